from __future__ import annotations

import datetime as dt
from dataclasses import replace
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


def test_a_record_without_a_number_is_refused_naming_the_field(
    ledger_db: peewee.Database,
) -> None:
    debtor = make_debtor(make_creditor())
    with pytest.raises(InvalidInvoiceError) as caught:
        record_invoice(debtor.creditor, debtor, facts(number=" \x00 "))
    assert caught.value.field == "invoice_number"


@pytest.mark.parametrize(
    ("changes", "stored", "reason"),
    [
        ({"total": Decimal("NaN")}, {"total": Decimal(0)}, "total: NaN is not a finite amount"),
        (
            {"amount_due": Decimal("-Infinity")},
            {"amount_due": Decimal(0)},
            "amount_due: -Infinity is not a finite amount",
        ),
        ({"total": Decimal("1E+20")}, {"total": Decimal(0)}, "total: 1E+20 is beyond ±10^12"),
        (
            {"total": Decimal("12.345")},
            {"total": Decimal(0)},
            "total: 12.345 has more than 2 decimal places",
        ),
        (
            {"due_date": dt.date(9999, 12, 31)},
            {"due_date": None},
            "due date 9999-12-31 is not within a year before and five years after the issue",
        ),
        (
            {"due_date": dt.date(1, 1, 2)},
            {"due_date": None},
            "due date 0001-01-02 is not within a year before",
        ),
        (
            {"issue_date": dt.date(1900, 1, 1)},
            {"issue_date": None},
            "issue date 1900-01-01 is implausible",
        ),
        ({"currency": "EURO"}, {"currency": "XXX"}, "currency 'EURO' is not an ISO 4217 code"),
        ({"number": "F" * 80}, {"number": "F" * 60}, "invoice number is 80 characters long"),
        (
            {"number": "F-1\u202e\x07"},
            {"number": "F-1"},
            "invoice number had unprintable characters",
        ),
    ],
)
def test_a_value_out_of_bounds_is_kept_for_review_with_the_reason_never_stored(
    ledger_db: peewee.Database, changes: dict, stored: dict, reason: str
) -> None:
    debtor = make_debtor(make_creditor())
    result = record_invoice(debtor.creditor, debtor, replace(facts(), **changes))
    invoice = Invoice.get_by_id(result.invoice.id)
    assert invoice.needs_review
    assert reason in invoice.review_reason, invoice.review_reason
    for name, value in stored.items():
        assert getattr(invoice, name) == value


def test_an_older_ledgers_impossible_values_are_held_for_review_by_migration(
    ledger_db: peewee.Database,
) -> None:
    from ledger.migrations import LATEST, SchemaVersion, migrate

    debtor = make_debtor(make_creditor())
    bad = record_invoice(debtor.creditor, debtor, facts(number="F-OLD")).invoice
    good = record_invoice(debtor.creditor, debtor, facts(number="F-FINE")).invoice
    # As a Relance before the bounds could leave them (SQLite keeps 'NaN' as text).
    Invoice.update(total=peewee.SQL("'NaN'"), due_date=peewee.SQL("'9999-12-31'")).where(
        Invoice.id == bad.id
    ).execute()
    SchemaVersion.delete().where(SchemaVersion.version >= 6).execute()
    assert migrate() == LATEST
    held = Invoice.get_by_id(bad.id)
    assert held.needs_review
    assert held.due_date is None
    assert "due date 9999-12-31" in held.review_reason
    assert not Invoice.get_by_id(good.id).needs_review
