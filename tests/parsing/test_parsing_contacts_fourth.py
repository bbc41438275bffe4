"""The debtor's phone and e-mail among many people's contacts (issue 12; the fourth round,
tests/parsing/contacts_fourth.py, draws them at random for a rate): a contact printed after the
town on its line, an e-mail broken over two lines, an address at an employer's domain that
spells the debtor's name; what is under a guardian's, an emergency contact's, a technician's or
next of kin's heading left alone; and the debtor's number printed as someone else's held for
review."""

from __future__ import annotations

import pytest

from parsing import ParseOptions, parse_pdf
from parsing.layout.claimed_contacts import CLAIMED_EMAIL, CLAIMED_PHONE
from parsing.layout.unread_contacts import UNREAD_PHONE
from tests.parsing import contacts_fourth
from tests.parsing.contacts import SEEDS, generate, render
from tests.parsing.pages import Sheet, parse

MOBILE, FIXED = "+33612345678", "+33473123456"
MAIL = "jeanne.martin@orange.fr"
BLOCK = ("Cave Dumont", "31 avenue de la Libération")
DEBTOR_FR = ("Jeanne Martin", "12 rue des Lilas", "69003 Lyon")


@pytest.mark.parametrize(
    "town", ["63000 Clermont-Ferrand - Tél. 04 73 12 34 56", "63000 Clermont-Ferrand · T. 04 73 "
             "12 34 56", "63000 Clermont-Ferrand Tél. 04 73 12 34 56",
             "63000 Clermont-Ferrand, Tél : +33 4 73 12 34 56"],
)  # fmt: skip
@pytest.mark.parametrize("at", [(40, 140), (330, 150)])
def test_a_phone_printed_after_the_town_on_its_line_is_read_and_the_block_kept(town, at):
    debtor = parse(Sheet(debtor=(*BLOCK, town), debtor_at=at)).debtor
    assert (debtor.name, debtor.postcode, debtor.city) == (
        "Cave Dumont",
        "63000",
        "Clermont-Ferrand",
    )
    assert debtor.phone == FIXED


def test_an_email_after_the_town_on_its_line_is_read():
    debtor = parse(Sheet(debtor=(*BLOCK, "63000 Clermont-Ferrand - contact@cave-dumont.fr"))).debtor
    assert (debtor.city, debtor.email) == ("Clermont-Ferrand", "contact@cave-dumont.fr")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("sandrine.giraud-aubert@", "etablissements-du-rhone.fr"),
        ("sandrine.giraud@etablissements.", "hospitaliers-du-rhone.fr"),
    ],
)
def test_an_email_broken_over_two_lines_is_joined_and_read(first, second):
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(440, 150, ["E-mail :", first, second], 8, 10)

    sheet = Sheet(
        debtor=("Sandrine Giraud", "5 rue du Moulin", "21000 Dijon"), debtor_at=(250, 150)
    )
    assert parse(sheet.but(extra=(draw,))).debtor.email == first + second


def test_an_email_at_an_employers_domain_spelling_the_debtors_name_is_read_beside_the_block():
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(470, 150, ["Mél", "julien.vasseur@chu-dijon.fr"], 8, 10)

    sheet = Sheet(debtor=("Julien Vasseur", "5 rue du Moulin", "21000 Dijon"), debtor_at=(300, 150))
    assert parse(sheet.but(extra=(draw,))).debtor.email == "julien.vasseur@chu-dijon.fr"


def test_an_email_of_someone_else_beside_the_block_is_not_read_for_the_debtor():
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(470, 150, ["Mél", "nadine.colin@chu-dijon.fr"], 8, 10)

    sheet = Sheet(debtor=("Julien Vasseur", "5 rue du Moulin", "21000 Dijon"), debtor_at=(300, 150))
    assert parse(sheet.but(extra=(draw,))).debtor.email is None


