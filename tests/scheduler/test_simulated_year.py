"""Issue 11's acceptance: a simulated year of daily passes on a real ledger (time pinned each
morning), over 320 debtors, with the SMTP sink and a fake SMS provider. Every sending day the
dry run is taken first and the pass must then do exactly what it said; at the end the year's
outbox must hold the invariants a collector would sign."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from decimal import Decimal
from unittest import mock

import pytest
import time_machine

from ledger.approvals import approve, reject
from ledger.models import (
    CreditOffset,
    Creditor,
    Debtor,
    Invoice,
    Reminder,
    ReminderInvoice,
    ReminderStatus,
)
from scheduler.calendar import SendingCalendar
from scheduler.channels import ChannelConfig
from scheduler.ladders import MESSAGE_CHANNELS
from scheduler.passes import PassReport, dry_run, run_pass
from scheduler.rules import Rules, parse_rules
from scheduler.rules_store import apply_creditors
from scheduler.snapshots import delivered_on
from tests.scheduler.conftest import RULES_TEXT
from tests.scheduler.days import morning
from tests.scheduler.fake_sms import FakeSmsProvider
from tests.scheduler.year_ledger import END, OUTAGE, SMS_DOWN, START, build

# The courtesy goes to businesses only: consumers' is jumped for that reason, and recorded.
RULES = parse_rules(
    RULES_TEXT.replace("template: courtesy}", "template: courtesy, when: {b2b: true}}").replace(
        '    email: "compta@acme.test"\n', ""
    )
    + "escalate:\n  - {when: {late_invoices_last_365d: '>=3'}, skip_to: r3}\n"
)
STEPS = [s.id for s in RULES.ladders["standard"].ordered]
LEGAL = ("registered_letter", "handover")
# "1 234,50 $US" in French, "US$1,234.50" in English: (amount, currency sign).
_FRENCH = re.compile(r"([\d\u202f]+,\d\d)\xa0(\S+)")
_ENGLISH = re.compile(r"([^\s\d:(]+)([\d,]+\.\d\d)")
# The pass of this day dies after claiming its first sends, before sending any of them.
CRASH = dt.date(2027, 2, 10)


class ProcessDied(BaseException):
    """The pass's process stops where it stands (killed, out of memory)."""


@pytest.fixture
def sms_provider() -> Iterator[FakeSmsProvider]:
    provider = FakeSmsProvider()
    provider.start()
    yield provider
    provider.stop()


def decide_waiting() -> None:
    """Staff go through the queue each morning: one step in ten is rejected."""
    for reminder in Reminder.select().where(Reminder.status == ReminderStatus.AWAITING_APPROVAL):
        if reminder.id % 10 == 0:
            reject(reminder.id, by="claire", reason="arrangement with the debtor")
        else:
            approve(reminder.id, by="claire")


def lines(report: PassReport) -> set[tuple]:
    found = {
        (a.kind, a.debtor_id, a.step, a.channel, tuple(sorted(a.invoices)), a.blocked)
        for a in [*report.actions, *report.skips]
    }
    found |= {("held", h.invoice, h.reason) for h in report.held}
    found |= {("lapsed", number) for number in report.lapsed}
    return found


def expected_effects(report: PassReport) -> tuple[set[tuple], set[tuple], set[tuple]]:
    """From a dry run: (reminders to create, steps to skip, reminders to attempt)."""
    created, skipped, attempted = set(), set(), set()
    for a in report.actions:
        key = (a.debtor_id, a.step, a.channel)
        goes = not a.blocked or a.blocked.startswith("cannot send")
        if a.kind == "plan":
            state = (
                "go" if goes else ("awaiting" if a.blocked == "awaiting approval" else "blocked")
            )
            created.add((*key, tuple(sorted(a.invoices)), state))
        if goes and a.channel != "phone_task":
            attempted.add(key)
    for s in report.skips:
        skipped.add((s.debtor_id, s.step, tuple(sorted(s.invoices)), f"skipped: {s.blocked}"))
    return created, skipped, attempted


def open_attempts() -> dict[int, int]:
    """Attempts so far of every reminder a pass may still send."""
    waiting = (
        ReminderStatus.PENDING,
        ReminderStatus.FAILED,
        ReminderStatus.BLOCKED_MISSING_CONTACT,
        ReminderStatus.AWAITING_APPROVAL,
    )
    return dict(
        Reminder.select(Reminder.id, Reminder.attempts).where(Reminder.status.in_(waiting)).tuples()
    )


