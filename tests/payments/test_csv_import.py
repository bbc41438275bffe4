from __future__ import annotations

import json
import threading
from decimal import Decimal

import peewee
import pytest

from ingest.payments import (
    UnreadablePaymentFile,
    UnusableMapping,
    import_payment_file,
    is_payment_file,
)
from ledger.models import Payment, PaymentAllocation
from tests.factories import make_creditor, make_debtor, make_invoice
from tests.payments.builders import atelier_ledger, fixture_bytes, invoice


def test_a_cp1252_export_with_decimal_commas_settles_the_invoices_it_names(
    ledger_db: peewee.Database,
) -> None:
    creditor = atelier_ledger()
    report = import_payment_file(creditor, fixture_bytes("ximi_cp1252.csv"), "ximi.csv")
    assert [p.line for p in report.imported] == [3, 4, 5, 6, 7, 11]
    assert (invoice("F2026-0101").status, invoice("F2026-0101").amount_due) == ("paid", 0)
    assert invoice("F2026-0102").status == "paid"
    assert (invoice("F2026-0103").status, invoice("F2026-0103").amount_due) == (
        "partially_paid",
        Decimal("20.00"),
    )
    assert invoice("F2026-0104").status == "paid"
    assert (invoice("F2026-0105").status, invoice("F2026-0105").amount_due) == (
        "partially_paid",
        Decimal("600.00"),
    )
    payer = Payment.get(Payment.payer_name == "Mme Hélène Lefèvre")
    assert payer.reference == "Chèque n°1234567"
    assert payer.method == "Chèque"


def test_one_payment_naming_two_invoices_settles_the_oldest_first(
    sqlite_db: peewee.Database,
) -> None:
    creditor = atelier_ledger()
    report = import_payment_file(creditor, fixture_bytes("ximi_cp1252.csv"), "ximi.csv")
    two = next(p for p in report.imported if p.line == 4)
    assert [(a.invoice_number, a.amount) for a in two.allocations] == [
        ("F2026-0102", Decimal("120.00")),
        ("F2026-0103", Decimal("180.00")),
    ]


def test_a_disputed_invoice_paid_in_full_becomes_paid_and_the_excess_is_credit(
    sqlite_db: peewee.Database,
) -> None:
    creditor = atelier_ledger()
    import_payment_file(creditor, fixture_bytes("ximi_cp1252.csv"), "ximi.csv")
    assert invoice("F2026-0106").status == "paid"
    credit = Payment.get(Payment.payer_name == "Noël Bâtiment")
    assert credit.amount == Decimal("1000.00")
    assert credit.unallocated == Decimal("100.00")


def test_malformed_rows_are_reported_with_file_line_and_column_and_the_rest_is_imported(
    sqlite_db: peewee.Database,
) -> None:
    creditor = atelier_ledger()
    report = import_payment_file(creditor, fixture_bytes("ximi_cp1252.csv"), "ximi.csv")
    assert [(e.file, e.line, e.column) for e in report.errors] == [
        ("ximi.csv", 8, ""),
        ("ximi.csv", 9, "Montant"),
        ("ximi.csv", 10, "Date règlement"),
    ]
    assert "3 field(s)" in report.errors[0].reason
    assert "douze euros" in report.errors[1].reason
    assert "not a real date" in report.errors[2].reason
    assert str(report.errors[1]).startswith("ximi.csv:9: Montant: ")
    assert Payment.select().count() == 6
    assert invoice("F2026-0108").amount_due == Decimal("12.00")


def test_the_trailing_total_line_is_skipped_and_said_so(sqlite_db: peewee.Database) -> None:
    report = import_payment_file(atelier_ledger(), fixture_bytes("ximi_cp1252.csv"), "x.csv")
    assert [s.line for s in report.skipped] == [12]
    assert report.skipped[0].reason.startswith("total line")


def test_a_payment_matching_nothing_waits_in_the_unmatched_queue(
    sqlite_db: peewee.Database,
) -> None:
    report = import_payment_file(atelier_ledger(), fixture_bytes("ximi_cp1252.csv"), "x.csv")
    assert [(p.line, p.amount) for p in report.unmatched] == [(11, Decimal("77.00"))]
    queued = Payment.get(Payment.payer_name == "Inconnu Œuvre")
    assert queued.unallocated == Decimal("77.00")
    assert not queued.allocations.exists()


