"""The payments drop folder: `<root>/<creditor-slug>/<file>` is imported, then moved.

A file imported (even with row errors) goes to `<slug>/done/` beside its report; a file that
cannot be imported goes to `<slug>/failed/` beside a `.reason.txt`. Files at the root, in a
folder naming no creditor, or failing three times for another reason go to `failed/` too:
nothing is silently lost. Each file is also kept in the document store and listed as a
Document (imported or quarantined, with the report or the reason), so staff see it in the
admin like a file that came by mail. Writers should create `name.part` and rename it when
complete; files younger than a few seconds are left for the next scan.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ingest.payments.importer import import_payment_file
from ingest.payments.report import PaymentImportError
from ledger.clock import now
from ledger.models import Creditor, Document, DocumentOutcome, db
from ledger.payment_mapping import PaymentRules

log = logging.getLogger(__name__)
DONE, FAILED = "done", "failed"
_IGNORED_SUFFIXES = (".part", ".tmp", ".crdownload", ".swp")
MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class DropOutcome:
    source: Path
    moved_to: Path
    imported: bool
    reason: str


class PaymentsDropFolder:
    """A Service for `relance run`: polls the folder in a thread of its own."""

    name = "payments drop folder"

    def __init__(
        self,
        root: Path,
        keep: Callable[[bytes, str], str],
        interval: float = 5.0,
        settle_seconds: float = 2.0,
        payment_rules: Callable[[Creditor], PaymentRules | None] | None = None,
    ) -> None:
        self.root = root
        # The creditor's payments rules as rules.yaml says now (None: as the ledger holds them).
        self.payment_rules = payment_rules
        # Stores a file's bytes (with its suffix) and returns where: the ingest document store.
        self.keep = keep
        self.interval = interval
        self.settle_seconds = settle_seconds
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._attempts: dict[Path, int] = {}

    def start(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="payments-drop", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=30)

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                self.scan_once()
            except Exception:
                log.exception("payments drop folder scan failed; retrying")
            self._stopping.wait(self.interval)

    def scan_once(self) -> list[DropOutcome]:
        """Import every complete file waiting in the folder; what became of each."""
        outcomes = []
        if not self.root.is_dir():
            return outcomes
        for entry in sorted(self.root.iterdir()):
            if self._waiting(entry):
                reason = "put payment files in a folder named after the creditor slug"
                with db.connection_context():
                    outcomes.append(self._file_away(entry, entry.read_bytes(), None, reason))
            elif entry.is_dir() and not entry.name.startswith(".") and entry.name != FAILED:
                outcomes += [
                    self.process(path, entry.name)
                    for path in sorted(entry.iterdir())
                    if self._waiting(path)
                ]
        return outcomes

    def _waiting(self, path: Path) -> bool:
        if not path.is_file() or path.name.startswith(".") or path.suffix in _IGNORED_SUFFIXES:
            return False
        return time.time() - path.stat().st_mtime >= self.settle_seconds

    def process(self, path: Path, slug: str) -> DropOutcome:
        data = path.read_bytes()
        with db.connection_context():
            creditor = Creditor.get_or_none(Creditor.slug == slug)
            if creditor is None:
                reason = f"no creditor with the slug {slug!r} (see rules.yaml)"
                return self._file_away(path, data, None, reason)
            try:
                rules = self.payment_rules(creditor) if self.payment_rules else None
                report = import_payment_file(creditor, data, path.name, rules=rules)
            except PaymentImportError as error:
                return self._file_away(path, data, creditor, str(error))
            except Exception as error:
                attempts = self._attempts.get(path, 0) + 1
                self._attempts[path] = attempts
                log.exception("importing %s failed (attempt %d)", path, attempts)
                if attempts < MAX_ATTEMPTS:
                    return DropOutcome(path, path, False, f"attempt {attempts}: {error}")
                reason = f"import failed {attempts} times: {type(error).__name__}: {error}"
                return self._file_away(path, data, creditor, reason)
            self._attempts.pop(path, None)
            log.info("%s", report.summary()[0])
            return self._file_away(path, data, creditor, "\n".join(report.summary()), True)

    def _file_away(
        self,
        path: Path,
        data: bytes,
        creditor: Creditor | None,
        reason: str,
        imported: bool = False,
    ) -> DropOutcome:
        """Record the file as a Document (the admin lists it with what became of it), then
        move it to done/ or failed/ beside its report or reason."""
        suffix = path.suffix.lower()
        Document.create(
            creditor=creditor,
            sha256=hashlib.sha256(data).hexdigest(),
            original_filename=path.name[:255],
            size=len(data),
            outcome=DocumentOutcome.INGESTED if imported else DocumentOutcome.QUARANTINED,
            reason=f"payments drop folder: {reason}"[:4000],
            storage_path=self.keep(
                data, suffix if suffix[1:].isalnum() and len(suffix) <= 6 else ".bin"
            ),
            processed_at=now(),
        )
        return self._move(path, path.parent / (DONE if imported else FAILED), imported, reason)

    def _move(self, path: Path, target: Path, imported: bool, reason: str) -> DropOutcome:
        target.mkdir(parents=True, exist_ok=True)
        stamp = f"{now():%Y%m%dT%H%M%SZ}"
        destination = target / f"{stamp}-{path.name}"
        n = 1
        while destination.exists():
            n += 1
            destination = target / f"{stamp}-{n}-{path.name}"
        suffix = ".report.txt" if imported else ".reason.txt"
        note = destination.with_name(destination.name + suffix)
        note.write_text(reason + "\n", encoding="utf-8")
        path.replace(destination)
        if not imported:
            log.warning("payments file %s moved to %s: %s", path, destination, reason)
        return DropOutcome(path, destination, imported, reason)
