"""Letters to print: each day's batch (a blob named by a LetterBatch row) gathers the letters
written that day, one per reminder (the letter channel's layout)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ledger.clock import now
from ledger.letters import LETTER_CHANNELS
from ledger.models import LetterBatch, Reminder, ReminderStatus, db

POSTED = "posted"  # the outcome of a letter staff put in the post starts with this


@dataclass
class Batch:
    name: str
    day: dt.date
    storage_key: str
    size: int
    modified: dt.datetime
    letters: int
    posted: bool


def batches(limit: int = 60) -> list[Batch]:
    """The batches, newest day first, each with whether all its letters were posted."""
    found = []
    for batch in LetterBatch.select().order_by(LetterBatch.day.desc()).limit(limit):
        unposted = _in_batch(batch.day).where(~Reminder.outcome.startswith(POSTED)).count()
        found.append(
            Batch(
                name=f"{batch.day.isoformat()}.pdf",
                day=batch.day,
                storage_key=batch.storage_key,
                size=batch.size,
                modified=batch.built_at,
                letters=batch.letters,
                posted=batch.letters > 0 and unposted == 0,
            )
        )
    return found


def _in_batch(day: dt.date):  # type: ignore[no-untyped-def]
    return Reminder.select().where(
        Reminder.channel.in_(LETTER_CHANNELS) & (Reminder.print_day == day)
    )


def batch_named(name: str) -> LetterBatch | None:
    """The batch called `name` (`2026-11-23.pdf`); None for anything else."""
    stem, dot, ext = name.partition(".")
    if not dot or ext != "pdf":
        return None
    try:
        day = dt.date.fromisoformat(stem)
    except ValueError:
        return None
    return LetterBatch.get_or_none(LetterBatch.day == day)


def mark_posted(batch: LetterBatch, *, by: str) -> int:
    """Every letter of the batch is in the post: recorded on its reminder; returns how many."""
    with db.atomic():
        return (
            Reminder.update(outcome=f"{POSTED} {now():%Y-%m-%d %H:%M} UTC by {by}"[:300])
            .where(
                Reminder.channel.in_(LETTER_CHANNELS)
                & (Reminder.print_day == batch.day)
                & (Reminder.status == ReminderStatus.SENT)
                & ~Reminder.outcome.startswith(POSTED)
            )
            .execute()
        )
