"""The day's letters batch: every letter written for a day, in one PDF to print."""

from __future__ import annotations

import datetime as dt

from ledger.letters import letters_of_day, record_batch
from ledger.storage import blobs
from scheduler.channels.letter import merge_letters


def rebuild_letter_batch(day: dt.date) -> str:
    """Gather the day's letters (all of them, whoever wrote them) into the batch; its key,
    or "" when the day has no letter."""
    keys = letters_of_day(day)
    if not keys:
        return ""
    batch = merge_letters(blobs.get(key) for key in keys)
    key = blobs.put(batch, ".pdf")
    record_batch(day, key, len(keys), len(batch))
    return key
