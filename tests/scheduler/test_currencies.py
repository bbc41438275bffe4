"""Issue 11, defect 4: every amount carries its currency; totals are per currency; a credit
note offsets the debtor's open invoices and is never reminded."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ledger.invoices import InvoiceFacts, record_invoice
from ledger.models import Invoice, Reminder, ReminderInvoice
from tests.factories import make_invoice
from tests.scheduler.conftest import reachable_debtor
from tests.scheduler.days import pass_on

MONDAY = dt.date(2026, 12, 7)
FRIDAY = dt.date(2026, 12, 4)


def flat(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def mail_text(smtp_sink) -> str:  # type: ignore[no-untyped-def]
    [message] = smtp_sink.wait_for(1)
    return flat(message.get_body(("plain",)).get_content())


def test_a_dollar_invoice_is_reminded_in_dollars(acme, rules, config, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme)
    make_invoice(debtor, number="US-1", due_date=FRIDAY, total="1234.50", currency="USD")
    pass_on(rules, config, MONDAY)
    text = mail_text(smtp_sink)
    assert "1 234,50 $US" in text
    assert "€" not in text


def test_a_debtor_owing_euros_and_pounds_reads_one_total_per_currency(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme)
    make_invoice(debtor, number="EU-1", due_date=FRIDAY, total="100.00")
    make_invoice(debtor, number="GB-1", due_date=FRIDAY, total="50.00", currency="GBP")
    pass_on(rules, config, MONDAY)
    text = mail_text(smtp_sink)
    assert "150,00" not in text
    assert "100,00 €" in text and "50,00 £GB" in text


def test_a_credit_note_offsets_the_oldest_open_invoice_and_is_never_reminded(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme)
    older = make_invoice(debtor, number="F-1", due_date=FRIDAY, total="300.00")
    newer = make_invoice(debtor, number="F-2", due_date=FRIDAY, total="80.00")
    record_invoice(
        acme,
        debtor,
        InvoiceFacts(
            number="AV-1",
            total=Decimal("100.00"),
            amount_due=Decimal("100.00"),
            issue_date=dt.date(2026, 11, 20),
            is_credit_note=True,
        ),
    )
    assert Invoice.get_by_id(older.id).amount_due == Decimal("200.00")
    assert Invoice.get_by_id(newer.id).amount_due == Decimal("80.00")
    pass_on(rules, config, MONDAY)
    text = mail_text(smtp_sink)
    assert "Total restant dû : 280,00 €" in text
    assert "AV-1" not in text
    covered = {i.invoice.number for i in ReminderInvoice.select()}
    assert covered == {"F-1", "F-2"}
    assert Reminder.select().where(Reminder.status != "skipped").count() == 1
