"""The debtor's postal address in unusual places and shapes (issue 12; measured on
tests/parsing/addresses_more.py): the address read right, or a named problem that holds the
record for review -- never a silently missing or wrong address."""

from __future__ import annotations

import pytest

from parsing import ParseOptions, parse_pdf
from parsing.layout.address import read_address, starts_no_block, street_problem
from parsing.layout.debtor_lines import read_block
from tests.parsing import addresses_more
from tests.parsing.composer import compose
from tests.parsing.pages import Sheet, parse


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["Unit 5, Oranmore Business Park", "Oranmore", "Co. Galway", "H91 E2K3"],
         ("Unit 5, Oranmore Business Park", "H91 E2K3", "Oranmore", "IE")),
        (["14 Oliver Plunkett Street", "Cork", "T12X70A"],
         ("14 Oliver Plunkett Street", "T12 X70A", "Cork", "IE")),
        (["12 Ormond Quay Upper", "Dublin 7", "D07 W2C8", "IRELAND"],
         ("12 Ormond Quay Upper", "D07 W2C8", "Dublin 7", "IE")),
        (["1 Main Street", "Galway H91 E2K3"], ("1 Main Street", "H91 E2K3", "Galway", "IE")),
    ],
)  # fmt: skip
def test_an_irish_eircode_under_the_town_and_its_county_is_read(lines, want):
    found = read_address(["Atlantic Surf Supplies Ltd", *lines], "FR")
    assert (found.street, found.postcode, found.city, found.country) == want


def test_a_dublin_postal_district_is_no_misread_number():
    record = parse(Sheet(debtor=("Liffey Ltd", "12 Ormond Quay", "Dublin 7", "D07 W2C8")))
    assert (record.debtor.city, record.debtor.country) == ("Dublin 7", "IE")
    assert not [p for p in record.problems if p.startswith("debtor")]


@pytest.mark.parametrize(
    ("locality", "after", "want"),
    [
        ("1100-048 Lisboa", [], ("1100-048", "Lisboa", "PT")),
        ("00-950 Warszawa", [], ("00-950", "Warszawa", "PL")),
        ("01310-100 São Paulo - SP", [], ("01310-100", "São Paulo", "BR")),
        ("114 55 Stockholm", ["Suède"], ("114 55", "Stockholm", "SE")),
        ("114 55 Stockholm", [], ("114 55", "Stockholm", None)),
        ("Montréal H2X 1Y4", [], ("H2X 1Y4", "Montréal", "CA")),
        ("H-1061 Budapest", [], ("1061", "Budapest", "HU")),
    ],
)
def test_a_foreign_postcode_before_the_town_is_read_whole_with_the_country_it_tells(
    locality, after, want
):
    found = read_address(["Debtor Ltd", "Main Street 10", locality, *after], "FR")
    assert (found.postcode, found.city, found.country) == want
    assert found.street == "Main Street 10"


def test_a_country_its_shape_cannot_tell_is_named_not_found():
    record = parse(Sheet(debtor=("Papadopoulos AE", "Odos Ermou 10", "105 63 Athina")))
    assert record.debtor.postcode == "105 63"
    assert "debtor country not found" in record.problems


def test_a_longer_foreign_postcode_cut_to_its_digits_is_named_as_a_doubt():
    found = read_address(["Debtor", "Rue Neuve 1", "7100 LA LOUVIERE"], "FR")
    assert found.doubt == "debtor address: postcode 7100 may be cut from 7100 LA (a postcode of NL)"


def test_a_belgian_issuers_town_starting_with_an_article_is_no_cut_postcode():
    found = read_address(["Debtor", "Rue Neuve 1", "7100 LA LOUVIERE"], "BE")
    assert (found.postcode, found.country, found.doubt) == ("7100", "BE", None)


@pytest.mark.parametrize("row", ["Country / Pays : Portugal", "Pays : Portugal"])
@pytest.mark.parametrize("first", [True, False])
def test_a_country_row_in_the_block_is_the_country_neither_the_name_nor_the_street(row, first):
    lines = ["Sra. Ana Ferreira", "Rua de Santa Catarina 112", "4000-442 Porto"]
    lines = [row, *lines] if first else [*lines, row]
    debtor = read_block(lines, None, "FR")
    assert (debtor.name, debtor.street, debtor.postcode, debtor.country) == (
        "Sra. Ana Ferreira", "Rua de Santa Catarina 112", "4000-442", "PT")  # fmt: skip


