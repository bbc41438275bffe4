"""Small remainders: closed under the creditor's tolerance, or written off by staff."""

from __future__ import annotations

from decimal import Decimal

import peewee
import pytest

from ingest.payments import import_payment_file
from ledger.manual_payments import allocate_manually, write_off
from ledger.models import InvoiceWriteOff, Payment
from ledger.payments import AllocationError
from tests.factories import make_creditor, make_debtor, make_invoice
from tests.payments.builders import invoice

CSV = "Date;Facture;Montant\n20/11/2026;F2026-0400;{amount}\n"


@pytest.mark.parametrize(
    ("amount", "status", "due", "written"),
    [
        ("97,22", "paid", "0.00", "2.78"),
        ("99,50", "paid", "0.00", "0.50"),
        ("99,00", "partially_paid", "1.00", None),
    ],
)
def test_a_remainder_under_the_tolerance_closes_the_invoice_with_a_write_off(
    ledger_db: peewee.Database, amount: str, status: str, due: str, written: str | None
) -> None:
    creditor = make_creditor(write_off_below=Decimal("3.00") if amount == "97,22" else 1)
    make_invoice(make_debtor(creditor), number="F2026-0400", total="100.00")
    report = import_payment_file(creditor, CSV.format(amount=amount).encode(), "p.csv")
    assert (invoice("F2026-0400").status, str(invoice("F2026-0400").amount_due)) == (status, due)
    amounts = [str(w.amount) for w in InvoiceWriteOff.select()]
    assert amounts == ([written] if written else [])
    if written:
        assert f"written off p.csv:2: {written} EUR left on F2026-0400 (under the tolerance)" in (
            report.summary()
        )


def test_a_tolerance_of_zero_never_writes_off(sqlite_db: peewee.Database) -> None:
    creditor = make_creditor(write_off_below=0)
    make_invoice(make_debtor(creditor), number="F2026-0400", total="100.00")
    import_payment_file(creditor, CSV.format(amount="99,99").encode(), "p.csv")
    assert invoice("F2026-0400").amount_due == Decimal("0.01")


def test_staff_write_off_any_remainder_with_a_reason(sqlite_db: peewee.Database) -> None:
    target = make_invoice(make_debtor(make_creditor()), total="100.00", amount_due="12.40")
    with pytest.raises(AllocationError) as refused:
        write_off(target, "  ", by="claire")
    assert refused.value.code == "no_reason"
    written = write_off(target, "geste commercial", by="claire")
    assert (written.amount, written.reason, written.written_by) == (
        Decimal("12.40"),
        "geste commercial",
        "claire",
    )
    assert invoice(target.number).status == "paid"


def test_a_hand_match_can_write_off_the_difference(sqlite_db: peewee.Database) -> None:
    creditor = make_creditor()
    target = make_invoice(make_debtor(creditor), total="100.00")
    payment = Payment.create(
        creditor=creditor, key="k", amount=Decimal("90"), received_on="2026-11-20",
        unallocated=Decimal("90"),
    )  # fmt: skip
    allocate_manually(payment, target, "90", write_off_reason="frais bancaires", by="claire")
    assert invoice(target.number).status == "paid"
    assert [(w.amount, w.reason) for w in InvoiceWriteOff.select()] == [
        (Decimal("10.00"), "frais bancaires")
    ]
