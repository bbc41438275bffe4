"""The debtor's postal address on layouts nobody tuned for: one family of address per test."""

from __future__ import annotations

import re

import pytest

from parsing import parse_pdf
from parsing.layout.address import read_address
from parsing.layout.debtor_lines import read_block
from tests.parsing import addresses


def _fields(lines: list[str], home: str | None = None) -> tuple:
    found = read_address(lines, home)
    return (found.street, found.postcode, found.city, found.country)


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["Mme Geneviève Roy", "200, boul. René-Lévesque Est", "bureau 300",
          "Montréal (Québec) H2X 1Y4", "Canada"],
         ("200, boul. René-Lévesque Est, bureau 300", "H2X 1Y4", "Montréal", "CA")),
        (["Boutique Lavoie ltée", "88 avenue des Pins", "Gatineau QC J8X 3Y6"],
         ("88 avenue des Pins", "J8X 3Y6", "Gatineau", "CA")),
        (["Érablière Gagnon inc.", "455 rue Saint-Pierre", "Sherbrooke (QC)  J1H5N4"],
         ("455 rue Saint-Pierre", "J1H 5N4", "Sherbrooke", "CA")),
        (["Maple Ltd", "12 King Street West", "Toronto, Ontario M5V 2T6"],
         ("12 King Street West", "M5V 2T6", "Toronto", "CA")),
    ],
)  # fmt: skip
def test_a_canadian_locality_gives_town_postcode_and_canada(lines, want):
    assert _fields(lines, "FR") == want


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["Acme Inc.", "3111 Pine Street", "Suite 200", "Portland, OR 97205-2231"],
         ("3111 Pine Street, Suite 200", "97205-2231", "Portland", "US")),
        (["Mr. John Carter", "1520 W. Lake Drive", "Apt 4B", "Denver, CO 80202", "USA"],
         ("1520 W. Lake Drive, Apt 4B", "80202", "Denver", "US")),
        (["Mme Roy", "1250 rue Sainte-Catherine Ouest", "Montréal (Québec) H2X 1Y4"],
         ("1250 rue Sainte-Catherine Ouest", "H2X 1Y4", "Montréal", "CA")),
    ],
)  # fmt: skip
def test_a_four_digit_house_number_is_not_a_belgian_or_swiss_postcode(lines, want):
    assert _fields(lines, "US") == want


@pytest.mark.parametrize(
    ("home", "lines", "want"),
    [
        ("BE", ["Café du Marché SPRL", "Rue de la Station 14", "4000 Liège"],
         ("Rue de la Station 14", "4000", "Liège", "BE")),
        ("CH", ["Garage Morel Sàrl", "Chemin des Vignes 9", "CH-1009 Pully"],
         ("Chemin des Vignes 9", "1009", "Pully", "CH")),
        ("CH", ["Cave Keller AG", "Marktgasse 3", "9000 St. Gallen"],
         ("Marktgasse 3", "9000", "St. Gallen", "CH")),
        ("FR", ["Société Kieffer S.à r.l.", "12, boulevard du Prince Henri", "L-1724 Luxembourg",
                "Luxembourg"], ("12, boulevard du Prince Henri", "1724", "Luxembourg", "LU")),
    ],
)  # fmt: skip
def test_four_digit_postcodes_of_belgium_switzerland_and_luxembourg_still_read(home, lines, want):
    assert _fields(lines, home) == want


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["Kestrel Design Ltd", "Unit 7", "Riverside Park", "READING", "Berkshire", "RG1 8DN"],
         ("Unit 7, Riverside Park", "RG1 8DN", "READING", "GB")),
        (["Mrs Sarah Jones", "The Coach House", "3 Station Road", "Leeds",
          "West Yorkshire LS1 4AB"],
         ("The Coach House, 3 Station Road", "LS1 4AB", "Leeds", "GB")),
        (["Ms Priya Patel", "Flat 2", "14 Church Street", "Headingley", "Leeds", "LS6 2AB"],
         ("Flat 2, 14 Church Street, Headingley", "LS6 2AB", "Leeds", "GB")),
        (["Mr Oliver Smith", "4 Mill Lane", "Norwich NR2 1AB"],
         ("4 Mill Lane", "NR2 1AB", "Norwich", "GB")),
        (["Harper & Lowe LLP", "112 London Road", "Reading, Berkshire", "RG1 8DN"],
         ("112 London Road", "RG1 8DN", "Reading", "GB")),
        (["Harper & Lowe LLP", "27 High Street", "Durham", "Co. Durham", "DH1 3HP"],
         ("27 High Street", "DH1 3HP", "Durham", "GB")),
    ],
)  # fmt: skip
def test_the_british_town_is_the_line_above_the_postcode_or_above_its_county(lines, want):
    assert _fields(lines, "GB") == want


def test_a_british_postcode_under_a_street_gives_no_town_rather_than_the_street():
    assert _fields(["Mr Oliver Smith", "4 Mill Lane", "LS1 4AB"], "GB")[2] is None


