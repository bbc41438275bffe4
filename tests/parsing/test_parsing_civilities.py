"""Forms of address read the same everywhere a name is told apart (parsing/plausibility.py's list):
a street whose first part is a person, a care-of line under the name, a contact person's row in
the block, a person named before a phone elsewhere on the page."""

from __future__ import annotations

import pytest

from parsing.layout.address import street_problem
from parsing.layout.claimed_contacts import _claimed
from parsing.layout.debtor_lines import read_block
from parsing.pdf import Cell
from parsing.plausibility import CIVILITY

_CELL = Cell("", 40, 200, 500, 9)


@pytest.mark.parametrize(
    "person",
    ["M. Paul Roux", "Mme Claire Martin", "Monsieur Paul Roux", "Mr. John Smith", "Ms Jane Doe",
     "Frau Anna Schneider", "Herr Max Müller", "Dhr. K. Bakker", "Sra. Ana Costa",
     # forms the list holds that the street check did not know
     "Maître Hélène Roux", "Dr Anne Lenoir", "Herrn Max Müller", "Mevr. S. Visser"],
)  # fmt: skip
def test_a_street_starting_with_a_civility_is_a_name(person):
    assert street_problem(f"{person}, 12 rue des Lilas") is not None


@pytest.mark.parametrize(
    "street", ["12 rue des Lilas", "Rue du Docteur Roux", "Meadow Lane", "Mesnil Road 4"]
)
def test_a_street_with_a_civility_word_inside_is_a_street(street):
    assert street_problem(street) is None


@pytest.mark.parametrize(
    "care_of",
    ["Chez M. Lebrun", "chez Mme Lebrun", "Chez Maître Kervella, notaire", "Chez Me Kervella",
     "Chez Docteur Lebrun", "Chez Dr. Lebrun", "chez Mademoiselle Lebrun",
     # forms the list holds that the care-of line did not know
     "Chez Herr Lebrun", "Chez Mr Lebrun"],
)  # fmt: skip
def test_a_care_of_line_under_the_name_is_not_the_street(care_of):
    debtor = read_block(["Indivision Roux", care_of, "12 rue des Lilas", "69003 Lyon"], None, "FR")
    assert (debtor.name, debtor.street) == ("Indivision Roux", "12 rue des Lilas")


@pytest.mark.parametrize(
    "row",
    ["Contact : M. Paul Martin (fils)", "Contact : Mme Roux", "Contact : Monsieur Roux",
     "Contact : Mr Roux", "Contact : Dr Roux",
     # forms the list holds that the contact row did not know
     "Contact : Mr. Roux", "Contact : Frau Roux"],
)  # fmt: skip
def test_the_phone_under_a_contact_persons_row_is_not_the_debtors(row):
    texts = ["Garage Central SAS", "12 rue des Lilas", "69003 Lyon", row, "06 12 34 56 78"]
    assert read_block(texts, None, "FR").phone is None


@pytest.mark.parametrize(
    "lead",
    ["M. Arnaud -", "Mme Josiane Perrot (grand-mère) -", "Dr Anne Lenoir", "Maître Roux :",
     "Mademoiselle Lise Roux", "Miss Lise Roux",
     # forms the list holds that the claimed contacts did not know
     "Herr Otto Weber", "Dhr. Jan Bakker"],
)  # fmt: skip
def test_a_person_named_before_a_phone_claims_it(lead):
    assert _claimed(lead, _CELL, [], "Garage Central SAS")


@pytest.mark.parametrize("lead", ["Tél. :", "5 m", "Garage Central SAS -"])
def test_no_person_named_before_a_phone_leaves_it_the_debtors(lead):
    assert not _claimed(lead, _CELL, [], "Garage Central SAS")


@pytest.mark.parametrize("alone", ["M.", "Mme", "M. et Mme", "Herrn", "Docteur", "Familie"])
def test_a_civility_alone_is_a_civility(alone):
    assert CIVILITY.fullmatch(alone)
