"""Regional address shapes (issue 12; measured on tests/parsing/places.py): Swiss cantons after
the town, towns named as their country (Luxembourg, Monaco), an indivision at its notary's, a
debtor label in two languages, and postcodes checked against their country's shape."""

from __future__ import annotations

import pytest

from parsing.layout.address import read_address
from parsing.layout.debtor_lines import read_block
from parsing.plausibility import debtor_problems
from parsing.record import ParsedDebtor
from parsing.sanity import contact_problems
from tests.parsing import places
from tests.parsing.pages import Sheet, parse


@pytest.mark.parametrize("style", sorted(places.STYLES))
@pytest.mark.parametrize("seed", [0, 1])
def test_each_regional_style_reads_the_address_as_the_contract_has_it(style, seed):
    invoice = places.generate(style, seed)
    record = places.read(invoice)
    assert places.misses(invoice.truth, record) == {}
    assert not [p for p in record.problems if p.startswith("debtor.city")]


@pytest.mark.parametrize("seed", places.SEEDS)
def test_no_regional_address_is_read_wrong_without_a_problem(seed):
    for style in places.STYLES:
        invoice = places.generate(style, seed)
        record = places.read(invoice)
        assert not places.misses(invoice.truth, record) or record.problems, style


@pytest.mark.parametrize(
    ("home", "locality", "want"),
    [
        ("FR", "1700 Fribourg FR", ("1700", "Fribourg", "CH", None)),
        ("FR", "1003 Lausanne VD", ("1003", "Lausanne", "CH", None)),
        ("CH", "1950 Sion (VS)", ("1950", "Sion", "CH", None)),
        ("FR", "CH-1201 Genève GE", ("1201", "Genève", "CH", None)),
        ("CH", "3011 Bern BE", ("3011", "Bern", "CH", None)),
        ("FR", "3011 Bern BE",
         ("3011", "Bern", "CH", "debtor country CH not printed: told by the canton BE after the "
          "town")),
        ("FR", "B-5000 Namur BE", ("5000", "Namur", "BE", None)),
        ("FR", "6900 Lugano TI", ("6900", "Lugano", "CH", None)),
    ],
)  # fmt: skip
def test_a_swiss_canton_after_the_town_says_switzerland_and_is_not_the_town(home, locality, want):
    found = read_address(["Garage du Lac SA", "Route de Berne 8", locality], home)
    assert (found.postcode, found.city, found.country, found.doubt) == want
    assert found.street == "Route de Berne 8"


def test_a_swiss_canton_spelled_like_belgium_is_named_as_a_doubt_on_the_record():
    sheet = Sheet(debtor=("Garage du Lac SA", "Route de Berne 8", "3011 Bern BE"))
    record = parse(sheet)
    assert (record.debtor.city, record.debtor.country) == ("Bern", "CH")
    assert "debtor country CH not printed: told by the canton BE after the town" in record.problems


@pytest.mark.parametrize(
    "care_of",
    ["chez Maître Anne Kervella, notaire", "Chez Me Paul Quéré", "c/o Maître Sylvie Marchetti",
     "chez Maitre Bruno Hoarau", "Chez M. Arnaud Lebrun"],
)  # fmt: skip
def test_an_indivision_at_its_notarys_keeps_the_notary_out_of_name_and_street(care_of):
    lines = ["Indivision Lebreton", care_of, "5 place de la Mairie", "29800 Landerneau"]
    debtor = read_block(lines, None, "FR")
    assert (debtor.name, debtor.street, debtor.city) == (
        "Indivision Lebreton", "5 place de la Mairie", "Landerneau")  # fmt: skip


