"""Letters to print: each batch (a LetterBatch row naming its PDF in the blob store) with its
letters, a warning on a letter whose invoices were paid or disputed since it was written (it
can be withdrawn while the batch is not posted), and a posted batch frozen for good."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from flask_babel import gettext as _

from admin.labels import invoice_status_label
from ledger.clock import now
from ledger.letters import LETTER_CHANNELS
from ledger.models import (
    Debtor,
    Invoice,
    LetterBatch,
    Reminder,
    ReminderInvoice,
    ReminderStatus,
    db,
)
from scheduler.printing import rebuild_letter_batch

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
    storage_key: str
    modified: dt.datetime
    posted: bool
    letters: list[Letter] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.letters)


def batches(limit: int = 60) -> list[Batch]:
    """The batches, newest first, each with its letters and what changed since."""
    rows = LetterBatch.select().order_by(LetterBatch.built_at.desc(), LetterBatch.id.desc())
    return [_batch(row) for row in rows.limit(limit)]


def _batch(row: LetterBatch) -> Batch:
    return Batch(
        name=f"{row.name}.pdf",
        stem=row.name,
        day=row.day,
        storage_key=row.storage_key,
        modified=row.built_at,
        posted=row.posted_at is not None,
        letters=_letters(row.reminder_ids),
    )


def _letters(reminder_ids: list[int]) -> list[Letter]:
    reminders = list(
        Reminder.select(Reminder, Debtor)
        .join(Debtor)
        .where(Reminder.id.in_(reminder_ids) & Reminder.channel.in_(LETTER_CHANNELS))
        .order_by(Reminder.id)
    )
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


def batch_named(name: str) -> Batch | None:
    """The batch called `name` (`2026-11-23.pdf`, `2026-11-23-2.pdf`); None for anything else."""
    stem, dot, ext = name.partition(".")
    if not dot or ext != "pdf":
        return None
    row = LetterBatch.get_or_none(LetterBatch.name == stem)
    return _batch(row) if row else None


def mark_posted(batch: Batch, *, by: str) -> int:
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
        LetterBatch.update(posted_at=now()).where(
            (LetterBatch.name == batch.stem) & LetterBatch.posted_at.is_null()
        ).execute()
    return count


def withdraw_letter(batch: Batch, reminder_id: int, *, by: str) -> bool:
    """Take a letter out of a batch not yet posted: it will not be printed."""
    letter = next((x for x in batch.letters if x.reminder.id == reminder_id), None)
    if letter is None or batch.posted:
        return False
    Reminder.update(
        status=ReminderStatus.SKIPPED,
        outcome=f"{WITHDRAWN} from the print batch {now():%Y-%m-%d %H:%M} UTC by {by}"[:300],
    ).where(Reminder.id == reminder_id).execute()
    rebuild_letter_batch(batch.day)
    return True


def stale_reason(reason: str) -> str:
    """ "F-1 (paid)" as staff read it: "F-1 (payée)"."""
    if reason == "dispute":
        return _("dispute")
    if reason == "do not contact":
        return _("do not contact")
    number, _sep, status = reason.rpartition(" (")
    return f"{number} ({invoice_status_label(status.rstrip(')')).lower()})" if number else reason
