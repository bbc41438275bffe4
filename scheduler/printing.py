"""The day's letters batch: every letter written for a day, in one PDF to print."""

from __future__ import annotations

import datetime as dt

from ledger.letters import letters_of_day, record_batch
from ledger.locks import hold_for_transaction
from ledger.reminders import write_atomic
from ledger.storage import blobs
from scheduler.channels.letter import merge_letters


def rebuild_letter_batch(day: dt.date) -> str:
    """Gather the day's letters (all of them, whichever node wrote them) into the batch; its
    key, or "" when the day has no letter. One node at a time rebuilds a day's batch, so the
    last rebuild, holding every letter, is the one recorded."""
    with write_atomic():
        hold_for_transaction(f"letters-batch:{day.isoformat()}")
        keys = letters_of_day(day)
        if not keys:
            return ""
        batch = merge_letters(blobs.get(key) for key in keys)
        key = blobs.put(batch, ".pdf")
        record_batch(day, key, len(keys), len(batch))
        return key
