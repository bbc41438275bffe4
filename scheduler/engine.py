"""Which ladder step is due for which debtor on a day: pure, from plain snapshots.

For each eligible invoice the engine finds the latest step whose (business-day shifted) date
has come. That step is due unless the invoice already had it or a later one: a step missed
while Relance was down is done once on return, and the steps it jumped over are simply not
done (nothing is recorded for them). Due invoices are grouped per debtor and step, so one
reminder lists all of a debtor's invoices at that step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from scheduler.calendar import SendingCalendar
from scheduler.rules import Rules, Step

ELIGIBLE_STATUSES = ("open", "partially_paid")


# Not frozen: a frozen dataclass's __init__ costs a setattr call per field, which shows at
# 100,000 invoices a pass. Nothing mutates snapshots.
@dataclass(slots=True)
class InvoiceSnapshot:
    id: int
    number: str
    due_date: dt.date | None
    amount_due: Decimal
    status: str = "open"
    issue_date: dt.date | None = None
    is_credit_note: bool = False
    pause_until: dt.date | None = None
    # (ladder, step id) pairs this invoice already had.
    done: frozenset[tuple[str, str]] = frozenset()


@dataclass(slots=True)
class DebtorSnapshot:
    id: int
    creditor: str
    name: str
    invoices: tuple[InvoiceSnapshot, ...]
    ladder: str | None = None
    creditor_ladder: str | None = None
    is_b2b: bool = False
    payment_method: str | None = None
    preferred_channel: str | None = None
    dispute: bool = False
    do_not_contact: bool = False
    late_invoices_last_365d: int = 0
    # The day of the debtor's latest answer to a reminder (auto-replies aside).
    replied_on: dt.date | None = None


@dataclass(frozen=True)
class DueAction:
    debtor_id: int
    creditor: str
    ladder: str
    step: Step
    invoices: tuple[InvoiceSnapshot, ...] = field(default_factory=tuple)

    @property
    def total(self) -> Decimal:
        return sum((i.amount_due for i in self.invoices), Decimal("0"))


def eligible(invoice: InvoiceSnapshot, day: dt.date) -> bool:
    return (
        invoice.status in ELIGIBLE_STATUSES
        and not invoice.is_credit_note
        and invoice.amount_due > 0
        and invoice.due_date is not None
        and not (invoice.pause_until is not None and invoice.pause_until > day)
    )


def ladder_for(debtor: DebtorSnapshot, rules: Rules, open_amount: Decimal) -> str | None:
    """Staff's choice, else the first matching assign rule, else the creditor's default."""
    if debtor.ladder:
        return debtor.ladder
    for rule in rules.assign:
        when = rule.when
        if (
            (when.creditor is None or when.creditor == debtor.creditor)
            and (when.payment_method is None or when.payment_method == debtor.payment_method)
            and (
                when.preferred_channel is None or when.preferred_channel == debtor.preferred_channel
            )
            and (when.b2b is None or when.b2b == debtor.is_b2b)
            and (when.min_amount is None or open_amount >= when.min_amount)
            and (when.max_amount is None or open_amount <= when.max_amount)
        ):
            return rule.ladder
    return debtor.creditor_ladder


def first_step_index(debtor: DebtorSnapshot, rules: Rules, steps: tuple[Step, ...]) -> int:
    """Escalation: a debtor often late starts at a later step (the furthest rule matched)."""
    ids = [s.id for s in steps]
    start = 0
    for rule in rules.escalate:
        if rule.skip_to in ids and rule.matches(debtor.late_invoices_last_365d):
            start = max(start, ids.index(rule.skip_to))
    return start


def due_step(
    invoice: InvoiceSnapshot,
    debtor: DebtorSnapshot,
    ladder: str,
    steps: tuple[Step, ...],
    start: int,
    day: dt.date,
    dates: tuple[dt.date, ...],
) -> Step | None:
    """The step due for `invoice` on `day`; `dates` are the steps' shifted sending dates."""
    assert invoice.due_date is not None
    latest: int | None = None
    for index in range(start, len(steps)):
        if dates[index] > day:
            break
        step = steps[index]
        if not _conditions_hold(step, invoice, debtor):
            continue
        # A before-due courtesy is pointless once the due date has come.
        if step.at < 0 and day >= invoice.due_date:
            continue
        latest = index
    if latest is None:
        return None
    if invoice.done:
        done_here = {step_id for name, step_id in invoice.done if name == ladder}
        if any(step.id in done_here for step in steps[latest:]):
            return None
    return steps[latest]