@pytest.mark.parametrize(
    ("block", "name", "street"),
    [
        (["M. Karim Benali", "Chez M. Arnaud Lebrun", "5 rue Pasteur", "75011 Paris"],
         "M. Karim Benali", "5 rue Pasteur"),
        (["Mme Léa Roux", "c/o Mme Dupont", "Résidence du Parc", "5 rue Pasteur", "69003 Lyon"],
         "Mme Léa Roux", "Résidence du Parc, 5 rue Pasteur"),
        (["MME LEA ROUX", "CHEZ M ARNAUD LEBRUN", "2 CHEMIN DU MOULIN", "69003 LYON"],
         "MME LEA ROUX", "2 CHEMIN DU MOULIN"),
        (["Chez Paul", "3 place du Marché", "69003 Lyon"], "Chez Paul", "3 place du Marché"),
        (["Chez Madame Simone", "3 place du Marché", "69003 Lyon"], "Chez Madame Simone",
         "3 place du Marché"),
    ],
)  # fmt: skip
def test_a_care_of_line_is_neither_the_name_nor_the_street(block, name, street):
    debtor = read_block(block, None, "FR")
    assert (debtor.name, debtor.street) == (name, street)


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["Acme Inc.", "45 Oak Avenue", "Springfield, Illinois 62704"],
         ("45 Oak Avenue", "62704", "Springfield", "US")),
        (["Acme Inc.", "77 Harbor Blvd", "Albany, New York 12207-1234"],
         ("77 Harbor Blvd", "12207-1234", "Albany", "US")),
    ],
)  # fmt: skip
def test_a_us_state_spelled_out_is_a_state(lines, want):
    assert _fields(lines, "US") == want


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["SARL Dupont", "5 rue Pasteur, 69003 Lyon"], ("SARL Dupont", "5 rue Pasteur", "69003",
                                                        "Lyon")),
        (["Mme Léa Roux", "140 route de Lyon - 26000 Valence"],
         ("Mme Léa Roux", "140 route de Lyon", "26000", "Valence")),
        (["EURL Vidal - 2 chemin du Moulin - 35000 Rennes"],
         ("EURL Vidal", "2 chemin du Moulin", "35000", "Rennes")),
        (["Dupuis & Fils SA, 12 bis avenue Jean Jaurès, 74000 Annecy"],
         ("Dupuis & Fils SA", "12 bis avenue Jean Jaurès", "74000", "Annecy")),
    ],
)  # fmt: skip
def test_a_street_and_locality_on_one_line_are_split(lines, want):
    found = read_address(lines, "FR")
    assert (found.name, found.street, found.postcode, found.city) == want


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["Van Dijk Handel B.V.", "Keizersgracht 221", "1016 DV Amsterdam", "PAYS-BAS"],
         ("Keizersgracht 221", "1016 DV", "Amsterdam", "NL")),
        (["Silva & Costa Lda", "Rua Augusta 100", "1100-053 Lisboa", "Portugal"],
         ("Rua Augusta 100", "1100-053", "Lisboa", "PT")),
        (["Rossi S.r.l.", "Via Nazionale 12", "00184 Roma RM", "ITALIE"],
         ("Via Nazionale 12", "00184", "Roma", "IT")),
        (["Bäckerei Huber GmbH", "Mariahilfer Straße 88", "A-1070 Wien", "AUTRICHE"],
         ("Mariahilfer Straße 88", "1070", "Wien", "AT")),
        (["SAM Riviera", "12 quai Antoine Ier", "98000 Monaco", "Principauté de Monaco"],
         ("12 quai Antoine Ier", "98000", "Monaco", "MC")),
        (["SAM Riviera", "12 quai Antoine Ier", "98000 MONACO"],
         ("12 quai Antoine Ier", "98000", "MONACO", "MC")),
    ],
)  # fmt: skip
def test_dutch_portuguese_italian_austrian_and_monaco_addresses_read(lines, want):
    assert _fields(lines, "FR") == want


def test_a_belgian_town_in_capitals_is_not_read_as_a_dutch_postcode():
    assert _fields(["X", "Rue Haute 3", "7100 LA LOUVIÈRE"], "BE") == (
        "Rue Haute 3", "7100", "LA LOUVIÈRE", "BE",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("return_size", "block_size", "separator"),
    [(6.5, 10, " · "), (8, 9, " · "), (9, 9, " · "), (8, 9, " - "), (8, 9, ", "), (9, 10, " | ")],
)
def test_a_return_address_line_over_the_window_is_not_the_debtor_even_printed_large(
    return_size, block_size, separator
):
    page = addresses.Page()
    addresses.seller_block(page, "DE", 550, 40, align_right=True)
    page.text(57, 128, separator.join(addresses.SELLERS["DE"][:3]), return_size)
    lines = ["Weber Bau KG", "Goethestraße 41", "01067 Dresden"]
    page.lines(57, 142, lines, size=block_size)
    page.text(57, 280, "RECHNUNG", 15, bold=True)
    page.text(380, 150, "Rechnungsnummer: RE-1", 8)
    page.text(380, 162, "Rechnungsdatum: 03.11.2026", 8)
    page.text(360, 380, "Zahlbetrag 1.190,00 €", 9)
    invoice = addresses.Invoice(page, {})
    debtor = parse_pdf(addresses.render(invoice), "din.pdf")[0].debtor
    assert (debtor.name, debtor.street, debtor.postcode, debtor.city) == (
        "Weber Bau KG", "Goethestraße 41", "01067", "Dresden",
    )  # fmt: skip


