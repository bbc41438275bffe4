"""The thanks step: once an invoice a reminder went out for is paid, the ladder's `thanks`
step (when it has one) thanks the debtor, once per invoice.

Only invoices paid within the last THANKS_WINDOW are looked at: a thanks step added to the
rules today does not thank last year's payers.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from ledger.models import (
    Creditor,
    Debtor,
    Invoice,
    InvoiceStatus,
    Reminder,
    ReminderInvoice,
    ReminderStatus,
)
from scheduler.engine import Covered, DueAction, item_step_id, step_of_item
from scheduler.rules import Rules
from scheduler.snapshot_types import InvoiceSnapshot

THANKS_WINDOW = dt.timedelta(days=14)


def thanks_due(rules: Rules, day: dt.date, creditor_id: int | None = None) -> list[DueAction]:
    """One thanks per debtor (of one creditor, or of all), ladder and channel, listing the
    reminded invoices paid and not thanked."""
    ladders = {name: rules.thanks_step(name) for name in rules.ladders}
    ladders = {name: step for name, step in ladders.items() if step is not None}
    if not ladders:
        return []
    since = dt.datetime.combine(day - THANKS_WINDOW, dt.time(), tzinfo=dt.UTC)
    paid = (
        (Invoice.status == InvoiceStatus.PAID)
        & (Invoice.updated_at >= since)
        & ReminderInvoice.ladder.in_(list(ladders))
    )
    if creditor_id is not None:
        paid &= Invoice.creditor == creditor_id
    rows = (
        ReminderInvoice.select(
            ReminderInvoice.invoice,
            ReminderInvoice.ladder,
            ReminderInvoice.step_id,
            Reminder.status,
            Invoice.debtor,
            Invoice.number,
            Invoice.due_date,
            Invoice.total,
            Invoice.currency,
            Creditor.slug,
            Debtor.dispute,
            Debtor.do_not_contact,
        )
        .join(Reminder)
        .switch(ReminderInvoice)
        .join(Invoice)
        .join(Debtor)
        .join(Creditor)
        .where(paid)
        .tuples()
    )
    reminded: dict[tuple[int, str], InvoiceSnapshot] = {}
    thanked: set[tuple[int, str]] = set()
    owners: dict[int, tuple[int, str]] = {}
    for (
        invoice_id,
        ladder,
        item_step,
        status,
        debtor_id,
        number,
        due,
        total,
        currency,
        slug,
        dispute,
        dnc,
    ) in rows:
        if dispute or dnc:
            continue
        if step_of_item(item_step) == ladders[ladder].id:
            thanked.add((invoice_id, ladder))
        elif status == ReminderStatus.SENT:
            reminded[(invoice_id, ladder)] = InvoiceSnapshot(
                invoice_id, number, due, total, currency, InvoiceStatus.PAID
            )
            owners[invoice_id] = (debtor_id, slug)
    grouped: dict[tuple[int, str, str], list[InvoiceSnapshot]] = defaultdict(list)
    for (invoice_id, ladder), snapshot in reminded.items():
        if (invoice_id, ladder) not in thanked:
            debtor_id, slug = owners[invoice_id]
            grouped[(debtor_id, slug, ladder)].append(snapshot)
    actions = []
    for (debtor_id, slug, ladder), invoices in sorted(grouped.items()):
        step = ladders[ladder]
        invoices.sort(key=lambda i: i.number)
        for position, channel in enumerate(step.channel):
            covered = tuple(Covered(i, item_step_id(step.id, position, channel)) for i in invoices)
            actions.append(DueAction(debtor_id, slug, ladder, step, channel, covered))
    return actions
