"""The approval queue: steps that need a person (formal notices, handovers), each with the
debtor's history beside it, oldest first."""

from __future__ import annotations

from dataclasses import dataclass, field

from ledger.models import Creditor, Debtor, Invoice, Reminder, ReminderInvoice, ReminderStatus

HISTORY_LIMIT = 12


@dataclass
class WaitingStep:
    reminder: Reminder
    invoices: list[Invoice] = field(default_factory=list)
    history: list[Reminder] = field(default_factory=list)


def waiting_steps(limit: int = 100) -> list[WaitingStep]:
    """Steps awaiting approval, each with its invoices (as they stand now) and the debtor's
    earlier reminders, newest first."""
    rows = list(
        Reminder.select(Reminder, Debtor, Creditor)
        .join(Debtor)
        .switch(Reminder)
        .join(Creditor)
        .where(Reminder.status == ReminderStatus.AWAITING_APPROVAL)
        .order_by(Reminder.due_on, Reminder.id)
        .limit(limit)
    )
    steps = {r.id: WaitingStep(r) for r in rows}
    for item in (
        ReminderInvoice.select(ReminderInvoice, Invoice)
        .join(Invoice)
        .where(ReminderInvoice.reminder.in_(list(steps)))
        .order_by(Invoice.due_date, Invoice.number)
    ):
        steps[item.reminder_id].invoices.append(item.invoice)
    debtors = {r.debtor_id for r in rows}
    earlier = (
        Reminder.select()
        .where(
            Reminder.debtor.in_(list(debtors))
            & (Reminder.status != ReminderStatus.AWAITING_APPROVAL)
        )
        .order_by(Reminder.due_on.desc(), Reminder.id.desc())
    )
    per_debtor: dict[int, list[Reminder]] = {}
    for reminder in earlier:
        found = per_debtor.setdefault(reminder.debtor_id, [])
        if len(found) < HISTORY_LIMIT:
            found.append(reminder)
    for step in steps.values():
        step.history = per_debtor.get(step.reminder.debtor_id, [])
    return list(steps.values())
