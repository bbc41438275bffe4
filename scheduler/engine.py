"""What the reminder pass does on a day, decided from plain snapshots: pure, no database.

Progression — an invoice climbs its debtor's ladder on what was *delivered*, not on dates
alone (steps taken in offset order):

1. Its next step is the one after the last step it has a record of. While a step of it is
   under way (pending, retrying, blocked for a contact, awaiting approval), it gets nothing
   new: a step never overtakes the one before it.
2. A first contact starts at the ladder's `entry` step (default: the first step after the due
   date). Steps before the entry go out only while their time is open (a before-due step
   until the due date, the others until the entry's date): an invoice first seen 60 days
   late gets the entry step, never a later one. Escalation (`escalate: skip_to`) moves a
   debtor's entry later; it cannot name a formal notice or a handover.
3. The next step is due when its date (due date + `at`, moved to a sending day) has come
   *and* the invoice's last delivered message is at least `min_gap` days old. A formal
   notice or a handover needs a delivered message before it; a handover also waits
   `legal.notice_days` after the delivery of the ladder's formal notice, and is jumped when
   that notice was not delivered (rejected, skipped).
4. Steps passed over (time gone, conditions not met, escalation) are jumped: recorded as
   `skipped` with the reason, the day the step after them goes. After downtime the invoice
   gets the next step in order, once; the later ones follow, `min_gap` apart.

Grouping — per debtor and day:

5. One message per channel, at the most advanced step due on it, covering every invoice due
   on that channel (each keeps its own step in the record); the message itself lists all the
   debtor's overdue invoices (a statement). A channel already used today (a message sent,
   released or retried today) takes nothing more.
6. At most `max_messages_per_week` messages (email, SMS, letters) in any seven days; the
   first message of a quiet week always goes. A step that does not fit waits, whole, for a
   later day; the most advanced steps are served first.
7. Steps with `confirm` (formal notices and handovers by default) are planned to wait for a
   person's approval.

Left out: credit notes, invoices paid, cancelled, disputed, in a plan, handed over, paused
(`pause_until` after the day) or promised (until the day after the promised date: then the
promise has lapsed and the invoice is back on the ladder), invoices with less than the
ladder's `min_amount` due, and every invoice of a debtor in dispute, not to be contacted, or
who answered a reminder less than `reply_pause_days` ago.
Invoices to review or without a due date are held: reported, never reminded. Non-sending
days plan nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from ledger.models import InvoiceStatus
from ledger.money import Totals, totals
from scheduler.calendar import SendingCalendar
from scheduler.ladders import MESSAGE_CHANNELS, Step
from scheduler.progression import Decision, LadderPlan, decide
from scheduler.rules import Rules
from scheduler.snapshot_types import DebtorSnapshot, InvoiceSnapshot

ELIGIBLE_STATUSES = (InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID)
WEEK = dt.timedelta(days=6)


def item_step_id(step_id: str, channel_index: int, channel: str) -> str:
    """The first channel of a step owns the step id; extra channels get '<step>+<channel>'."""
    return step_id if channel_index == 0 else f"{step_id}+{channel}"


def step_of_item(item_step: str) -> str:
    return item_step.split("+", 1)[0]


# The plan's values are built by the tens of thousands a pass and never mutated; they are
# not frozen, as a frozen dataclass's __init__ pays a setattr call per field.
@dataclass(slots=True)
class Covered:
    """An invoice in a message, recorded at its own step (with the channel suffix)."""

    invoice: InvoiceSnapshot
    step_id: str


@dataclass(slots=True)
class DueAction:
    """One message (or task, or dossier) to plan: a debtor, a channel, the step it speaks as."""

    debtor_id: int
    creditor: str
    ladder: str
    step: Step
    channel: str
    covered: tuple[Covered, ...]

    @property
    def invoices(self) -> tuple[InvoiceSnapshot, ...]:
        return tuple(c.invoice for c in self.covered)

    @property
    def totals(self) -> Totals:
        return totals((c.invoice.amount_due, c.invoice.currency) for c in self.covered)


@dataclass(slots=True)
class SkipAction:
    """Steps jumped over for these invoices, recorded as a skipped reminder with the reason."""

    debtor_id: int
    creditor: str
    debtor: str
    ladder: str
    step: Step
    reason: str
    invoices: tuple[InvoiceSnapshot, ...]


@dataclass(frozen=True)
class Held:
    """An invoice that would be reminded but needs a person first."""

    debtor_id: int
    creditor: str
    debtor: str
    invoice: str
    reason: str
    amount: Decimal
    currency: str


@dataclass
class DayPlan:
    actions: list[DueAction] = field(default_factory=list)
    skips: list[SkipAction] = field(default_factory=list)
    held: list[Held] = field(default_factory=list)
    # Promises whose date passed: (debtor id, invoice); the pass records them as not kept.
    lapsed: list[tuple[int, InvoiceSnapshot]] = field(default_factory=list)
    # Overdue invoices on no ladder: nothing will ever remind them until someone assigns one.
    unfollowed: list[InvoiceSnapshot] = field(default_factory=list)
    below_minimum: int = 0

    def add(self, other: DayPlan) -> None:
        """Another part of the day (another debtor) into this plan."""
        self.actions += other.actions
        self.skips += other.skips
        self.held += other.held
        self.lapsed += other.lapsed
        self.unfollowed += other.unfollowed
        self.below_minimum += other.below_minimum


def ladder_for(debtor: DebtorSnapshot, rules: Rules, open_totals: Totals) -> str | None:
    """Staff's choice, else the first matching assign rule, else the creditor's default.

    An assign rule's amounts compare with the debtor's largest open balance in one currency.
    """
    if debtor.ladder:
        return debtor.ladder
    largest = max(open_totals.values(), default=Decimal("0"))
    for rule in rules.assign:
        when = rule.when
        if (
            (when.creditor is None or when.creditor == debtor.creditor)
            and (when.payment_method is None or when.payment_method == debtor.payment_method)
            and (
                when.preferred_channel is None or when.preferred_channel == debtor.preferred_channel
            )
            and (when.b2b is None or when.b2b == debtor.is_business)
            and (when.min_amount is None or largest >= when.min_amount)
            and (when.max_amount is None or largest <= when.max_amount)
        ):
            return rule.ladder
    return debtor.creditor_ladder


def entry_for(debtor: DebtorSnapshot, rules: Rules, plan: LadderPlan) -> tuple[int, str]:
    """Where a first contact starts for this debtor, and why when escalation moved it."""
    entry = plan.ladder.entry_index
    ids = [s.id for s in plan.steps]
    why = ""
    for rule in rules.escalate:
        if rule.skip_to in ids and rule.matches(debtor.late_invoices_last_365d):
            index = ids.index(rule.skip_to)
            if index > entry:
                entry = index
                why = (
                    f"escalated: {debtor.late_invoices_last_365d} late invoice(s) "
                    f"in the last 365 days ({rule.when.late_invoices_last_365d})"
                )
    return entry, why


def answer_pauses(debtor: DebtorSnapshot, rules: Rules, day: dt.date) -> bool:
    """A debtor who answered a reminder is left alone `reply_pause_days`, for staff to read
    the answer and act on it (a promise, a dispute) before the ladder goes on."""
    if debtor.replied_on is None:
        return False
    return day < debtor.replied_on + dt.timedelta(days=rules.reply_pause_days)


def sort_out(debtor: DebtorSnapshot, day: dt.date, plan: DayPlan) -> list[InvoiceSnapshot]:
    """The debtor's invoices that may be reminded today; the held and lapsed go in `plan`."""
    remindable = []
    for invoice in debtor.invoices:
        if invoice.is_credit_note or invoice.amount_due <= 0:
            continue
        status = invoice.status
        if status == InvoiceStatus.PROMISED:
            if invoice.pause_until is None or invoice.pause_until >= day:
                continue
            plan.lapsed.append((debtor.id, invoice))
        elif status not in ELIGIBLE_STATUSES or (
            invoice.pause_until is not None and invoice.pause_until > day
        ):
            continue
        reason = "to review" if invoice.needs_review else "" if invoice.due_date else "no due date"
        if reason:
            plan.held.append(
                Held(
                    debtor.id,
                    debtor.creditor,
                    debtor.name,
                    invoice.number,
                    reason,
                    invoice.amount_due,
                    invoice.currency,
                )
            )
            continue
        remindable.append(invoice)
    return remindable


