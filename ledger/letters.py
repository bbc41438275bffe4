"""Letters to print: each letter is a blob named on its reminder; print batches (LetterBatch
rows, each one more blob) gather a day's letters. A batch staff marked posted is frozen: the
day's later letters go to its next batch."""

from __future__ import annotations

import datetime as dt
import json

import peewee

from ledger.clock import now
from ledger.models import LetterBatch, Reminder, ReminderStatus, db

LETTER_CHANNELS = ("letter", "registered_letter")


def letters_of_day(day: dt.date) -> list[tuple[int, str]]:
    """(reminder id, blob key) of the letters sent on `day` and not withdrawn, in the order
    they were written."""
    query = (
        Reminder.select(Reminder.id, Reminder.file_path)
        .where(
            Reminder.channel.in_(LETTER_CHANNELS)
            & (Reminder.print_day == day)
            & (Reminder.status == ReminderStatus.SENT)
            & (Reminder.file_path != "")
        )
        .order_by(Reminder.id)
        .tuples()
    )
    return list(query)


def batches_of_day(day: dt.date) -> list[LetterBatch]:
    """The day's batches in order: 2026-11-26, 2026-11-26-2, …"""
    found = LetterBatch.select().where(LetterBatch.day == day)
    return sorted(found, key=lambda b: (len(b.name), b.name))


def open_batch_name(day: dt.date, batches: list[LetterBatch]) -> str:
    """The day's batch still open to new letters: the first not posted, or a new one."""
    for batch in batches:
        if batch.posted_at is None:
            return batch.name
    return day.isoformat() if not batches else f"{day.isoformat()}-{len(batches) + 1}"


def record_batch(
    name: str, day: dt.date, storage_key: str, reminder_ids: list[int], size: int
) -> None:
    """The batch `name` now holds these letters, as the blob `storage_key` (created or
    replaced; a posted batch is never replaced)."""
    values = {
        LetterBatch.storage_key: storage_key,
        LetterBatch.reminders: json.dumps(reminder_ids),
        LetterBatch.letters: len(reminder_ids),
        LetterBatch.size: size,
        LetterBatch.built_at: now(),
    }
    with db.atomic():
        updated = (
            LetterBatch.update(values)
            .where((LetterBatch.name == name) & LetterBatch.posted_at.is_null())
            .execute()
        )
        if not updated and not LetterBatch.select().where(LetterBatch.name == name).exists():
            LetterBatch.insert({**values, LetterBatch.name: name, LetterBatch.day: day}).execute()


def drop_open_batch(name: str) -> None:
    """The batch `name` holds no letter any more (all withdrawn): gone, unless posted."""
    LetterBatch.delete().where(
        (LetterBatch.name == name) & LetterBatch.posted_at.is_null()
    ).execute()


def letters_to_post() -> int:
    """Letters in batches not yet posted."""
    total = (
        LetterBatch.select(peewee.fn.SUM(LetterBatch.letters))
        .where(LetterBatch.posted_at.is_null())
        .scalar()
    )
    return int(total or 0)
