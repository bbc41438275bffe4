"""One reminder pass: plan what is due, release unblocked reminders, send, batch the letters."""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import NamedTuple

from ledger.clock import now
from ledger.models import Debtor, ReminderStatus, db
from ledger.reminders import claim_due, claim_token, recover_stale_claims
from ledger.state import LEFT_OUT_PREFIX, publish_state
from scheduler.calendar import SendingCalendar
from scheduler.channels import ChannelConfig
from scheduler.delivery import deliver
from scheduler.digest import send_digests
from scheduler.engine import DueAction, InvoiceSnapshot, walk_day
from scheduler.outbox import contact_problem, plan, unblock
from scheduler.printing import rebuild_letter_batch
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
    rules: Rules, day: dt.date, report: PassReport, creditor_id: int | None = None
) -> tuple[list[DueAction], list[InvoiceSnapshot]]:
    """`walk_day` over every debtor (of one creditor, or of all); should one debtor's rows
    break it, the debtors are walked one by one and the breaking ones left out, named in
    `report.errors`, never the pass."""
    snapshots = load_snapshots(day, creditor_id, report.errors)
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


def run_pass(
    rules: Rules, config: ChannelConfig, day: dt.date, creditor_id: int | None = None
) -> PassReport:
    """Do the day's reminders now, of one creditor or of all. Each reminder fails alone; the
    pass itself carries on. Sends are claimed a few at a time, so passes running at once on
    several nodes share them and never send one twice."""
    report = PassReport(day.isoformat(), dry_run=False)
    token = claim_token()
    freed, settled = recover_stale_claims()
    report.recovered = freed + settled
    actions, unfollowed = walk_each_alone(rules, day, report, creditor_id)
    report.note_unfollowed(unfollowed)
    actions += thanks_due(rules, day)
    report.actions = describe(actions)
    for planned in plan(actions, day):
        report.planned += 1
        report.blocked += planned.status == ReminderStatus.BLOCKED_MISSING_CONTACT
    report.released = len(unblock(creditor_id))
    after = 0
    while claimed := claim_due(token, day, creditor_id, after):
        for reminder_id in claimed:
            outcome = deliver(reminder_id, token, rules, config, day)
            setattr(report, outcome, getattr(report, outcome) + 1)
        after = max(claimed)
    report.letters_batch = rebuild_letter_batch(day)
    report.digests = send_digests(config, day, creditor_id)
    _publish(report, creditor_id)
    return report


def unfollowed_warning(report: PassReport) -> str:
    return (
        f"{report.unfollowed_invoices} overdue invoice(s), {report.unfollowed_amount} due in all, "
        "follow no ladder and will never be reminded: give their creditor a default_ladder "
        "in rules.yaml or assign their debtors a ladder in the admin"
    )


def _publish(report: PassReport, creditor_id: int | None) -> None:
    summary = {k: v for k, v in asdict(report).items() if k != "actions"}
    summary["at"] = now().isoformat()
    publish_state("remind.last_pass", json.dumps(summary))
    # The daily pass runs creditor by creditor: each keeps its own errors, so the next
    # creditor's pass does not hide them from the dashboard.
    scope = "all" if creditor_id is None else str(creditor_id)
    errors = {"day": report.day, "errors": report.errors}
    publish_state(f"{LEFT_OUT_PREFIX}{scope}", json.dumps(errors))