@pytest.mark.parametrize(
    "heading",
    [
        "Tuteur : UDAF - Mme Nadine Colin",
        "Curatrice : Mme Colin (ATMP)",
        "Personne à prévenir en cas d'urgence :",
        "Contact d'urgence :",
        "Technicien : Karim Belkacem",
        "Intervenante : Mme Julie Roche",
        "Next of kin: Mary Byrne",
        "Emergency contact: Mary Byrne",
        "Prescripteur : Dr Anne Lenoir",
        "Transporteur : Geodis",
    ],
)
def test_a_number_under_someone_elses_role_under_the_block_is_not_the_debtors(heading):
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(330, 200, [heading, "Tél. 06 12 34 56 78", "tutelles@udaf-exemple.fr"], 8, 10)

    invoice = parse(Sheet(extra=(draw,)))
    assert (invoice.debtor.phone, invoice.debtor.email) == (None, None)
    assert UNREAD_PHONE not in invoice.problems


def test_an_email_whose_local_part_is_a_client_word_labels_no_block():
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(40, 150, ["Réservation via Booking.com", "customer.service@booking.com",
                            "Réception : 04 78 12 34 56"], 8, 10)  # fmt: skip

    debtor = parse(Sheet(extra=(draw,))).debtor
    assert (debtor.name, debtor.postcode) == ("Garage des Lilas", "69003")


@pytest.mark.parametrize(
    "line",
    [
        "Contact livraison : M. Arnaud - GSM 06 12 34 56 78",
        "Prescripteur : Dr Anne Lenoir - 06 12 34 56 78",
        "Mme Josiane Perrot (grand-mère) - 06 12 34 56 78",
    ],
)
def test_the_debtors_number_printed_as_someone_elses_holds_the_record(line):
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(40, 230, line, 8)

    invoice = parse(Sheet(debtor=(*BLOCK, "63000 Clermont-Ferrand", "Tél. 06 12 34 56 78"),
                          extra=(draw,)))  # fmt: skip
    assert invoice.debtor.phone == MOBILE
    assert CLAIMED_PHONE in invoice.problems


def test_the_debtors_number_under_someone_elses_heading_holds_the_record():
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(40, 215, ["Votre interlocuteur", "M. Paul Renaud", "Portable 06 12 34 56 78",
                            "contact@cave-dumont.fr"], 8, 10)  # fmt: skip

    block = (*BLOCK, "63000 Clermont-Ferrand", "Tél. 06 12 34 56 78", "contact@cave-dumont.fr")
    invoice = parse(Sheet(debtor=block, extra=(draw,)))
    assert CLAIMED_PHONE in invoice.problems and CLAIMED_EMAIL in invoice.problems


@pytest.mark.parametrize(
    "line",
    ["Client : M. Dumont   Tél : 06 12 34 56 78", "Cave Dumont - Tél. 06 12 34 56 78",
     "Pour vous joindre : 06 12 34 56 78"],
)  # fmt: skip
def test_the_debtors_number_printed_again_as_its_own_is_no_doubt(line):
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(40, 230, line, 8)

    invoice = parse(Sheet(debtor=(*BLOCK, "63000 Clermont-Ferrand", "Tél. 06 12 34 56 78"),
                          extra=(draw,)))  # fmt: skip
    assert invoice.debtor.phone == MOBILE
    assert CLAIMED_PHONE not in invoice.problems


def test_the_fourth_round_reads_the_debtors_contacts_or_says_why_not():
    wrong = {"phone": 0, "email": 0}
    silent = []
    for style in contacts_fourth.STYLES:
        for seed in SEEDS:
            made = generate(style, seed, contacts_fourth.STYLES)
            [invoice] = parse_pdf(render(made), f"{style}-{seed}.pdf", ParseOptions(use_xml=False))
            record = invoice.to_record()
            for key in wrong:
                got = record["debtor"][key]
                if (got or "").lower() != (getattr(made, key) or "").lower():
                    wrong[key] += 1
                    if not record["problems"] and record["confidence"] >= 0.5:
                        silent.append((style, seed, key, got))
    total = len(contacts_fourth.STYLES) * len(SEEDS)
    assert not silent
    assert wrong["phone"] <= 0.02 * total and wrong["email"] <= 0.02 * total, wrong


