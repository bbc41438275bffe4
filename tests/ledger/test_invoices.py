from __future__ import annotations

import datetime as dt
from decimal import Decimal

import peewee
import pytest

from ledger.errors import InvalidInvoiceError
from ledger.invoices import InvoiceFacts, RecordOutcome, record_invoice
from ledger.models import Invoice, InvoiceConflict
from tests.factories import make_creditor, make_debtor


def facts(number: str = "F2026-0042", total: str = "1234.56", **extra: object) -> InvoiceFacts:
    return InvoiceFacts(
        number=number,
        total=Decimal(total),
        amount_due=Decimal(total),
        issue_date=dt.date(2026, 11, 3),
        due_date=dt.date(2026, 12, 3),
        **extra,  # type: ignore[arg-type]
    )


def test_recording_the_same_invoice_twice_gives_one_invoice(ledger_db: peewee.Database) -> None:
    debtor = make_debtor(make_creditor())
    first = record_invoice(debtor.creditor, debtor, facts())
    second = record_invoice(debtor.creditor, debtor, facts(number=" F2026-0042 "))
    assert first.outcome is RecordOutcome.CREATED
    assert second.outcome is RecordOutcome.EXISTING
    assert second.invoice.id == first.invoice.id
    assert Invoice.select().count() == 1


def test_the_same_number_with_another_amount_is_a_conflict_not_an_overwrite(
    ledger_db: peewee.Database,
) -> None:
    debtor = make_debtor(make_creditor())
    record_invoice(debtor.creditor, debtor, facts(total="100.00"))
    result = record_invoice(debtor.creditor, debtor, facts(total="110.00"))
    assert result.outcome is RecordOutcome.CONFLICT
    invoice = Invoice.get_by_id(result.invoice.id)
    assert invoice.total == Decimal("100.00")
    assert invoice.needs_review
    assert "110.00" in invoice.review_reason
    assert result.conflict is not None and result.conflict.total == Decimal("110.00")


def test_the_same_conflicting_document_twice_records_one_conflict(
    ledger_db: peewee.Database,
) -> None:
    debtor = make_debtor(make_creditor())
    record_invoice(debtor.creditor, debtor, facts(total="100.00"))
    record_invoice(debtor.creditor, debtor, facts(total="110.00"))
    record_invoice(debtor.creditor, debtor, facts(total="110.00"))
    assert InvoiceConflict.select().count() == 1


def test_a_record_with_problems_is_kept_for_review(ledger_db: peewee.Database) -> None:
    debtor = make_debtor(make_creditor())
    result = record_invoice(debtor.creditor, debtor, facts(problems=("due_date missing",)))
    assert result.invoice.needs_review
    assert result.invoice.review_reason == "due_date missing"


@pytest.mark.parametrize(
    ("number", "currency", "field"),
    [
        ("", "EUR", "invoice_number"),
        ("X" * 65, "EUR", "invoice_number"),
        ("F1", "EURO", "currency"),
    ],
)
def test_an_unusable_record_is_refused_naming_the_field(
    ledger_db: peewee.Database, number: str, currency: str, field: str
) -> None:
    debtor = make_debtor(make_creditor())
    with pytest.raises(InvalidInvoiceError) as caught:
        record_invoice(debtor.creditor, debtor, facts(number=number, currency=currency))
    assert caught.value.field == field