@pytest.mark.parametrize("seed", [0, 1])
def test_a_forms_label_column_far_from_its_values_keeps_the_name_and_the_whole_street(seed):
    invoice = addresses_more.generate("label_left", seed)
    assert addresses_more.misses(invoice.truth, addresses_more.read(invoice)) == {}


@pytest.mark.parametrize("seed", [0, 2])
def test_a_payeur_block_beside_a_site_or_a_stay_is_the_debtors(seed):
    invoice = addresses_more.generate("rival_blocks", seed)
    record = addresses_more.read(invoice)
    assert addresses_more.misses(invoice.truth, record) == {}
    assert not record.problems


@pytest.mark.parametrize(
    ("lines", "locality"),
    [
        (("Bramble Books Ltd", "SW1A 1AA", "accounts@bramble.co.uk"), "SW1A 1AA"),
        (("Tanaka KK", "1-1 Marunouchi", "Tokyo 100-0005", "t@tanaka.jp"), "Tokyo 100-0005"),
        (("SC Popescu SRL", "Strada Lipscani 5", "030031 Bucuresti", "office@popescu.ro"),
         "030031 Bucuresti"),
    ],
)  # fmt: skip
def test_a_debtor_with_an_email_and_a_locality_left_unread_is_held_for_its_address(lines, locality):
    record = parse(Sheet(debtor=("Client :", *lines), debtor_at=(45, 150)))
    assert record.debtor.email and record.debtor.postcode is None
    assert f"debtor address not read: {locality} printed with the debtor" in record.problems


@pytest.mark.parametrize("seed", addresses_more.SEEDS)
def test_a_client_billed_by_email_only_raises_no_address_alarm(seed):
    invoice = addresses_more.generate("no_address", seed)
    record = addresses_more.read(invoice)
    assert addresses_more.misses(invoice.truth, record) == {}
    assert not [p for p in record.problems if p.startswith("debtor address")]


def test_no_address_of_the_set_is_wrong_without_a_problem_and_each_field_reads_well():
    result = addresses_more.score()
    assert result["unflagged"] == {}
    for field in addresses_more.FIELDS:
        assert result["exact"][field] / result["total"] >= 0.97, field


def _address_beside(heading: str, lines: list[str]):
    def draw(pen) -> None:
        pen.text(330, 150, heading, 9, bold=True)
        pen.lines(330, 163, lines, 9.5, 12)

    return draw


CONTACTS_ONLY = ("Client :", "SC Popescu SRL", "office@popescu.ro", "Tél. 01 23 45 67 89")


@pytest.mark.parametrize("heading", ["Adresse postale", "Adresse :", "Billing address"])
def test_an_address_headed_apart_beside_the_name_and_contacts_is_the_debtors(heading):
    draw = _address_beside(heading, ["12 rue des Lilas", "69003 Lyon"])
    record = parse(Sheet(debtor=CONTACTS_ONLY, debtor_at=(45, 150), extra=(draw,)))
    debtor = record.debtor
    assert (debtor.street, debtor.postcode, debtor.city, debtor.country) == (
        "12 rue des Lilas", "69003", "Lyon", "FR")  # fmt: skip
    assert not [p for p in record.problems if p.startswith("debtor")]


def test_a_locality_beside_the_name_that_no_heading_calls_an_address_holds_the_record():
    draw = _address_beside("Siège", ["Strada Lipscani 5", "030031 Bucuresti", "ROUMANIE"])
    record = parse(Sheet(debtor=CONTACTS_ONLY, debtor_at=(45, 150), extra=(draw,)))
    assert record.debtor.postcode is None
    assert "debtor address not read: 030031 Bucuresti printed with the debtor" in record.problems


@pytest.mark.parametrize("heading", ["Adresse de livraison", "Adresse de livraison :"])
def test_a_delivery_address_beside_the_name_and_contacts_is_not_taken_for_the_debtors(heading):
    draw = _address_beside(heading, ["Entrepôt Nord", "2 rue de la Gare", "59000 Lille"])
    record = parse(Sheet(debtor=CONTACTS_ONLY, debtor_at=(45, 150), extra=(draw,)))
    assert (record.debtor.street, record.debtor.postcode) == (None, None)


