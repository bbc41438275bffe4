"""The debtor's own phone or e-mail printed where the reader may not take it (issue 12; the fifth
round, tests/parsing/contacts_fifth.py, draws them at random for a rate): under a heading in
another language or a bare "Contact", after the customer number, beside an unnamed line, in a
QR-bill's "Payable par" part, in a footer line about the client. Read or named, never left out
with nothing said; and a number someone else is reached at not taken for the debtor's."""

from __future__ import annotations

import pytest

from parsing import ParseOptions, parse_pdf
from parsing.layout.unread_contacts import UNREAD_EMAIL, UNREAD_PHONE
from tests.parsing import contacts_fifth
from tests.parsing.contacts import SEEDS, generate, render
from tests.parsing.pages import Sheet, parse

MOBILE = "+33612345678"
MAIL = "jeanne.martin@orange.fr"
DEBTOR = ("Jeanne Martin", "12 rue des Lilas", "69003 Lyon")


def _rows(x: float, y: float, lines: list[str]):  # type: ignore[no-untyped-def]
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(x, y, lines, 8, 10)

    return draw


@pytest.mark.parametrize("heading", ["Kontakt", "Contacto", "Recapiti", "Contact details"])
def test_a_number_with_no_label_under_a_heading_in_another_language_is_named(heading):
    invoice = parse(Sheet(debtor=DEBTOR, extra=(_rows(40, 200, [heading, "06 12 34 56 78"]),)))
    assert invoice.debtor.phone == MOBILE or UNREAD_PHONE in invoice.problems


def test_an_email_under_a_bare_contact_heading_is_read_or_named():
    invoice = parse(Sheet(debtor=DEBTOR, extra=(_rows(40, 200, ["Contact details", MAIL]),)))
    assert invoice.debtor.email == MAIL or UNREAD_EMAIL in invoice.problems


@pytest.mark.parametrize("label", ["N° client", "Réf. client", "Client n°"])
def test_a_phone_printed_after_the_customer_number_is_named(label):
    notes = (f"{label} : C28125 - 07 91 23 62 51",)
    invoice = parse(Sheet(debtor=DEBTOR, notes=notes))
    assert invoice.debtor.phone == "+33791236251" or UNREAD_PHONE in invoice.problems


def test_a_footer_line_about_the_client_gives_the_debtors_email():
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(40, 760, f"Client joignable à l'adresse {MAIL}", 7.5)

    assert parse(Sheet(debtor=DEBTOR, extra=(draw,))).debtor.email == MAIL


@pytest.mark.parametrize(
    "line",
    [
        "Gardien joignable au 06 12 34 56 78",
        "Syndic Foncia - Mme Colin joignable au 06 12 34 56 78",
        "Conducteur de travaux joignable au 06 12 34 56 78",
    ],
)
def test_a_number_a_role_or_a_company_is_reached_at_is_not_the_debtors(line):
    assert parse(Sheet(debtor=DEBTOR, notes=(line,))).debtor.phone is None


def test_contacts_under_a_copy_of_the_debtors_name_and_address_in_a_payment_slip_are_read():
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(20, 640, ["Payable par", *DEBTOR, "06 12 34 56 78", MAIL], 7, 9)

    debtor = parse(Sheet(debtor=DEBTOR, extra=(draw,))).debtor
    assert (debtor.phone, debtor.email) == (MOBILE, MAIL)


def test_a_number_under_a_copy_of_the_debtors_name_without_its_address_is_named_not_read():
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(20, 640, ["Payable par", DEBTOR[0], "06 12 34 56 78"], 7, 9)

    invoice = parse(Sheet(debtor=DEBTOR, extra=(draw,)))
    assert invoice.debtor.phone is None
    assert UNREAD_PHONE in invoice.problems


def test_a_number_beside_the_block_under_an_unnamed_line_is_named_not_read():
    draw = _rows(470, 150, ["Dépannage 24 h/24", "06 12 34 56 78"])
    invoice = parse(Sheet(debtor=DEBTOR, extra=(draw,)))
    assert invoice.debtor.phone is None
    assert UNREAD_PHONE in invoice.problems


def test_another_address_block_beside_the_debtors_keeps_its_number_unflagged():
    draw = _rows(
        470, 150, ["Agence Durand Immobilier", "5 place Bellecour", "69002 Lyon", "04 78 12 34 56"]
    )
    sheet = Sheet(debtor=("Client :", *DEBTOR), debtor_at=(40, 150), extra=(draw,))
    invoice = parse(sheet)
    assert invoice.debtor.phone is None
    assert UNREAD_PHONE not in invoice.problems


def test_the_fifth_round_leaves_no_wrong_contact_unsaid():
    unsaid = []
    for style in contacts_fifth.STYLES:
        for seed in SEEDS:
            made = generate(style, seed, contacts_fifth.STYLES)
            [invoice] = parse_pdf(render(made), f"{style}-{seed}.pdf", ParseOptions(use_xml=False))
            record = invoice.to_record()
            for key in ("phone", "email"):
                got = record["debtor"][key]
                wrong = (got or "").lower() != (getattr(made, key) or "").lower()
                if wrong and not record["problems"]:
                    unsaid.append((style, seed, key, got))
    assert not unsaid


@pytest.mark.parametrize(
    "rows",
    [
        ["N° client : C28125 - Gardien : M. Roux 06 12 34 56 78"],
        ["Accès : Gardien : M. Roux - 06 12 34 56 78"],
        ["Chargé de clientèle : M. Dupuis", "Tél. : 04 78 12 34 56", "s.dupuis@assur-exemple.fr"],
        ["Syndic Foncia - Mme Colin", "Tél. : 04 78 12 34 56", "m.colin@foncia-exemple.fr"],
    ],
)
def test_a_contact_after_or_under_someones_role_and_name_is_theirs_and_not_named(rows):
    invoice = parse(Sheet(debtor=DEBTOR, extra=(_rows(40, 200, rows),)))
    assert (invoice.debtor.phone, invoice.debtor.email) == (None, None)
    assert UNREAD_PHONE not in invoice.problems and UNREAD_EMAIL not in invoice.problems


def test_a_number_after_a_service_lines_words_away_from_the_block_is_not_named():
    invoice = parse(Sheet(debtor=DEBTOR, notes=("Dépannage 24 h/24 : +33 3 45 60 11 81",)))
    assert UNREAD_PHONE not in invoice.problems


def test_a_contact_under_the_debtors_own_contact_person_is_still_named():
    rows = ["Martin - Mme Jeanne Martin", "06 12 34 56 78"]
    invoice = parse(Sheet(debtor=DEBTOR, extra=(_rows(40, 200, rows),)))
    assert invoice.debtor.phone == MOBILE or UNREAD_PHONE in invoice.problems