@pytest.mark.parametrize(
    "rows",
    [
        [("Nom :", "SARL Dupont"), ("Adresse :", "5 rue Pasteur"), ("CP / Ville :", "69003 Lyon")],
        [("Client :", "SARL Dupont"), ("Adresse :", "5 rue Pasteur"), ("Code postal :", "69003"),
         ("Ville :", "Lyon")],
        [("Raison sociale", "SARL Dupont"), ("Adresse", "5 rue Pasteur"), ("Code postal", "69003"),
         ("Ville", "Lyon"), ("Pays", "France")],
    ],
)  # fmt: skip
def test_a_form_of_labelled_rows_gives_the_address_in_its_value_column(rows):
    page = addresses.Page()
    addresses.seller_block(page, "FR", 40, 50)
    for index, (label, value) in enumerate(rows):
        page.text(300, 150 + 13 * index, label, 9, bold=True)
        page.text(380, 150 + 13 * index, value, 9)
    page.text(40, 250, "Facture n° FA-2026-0042")
    page.text(40, 263, "Date : 03/11/2026")
    page.text(360, 380, "Net à payer 120,00 €", 9)
    debtor = parse_pdf(addresses.render(addresses.Invoice(page, {})), "form.pdf")[0].debtor
    got = (debtor.name, debtor.street, debtor.postcode, debtor.city, debtor.country)
    assert got == ("SARL Dupont", "5 rue Pasteur", "69003", "Lyon", "FR")


@pytest.mark.parametrize("first", ["Client :", "Raison sociale", "Nom :"])
@pytest.mark.parametrize(
    ("row", "phone", "email"),
    [(("Contact :", "Jean Roux"), None, None), (("Interlocuteur :", "M. Paul Noël"), None, None),
     (("Tél :", "06 12 34 56 78"), "+33612345678", None),
     (("E-mail :", "compta@dupont.fr"), None, "compta@dupont.fr")],
)  # fmt: skip
def test_a_forms_contact_row_is_never_the_street(first, row, phone, email):
    page = addresses.Page()
    addresses.seller_block(page, "FR", 40, 50)
    rows = [(first, "SARL Dupont"), row, ("Adresse :", "5 rue Pasteur"),
            ("Code postal :", "69003"), ("Ville :", "Lyon")]  # fmt: skip
    for index, (label, value) in enumerate(rows):
        page.text(300, 150 + 13 * index, label, 9, bold=True)
        page.text(380, 150 + 13 * index, value, 9)
    page.text(40, 250, "Facture n° FA-2026-0042")
    page.text(40, 263, "Date : 03/11/2026")
    page.text(360, 380, "Net à payer 120,00 €", 9)
    debtor = parse_pdf(addresses.render(addresses.Invoice(page, {})), "form.pdf")[0].debtor
    got = (debtor.name, debtor.street, debtor.postcode, debtor.city, debtor.phone, debtor.email)
    assert got == ("SARL Dupont", "5 rue Pasteur", "69003", "Lyon", phone, email)


@pytest.mark.parametrize(
    ("lines", "street", "postcode", "city"),
    [
        (["SARL Dupont", "5 rue Pasteur", "69003", "Lyon"], "5 rue Pasteur", "69003", "Lyon"),
        (["SARL Dupont", "Lieu-dit Les Granges", "74000", "Annecy"], "Lieu-dit Les Granges",
         "74000", "Annecy"),
    ],
)  # fmt: skip
def test_a_postcode_row_over_a_town_row_is_one_locality_never_a_street_as_town(
    lines, street, postcode, city
):
    found = read_address(lines, "FR")
    assert (found.street, found.postcode, found.city) == (street, postcode, city)


def _without_cedex(city: str | None) -> str | None:
    """Relance keeps "CEDEX nn" in the town (a letter needs it); the generator's truth, like
    the blind sets', does not."""
    return re.sub(r"\s+CEDEX(?:\s+\d{1,2})?$", "", city or "", flags=re.I) or None


@pytest.mark.parametrize("seed", addresses.SEEDS)
@pytest.mark.parametrize("style", list(addresses.STYLES))
def test_every_generated_address_style_reads_its_debtor_exactly(style, seed):
    invoice = addresses.generate(style, seed)
    debtor = parse_pdf(addresses.render(invoice), f"{style}-{seed}.pdf")[0].debtor
    got = {
        "name": debtor.name,
        "street": debtor.street,
        "postcode": debtor.postcode,
        "city": _without_cedex(debtor.city),
        "country": debtor.country,
    }
    want = {key: addresses.normalised(key, value) for key, value in invoice.truth.items()}
    assert {key: addresses.normalised(key, value) for key, value in got.items()} == want
