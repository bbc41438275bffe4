"""Dashboard figures, each one aggregate query (no Python loop over invoices), one set per
currency: amounts in different currencies are never added together."""

from __future__ import annotations

import datetime as dt
import json
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
    SystemState,
)

BUCKETS = ("not_due", "1_30", "31_60", "61_90", "over_90")
DSO_WINDOW_DAYS = 90
ZERO = Decimal("0.00")


@dataclass
class CurrencyFigures:
    currency: str
    ageing: dict[str, Decimal] = field(default_factory=lambda: dict.fromkeys(BUCKETS, ZERO))
    dso_days: int | None = None
    recovered_this_month: Decimal = ZERO

    @property
    def outstanding(self) -> Decimal:
        return sum(self.ageing.values(), ZERO)

    @property
    def overdue(self) -> Decimal:
        return self.outstanding - self.ageing["not_due"]


@dataclass
class Dashboard:
    today: dt.date
    by_currency: dict[str, CurrencyFigures]
    reminders_by_channel: dict[str, int] = field(default_factory=dict)
    debtors_to_complete: int = 0
    invoices_to_review: int = 0
    # What the last reminder pass had to leave out, and why.
    pass_errors: list[str] = field(default_factory=list)

    @property
    def currencies(self) -> list[CurrencyFigures]:
        """The euro first, then the others by name."""
        return sorted(self.by_currency.values(), key=lambda c: (c.currency != "EUR", c.currency))


def _money(value: object) -> Decimal:
    return ZERO if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def ageing(today: dt.date) -> dict[str, dict[str, Decimal]]:
    """Unpaid amounts per currency, by days past due (cut-off dates computed here: portable
    SQL)."""
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
        Invoice.select(Invoice.currency, bucket.alias("bucket"), fn.SUM(Invoice.amount_due))
        .where(Invoice.status.in_(InvoiceStatus.UNPAID))
        .group_by(Invoice.currency, bucket)
        .tuples()
    )
    found: dict[str, dict[str, Decimal]] = {}
    for currency, name, amount in query:
        found.setdefault(currency or "EUR", dict.fromkeys(BUCKETS, ZERO))[name] += _money(amount)
    return found


def month_start(today: dt.date) -> dt.date:
    return today.replace(day=1)


def sales(today: dt.date) -> dict[str, Decimal]:
    """The last 90 days' invoicing per currency, for the DSO."""
    since = today - dt.timedelta(days=DSO_WINDOW_DAYS)
    query = (
        Invoice.select(Invoice.currency, fn.SUM(Invoice.total))
        .where(
            (Invoice.issue_date > since)
            & (Invoice.issue_date <= today)
            & (Invoice.status != InvoiceStatus.CANCELLED)
        )
        .group_by(Invoice.currency)
        .tuples()
    )
    return {currency or "EUR": _money(total) for currency, total in query}


def dso(outstanding: Decimal, invoiced: Decimal) -> int | None:
    """Days sales outstanding: receivables over the last 90 days' invoicing, times 90."""
    if invoiced <= 0:
        return None
    return int((outstanding / invoiced * DSO_WINDOW_DAYS).quantize(Decimal(1), ROUND_HALF_UP))


def recovered(today: dt.date) -> dict[str, Decimal]:
    """Payments received this month and applied to invoices, in the invoices' currency."""
    query = (
        PaymentAllocation.select(Invoice.currency, fn.SUM(PaymentAllocation.amount))
        .join(Payment)
        .switch(PaymentAllocation)
        .join(Invoice)
        .where(Payment.received_on >= month_start(today), Payment.received_on <= today)
        .group_by(Invoice.currency)
        .tuples()
    )
    return {currency or "EUR": _money(amount) for currency, amount in query}


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


def invoices_to_review() -> int:
    """Invoices held for a person's review (the needs_review index answers it)."""
    return Invoice.select().where(Invoice.needs_review == True).count()  # noqa: E712


def dashboard(today: dt.date) -> Dashboard:
    buckets, invoiced, cash = ageing(today), sales(today), recovered(today)
    by_currency: dict[str, CurrencyFigures] = {}
    for currency in sorted({*buckets, *cash}):
        figures = CurrencyFigures(currency)
        if currency in buckets:
            figures.ageing = buckets[currency]
        figures.dso_days = dso(figures.outstanding, invoiced.get(currency, ZERO))
        figures.recovered_this_month = cash.get(currency, ZERO)
        by_currency[currency] = figures
    if not by_currency:
        by_currency["EUR"] = CurrencyFigures("EUR")
    return Dashboard(
        today=today,
        by_currency=by_currency,
        reminders_by_channel=reminders_by_channel(today),
        debtors_to_complete=debtors_to_complete(),
        invoices_to_review=invoices_to_review(),
        pass_errors=last_pass_errors(),
    )


def last_pass_errors() -> list[str]:
    state = SystemState.get_or_none(SystemState.key == "remind.last_pass")
    try:
        errors = json.loads(state.value).get("errors", []) if state else []
    except (ValueError, AttributeError):
        return []
    return [str(e) for e in errors][:50] if isinstance(errors, list) else []
