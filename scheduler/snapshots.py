"""Plain snapshots of the ledger for the engine, loaded with a handful of set queries."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

import peewee

from ledger.models import (
    Creditor,
    Debtor,
    DebtorReply,
    Invoice,
    InvoiceStatus,
    ReminderInvoice,
    ReplyKind,
    db,
)
from scheduler.engine import ELIGIBLE_STATUSES, DebtorSnapshot, InvoiceSnapshot

# Items of extra channels of a step are stored as "<step>+<channel>" (see outbox.item_step_id).
CHANNEL_SEPARATOR = "+"
CENT = Decimal("0.01")
NOTHING_DONE: frozenset[tuple[str, str]] = frozenset()
# Answers older than this pause nobody (rules.yaml caps reply_pause_days below it).
ANSWERS_LOOKED_AT = dt.timedelta(days=61)


def step_of_item(step_id: str) -> str:
    return step_id.split(CHANNEL_SEPARATOR, 1)[0]


def load_snapshots(day: dt.date, unreadable: list[str] | None = None) -> list[DebtorSnapshot]:
    """Every debtor with an invoice that may be reminded, with what each invoice already had.
    A debtor with an invoice row that cannot be read (a date or amount no Python value holds)
    is left out whole and named in `unreadable`."""
    candidates = (Invoice.status.in_(ELIGIBLE_STATUSES)) & (Invoice.is_credit_note == False)  # noqa: E712
    candidates &= Invoice.amount_due > 0
    rows = Invoice.select(
        Invoice.id,
        Invoice.debtor,
        Invoice.number,
        Invoice.due_date,
        Invoice.amount_due,
        Invoice.status,
        Invoice.issue_date,
        Invoice.is_credit_note,
        Invoice.pause_until,
    ).where(candidates)
    done: dict[int, frozenset[tuple[str, str]]] = {}
    items = (
        ReminderInvoice.select(
            ReminderInvoice.invoice, ReminderInvoice.ladder, ReminderInvoice.step_id
        )
        .join(Invoice)
        .where(candidates)
    )
    for invoice_id, ladder, step_id in db.execute(items):
        done[invoice_id] = done.get(invoice_id, NOTHING_DONE) | {(ladder, step_of_item(step_id))}
    by_debtor: dict[int, list[InvoiceSnapshot]] = defaultdict(list)
    # Raw cursor rows: peewee's per-value conversion is most of the cost at 100k invoices.
    broken: dict[int, str] = {}
    for iid, debtor_id, number, due, amount, status, issued, credit, pause in db.execute(rows):
        try:
            snapshot = InvoiceSnapshot(
                iid,
                number,
                _date(due),
                _money(amount),
                status,
                _date(issued),
                bool(credit),
                _date(pause),
                done.get(iid, NOTHING_DONE),
            )
        except (ValueError, TypeError, ArithmeticError) as error:
            broken[debtor_id] = f"invoice #{iid} ({number}) unreadable: {error}"
            continue
        by_debtor[debtor_id].append(snapshot)
    for debtor_id, why in broken.items():
        by_debtor.pop(debtor_id, None)
        if unreadable is not None:
            unreadable.append(f"debtor #{debtor_id} left out of the pass: {why}"[:500])
    late = _late_counts(day)
    replied = latest_answers(day)
    debtors = (
        Debtor.select(
            Debtor.id,
            Creditor.slug,
            Debtor.name,
            Debtor.ladder,
            Creditor.default_ladder,
            Debtor.is_b2b,
            Creditor.is_b2b,
            Debtor.payment_method,
            Debtor.preferred_channel,
            Debtor.dispute,
            Debtor.do_not_contact,
        )
        .join(Creditor)
        .where(Debtor.id.in_(Invoice.select(Invoice.debtor).where(candidates)))
        .order_by(Debtor.id)
    )
    snapshots = []
    for (
        did,
        slug,
        name,
        ladder,
        default,
        b2b,
        creditor_b2b,
        method,
        pref,
        dispute,
        dnc,
    ) in db.execute(debtors):
        snapshots.append(
            DebtorSnapshot(
                id=did,
                creditor=slug,
                name=name,
                invoices=tuple(by_debtor.get(did, ())),
                ladder=ladder,
                creditor_ladder=default,
                is_b2b=bool(creditor_b2b if b2b is None else b2b),
                payment_method=method,
                preferred_channel=pref,
                dispute=bool(dispute),
                do_not_contact=bool(dnc),
                late_invoices_last_365d=late.get(did, 0),
                replied_on=replied.get(did),
            )
        )
    return snapshots


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value  # type: ignore[return-value]
    return dt.date.fromisoformat(str(value)[:10])


def _money(value: object) -> Decimal:
    amount = Decimal(str(value)).quantize(CENT)
    if not amount.is_finite():
        raise ValueError(f"amount {value} is not finite")
    return amount


def _late_counts(day: dt.date) -> dict[int, int]:
    """Per debtor, invoices due in the last 365 days that are overdue or needed a reminder."""
    reminded = ReminderInvoice.select(ReminderInvoice.invoice)
    condition = (
        (Invoice.due_date >= day - dt.timedelta(days=365))
        & (Invoice.due_date < day)
        & (Invoice.is_credit_note == False)  # noqa: E712
        & (Invoice.status != InvoiceStatus.CANCELLED)
        & ((Invoice.status.in_(InvoiceStatus.UNPAID)) | (Invoice.id.in_(reminded)))
    )
    query = (
        Invoice.select(Invoice.debtor, peewee.fn.COUNT(Invoice.id))
        .where(condition)
        .group_by(Invoice.debtor)
        .tuples()
    )
    return dict(query)


def latest_answers(day: dt.date) -> dict[int, dt.date]:
    """Per debtor, the day of the latest reply to a reminder (auto-replies and bounces aside)."""
    since = dt.datetime.combine(day - ANSWERS_LOOKED_AT, dt.time(), tzinfo=dt.UTC)
    query = (
        DebtorReply.select(DebtorReply.debtor, peewee.fn.MAX(DebtorReply.received_at))
        .where((DebtorReply.kind == ReplyKind.REPLY) & (DebtorReply.received_at >= since))
        .group_by(DebtorReply.debtor)
        .tuples()
    )
    return {debtor: _day_of(received) for debtor, received in query if received}


def _day_of(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).date() if value.tzinfo else value.date()
    return dt.date.fromisoformat(str(value)[:10])
