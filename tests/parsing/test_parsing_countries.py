"""The debtor's country: printed in any language or as a postcode prefix, else told by the
address's shape, overseas France as France; a country the page does not print and the issuer's
does not explain is named as a doubt, never silently taken."""

from __future__ import annotations

import pytest

from parsing import ParseOptions, parse_pdf
from parsing.layout.address import read_address
from parsing.layout.country import country_named
from parsing.layout.debtor_lines import read_block
from tests.parsing import countries


def _read(lines: list[str], home: str | None = "FR") -> tuple:
    found = read_address(["ACME", *lines], home)
    return (found.street, found.postcode, found.city, found.country)


@pytest.mark.parametrize(
    ("line", "code"),
    [("BELGIQUE", "BE"), ("België", "BE"), ("Belgium", "BE"), ("Schweiz", "CH"),
     ("Suisse", "CH"), ("Royaume-Uni", "GB"), ("United Kingdom", "GB"), ("UK", "GB"),
     ("England", "GB"), ("Scotland", "GB"), ("USA", "US"), ("United States", "US"),
     ("Allemagne", "DE"), ("Deutschland", "DE"), ("Österreich", "AT"), ("AUSTRIA", "AT"),
     ("Espagne", "ES"), ("España", "ES"), ("Italia", "IT"), ("Nederland", "NL"),
     ("The Netherlands", "NL"), ("Canada", "CA"), ("Pologne", "PL"), ("Irlande", "IE"),
     ("Dänemark", "DK"), ("Rue de la Paix", None), ("12 rue", None)],
)  # fmt: skip
def test_a_country_line_is_read_in_french_english_or_the_local_language(line, code):
    assert country_named(line) == code


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["Rue de la Loi 16", "B-1000 Bruxelles"], ("Rue de la Loi 16", "1000", "Bruxelles", "BE")),
        (["Rue du Rhône 42", "CH-1204 Genève"], ("Rue du Rhône 42", "1204", "Genève", "CH")),
        (["2 rue du Fossé", "L-1536 Luxembourg"], ("2 rue du Fossé", "1536", "Luxembourg", "LU")),
        (["Zeil 90", "D-60313 Frankfurt am Main"],
         ("Zeil 90", "60313", "Frankfurt am Main", "DE")),
        (["Zeil 90", "DE-60313 Frankfurt am Main"],
         ("Zeil 90", "60313", "Frankfurt am Main", "DE")),
        (["Herrengasse 16", "A-8010 Graz"], ("Herrengasse 16", "8010", "Graz", "AT")),
        (["Via Toledo 256", "I-80134 Napoli"], ("Via Toledo 256", "80134", "Napoli", "IT")),
        (["Calle Larios 5", "E-29005 Málaga"], ("Calle Larios 5", "29005", "Málaga", "ES")),
        (["3 rue Grimaldi", "MC 98000 Monaco"], ("3 rue Grimaldi", "98000", "Monaco", "MC")),
        (["8 rue Haute", "F-67000 Strasbourg"], ("8 rue Haute", "67000", "Strasbourg", "FR")),
    ],
)  # fmt: skip
def test_a_vehicle_or_iso_prefix_on_the_postcode_names_the_country(lines, want):
    assert _read(lines, "GB") == want


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["4 Mill Lane", "LEEDS", "West Yorkshire", "LS1 4DY"],
         ("4 Mill Lane", "LS1 4DY", "LEEDS", "GB")),
        (["1100 Congress Avenue", "Austin, TX 78701-1234"],
         ("1100 Congress Avenue", "78701-1234", "Austin", "US")),
        (["1250 rue Sainte-Catherine Ouest", "Montréal (Québec) H3G 1P1"],
         ("1250 rue Sainte-Catherine Ouest", "H3G 1P1", "Montréal", "CA")),
        (["Keizersgracht 123", "1016 DV Amsterdam"],
         ("Keizersgracht 123", "1016 DV", "Amsterdam", "NL")),
        (["22 boulevard des Moulins", "98000 MONACO"],
         ("22 boulevard des Moulins", "98000", "MONACO", "MC")),
    ],
)  # fmt: skip
def test_a_foreign_shape_gives_its_country_without_a_country_line(lines, want):
    assert _read(lines, "FR") == want


def test_a_belgian_town_in_capitals_is_not_a_dutch_postcode():
    assert _read(["Rue de Mons 3", "7100 LA LOUVIÈRE"], "BE") == (
        "Rue de Mons 3", "7100", "LA LOUVIÈRE", "BE")  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["Musterstraße 12", "80331 München"], ("80331", "München", "DE")),
        (["Schildergasse 32", "50667 Köln"], ("50667", "Köln", "DE")),
        (["Calle Mayor 10", "28013 Madrid"], ("28013", "Madrid", "ES")),
        (["Passeig de Gràcia 43", "08007 Barcelona"], ("08007", "Barcelona", "ES")),
        (["Via Nazionale 75", "00184 Roma RM"], ("00184", "Roma", "IT")),
        (["Corso Buenos Aires 33", "20124 Milano (MI)"], ("20124", "Milano", "IT")),
        (["Kärntner Straße 21", "1010 Wien"], ("1010", "Wien", "AT")),
        (["Via Nassa 7", "6900 Lugano"], ("6900", "Lugano", "CH")),
    ],
)  # fmt: skip
def test_the_streets_language_tells_a_foreign_country_and_names_the_doubt(lines, want):
    found = read_address(["ACME", *lines], "FR")
    assert (found.postcode, found.city, found.country) == want
    assert found.doubt == (
        f"debtor country {want[2]} not printed: told by the address's street and postcode"
    )


