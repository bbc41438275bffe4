"""What re-dating invoices does to their ladder, shown before a person confirms it.

The engine decides as always (scheduler/engine.py): an invoice's next step is the one after
the last step it has a record of, so a step already delivered stays delivered and is never
sent again; after a due date moved earlier, several steps whose time has come give one step,
the next in order, the later ones following `min_gap` apart (the catch-up rule after
downtime), never a burst. This module runs today's pass on the debtors' snapshots twice,
with the recorded due dates and with the new ones, and reports per invoice what changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from ledger.money import totals
from ledger.redate import Redate
from scheduler.calendar import SendingCalendar
from scheduler.engine import DayPlan, ladder_for, plan_day, step_of_item
from scheduler.ladders import Ladder, Step
from scheduler.rules import Rules
from scheduler.snapshot_types import DELIVERED, UNDER_WAY, DebtorSnapshot, InvoiceSnapshot
from scheduler.snapshots import load_snapshots


@dataclass(frozen=True)
class LadderEffect:
    invoice_id: int
    ladder: str | None
    # Steps it already had delivered: kept, never sent again. Those delivered before the new
    # due date went out before the invoice was late by the new reading (nothing undoes them).
    delivered: tuple[str, ...] = ()
    delivered_before_due: tuple[str, ...] = ()
    # Steps planned and not out yet (waiting for a contact, an approval, a retry): they go as
    # planned, whatever the new date; a person withdraws one the new date makes early.
    under_way: tuple[str, ...] = ()
    # The step after its last record, and the day it falls due by each due date.
    next_step: str | None = None
    next_before: dt.date | None = None
    next_after: dt.date | None = None
    # What today's pass would send it: by the recorded due date, by the new one.
    today_before: str | None = None
    today_after: str | None = None


def ladder_effects(
    changes: tuple[Redate, ...], rules: Rules, day: dt.date
) -> dict[int, LadderEffect]:
    """Each re-dated invoice's ladder, before and after, on `day` (invoices the engine does not
    look at, a lapsed promise's for one, get an effect without steps)."""
    if not changes:
        return {}
    new_due = {c.invoice_id: c.new_due for c in changes}
    calendar = SendingCalendar(rules.calendar)
    before = load_snapshots(day, debtor_ids=sorted({c.debtor_id for c in changes}))
    after = [_redated(debtor, new_due) for debtor in before]
    today_before = _steps_today(plan_day(before, rules, day, calendar))
    today_after = _steps_today(plan_day(after, rules, day, calendar))
    effects = {c.invoice_id: LadderEffect(c.invoice_id, None) for c in changes}
    for debtor in before:
        owed = totals((i.amount_due, i.currency) for i in debtor.invoices)
        name = ladder_for(debtor, rules, owed)
        ladder = rules.ladder(name)
        for invoice in debtor.invoices:
            if invoice.id not in new_due:
                continue
            effect = LadderEffect(
                invoice.id,
                name,
                today_before=today_before.get(invoice.id),
                today_after=today_after.get(invoice.id),
            )
            if ladder is not None and ladder.ordered:
                effect = _on_ladder(effect, invoice, name, ladder, new_due[invoice.id], calendar)
            effects[invoice.id] = effect
    return effects


def _redated(debtor: DebtorSnapshot, new_due: dict[int, dt.date]) -> DebtorSnapshot:
    invoices = tuple(
        replace(i, due_date=new_due[i.id]) if i.id in new_due else i for i in debtor.invoices
    )
    return replace(debtor, invoices=invoices)


def _steps_today(plan: DayPlan) -> dict[int, str]:
    return {
        covered.invoice.id: step_of_item(covered.step_id)
        for action in plan.actions
        for covered in action.covered
    }


def _on_ladder(
    effect: LadderEffect,
    invoice: InvoiceSnapshot,
    name: str | None,
    ladder: Ladder,
    new_due: dt.date,
    calendar: SendingCalendar,
) -> LadderEffect:
    assert invoice.due_date is not None
    steps = ladder.ordered
    records = {s: r for (n, s), r in (invoice.records or {}).items() if n == name}
    delivered = [s for s in steps if s.id in records and records[s.id].state == DELIVERED]
    early = [
        s.id
        for s in delivered
        if s.at > 0 and (on := records[s.id].delivered_on) is not None and on <= new_due
    ]
    last = max((i for i, s in enumerate(steps) if s.id in records), default=-1)
    following = last + 1 if records else ladder.entry_index
    step = steps[following] if following < len(steps) else None
    return replace(
        effect,
        delivered=tuple(s.id for s in delivered),
        delivered_before_due=tuple(early),
        under_way=tuple(
            s.id for s in steps if s.id in records and records[s.id].state == UNDER_WAY
        ),
        next_step=step.id if step else None,
        next_before=_on(calendar, invoice.due_date, step),
        next_after=_on(calendar, new_due, step),
    )


def _on(calendar: SendingCalendar, due: dt.date, step: Step | None) -> dt.date | None:
    return None if step is None else calendar.on_or_after(due + dt.timedelta(days=step.at))
