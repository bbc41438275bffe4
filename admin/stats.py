"""Dashboard figures, each one aggregate query (no Python loop over invoices), per currency:
euros, dollars and pounds are never added together."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from peewee import Case, fn

from ledger.clock import PARIS
from ledger.models import (
    ContactFlag,
    Invoice,
    InvoiceStatus,
    Payment,
    PaymentAllocation,
    Reminder,
    ReminderStatus,
)
from ledger.money import Totals, merge, totals
from ledger.state import latest_pass_errors

BUCKETS = ("not_due", "1_30", "31_60", "61_90", "over_90")
DSO_WINDOW_DAYS = 90
ZERO = Decimal("0.00")
# Owed and on the ladder's side: held for a person when it has no due date.
HELD_STATUSES = (InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID)


@dataclass
class Dashboard:
    today: dt.date
    outstanding: Totals
    overdue: Totals
    # bucket -> amounts per currency
    ageing: dict[str, Totals]
    # currency -> days sales outstanding (None: nothing invoiced lately in it)
    dso_days: dict[str, int | None]
    recovered_this_month: Totals
    reminders_by_channel: dict[str, int] = field(default_factory=dict)
    debtors_to_complete: int = 0
    awaiting_approval: int = 0
    invoices_to_review: int = 0
    # What the last reminder pass had to leave out, and why.
    pass_errors: list[str] = field(default_factory=list)

    @property
    def currencies(self) -> list[str]:
        """Currencies with money owed or recovered, the euro first; the euro when none."""
        found = {*self.outstanding, *self.recovered_this_month} or {"EUR"}
        return sorted(found, key=lambda code: (code != "EUR", code))


def _money(value: object) -> Decimal:
    return ZERO if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def _owed() -> object:
    return Invoice.status.in_(InvoiceStatus.UNPAID) & (Invoice.is_credit_note == False)  # noqa: E712


def ageing(today: dt.date) -> dict[str, Totals]:
    """Unpaid amounts by days past due and currency (cut-off dates computed here)."""
    d = Invoice.due_date
    bucket = Case(
        None,
        (
            (d.is_null() | (d >= today), "not_due"),
            (d >= today - dt.timedelta(days=30), "1_30"),
            (d >= today - dt.timedelta(days=60), "31_60"),
            (d >= today - dt.timedelta(days=90), "61_90"),
        ),
        "over_90",
    )
    query = (
        Invoice.select(bucket.alias("bucket"), Invoice.currency, fn.SUM(Invoice.amount_due))
        .where(_owed())
        .group_by(bucket, Invoice.currency)
        .tuples()
    )
    found: dict[str, Totals] = {name: {} for name in BUCKETS}
    for name, currency, amount in query:
        found[name] = merge(found[name], {currency: _money(amount)})
    return found


def month_start(today: dt.date) -> dt.date:
    return today.replace(day=1)


def dso(today: dt.date, outstanding: Totals) -> dict[str, int | None]:
    """Per currency: receivables over the last 90 days' invoicing, times 90."""
    since = today - dt.timedelta(days=DSO_WINDOW_DAYS)
    sales = dict(
        Invoice.select(Invoice.currency, fn.SUM(Invoice.total))
        .where(
            (Invoice.issue_date > since)
            & (Invoice.issue_date <= today)
            & (Invoice.status != InvoiceStatus.CANCELLED)
            & (Invoice.is_credit_note == False)  # noqa: E712
        )
        .group_by(Invoice.currency)
        .tuples()
    )
    found: dict[str, int | None] = {}
    for currency, owed in outstanding.items():
        invoiced = _money(sales.get(currency))
        found[currency] = (
            int((owed / invoiced * DSO_WINDOW_DAYS).quantize(Decimal(1), ROUND_HALF_UP))
            if invoiced > 0
            else None
        )
    return found


def recovered(today: dt.date) -> Totals:
    """Payments received this month, in the currency of the invoices they paid."""
    query = (
        PaymentAllocation.select(Invoice.currency, fn.SUM(PaymentAllocation.amount))
        .join(Payment)
        .switch(PaymentAllocation)
        .join(Invoice)
        .where(Payment.received_on >= month_start(today), Payment.received_on <= today)
        .group_by(Invoice.currency)
        .tuples()
    )
    return totals((_money(amount), currency) for currency, amount in query)


def reminders_by_channel(today: dt.date) -> dict[str, int]:
    start = dt.datetime.combine(month_start(today), dt.time(), tzinfo=PARIS)
    query = (
        Reminder.select(Reminder.channel, fn.COUNT(Reminder.id))
        .where((Reminder.status == ReminderStatus.SENT) & (Reminder.sent_at >= start))
        .group_by(Reminder.channel)
        .order_by(Reminder.channel)
        .tuples()
    )
    return dict(query)


def debtors_to_complete() -> int:
    return (
        ContactFlag.select(fn.COUNT(fn.DISTINCT(ContactFlag.debtor)))
        .where(ContactFlag.resolved_at.is_null())
        .scalar()
    ) or 0


def without_due_date() -> object:
    """Invoices the engine holds for a person because they have no due date (those to review
    are counted apart)."""
    return (
        Invoice.status.in_(HELD_STATUSES)
        & (Invoice.is_credit_note == False)  # noqa: E712
        & (Invoice.amount_due > 0)
        & Invoice.due_date.is_null()
    )


def awaiting_approval() -> int:
    return Reminder.select().where(Reminder.status == ReminderStatus.AWAITING_APPROVAL).count()


def invoices_to_review() -> int:
    """Invoices held for a person's review (the needs_review index answers it)."""
    return Invoice.select().where(Invoice.needs_review == True).count()  # noqa: E712


def dashboard(today: dt.date) -> Dashboard:
    buckets = ageing(today)
    outstanding = merge(*buckets.values())
    overdue = merge(*(buckets[name] for name in BUCKETS if name != "not_due"))
    return Dashboard(
        today=today,
        outstanding=outstanding,
        overdue=overdue,
        ageing=buckets,
        dso_days=dso(today, outstanding),
        recovered_this_month=recovered(today),
        reminders_by_channel=reminders_by_channel(today),
        debtors_to_complete=debtors_to_complete(),
        awaiting_approval=awaiting_approval(),
        invoices_to_review=invoices_to_review(),
        pass_errors=latest_pass_errors(),
    )
