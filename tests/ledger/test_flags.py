from __future__ import annotations

from decimal import Decimal

import peewee
import pytest

from ledger.flags import open_contact_flag, open_flags, resolve_contact_flags
from ledger.models import ContactFlag, ContactKind
from tests.factories import make_creditor, make_debtor


def test_a_flag_names_what_is_missing_and_opens_once_per_kind(ledger_db: peewee.Database) -> None:
    debtor = make_debtor(make_creditor(), name="Jeanne Martin")
    open_contact_flag(debtor, ContactKind.EMAIL, step_id="r1", amount_at_stake=Decimal("50"))
    flag = open_contact_flag(debtor, ContactKind.EMAIL, step_id="r2", amount_at_stake=Decimal("80"))
    assert ContactFlag.select().count() == 1
    assert flag.reason == "no email address"
    assert flag.step_id == "r2" and flag.amount_at_stake == Decimal("80.00")


@pytest.mark.parametrize(
    ("kind", "fields", "reason"),
    [
        (ContactKind.EMAIL, {"email": "jeanne@"}, "invalid email address 'jeanne@'"),
        (
            ContactKind.PHONE,
            {"phone": "+33388000000"},
            "'+33388000000' is not a valid mobile number",
        ),
        (
            ContactKind.POSTAL_ADDRESS,
            {"street": "1 rue X"},
            "incomplete postal address (missing postcode, city)",
        ),
    ],
)
def test_an_invalid_contact_counts_as_missing(
    ledger_db: peewee.Database, kind: str, fields: dict[str, str], reason: str
) -> None:
    debtor = make_debtor(make_creditor(), **fields)
    assert open_contact_flag(debtor, kind).reason == reason


def test_filling_in_the_contact_resolves_only_that_flag(ledger_db: peewee.Database) -> None:
    debtor = make_debtor(make_creditor())
    open_contact_flag(debtor, ContactKind.EMAIL)
    open_contact_flag(debtor, ContactKind.POSTAL_ADDRESS)
    debtor.email = "jeanne.martin@example.fr"
    debtor.save()
    resolved = resolve_contact_flags(debtor, by="staff")
    assert [f.kind for f in resolved] == [ContactKind.EMAIL]
    assert [f.kind for f in open_flags(debtor)] == [ContactKind.POSTAL_ADDRESS]
    assert resolved[0].resolved_by == "staff"