def actual_effects(before: int, attempts: dict[int, int]) -> tuple[set, set, set]:
    created, skipped, attempted = set(), set(), set()
    items: dict[int, list[str]] = defaultdict(list)
    for reminder_id, number in (
        ReminderInvoice.select(ReminderInvoice.reminder, Invoice.number)
        .join(Invoice)
        .where(ReminderInvoice.reminder > before)
        .tuples()
    ):
        items[reminder_id].append(number)
    for r in Reminder.select().where(Reminder.id > before):
        numbers = tuple(sorted(items[r.id]))
        if r.status == ReminderStatus.SKIPPED:
            skipped.add((r.debtor_id, r.step_id, numbers, r.outcome))
            continue
        state = {
            ReminderStatus.BLOCKED_MISSING_CONTACT: "blocked",
            ReminderStatus.AWAITING_APPROVAL: "awaiting",
        }.get(r.status, "go")
        created.add((r.debtor_id, r.step_id, r.channel, numbers, state))
    tried = Reminder.select(
        Reminder.id, Reminder.debtor, Reminder.step_id, Reminder.channel, Reminder.attempts
    ).where(Reminder.id.in_(list(attempts)) | (Reminder.id > before))
    for reminder_id, debtor_id, step_id, channel, count in tried.tuples():
        if count > attempts.get(reminder_id, 0):
            attempted.add((debtor_id, step_id, channel))
    return created, skipped, attempted


@pytest.mark.slow
def test_a_simulated_year_keeps_every_promise_a_collector_would_sign(
    sqlite_db, config, smtp_sink, sms_provider
) -> None:  # type: ignore[no-untyped-def]
    # One backend for a year: the outbox's SQL is tested on both by the other tests.
    apply_creditors(RULES)
    creditor = Creditor.get(Creditor.slug == "acme")
    with time_machine.travel(morning(START), tick=False):
        year = build(creditor)
    calendar = SendingCalendar(RULES.calendar)
    with_sms = dataclasses.replace(config, sms_url=sms_provider.url, sms_token="secret-token")
    passes = recovered = 0
    left_claimed: list[int] = []
    day = START
    while day <= END:
        with time_machine.travel(morning(day), tick=False):
            for event in year.events.get(day, []):
                event()
            running = not (OUTAGE[0] <= day <= OUTAGE[1])
            if running and calendar.is_sending_day(day):
                decide_waiting()
                channels = config if SMS_DOWN[0] <= day <= SMS_DOWN[1] else with_sms
                passes += 1
                if day == CRASH:
                    left_claimed = _a_pass_that_dies_after_its_claim(RULES, channels, day)
                else:
                    forecast = _one_day(RULES, channels, day)
                    recovered += sum(a.kind == "recover" for a in forecast.actions)
            elif running:
                _a_day_off(RULES, with_sms, day)
        day += dt.timedelta(days=1)
    assert passes > 200
    # The next pass freed and sent what the dead one had claimed, as its dry run said.
    assert left_claimed and recovered == len(left_claimed)
    # Sent, or skipped when the invoice was paid meanwhile: none left claimed and unsent.
    statuses = {r.status for r in Reminder.select().where(Reminder.id.in_(left_claimed))}
    assert ReminderStatus.SENT in statuses
    assert statuses <= {ReminderStatus.SENT, ReminderStatus.SKIPPED}
    _assert_the_year(RULES, year.consumers)


def _one_day(rules: Rules, config: ChannelConfig, day: dt.date) -> PassReport:
    forecast = dry_run(rules, day, config)
    before = Reminder.select(Reminder.id).order_by(Reminder.id.desc()).scalar() or 0
    attempts = open_attempts()
    report = run_pass(rules, config, day)
    assert lines(forecast) == lines(report), day
    assert expected_effects(forecast) == actual_effects(before, attempts), day
    return forecast


def _a_pass_that_dies_after_its_claim(
    rules: Rules, config: ChannelConfig, day: dt.date
) -> list[int]:
    """The pass plans and claims, then its process dies before the first send: its claims
    stay on the rows. Returns the reminders it left claimed."""
    with (
        mock.patch("scheduler.passes.deliver", side_effect=ProcessDied),
        pytest.raises(ProcessDied),
    ):
        run_pass(rules, config, day)
    claimed = Reminder.select(Reminder.id).where(Reminder.claimed_by != "")
    return [
        reminder_id
        for (reminder_id,) in claimed.where(Reminder.status == ReminderStatus.PENDING).tuples()
    ]