def plan_day(
    debtors: Iterable[DebtorSnapshot],
    rules: Rules,
    day: dt.date,
    calendar: SendingCalendar | None = None,
) -> DayPlan:
    """Everything the pass of `day` decides, following the rule above."""
    calendar = calendar or SendingCalendar(rules.calendar)
    sending = calendar.is_sending_day(day)
    plan = DayPlan()
    plans: dict[str, LadderPlan] = {}
    schedules: dict[tuple[str, dt.date], tuple[dt.date, ...]] = {}
    entries: dict[tuple[str, int], tuple[int, str]] = {}
    # Invoices with no record yet decide alike when they share these; 100,000 invoices a
    # pass are mostly such, on a few dozen due dates.
    fresh: dict[tuple, Decision | None] = {}
    by_amount = any(
        r.when.min_amount is not None or r.when.max_amount is not None for r in rules.assign
    )
    for debtor in debtors:
        if debtor.dispute or debtor.do_not_contact or answer_pauses(debtor, rules, day):
            continue
        lapsed_before = len(plan.lapsed)
        invoices = sort_out(debtor, day, plan)
        if not sending:
            del plan.lapsed[lapsed_before:]
        if not invoices:
            continue
        owed = totals((i.amount_due, i.currency) for i in invoices) if by_amount else {}
        name = ladder_for(debtor, rules, owed)
        ladder = rules.ladder(name)
        if name is None or ladder is None or not ladder.steps:
            plan.unfollowed += [i for i in invoices if i.due_date and i.due_date < day]
            continue
        if not sending:
            continue
        ladder_plan = plans.get(name)
        if ladder_plan is None:
            ladder_plan = plans[name] = LadderPlan.of(name, ladder, rules.legal.notice_days)
        key = (name, debtor.late_invoices_last_365d)
        if key not in entries:
            entries[key] = entry_for(debtor, rules, ladder_plan)
        entry, escalated = entries[key]
        due: list[tuple[Decision, InvoiceSnapshot]] = []
        for invoice in invoices:
            if invoice.amount_due < ladder.min_amount:
                plan.below_minimum += 1
                continue
            assert invoice.due_date is not None
            dates = schedules.get((name, invoice.due_date))
            if dates is None:
                dates = tuple(
                    calendar.on_or_after(invoice.due_date + dt.timedelta(days=s.at))
                    for s in ladder_plan.steps
                )
                schedules[(name, invoice.due_date)] = dates
            if invoice.records:
                decision = decide(
                    invoice, ladder_plan, entry, escalated, debtor.is_business, day, dates
                )
            else:
                alike = (
                    name,
                    invoice.due_date,
                    entry,
                    escalated,
                    debtor.is_business,
                    tuple(invoice.amount_due >= m for m in ladder_plan.thresholds)
                    if ladder_plan.thresholds
                    else (),
                )
                if alike not in fresh:
                    fresh[alike] = decide(
                        invoice, ladder_plan, entry, escalated, debtor.is_business, day, dates
                    )
                decision = fresh[alike]
            if decision is not None:
                due.append((decision, invoice))
        if due:
            _group(debtor, ladder_plan, due, day, plan)
    return plan


