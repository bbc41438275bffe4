"""The debtor's phone and e-mail read where the page says they are the client's, outside its
address block (issue 12; the eighth round, tests/parsing/contacts_eighth.py, draws such layouts
at random for a rate), and never another person's printed the same way."""

from __future__ import annotations

import pytest

from parsing import ParseOptions, parse_pdf
from parsing.layout.unread_contacts import UNREAD_EMAIL, UNREAD_PHONE
from tests.parsing import contacts_eighth
from tests.parsing.contacts import SEEDS, generate, render
from tests.parsing.pages import Sheet, parse

MOBILE, MOBILE_PRINTED = "+33612345678", "06 12 34 56 78"
OTHER, OTHER_PRINTED = "+33698765432", "06 98 76 54 32"
MAIL = "jeanne.martin@orange.fr"
DEBTOR = ("Jeanne Martin", "12 rue des Lilas", "69003 Lyon")


def _at(x: float, y: float, *rows: str, size: float = 8):  # type: ignore[no-untyped-def]
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        for i, row in enumerate(rows):
            pen.text(x, y + 11 * i, row, size)

    return draw


def _grid(y: float, cells: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    """A header grid: a row of labels over a row of values."""

    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        for c, (label, value) in enumerate(cells):
            pen.text(40 + 100 * c, y, label, 7)
            pen.text(40 + 100 * c, y + 12, value, 7)

    return draw


def _read(invoice, phone: bool = True, email: bool = True) -> None:  # type: ignore[no-untyped-def]
    if phone:
        assert invoice.debtor.phone == MOBILE
        assert UNREAD_PHONE not in invoice.problems
    if email:
        assert invoice.debtor.email == MAIL
        assert UNREAD_EMAIL not in invoice.problems


@pytest.mark.parametrize(
    "line",
    [
        f"Coordonnées client enregistrées : {MOBILE_PRINTED} - {MAIL}",
        f"Client details: Jeanne Martin · Mobile {MOBILE_PRINTED} · e-mail {MAIL}",
        f"Compte famille 123 - Tél. {MOBILE_PRINTED} - {MAIL}",
        f"Client n° 1885 - Jeanne Martin - {MOBILE_PRINTED} - {MAIL}",
    ],
)
def test_a_footer_line_labelled_as_the_clients_details_is_read(line):
    _read(parse(Sheet(debtor=DEBTOR, extra=(_at(40, 770, line, size=7),))))


@pytest.mark.parametrize(
    ("lines", "phone", "email"),
    [
        ((f"Facture transmise à {MAIL}",), False, True),
        ((f"Avis envoyé par courriel à {MAIL}",), False, True),
        ((f"Alerte SMS envoyée au {MOBILE_PRINTED}",), True, False),
        ((f"SMS de rappel au {MOBILE_PRINTED}", f"Avis envoyé par courriel à {MAIL}"), True, True),
    ],
)
def test_where_the_invoice_or_its_notices_are_sent_is_the_clients_contact(lines, phone, email):
    invoice = parse(Sheet(debtor=DEBTOR, extra=(_at(40, 755, *lines, size=7),)))
    _read(invoice, phone=phone, email=email)


def test_a_registered_contact_line_under_the_block_is_the_clients():
    line = f"Votre contact enregistré : {MOBILE_PRINTED} · {MAIL}"
    _read(parse(Sheet(debtor=DEBTOR, extra=(_at(330, 200, line),))))


@pytest.mark.parametrize("head", ["Vos coordonnées", "VOS COORDONNÉES", "Your details"])
def test_a_client_details_heading_beside_the_block_gives_its_rows(head):
    rows = (head, f"Portable : {MOBILE_PRINTED}", f"E-mail : {MAIL}")
    _read(parse(Sheet(debtor=DEBTOR, extra=(_at(40, 150, *rows),))))


@pytest.mark.parametrize("head", ["Contact facturation", "Billing contact"])
def test_a_billing_contact_beside_the_block_is_the_clients_person(head):
    rows = (head, "Mme Lucie Aubert", f"Tél. : {MOBILE_PRINTED}", f"E-mail : {MAIL}")
    _read(parse(Sheet(debtor=DEBTOR, extra=(_at(40, 150, *rows),))))


def test_the_rows_under_a_copy_of_the_debtors_name_beside_its_block_are_its_own():
    rows = ("Responsable légal", "Jeanne Martin", f"Tél. : {MOBILE_PRINTED}")
    sheet = Sheet(debtor=DEBTOR, debtor_at=(40, 150), extra=(_at(330, 140, *rows),))
    _read(parse(sheet), email=False)


def test_a_pupils_line_under_a_copy_of_the_debtors_name_is_not_read():
    rows = ("Jeanne Martin", f"Élève : Tom Martin - {OTHER_PRINTED}")
    sheet = Sheet(debtor=DEBTOR, debtor_at=(40, 150), extra=(_at(330, 150, *rows),))
    assert parse(sheet).debtor.phone != OTHER


def test_a_billing_contact_far_from_the_block_is_not_read():
    line = f"Contact facturation : {OTHER_PRINTED}"
    invoice = parse(Sheet(debtor=DEBTOR, extra=(_at(40, 770, line, size=7),)))
    assert invoice.debtor.phone != OTHER


@pytest.mark.parametrize(
    "cells",
    [
        [("N° client", "C10442"), ("Tél. propriétaire", MOBILE_PRINTED), ("E-mail", MAIL)],
        [("N° client", "C10442"), ("Portable", MOBILE_PRINTED), ("Contact enregistré", MAIL)],
        [("Propriétaire", "Jeanne Martin"), ("Portable", MOBILE_PRINTED), ("E-mail", MAIL)],
    ],
)
def test_a_header_grid_naming_the_client_gives_the_contacts_under_their_labels(cells):
    _read(parse(Sheet(debtor=DEBTOR, extra=(_grid(225, cells),))))


def test_a_plain_phone_label_after_the_issuers_adviser_in_a_client_grid_is_not_read():
    cells = [("N° client", "C10442"), ("Votre conseiller", "M. Paul Girard"),
             ("Tél.", OTHER_PRINTED)]  # fmt: skip
    invoice = parse(Sheet(debtor=DEBTOR, extra=(_grid(225, cells),)))
    assert invoice.debtor.phone != OTHER


def test_the_issuers_staff_in_a_client_grid_are_not_read():
    cells = [("N° client", "C10442"), ("Technicien", f"M. Renard {OTHER_PRINTED}"),
             ("Astreinte 24 h/24", "04 72 11 22 33")]  # fmt: skip
    invoice = parse(Sheet(debtor=DEBTOR, extra=(_grid(225, cells),)))
    assert invoice.debtor.phone is None


@pytest.mark.parametrize(
    "line",
    [
        f"Client details: Jeanne Martin · Technicien : M. Roux {OTHER_PRINTED}",
        f"Coordonnées client enregistrées : Technicien M. Paul Roux - {OTHER_PRINTED}",
        f"Votre contact : M. Paul Girard - {OTHER_PRINTED}",
        "Facture transmise à votre comptable M. Durand : durand@cabinet-durand.fr",
        f"N° patient : 4471 - Tél. {OTHER_PRINTED}",
    ],
)
def test_another_persons_contact_after_a_client_label_is_not_read(line):
    invoice = parse(Sheet(debtor=DEBTOR, extra=(_at(40, 770, line, size=7),)))
    assert invoice.debtor.phone != OTHER
    assert invoice.debtor.email != "durand@cabinet-durand.fr"


@pytest.mark.parametrize("dots", ["........", ". . . . . ."])
def test_a_forms_dotted_rows_under_the_address_are_read(dots):
    rows = (f"Tél. : {dots} {MOBILE_PRINTED}", f"E-mail : {dots} {MAIL}")
    _read(parse(Sheet(debtor=(*DEBTOR, *rows))))


def test_a_client_labelled_phone_in_a_facts_column_is_read():
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(330, 215, "GSM client", 8.5)
        pen.text(410, 215, f": {MOBILE_PRINTED}", 8.5)

    _read(parse(Sheet(debtor=DEBTOR, extra=(draw,))), email=False)


def test_the_eighth_round_leaves_no_wrong_contact_unsaid():
    unsaid = []
    for style in contacts_eighth.STYLES:
        for seed in SEEDS:
            made = generate(style, seed, contacts_eighth.STYLES)
            [invoice] = parse_pdf(render(made), f"{style}-{seed}.pdf", ParseOptions(use_xml=False))
            record = invoice.to_record()
            for key in ("phone", "email"):
                got = record["debtor"][key]
                wrong = (got or "").lower() != (getattr(made, key) or "").lower()
                if wrong and not record["problems"]:
                    unsaid.append((style, seed, key, got))
    assert not unsaid
