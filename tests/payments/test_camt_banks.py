"""CAMT.053 and .054 as banks write them: the public samples under files/banks/ (README)."""

from __future__ import annotations

from decimal import Decimal

import peewee
import pytest

from ingest.payments import import_payment_file
from ledger.models import Payment
from tests.factories import make_creditor, make_debtor, make_invoice
from tests.payments.builders import bank_bytes, invoice
from tests.payments.camt_builder import Tx, statement

ABN = "oca-test-camt053.xml"
POSTFINANCE = "oca-test-camt053-txdtls.xml"
NOTIFICATION = "oca-test-camt054.xml"


def test_each_transaction_of_a_batch_entry_sharing_the_banks_reference_is_a_payment(
    ledger_db: peewee.Database,
) -> None:
    creditor = make_creditor()
    report = import_payment_file(creditor, bank_bytes(POSTFINANCE), POSTFINANCE)
    assert report.duplicates == []
    assert [(p.amount, p.currency) for p in report.imported] == [
        (Decimal("2187.00"), "CHF"),
        (Decimal("1296.00"), "CHF"),
    ]
    assert [p.payer_iban for p in Payment.select().order_by(Payment.id)] == [
        "CH2222000000123456789",
        "CH3333000000123456789",
    ]
    again = import_payment_file(creditor, bank_bytes(POSTFINANCE), "again.xml")
    assert (len(again.imported), len(again.duplicates)) == (0, 2)


def test_two_equal_transfers_in_one_batch_entry_are_two_payments(
    sqlite_db: peewee.Database,
) -> None:
    creditor = make_creditor()
    same = Tx("50.00", ustrd="COTISATION")
    data = statement(("BATCH-1", "RCDT", [same, same]))
    report = import_payment_file(creditor, data, "batch.xml")
    assert len(report.imported) == 2
    assert len({p.key for p in report.imported}) == 2


def test_additional_transaction_information_names_the_invoice(sqlite_db: peewee.Database) -> None:
    creditor = make_creditor()
    media = make_debtor(creditor, name="3rd party Media")
    make_invoice(media, number="4210773", total="1405.31")
    report = import_payment_file(creditor, bank_bytes(ABN), ABN)
    credit = next(p for p in report.imported if p.amount == Decimal("1405.31"))
    assert [(a.invoice_number, a.matched_by) for a in credit.allocations] == [
        ("4210773", "invoice_number")
    ]
    assert Payment.get(Payment.amount == Decimal("1405.31")).payer_iban == "NL69ABNA0522123643"
    assert [s.kind for s in report.skipped] == ["debit"]


def test_an_rf_creditor_reference_pays_the_invoice_it_was_built_from(
    sqlite_db: peewee.Database,
) -> None:
    creditor = make_creditor()
    make_invoice(make_debtor(creditor), number="F2026-0042", total="80.00")
    make_invoice(make_debtor(creditor), number="0042", total="80.00")
    data = statement(("E-1", "RCDT", [Tx("80.00", creditor_ref="RF69F20260042")]))
    report = import_payment_file(creditor, data, "rf.xml")
    assert [(a.invoice_number, a.matched_by) for a in report.imported[0].allocations] == [
        ("F2026-0042", "rf_reference")
    ]


def test_a_camt054_notification_reads_like_a_statement(sqlite_db: peewee.Database) -> None:
    report = import_payment_file(make_creditor(), bank_bytes(NOTIFICATION), NOTIFICATION)
    assert report.format == "camt054"
    [payment] = report.imported
    assert (payment.amount, payment.payer_name) == (Decimal("5.00"), "Test Customer")
    assert "Additional entry info" in payment.reference
    assert Payment.get().payer_iban == "NL46ABNA0499998748"


@pytest.mark.parametrize("status", ["PDNG", "INFO", "FUTR"])
def test_an_entry_not_booked_is_no_payment(sqlite_db: peewee.Database, status: str) -> None:
    data = bank_bytes(NOTIFICATION).replace(b"<Sts>BOOK</Sts>", f"<Sts>{status}</Sts>".encode())
    report = import_payment_file(make_creditor(), data, NOTIFICATION)
    assert report.imported == []
    assert [(s.kind, s.reason) for s in report.skipped] == [
        ("not settled", f"entry status {status}, not booked")
    ]


def test_a_batch_entry_info_does_not_name_an_invoice_for_each_of_its_transactions(
    sqlite_db: peewee.Database,
) -> None:
    creditor = make_creditor()
    make_invoice(make_debtor(creditor), number="70884", total="2187.00", currency="CHF")
    report = import_payment_file(creditor, bank_bytes(POSTFINANCE), POSTFINANCE)
    assert report.matched == []
    assert invoice("70884").status == "open"