def _conditions_hold(step: Step, invoice: InvoiceSnapshot, debtor: DebtorSnapshot) -> bool:
    when = step.when
    if when.min_amount is not None and invoice.amount_due < when.min_amount:
        return False
    return when.b2b is None or when.b2b == debtor.is_b2b


def due_actions(
    debtors: Iterable[DebtorSnapshot],
    rules: Rules,
    day: dt.date,
    calendar: SendingCalendar | None = None,
) -> list[DueAction]:
    """The reminders due on `day`: one per debtor and step, listing every invoice at it."""
    return walk_day(debtors, rules, day, calendar)[0]


def answer_pauses(debtor: DebtorSnapshot, rules: Rules, day: dt.date) -> bool:
    """A debtor who answered a reminder is left alone `reply_pause_days`, for staff to read
    the answer and act on it (a promise, a dispute) before the ladder goes on."""
    if debtor.replied_on is None:
        return False
    return day < debtor.replied_on + dt.timedelta(days=rules.reply_pause_days)


def walk_day(
    debtors: Iterable[DebtorSnapshot],
    rules: Rules,
    day: dt.date,
    calendar: SendingCalendar | None = None,
) -> tuple[list[DueAction], list[InvoiceSnapshot]]:
    """The reminders due on `day`, and the overdue invoices no ladder will ever remind: their
    debtor's ladder is none (no assignment, no creditor default) or has no steps. Disputes and
    do-not-contact are deliberate pauses, not oversights, and are in neither."""
    calendar = calendar or SendingCalendar(rules.calendar)
    sending = calendar.is_sending_day(day)
    actions: list[DueAction] = []
    unfollowed: list[InvoiceSnapshot] = []
    schedules: dict[tuple[str, dt.date], tuple[dt.date, ...]] = {}
    sorted_ladders: dict[str | None, tuple[Step, ...]] = {}
    for debtor in debtors:
        if debtor.dispute or debtor.do_not_contact or answer_pauses(debtor, rules, day):
            continue
        invoices = [i for i in debtor.invoices if eligible(i, day)]
        if not invoices:
            continue
        open_amount = sum((i.amount_due for i in invoices), Decimal("0"))
        ladder = ladder_for(debtor, rules, open_amount)
        if ladder not in sorted_ladders:
            sorted_ladders[ladder] = tuple(sorted(rules.ladder(ladder), key=lambda s: s.at))
        steps = sorted_ladders[ladder]
        if not ladder or not steps:
            unfollowed += [i for i in invoices if i.due_date is not None and i.due_date < day]
            continue
        if not sending:
            continue
        start = first_step_index(debtor, rules, steps)
        grouped: dict[str, list[InvoiceSnapshot]] = {}
        for invoice in invoices:
            assert invoice.due_date is not None
            dates = schedules.get((ladder, invoice.due_date))
            if dates is None:
                dates = tuple(
                    calendar.on_or_after(invoice.due_date + dt.timedelta(days=s.at)) for s in steps
                )
                schedules[(ladder, invoice.due_date)] = dates
            step = due_step(invoice, debtor, ladder, steps, start, day, dates)
            if step is not None:
                grouped.setdefault(step.id, []).append(invoice)
        for step in steps:
            if step.id in grouped:
                actions.append(
                    DueAction(
                        debtor.id,
                        debtor.creditor,
                        ladder,
                        step,
                        tuple(sorted(grouped[step.id], key=lambda i: (i.due_date, i.number))),
                    )
                )
    return actions, unfollowed