def test_importing_the_same_file_twice_counts_each_payment_once(
    ledger_db: peewee.Database,
) -> None:
    creditor = atelier_ledger()
    import_payment_file(creditor, fixture_bytes("ximi_cp1252.csv"), "ximi.csv")
    again = import_payment_file(creditor, fixture_bytes("ximi_cp1252.csv"), "ximi (1).csv")
    assert again.imported == []
    assert [d.line for d in again.duplicates] == [3, 4, 5, 6, 7, 11]
    assert Payment.select().count() == 6
    assert PaymentAllocation.select().count() == 6
    assert invoice("F2026-0105").amount_due == Decimal("600.00")


def test_overlapping_files_never_count_a_payment_twice(sqlite_db: peewee.Database) -> None:
    creditor = make_creditor()
    alpha = make_debtor(creditor, name="Alpha")
    make_invoice(alpha, number="F2026-0201", total="300.00")
    make_invoice(make_debtor(creditor, name="Beta"), number="F2026-0202", total="200.00")
    make_invoice(make_debtor(creditor, name="Gamma"), number="F2026-0203", total="300.00")
    first = import_payment_file(creditor, fixture_bytes("week1.csv"), "week1.csv")
    second = import_payment_file(creditor, fixture_bytes("week2.csv"), "week2.csv")
    assert len(first.imported) == 4
    assert [d.line for d in second.duplicates] == [2, 3, 4]
    assert [p.line for p in second.imported] == [5]
    assert Payment.select().count() == 5
    assert invoice("F2026-0201").amount_due == Decimal("200.00")
    assert invoice("F2026-0202").status == "paid"
    assert len(first.unmatched) == 2


def test_two_identical_lines_in_one_file_are_two_payments(sqlite_db: peewee.Database) -> None:
    creditor = make_creditor()
    data = b"Date;Montant;Client\n02/11/2026;50,00;Alpha\n02/11/2026;50,00;Alpha\n"
    report = import_payment_file(creditor, data, "two.csv")
    assert len({p.key for p in report.imported}) == 2


def test_a_dry_run_reports_the_matches_and_writes_nothing(sqlite_db: peewee.Database) -> None:
    creditor = atelier_ledger()
    report = import_payment_file(
        creditor, fixture_bytes("ximi_cp1252.csv"), "ximi.csv", dry_run=True
    )
    assert report.dry_run
    assert len(report.matched) == 5
    assert Payment.select().count() == 0
    assert invoice("F2026-0101").status == "open"
    assert report.summary()[0].startswith("ximi.csv (csv) for atelier: would import 6")


def test_a_bom_file_with_commas_and_english_headers_is_read(sqlite_db: peewee.Database) -> None:
    creditor = make_creditor()
    make_invoice(make_debtor(creditor, name="Hélène Lefèvre"), number="F2026-0101", total="1250")
    make_invoice(make_debtor(creditor, name="ACME"), number="F2026-0104", total="150")
    make_invoice(make_debtor(creditor, name="François Dupré"), number="F2026-0110", total="89.90")
    report = import_payment_file(creditor, fixture_bytes("bank_bom.csv"), "bank.csv")
    assert report.errors == []
    # "Payment for F 2026 0104" is never joined into a number: the amount and name decide.
    assert [(a.invoice_number, a.matched_by) for p in report.imported for a in p.allocations] == [
        ("F2026-0101", "invoice_number"),
        ("F2026-0104", "amount+payer_name"),
        ("F2026-0110", "amount+payer_name"),
    ]
    assert Payment.get(Payment.amount == Decimal("1250.00")).payer_name == "Lefèvre, Hélène"