@pytest.mark.parametrize(
    "rows",
    [
        ("SARL X", "Contact : M. Jean Roux", "12 rue des Lilas", "69003 Lyon"),
        ("SARL X", "Suivi par : Mme Roux", "12 rue des Lilas", "69003 Lyon"),
        ("SARL X", "Adresse : 12 rue des Lilas", "69003 Lyon"),
        ("SARL X", "Adresse : 12 rue des Lilas", "CP / Ville : 69003 Lyon"),
        ("Nom : SARL X", "Adresse : 12 rue des Lilas", "Code postal : 69003", "Ville : Lyon"),
    ],
)
def test_a_forms_rows_printed_in_one_cell_give_their_values_and_a_persons_row_nothing(rows):
    debtor = read_block(list(rows), None, "FR")
    assert (debtor.name, debtor.street, debtor.postcode, debtor.city) == (
        "SARL X", "12 rue des Lilas", "69003", "Lyon")  # fmt: skip


def test_a_heading_taken_for_the_name_pushes_a_name_into_the_street_and_says_so():
    lines = ("Anschrift des Empfängers", "Müller & Schmidt GmbH", "Friedrichstraße 123",
             "10117 Berlin", "ALLEMAGNE")  # fmt: skip
    record = parse(Sheet(debtor=lines))
    assert "debtor.street: 'Müller & Schmidt GmbH' is a name, not a street" in record.problems


@pytest.mark.parametrize(
    "street",
    ["Résidence Les Glycines, Appt 12", "The Granary, Mill Road", "Villa Les Roses, 17 bd Kennedy",
     "Le Millefiori, 1 rue des Genêts", "Immeuble Le Central, 5 rue Jean Fleuret"],
)  # fmt: skip
def test_a_building_or_a_house_named_before_the_street_is_no_name_in_the_street(street):
    assert street_problem(street) is None


def test_a_form_of_rows_in_the_window_is_the_debtors_block():
    rows = ("Nom : SARL Atelier Brun", "Adresse : 12 rue des Lilas", "Code postal : 69003",
            "Ville : Lyon", "E-mail : compta@atelier-brun.fr")  # fmt: skip
    debtor = parse(Sheet(debtor=rows)).debtor
    want = ("SARL Atelier Brun", "12 rue des Lilas", "69003", "Lyon", "compta@atelier-brun.fr")
    assert (debtor.name, debtor.street, debtor.postcode, debtor.city, debtor.email) == want


@pytest.mark.parametrize("seed", [16, 57, 207, 222, 252, 260])
def test_a_letterhead_fragment_starting_with_a_street_or_a_town_is_no_window_block(seed):
    composed = compose(seed)
    [record, *_] = parse_pdf(composed.pdf, composed.name, ParseOptions(use_xml=False, ocr=False))
    got = {key: getattr(record.debtor, key) for key in ("name", "street", "postcode", "city")}
    assert got == {key: composed.truth[key] for key in got}


@pytest.mark.parametrize(
    ("line", "starts"),
    [("215 High Street", True), ("Rue du Rhône 26", True), ("69003 Lyon", True),
     ("Garage de la Route 66 SARL", False), ("M. Paul Durand", False),
     ("Résidence Les Glycines", False)],
)  # fmt: skip
def test_a_block_starting_with_a_street_or_a_locality_has_no_name(line, starts):
    assert starts_no_block(line) is starts


@pytest.mark.parametrize("seed", [17, 59, 131])
def test_a_return_line_over_the_window_is_not_the_line_that_must_be_a_name(seed):
    composed = compose(seed)
    [record, *_] = parse_pdf(composed.pdf, composed.name, ParseOptions(use_xml=False, ocr=False))
    assert (record.debtor.name, record.debtor.postcode) == (
        composed.truth["name"], composed.truth["postcode"])  # fmt: skip


def test_a_locality_printed_a_little_further_under_the_block_is_its_own():
    def locality(pen) -> None:
        pen.text(45, 206, "69003 Lyon", 10)

    sheet = Sheet(debtor=("Client :", "SARL Atelier Brun", "12 rue des Lilas"), debtor_at=(45, 150))
    debtor = parse(sheet.but(extra=(locality,))).debtor
    assert (debtor.street, debtor.postcode, debtor.city) == ("12 rue des Lilas", "69003", "Lyon")


@pytest.mark.parametrize(
    ("street", "locality", "country"),
    [("5 Corso Como", "20154 Milano", "IT"), ("28 Gran Vía", "28013 Madrid", "ES"),
     ("12 Via Roma", "10121 Torino", "IT")],
)  # fmt: skip
def test_an_italian_or_spanish_street_with_its_number_first_is_no_french_address(
    street, locality, country
):
    found = read_address(["Debtor", street, locality], "FR")
    assert found.country == country
    assert found.doubt == (
        f"debtor country {country} not printed: told by the address's street and postcode"
    )
