"""Where one invoice stands on its ladder, and which step (if any) is due for it today: pure.

The rule is written out in scheduler/engine.py's docstring; this module applies it to one
invoice: records of the steps it already had in, the step due today and the steps jumped
over (with the reason) out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from scheduler.ladders import MESSAGE_CHANNELS, Ladder, Step
from scheduler.snapshot_types import DELIVERED, UNDER_WAY, InvoiceSnapshot, StepRecord

DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class LadderPlan:
    """What the engine needs of a ladder, computed once per pass."""

    name: str
    ladder: Ladder
    steps: tuple[Step, ...]
    notice_days: int
    legal: tuple[bool, ...]
    handover: tuple[bool, ...]
    notice: tuple[bool, ...]
    # Whether a formal notice comes before each step in the ladder.
    notice_before: tuple[bool, ...]
    # The steps' own amount conditions: an invoice's decision depends on which it meets.
    thresholds: tuple[Decimal, ...]
    # Each step's channels that are messages (e-mail, SMS, letters), for the weekly limit.
    messages: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, name: str, ladder: Ladder, notice_days: int) -> LadderPlan:
        steps = ladder.ordered
        notice = tuple("registered_letter" in s.channel for s in steps)
        return cls(
            name,
            ladder,
            steps,
            notice_days,
            tuple(s.is_legal for s in steps),
            tuple("handover" in s.channel for s in steps),
            notice,
            tuple(any(notice[:i]) for i in range(len(steps))),
            tuple(sorted({s.when.min_amount for s in steps if s.when.min_amount is not None})),
            tuple(tuple(c for c in s.channel if c in MESSAGE_CHANNELS) for s in steps),
        )


@dataclass(frozen=True)
class Decision:
    """The step due today for an invoice (its index), and those it jumps over, with why."""

    index: int
    jumped: tuple[tuple[int, str], ...] = ()


def decide(
    invoice: InvoiceSnapshot,
    plan: LadderPlan,
    entry: int,
    escalated: str,
    is_business: bool,
    day: dt.date,
    dates: tuple[dt.date, ...],
) -> Decision | None:
    """The step due today for `invoice` on `plan`'s ladder, or None (nothing today).

    `entry` is where a first contact starts (the ladder's entry, or later when the debtor is
    escalated, `escalated` then saying why); `dates` are the steps' dates for this invoice
    (due date + offset, moved to a sending day).
    """
    assert invoice.due_date is not None
    records = _records(invoice, plan.name)
    steps = plan.steps
    last = -1
    last_contact: dt.date | None = None
    notice: StepRecord | None = None
    if records:
        for index, step in enumerate(steps):
            record = records.get(step.id)
            if record is None:
                continue
            if record.state == UNDER_WAY:
                return None
            last = index
            if record.state == DELIVERED and record.contact and record.delivered_on is not None:
                last_contact = max(last_contact or record.delivered_on, record.delivered_on)
            if plan.notice[index]:
                notice = record
    first_contact = last < 0
    jumped: list[tuple[int, str]] = []
    for index in range(last + 1, len(steps)):
        step = steps[index]
        # A step not meant for this invoice says so, rather than that its time went by.
        reason = None if _conditions_hold(step, invoice, is_business) else _condition_text(step)
        if reason is None:
            reason = _jumped_because(
                step, index, invoice, first_contact, entry, escalated, day, dates
            )
        if reason is None and plan.legal[index] and last_contact is None:
            reason = "no earlier reminder was delivered"
        if reason is None and plan.handover[index] and plan.notice_before[index]:
            delivered = notice is not None and notice.state == DELIVERED
            reason = None if delivered else "no formal notice was delivered"
        if reason is not None:
            jumped.append((index, reason))
            continue
        if _due(index, day, dates, last_contact, plan, notice):
            return Decision(index, tuple(jumped))
        return None
    return None


def _records(invoice: InvoiceSnapshot, ladder: str) -> dict[str, StepRecord]:
    if not invoice.records:
        return {}
    return {step: record for (name, step), record in invoice.records.items() if name == ladder}


def _jumped_because(
    step: Step,
    index: int,
    invoice: InvoiceSnapshot,
    first_contact: bool,
    entry: int,
    escalated: str,
    day: dt.date,
    dates: tuple[dt.date, ...],
) -> str | None:
    assert invoice.due_date is not None
    if step.at < 0 and day >= invoice.due_date:
        return "its time, before the due date, passed"
    if first_contact and index < entry:
        if escalated:
            return escalated
        if day >= dates[entry]:
            return "the invoice reached the ladder after this step's time"
    return None


def _conditions_hold(step: Step, invoice: InvoiceSnapshot, is_business: bool) -> bool:
    when = step.when
    if when.min_amount is not None and invoice.amount_due < when.min_amount:
        return False
    return when.b2b is None or when.b2b == is_business


def _condition_text(step: Step) -> str:
    when = step.when
    kind = "business" if when.b2b else "consumer"
    if when.min_amount is not None and when.b2b is not None:
        return f"the step is for {kind} debtors owing at least {when.min_amount}"
    if when.min_amount is not None:
        return f"less than {when.min_amount} due (the step's minimum)"
    return f"the step is for {kind} debtors only"


def _due(
    index: int,
    day: dt.date,
    dates: tuple[dt.date, ...],
    last_contact: dt.date | None,
    plan: LadderPlan,
    notice: StepRecord | None,
) -> bool:
    if dates[index] > day:
        return False
    if last_contact is not None and day < last_contact + plan.ladder.min_gap * DAY:
        return False
    if plan.handover[index] and notice is not None and notice.delivered_on is not None:
        return day >= notice.delivered_on + plan.notice_days * DAY
    return True
