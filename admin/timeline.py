"""A debtor's story in one list: invoices, reminders, payments, notes and calls, newest first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ledger.models import (
    CreditOffset,
    Debtor,
    DebtorNote,
    DebtorReply,
    Invoice,
    InvoiceWriteOff,
    Payment,
    PaymentAllocation,
    PaymentReturn,
    Reminder,
)


@dataclass
class Event:
    when: dt.datetime
    kind: str  # invoice, reminder, payment, offset, returned, write_off, note, call, action,
    # answer
    item: Any
    precise: bool = True  # False: only the day is known (an invoice's date, a payment's)


def _instant(day: dt.date | None, fallback: dt.datetime) -> dt.datetime:
    if day is None:
        return fallback
    return dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)


def timeline(debtor: Debtor, limit: int = 500) -> list[Event]:
    events = [
        Event(_instant(i.issue_date, i.created_at), "invoice", i, i.issue_date is None)
        for i in Invoice.select().where(Invoice.debtor == debtor).limit(limit)
    ]
    events += [
        Event(r.sent_at or r.created_at, "reminder", r)
        for r in Reminder.select().where(Reminder.debtor == debtor).limit(limit)
    ]
    allocations = (
        PaymentAllocation.select(PaymentAllocation, Payment, Invoice)
        .join(Payment)
        .switch(PaymentAllocation)
        .join(Invoice)
        .where(Invoice.debtor == debtor)
        .limit(limit)
    )
    events += [
        Event(_instant(a.payment.received_on, a.created_at), "payment", a, False)
        for a in allocations
        if a.amount > 0
    ]
    # A returned payment: one line per invoice it had paid, with the bank's reason.
    returns = {
        r.payment_id: r
        for r in PaymentReturn.select().where(
            PaymentReturn.payment.in_({a.payment_id for a in allocations if a.amount < 0})
        )
    }
    events += [
        Event(
            _instant(a.payment.returned_on, a.created_at),
            "returned",
            (a, returns.get(a.payment_id)),
            False,
        )
        for a in allocations
        if a.amount < 0
    ]
    write_offs = (
        InvoiceWriteOff.select(InvoiceWriteOff, Invoice)
        .join(Invoice)
        .where(Invoice.debtor == debtor)
        .limit(limit)
    )
    events += [Event(w.created_at, "write_off", w) for w in write_offs]
    credit_notes = Invoice.alias()
    offsets = (
        CreditOffset.select(CreditOffset, Invoice, credit_notes)
        .join(Invoice, on=CreditOffset.invoice == Invoice.id)
        .switch(CreditOffset)
        .join(credit_notes, on=CreditOffset.credit_note == credit_notes.id)
        .where(Invoice.debtor == debtor)
        .limit(limit)
    )
    events += [Event(o.created_at, "offset", o) for o in offsets]
    events += [
        Event(n.created_at, n.kind, n)
        for n in DebtorNote.select().where(DebtorNote.debtor == debtor).limit(limit)
    ]
    events += [
        Event(r.received_at, "answer", r)
        for r in DebtorReply.select().where(DebtorReply.debtor == debtor).limit(limit)
    ]
    events.sort(key=lambda e: e.when, reverse=True)
    return events
