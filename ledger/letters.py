"""Letters to print: each letter is a blob named on its reminder; the day's batch is one more."""

from __future__ import annotations

import datetime as dt

from ledger.clock import now
from ledger.models import LetterBatch, Reminder, db

LETTER_CHANNELS = ("letter", "registered_letter")


def letters_of_day(day: dt.date) -> list[str]:
    """The blob keys of the letters to print on `day`, in the order they were written."""
    query = (
        Reminder.select(Reminder.file_path)
        .where(
            Reminder.channel.in_(LETTER_CHANNELS)
            & (Reminder.print_day == day)
            & (Reminder.file_path != "")
        )
        .order_by(Reminder.id)
        .tuples()
    )
    return [key for (key,) in query]


def record_batch(day: dt.date, storage_key: str, letters: int, size: int) -> None:
    """The day's batch is now `storage_key` (created or replaced)."""
    with db.atomic():
        LetterBatch.insert(
            day=day, storage_key=storage_key, letters=letters, size=size, built_at=now()
        ).on_conflict(
            conflict_target=[LetterBatch.day],
            update={
                LetterBatch.storage_key: storage_key,
                LetterBatch.letters: letters,
                LetterBatch.size: size,
                LetterBatch.built_at: now(),
            },
        ).execute()
