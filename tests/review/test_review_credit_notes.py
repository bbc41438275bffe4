"""A credit note a person validates, corrects or types offsets the debtor's open invoices in its
currency, oldest first, exactly as one recorded at intake does (issue 11 with issue 12)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from ledger.models import CreditOffset, Debtor, Document, DocumentOutcome, Invoice
from ledger.review import correct, edit_of, enter_by_hand, validate
from tests.factories import make_creditor, make_debtor, make_invoice


@pytest.fixture
def debtor(sqlite_db) -> Debtor:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor(), name="Garage des Lilas", postcode="69003")
    make_invoice(debtor, number="NEW", due_date=dt.date(2026, 12, 1), total="50")
    make_invoice(debtor, number="OLD", due_date=dt.date(2026, 11, 1), total="30")
    make_invoice(debtor, number="USD", due_date=dt.date(2026, 10, 1), total="90", currency="USD")
    return debtor


def offsets() -> list[tuple[str, str, Decimal]]:
    rows = CreditOffset.select().order_by(CreditOffset.id)
    return [(o.credit_note.number, o.invoice.number, o.amount) for o in rows]


def due(number: str) -> Decimal:
    return Invoice.get(Invoice.number == number).amount_due


@pytest.mark.parametrize("amount", ["-60.00", "60.00"])
def test_a_credit_note_validated_after_review_offsets_the_oldest_invoices_first(
    debtor: Debtor, amount: str
) -> None:
    held = make_invoice(debtor, number="AV-1", total=amount, is_credit_note=True, needs_review=True)
    assert offsets() == []
    validate(held, by="claire")
    assert offsets() == [("AV-1", "OLD", Decimal("30.00")), ("AV-1", "NEW", Decimal("30.00"))]
    assert (due("OLD"), due("NEW"), due("USD"), due("AV-1")) == (
        Decimal("0.00"), Decimal("20.00"), Decimal("90.00"), Decimal("0.00"),
    )  # fmt: skip


def test_an_invoice_corrected_into_a_credit_note_offsets_the_open_invoices(
    debtor: Debtor,
) -> None:
    held = make_invoice(debtor, number="AV-2", total="40", needs_review=True)
    correct(held, replace(edit_of(held), is_credit_note=True), by="claire")
    assert offsets() == [("AV-2", "OLD", Decimal("30.00")), ("AV-2", "NEW", Decimal("10.00"))]
    assert due("AV-2") == Decimal("0.00")


def test_a_credit_note_typed_by_hand_offsets_the_open_invoices(debtor: Debtor) -> None:
    scan = Document.create(
        creditor=debtor.creditor, sha256="cd" * 32, outcome=DocumentOutcome.QUARANTINED
    )
    edit = replace(
        edit_of(Invoice.get(Invoice.number == "OLD")),
        number="AV-3",
        total=Decimal("25.00"),
        amount_due=Decimal("25.00"),
        is_credit_note=True,
    )
    enter_by_hand(scan, debtor.creditor, edit, by="claire")
    assert offsets() == [("AV-3", "OLD", Decimal("25.00"))]
    assert due("OLD") == Decimal("5.00")
