"""The day's print batch: the day's letters not in a posted batch, in one PDF to print."""

from __future__ import annotations

import datetime as dt

from ledger.letters import (
    batches_of_day,
    drop_open_batch,
    letters_of_day,
    open_batch_name,
    record_batch,
)
from ledger.locks import hold_for_transaction
from ledger.reminders import write_atomic
from ledger.storage import blobs
from scheduler.channels.letter import merge_letters


def rebuild_letter_batch(day: dt.date) -> str:
    """Gather the day's letters (whichever node wrote them) not in a posted batch into the
    day's open batch; its key, or "" when it holds no letter. A posted batch is left as it
    was printed. One node at a time rebuilds a day's batch, so the last rebuild, holding
    every letter, is the one recorded."""
    with write_atomic():
        hold_for_transaction(f"letters-batch:{day.isoformat()}")
        batches = batches_of_day(day)
        frozen = {i for b in batches if b.posted_at is not None for i in b.reminder_ids}
        letters = [(i, key) for i, key in letters_of_day(day) if i not in frozen]
        name = open_batch_name(day, batches)
        if not letters:
            drop_open_batch(name)
            return ""
        batch = merge_letters(blobs.get(key) for _, key in letters)
        key = blobs.put(batch, ".pdf")
        record_batch(name, day, key, [i for i, _ in letters], len(batch))
        return key
