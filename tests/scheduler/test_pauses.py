"""Issue 11, defect 7: pauses end and doubts are held in sight. A promise lapses the day after
its date; invoices without a due date or to review are held and listed, never reminded; a
remainder below `min_amount` runs no step."""

from __future__ import annotations

import datetime as dt

import time_machine

from ledger import followup
from ledger.models import DebtorNote, Invoice, Reminder
from scheduler.passes import dry_run
from tests.factories import make_invoice
from tests.scheduler.conftest import reachable_debtor
from tests.scheduler.days import morning, pass_on

D = dt.date


def test_a_promise_not_kept_returns_the_invoice_to_the_ladder_and_says_so_on_the_timeline(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme)
    invoice = make_invoice(debtor, number="F-1", due_date=D(2026, 11, 2))
    pass_on(rules, config, D(2026, 11, 3))  # r1
    with time_machine.travel(morning(D(2026, 11, 4)), tick=False):
        followup.promise(debtor, [invoice.id], D(2026, 11, 20), by="claire")
    pass_on(rules, config, D(2026, 11, 20))  # the promised day itself: still paused
    assert [r.step_id for r in Reminder.select().where(Reminder.status == "sent")] == ["r1"]
    pass_on(rules, config, D(2026, 11, 23))  # Monday after: the promise lapsed on the 21st
    emails = (
        Reminder.select()
        .where((Reminder.channel == "email") & (Reminder.status != "skipped"))
        .order_by(Reminder.id)
    )
    assert [r.step_id for r in emails] == ["r1", "r2"]
    assert Invoice.get_by_id(invoice.id).status == "open"
    notes = [n.text for n in DebtorNote.select().where(DebtorNote.debtor == debtor)]
    assert any(text.startswith("promise not kept") for text in notes), notes


def test_an_invoice_without_a_due_date_is_held_and_listed_not_dropped(acme, rules, config) -> None:  # type: ignore[no-untyped-def]
    make_invoice(reachable_debtor(acme), number="F-2", due_date=None)
    report = dry_run(rules, D(2026, 12, 7), config)
    assert [(h.invoice, h.reason) for h in report.held] == [("F-2", "no due date")]


def test_an_invoice_to_review_is_never_reminded_and_is_listed_as_held(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    make_invoice(
        reachable_debtor(acme),
        number="F-3",
        due_date=D(2026, 12, 4),
        needs_review=True,
        review_reason="low parse confidence 0.40",
    )
    report = pass_on(rules, config, D(2026, 12, 7))
    assert Reminder.select().count() == 0
    assert [(h.invoice, h.reason) for h in report.held] == [("F-3", "to review")]


def test_a_one_cent_remainder_runs_no_step(acme, rules, config, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    make_invoice(
        reachable_debtor(acme),
        number="F-4",
        due_date=D(2026, 12, 4),
        total="100.00",
        amount_due="0.01",
        status="partially_paid",
    )
    pass_on(rules, config, D(2026, 12, 7))
    assert Reminder.select().count() == 0


def test_the_creditors_digest_lists_the_invoices_held_for_a_person(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme)
    make_invoice(debtor, number="F-5", due_date=None, total="80.00")
    make_invoice(debtor, number="F-6", due_date=D(2026, 12, 4), needs_review=True, currency="USD")
    pass_on(rules, config, D(2026, 12, 7))
    [digest] = [m for m in smtp_sink.messages() if m["To"] == "compta@acme.test"]
    body = digest.get_body(("plain",)).get_content().replace("\u202f", " ").replace("\xa0", " ")
    assert "- F-5 (SCI Les Tilleuls, 80,00 €) : sans date d'échéance" in body
    assert "- F-6 (SCI Les Tilleuls, 100,00 $US) : à vérifier" in body
