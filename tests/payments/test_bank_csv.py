"""Bank and neobank CSV exports as French banks write them (files/banks/README.md)."""

from __future__ import annotations

import json
from decimal import Decimal

import peewee
import pytest

from ingest.payments import UnusableMapping, import_payment_file
from ledger.models import Payment
from tests.payments.builders import bank_bytes, banks_ledger, invoice


def paid(report: object) -> list[tuple[str, str]]:
    return [
        (a.invoice_number, str(a.amount))
        for p in report.imported  # type: ignore[attr-defined]
        for a in p.allocations
    ]


def test_a_credit_agricole_export_pays_the_right_debtor_and_ignores_its_debits(
    ledger_db: peewee.Database,
) -> None:
    creditor = banks_ledger()
    report = import_payment_file(creditor, bank_bytes("credit_agricole.csv"), "ca.csv")
    assert report.errors == []
    assert paid(report) == [("F2026-0201", "150.00"), ("1002", "120.00")]
    # "FACTURE 1002 DU 15/11/2026" never credits invoice 1511 (another debtor) from the date.
    assert (invoice("1511").status, invoice("1511").amount_due) == ("open", Decimal("300.00"))
    assert [(s.line, s.kind) for s in report.skipped] == [
        (9, "debit"),
        (11, "debit"),
        (12, "total"),
    ]
    assert "2 ignored (debit)" in report.summary()[0]


def test_a_societe_generale_export_reads_the_detailed_label_and_signed_amounts(
    sqlite_db: peewee.Database,
) -> None:
    report = import_payment_file(banks_ledger(), bank_bytes("societe_generale.csv"), "sg.csv")
    assert report.errors == []
    assert paid(report) == [("F2026-0203", "1250.00")]
    assert [s.kind for s in report.skipped] == ["debit"]
    assert [p.amount for p in report.unmatched] == [Decimal("300.00")]


def test_a_bnp_paribas_export_with_a_grouped_rf_reference(sqlite_db: peewee.Database) -> None:
    report = import_payment_file(banks_ledger(), bank_bytes("bnp_paribas.csv"), "bnp.csv")
    assert report.errors == []
    assert [
        (p.allocations[0].invoice_number, p.allocations[0].matched_by) for p in report.matched
    ] == [
        ("F2026-0202", "invoice_number"),
        ("F2026-0206", "rf_reference"),
    ]


def test_declined_and_pending_neobank_lines_pay_nothing(ledger_db: peewee.Database) -> None:
    creditor = banks_ledger()
    report = import_payment_file(creditor, bank_bytes("qonto.csv"), "qonto.csv")
    assert report.errors == []
    assert paid(report) == [("F2026-0206", "42.00")]
    assert invoice("F2026-0201").status == "open"
    assert invoice("F2026-0202").status == "open"
    assert [(s.kind, s.reason) for s in report.skipped] == [
        ("not settled", "status declined: not a settled payment"),
        ("not settled", "status pending: not a settled payment"),
        ("debit", "debit, not a payment received"),
    ]
    assert Payment.get().payer_iban == "FR7630006000011234567890189"


def test_a_pending_line_is_imported_once_it_settles(sqlite_db: peewee.Database) -> None:
    creditor = banks_ledger()
    import_payment_file(creditor, bank_bytes("qonto.csv"), "qonto.csv")
    later = bank_bytes("qonto.csv").replace(b"pending,", b"settled,")
    report = import_payment_file(creditor, later, "qonto-later.csv")
    assert paid(report) == [("F2026-0202", "89.90")]


FORMATS = [
    {
        "name": "banque",
        "columns": {"date": "Date opération", "amount": "Montant opération",
                    "reference": "Libellé opération"},
        "encoding": "cp1252",
        "decimal": ",",
    },
    {
        "name": "logiciel",
        "columns": {"date": "Encaissé le", "amount": "Somme", "invoice_number": "Pièce",
                    "status": "État"},
        "settled": ["Validé"],
    },
]  # fmt: skip


def test_a_creditor_imports_its_bank_export_and_its_software_export(
    sqlite_db: peewee.Database,
) -> None:
    creditor = banks_ledger(payments_csv=json.dumps(FORMATS))
    bank = import_payment_file(creditor, bank_bytes("bnp_paribas.csv"), "bnp.csv")
    assert bank.format == "csv:banque"
    software = (
        "Encaissé le;Pièce;Somme;État\n"
        "20/11/2026;1511;300,00;Validé\n"
        "21/11/2026;1002;120,00;Brouillon\n"
    )
    report = import_payment_file(creditor, software.encode(), "logiciel.csv")
    assert report.format == "csv:logiciel"
    assert paid(report) == [("1511", "300.00")]
    assert [s.reason for s in report.skipped] == ["status Brouillon: not a settled payment"]


def test_a_format_can_be_named_and_a_wrong_name_is_explained(sqlite_db: peewee.Database) -> None:
    creditor = banks_ledger(payments_csv=json.dumps(FORMATS))
    report = import_payment_file(
        creditor, bank_bytes("bnp_paribas.csv"), "bnp.csv", format_name="banque"
    )
    assert report.format == "csv:banque"
    with pytest.raises(
        UnusableMapping, match=r"no payments_csv format named 'ban' \(formats: banque, logiciel\)"
    ):
        import_payment_file(creditor, bank_bytes("bnp_paribas.csv"), "bnp.csv", format_name="ban")
    with pytest.raises(
        UnusableMapping, match=r"format 'logiciel': no header row holds the column 'Encaissé le'"
    ):
        import_payment_file(
            creditor, bank_bytes("bnp_paribas.csv"), "bnp.csv", format_name="logiciel"
        )