@pytest.mark.parametrize(
    ("home", "lines"),
    [
        ("FR", ["Zeil 90", "60313 Frankfurt am Main"]),  # DE, ES or IT
        ("FR", ["Rue de la Loi 16", "1000 Bruxelles"]),  # BE, CH or LU
        ("FR", ["Getreidegasse 9", "5020 Salzburg"]),  # AT or CH
        ("GB", ["Lange Reihe 5", "20099 Hamburg"]),
    ],
)  # fmt: skip
def test_an_address_that_fits_several_countries_none_of_them_the_issuers_gets_none(home, lines):
    assert read_address(["ACME", *lines], home).country is None


@pytest.mark.parametrize(
    ("home", "lines", "country"),
    [
        ("FR", ["12 rue des Lilas", "67000 Strasbourg"], "FR"),
        ("FR", ["Lieu-dit La Borie", "24200 Sarlat-la-Canéda"], "FR"),
        ("FR", ["ZI des Glaises", "3 rue Gutenberg", "CS 40021", "91120 PALAISEAU CEDEX"], "FR"),
        ("FR", ["Bâtiment C - Appt 14", "2 allée des Tilleuls", "44300 Nantes"], "FR"),
        (None, ["15 avenue de l'Europe", "BP 105", "67300 Schiltigheim"], "FR"),
        ("CH", ["Bahnhofstrasse 21", "8001 Zürich"], "CH"),
        ("BE", ["Meir 24", "2000 Antwerpen"], "BE"),
        ("DE", ["Zeil 90", "60313 Frankfurt am Main"], "DE"),
        ("IT", ["Via Roma 12", "10121 Torino TO"], "IT"),
    ],
)  # fmt: skip
def test_a_domestic_address_takes_the_issuers_country_without_a_doubt(home, lines, country):
    found = read_address(["ACME", *lines], home)
    assert (found.country, found.doubt) == (country, None)


def test_cs_and_bp_lines_are_not_the_street_and_the_city_keeps_its_cedex():
    assert _read(["ZI des Glaises", "3 rue Gutenberg", "CS 40021", "91120 PALAISEAU CEDEX"]) == (
        "ZI des Glaises, 3 rue Gutenberg", "91120", "PALAISEAU CEDEX", "FR")  # fmt: skip


@pytest.mark.parametrize(
    "lines",
    [
        ["12 rue Frébault", "97110 Pointe-à-Pitre", "Guadeloupe"],
        ["30 rue de Paris", "97400 Saint-Denis", "La Réunion"],
        ["Immeuble Sakouli", "Rue du Commerce", "97600 Mamoudzou", "Mayotte"],
        ["8 rue du Maréchal Foch", "98800 Nouméa", "Nouvelle-Calédonie"],
        ["Rue du Général de Gaulle", "98714 Papeete", "Polynésie française"],
        ["5 rue Victor Hugo", "97200 Fort-de-France"],
        ["5 rue Victor Hugo", "97200 Fort-de-France", "FRANCE"],
    ],
)
def test_overseas_france_is_a_french_address_whatever_line_names_the_territory(lines):
    assert _read(lines, "FR")[3] == "FR"


@pytest.mark.parametrize(
    ("block", "phone"),
    [
        (["Mme Roy", "12 rue Frébault", "97110 Pointe-à-Pitre", "Guadeloupe", "0590 12 34 56"],
         "+590590123456"),
        (["Mme Roy", "30 rue de Paris", "97400 Saint-Denis", "0262 12 34 56"], "+262262123456"),
        (["Mme Roy", "5 rue Victor Hugo", "97200 Fort-de-France", "01 45 12 34 56"],
         "+33145123456"),
        (["Mme Roy", "4 rue des Tanneurs", "38000 Grenoble", "04 76 12 34 56"], "+33476123456"),
    ],
)  # fmt: skip
def test_an_overseas_french_debtors_phone_dials_its_region(block, phone):
    debtor = read_block(block, None, "FR")
    assert (debtor.country, debtor.phone) == ("FR", phone)


@pytest.mark.parametrize("style", sorted(countries.STYLES))
def test_no_invoice_of_the_countries_set_comes_out_with_a_wrong_address_and_no_doubt(style):
    for seed in (0, 5, 7):
        invoice = countries.generate(style, seed)
        record = parse_pdf(countries.render(invoice), f"{style}-{seed}.pdf", ParseOptions())[0]
        debtor = record.debtor
        got = {field: getattr(debtor, field) for field in countries.FIELDS}
        wrong = {f: v for f, v in got.items() if not countries.same(invoice.truth[f], v)}
        assert not wrong or record.problems, (wrong, record.problems)
        assert set(wrong) <= {"country"}, wrong
