"""The plain values the engine reads: a debtor, its invoices, what each invoice already had.

Built by scheduler/snapshots.py from the ledger in a handful of set queries, or by hand in
tests. Not frozen: a frozen dataclass's __init__ costs a setattr call per field, which shows
at 100,000 invoices a pass. Nothing mutates snapshots.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

# What an invoice's record of a step says, all the step's channels together.
DELIVERED = "delivered"  # at least one channel went out
UNDER_WAY = "under_way"  # planned, not out yet: pending, retrying, blocked, awaiting approval
SETTLED = "settled"  # done without going out: skipped, rejected, failed for good, a call


@dataclass(slots=True)
class StepRecord:
    state: str
    # The day the step last reached the debtor (its latest channel), when delivered.
    delivered_on: dt.date | None = None
    # Whether what was delivered was a message (email, SMS, letter), not only a call.
    contact: bool = False


@dataclass(slots=True)
class InvoiceSnapshot:
    id: int
    number: str
    due_date: dt.date | None
    amount_due: Decimal
    currency: str = "EUR"
    status: str = "open"
    is_credit_note: bool = False
    pause_until: dt.date | None = None
    needs_review: bool = False
    # (ladder, step id) -> what the invoice had of that step; None when nothing yet.
    records: dict[tuple[str, str], StepRecord] | None = None


@dataclass(slots=True)
class DebtorSnapshot:
    id: int
    creditor: str
    name: str
    invoices: tuple[InvoiceSnapshot, ...]
    ladder: str | None = None
    creditor_ladder: str | None = None
    kind: str = "consumer"
    payment_method: str | None = None
    preferred_channel: str | None = None
    dispute: bool = False
    do_not_contact: bool = False
    late_invoices_last_365d: int = 0
    # Messages (email, SMS, letters) delivered in the last seven days: (day, channel).
    delivered: tuple[tuple[dt.date, str], ...] = ()
    # Channels on which a message already goes out today (sent, released, retried).
    busy: frozenset[str] = frozenset()
    # The day of the debtor's latest answer to a reminder (auto-replies aside).
    replied_on: dt.date | None = None

    @property
    def is_business(self) -> bool:
        return self.kind == "business"
