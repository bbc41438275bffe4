"""The debtor's phone and e-mail where the third round of layouts prints them (issue 12;
tests/parsing/contacts_third.py draws them at random for a rate): labels naming a line's kind
(``Tél. privé``, ``Home``, ``Work``, two words for one number), a label and its value in two
columns under the block, a header grid's client cells, a subscriber's line, a customer area's
login, sentences saying where the invoice went or how the client is reached; and what is the
pupil's, the resident's, the issuer's desk's or the remit-to block's left empty."""

from __future__ import annotations

import pytest

from parsing.layout.debtor_contacts import choose_phone, phones_on_line
from tests.parsing.pages import DEBTOR, Sheet, parse

MOBILE, FIXED = "+33612345678", "+33478123456"
MAIL = "jeanne.martin@orange.fr"


@pytest.mark.parametrize(
    ("line", "region", "want"),
    [
        ("GSM/Tél. : 0032 475 12 34 56", "BE", "+32475123456"),
        ("Tél./GSM 0032 (0)475/12.34.56", "BE", "+32475123456"),
        ("Tél./Fax : 04 78 12 34 56", "FR", FIXED),
        ("Tél. privé 021 345 67 89", "CH", "+41213456789"),
        ("Tél. prof. 022 345 67 89", "CH", "+41223456789"),
        ("Work: 312-354-3531", "US", "+13123543531"),
        ("Home: (215) 555-0147", "US", "+12155550147"),
        ("Landline 0113 496 0000", "GB", "+441134960000"),
    ],
)
def test_labels_naming_a_lines_kind_or_two_kinds_at_once_read_the_number(line, region, want):
    assert choose_phone(phones_on_line(line, region), own_block=True) == want


@pytest.mark.parametrize(
    ("rows", "phone"),
    [
        ((("Tél. privé", "04 78 12 34 56"), ("Natel", "06 12 34 56 78")), MOBILE),
        ((("Tél. privé", "04 78 12 34 56"),), FIXED),
        ((("Home", "04 78 12 34 56"), ("Mobile", "06 12 34 56 78")), MOBILE),
    ],
)
def test_a_label_column_under_the_block_gives_its_values_column(rows, phone):
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        for index, (label, value) in enumerate(rows):
            pen.text(40, 200 + 11 * index, label, 8)
            pen.text(110, 200 + 11 * index, value, 8)

    sheet = Sheet(debtor=("Jeanne Martin", "12 rue des Lilas", "69003 Lyon"), debtor_at=(40, 150))
    assert parse(sheet.but(extra=(draw,))).debtor.phone == phone


def test_a_box_under_a_client_heading_reads_the_value_cell_not_the_next_column():
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(40, 140, "Vos coordonnées", 8, bold=True)
        pen.text(44, 153, "Tél. bureau", 7.5)
        pen.text(110, 153, "04 78 12 34 56", 7.5)

    sheet = Sheet(debtor=("Jeanne Martin", "12 rue des Lilas", "69003 Lyon"), debtor_at=(330, 140))
    assert parse(sheet.but(extra=(draw,))).debtor.phone == FIXED


@pytest.mark.parametrize(
    ("cells", "phone", "email"),
    [
        ((("Tél. client", "06 12 34 56 78"), ("Mail client", MAIL)), MOBILE, MAIL),
        ((("Contact client", "06 12 34 56 78"), ("Assistance", "04 78 12 34 56")), MOBILE, None),
        ((("Tél.", "04 78 12 34 56"), ("Assistance", "04 78 65 43 21")), None, None),
    ],
)
def test_a_header_grid_cell_is_the_debtors_when_its_label_names_the_client(cells, phone, email):
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        for index, (label, value) in enumerate(cells):
            pen.text(300 + 130 * index, 226, label, 6.5, bold=True)
            pen.text(300 + 130 * index, 239, value, 6.5)

    debtor = parse(Sheet(extra=(draw,))).debtor
    assert (debtor.phone, debtor.email) == (phone, email)


@pytest.mark.parametrize(
    "label", ["Votre ligne :", "Ligne mobile :", "N° d'appel :", "Ligne principale"]
)
def test_a_subscribed_line_is_the_service_billed_not_a_contact_nor_a_doubt(label):
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(40, 230, ["Titulaire : Jeanne Martin", f"{label} 06 12 34 56 78"], 9, 11)

    invoice = parse(Sheet(extra=(draw,)))
    assert invoice.debtor.phone is None
    assert not [problem for problem in invoice.problems if "phone" in problem]


