"""A phone call for staff: the debtor's number, what is owed and what was already tried."""

from __future__ import annotations

from ledger.models import Debtor, Reminder
from scheduler.engine import DueAction
from scheduler.rendering import long_date, money


def task_text(debtor: Debtor, action: DueAction, phone: str) -> str:
    lines = [
        f"Appeler {debtor.name} au {phone} ({action.ladder}/{action.step.id}).",
        f"Montant restant dû : {money(action.total)}",
        "Factures :",
    ]
    lines += [
        f"- {i.number}, échue le {long_date(i.due_date) if i.due_date else '?'} : "
        f"{money(i.amount_due)}"
        for i in action.invoices
    ]
    history = list(
        Reminder.select(Reminder.due_on, Reminder.step_id, Reminder.channel, Reminder.status)
        .where(Reminder.debtor == debtor.id)
        .order_by(Reminder.due_on, Reminder.id)
    )
    if history:
        lines.append("Historique :")
        lines += [f"- {r.due_on} {r.step_id} par {r.channel} : {r.status}" for r in history]
    return "\n".join(lines)
