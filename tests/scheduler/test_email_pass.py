"""A real pass against a real SMTP sink: one mail per debtor and step, French, exactly once."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ledger.models import (
    Invoice,
    Payment,
    PaymentAllocation,
    Reminder,
    ReminderInvoice,
    ReminderStatus,
)
from ledger.reminders import (
    MAX_ATTEMPTS,
    claim,
    mark_sent,
    record_handoff,
    recover_stale_claims,
)
from scheduler.passes import run_pass
from scheduler.rules import parse_rules
from scheduler.snapshots import load_snapshots
from tests.factories import make_invoice
from tests.scheduler.conftest import RULES_TEXT, reachable_debtor
from tests.scheduler.days import plan_today, reminders

MONDAY = dt.date(2026, 12, 7)


def nbsp(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def test_a_pass_sends_one_french_mail_per_debtor_listing_all_its_invoices(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme)
    make_invoice(debtor, number="F-101", due_date=dt.date(2026, 12, 4), total="1234.50")
    make_invoice(debtor, number="F-102", due_date=dt.date(2026, 12, 5), total="65.50")
    report = run_pass(rules, config, MONDAY)
    assert report.sent == 1
    [message] = smtp_sink.wait_for(1)
    assert message["To"] == "paiements@tilleuls.test"
    assert message["From"].addresses[0].display_name == "ACME Plomberie SARL"
    assert message["From"].addresses[0].addr_spec == "compta@acme.test"
    assert message["Subject"] == "Rappel : factures impayées – ACME Plomberie SARL"
    text = nbsp(message.get_body(("plain",)).get_content())
    assert "Bonjour SCI Les Tilleuls," in text
    assert "Facture F-101 du 1er novembre 2026, échue le 4 décembre 2026 : 1 234,50 €" in text
    assert "F-102" in text
    assert "Total restant dû : 1 300,00 €" in text
    assert "1 300,00 €" in nbsp(message.get_body(("html",)).get_content())
    reminder = reminders().get()
    assert reminder.status == ReminderStatus.SENT
    assert reminder.provider_id == message["Message-ID"]
    assert reminder.totals == {"EUR": Decimal("1300.00")}
    assert "F-101" in reminder.body_text


def test_a_second_pass_the_same_day_or_the_next_sends_nothing_more(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    make_invoice(reachable_debtor(acme), due_date=dt.date(2026, 12, 4))
    run_pass(rules, config, MONDAY)
    run_pass(rules, config, MONDAY)
    run_pass(rules, config, MONDAY + dt.timedelta(days=1))
    smtp_sink.wait_for(1)
    assert len(smtp_sink.messages()) == 1
    assert reminders().count() == 1


def test_a_debtor_reading_english_gets_the_english_template(acme, rules, config, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    make_invoice(reachable_debtor(acme, language="en"), due_date=dt.date(2026, 12, 4), total="80")
    run_pass(rules, config, MONDAY)
    [message] = smtp_sink.wait_for(1)
    assert message["Subject"] == "Reminder: unpaid invoice – ACME Plomberie SARL"
    assert "Total outstanding: €80.00" in message.get_body(("plain",)).get_content()


def test_an_invoice_paid_after_planning_is_dropped_from_the_reminder(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme)
    paid = make_invoice(debtor, number="F-1", due_date=dt.date(2026, 12, 4))
    make_invoice(debtor, number="F-2", due_date=dt.date(2026, 12, 4), total="42")
    plan_today(rules, MONDAY)
    Invoice.update(status="paid", amount_due=0).where(Invoice.id == paid.id).execute()
    run_pass(rules, config, MONDAY)
    [message] = smtp_sink.wait_for(1)
    text = message.get_body(("plain",)).get_content()
    assert "F-2" in text
    assert "F-1 " not in text
    assert [
        i.invoice.number for i in ReminderInvoice.select().where(ReminderInvoice.step_id == "r1")
    ] == ["F-2"]


def test_a_reminder_whose_invoices_were_all_paid_since_planning_is_skipped(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    invoice = make_invoice(reachable_debtor(acme), due_date=dt.date(2026, 12, 4))
    plan_today(rules, MONDAY)
    Invoice.update(status="paid", amount_due=0).where(Invoice.id == invoice.id).execute()
    report = run_pass(rules, config, MONDAY)
    assert report.skipped == 1
    reminder = Reminder.get(Reminder.step_id == "r1")
    assert reminder.status == ReminderStatus.SKIPPED
    assert "nothing left to remind" in reminder.outcome
    assert smtp_sink.messages() == []


def test_a_relay_failure_is_recorded_and_retried_at_the_next_pass(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    make_invoice(reachable_debtor(acme), due_date=dt.date(2026, 12, 4))
    smtp_sink.stop()
    report = run_pass(rules, config, MONDAY)
    assert report.failed == 1
    reminder = reminders().get()
    assert reminder.status == ReminderStatus.FAILED
    assert "SMTP relay" in reminder.last_error
    smtp_sink.start()
    assert run_pass(rules, config, MONDAY).sent == 1
    assert reminders().get().attempts == 2
    assert len(smtp_sink.wait_for(1)) == 1


def test_a_claim_left_after_the_handoff_is_settled_as_sent_without_a_second_mail(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    make_invoice(reachable_debtor(acme), due_date=dt.date(2026, 12, 4))
    plan_today(rules, MONDAY)
    reminder = Reminder.get()
    assert claim(reminder.id, "ghost:1:x")
    record_handoff(reminder.id, "ghost:1:x", "<lost@acme.test>")
    assert recover_stale_claims(is_gone=lambda token: token.startswith("ghost")) == (
        [],
        [reminder.id],
    )
    assert run_pass(rules, config, MONDAY).sent == 0
    reminder = reminders().get()
    assert reminder.status == ReminderStatus.SENT
    assert reminder.provider_id == "<lost@acme.test>"
    assert "unconfirmed" in reminder.outcome
    assert smtp_sink.messages() == []


def test_a_claim_left_before_the_handoff_is_freed_and_sent_once(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    make_invoice(reachable_debtor(acme), due_date=dt.date(2026, 12, 4))
    plan_today(rules, MONDAY)
    reminder = Reminder.get()
    assert claim(reminder.id, "ghost:1:x")
    assert recover_stale_claims(is_gone=lambda token: token.startswith("ghost")) == (
        [reminder.id],
        [],
    )
    assert run_pass(rules, config, MONDAY).sent == 1
    assert len(smtp_sink.wait_for(1)) == 1


def test_a_claim_left_on_its_last_attempt_ends_failed_in_sight_not_pending_for_ever(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    make_invoice(reachable_debtor(acme), due_date=dt.date(2026, 12, 4))
    plan_today(rules, MONDAY)
    reminder = Reminder.get()
    Reminder.update(attempts=MAX_ATTEMPTS - 1).execute()
    assert claim(reminder.id, "ghost:1:x")
    assert recover_stale_claims(is_gone=lambda token: token.startswith("ghost")) == ([], [])
    assert run_pass(rules, config, MONDAY).sent == 0
    reminder = reminders().get()
    assert reminder.status == ReminderStatus.FAILED
    assert reminder.claimed_by == ""
    assert f"{MAX_ATTEMPTS} attempts" in reminder.last_error
    assert smtp_sink.messages() == []


def test_a_live_claim_is_never_taken_over(acme, rules, config, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    make_invoice(reachable_debtor(acme), due_date=dt.date(2026, 12, 4))
    plan_today(rules, MONDAY)
    reminder = Reminder.get()
    assert claim(reminder.id, "other-host:1:x")
    assert not claim(reminder.id, "me:2:y")
    assert run_pass(rules, config, MONDAY).sent == 0
    mark_sent(reminder.id, "other-host:1:x", provider_id="<a@b>")
    assert reminders().get().status == ReminderStatus.SENT


def test_a_debtor_late_on_three_invoices_this_year_starts_at_the_escalation_step(
    acme, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    rules = parse_rules(
        RULES_TEXT + "escalate:\n  - {when: {late_invoices_last_365d: '>=3'}, skip_to: r2}\n"
    )
    often_late = reachable_debtor(acme, name="Souvent en retard", email="late@client.test")
    for n in range(3):
        due = dt.date(2026, 6, 1 + n)
        old = make_invoice(often_late, number=f"OLD-{n}", due_date=due, status="paid", amount_due=0)
        payment = Payment.create(
            creditor=acme, key=f"p{n}", amount=old.total, received_on=due + dt.timedelta(days=20)
        )
        PaymentAllocation.create(payment=payment, invoice=old, amount=old.total)
    make_invoice(often_late, number="NEW-1", due_date=dt.date(2026, 12, 4))
    make_invoice(
        reachable_debtor(acme, name="Ponctuel"), number="NEW-2", due_date=dt.date(2026, 12, 4)
    )
    [punctual, late] = sorted(load_snapshots(MONDAY), key=lambda d: d.name)
    # Three old invoices paid 20 days late; the one overdue now does not count.
    assert (late.late_invoices_last_365d, punctual.late_invoices_last_365d) == (3, 0)
    run_pass(rules, config, MONDAY)
    assert {(r.debtor.name, r.step_id) for r in reminders()} == {("Ponctuel", "r1")}
    run_pass(rules, config, dt.date(2026, 12, 14))
    assert {(r.debtor.name, r.step_id) for r in reminders()} == {
        ("Ponctuel", "r1"),
        ("Ponctuel", "r2"),
        ("Souvent en retard", "r2"),
    }


def test_a_reminder_that_keeps_failing_stops_being_retried_after_five_attempts(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    make_invoice(reachable_debtor(acme), due_date=dt.date(2026, 12, 4))
    smtp_sink.stop()
    for _ in range(7):
        run_pass(rules, config, MONDAY)
    smtp_sink.start()
    run_pass(rules, config, MONDAY)
    assert smtp_sink.messages() == []
    reminder = reminders().get()
    assert (reminder.status, reminder.attempts) == (ReminderStatus.FAILED, 5)
    assert reminder.last_error
