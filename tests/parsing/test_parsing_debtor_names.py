"""The debtor's name where a line ending with a locality ("…, 3 rue Haute, 67000 Strasbourg")
is not the debtor's: a payment note starting with a label's word, a letterhead printed in the
window's place, a name whose tail has a locality's shape (issue 12: the name read right on 90 %
of an independent set before "Debtor address, round two", 82.5 % after)."""

from __future__ import annotations

import pytest

from tests.parsing.pages import FOOTER, META, Sheet, parse

SELLER_LINE = "Plomberie Rivière, 3 rue Haute, 67000 Strasbourg"


@pytest.mark.parametrize(
    "note",
    [
        f"Payable par chèque à l'ordre de {SELLER_LINE}",
        "Payable par virement - Plomberie Rivière - 3 rue Haute - 67000 Strasbourg",
        f"Destinataire du règlement : {SELLER_LINE}",
        f"Facturation : {SELLER_LINE}",
        f"Customer service: {SELLER_LINE}",
        f"To: {SELLER_LINE}",
    ],
)
def test_a_note_starting_with_a_label_word_and_ending_with_an_address_is_not_the_debtor(note):
    invoice = parse(Sheet(notes=(note,)))
    assert invoice.debtor.name == "Garage des Lilas"
    assert invoice.debtor.street == "12 rue des Lilas"


def test_a_client_row_in_the_header_grid_ending_with_a_town_leaves_the_window_block_first():
    meta = (*META, ("Client", "GDL - 69003 Lyon"))
    invoice = parse(Sheet(meta=meta))
    assert invoice.debtor.name == "Garage des Lilas"
    assert invoice.debtor.street == "12 rue des Lilas"


@pytest.mark.parametrize(
    ("top", "last"), [(110, "Tél : 03 88 11 22 33"), (70, "SIRET 123 456 789 00012")]
)
def test_a_letterhead_with_its_street_and_town_on_one_line_is_not_taken_for_the_window(top, last):
    def letterhead(pen):
        lines = ["Plomberie Rivière SARL", "3 rue Haute - 67000 Strasbourg", last]
        pen.lines(330, top, lines, 9.5, 12.35)

    invoice = parse(Sheet(seller=(), debtor_at=(40, 160), extra=(letterhead,), footer=FOOTER))
    assert invoice.debtor.name == "Garage des Lilas"


@pytest.mark.parametrize("name", ["Cabinet Dupont - 1975 Conseil", "M. Jean Dupont, Lyon 69003"])
def test_a_name_whose_tail_looks_like_a_locality_stays_whole_over_its_address(name):
    invoice = parse(Sheet(debtor=(name, "12 rue des Lilas", "69003 Lyon")))
    assert invoice.debtor.name == name
    assert (invoice.debtor.postcode, invoice.debtor.city) == ("69003", "Lyon")


@pytest.mark.parametrize(
    "debtor",
    [
        ("Client : Garage des Lilas, 12 rue des Lilas, 69003 Lyon",),
        ("Facturé à : Garage des Lilas - 12 rue des Lilas - 69003 Lyon",),
        ("Garage des Lilas", "12 rue des Lilas, 69003 Lyon"),
    ],
)
def test_an_address_on_one_line_is_still_read_when_no_other_block_holds_one(debtor):
    invoice = parse(Sheet(debtor=debtor))
    assert invoice.debtor.name == "Garage des Lilas"
    assert (invoice.debtor.street, invoice.debtor.postcode) == ("12 rue des Lilas", "69003")
