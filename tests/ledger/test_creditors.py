from __future__ import annotations

import peewee
import pytest

from ledger.creditors import CreditorFacts, creditor_for_sender, upsert_creditors
from ledger.models import Creditor


def test_declared_creditors_are_created_then_updated_in_place(ledger_db: peewee.Database) -> None:
    upsert_creditors([CreditorFacts(slug="soins", name="Soins à domicile")])
    upsert_creditors([CreditorFacts(slug="soins", name="Soins SARL", default_ladder="standard")])
    creditor = Creditor.get(Creditor.slug == "soins")
    assert (creditor.name, creditor.default_ladder) == ("Soins SARL", "standard")
    assert Creditor.select().count() == 1


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        ("compta@soins.fr", "soins"),
        ("COMPTA@Soins.FR", "soins"),
        ("boss@tutorat.fr", "tutorat"),
        ("anyone@tutorat.fr", "tutorat-domain"),
        ("compta@soins.fr.evil.com", None),
        ("eve@example.org", None),
    ],
)
def test_only_allowed_senders_find_a_creditor(
    ledger_db: peewee.Database, sender: str, expected: str | None
) -> None:
    upsert_creditors(
        [
            CreditorFacts(slug="soins", name="Soins", allowed_senders=("compta@soins.fr",)),
            CreditorFacts(slug="tutorat-domain", name="Tutorat", allowed_senders=("@tutorat.fr",)),
            CreditorFacts(
                slug="tutorat", name="Tutorat (patron)", allowed_senders=("boss@tutorat.fr",)
            ),
        ]
    )
    found = creditor_for_sender(sender)
    assert (found.slug if found else None) == expected