@pytest.mark.parametrize(
    "rows",
    [
        ("Gestionnaire de compte", "Paul Roux", "Tél. 04 78 12 34 56"),
        ("Paul Roux, votre commercial", "06 12 34 56 78"),
        ("Société Générale - Agence Lyon Bellecour", "Tél. 04 78 12 34 56"),
        ("Référent : Paul Roux", "Tél. 04 78 12 34 56"),
        ("Dépannage 24 h/24", "06 12 34 56 78"),
        ("Rendez-vous avec Julie Roche", "Tél. 06 12 34 56 78"),
    ],
)
def test_a_number_under_an_unknown_persons_line_under_the_block_is_not_read_as_the_debtors(rows):
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(330, 200, list(rows), 9, 11)

    assert parse(Sheet(extra=(draw,))).debtor.phone is None


def test_another_address_block_beside_the_debtors_keeps_its_number():
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(330, 150, ["Agence Durand Immobilier", "5 place Bellecour", "69002 Lyon",
                             "Tél. 04 78 12 34 56"], 9, 11)  # fmt: skip

    sheet = Sheet(debtor=("Client :", *BLOCK, "63000 Clermont-Ferrand"), debtor_at=(40, 150))
    invoice = parse(sheet.but(extra=(draw,)))
    assert (invoice.debtor.name, invoice.debtor.phone) == ("Cave Dumont", None)


def test_a_value_of_another_fields_label_beside_the_block_is_no_phone():
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(330, 160, "Numéro", 7)
        pen.text(420, 160, "2026-8136", 7)

    sheet = Sheet(debtor=("Facturé à", *BLOCK, "63000 Clermont-Ferrand"), debtor_at=(60, 150))
    assert parse(sheet.but(extra=(draw,))).debtor.phone is None


@pytest.mark.parametrize(
    ("line", "phone"),
    [
        ("N° de téléphone : 06 12 34 56 78", MOBILE),
        ("Numéro de portable : 06 12 34 56 78", MOBILE),
        ("Tel. (mobile) 06 12 34 56 78", MOBILE),
        ("Móvil +34 612 34 56 78", "+34612345678"),
        ("Mobiel +31 (0)6 1234 5678", "+31612345678"),
        ("Telemóvel +351 912 345 678", "+351912345678"),
        ("Cellulare +39 333 123 4567", "+393331234567"),
    ],
)
def test_labels_of_other_languages_and_spelled_out_numbers_read_the_phone(line, phone):
    assert parse(Sheet(debtor=(*DEBTOR_FR, line))).debtor.phone == phone


def test_an_email_cut_at_a_dash_before_its_at_sign_is_joined_not_read_in_half():
    debtor = parse(Sheet(debtor=(*DEBTOR_FR, "jeanne.martin-", "dupont@orange.fr"))).debtor
    assert debtor.email == "jeanne.martin-dupont@orange.fr"


def test_a_dotted_number_over_an_email_is_not_taken_for_its_head():
    debtor = parse(Sheet(debtor=(*DEBTOR_FR, "03.21.87.21.68", "jeanne.martin@orange.fr"))).debtor
    assert (debtor.phone, debtor.email) == ("+33321872168", "jeanne.martin@orange.fr")


@pytest.mark.parametrize(
    "lines",
    [
        ("Tuteur : M. Roux", "06 12 34 56 78"),
        ("Next of kin: Mary Byrne", "Mob: 06 12 34 56 78"),
        ("Curateur : M. Roux", "roux@udaf69.fr"),
    ],
)
def test_contacts_under_someone_elses_row_inside_the_block_are_not_the_debtors(lines):
    invoice = parse(Sheet(debtor=(*DEBTOR_FR, *lines)))
    assert (invoice.debtor.phone, invoice.debtor.email) == (None, None)