def recent_messages(debtor: DebtorSnapshot, day: dt.date) -> int:
    """Messages the debtor had in the seven days up to `day`, and those going today."""
    count = 0
    if debtor.delivered:
        since = day - WEEK
        count = sum(1 for d, c in debtor.delivered if since <= d <= day and c in MESSAGE_CHANNELS)
    if debtor.busy:
        count += sum(1 for c in debtor.busy if c in MESSAGE_CHANNELS)
    return count


def _group(
    debtor: DebtorSnapshot,
    ladder: LadderPlan,
    due: list[tuple[Decision, InvoiceSnapshot]],
    day: dt.date,
    plan: DayPlan,
) -> None:
    """One message per channel; the weekly limit; the most advanced steps first."""
    steps = ladder.steps
    busy = debtor.busy
    count = recent_messages(debtor, day)
    limit = ladder.ladder.max_messages_per_week
    messages: dict[str, tuple[int, list[Covered]]] = {}
    skipped: dict[tuple[int, str], list[InvoiceSnapshot]] = {}
    if len(due) > 1:
        due.sort(key=lambda pair: (-pair[0].index, pair[1].due_date, pair[1].number))
    for decision, invoice in due:
        step = steps[decision.index]
        if busy and any(c in busy for c in step.channel):
            continue
        new = 0
        for channel in ladder.messages[decision.index]:
            new += channel not in messages
        if new and count and count + new > limit:
            continue
        count += new
        for position, channel in enumerate(step.channel):
            entry = messages.setdefault(channel, (decision.index, []))
            entry[1].append(Covered(invoice, item_step_id(step.id, position, channel)))
        for index, reason in decision.jumped:
            skipped.setdefault((index, reason), []).append(invoice)
    for channel, (index, covered) in sorted(messages.items(), key=lambda m: (m[1][0], m[0])):
        if len(covered) > 1:
            covered.sort(key=lambda c: (c.invoice.due_date, c.invoice.number))
        plan.actions.append(
            DueAction(
                debtor.id, debtor.creditor, ladder.name, steps[index], channel, tuple(covered)
            )
        )
    for (index, reason), invoices in sorted(skipped.items(), key=lambda s: s[0]):
        plan.skips.append(
            SkipAction(
                debtor.id,
                debtor.creditor,
                debtor.name,
                ladder.name,
                steps[index],
                reason,
                tuple(invoices),
            )
        )
