"""What a reminder says, read from the ledger at the moment it goes out: the invoices it covers
(those still owed), the debtor's other overdue invoices (the statement), what was really sent
before, and the legal figures of a formal notice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ledger.models import (
    Creditor,
    Debtor,
    DebtorKind,
    Invoice,
    InvoiceStatus,
    Reminder,
    ReminderInvoice,
    ReminderStatus,
    db,
)
from ledger.money import CENT, totals
from scheduler.engine import ELIGIBLE_STATUSES
from scheduler.ladders import MESSAGE_CHANNELS
from scheduler.payment import HowToPay
from scheduler.rules import Rules
from scheduler.snapshots import delivered_on


@dataclass(frozen=True)
class Covered:
    invoices: list[Invoice]
    dropped: list[str]


def remindable(invoice: Invoice, day: dt.date) -> bool:
    """Still owed and still on the ladder's side: not paid, paused, disputed or in doubt."""
    return (
        invoice.status in ELIGIBLE_STATUSES
        and not invoice.is_credit_note
        and not invoice.needs_review
        and invoice.amount_due > 0
        and invoice.due_date is not None
        and not (invoice.pause_until is not None and invoice.pause_until > day)
    )


def covered_invoices(reminder: Reminder, day: dt.date) -> Covered:
    """The reminder's invoices still owed and remindable now; the others are let go (their
    item deleted, so a later step may still cover them)."""
    items = list(
        ReminderInvoice.select(ReminderInvoice, Invoice)
        .join(Invoice)
        .where(ReminderInvoice.reminder == reminder.id)
        .order_by(Invoice.due_date, Invoice.number)
    )
    kept, dropped = [], []
    with db.atomic():
        for item in items:
            invoice = item.invoice
            if remindable(invoice, day):
                if item.amount_due != invoice.amount_due:
                    item.amount_due = invoice.amount_due
                    item.save()
                kept.append(invoice)
            else:
                dropped.append(f"{invoice.number} ({invoice.status})")
                item.delete_instance()
    return Covered(kept, dropped)


def thanked_invoices(reminder: Reminder) -> Covered:
    """A thanks reminder's invoices that are still paid (a reopened one is not thanked)."""
    items = list(
        ReminderInvoice.select(ReminderInvoice, Invoice)
        .join(Invoice)
        .where(ReminderInvoice.reminder == reminder.id)
        .order_by(Invoice.due_date, Invoice.number)
    )
    kept = [i.invoice for i in items if i.invoice.status == InvoiceStatus.PAID]
    dropped = [f"{i.invoice.number} ({i.invoice.status})" for i in items if i.invoice not in kept]
    return Covered(kept, dropped)


def other_overdue(debtor_id: int, covered: list[Invoice], day: dt.date) -> list[Invoice]:
    """The debtor's other invoices past due and remindable: with the covered ones, the
    statement of what it owes."""
    ids = [i.id for i in covered]
    query = Invoice.select().where(
        (Invoice.debtor == debtor_id)
        & Invoice.status.in_(ELIGIBLE_STATUSES)
        & (Invoice.due_date < day)
    )
    if ids:
        query = query.where(Invoice.id.not_in(ids))
    return [i for i in query.order_by(Invoice.due_date, Invoice.number) if remindable(i, day)]


def history(reminder_id: int | None, invoices: list[Invoice]) -> list[dict[str, Any]]:
    """Days messages were really delivered about these invoices before reminder
    `reminder_id` (None: a message not yet recorded, as the admin previews it), oldest
    first: one entry a day, with the channels used that day."""
    sent = (
        ReminderInvoice.invoice.in_([i.id for i in invoices])
        & (Reminder.status == ReminderStatus.SENT)
        & Reminder.channel.in_(sorted(MESSAGE_CHANNELS))
    )
    if reminder_id is not None:
        sent &= Reminder.id != reminder_id
    rows = (
        Reminder.select(
            Reminder.id, Reminder.channel, Reminder.step_id, Reminder.due_on, Reminder.sent_at
        )
        .join(ReminderInvoice)
        .where(sent)
        .distinct()
    )
    found: dict[dt.date, dict[str, Any]] = {}
    for r in rows:
        day = delivered_on(r.due_on, r.sent_at)
        known = found.setdefault(day, {"date": day, "channels": [], "step": r.step_id})
        known["channels"].append(r.channel)
    return [found[day] for day in sorted(found)]


def is_business(debtor: Debtor, creditor: Creditor) -> bool:
    if debtor.kind:
        return debtor.kind == DebtorKind.BUSINESS
    return bool(creditor.is_b2b)


def penalties(invoices: list[Invoice], rate: Decimal, day: dt.date) -> list[dict[str, Any]]:
    """Late-payment penalties to the day: rate × days late × amount due, per invoice."""
    found = []
    for invoice in invoices:
        days = max((day - invoice.due_date).days, 0) if invoice.due_date else 0
        amount = (invoice.amount_due * rate / 100 * days / 365).quantize(CENT)
        found.append(
            {"number": invoice.number, "days": days, "amount": amount, "currency": invoice.currency}
        )
    return found


def _invoice(invoice: Invoice, day: dt.date) -> dict[str, Any]:
    return {
        "number": invoice.number,
        "issue_date": invoice.issue_date,
        "due_date": invoice.due_date,
        "total": invoice.total,
        "amount_due": invoice.amount_due,
        "currency": invoice.currency,
        "days_late": max((day - invoice.due_date).days, 0) if invoice.due_date else 0,
    }


def context(
    creditor: Creditor,
    debtor: Debtor,
    invoices: list[Invoice],
    others: list[Invoice],
    sent_before: list[dict[str, Any]],
    rules: Rules,
    day: dt.date,
    payment: HowToPay | None = None,
) -> dict[str, Any]:
    """What every template may use. `invoices` are those the step is about (a formal notice
    claims them); `statement` adds the debtor's other overdue invoices."""
    business = is_business(debtor, creditor)
    statement = sorted(invoices + others, key=lambda i: (i.due_date or day, i.number))
    owed_penalties = penalties(invoices, rules.legal.penalty_rate, day) if business else []
    return {
        "creditor": {"name": creditor.name, "email": creditor.email, "phone": creditor.phone},
        "debtor": {"name": debtor.name, "kind": debtor.kind},
        "business": business,
        "invoices": [_invoice(i, day) for i in invoices],
        "others": [_invoice(i, day) for i in others],
        "statement": [_invoice(i, day) for i in statement],
        "totals": totals((i.amount_due, i.currency) for i in invoices),
        "statement_totals": totals((i.amount_due, i.currency) for i in statement),
        "history": sent_before,
        "first_contact": not sent_before,
        "legal": rules.legal,
        "deadline": day + dt.timedelta(days=rules.legal.notice_days),
        "penalties": owed_penalties,
        "penalty_totals": totals((p["amount"], p["currency"]) for p in owed_penalties),
        "indemnity_total": rules.legal.recovery_indemnity * len(invoices) if business else 0,
        "today": day,
        "payment": payment.for_template() if payment else None,
    }