def test_a_declared_mapping_reads_headers_nobody_could_guess(sqlite_db: peewee.Database) -> None:
    mapping = {
        "columns": {"date": "Encaissé le", "amount": "Somme perçue", "invoice_number": "Pièce"},
        "date_format": "%Y%m%d",
        "decimal": ",",
        "delimiter": "|",
        "encoding": "latin-1",
    }
    creditor = make_creditor(payments_csv=json.dumps(mapping))
    make_invoice(make_debtor(creditor), number="A-17", total="40.50")
    data = "Encaissé le|Somme perçue|Pièce\n20261103|40,50|A-17\n".encode("latin-1")
    report = import_payment_file(creditor, data, "odd.csv")
    assert [a.invoice_number for p in report.imported for a in p.allocations] == ["A-17"]
    assert invoice("A-17").status == "paid"


def test_a_mapping_by_column_number_reads_a_file_without_header(
    sqlite_db: peewee.Database,
) -> None:
    mapping = {"columns": {"date": 2, "amount": 3, "invoice_number": 1}}
    creditor = make_creditor(payments_csv=json.dumps(mapping))
    make_invoice(make_debtor(creditor), number="A-18", total="10.00")
    report = import_payment_file(creditor, b"A-18;03/11/2026;10,00\n", "bare.csv")
    assert invoice("A-18").status == "paid"
    assert report.errors == []


def test_a_file_no_declared_format_fits_is_read_by_its_headers_if_it_can_be(
    sqlite_db: peewee.Database,
) -> None:
    creditor = make_creditor(payments_csv=json.dumps({"columns": {"amount": "Montant net"}}))
    report = import_payment_file(creditor, b"Date;Montant\n03/11/2026;10,00\n", "p.csv")
    assert report.format == "csv"
    with pytest.raises(
        UnusableMapping, match=r"format 'default': .*'Montant net' \(columns\.amount\)"
    ):
        import_payment_file(creditor, b"Jour;Somme\n03/11/2026;10,00\n", "p.csv")


def test_a_bad_mapping_stops_the_file_naming_the_creditor_and_key(
    sqlite_db: peewee.Database,
) -> None:
    creditor = make_creditor(slug="acme", payments_csv=json.dumps({"decimal": ";"}))
    with pytest.raises(UnusableMapping, match=r"creditor 'acme': payments_csv\.decimal"):
        import_payment_file(creditor, b"Date;Montant\n03/11/2026;10,00\n", "p.csv")
    assert Payment.select().count() == 0


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"%PDF-1.7 ...", "a PDF"),
        (b"PK\x03\x04....", "export the payments as CSV"),
        (b"<invoice/>", "not a CAMT.053"),
        (b"nom;ville\nDupont;Paris\n", "no header row naming a date and an amount"),
    ],
)
def test_a_file_that_is_not_a_payments_export_is_refused_whole(
    sqlite_db: peewee.Database, data: bytes, reason: str
) -> None:
    with pytest.raises(UnreadablePaymentFile, match=reason):
        import_payment_file(make_creditor(), data, "what.bin")


def test_a_refund_line_is_a_debit_not_an_error(sqlite_db: peewee.Database) -> None:
    report = import_payment_file(
        make_creditor(), b"Date;Montant\n03/11/2026;-10,00\n04/11/2026;5,00\n", "r.csv"
    )
    assert report.errors == []
    assert [(s.line, s.kind) for s in report.skipped] == [(2, "debit")]
    assert len(report.imported) == 1


def test_the_filename_reported_is_a_bare_name(sqlite_db: peewee.Database) -> None:
    report = import_payment_file(
        make_creditor(), b"Date;Montant\n03/11/2026;10,00\n", "../../etc/p\x07ay.csv"
    )
    assert report.filename == "p ay.csv"


def test_a_settlement_id_recognises_a_payment_whose_other_columns_changed(
    sqlite_db: peewee.Database,
) -> None:
    creditor = make_creditor()
    first = "N° règlement;Date;Montant;Libellé\nR-1;03/11/2026;10,00;VIR\n".encode()
    second = "N° règlement;Date;Montant;Libellé\nR-1;03/11/2026;10,00;VIR SEPA corrigé\n".encode()
    import_payment_file(creditor, first, "a.csv")
    report = import_payment_file(creditor, second, "b.csv")
    assert [d.line for d in report.duplicates] == [2]
    assert Payment.select().count() == 1


