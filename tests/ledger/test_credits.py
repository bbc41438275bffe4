"""Credit notes offset the debtor's open invoices, same currency, oldest first (issue 11)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ledger.credits import offset_credit_notes
from ledger.invoices import InvoiceFacts, record_invoice
from ledger.manual_payments import allocate_manually
from ledger.models import CreditOffset, Invoice, Payment
from ledger.payment_returns import undo_payment
from tests.factories import make_creditor, make_debtor, make_invoice


def credit_note(debtor, number: str, amount: str, currency: str = "EUR") -> Invoice:  # type: ignore[no-untyped-def]
    return record_invoice(
        debtor.creditor,
        debtor,
        InvoiceFacts(
            number=number,
            total=Decimal(amount),
            amount_due=Decimal(amount),
            currency=currency,
            issue_date=dt.date(2026, 11, 20),
            is_credit_note=True,
        ),
    ).invoice


def amounts() -> dict[str, tuple[Decimal, str]]:
    return {i.number: (i.amount_due, i.status) for i in Invoice.select().order_by(Invoice.id)}


def test_a_credit_note_pays_the_oldest_invoice_then_the_next(ledger_db) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor())
    make_invoice(debtor, number="NEW", due_date=dt.date(2026, 12, 1), total="50")
    make_invoice(debtor, number="OLD", due_date=dt.date(2026, 11, 1), total="30")
    credit_note(debtor, "AV-1", "60")
    assert amounts() == {
        "NEW": (Decimal("20.00"), "partially_paid"),
        "OLD": (Decimal("0.00"), "paid"),
        "AV-1": (Decimal("0.00"), "paid"),
    }
    assert [
        (o.invoice.number, o.amount) for o in CreditOffset.select().order_by(CreditOffset.id)
    ] == [
        ("OLD", Decimal("30.00")),
        ("NEW", Decimal("30.00")),
    ]


def test_credit_left_over_waits_for_the_next_invoice_in_the_same_currency_only(ledger_db) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor())
    credit_note(debtor, "AV-2", "100")
    record_invoice(
        debtor.creditor,
        debtor,
        InvoiceFacts(number="USD-1", total=Decimal("70"), amount_due=Decimal("70"), currency="USD"),
    )
    record_invoice(
        debtor.creditor,
        debtor,
        InvoiceFacts(number="EUR-1", total=Decimal("70"), amount_due=Decimal("70")),
    )
    assert amounts() == {
        "AV-2": (Decimal("30.00"), "open"),
        "USD-1": (Decimal("70.00"), "open"),
        "EUR-1": (Decimal("0.00"), "paid"),
    }


def test_invoices_to_review_and_other_debtors_are_left_alone(ledger_db) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor()
    debtor, other = make_debtor(creditor), make_debtor(creditor)
    make_invoice(debtor, number="DOUBT", total="40", needs_review=True)
    make_invoice(other, number="OTHER", total="40")
    credit_note(debtor, "AV-3", "40")
    assert offset_credit_notes(debtor.id) == []
    assert amounts()["DOUBT"] == (Decimal("40.00"), "open")
    assert amounts()["OTHER"] == (Decimal("40.00"), "open")


def test_a_credit_note_read_with_negative_amounts_offsets_as_well(ledger_db) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor())
    make_invoice(debtor, number="OLD", total="30")
    credit_note(debtor, "AV-4", "-50")
    assert amounts() == {
        "OLD": (Decimal("0.00"), "paid"),
        "AV-4": (Decimal("-20.00"), "open"),
    }
    make_invoice(debtor, number="NEXT", total="80")
    offset_credit_notes(debtor.id)
    assert amounts()["NEXT"] == (Decimal("60.00"), "partially_paid")
    assert amounts()["AV-4"] == (Decimal("0.00"), "paid")


def test_credit_left_is_set_against_the_invoices_a_returned_debit_reopens_oldest_first(
    ledger_db,
) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor())
    old = make_invoice(debtor, number="OLD", due_date=dt.date(2026, 11, 1), total="30")
    new = make_invoice(debtor, number="NEW", due_date=dt.date(2026, 12, 1), total="50")
    make_invoice(debtor, number="USD", due_date=dt.date(2026, 10, 1), total="20", currency="USD")
    debit = Payment.create(
        creditor=debtor.creditor,
        key="SDD-1",
        amount=Decimal("80.00"),
        unallocated=Decimal("80.00"),
        received_on=dt.date(2026, 12, 2),
        method="direct_debit",
    )
    allocate_manually(debit, old, "30.00")
    allocate_manually(debit, new, "50.00")
    # Nothing in euros is owed when the credit note comes: its credit waits, unused.
    credit_note(debtor, "AV-5", "40")
    assert amounts()["AV-5"] == (Decimal("40.00"), "open")
    undo_payment(Payment.get_by_id(debit.id), dt.date(2026, 12, 8))
    assert amounts() == {
        "OLD": (Decimal("0.00"), "paid"),
        "NEW": (Decimal("40.00"), "partially_paid"),
        "USD": (Decimal("20.00"), "open"),
        "AV-5": (Decimal("0.00"), "paid"),
    }
    assert [
        (o.invoice.number, o.amount) for o in CreditOffset.select().order_by(CreditOffset.id)
    ] == [("OLD", Decimal("30.00")), ("NEW", Decimal("10.00"))]
