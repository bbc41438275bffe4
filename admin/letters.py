"""Letters to print: the day's batch DATA_DIR/letters/<day>.pdf gathers the letters written
under DATA_DIR/letters/<day>/, one per reminder (the letter channel's layout)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ledger.clock import now
from ledger.models import Reminder, ReminderStatus, db

LETTER_CHANNELS = ("letter", "registered_letter")
POSTED = "posted"  # the outcome of a letter staff put in the post starts with this


@dataclass
class Batch:
    name: str
    path: Path
    size: int
    modified: dt.datetime
    letters: int
    posted: bool


def letters_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "letters"


def batches(data_dir: Path, limit: int = 60) -> list[Batch]:
    """Batch PDFs, newest first, with how many letters each holds and whether all were posted."""
    root = letters_dir(data_dir)
    if not root.is_dir():
        return []
    files = sorted(root.glob("*.pdf"), key=lambda p: p.stat().st_mtime, reverse=True)[:limit]
    found = []
    for path in files:
        covered = Reminder.select().where(Reminder.channel.in_(LETTER_CHANNELS) & _in_batch(path))
        letters = covered.count()
        unposted = covered.where(~Reminder.outcome.startswith(POSTED)).count()
        stat = path.stat()
        found.append(
            Batch(
                name=path.name,
                path=path,
                size=stat.st_size,
                modified=dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC),
                letters=letters,
                posted=letters > 0 and unposted == 0,
            )
        )
    return found


def _in_batch(path: Path):  # type: ignore[no-untyped-def]
    """Reminders whose letter was written into this batch's folder, letters/<day>/."""
    return Reminder.file_path.contains(f"letters/{path.stem}/")


def batch_path(data_dir: Path, name: str) -> Path | None:
    """The batch called `name`, refusing anything that is not a plain file name in letters/."""
    if not name or name != Path(name).name or not name.endswith(".pdf"):
        return None
    path = letters_dir(data_dir) / name
    return path if path.is_file() else None


def mark_posted(path: Path, *, by: str) -> int:
    """Every letter of the batch is in the post: recorded on its reminder; returns how many."""
    with db.atomic():
        return (
            Reminder.update(outcome=f"{POSTED} {now():%Y-%m-%d %H:%M} UTC by {by}"[:300])
            .where(
                Reminder.channel.in_(LETTER_CHANNELS)
                & _in_batch(path)
                & (Reminder.status == ReminderStatus.SENT)
                & ~Reminder.outcome.startswith(POSTED)
            )
            .execute()
        )
