"""The day's print batches: letters/<day>.pdf gathers the letters written under
letters/<day>/, and letters/<day>.json lists them. Once staff mark a batch posted
(letters/<day>.posted), it is frozen: it is never rebuilt, and letters written later that day
go to a new batch, letters/<day>-2.pdf (then -3…). A letter withdrawn from a batch moves to
letters/<day>/withdrawn/ and its batch, not yet posted, is rebuilt without it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pypdfium2

MANIFEST, POSTED_MARK = ".json", ".posted"


def batch_stems(letters_dir: Path, day: dt.date) -> list[str]:
    """The day's batch names in order: 2026-11-26, 2026-11-26-2, …"""
    stem = day.isoformat()
    found = [p.stem for p in letters_dir.glob(f"{stem}*{MANIFEST}")]
    return sorted(found, key=lambda s: (len(s), s))


def is_posted(letters_dir: Path, stem: str) -> bool:
    return (letters_dir / f"{stem}{POSTED_MARK}").exists()


def letters_in(letters_dir: Path, stem: str) -> list[str]:
    """The file names (under letters/<day>/) of the letters a batch holds."""
    try:
        return list(json.loads((letters_dir / f"{stem}{MANIFEST}").read_text()))
    except (OSError, ValueError):
        return []


def mark_batch_posted(letters_dir: Path, stem: str) -> None:
    (letters_dir / f"{stem}{POSTED_MARK}").touch()


def build_batch(letters_dir: Path, day: dt.date) -> Path | None:
    """Gather the day's letters not in a posted batch into the open batch, rebuilt each pass;
    a posted batch is left as it was printed."""
    folder = letters_dir / day.isoformat()
    frozen = {
        name
        for stem in batch_stems(letters_dir, day)
        if is_posted(letters_dir, stem)
        for name in letters_in(letters_dir, stem)
    }
    sources = [p for p in sorted(folder.glob("*.pdf")) if p.name not in frozen]
    stem = _open_stem(letters_dir, day)
    if not sources:
        _remove(letters_dir, stem)
        return None
    target = letters_dir / f"{stem}.pdf"
    batch = pypdfium2.PdfDocument.new()
    for source in sources:
        document = pypdfium2.PdfDocument(str(source))
        batch.import_pages(document)
        document.close()
    partial = target.with_suffix(".pdf.part")
    batch.save(str(partial))
    batch.close()
    partial.replace(target)
    (letters_dir / f"{stem}{MANIFEST}").write_text(json.dumps([p.name for p in sources]))
    return target


def withdraw(letters_dir: Path, day: dt.date, name: str) -> Path | None:
    """Take one letter out of the open batch and rebuild it; the letter is kept aside."""
    source = letters_dir / day.isoformat() / name
    if source.name != name or not source.is_file():
        return None
    aside = source.parent / "withdrawn"
    aside.mkdir(exist_ok=True)
    source.replace(aside / name)
    return build_batch(letters_dir, day)


def _open_stem(letters_dir: Path, day: dt.date) -> str:
    stems = batch_stems(letters_dir, day)
    for stem in stems:
        if not is_posted(letters_dir, stem):
            return stem
    if not stems:
        return day.isoformat()
    return f"{day.isoformat()}-{len(stems) + 1}"


def _remove(letters_dir: Path, stem: str) -> None:
    if not is_posted(letters_dir, stem):
        for suffix in (".pdf", MANIFEST):
            (letters_dir / f"{stem}{suffix}").unlink(missing_ok=True)