@pytest.mark.parametrize(
    "label", ["Bill to / Facturé à", "Facturé à / Bill to", "Client | Customer", "Client / Kunde"]
)
def test_a_debtor_label_in_two_languages_is_one_label(label):
    debtor = (label, "Bramble Books Ltd", "27 St Giles", "Oxford", "OX1 3LD", "ROYAUME-UNI")
    record = parse(Sheet(debtor=debtor, debtor_at=(45, 150), seller=(
        "Éditions du Canal SAS", "18 quai de Jemmapes", "75010 Paris")))  # fmt: skip
    found = record.debtor
    assert (found.name, found.street, found.postcode, found.city, found.country) == (
        "Bramble Books Ltd", "27 St Giles", "OX1 3LD", "Oxford", "GB")  # fmt: skip


@pytest.mark.parametrize(
    ("city", "country", "doubted"),
    [("Luxembourg", "LU", False), ("MONACO", "MC", False), ("Monaco", "FR", True),
     ("Luxembourg", "BE", True), ("FRANCE", "FR", True)],
)  # fmt: skip
def test_a_town_named_as_its_country_is_right_only_for_luxembourg_and_monaco(
    city, country, doubted
):
    problems = debtor_problems(ParsedDebtor(name="Mme Carole Schmit", city=city, country=country))
    assert bool(problems) is doubted


def test_the_second_half_of_a_bilingual_label_is_no_name():
    problems = debtor_problems(ParsedDebtor(name="/ Facturé à"))
    assert problems == ["debtor.name: '/ Facturé à' is a label, not a name"]


@pytest.mark.parametrize(
    ("postcode", "country", "right"),
    [("98000", "MC", True), ("06240", "MC", False), ("1450", "LU", True), ("L-1450", "LU", True),
     ("97232", "FR", True), ("20090", "FR", True), ("97913", "FR", False), ("3011", "CH", True),
     ("30110", "CH", False), ("RG1 8DN", "GB", True), ("00-950", "PL", True),
     ("00950", "PL", False), ("D02 X285", "IE", True), ("1016 DV", "NL", True)],
)  # fmt: skip
def test_a_postcode_has_the_shape_of_its_countrys(postcode, country, right):
    problems = contact_problems(ParsedDebtor(postcode=postcode, country=country))
    assert (problems == []) is right
    if not right:
        assert problems == [f"debtor.postcode: {postcode} is not a postcode of {country}"]


@pytest.mark.parametrize(
    "heading",
    ["Propriétaire", "Adhérent", "Abonné", "Titulaire du contrat", "Locataire", "Votre adresse",
     "Adresse postale", "Vos coordonnées", "Maître d'ouvrage", "Souscripteur"],
)  # fmt: skip
def test_a_role_heading_at_the_names_size_is_not_the_name(heading):
    lines = [heading, "SCI Kerlann", "Lieu-dit Kerlann", "29800 LANDERNEAU"]
    debtor = read_block(lines, None, "FR")
    assert (debtor.name, debtor.street) == ("SCI Kerlann", "Lieu-dit Kerlann")


@pytest.mark.parametrize("name", ["Bénéficiaire", "Syndic", "Propriétaire", "Adresse postale"])
def test_a_role_read_as_the_name_is_named_as_a_problem(name):
    assert debtor_problems(ParsedDebtor(name=name)) == [
        f"debtor.name: {name!r} is a label, not a name"
    ]


@pytest.mark.parametrize(
    ("locality", "city", "country"),
    [("97400 Saint-Denis (Réunion)", "Saint-Denis", "FR"),
     ("97200 Fort-de-France (Martinique)", "Fort-de-France", "FR"),
     ("5000 Namur (Belgique)", "Namur", "BE"),
     ("29800 Landerneau (Finistère)", "Landerneau (Finistère)", "FR")],
)  # fmt: skip
def test_a_territory_in_brackets_after_the_town_is_its_country_not_the_town(
    locality, city, country
):
    found = read_address(["ACME", "30 rue de Paris", locality], "FR")
    assert (found.city, found.country) == (city, country)


def test_a_towns_own_brackets_stay_in_the_town():
    found = read_address(["ACME", "Karl-Marx-Straße 5", "15230 Frankfurt (Oder)"], "DE")
    assert (found.city, found.country) == ("Frankfurt (Oder)", "DE")