@pytest.mark.parametrize(
    "lines",
    [
        ("Contact : M. Paul Martin (fils)", "Tél. 06 12 34 56 78"),
        ("c/o M. Roux", "Tél. 06 12 34 56 78"),
        ("Chez M. Roux", "Tél. 06 12 34 56 78"),
    ],
)
def test_a_number_under_a_care_of_or_a_contact_person_in_the_block_is_held_not_read(lines):
    invoice = parse(Sheet(debtor=(*DEBTOR_FR, *lines)))
    assert invoice.debtor.phone is None
    assert UNREAD_PHONE in invoice.problems


def test_a_number_under_an_attention_line_stays_the_debtors():
    lines = ("À l'attention de M. Roux", "Tél. 06 12 34 56 78")
    assert parse(Sheet(debtor=(*DEBTOR_FR, *lines))).debtor.phone == MOBILE


@pytest.mark.parametrize(
    ("note", "email", "phone"),
    [
        (f"E-mail de facturation : {MAIL}", MAIL, None),
        (f"Envoi des factures par e-mail à : {MAIL}", MAIL, None),
        ("Notifications SMS au 06 12 34 56 78", None, MOBILE),
        ("Vous recevrez un SMS au 06 12 34 56 78 avant chaque prélèvement.", None, MOBILE),
        ("Le technicien, joignable au 06 12 34 56 78, passera mardi.", None, None),
        ("Votre conseiller, M. Roux, reste joignable au 04 78 12 34 56.", None, None),
    ],
)
def test_sentences_name_whose_contact_they_give(note, email, phone):
    debtor = parse(Sheet(notes=(note,))).debtor
    assert (debtor.email, debtor.phone) == (email, phone)


def _rows(x: float, y: float, lines: list[str]):  # type: ignore[no-untyped-def]
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(x, y, lines, 8, 10)

    return draw


def _table(cells: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        for index, (label, value) in enumerate(cells):
            pen.text(40 + 120 * index, 230, label, 7, bold=True)
            pen.text(40 + 120 * index, 241, value, 7)

    return draw


@pytest.mark.parametrize(
    "draw",
    [
        _rows(330, 95, ["Vos coordonnées", "Tél. 06 12 34 56 78", MAIL]),
        _rows(40, 450, ["Contact client", "Jeanne Martin", "06 12 34 56 78", MAIL]),
        _rows(40, 200, ["Coordonnées du payeur", "Tél. 06 12 34 56 78", MAIL]),
        _table([("Client", "Jeanne Martin"), ("Téléphone", "06 12 34 56 78"), ("E-mail", MAIL)]),
    ],
    ids=["box-over-the-window", "contact-client-box", "payers-details", "client-table"],
)
def test_contacts_under_a_client_heading_or_in_a_client_table_are_read(draw):
    debtor = parse(Sheet(extra=(draw,))).debtor
    assert (debtor.email, debtor.phone) == (MAIL, MOBILE)


def test_a_table_column_of_someone_elses_beside_the_clients_is_not_read():
    draw = _table([("Client", "Jeanne Martin"), ("Tél. conseiller", "04 78 12 34 56")])
    assert parse(Sheet(extra=(draw,))).debtor.phone is None


@pytest.mark.parametrize("number", ["0612345678", "+33 6 12 34 56 78", "Portable 06 12 34 56 78"])
def test_a_number_right_over_the_debtors_email_is_the_debtors_phone(number):
    debtor = parse(Sheet(debtor=DEBTOR_FR, extra=(_rows(40, 200, [number, f"Mél {MAIL}"]),))).debtor
    assert (debtor.email, debtor.phone) == (MAIL, MOBILE)
