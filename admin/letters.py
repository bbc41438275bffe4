"""Letters to print: each batch (scheduler.channels.batches) with its letters, a warning on a
letter whose invoices were paid or disputed since it was written (it can be withdrawn while
the batch is not posted), and a posted batch frozen for good."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from flask_babel import gettext as _

from admin.labels import invoice_status_label
from ledger.clock import now
from ledger.models import Debtor, Invoice, Reminder, ReminderInvoice, ReminderStatus, db
from scheduler.channels.batches import (
    MANIFEST,
    is_posted,
    letters_in,
    mark_batch_posted,
    withdraw,
)

LETTER_CHANNELS = ("letter", "registered_letter")
POSTED = "posted"  # the outcome of a letter staff put in the post starts with this
WITHDRAWN = "withdrawn"
STILL_OWED = ("open", "partially_paid")


@dataclass
class Letter:
    reminder: Reminder
    stale: list[str] = field(default_factory=list)  # "F-1 (paid)": why it should not go


@dataclass
class Batch:
    name: str
    stem: str
    day: dt.date
    path: Path
    modified: dt.datetime
    posted: bool
    letters: list[Letter] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.letters)


def letters_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "letters"


def _day(stem: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(stem[:10])
    except ValueError:
        return None


def batches(data_dir: Path, limit: int = 60) -> list[Batch]:
    """The batches, newest first, each with its letters and what changed since."""
    root = letters_dir(data_dir)
    if not root.is_dir():
        return []
    found = []
    manifests = sorted(root.glob(f"*{MANIFEST}"), key=lambda p: p.stat().st_mtime, reverse=True)
    for manifest in manifests[:limit]:
        stem, day = manifest.stem, _day(manifest.stem)
        pdf = root / f"{stem}.pdf"
        if day is None or not pdf.is_file():
            continue
        batch = Batch(
            name=pdf.name,
            stem=stem,
            day=day,
            path=pdf,
            modified=dt.datetime.fromtimestamp(pdf.stat().st_mtime, dt.UTC),
            posted=is_posted(root, stem),
        )
        batch.letters = _letters(day, letters_in(root, stem))
        found.append(batch)
    return found


def _letters(day: dt.date, names: list[str]) -> list[Letter]:
    wanted = set(names)
    reminders = [
        r
        for r in Reminder.select(Reminder, Debtor)
        .join(Debtor)
        .where(
            Reminder.channel.in_(LETTER_CHANNELS)
            & Reminder.file_path.contains(f"letters/{day.isoformat()}/")
        )
        .order_by(Reminder.id)
        if Path(r.file_path).name in wanted
    ]
    stale: dict[int, list[str]] = {}
    items = (
        ReminderInvoice.select(ReminderInvoice.reminder, Invoice.number, Invoice.status)
        .join(Invoice)
        .where(ReminderInvoice.reminder.in_([r.id for r in reminders]))
        .tuples()
    )
    for reminder_id, number, status in items:
        if status not in STILL_OWED:
            stale.setdefault(reminder_id, []).append(f"{number} ({status})")
    letters = []
    for reminder in reminders:
        reasons = stale.get(reminder.id, [])
        if reminder.debtor.dispute:
            reasons.append("dispute")
        if reminder.debtor.do_not_contact:
            reasons.append("do not contact")
        letters.append(Letter(reminder, reasons))
    return letters


def letters_to_post(data_dir: Path) -> int:
    """Letters in batches not yet posted (the batches' manifests: no ledger query)."""
    root = letters_dir(data_dir)
    if not root.is_dir():
        return 0
    return sum(
        len(letters_in(root, manifest.stem))
        for manifest in root.glob(f"*{MANIFEST}")
        if not is_posted(root, manifest.stem)
    )


def batch_named(data_dir: Path, name: str) -> Batch | None:
    """The batch called `name`, refusing anything that is not one of ours."""
    return next((b for b in batches(data_dir, limit=1000) if b.name == name), None)


def batch_path(data_dir: Path, name: str) -> Path | None:
    batch = batch_named(data_dir, name)
    return batch.path if batch else None


def mark_posted(data_dir: Path, batch: Batch, *, by: str) -> int:
    """Every letter of the batch is in the post: recorded on its reminder, the batch frozen
    (later letters go to a new batch); returns how many letters."""
    ids = [letter.reminder.id for letter in batch.letters]
    with db.atomic():
        count = (
            Reminder.update(outcome=f"{POSTED} {now():%Y-%m-%d %H:%M} UTC by {by}"[:300])
            .where(
                Reminder.id.in_(ids)
                & (Reminder.status == ReminderStatus.SENT)
                & ~Reminder.outcome.startswith(POSTED)
            )
            .execute()
        )
        mark_batch_posted(letters_dir(data_dir), batch.stem)
    return count


def withdraw_letter(data_dir: Path, batch: Batch, reminder_id: int, *, by: str) -> bool:
    """Take a letter out of a batch not yet posted: it will not be printed."""
    letter = next((x for x in batch.letters if x.reminder.id == reminder_id), None)
    if letter is None or batch.posted:
        return False
    withdraw(letters_dir(data_dir), batch.day, Path(letter.reminder.file_path).name)
    Reminder.update(
        status=ReminderStatus.SKIPPED,
        outcome=f"{WITHDRAWN} from the print batch {now():%Y-%m-%d %H:%M} UTC by {by}"[:300],
    ).where(Reminder.id == reminder_id).execute()
    return True


def stale_reason(reason: str) -> str:
    """ "F-1 (paid)" as staff read it: "F-1 (payée)"."""
    if reason == "dispute":
        return _("dispute")
    if reason == "do not contact":
        return _("do not contact")
    number, _sep, status = reason.rpartition(" (")
    return f"{number} ({invoice_status_label(status.rstrip(')')).lower()})" if number else reason
