"""Day-by-day runs of the pure engine, remembering what each invoice already had."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from scheduler.engine import DebtorSnapshot, InvoiceSnapshot, due_actions
from scheduler.rules import Rules, parse_rules

RULES = parse_rules(
    """
ladders:
  standard:
    - {id: courtesy, at: -3d, channel: email, template: courtesy}
    - {id: r1, at: +1d, channel: email, template: reminder_1}
    - {id: r2, at: +10d, channel: [email, sms], template: reminder_2}
    - {id: r3, at: +20d, channel: letter, template: reminder_3}
    - {id: notice, at: +30d, channel: registered_letter, template: formal_notice}
    - {id: handover, at: +45d, channel: handover}
escalate:
  - {when: {late_invoices_last_365d: ">=3"}, skip_to: r3}
calendar: {country: FR, send_on: business_days, hours: "09:00-18:00", timezone: Europe/Paris}
"""
)


@dataclass(frozen=True)
class Sent:
    day: dt.date
    debtor: int
    step: str
    invoices: tuple[str, ...]
    total: Decimal


Event = Callable[[DebtorSnapshot], DebtorSnapshot]


def invoice(number: str, due: dt.date, amount: str = "100.00", **fields: object) -> InvoiceSnapshot:
    return InvoiceSnapshot(
        id=abs(hash(number)) % 10**9,
        number=number,
        due_date=due,
        amount_due=Decimal(amount),
        **fields,  # type: ignore[arg-type]
    )


def debtor(*invoices: InvoiceSnapshot, id: int = 1, **fields: object) -> DebtorSnapshot:
    values: dict = {"creditor": "demo", "name": f"Client {id}", "creditor_ladder": "standard"}
    values.update(fields)
    return DebtorSnapshot(id=id, invoices=tuple(invoices), **values)


def simulate(
    debtors: list[DebtorSnapshot],
    start: dt.date,
    end: dt.date,
    *,
    rules: Rules = RULES,
    events: dict[dt.date, Event] | None = None,
    down: tuple[dt.date, dt.date] | None = None,
) -> list[Sent]:
    """Run the engine on every day from start to end, applying events (payments, disputes)
    on their morning and skipping the days the daemon is down."""
    events = events or {}
    current = {d.id: d for d in debtors}
    sent: list[Sent] = []
    day = start
    while day <= end:
        if day in events:
            current = {i: events[day](d) for i, d in current.items()}
        if not (down and down[0] <= day <= down[1]):
            for action in due_actions(current.values(), rules, day):
                sent.append(
                    Sent(
                        day,
                        action.debtor_id,
                        action.step.id,
                        tuple(i.number for i in action.invoices),
                        action.total,
                    )
                )
                done_ids = {i.id for i in action.invoices}
                d = current[action.debtor_id]
                current[action.debtor_id] = replace(
                    d,
                    invoices=tuple(
                        replace(i, done=i.done | {(action.ladder, action.step.id)})
                        if i.id in done_ids
                        else i
                        for i in d.invoices
                    ),
                )
        day += dt.timedelta(days=1)
    return sent


def set_invoice(number: str, **fields: object) -> Event:
    def apply(d: DebtorSnapshot) -> DebtorSnapshot:
        return replace(
            d,
            invoices=tuple(
                replace(i, **fields) if i.number == number else i  # type: ignore[arg-type]
                for i in d.invoices
            ),
        )

    return apply
