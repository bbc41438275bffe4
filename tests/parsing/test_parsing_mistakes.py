"""The layout's mistakes on the invoice a template was learned from (parsing/mistakes.py): kept
as the text it read or the other value it equalled, and recognised when made again."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from parsing.mistakes import mistakes, same_mistake
from parsing.record import ParsedDebtor, ParsedInvoice

ISSUED, DUE = date(2026, 3, 4), date(2026, 4, 3)
WANTED = {
    "invoice_number": "F-2026-042",
    "issue_date": ISSUED,
    "due_date": DUE,
    "total_due": Decimal("800.00"),
    "debtor.name": "Garage Muller",
    "debtor.customer_ref": None,
}
EVERY_FIELD = frozenset(WANTED)


def layout(**read: object) -> ParsedInvoice:
    name = read.pop("name", "Garage Muller")
    values = {
        "invoice_number": "F-2026-042",
        "issue_date": ISSUED,
        "due_date": DUE,
        "total": Decimal("1200.00"),
        "total_due": Decimal("800.00"),
        **read,
    }
    return ParsedInvoice("f.pdf", (1,), debtor=ParsedDebtor(name=name), **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("read", "kept"),
    [
        ({"name": "Plomberie Rivière SARL"}, {"debtor.name": {"text": "Plomberie Rivière SARL"}}),
        ({"total_due": Decimal("1200.00")}, {"total_due": {"like": "total"}}),
        ({"due_date": ISSUED}, {"due_date": {"like": "issue_date"}}),
        ({"due_date": date(2026, 5, 1)}, {}),  # a date equal to nothing else: no known mistake
        ({"due_date": None}, {}),  # read nothing: any reading later is new
        ({}, {}),  # read right
    ],
    ids=[
        "seller-for-debtor",
        "total-for-amount-due",
        "issue-for-due",
        "other-date",
        "none",
        "right",
    ],
)
def test_what_the_layout_read_instead_of_a_corrected_field_is_kept_as_it_can_be_seen_again(
    read: dict[str, object], kept: dict[str, dict[str, str]]
):
    assert mistakes(layout(**read), WANTED, EVERY_FIELD) == kept


def test_a_field_nobody_corrected_keeps_no_mistake():
    assert mistakes(layout(name="Plomberie Rivière SARL"), WANTED, frozenset()) == {}


READINGS = {"issue_date": date(2026, 6, 1), "total_due": Decimal("90.00")}


@pytest.mark.parametrize(
    ("mistake", "seen", "same"),
    [
        ({"text": "Plomberie Rivière SARL"}, "PLOMBERIE  Rivière SARL", True),
        ({"text": "Plomberie Rivière SARL"}, "Garage Muller", False),
        ({"like": "issue_date"}, date(2026, 6, 1), True),
        ({"like": "issue_date"}, date(2026, 6, 2), False),
        ({"like": "total"}, Decimal("-150.00"), True),  # a credit note's sign
        ({"like": "nowhere"}, date(2026, 6, 1), False),  # a template edited by hand
        ("free text", "Garage Muller", False),
        (None, "Garage Muller", False),
    ],
)
def test_the_same_mistake_is_recognised_on_a_next_invoice_and_nothing_else(
    mistake: object, seen: object, same: bool
):
    assert same_mistake(mistake, seen, READINGS, Decimal("150.00")) is same
