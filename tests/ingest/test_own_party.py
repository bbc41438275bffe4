from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ingest.filing import file_invoices
from ledger.models import Creditor, Document, Invoice
from parsing import ParsedDebtor, ParsedInvoice

FAR = ParsedDebtor(name="SCI Les Tilleuls", email="gestion@tilleuls.test", phone="+33388000000")


def filed(creditor: Creditor, debtor: ParsedDebtor) -> Invoice:
    document = Document.create(
        creditor=creditor,
        sha256="0" * 64,
        original_filename="facture.pdf",
        size=1,
        sender="compta@creditor.test",
    )
    record = ParsedInvoice(
        file="facture.pdf",
        pages=(1,),
        invoice_number="F-1",
        issue_date=dt.date(2026, 11, 2),
        due_date=dt.date(2026, 12, 2),
        total=Decimal("120.00"),
        total_due=Decimal("120.00"),
        currency="EUR",
        debtor=debtor,
        confidence=0.95,
    )
    file_invoices(document, creditor, [record])
    return Invoice.get()


@pytest.mark.parametrize(
    ("debtor", "problem"),
    [
        (ParsedDebtor(name="Sarl Plomberie Durand"), "debtor.name: the creditor's own name"),
        (
            ParsedDebtor(name="SCI Les Tilleuls", email="Compta@Durand.test"),
            "debtor.email: the creditor's own e-mail",
        ),
        (
            ParsedDebtor(name="SCI Les Tilleuls", phone="03 88 12 34 56"),
            "debtor.phone: the creditor's own phone",
        ),
    ],
)
def test_a_debtor_read_as_the_creditor_itself_is_held_for_review_naming_the_field(
    sqlite_db, debtor: ParsedDebtor, problem: str
) -> None:  # type: ignore[no-untyped-def]
    creditor = Creditor.create(
        slug="durand",
        name="Plomberie Durand SARL",
        email="compta@durand.test",
        phone="+33388123456",
    )
    invoice = filed(creditor, debtor)
    assert invoice.needs_review
    assert problem in invoice.review_reason


def test_a_debtor_of_its_own_is_recorded_without_doubt(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    creditor = Creditor.create(
        slug="durand",
        name="Plomberie Durand SARL",
        email="compta@durand.test",
        phone="+33388123456",
    )
    invoice = filed(creditor, FAR)
    assert not invoice.needs_review
