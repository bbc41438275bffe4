"""A due step the debtor cannot receive: blocked, flagged, in the digest, sent once completed."""

from __future__ import annotations

import datetime as dt

from ledger.models import ContactFlag, Debtor, Reminder, ReminderStatus
from scheduler.passes import dry_run, run_pass, unfollowed_warning
from scheduler.rules import parse_rules
from tests.factories import make_creditor, make_debtor, make_invoice
from tests.scheduler.conftest import reachable_debtor
from tests.scheduler.days import reminders

MONDAY = dt.date(2026, 12, 7)


def test_a_step_needing_a_missing_email_is_blocked_and_flags_the_debtor(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme, email=None)
    make_invoice(debtor, due_date=dt.date(2026, 12, 4), total="250")
    report = run_pass(rules, config, MONDAY)
    assert report.blocked == 1
    reminder = reminders().get()
    assert reminder.status == ReminderStatus.BLOCKED_MISSING_CONTACT
    assert reminder.outcome == "blocked: no email address"
    flag = ContactFlag.get()
    assert (flag.kind, flag.reason, flag.amount_at_stake) == ("email", "no email address", 250)
    assert flag.reminder_id == reminder.id
    [digest] = smtp_sink.wait_for(1)
    assert digest["To"] == "compta@acme.test"
    body = digest.get_body(("plain",)).get_content().replace("\u202f", " ").replace("\xa0", " ")
    assert "SCI Les Tilleuls : adresse e-mail manquante, 250,00 € en jeu, étape r1" in body
    assert "l'administration de Relance : http://admin.test/admin/worklist/" in body
    assert digest["Subject"] == "Relance : 1 coordonnée(s) à compléter (7 décembre 2026)"


def test_an_invalid_email_blocks_like_a_missing_one(acme, rules, config, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    make_invoice(reachable_debtor(acme, email="pas-une-adresse"), due_date=dt.date(2026, 12, 4))
    run_pass(rules, config, MONDAY)
    assert "invalid email address" in ContactFlag.get().reason
    [digest] = smtp_sink.wait_for(1)
    assert "adresse e-mail pas-une-adresse invalide" in digest.get_body(("plain",)).get_content()


def test_the_digest_goes_once_a_day(acme, rules, config, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    make_invoice(reachable_debtor(acme, email=None), due_date=dt.date(2026, 12, 4))
    run_pass(rules, config, MONDAY)
    run_pass(rules, config, MONDAY)
    smtp_sink.wait_for(1)
    assert len(smtp_sink.messages()) == 1
    run_pass(rules, config, MONDAY + dt.timedelta(days=1))
    assert len(smtp_sink.wait_for(2)) == 2


def test_once_staff_fill_the_email_the_blocked_step_goes_out_at_the_next_run(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme, email=None)
    make_invoice(debtor, number="F-9", due_date=dt.date(2026, 12, 4), total="250")
    run_pass(rules, config, MONDAY)
    Debtor.update(email="compta@tilleuls.test").where(Debtor.id == debtor.id).execute()
    report = run_pass(rules, config, MONDAY + dt.timedelta(days=1))
    assert (report.released, report.sent, report.planned) == (1, 1, 0)
    reminder = reminders().get()
    assert (reminder.status, reminder.step_id) == (ReminderStatus.SENT, "r1")
    assert ContactFlag.get().resolved_at is not None
    sent = [m for m in smtp_sink.wait_for(2) if m["To"] == "compta@tilleuls.test"]
    assert len(sent) == 1
    assert "F-9" in sent[0].get_body(("plain",)).get_content()


def test_a_letter_step_blocks_on_an_incomplete_address(acme, config, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    rules = parse_rules("ladders:\n  post: [{id: r3, at: +20d, channel: letter}]\n")
    make_invoice(reachable_debtor(acme, street=None, ladder="post"), due_date=dt.date(2026, 11, 13))
    run_pass(rules, config, dt.date(2026, 12, 3))
    flag = ContactFlag.get()
    assert (flag.kind, flag.step_id) == ("postal_address", "r3")
    assert "street" in flag.reason


def test_the_dry_run_names_the_blocked_reason_and_writes_nothing(acme, rules, config) -> None:  # type: ignore[no-untyped-def]
    make_invoice(
        reachable_debtor(acme, email=None),
        number="F-3",
        due_date=dt.date(2026, 12, 4),
        total="99.90",
    )
    report = dry_run(rules, MONDAY, config)
    [action] = report.actions
    assert (action.step, action.channel, action.invoices) == ("r1", "email", ["F-3"])
    assert (action.amount, action.blocked) == ("99.90 EUR", "no email address")
    assert Reminder.select().count() == 0
    assert ContactFlag.select().count() == 0


def test_a_phone_task_blocked_for_lack_of_a_number_goes_to_staff_once_a_landline_is_entered(
    acme, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    rules = parse_rules("ladders:\n  standard: [{id: call, at: +5d, channel: phone_task}]\n")
    debtor = reachable_debtor(acme, phone=None)
    make_invoice(debtor, due_date=dt.date(2026, 12, 2))
    run_pass(rules, config, MONDAY)
    assert ContactFlag.get().kind == "phone"
    Debtor.update(phone="03 88 12 34 56").where(Debtor.id == debtor.id).execute()
    assert run_pass(rules, config, MONDAY + dt.timedelta(days=1)).released == 1
    task = reminders().get()
    assert (task.status, task.recipient) == (ReminderStatus.PENDING, "+33388123456")
    assert ContactFlag.get().resolved_at is not None


def test_overdue_invoices_on_no_ladder_are_counted_not_silently_ignored(
    acme, rules, config
) -> None:  # type: ignore[no-untyped-def]
    without_ladder = make_creditor(slug="no-ladder", default_ladder=None)
    make_invoice(make_debtor(without_ladder), due_date=dt.date(2026, 11, 30), total="80")
    make_invoice(make_debtor(without_ladder), due_date=dt.date(2026, 12, 1), total="20.50")
    make_invoice(make_debtor(without_ladder), due_date=dt.date(2026, 12, 20), total="999")
    make_invoice(make_debtor(without_ladder, dispute=True), due_date=dt.date(2026, 11, 2))
    make_invoice(reachable_debtor(acme), due_date=dt.date(2026, 12, 4), total="250")
    report = dry_run(rules, MONDAY, config)
    assert (report.unfollowed_invoices, report.unfollowed_amount) == (2, "100.50 EUR")
    assert [a.step for a in report.actions] == ["r1"]
    assert unfollowed_warning(report).startswith(
        "2 overdue invoice(s), 100.50 EUR due in all, follow no ladder and will never be reminded"
    )
