from __future__ import annotations

from decimal import Decimal

import pytest
from flask.testing import FlaskClient
from playhouse.shortcuts import model_to_dict

from admin.worklist import InvalidContact, save_contact, worklist
from ledger.flags import open_contact_flag, open_flags
from ledger.models import ContactFlag, Debtor
from tests.admin.conftest import page_token
from tests.factories import make_creditor, make_debtor


def test_the_worklist_lists_flagged_debtors_largest_amount_first(sqlite_db) -> None:
    creditor = make_creditor()
    small, large, done = make_debtor(creditor), make_debtor(creditor), make_debtor(creditor)
    open_contact_flag(small, "email", step_id="r1", amount_at_stake=Decimal("10"))
    open_contact_flag(large, "email", step_id="r1", amount_at_stake=Decimal("900"))
    open_contact_flag(large, "postal_address", step_id="r3", amount_at_stake=Decimal("900"))
    open_contact_flag(done, "email", amount_at_stake=Decimal("5000"))
    save_contact(done, {"email": "ok@example.fr"}, by="test")
    total, rows = worklist()
    assert total == 2
    assert [row.debtor.id for row in rows] == [large.id, small.id]
    assert rows[0].kinds == ["email", "postal_address"]
    assert rows[0].steps == ["r1", "r3"]
    assert rows[0].amount_at_stake == Decimal("900.00")


def test_saving_a_valid_email_resolves_the_email_flag_only(sqlite_db) -> None:
    debtor = make_debtor(make_creditor())
    open_contact_flag(debtor, "email")
    open_contact_flag(debtor, "postal_address")
    resolved = save_contact(debtor, {"email": " Jeanne@Example.FR "}, by="claire")
    assert [flag.kind for flag in resolved] == ["email"]
    assert resolved[0].resolved_by == "claire"
    assert [flag.kind for flag in open_flags(debtor)] == ["postal_address"]
    stored = Debtor.get_by_id(debtor.id)
    assert stored.email == "Jeanne@Example.FR"
    assert stored.email_key == "jeanne@example.fr"


def test_a_phone_is_stored_in_international_form(sqlite_db) -> None:
    debtor = make_debtor(make_creditor())
    open_contact_flag(debtor, "phone")
    save_contact(debtor, {"phone": "06 12 34 56 78"}, by="claire")
    assert Debtor.get_by_id(debtor.id).phone == "+33612345678"
    assert open_flags(debtor) == []


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"email": "not-an-email"}, "email"),
        ({"email": "a@b"}, "email"),
        ({"phone": "12"}, "phone"),
        ({"country": "France"}, "country"),
        ({"city": "x" * 121}, "city"),
    ],
)
def test_an_unusable_contact_is_refused_naming_the_field(sqlite_db, values, field) -> None:
    debtor = make_debtor(make_creditor())
    before = model_to_dict(Debtor.get_by_id(debtor.id), recurse=False)
    with pytest.raises(InvalidContact) as refused:
        save_contact(debtor, values, by="claire")
    assert refused.value.field == field
    assert model_to_dict(Debtor.get_by_id(debtor.id), recurse=False) == before


def test_staff_complete_an_email_from_the_worklist_page(staff_client: FlaskClient) -> None:
    debtor = make_debtor(make_creditor(), name="Martin & Fils")
    open_contact_flag(debtor, "email", step_id="r1", amount_at_stake=Decimal("120"))
    page = staff_client.get("/admin/worklist/").get_data(as_text=True)
    assert "Martin &amp; Fils" in page
    assert "1re relance (e-mail)" in page
    url = f"/admin/worklist/{debtor.id}/"
    token = page_token(staff_client, url)
    refused = staff_client.post(url, data={"email": "nope", "csrf_token": token})
    assert refused.status_code == 422
    assert "adresse e-mail invalide" in refused.get_data(as_text=True)
    saved = staff_client.post(url, data={"email": "martin@example.fr", "csrf_token": token})
    assert saved.status_code == 302
    flag = ContactFlag.get(ContactFlag.debtor == debtor)
    assert flag.resolved_at is not None
    assert flag.resolved_by == "claire"
