"""One reminder pass: plan what is due, release unblocked reminders, send, batch the letters."""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import NamedTuple

from ledger.clock import now
from ledger.models import Debtor, Reminder, ReminderStatus, db
from ledger.reminders import MAX_ATTEMPTS, SENDABLE, claim, claim_token, recover_stale_claims
from ledger.state import publish_state
from scheduler.calendar import SendingCalendar
from scheduler.channels import ChannelConfig
from scheduler.channels.letter import build_batch
from scheduler.delivery import deliver
from scheduler.digest import send_digests
from scheduler.engine import DueAction, InvoiceSnapshot, walk_day
from scheduler.outbox import contact_problem, plan, unblock
from scheduler.rules import Rules
from scheduler.snapshots import load_snapshots
from scheduler.thanks import thanks_due

log = logging.getLogger(__name__)


class ContactFacts(NamedTuple):
    """What the contact checks read of a debtor, without building a whole model row."""

    id: int
    name: str
    email: str | None
    phone: str | None
    street: str | None
    postcode: str | None
    city: str | None
    country: str | None
    email_unusable: str | None
    email_problem: str


@dataclass
class PlannedView:
    debtor_id: int
    debtor: str
    ladder: str
    step: str
    channel: str
    invoices: list[str]
    amount: str
    blocked: str = ""


@dataclass
class PassReport:
    day: str
    dry_run: bool
    actions: list[PlannedView] = field(default_factory=list)
    planned: int = 0
    blocked: int = 0
    released: int = 0
    sent: int = 0
    failed: int = 0
    skipped: int = 0
    recovered: int = 0
    letters_batch: str = ""
    digests: int = 0
    # Overdue invoices on no ladder: nothing will ever remind them until someone assigns one.
    unfollowed_invoices: int = 0
    unfollowed_amount: str = "0"
    # Debtors the pass had to leave out (a row it could not read), with why: for the dashboard.
    errors: list[str] = field(default_factory=list)

    def note_unfollowed(self, invoices: list[InvoiceSnapshot]) -> None:
        self.unfollowed_invoices = len(invoices)
        self.unfollowed_amount = str(sum((i.amount_due for i in invoices), Decimal("0")))

    def as_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2)


def dry_run(rules: Rules, day: dt.date) -> PassReport:
    """What a pass would do on `day`, writing nothing."""
    report = PassReport(day.isoformat(), dry_run=True)
    actions, unfollowed = walk_each_alone(rules, day, report)
    report.note_unfollowed(unfollowed)
    report.actions = describe(actions + thanks_due(rules, day))
    return report


def walk_each_alone(
    rules: Rules, day: dt.date, report: PassReport
) -> tuple[list[DueAction], list[InvoiceSnapshot]]:
    """`walk_day` over every debtor; should one debtor's rows break it, the debtors are walked
    one by one and the breaking ones left out, named in `report.errors`, never the pass."""
    snapshots = load_snapshots(day, report.errors)
    calendar = SendingCalendar(rules.calendar)
    try:
        return walk_day(snapshots, rules, day, calendar)
    except Exception:
        log.exception("the reminder pass failed on a debtor's rows; walking them one by one")
    actions: list[DueAction] = []
    unfollowed: list[InvoiceSnapshot] = []
    for debtor in snapshots:
        try:
            due, left = walk_day([debtor], rules, day, calendar)
        except Exception as error:
            report.errors.append(
                f"debtor #{debtor.id} ({debtor.name[:60]}) left out of the pass: "
                f"{type(error).__name__}: {error}"[:500]
            )
            continue
        actions += due
        unfollowed += left
    return actions, unfollowed


def describe(actions: list[DueAction]) -> list[PlannedView]:
    wanted = sorted({a.debtor_id for a in actions})
    debtors: dict[int, ContactFacts] = {}
    for start in range(0, len(wanted), 500):
        query = Debtor.select(*(getattr(Debtor, f) for f in ContactFacts._fields)).where(
            Debtor.id.in_(wanted[start : start + 500])
        )
        debtors.update((row[0], ContactFacts(*row)) for row in db.execute(query))
    problems: dict[tuple[int, str], str] = {}
    views = []
    for action in actions:
        debtor = debtors[action.debtor_id]
        for channel in action.step.channel:
            key = (debtor.id, channel)
            if key not in problems:
                problem = contact_problem(debtor, channel)  # type: ignore[arg-type]
                problems[key] = problem[1] if problem else ""
            views.append(
                PlannedView(
                    debtor.id,
                    debtor.name,
                    action.ladder,
                    action.step.id,
                    channel,
                    [i.number for i in action.invoices],
                    str(action.total),
                    problems[key],
                )
            )
    return views


def run_pass(rules: Rules, config: ChannelConfig, day: dt.date) -> PassReport:
    """Do the day's reminders now. Each reminder fails alone; the pass itself carries on."""
    report = PassReport(day.isoformat(), dry_run=False)
    token = claim_token()
    freed, settled = recover_stale_claims()
    report.recovered = freed + settled
    actions, unfollowed = walk_each_alone(rules, day, report)
    report.note_unfollowed(unfollowed)
    actions += thanks_due(rules, day)
    report.actions = describe(actions)
    for planned in plan(actions, day):
        report.planned += 1
        report.blocked += planned.status == ReminderStatus.BLOCKED_MISSING_CONTACT
    report.released = len(unblock())
    sendable = (
        Reminder.select(Reminder.id)
        .where(
            Reminder.status.in_(SENDABLE)
            & (Reminder.claimed_by == "")
            & (Reminder.attempts < MAX_ATTEMPTS)
            & (Reminder.channel != "phone_task")
            & (Reminder.due_on <= day)
        )
        .order_by(Reminder.id)
        .tuples()
    )
    for (reminder_id,) in list(sendable):
        if not claim(reminder_id, token):
            continue
        outcome = deliver(reminder_id, token, rules, config, day)
        setattr(report, outcome, getattr(report, outcome) + 1)
    batch = build_batch(config.data_dir / "letters", day)
    report.letters_batch = str(batch) if batch else ""
    report.digests = send_digests(config, day)
    _publish(report)
    return report


def unfollowed_warning(report: PassReport) -> str:
    return (
        f"{report.unfollowed_invoices} overdue invoice(s), {report.unfollowed_amount} due in all, "
        "follow no ladder and will never be reminded: give their creditor a default_ladder "
        "in rules.yaml or assign their debtors a ladder in the admin"
    )


def _publish(report: PassReport) -> None:
    summary = {k: v for k, v in asdict(report).items() if k != "actions"}
    summary["at"] = now().isoformat()
    publish_state("remind.last_pass", json.dumps(summary))
