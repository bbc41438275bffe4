"""The review gate seen from the reminders: an invoice held for review is never reminded, and
is reminded as any other once a person validates it (the real pass, a real SMTP sink)."""

from __future__ import annotations

import datetime as dt

from ledger.models import Reminder, ReminderInvoice
from ledger.review import validate
from scheduler.passes import run_pass
from tests.factories import make_invoice
from tests.scheduler.conftest import reachable_debtor

MONDAY = dt.date(2026, 12, 7)


def test_an_invoice_to_review_gets_no_reminder_until_a_person_validates_it(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    invoice = make_invoice(
        reachable_debtor(acme),
        number="F-201",
        due_date=dt.date(2026, 12, 4),
        needs_review=True,
        review_reason="due_date not found",
    )
    run_pass(rules, config, MONDAY)
    assert Reminder.select().count() == 0
    validate(invoice, by="claire")
    run_pass(rules, config, MONDAY + dt.timedelta(days=1))
    [message] = [m for m in smtp_sink.messages() if m["To"] == "paiements@tilleuls.test"]
    assert "F-201" in message.get_body(("plain",)).get_content()
    assert ReminderInvoice.get().invoice_id == invoice.id
