"""What each debtor owes, per currency (ledger.money: never added across currencies): the
balance, the overdue part, the oldest unpaid due date. Credit notes are money owed back and
never count. Shown rows get theirs in one grouped query; sorting the whole list by one of
them joins one aggregate over the unpaid invoices."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

import peewee
from peewee import JOIN, Case, fn

from ledger.models import Debtor, Invoice, InvoiceStatus
from ledger.money import CENT, Totals, totals

ZERO = Decimal("0.00")


@dataclass
class Balance:
    due: Totals = field(default_factory=dict)
    overdue: Totals = field(default_factory=dict)
    oldest_due: dt.date | None = None

    def days_overdue(self, today: dt.date) -> int | None:
        return (today - self.oldest_due).days if self.oldest_due else None


def _money(value: object) -> Decimal:
    return ZERO if value is None else Decimal(str(value)).quantize(CENT)


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _owed() -> peewee.Expression:
    return Invoice.status.in_(InvoiceStatus.UNPAID) & (Invoice.is_credit_note == False)  # noqa: E712


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
        .where(Invoice.debtor.in_(debtor_ids) & _owed())
        .group_by(Invoice.debtor, Invoice.currency)
        .tuples()
    )
    due: dict[int, list[tuple[Decimal, str]]] = defaultdict(list)
    overdue: dict[int, list[tuple[Decimal, str]]] = defaultdict(list)
    oldest: dict[int, dt.date] = {}
    for debtor_id, currency, owed, late_part, first_late in query:
        due[debtor_id].append((_money(owed), currency))
        if _money(late_part):
            overdue[debtor_id].append((_money(late_part), currency))
        first_late = _date(first_late)
        if first_late and (debtor_id not in oldest or first_late < oldest[debtor_id]):
            oldest[debtor_id] = first_late
    return {i: Balance(totals(due[i]), totals(overdue[i]), oldest.get(i)) for i in debtor_ids}


SORTABLE = ("balance", "overdue", "oldest_due")


def sort_by_balance(query: peewee.ModelSelect, column: str, today: dt.date):  # type: ignore[no-untyped-def]
    """(query joined with the debtors' ranks, the expression to sort by, inverted?).

    Amounts rank by the largest one in a single currency (ledger.money.largest), never by a
    sum across currencies; the list shows each currency apart. Only the sorted aggregate is
    computed, over the rows it needs, read from the `invoice (debtor, currency, status, ...)`
    index alone (migration 10)."""
    late = Invoice.due_date < today
    if column == "oldest_due":
        ranks = (
            Invoice.select(
                Invoice.debtor.alias("debtor_id"), fn.MIN(Invoice.due_date).alias("rank")
            )
            .where(_owed() & late)
            .group_by(Invoice.debtor)
            .alias("ranks")
        )
        joined = query.join(ranks, JOIN.LEFT_OUTER, on=(ranks.c.debtor_id == Debtor.id))
        # Most days overdue first when sorted descending: the oldest due date first.
        return joined, ranks.c.rank, True
    wanted = _owed() & late if column == "overdue" else _owed()
    per_currency = (
        Invoice.select(
            Invoice.debtor.alias("debtor_id"), fn.SUM(Invoice.amount_due).alias("amount")
        )
        .where(wanted)
        .group_by(Invoice.debtor, Invoice.currency)
        .alias("per_currency")
    )
    ranks = (
        peewee.Select(
            from_list=[per_currency],
            columns=[per_currency.c.debtor_id, fn.MAX(per_currency.c.amount).alias("rank")],
        )
        .group_by(per_currency.c.debtor_id)
        .alias("ranks")
    )
    joined = query.join(ranks, JOIN.LEFT_OUTER, on=(ranks.c.debtor_id == Debtor.id))
    return joined, fn.COALESCE(ranks.c.rank, 0), False