@pytest.mark.parametrize(
    ("label", "email"), [("Identifiant :", MAIL), ("Votre identifiant :", MAIL), ("Login :", MAIL)]
)
def test_a_customer_areas_login_that_is_an_email_is_the_debtors(label, email):
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(40, 140, ["Votre espace client : www.eaux-du-val.fr", f"{label} {MAIL}",
                            "Service client : 04 78 65 43 21"], 8, 11)  # fmt: skip

    debtor = parse(Sheet(extra=(draw,))).debtor
    assert (debtor.email, debtor.phone) == (email, None)


@pytest.mark.parametrize(
    ("sentence", "email"),
    [
        (f"Facture envoyée à {MAIL} le 03/11/2026.", MAIL),
        (f"Cette facture vous a été transmise par courriel à l'adresse {MAIL}.", MAIL),
        (f"Facture dématérialisée, envoyée le 03/11/2026 à : {MAIL}", MAIL),
        ("Copie envoyée à votre expert-comptable : compta@cabinet-durand.fr", None),
    ],
)
def test_the_address_an_invoice_was_sent_to_is_the_debtors_email(sentence, email):
    debtor = parse(Sheet(notes=(sentence,))).debtor
    assert (debtor.email, debtor.phone) == (email, None)


@pytest.mark.parametrize(
    ("sentence", "phone"),
    [
        ("Client joignable au 06 12 34 56 78 (après 18 h).", MOBILE),
        ("Mme Martin est joignable au 06.12.34.56.78 pour convenir du passage.", MOBILE),
        ("Intervention confirmée par téléphone au 06 12 34 56 78.", MOBILE),
        ("Notre service client est joignable au 04 78 12 34 56 du lundi au vendredi.", None),
        ("Le standard est joignable au 04 78 12 34 56.", None),
    ],
)
def test_a_number_someone_is_reached_at_is_the_debtors_unless_the_issuers(sentence, phone):
    assert parse(Sheet(notes=(sentence,))).debtor.phone == phone


@pytest.mark.parametrize(
    "heading", ["Élève : Léo Martin", "Résident : Mme Odette Vial", "Patient : Noah Martin"]
)
def test_what_is_printed_under_the_person_the_invoice_is_about_is_not_the_payers(heading):
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(470, 150, [heading, "Service scolarité", "Tél. 04 78 12 34 56",
                             "scolarite@ville-exemple.fr"], 8, 10)  # fmt: skip

    debtor = parse(Sheet(extra=(draw,))).debtor
    assert (debtor.phone, debtor.email) == (None, None)


def test_a_remit_to_block_beside_the_bill_to_block_is_the_issuers():
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(40, 136, "BILL TO", 8, bold=True)
        pen.text(330, 136, "REMIT TO", 8, bold=True)
        pen.lines(330, 150, ["Pine Street Supply LLC", "1200 Pine Street", "69001 Lyon",
                             "Phone: 04 78 65 43 21"], 9, 10)  # fmt: skip

    assert parse(Sheet(debtor_at=(40, 150), extra=(draw,))).debtor.phone is None


def test_a_mel_label_in_the_block_gives_the_email():
    debtor = parse(Sheet(debtor=(*DEBTOR, f"Mél. {MAIL}"))).debtor
    assert debtor.email == MAIL


@pytest.mark.parametrize(
    "heading", ["Responsable légal", "Représentant légal", "Famille", "Redevable :"]
)
def test_a_payers_heading_over_the_block_is_not_the_debtors_name(heading):
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(40, 140, heading, 8, bold=True)
        pen.lines(40, 154, ["Mme Jeanne Martin", "12 rue des Lilas", "69003 Lyon", f"Mél : {MAIL}"],
                  9, 11)  # fmt: skip

    debtor = parse(Sheet(debtor=(), extra=(draw,))).debtor
    assert (debtor.name, debtor.postcode, debtor.email) == ("Mme Jeanne Martin", "69003", MAIL)


def test_a_phone_named_as_the_readers_beside_the_invoices_title_is_read():
    def natel(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(330, 262, "Votre natel : 079 563 44 62", 9.5)

    debtor = ("Madame Armelle Orsini", "Rue des Alpes 36", "2000 Neuchâtel", "SUISSE")
    assert parse(Sheet(debtor=debtor, extra=(natel,))).debtor.phone == "+41795634462"
