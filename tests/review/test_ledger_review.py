"""Validate, correct, reject, enter by hand: each decision recorded and noted with its author."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from ledger.models import (
    Debtor,
    DebtorNote,
    Document,
    DocumentOutcome,
    Invoice,
    InvoiceConflict,
    InvoiceStatus,
    Payment,
    PaymentAllocation,
)
from ledger.review import (
    DebtorEdit,
    InvoiceEdit,
    ReviewError,
    cancel,
    correct,
    edit_of,
    enter_by_hand,
    reject,
    validate,
)
from tests.factories import make_creditor, make_debtor, make_invoice


@pytest.fixture
def held(sqlite_db) -> Invoice:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor(), name="Garage des Lilas", postcode="69003")
    return make_invoice(
        debtor, number="F-1", total="120.00", needs_review=True, review_reason="due_date not found"
    )


def notes(invoice: Invoice) -> list[tuple[str, str]]:
    rows = DebtorNote.select().where(DebtorNote.debtor == invoice.debtor).order_by(DebtorNote.id)
    return [(n.author, n.text) for n in rows]


def test_validating_releases_the_invoice_and_says_who_did(held: Invoice) -> None:
    InvoiceConflict.create(invoice=held, total=Decimal("130.00"), amount_due=Decimal("130.00"))
    validate(held, by="claire")
    again = Invoice.get_by_id(held.id)
    assert not again.needs_review
    assert InvoiceConflict.get().resolved_at is not None
    assert notes(held) == [("claire", "validated: F-1")]


def test_correcting_records_the_values_and_names_each_change(held: Invoice) -> None:
    edit = replace(edit_of(held), due_date=dt.date(2026, 12, 15), amount_due=Decimal("90.00"))
    changed = correct(held, edit, by="claire")
    assert changed == ["due_date", "total_due"]
    again = Invoice.get_by_id(held.id)
    assert (again.due_date, again.amount_due, again.needs_review) == (
        dt.date(2026, 12, 15), Decimal("90.00"), False,
    )  # fmt: skip
    assert notes(held) == [
        (
            "claire",
            "corrected and validated: F-1 (due_date 2026-12-01 → 2026-12-15; "
            "total_due 120.00 EUR → 90.00 EUR)",
        )
    ]


def test_a_credit_note_carries_negative_amounts_whatever_sign_was_typed(held: Invoice) -> None:
    correct(held, replace(edit_of(held), is_credit_note=True), by="claire")
    again = Invoice.get_by_id(held.id)
    assert again.is_credit_note and again.total == Decimal("-120.00")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"number": "F-2"}, "invoice_number"),
        ({"due_date": dt.date(2026, 10, 1)}, "due_date"),
        ({"amount_due": Decimal("500.00")}, "total_due"),
    ],
)
def test_a_correction_that_cannot_be_true_is_refused_naming_the_field(
    held: Invoice, change: dict[str, object], field: str
) -> None:
    make_invoice(held.debtor, number="F-2")
    with pytest.raises(ReviewError) as refused:
        correct(held, replace(edit_of(held), **change), by="claire")
    assert refused.value.field == field
    assert Invoice.get_by_id(held.id).needs_review


def test_a_debtor_read_wrong_is_corrected_in_place_when_the_invoice_is_its_only_one(
    held: Invoice,
) -> None:
    debtor = DebtorEdit(name="Pharmacie du Centre", email="compta@pharmacie.test", postcode="69003")
    correct(held, replace(edit_of(held), debtor=debtor), by="claire")
    again = Invoice.get_by_id(held.id)
    assert again.debtor_id == held.debtor_id
    assert (again.debtor.name, again.debtor.email) == (
        "Pharmacie du Centre",
        "compta@pharmacie.test",
    )


def test_an_invoice_of_another_known_debtor_moves_to_that_debtor(held: Invoice) -> None:
    first = held.debtor
    make_invoice(first, number="F-9")
    other = make_debtor(held.creditor, name="Pharmacie du Centre", customer_ref="C042")
    edit = replace(edit_of(held), debtor=DebtorEdit(name="Pharmacie", customer_ref="C042"))
    correct(held, edit, by="c")
    assert Invoice.get_by_id(held.id).debtor_id == other.id
    assert Debtor.get_by_id(other.id).name == "Pharmacie du Centre"
    assert notes(held)[0][1].startswith("corrected and validated: F-1 (debtor.name")
    assert DebtorNote.get(DebtorNote.debtor == first).text == (
        "moved to another debtor: F-1 → Pharmacie du Centre"
    )


def test_rejecting_cancels_what_is_not_an_invoice(held: Invoice) -> None:
    reject(held, by="claire")
    again = Invoice.get_by_id(held.id)
    assert (again.status, again.needs_review) == (InvoiceStatus.CANCELLED, False)
    assert notes(held) == [("claire", "rejected, not an invoice: F-1")]


def test_an_invoice_the_creditor_withdrew_is_cancelled_with_its_reason(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    invoice = make_invoice(make_debtor(make_creditor()), number="F-9")
    with pytest.raises(ReviewError) as refused:
        cancel(invoice, by="claire", reason="  ")
    assert refused.value.field == "reason"
    cancel(invoice, by="claire", reason="remplacée\npar F-10")
    assert Invoice.get_by_id(invoice.id).status == InvoiceStatus.CANCELLED
    assert notes(invoice) == [("claire", "cancelled (remplacée par F-10): F-9")]


@pytest.mark.parametrize("settled", ["paid", "allocated"])
def test_an_invoice_paid_even_in_part_is_not_cancelled(sqlite_db, settled: str) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor())
    invoice = make_invoice(debtor, status=InvoiceStatus.PAID if settled == "paid" else "open")
    if settled == "allocated":
        payment = Payment.create(
            creditor=debtor.creditor, key="p1", amount=Decimal("10.00"),
            received_on=dt.date(2026, 11, 20), unallocated=Decimal(0),
        )  # fmt: skip
        PaymentAllocation.create(payment=payment, invoice=invoice, amount=Decimal("10.00"))
    with pytest.raises(ReviewError):
        cancel(invoice, by="claire", reason="remplacée")
    assert Invoice.get_by_id(invoice.id).status != InvoiceStatus.CANCELLED


def test_an_invoice_typed_by_hand_is_recorded_and_its_document_ingested(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor()
    known = make_debtor(creditor, name="Hôtel Beau Rivage", customer_ref="C7")
    scan = Document.create(
        creditor=creditor, sha256="ab" * 32, outcome=DocumentOutcome.QUARANTINED, reason="scan"
    )
    edit = InvoiceEdit(
        number="SC-1",
        total=Decimal("50.00"),
        amount_due=Decimal("50.00"),
        due_date=dt.date(2026, 12, 1),
        debtor=DebtorEdit(name="Hotel Beau Rivage", customer_ref="C7", phone="06 12 34 56 78"),
    )
    invoice = enter_by_hand(scan, creditor, edit, by="claire")
    assert (invoice.debtor_id, invoice.parse_source, invoice.needs_review) == (
        known.id, "manual", False,
    )  # fmt: skip
    assert invoice.debtor.phone == "+33612345678"
    document = Document.get_by_id(scan.id)
    assert (document.outcome, document.reason) == ("ingested", "entered by hand by claire: SC-1")
    assert notes(invoice) == [("claire", f"entered by hand: SC-1 (document #{scan.id})")]
