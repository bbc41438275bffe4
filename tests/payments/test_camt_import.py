from __future__ import annotations

import re
from decimal import Decimal

import peewee
import pytest

from ingest.payments import UnreadablePaymentFile, import_payment_file
from ledger.models import Payment
from tests.payments.builders import atelier_ledger, fixture_bytes, invoice

CAMT = "camt053_several.xml"


def test_a_camt053_statement_settles_the_invoices_its_credits_name(
    ledger_db: peewee.Database,
) -> None:
    creditor = atelier_ledger()
    report = import_payment_file(creditor, fixture_bytes(CAMT), CAMT)
    assert report.format == "camt053"
    assert report.errors == []
    assert [(p.amount, p.payer_name) for p in report.imported] == [
        (Decimal("1250.00"), "MME LEFEVRE HELENE"),
        (Decimal("300.00"), "BOULANGERIE CREMIEUX"),
        (Decimal("400.00"), "DUPRE FRANCOIS"),
        (Decimal("42.00"), ""),
    ]
    assert invoice("F2026-0101").status == "paid"
    assert invoice("F2026-0102").status == "paid"
    # "FACT F2026 0103 ET F2026 0104": numbers cut by the bank are suggested, never joined.
    assert invoice("F2026-0103").status == "open"
    split = Payment.get(Payment.payer_name == "DUPRE FRANCOIS")
    assert split.unallocated == Decimal("400.00")
    assert split.suggested_numbers == ["F2026-0103", "F2026-0104"]


def test_the_unmatched_credit_waits_and_debits_and_pending_entries_are_skipped(
    sqlite_db: peewee.Database,
) -> None:
    report = import_payment_file(atelier_ledger(), fixture_bytes(CAMT), CAMT)
    assert [(p.amount, p.reference) for p in report.unmatched] == [
        (Decimal("400.00"), "FACT F2026 0103 ET F2026 0104"),
        (Decimal("42.00"), "VIR SEPA RECU /DE INCONNU /MOTIF CADEAU"),
    ]
    reasons = [s.reason for s in report.skipped]
    assert reasons == ["debit, not a payment received", "entry status PDNG, not booked"]
    assert all(s.line for s in report.skipped)
    assert Payment.get(Payment.amount == Decimal("1250.00")).method == "virement"


def test_a_statement_imported_twice_counts_each_credit_once(ledger_db: peewee.Database) -> None:
    creditor = atelier_ledger()
    import_payment_file(creditor, fixture_bytes(CAMT), CAMT)
    again = import_payment_file(creditor, fixture_bytes(CAMT), "copy.xml")
    assert again.imported == []
    assert len(again.duplicates) == 4
    assert Payment.select().count() == 4


def test_a_later_statement_repeating_an_entry_counts_it_once(sqlite_db: peewee.Database) -> None:
    creditor = atelier_ledger()
    import_payment_file(creditor, fixture_bytes(CAMT), CAMT)
    later = fixture_bytes(CAMT).replace(b"<MsgId>STMT20261120-0001", b"<MsgId>STMT20261121-0001")
    report = import_payment_file(creditor, later, "next.xml")
    assert report.imported == []


def test_a_camt_with_a_doctype_is_refused(sqlite_db: peewee.Database) -> None:
    data = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Document><BkToCstmrStmt/></Document>'
    )
    with pytest.raises(UnreadablePaymentFile, match="DOCTYPE"):
        import_payment_file(atelier_ledger(), data, "evil.xml")


def test_a_truncated_camt_is_refused_with_its_line(sqlite_db: peewee.Database) -> None:
    data = fixture_bytes(CAMT)[:1500]
    with pytest.raises(UnreadablePaymentFile) as caught:
        import_payment_file(atelier_ledger(), data, "cut.xml")
    assert caught.value.line is not None
    assert Payment.select().count() == 0


def test_a_camt_credit_in_another_currency_pays_only_invoices_in_that_currency(
    sqlite_db: peewee.Database,
) -> None:
    euros, dollars = (
        b'<Amt Ccy="EUR">1250.00</Amt></TxAmt>',
        b'<Amt Ccy="USD">1250.00</Amt></TxAmt>',
    )
    data = fixture_bytes(CAMT).replace(euros, dollars)
    report = import_payment_file(atelier_ledger(), data, CAMT)
    in_dollars = next(p for p in report.imported if p.currency == "USD")
    assert in_dollars.allocations == ()
    assert invoice("F2026-0101").status == "open"


def test_a_camt_amount_in_no_currency_is_an_error_row(sqlite_db: peewee.Database) -> None:
    data = fixture_bytes(CAMT).replace(b'<Amt Ccy="EUR">42.00', b'<Amt Ccy="euro">42.00')
    report = import_payment_file(atelier_ledger(), data, CAMT)
    assert [(e.column, e.reason) for e in report.errors] == [
        ("Amt", "currency 'EURO' is no ISO 4217 code")
    ]
    assert report.errors[0].line is not None


def test_a_bank_copy_of_a_payment_already_imported_waits_instead_of_paying_twice(
    sqlite_db: peewee.Database,
) -> None:
    creditor = atelier_ledger()
    import_payment_file(creditor, fixture_bytes("ximi_cp1252.csv"), "ximi.csv")
    report = import_payment_file(creditor, fixture_bytes(CAMT), CAMT)
    copy = next(p for p in report.imported if p.amount == Decimal("1250.00"))
    assert copy.allocations == ()
    assert copy.note == "names invoice(s) with nothing left due: F2026-0101"
    assert invoice("F2026-0101").amount_due == Decimal("0.00")


def test_a_camt053_version_8_statement_reads_the_same(sqlite_db: peewee.Database) -> None:
    v2 = fixture_bytes(CAMT).decode()
    v8 = (
        v2.replace("camt.053.001.02", "camt.053.001.08")
        .replace("<Sts>BOOK</Sts>", "<Sts><Cd>BOOK</Cd></Sts>")
        .replace("<Sts>PDNG</Sts>", "<Sts><Cd>PDNG</Cd></Sts>")
    )
    v8 = re.sub(r"<Dbtr><Nm>([^<]*)</Nm></Dbtr>", r"<Dbtr><Pty><Nm>\1</Nm></Pty></Dbtr>", v8)
    v8 = re.sub(r"<AmtDtls><TxAmt>(<Amt [^>]*>[^<]*</Amt>)</TxAmt></AmtDtls>", r"\1", v8)
    report = import_payment_file(atelier_ledger(), v8.encode(), "v8.xml")
    assert report.format == "camt053"
    assert [(p.amount, p.payer_name) for p in report.imported] == [
        (Decimal("1250.00"), "MME LEFEVRE HELENE"),
        (Decimal("300.00"), "BOULANGERIE CREMIEUX"),
        (Decimal("400.00"), "DUPRE FRANCOIS"),
        (Decimal("42.00"), ""),
    ]
    assert len(report.skipped) == 2
