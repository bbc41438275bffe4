"""The guarantee of issue 12 (the seventh round, tests/parsing/contacts_seventh.py, draws trade
layouts at random for a rate): a phone or e-mail printed anywhere on the invoice, not read as
the debtor's and not positively the issuer's nor a labelled third party's, holds the record
with the unread-contact problem; what is positively claimed holds nothing."""

from __future__ import annotations

import pytest

from parsing import ParseOptions, parse_pdf
from parsing.layout.unread_contacts import UNREAD_EMAIL, UNREAD_PHONE
from tests.parsing import contacts, contacts_seventh
from tests.parsing.contacts import SEEDS, generate, render
from tests.parsing.pages import Sheet, parse

MOBILE = "+33612345678"
MAIL = "jeanne.martin@orange.fr"
DEBTOR = ("Jeanne Martin", "12 rue des Lilas", "69003 Lyon")


def _at(x: float, y: float, *rows: str, size: float = 7):  # type: ignore[no-untyped-def]
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        for i, row in enumerate(rows):
            pen.text(x, y + 11 * i, row, size)

    return draw


def _held(invoice, phone: bool = True, email: bool = True) -> None:  # type: ignore[no-untyped-def]
    if phone:
        assert invoice.debtor.phone == MOBILE or UNREAD_PHONE in invoice.problems
    if email:
        assert invoice.debtor.email == MAIL or UNREAD_EMAIL in invoice.problems


@pytest.mark.parametrize(
    "line",
    [
        f"Compte famille 123 - Tél. 06 12 34 56 78 - {MAIL}",
        f"Réf. 4471 · 06 12 34 56 78 · {MAIL}",
    ],
)
def test_a_footer_line_not_the_issuers_holds_its_contacts_for_a_person(line):
    _held(parse(Sheet(debtor=DEBTOR, extra=(_at(40, 770, line),))))


def test_a_number_in_e164_on_a_line_naming_the_debtor_is_a_phone():
    line = "Client n° 1885 · Jeanne Martin · +33612345678"
    _held(parse(Sheet(debtor=DEBTOR, extra=(_at(40, 770, line),))), email=False)


def test_a_bare_national_number_on_a_line_naming_the_debtor_is_a_phone():
    line = "Client n° 1885 · Jeanne Martin · 0612345678"
    _held(parse(Sheet(debtor=DEBTOR, extra=(_at(40, 770, line),))), email=False)


@pytest.mark.parametrize(
    "rows",
    [
        ("Réf. client", "C10442", "Tél.", "06 12 34 56 78"),
        ("Animal", "Filou (chat)", "E-mail", MAIL),
    ],
)
def test_a_contact_under_its_label_in_a_header_grid_is_held_or_read(rows):
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        for c in range(0, len(rows), 2):
            pen.text(40 + 100 * c, 230, rows[c], 7)
            pen.text(40 + 100 * c, 242, rows[c + 1], 7)

    invoice = parse(Sheet(debtor=DEBTOR, extra=(draw,)))
    _held(invoice, phone="Tél." in rows, email="E-mail" in rows)


def test_an_unlabelled_box_beside_the_address_is_held_or_read():
    sheet = Sheet(debtor=DEBTOR, debtor_at=(40, 150),
                  extra=(_at(330, 150, "06 12 34 56 78", MAIL, size=8.5),))  # fmt: skip
    _held(parse(sheet))


def test_the_issuers_footer_line_naming_it_holds_nothing():
    line = "Plomberie Rivière SARL - Tél. 03 88 99 00 11 - atelier@plomberie-riviere.fr"
    invoice = parse(Sheet(debtor=DEBTOR, extra=(_at(40, 780, line),)))
    assert UNREAD_PHONE not in invoice.problems and UNREAD_EMAIL not in invoice.problems


def test_a_footer_line_with_the_issuers_web_address_holds_nothing():
    line = "Standard 03 88 99 00 11 - www.plomberie-riviere.fr"
    invoice = parse(Sheet(debtor=DEBTOR, extra=(_at(40, 780, line),)))
    assert UNREAD_PHONE not in invoice.problems


def test_a_footer_line_repeating_the_letterheads_number_holds_nothing():
    line = "Une question ? 03 88 11 22 33"
    invoice = parse(Sheet(debtor=DEBTOR, extra=(_at(40, 780, line),)))
    assert UNREAD_PHONE not in invoice.problems


def test_the_issuers_address_block_under_its_heading_beside_the_debtors_holds_nothing():
    issuer = ("Émetteur", "Informatique Insulaire SARL", "Lieu-dit Pietralba",
              "01000 BOURG-EN-BRESSE", "+33 (0)9 31 82 77 64")  # fmt: skip
    sheet = Sheet(seller=(), debtor=DEBTOR, debtor_at=(330, 150),
                  extra=(_at(40, 137, *issuer, size=9),))  # fmt: skip
    assert UNREAD_PHONE not in parse(sheet).problems


def test_a_number_in_a_cell_beside_anothers_is_not_read_into_it():
    left = ("Fournisseur", "Imprimerie Sampiero", "14 cours Napoléon", "73000 CHAMBÉRY",
            "Tel +33 6 09 72 18 21")  # fmt: skip
    sheet = Sheet(seller=(), debtor=(*DEBTOR[:2], "BP 12", "69003 Lyon"), debtor_at=(330, 150),
                  extra=(_at(40, 137, *left, size=9),))  # fmt: skip
    assert UNREAD_PHONE not in parse(sheet).problems


def test_a_labelled_third_partys_line_holds_nothing():
    line = "Élève : Tom Martin-Durand - Tél. 07 98 76 54 32"
    assert UNREAD_PHONE not in parse(Sheet(debtor=DEBTOR, extra=(_at(330, 215, line),))).problems


def test_an_issuers_service_line_holds_nothing():
    line = "Urgences : 06 98 76 54 32"
    assert UNREAD_PHONE not in parse(Sheet(debtor=DEBTOR, notes=(line,))).problems


def test_a_footer_sentence_whose_subject_is_someones_role_holds_nothing():
    line = "Conducteur de travaux joignable au 07-74-45-47-81"
    assert UNREAD_PHONE not in parse(Sheet(debtor=DEBTOR, extra=(_at(40, 760, line),))).problems


@pytest.mark.parametrize("seed", [2, 7])
def test_a_fax_under_the_block_is_no_unread_phone(seed):
    made = generate("fax_lines", seed, contacts.STYLES)  # the debtor's `Fax : +33 (0)2 …` alone
    [invoice] = parse_pdf(render(made), "fax.pdf", ParseOptions(use_xml=False))
    assert UNREAD_PHONE not in invoice.problems


def test_the_seventh_round_leaves_no_wrong_contact_unsaid():
    unsaid = []
    for style in contacts_seventh.STYLES:
        for seed in SEEDS:
            made = generate(style, seed, contacts_seventh.STYLES)
            [invoice] = parse_pdf(render(made), f"{style}-{seed}.pdf", ParseOptions(use_xml=False))
            record = invoice.to_record()
            for key in ("phone", "email"):
                got = record["debtor"][key]
                wrong = (got or "").lower() != (getattr(made, key) or "").lower()
                if wrong and not record["problems"]:
                    unsaid.append((style, seed, key, got))
    assert not unsaid
