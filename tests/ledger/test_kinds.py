"""Debtor kind and language at intake: a business only on a sign of one (issue 11, defect 3)."""

from __future__ import annotations

import pytest

from ledger.debtors import DebtorFacts, match_or_create_debtor
from ledger.kinds import classify_debtor, language_for
from tests.factories import make_creditor


@pytest.mark.parametrize(
    ("name", "legal_id", "creditor_b2b", "kind", "reason"),
    [
        ("Mme Agnès Moreau", None, True, "consumer", "civility mme"),
        ("M. et Mme Durand", None, True, "consumer", "civility m"),
        ("Famille Martin", None, True, "consumer", "civility famille"),
        ("Monsieur Jean Petit", None, True, "consumer", "civility monsieur"),
        ("Plomberie Dupont SARL", None, False, "business", "company form SARL"),
        ("S.A.R.L. Dubois", None, False, "business", "company form SARL"),
        ("SCI Les Tilleuls", None, False, "business", "company form SCI"),
        ("Müller GmbH", None, False, "business", "company form GMBH"),
        ("Smith & Sons Ltd", None, False, "business", "company form LTD"),
        ("Widgets Inc.", None, False, "business", "company form INC"),
        ("M. Dupont (Garage Dupont)", None, False, "business", "company name (garage)"),
        ("Boulangerie Paul", None, False, "business", "company name (boulangerie)"),
        ("Jean Dupont", "732829320", False, "business", "legal id on the invoice"),
        ("Jean Dupont", None, True, "business", "creditor's default (b2b)"),
        ("Jean Dupont", None, False, "consumer", "creditor's default"),
    ],
)
def test_a_debtor_is_a_business_only_on_a_sign_of_one(
    name: str, legal_id: str | None, creditor_b2b: bool, kind: str, reason: str
) -> None:
    assert classify_debtor(name, legal_id, creditor_is_b2b=creditor_b2b) == (kind, reason)


@pytest.mark.parametrize(
    ("country", "invoice_language", "expected"),
    [("FR", None, "fr"), ("BE", None, "fr"), ("GB", None, "en"), ("DE", None, "en"),
     ("FR", "en", "en"), (None, None, "fr")],
)  # fmt: skip
def test_the_language_is_the_invoices_else_the_countrys(
    country: str | None, invoice_language: str | None, expected: str
) -> None:
    assert language_for(country, invoice_language) == expected


def test_intake_records_the_kind_its_reason_and_the_language(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor(is_b2b=True)
    debtor, created = match_or_create_debtor(
        creditor, DebtorFacts(name="Mme Agnès Moreau", country="GB")
    )
    assert created
    assert (debtor.kind, debtor.kind_reason, debtor.language) == (
        "consumer",
        "civility mme",
        "en",
    )
