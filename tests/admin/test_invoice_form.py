"""The invoice page's fields are checked where they enter: typed, bounded, finite."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from admin.invoice_form import FormError, parse_form

GOOD = {
    "number": "F-2026-0042",
    "issue_date": "2026-11-03",
    "due_date": "2026-12-03",
    "total": "1 234,56",
    "amount_due": "1 234,56",
    "currency": "eur",
    "debtor_name": "Garage des Lilas",
    "phone": "06 12 34 56 78",
}


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("1 234,56", Decimal("1234.56")),
        ("1234.56", Decimal("1234.56")),
        ("1.234,56 €", Decimal("1234.56")),
        ("1,234.56", Decimal("1234.56")),
        ("1'234.50", Decimal("1234.50")),
        ("-12,00", Decimal("-12.00")),
        ("845", Decimal("845.00")),
    ],
)
def test_amounts_are_read_as_people_type_them(typed: str, amount: Decimal) -> None:
    edit = parse_form({**GOOD, "amount_due": typed, "total": ""})
    assert edit.amount_due == amount and edit.total == amount


def test_a_good_form_gives_the_typed_invoice_with_a_normalised_phone() -> None:
    edit = parse_form(GOOD)
    assert (edit.number, edit.currency, edit.due_date) == (
        "F-2026-0042",
        "EUR",
        dt.date(2026, 12, 3),
    )
    assert edit.debtor.phone == "+33612345678"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("number", ""),
        ("number", "F" * 65),
        ("debtor_name", " "),
        ("amount_due", "douze"),
        ("amount_due", "NaN"),
        ("amount_due", "Infinity"),
        ("amount_due", "1e400"),
        ("amount_due", "1000000000,00"),
        ("due_date", "2026-02-30"),
        ("due_date", "9999-12-31"),
        ("issue_date", "31/13/2026"),
        ("currency", "EUROS"),
        ("email", "not an email"),
        ("phone", "12"),
        ("country", "FRA"),
    ],
)
def test_a_value_that_cannot_be_right_is_refused_naming_its_input(field: str, value: str) -> None:
    with pytest.raises(FormError) as refused:
        parse_form({**GOOD, field: value})
    assert refused.value.field == field
