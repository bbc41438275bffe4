"""What each debtor owes, per currency: the balance, the overdue part, the oldest unpaid due
date. Shown rows get theirs in one grouped query; sorting the whole list by one of them joins
one aggregate over the unpaid invoices (the covering index on status, due date, amount and
debtor answers it without reading the rows)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

import peewee
from peewee import JOIN, Case, fn

from ledger.models import Debtor, Invoice, InvoiceStatus

ZERO = Decimal("0.00")


@dataclass
class Balance:
    due: dict[str, Decimal] = field(default_factory=dict)
    overdue: dict[str, Decimal] = field(default_factory=dict)
    oldest_due: dt.date | None = None

    def days_overdue(self, today: dt.date) -> int | None:
        return (today - self.oldest_due).days if self.oldest_due else None


def _money(value: object) -> Decimal:
    return ZERO if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def balances(debtor_ids: list[int], today: dt.date) -> dict[int, Balance]:
    late = Invoice.due_date < today
    query = (
        Invoice.select(
            Invoice.debtor,
            Invoice.currency,
            fn.SUM(Invoice.amount_due),
            fn.SUM(Case(None, [(late, Invoice.amount_due)], 0)),
            fn.MIN(Case(None, [(late, Invoice.due_date)], None)),
        )
        .where(Invoice.debtor.in_(debtor_ids) & Invoice.status.in_(InvoiceStatus.UNPAID))
        .group_by(Invoice.debtor, Invoice.currency)
        .tuples()
    )
    found: dict[int, Balance] = {i: Balance() for i in debtor_ids}
    for debtor_id, currency, due, overdue, oldest in query:
        balance = found[debtor_id]
        balance.due[currency or "EUR"] = _money(due)
        if _money(overdue):
            balance.overdue[currency or "EUR"] = _money(overdue)
        oldest = _date(oldest)
        if oldest and (balance.oldest_due is None or oldest < balance.oldest_due):
            balance.oldest_due = oldest
    return found


SORTABLE = ("balance", "overdue", "oldest_due")


def sort_by_balance(query: peewee.ModelSelect, column: str, today: dt.date):  # type: ignore[no-untyped-def]
    """(query joined with the debtors' totals, the expression to sort by, inverted?).

    Sorting compares the totals of all currencies a debtor owes in: a debtor owes in one
    currency in practice; the list shows each currency apart."""
    late = Invoice.due_date < today
    totals = (
        Invoice.select(
            Invoice.debtor.alias("debtor_id"),
            fn.SUM(Invoice.amount_due).alias("balance"),
            fn.SUM(Case(None, [(late, Invoice.amount_due)], 0)).alias("overdue"),
            fn.MIN(Case(None, [(late, Invoice.due_date)], None)).alias("oldest_due"),
        )
        .where(Invoice.status.in_(InvoiceStatus.UNPAID))
        .group_by(Invoice.debtor)
        .alias("totals")
    )
    joined = query.join(totals, JOIN.LEFT_OUTER, on=(totals.c.debtor_id == Debtor.id))
    if column == "oldest_due":
        # Most days overdue first when sorted descending: the oldest due date first.
        return joined, totals.c.oldest_due, True
    return joined, fn.COALESCE(getattr(totals.c, column), 0), False