def test_a_settlement_exported_as_one_line_per_invoice_is_every_line(
    sqlite_db: peewee.Database,
) -> None:
    creditor = make_creditor()
    make_invoice(make_debtor(creditor), number="A-1", total="10.00")
    make_invoice(make_debtor(creditor), number="A-2", total="20.00")
    data = (
        "N° règlement;Date;Montant;Facture\nR-7;03/11/2026;10,00;A-1\nR-7;03/11/2026;20,00;A-2\n"
    ).encode()
    report = import_payment_file(creditor, data, "split.csv")
    assert len(report.matched) == 2
    assert invoice("A-2").status == "paid"


def test_a_total_written_in_the_date_column_is_a_total_line(sqlite_db: peewee.Database) -> None:
    data = "Date;Montant\n03/11/2026;10,00\nTotal général;10,00\n".encode()
    report = import_payment_file(make_creditor(), data, "t.csv")
    assert [s.line for s in report.skipped] == [3]
    assert report.errors == []


def test_a_declared_invoice_column_missing_from_the_file_is_named(
    sqlite_db: peewee.Database,
) -> None:
    creditor = make_creditor(payments_csv=json.dumps({"columns": {"invoice_number": "Pièce"}}))
    with pytest.raises(UnusableMapping, match=r"'Pièce' \(columns\.invoice_number\)"):
        import_payment_file(creditor, b"Jour;Somme\n03/11/2026;10,00\n", "p.csv")


def test_two_imports_of_overlapping_files_at_once_count_each_payment_once(
    ledger_db: peewee.Database,
) -> None:
    creditor = make_creditor()
    for name, number, total in (
        ("Alpha", "0201", "300"),
        ("Beta", "0202", "200"),
        ("Gamma", "0203", "300"),
    ):
        make_invoice(make_debtor(creditor, name=name), number=f"F2026-{number}", total=total)
    reports: list[object] = []

    def run(name: str) -> None:
        with ledger_db.connection_context():
            reports.append(import_payment_file(creditor, fixture_bytes(name), name))

    threads = [threading.Thread(target=run, args=(n,)) for n in ("week1.csv", "week2.csv") * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(reports) == 4
    assert Payment.select().count() == 5
    assert invoice("F2026-0202").amount_due == Decimal("0.00")
    assert invoice("F2026-0203").amount_due == Decimal("0.00")
    assert PaymentAllocation.select().count() == 3


@pytest.mark.parametrize(
    ("filename", "data", "expected"),
    [
        ("reglements.csv", b"Date;Montant\n", True),
        ("releve.xml", fixture_bytes("camt053_several.xml"), True),
        ("facture.pdf", b"%PDF-1.7", False),
        ("other.xml", b"<Invoice/>", False),
    ],
)
def test_the_pipeline_can_tell_a_payments_attachment(
    filename: str, data: bytes, expected: bool
) -> None:
    assert is_payment_file(filename, data) is expected


def test_a_file_of_only_bad_rows_records_nothing_and_reports_each(
    ledger_db: peewee.Database,
) -> None:
    data = b"Date;Montant\n99/99/2026;10,00\n03/11/2026;abc\n"
    report = import_payment_file(make_creditor(), data, "bad.csv")
    assert [(e.line, e.column) for e in report.errors] == [(2, "Date"), (3, "Montant")]
    assert report.imported == [] and report.duplicates == []
    assert Payment.select().count() == 0


def test_an_amount_no_column_can_keep_exactly_is_refused_and_the_largest_is_kept_to_the_cent(
    ledger_db: peewee.Database,
) -> None:
    creditor = make_creditor(slug="atelier")
    data = (
        "Date;Montant;Libellé\n"
        "05/12/2026;100000000000000000000,07;Virement énorme\n"
        "05/12/2026;999 999 999 999,99;Virement maximal\n"
    ).encode()
    report = import_payment_file(creditor, data, "releve.csv")
    [error] = report.errors
    assert (error.line, error.column) == (2, "Montant")
    assert "beyond ±10^12" in error.reason
    [payment] = Payment.select()
    assert Payment.get_by_id(payment.id).amount == Decimal("999999999999.99")
