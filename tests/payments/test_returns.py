"""Returned direct debits and reversed credits: the payment is undone, the invoice reopens,
the timeline says it, and the creditor is told in the daily digest."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import peewee
import pytest

from admin.timeline import timeline
from ingest.payments import import_payment_file
from ledger.models import Creditor, Invoice, Payment, PaymentAllocation, PaymentReturn
from ledger.payment_returns import unreported_returns
from scheduler.digest import render_digest
from tests.factories import make_creditor, make_debtor, make_invoice
from tests.payments.builders import bank_bytes, banks_ledger, invoice
from tests.payments.camt_builder import Tx, statement

ABN = "oca-test-camt053.xml"
ABN_ACCOUNT = "NL77ABNA0574908765"


@pytest.fixture
def collected(ledger_db: peewee.Database) -> Creditor:
    """The two direct debits the public ABN sample later reverses, collected and paid."""
    creditor = make_creditor()
    make_invoice(make_debtor(creditor, name="Test Customer"), number="S14-0410-1", total="564.05")
    make_invoice(make_debtor(creditor, name="Other Customer"), number="S14-0410-2", total="100.00")
    collection = statement(
        (
            "COLL-20141229",
            "IDDT",
            [
                Tx("564.05", "TESTBANK/NL/20141229/01206408", creditor_ref="S14-0410-1"),
                Tx("100.00", "TESTBANK/NL/20141229/01206407", creditor_ref="S14-0410-2"),
            ],
        ),
        account=ABN_ACCOUNT,
        booked="2014-01-02",
    )
    report = import_payment_file(creditor, collection, "collection.xml")
    assert len(report.matched) == 2
    assert invoice("S14-0410-1").status == "paid"
    return creditor


def test_a_reversed_direct_debit_batch_reopens_each_invoice_it_had_paid(
    collected: Creditor,
) -> None:
    report = import_payment_file(collected, bank_bytes(ABN), ABN)
    assert [(r.amount, r.reason, r.reopened) for r in report.returns] == [
        (Decimal("564.05"), "AC06 reversal", ("S14-0410-1",)),
        (Decimal("100.00"), "AC06 reversal", ("S14-0410-2",)),
    ]
    first = invoice("S14-0410-1")
    assert (first.status, first.amount_due) == ("open", Decimal("564.05"))
    assert invoice("S14-0410-2").amount_due == Decimal("100.00")
    returned = Payment.get(Payment.end_to_end_id == "TESTBANK/NL/20141229/01206408")
    assert returned.returned_on == dt.date(2014, 1, 5)
    assert returned.unallocated == Decimal("0.00")
    net = PaymentAllocation.select(peewee.fn.SUM(PaymentAllocation.amount)).where(
        PaymentAllocation.payment == returned
    )
    assert Decimal(str(net.scalar())) == Decimal("0")


def test_a_return_imported_twice_undoes_its_payment_once(collected: Creditor) -> None:
    import_payment_file(collected, bank_bytes(ABN), ABN)
    again = import_payment_file(collected, bank_bytes(ABN), "again.xml")
    assert again.returns == []
    assert len(again.duplicates) == 3
    assert invoice("S14-0410-1").amount_due == Decimal("564.05")
    assert PaymentReturn.select().count() == 2


def test_the_timeline_and_the_digest_tell_of_the_return(collected: Creditor) -> None:
    import_payment_file(collected, bank_bytes(ABN), ABN)
    debtor = invoice("S14-0410-1").debtor
    kinds = [event.kind for event in timeline(debtor)]
    assert kinds.count("returned") == 1 and kinds.count("payment") == 1
    returns = unreported_returns(collected)
    config = SimpleNamespace(worklist_url="")
    digest = render_digest(config, [], dt.date(2014, 1, 6), returns)  # type: ignore[arg-type]
    assert digest.subject.startswith("Relance : 2 paiement(s) rejeté(s) par la banque")
    assert "motif AC06 (compte du débiteur bloqué)" in digest.text


def test_a_return_naming_no_payment_of_ours_waits_for_a_person(sqlite_db: peewee.Database) -> None:
    creditor = make_creditor()
    report = import_payment_file(creditor, bank_bytes(ABN), ABN)
    assert [r.note for r in report.returns] == ["no payment of ours fits this return"] * 2
    assert PaymentReturn.select().where(PaymentReturn.payment.is_null()).count() == 2


def test_a_negative_csv_line_with_the_same_reference_returns_the_payment(
    sqlite_db: peewee.Database,
) -> None:
    creditor = banks_ledger()
    paid = "Date;Montant;Libellé\n18/11/2026;150,00;VIR SEPA MARTIN FACTURE F2026-0201\n"
    import_payment_file(creditor, paid.encode(), "week1.csv")
    assert invoice("F2026-0201").status == "paid"
    back = "Date;Montant;Libellé\n25/11/2026;-150,00;VIR SEPA MARTIN FACTURE F2026-0201\n"
    report = import_payment_file(creditor, back.encode(), "week2.csv")
    assert [r.reopened for r in report.returns] == [("F2026-0201",)]
    assert report.debits == []
    assert (invoice("F2026-0201").status, invoice("F2026-0201").amount_due) == (
        "open",
        Decimal("150.00"),
    )


def test_a_return_reopening_an_invoice_uses_the_debtors_unused_credit_on_it(
    sqlite_db: peewee.Database,
) -> None:
    creditor = banks_ledger()
    paid = "Date;Montant;Libellé\n18/11/2026;150,00;VIR SEPA MARTIN FACTURE F2026-0201\n"
    import_payment_file(creditor, paid.encode(), "week1.csv")
    debtor = invoice("F2026-0201").debtor
    make_invoice(debtor, number="AV-2026-07", total="-60.00", is_credit_note=True)
    back = "Date;Montant;Libellé\n25/11/2026;-150,00;VIR SEPA MARTIN FACTURE F2026-0201\n"
    import_payment_file(creditor, back.encode(), "week2.csv")
    reopened = invoice("F2026-0201")
    assert (reopened.status, reopened.amount_due) == ("partially_paid", Decimal("90.00"))
    assert (invoice("AV-2026-07").status, invoice("AV-2026-07").amount_due) == (
        "paid",
        Decimal("0.00"),
    )
    events = [event.kind for event in timeline(debtor)]
    assert events.count("returned") == 1 and events.count("offset") == 1


def test_a_line_reversed_in_a_later_neobank_export_takes_its_payment_back(
    sqlite_db: peewee.Database,
) -> None:
    creditor = banks_ledger()
    import_payment_file(creditor, bank_bytes("qonto.csv"), "qonto.csv")
    assert invoice("F2026-0206").status == "paid"
    settled, reversed_ = b"settled,18-11-2026 10:02:11", b"reversed,18-11-2026 10:02:11"
    later = bank_bytes("qonto.csv").replace(settled, reversed_)
    report = import_payment_file(creditor, later, "qonto-later.csv")
    assert [r.reopened for r in report.returns] == [("F2026-0206",)]
    assert invoice("F2026-0206").amount_due == Decimal("42.00")


def test_a_return_of_one_of_two_payments_leaves_the_invoice_partially_paid(
    sqlite_db: peewee.Database,
) -> None:
    creditor = make_creditor()
    make_invoice(make_debtor(creditor), number="F2026-0300", total="100.00")
    first = statement(("E-1", "RCDT", [Tx("60.00", "E2E-A", creditor_ref="F2026-0300")]))
    second = statement(("E-2", "RCDT", [Tx("40.00", "E2E-B", creditor_ref="F2026-0300")]))
    import_payment_file(creditor, first, "a.xml")
    import_payment_file(creditor, second, "b.xml")
    assert invoice("F2026-0300").status == "paid"
    back = statement(("E-3", "RCDT", [Tx("40.00", "E2E-B")]), direction="DBIT").replace(
        b"</CdtDbtInd><Sts>", b"</CdtDbtInd><RvslInd>true</RvslInd><Sts>"
    )
    import_payment_file(creditor, back, "c.xml")
    assert (invoice("F2026-0300").status, invoice("F2026-0300").amount_due) == (
        "partially_paid",
        Decimal("40.00"),
    )


def test_an_ordinary_debit_is_no_return(sqlite_db: peewee.Database) -> None:
    creditor = banks_ledger()
    report = import_payment_file(creditor, bank_bytes("credit_agricole.csv"), "ca.csv")
    assert report.returns == []
    assert len(report.debits) == 2
    assert Invoice.select().where(Invoice.status == "open").count() == 4
