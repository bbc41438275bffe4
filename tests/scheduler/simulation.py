"""Day-by-day runs of the pure engine, remembering what each invoice already had."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from scheduler.engine import plan_day, step_of_item
from scheduler.ladders import MESSAGE_CHANNELS
from scheduler.rules import Rules, parse_rules
from scheduler.snapshot_types import (
    DELIVERED,
    SETTLED,
    DebtorSnapshot,
    InvoiceSnapshot,
    StepRecord,
)

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
    channel: str
    invoices: tuple[str, ...]
    total: Decimal
    # (invoice, the step it is recorded at): an invoice keeps its own step in a message.
    items: tuple[tuple[str, str], ...] = ()


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


def _record(
    d: DebtorSnapshot, ids: dict[int, str], ladder: str, record: StepRecord
) -> DebtorSnapshot:
    invoices = []
    for i in d.invoices:
        if i.id in ids:
            key = (ladder, step_of_item(ids[i.id]))
            known = (i.records or {}).get(key)
            if known is None or known.state != DELIVERED:
                i = replace(i, records={**(i.records or {}), key: record})
        invoices.append(i)
    return replace(d, invoices=tuple(invoices))


def simulate(
    debtors: list[DebtorSnapshot],
    start: dt.date,
    end: dt.date,
    *,
    rules: Rules = RULES,
    events: dict[dt.date, Event] | None = None,
    down: tuple[dt.date, dt.date] | None = None,
    skipped: list[tuple[dt.date, str, tuple[str, ...]]] | None = None,
) -> list[Sent]:
    """Run the engine on every day from start to end, applying events (payments, disputes)
    on their morning and skipping the days the daemon is down. Every planned step is taken
    as delivered that day (approvals given at once); jumped steps go to `skipped`."""
    events = events or {}
    current = {d.id: d for d in debtors}
    sent: list[Sent] = []
    day = start
    while day <= end:
        if day in events:
            current = {i: events[day](d) for i, d in current.items()}
        if not (down and down[0] <= day <= down[1]):
            plan = plan_day(current.values(), rules, day)
            for skip in plan.skips:
                ids = {i.id: skip.step.id for i in skip.invoices}
                current[skip.debtor_id] = _record(
                    current[skip.debtor_id], ids, skip.ladder, StepRecord(SETTLED)
                )
                if skipped is not None:
                    skipped.append((day, skip.step.id, tuple(i.number for i in skip.invoices)))
            for action in plan.actions:
                sent.append(
                    Sent(
                        day,
                        action.debtor_id,
                        action.step.id,
                        action.channel,
                        tuple(i.number for i in action.invoices),
                        sum((i.amount_due for i in action.invoices), Decimal("0")),
                        tuple((c.invoice.number, c.step_id) for c in action.covered),
                    )
                )
                ids = {c.invoice.id: c.step_id for c in action.covered}
                d = current[action.debtor_id]
                contact = action.channel in MESSAGE_CHANNELS
                current[action.debtor_id] = replace(
                    _record(d, ids, action.ladder, StepRecord(DELIVERED, day, contact)),
                    delivered=(*d.delivered, (day, action.channel)) if contact else d.delivered,
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
