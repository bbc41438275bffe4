"""A phone call for staff: the debtor's number, what is owed and what was already tried."""

from __future__ import annotations

from collections.abc import Sequence

from ledger.models import Debtor, Reminder
from ledger.money import totals
from scheduler.engine import Covered
from scheduler.rendering import long_date, money, totals_words


def task_text(
    debtor: Debtor, ladder: str, step_id: str, covered: Sequence[Covered], phone: str
) -> str:
    invoices = [c.invoice for c in covered]
    owed = totals((i.amount_due, i.currency) for i in invoices)
    lines = [
        f"Appeler {debtor.name} au {phone} ({ladder}/{step_id}).",
        f"Montant restant dû : {totals_words(owed)}",
        "Factures :",
    ]
    lines += [
        f"- {i.number}, échue le {long_date(i.due_date) if i.due_date else '?'} : "
        f"{money(i.amount_due, 'fr', i.currency)}"
        for i in invoices
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
