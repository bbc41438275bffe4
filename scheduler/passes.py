"""One reminder pass: work out the day, then release, record, plan, send and batch the letters.

The dry run and the pass share `prepare`, which reads the ledger and decides everything the
day will do (releases, retries, sends a stopped pass left claimed, new steps, jumped steps,
held invoices, lapsed promises): what the dry run of a day shows is what that day's pass then
does. A non-sending day does nothing at all: no new step, no release, no retry, no digest.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import asdict, dataclass, field

from ledger.clock import now
from ledger.database import id_list
from ledger.followup import lapse_promises
from ledger.models import Debtor, Invoice, Reminder, ReminderInvoice, ReminderStatus, db
from ledger.money import totals, totals_text
from ledger.reminders import (
    Recovered,
    claim_due,
    claim_token,
    due_for_sending,
    recover_stale_claims,
    stale_claims,
)
from ledger.state import LEFT_OUT_PREFIX, publish_state
from scheduler.calendar import SendingCalendar
from scheduler.channels import ChannelConfig
from scheduler.delivery import deliver
from scheduler.digest import send_digests
from scheduler.engine import DayPlan, DueAction, plan_day
from scheduler.outbox import contact_problem, plan, record_skips
from scheduler.printing import rebuild_letter_batch
from scheduler.readiness import cannot_send
from scheduler.releases import (
    RELEASE,
    ContactFacts,
    Release,
    apply_releases,
    busy_after,
    plan_releases,
)
from scheduler.rules import Rules
from scheduler.snapshot_types import DebtorSnapshot
from scheduler.snapshots import load_snapshots, with_busy
from scheduler.thanks import thanks_due

log = logging.getLogger(__name__)
AWAITING = "awaiting approval"
SETTLED = "sent, unconfirmed: handed over before the pass stopped"
NOTHING_LEFT_CLAIMED = Recovered([], [])


@dataclass
class PlannedView:
    """One line of the day: `kind` is plan (a new step), release, retry, send (pending from
    before, e.g. approved), recover (a send a stopped pass left claimed: freed, then sent),
    settle (one it had handed over: recorded as sent, never sent again) or skip (a step
    jumped over)."""

    kind: str
    debtor_id: int
    debtor: str
    ladder: str
    step: str
    channel: str
    invoices: list[str]
    amount: str
    # Why it will not go out today: a missing contact, a channel not configured, or
    # "awaiting approval"; for a skip, the reason it is jumped.
    blocked: str = ""


@dataclass
class HeldView:
    debtor_id: int
    debtor: str
    invoice: str
    reason: str
    amount: str


@dataclass
class PassReport:
    day: str
    dry_run: bool
    sending_day: bool = True
    actions: list[PlannedView] = field(default_factory=list)
    skips: list[PlannedView] = field(default_factory=list)
    held: list[HeldView] = field(default_factory=list)
    lapsed: list[str] = field(default_factory=list)
    planned: int = 0
    blocked: int = 0
    awaiting_approval: int = 0
    released: int = 0
    sent: int = 0
    failed: int = 0
    skipped: int = 0
    skipped_steps: int = 0
    recovered: int = 0
    below_minimum: int = 0
    letters_batch: str = ""
    digests: int = 0
    # One line per reminder that failed this pass: who, which channel, why.
    failures: list[str] = field(default_factory=list)
    # Overdue invoices on no ladder: nothing will ever remind them until someone assigns one.
    unfollowed_invoices: int = 0
    unfollowed_amount: str = ""
    # Debtors the pass had to leave out (a row it could not read), with why: for the dashboard.
    errors: list[str] = field(default_factory=list)

    def as_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2)


@dataclass
class DayWork:
    releases: list[Release]
    plan: DayPlan
    waiting: list[PlannedView]
    # Debtors left out of the day, with why (their rows could not be read or planned).
    errors: list[str] = field(default_factory=list)


def prepare(
    rules: Rules,
    day: dt.date,
    creditor_id: int | None = None,
    recovering: Recovered = NOTHING_LEFT_CLAIMED,
) -> DayWork:
    """Everything `day`'s pass (of one creditor, or of all) will do, read from the ledger;
    writes nothing. `recovering`: the stale claims the pass frees and settles first."""
    calendar = SendingCalendar(rules.calendar)
    errors: list[str] = []
    snapshots = load_snapshots(
        day,
        creditor_id,
        grace_days=rules.lateness.grace_days,
        timezone=calendar.timezone,
        unreadable=errors,
    )
    releases = plan_releases(rules, day, {s.id: s for s in snapshots}, creditor_id)
    snapshots = with_busy(snapshots, busy_after(releases))
    day_plan = plan_each_alone(snapshots, rules, day, calendar, errors)
    if calendar.is_sending_day(day):
        day_plan.actions += thanking(rules, day, day_plan, snapshots, creditor_id)
    return DayWork(releases, day_plan, waiting(day, creditor_id, recovering), errors)


def plan_each_alone(
    snapshots: list[DebtorSnapshot],
    rules: Rules,
    day: dt.date,
    calendar: SendingCalendar,
    errors: list[str],
) -> DayPlan:
    """`plan_day` over every debtor; should one debtor's rows break it, the debtors are planned
    one by one and the breaking ones left out, named in `errors`, never the pass."""
    try:
        return plan_day(snapshots, rules, day, calendar)
    except Exception as error:
        log.warning("the reminder pass failed on a debtor's rows (%s); one by one now", error)
        log.debug("the pass failed on a debtor's rows", exc_info=True)
    day_plan = DayPlan()
    for debtor in snapshots:
        try:
            day_plan.add(plan_day([debtor], rules, day, calendar))
        except Exception as error:
            errors.append(
                f"debtor #{debtor.id} ({debtor.name[:60]}) left out of the pass: "
                f"{type(error).__name__}: {error}"[:500]
            )
    return day_plan


def thanking(
    rules: Rules,
    day: dt.date,
    day_plan: DayPlan,
    snapshots: list[DebtorSnapshot],
    creditor_id: int | None = None,
) -> list[DueAction]:
    """The thanks due today, on channels no other message of the debtor takes today (a
    thanks that does not fit waits for the next day)."""
    taken = {(a.debtor_id, a.channel) for a in day_plan.actions}
    taken |= {(s.id, channel) for s in snapshots for channel in s.busy}
    due = thanks_due(rules, day, creditor_id)
    return [a for a in due if (a.debtor_id, a.channel) not in taken]


def waiting(
    day: dt.date, creditor_id: int | None = None, recovering: Recovered = NOTHING_LEFT_CLAIMED
) -> list[PlannedView]:
    """Reminders the pass will send without planning them: retries, pending ones and those a
    stopped pass left claimed (`recovering.freed`); and those it had handed over, which the
    pass settles without sending (`recovering.settled`)."""
    freed, settled = set(recovering.freed), set(recovering.settled)
    found = due_for_sending(day, creditor_id, freed)
    if settled:
        found |= Reminder.id.in_(sorted(settled))
    rows = list(
        Reminder.select(
            Reminder.id,
            Reminder.status,
            Reminder.debtor,
            Debtor.name,
            Reminder.ladder,
            Reminder.step_id,
            Reminder.channel,
            Reminder.totals,
        )
        .join(Debtor)
        .where(found)
        .order_by(Reminder.id)
        .tuples()
    )
    numbers = _numbers([row[0] for row in rows]) if rows else {}
    return [
        PlannedView(
            _waiting_kind(reminder_id, status, freed, settled),
            debtor_id,
            name,
            ladder,
            step_id,
            channel,
            numbers.get(reminder_id, []),
            totals_text(owed),
            SETTLED if reminder_id in settled else "",
        )
        for reminder_id, status, debtor_id, name, ladder, step_id, channel, owed in rows
    ]


def _waiting_kind(reminder_id: int, status: str, freed: set[int], settled: set[int]) -> str:
    if reminder_id in settled:
        return "settle"
    if reminder_id in freed:
        return "recover"
    return "retry" if status == ReminderStatus.FAILED else "send"


def _numbers(reminder_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for start in range(0, len(reminder_ids), 500):
        rows = (
            ReminderInvoice.select(ReminderInvoice.reminder, Invoice.number)
            .join(Invoice)
            .where(ReminderInvoice.reminder.in_(reminder_ids[start : start + 500]))
            .order_by(Invoice.due_date, Invoice.number)
            .tuples()
        )
        for reminder_id, number in rows:
            found.setdefault(reminder_id, []).append(number)
    return found


def report_of(work: DayWork, config: ChannelConfig, report: PassReport) -> PassReport:
    day_plan = work.plan
    report.actions = describe(day_plan.actions, config)
    for release in work.releases:
        if release.what != RELEASE:
            continue
        why = AWAITING if release.awaiting_approval else cannot_send(release.channel, config)
        report.actions.append(
            PlannedView(
                "release",
                release.debtor_id,
                release.debtor,
                release.ladder,
                release.step_id,
                release.channel,
                release.invoices,
                "",
                why,
            )
        )
    report.actions += [
        PlannedView(**{**asdict(w), "blocked": w.blocked or cannot_send(w.channel, config)})
        for w in work.waiting
    ]
    report.skips = [
        PlannedView(
            "skip",
            s.debtor_id,
            s.debtor,
            s.ladder,
            s.step.id,
            s.step.channel[0],
            [i.number for i in s.invoices],
            totals_text(totals((i.amount_due, i.currency) for i in s.invoices)),
            s.reason,
        )
        for s in day_plan.skips
    ]
    report.held = [
        HeldView(h.debtor_id, h.debtor, h.invoice, h.reason, f"{h.amount} {h.currency}")
        for h in day_plan.held
    ]
    report.lapsed = [invoice.number for _, invoice in day_plan.lapsed]
    report.errors = list(work.errors)
    report.below_minimum = day_plan.below_minimum
    report.unfollowed_invoices = len(day_plan.unfollowed)
    report.unfollowed_amount = totals_text(
        totals((i.amount_due, i.currency) for i in day_plan.unfollowed)
    )
    return report


def dry_run(rules: Rules, day: dt.date, config: ChannelConfig) -> PassReport:
    """What a pass would do on `day`, writing nothing."""
    report = PassReport(day.isoformat(), dry_run=True)
    if not SendingCalendar(rules.calendar).is_sending_day(day):
        report.sending_day = False
        return report
    stale = stale_claims()
    recovering = Recovered(
        [c.id for c in stale if not (c.handed_off or c.exhausted)],
        [c.id for c in stale if c.handed_off],
    )
    report.recovered = len(recovering.freed) + len(recovering.settled)
    return report_of(prepare(rules, day, recovering=recovering), config, report)


def describe(actions: list[DueAction], config: ChannelConfig) -> list[PlannedView]:
    wanted = sorted({a.debtor_id for a in actions})
    debtors: dict[int, ContactFacts] = {}
    for start in range(0, len(wanted), 500):
        query = Debtor.select(*(getattr(Debtor, f) for f in ContactFacts._fields)).where(
            Debtor.id.in_(id_list(wanted[start : start + 500]))
        )
        debtors.update((row[0], ContactFacts(*row)) for row in db.execute(query))
    problems: dict[tuple[int, str], str] = {}
    views = []
    for action in actions:
        debtor = debtors[action.debtor_id]
        key = (debtor.id, action.channel)
        if key not in problems:
            problem = contact_problem(debtor, action.channel)  # type: ignore[arg-type]
            problems[key] = problem[1] if problem else ""
        why = problems[key]
        if not why and action.step.needs_approval:
            why = AWAITING
        views.append(
            PlannedView(
                "plan",
                debtor.id,
                debtor.name,
                action.ladder,
                action.step.id,
                action.channel,
                [c.invoice.number for c in action.covered],
                totals_text(action.totals),
                why or cannot_send(action.channel, config),
            )
        )
    return views


def run_pass(
    rules: Rules, config: ChannelConfig, day: dt.date, creditor_id: int | None = None
) -> PassReport:
    """Do the day's reminders now, of one creditor or of all. Each reminder fails alone; the
    pass itself carries on. Sends are claimed a few at a time, so passes running at once on
    several nodes share them and never send one twice."""
    report = PassReport(day.isoformat(), dry_run=False)
    if not SendingCalendar(rules.calendar).is_sending_day(day):
        report.sending_day = False
        _publish(report, creditor_id)
        return report
    token = claim_token()
    recovered = recover_stale_claims(creditor_id)
    report.recovered = len(recovered.freed) + len(recovered.settled)
    work = prepare(rules, day, creditor_id, recovered)
    report_of(work, config, report)
    if work.plan.lapsed:
        lapse_promises(day, [invoice.id for _, invoice in work.plan.lapsed])
    report.released = apply_releases(work.releases)
    report.skipped_steps = record_skips(work.plan.skips, day)
    for planned in plan(work.plan.actions, day):
        report.planned += 1
        report.blocked += planned.status == ReminderStatus.BLOCKED_MISSING_CONTACT
        report.awaiting_approval += planned.status == ReminderStatus.AWAITING_APPROVAL
    _send(rules, config, day, token, report, creditor_id)
    report.letters_batch = rebuild_letter_batch(day)
    report.digests = send_digests(config, day, work.plan.held, creditor_id)
    _publish(report, creditor_id)
    return report


def _send(
    rules: Rules,
    config: ChannelConfig,
    day: dt.date,
    token: str,
    report: PassReport,
    creditor_id: int | None,
) -> None:
    after = 0
    while claimed := claim_due(token, day, creditor_id, after):
        for reminder_id in claimed:
            outcome = deliver(reminder_id, token, rules, config, day)
            setattr(report, outcome, getattr(report, outcome) + 1)
            if outcome == "failed":
                report.failures.append(_failure(reminder_id))
        after = max(claimed)


def _failure(reminder_id: int) -> str:
    failed = Reminder.select(Reminder, Debtor).join(Debtor).where(Reminder.id == reminder_id).get()
    return f"{failed.debtor.name} {failed.step_id} ({failed.channel}): {failed.last_error}"


def unfollowed_warning(report: PassReport) -> str:
    return (
        f"{report.unfollowed_invoices} overdue invoice(s), {report.unfollowed_amount} due in all, "
        "follow no ladder and will never be reminded: give their creditor a default_ladder "
        "in rules.yaml or assign their debtors a ladder in the admin"
    )


def _publish(report: PassReport, creditor_id: int | None) -> None:
    summary = {
        k: v for k, v in asdict(report).items() if k not in ("actions", "skips", "held", "failures")
    }
    summary["held_invoices"] = len(report.held)
    summary["at"] = now().isoformat()
    publish_state("remind.last_pass", json.dumps(summary))
    # The daily pass runs creditor by creditor: each keeps its own errors, so the next
    # creditor's pass does not hide them from the dashboard.
    scope = "all" if creditor_id is None else str(creditor_id)
    errors = {"day": report.day, "errors": report.errors}
    publish_state(f"{LEFT_OUT_PREFIX}{scope}", json.dumps(errors))