def _a_day_off(rules: Rules, config: ChannelConfig, day: dt.date) -> None:
    """A non-sending day: the dry run says so, and the pass (the daily job fires all the
    same) creates, releases, retries and sends nothing."""
    forecast = dry_run(rules, day, config)
    before = Reminder.select(Reminder.id).order_by(Reminder.id.desc()).scalar() or 0
    attempts = open_attempts()
    statuses = dict(Reminder.select(Reminder.id, Reminder.status).tuples())
    report = run_pass(rules, config, day)
    assert not forecast.sending_day and not report.sending_day, day
    assert lines(forecast) == lines(report) == set(), day
    assert actual_effects(before, attempts) == (set(), set(), set()), day
    assert dict(Reminder.select(Reminder.id, Reminder.status).tuples()) == statuses, day
    assert report.digests == 0, day


def _assert_the_year(rules: Rules, consumers: set[int]) -> None:
    reminders = {r.id: r for r in Reminder.select()}
    per_invoice: dict[int, list[tuple[int, int, Reminder]]] = defaultdict(list)
    for item in ReminderInvoice.select().order_by(ReminderInvoice.id):
        step = STEPS.index(item.step_id.split("+")[0])
        per_invoice[item.invoice_id].append((item.reminder_id, step, reminders[item.reminder_id]))
    sent = [r for r in reminders.values() if r.status == ReminderStatus.SENT]
    _no_first_contact_beyond_the_entry(per_invoice)
    _every_jumped_step_recorded(per_invoice)
    _no_legal_act_without_an_earlier_reminder_and_approval(per_invoice, rules)
    _no_indemnity_for_consumers(sent, consumers)
    _no_sum_across_currencies(sent)
    _one_message_per_channel_and_day(sent)
    _the_year_was_not_empty(reminders, consumers)


def _first_steps(entries: list[tuple[int, int, Reminder]]) -> list[tuple[int, int, Reminder]]:
    return sorted(entries, key=lambda e: e[0])


def _no_first_contact_beyond_the_entry(per_invoice: dict) -> None:
    entry = STEPS.index("r1")
    for invoice_id, entries in per_invoice.items():
        contacts = [e for e in _first_steps(entries) if e[2].status != ReminderStatus.SKIPPED]
        if not contacts:
            continue
        first = contacts[0][1]
        if first > entry:
            # Only escalation moves the entry: the steps before it are recorded as such.
            jumped = [e[2].outcome for e in entries if e[1] < first]
            assert jumped and all(o.startswith("skipped: escalated") for o in jumped[1:]), (
                invoice_id,
                STEPS[first],
                jumped,
            )
            assert STEPS[first] == "r3", invoice_id


def _every_jumped_step_recorded(per_invoice: dict) -> None:
    for invoice_id, entries in per_invoice.items():
        recorded = {step for _, step, _ in entries}
        assert recorded == set(range(max(recorded) + 1)), (invoice_id, sorted(recorded))


def _delivery(reminder: Reminder) -> dt.date:
    return delivered_on(reminder.due_on, reminder.sent_at)


def _no_legal_act_without_an_earlier_reminder_and_approval(per_invoice: dict, rules: Rules) -> None:
    gap = dt.timedelta(days=rules.ladders["standard"].min_gap)
    notice_days = dt.timedelta(days=rules.legal.notice_days)
    for invoice_id, entries in per_invoice.items():
        delivered = [e[2] for e in entries if e[2].status == ReminderStatus.SENT]
        for act in (r for r in delivered if r.channel in LEGAL):
            assert act.decided_by == "claire", (invoice_id, act.step_id)
            on = _delivery(act)
            earlier = [
                _delivery(r)
                for r in delivered
                if r.channel in MESSAGE_CHANNELS and r.id != act.id and _delivery(r) <= on
            ]
            # A message before it, and none about the invoice in the `min_gap` days before.
            assert earlier and max(earlier) <= on - gap, (invoice_id, act.step_id, on, earlier)
            if act.channel == "handover":
                notices = [_delivery(r) for r in delivered if r.channel == "registered_letter"]
                assert notices and max(notices) <= on - notice_days, (invoice_id, on, notices)


