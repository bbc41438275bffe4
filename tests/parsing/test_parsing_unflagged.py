"""Wrong records that carried no problem (issue 12, tests/parsing/composer/): each class is
read right now, or named in `problems` by a general check; and the checks stay quiet on right
records."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import ParsedDebtor, ParsedInvoice, ParseOptions, parse_pdf
from parsing.plausibility import address_problems, date_problems, debtor_problems
from tests.parsing.composer import sheet as composer
from tests.parsing.generator.render import Pen
from tests.parsing.pages import Sheet, parse

OPTIONS = ParseOptions(use_xml=False, ocr=False)
THRESHOLD = OPTIONS.review_threshold


def courier_page(debtor: tuple[str, ...], size: float) -> bytes:
    """A plain invoice typed in Courier (as old billing software prints)."""
    sheet = composer.Sheet(face="Courier")
    lines = ["Plomberie Rivière SARL", "3 rue Haute", "67000 Strasbourg", "Tél : 03 88 11 22 33"]
    for index, line in enumerate(lines):
        sheet.text(40, 50 + index * size * 1.3, line, size)
    for index, line in enumerate(debtor):
        sheet.text(330, 150 + index * size * 1.3, line, size)
    rows = [("Facture N° :", "F-2026-118"), ("Date :", "03/11/2026"), ("Échéance :", "03/12/2026"),
            ("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"), ("Total TTC", "120,00 €"),
            ("Net à payer", "120,00 €")]  # fmt: skip
    for index, (label, value) in enumerate(rows):
        sheet.text(40, 280 + index * 20, label, size)
        sheet.right(550, 280 + index * 20, value, size)
    return composer.reportlab_pdf(sheet)


@pytest.mark.parametrize("size", [7, 8.5, 10])
@pytest.mark.parametrize(
    ("debtor", "name", "phone"),
    [
        (("M. Karim Benali", "4 rue Haute", "67000 Strasbourg", "Tél : 06 12 34 56 78"),
         "M. Karim Benali", "+33612345678"),
        (("Mme Claire Roux", "4 rue Haute", "67000 Strasbourg", "T. 03 88 12 34 56"),
         "Mme Claire Roux", "+33388123456"),
    ],
)  # fmt: skip
def test_a_page_typed_in_courier_keeps_a_civility_with_its_name_and_a_phone_with_its_label(
    debtor, name, phone, size
):
    [invoice] = parse_pdf(courier_page(debtor, size), "courier.pdf", OPTIONS)
    assert (invoice.debtor.name, invoice.debtor.phone) == (name, phone)


@pytest.mark.parametrize(
    "sentence",
    ["Prélevé le 14/11/2026", "Payable le : 14/11/2026", "Réglée le 14/11/2026",
     "Livré le 14/11/2026"],
)  # fmt: skip
def test_a_payment_or_delivery_sentence_is_not_read_as_place_and_date_of_issue(sentence):
    sheet = Sheet(meta=(("Facture N°", "F-2026-118"), ("Date", "03/11/2026")), notes=(sentence,))
    assert parse(sheet).issue_date == date(2026, 11, 3)


@pytest.mark.parametrize("place", ["Versailles", "Payerne", "Échirolles"])
def test_a_place_and_date_still_gives_the_issue_date(place):
    sheet = Sheet(meta=(("Facture N°", "F-2026-118"),), notes=(f"{place}, le 3 novembre 2026",))
    assert parse(sheet).issue_date == date(2026, 11, 3)


@pytest.mark.parametrize("born", ["Né(e) le 04/05/2015", "née le 04/05/2015"])
def test_a_patients_birth_date_is_not_the_issue_date(born):
    def patient(pen: Pen) -> None:
        pen.text(40, 140, "Patient : Emma Dubois", 8)
        pen.text(40, 150, born, 8)

    assert parse(Sheet(extra=(patient,))).issue_date == date(2026, 11, 3)


def test_a_date_under_the_title_beats_the_first_line_of_a_dated_table():
    def lines(pen: Pen) -> None:
        pen.text(40, 276, "du 03/10/2026", 9.5)
        pen.text(40, 310, "Date", 9.5, bold=True)
        pen.text(110, 310, "Bon", 9.5, bold=True)
        pen.text(40, 323, "19/09/2026", 9.5)
        pen.text(110, 323, "BL882758", 9.5)

    sheet = Sheet(title="FACTURE N° FA2629446", meta=(), extra=(lines,))
    assert parse(sheet).issue_date == date(2026, 10, 3)


@pytest.mark.parametrize(
    ("debtor", "problem"),
    [
        (ParsedDebtor(name="M."), "debtor.name: 'M.' is a civility without a name"),
        (ParsedDebtor(name="M. et Mme"), "debtor.name: 'M. et Mme' is a civility without a name"),
        (ParsedDebtor(name="Mrs"), "debtor.name: 'Mrs' is a civility without a name"),
        (ParsedDebtor(name="Client :"), "debtor.name: 'Client :' is a label, not a name"),
        (ParsedDebtor(name="Adresse de livraison"),
         "debtor.name: 'Adresse de livraison' is a label, not a name"),
        (ParsedDebtor(name="2"), "debtor.name: '2' holds no name"),
        (ParsedDebtor(name="Bâtiment C"),
         "debtor.name: 'Bâtiment C' is an address line, not a name"),
        (ParsedDebtor(name="Bât. B2, Esc. 4"),
         "debtor.name: 'Bât. B2, Esc. 4' is an address line, not a name"),
        (ParsedDebtor(name="3e étage"), "debtor.name: '3e étage' is an address line, not a name"),
        (ParsedDebtor(name="BP 4521"), "debtor.name: 'BP 4521' is an address line, not a name"),
        (ParsedDebtor(name="ZI des Écoperies"),
         "debtor.name: 'ZI des Écoperies' is an address line, not a name"),
        (ParsedDebtor(name="Suite 400"), "debtor.name: 'Suite 400' is an address line, not a name"),
        (ParsedDebtor(name="Garage des Lilas", city="FRANCE"),
         "debtor.city: 'FRANCE' is a country, not a town"),
        (ParsedDebtor(name="Garage des Lilas", city="Lyon 69003"),
         "debtor.city: 'Lyon 69003' holds a number"),
        (ParsedDebtor(name="Lyon", city="Lyon"), "debtor.city: 'Lyon' is the debtor's name"),
    ],
)  # fmt: skip
def test_a_debtor_value_of_the_wrong_shape_is_named(debtor, problem):
    assert debtor_problems(debtor) == [problem]


@pytest.mark.parametrize(
    "debtor",
    [
        ParsedDebtor(name="M. Karim Benali", city="Lyon CEDEX 03"),
        ParsedDebtor(name="Mme Claire Roux", city="Paris 11e"),
        ParsedDebtor(name="Client Services SARL", city="Newcastle upon Tyne"),
        ParsedDebtor(name="3M France", city="Cergy"),
        ParsedDebtor(name="Total Energies Marketing", city="Saint-Denis"),
        ParsedDebtor(name="Bâtiments Durand SARL", city="Rennes"),
        ParsedDebtor(name="Immeuble & Patrimoine Gestion", city="Nantes"),
        ParsedDebtor(name="Zabeth Porte", city="Lille"),
        ParsedDebtor(name="Suite Hôtel du Parc", city="Nice"),
    ],
)
def test_right_debtor_values_raise_no_doubt(debtor):
    assert debtor_problems(debtor) == []


@pytest.mark.parametrize(
    ("debtor", "problems"),
    [
        (ParsedDebtor(postcode="69003"), ["debtor address: postcode 69003 without a town"]),
        (ParsedDebtor(name="Musterstr. 12", postcode="12345", city="Musterstadt"),
         ["debtor address: 12345 Musterstadt without a street"]),
        (ParsedDebtor(street="5 rue Pasteur", postcode="69003", city="Lyon"), []),
        (ParsedDebtor(name="Garage des Lilas"), []),
    ],
)  # fmt: skip
def test_an_address_read_from_the_page_without_its_town_or_street_is_doubted(debtor, problems):
    assert address_problems(debtor) == problems


@pytest.mark.parametrize(
    ("due", "rule", "credit", "doubted"),
    [
        (date(2026, 11, 3), None, False, True),
        (date(2026, 11, 3), "à réception", False, False),
        (date(2026, 11, 3), None, True, False),
        (date(2026, 12, 3), None, False, False),
    ],
)
def test_a_due_date_on_the_day_of_issue_needs_terms_saying_so(due, rule, credit, doubted):
    invoice = ParsedInvoice(
        "f.pdf", (1,), issue_date=date(2026, 11, 3), due_date=due, due_rule=rule,
        is_credit_note=credit,
    )  # fmt: skip
    assert bool(date_problems(invoice)) == doubted


def test_a_name_that_is_a_civility_alone_sends_the_page_to_review():
    invoice = parse(Sheet(debtor=("M.", "12 rue des Lilas", "69003 Lyon")))
    assert "debtor.name: 'M.' is a civility without a name" in invoice.problems
    assert invoice.confidence < THRESHOLD


@pytest.mark.parametrize(
    ("lines", "phone"),
    [
        (("Gatineau (Québec) J8X 3Y6", "T. 418 564-9850"), "+14185649850"),
        (("Sherbrooke QC J1H 5N4", "Tél : 450 675-6633"), "+14506756633"),
        (("1204 Genève", "SUISSE", "Tél. : 022 312 45 67"), "+41223124567"),
    ],
)
def test_a_labelled_phone_in_the_block_is_read_in_the_debtors_country(lines, phone):
    invoice = parse(Sheet(debtor=("Garage des Lilas", "12 rue Principale", *lines)))
    assert invoice.debtor.phone == phone