def _no_indemnity_for_consumers(sent: list[Reminder], consumers: set[int]) -> None:
    for message in sent:
        if message.debtor_id in consumers:
            text = message.body_text or ""
            assert "L441-10" not in text and "D441-5" not in text and "indemn" not in text
    notices = [r for r in sent if r.channel == "registered_letter"]
    for notice in notices:
        text = notice.body_text
        if notice.debtor_id in consumers:
            assert "L441-10" not in text and "D441-5" not in text and "indemn" not in text
            assert "1231-6" in text
        else:
            assert "L441-10" in text and "D441-5" in text


def _money_in(line: str) -> tuple[str, Decimal] | None:
    """The last amount of a statement line, with its currency sign, in either language."""
    french = _FRENCH.findall(line)
    if french:
        amount, sign = french[-1]
        return sign, Decimal(amount.replace("\u202f", "").replace(",", "."))
    english = _ENGLISH.findall(line)
    if english:
        sign, amount = english[-1]
        return sign, Decimal(amount.replace(",", ""))
    return None


def _no_sum_across_currencies(sent: list[Reminder]) -> None:
    """Each total of a statement is the sum of the lines in its own currency, and there is
    one total per currency listed."""
    several = 0
    for reminder in sent:
        if reminder.channel not in ("email", "letter"):
            continue
        listed: dict[str, Decimal] = defaultdict(Decimal)
        shown: dict[str, Decimal] = {}
        for line in reminder.body_text.splitlines():
            found = _money_in(line)
            if found is None:
                continue
            if line.startswith(("- Facture ", "- Invoice ")):
                listed[found[0]] += found[1]
            elif line.startswith(("Total restant dû", "Total outstanding")):
                shown[found[0]] = found[1]
        assert shown == dict(listed), (reminder.id, reminder.body_text)
        several += len(shown) > 1
    assert several > 0  # statements in two currencies were among them


def _one_message_per_channel_and_day(sent: list[Reminder]) -> None:
    counts = Counter(
        (r.debtor_id, r.channel, _delivery(r)) for r in sent if r.channel in MESSAGE_CHANNELS
    )
    assert max(counts.values()) == 1, [k for k, v in counts.items() if v > 1][:5]


def _the_year_was_not_empty(reminders: dict[int, Reminder], consumers: set[int]) -> None:
    """The invariants above held over a year that exercised what they are about."""
    sent = [r for r in reminders.values() if r.status == ReminderStatus.SENT]
    by_channel = Counter(r.channel for r in sent)
    assert by_channel["email"] > 300 and by_channel["sms"] > 30 and by_channel["letter"] > 30
    assert by_channel["registered_letter"] > 5 and by_channel["handover"] > 1
    assert any(r.debtor_id in consumers for r in sent if r.channel == "registered_letter")
    assert sum(1 for r in reminders.values() if r.status == ReminderStatus.REJECTED) > 0
    skipped = [r.outcome for r in reminders.values() if r.status == ReminderStatus.SKIPPED]
    assert any("before the due date, passed" in o for o in skipped)
    assert any("for business debtors only" in o for o in skipped)
    credit_notes = Invoice.select().where(Invoice.is_credit_note == True)  # noqa: E712
    assert credit_notes.count() > 5
    assert not ReminderInvoice.select().where(ReminderInvoice.invoice.in_(credit_notes)).exists()
    # Credit notes of either sign were set against open invoices in their own currency.
    offsets = list(CreditOffset.select(CreditOffset, Invoice).join(Invoice))
    signs = {o.credit_note.total > 0 for o in offsets}
    assert signs == {True, False}
    assert all(o.credit_note.currency == o.invoice.currency for o in offsets)
    # Invoices that reached Relance a month late got the first reminder, not a later step.
    first_reminders = (
        ReminderInvoice.select(Reminder.due_on, Invoice.due_date)
        .join(Reminder)
        .switch(ReminderInvoice)
        .join(Invoice)
        .where((ReminderInvoice.step_id == "r1") & (Reminder.status == ReminderStatus.SENT))
        .tuples()
    )
    assert any(sent - due > dt.timedelta(days=30) for sent, due in first_reminders)
    assert Debtor.select().count() >= 300
