"""A phone is the debtor's only where a label of the client's governs that very number: not the
sender's line on a letter's reference line or information block beside "Réf. client", not the
issuer's number in the client's footer line; where the page's client details print another
number than the one read, the record is held (issue 12; the ninth round,
tests/parsing/contacts_ninth.py, draws such letters at random for a rate)."""

from __future__ import annotations

import pytest

from parsing import ParseOptions, parse_pdf
from parsing.layout.owned_contacts import NOT_THE_LABELLED_PHONE
from parsing.layout.parties import client_line
from tests.parsing import contacts_ninth
from tests.parsing.contacts import SEEDS, generate, render
from tests.parsing.pages import Sheet, parse

MOBILE, MOBILE_PRINTED = "+33612345678", "06 12 34 56 78"
DIRECT, DIRECT_PRINTED = "+33556781234", "05 56 78 12 34"
MAIL = "jeanne.martin@orange.fr"
DEBTOR = ("Jeanne Martin", "12 rue des Lilas", "69003 Lyon")
FOOTER_LINE = f"Coordonnées client enregistrées : Tél. {MOBILE_PRINTED} – courriel {MAIL}"


def _at(x: float, y: float, *rows: str, size: float = 8):  # type: ignore[no-untyped-def]
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        for i, row in enumerate(rows):
            pen.text(x, y + 11 * i, row, size)

    return draw


def _grid(y: float, cells: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    """A reference line: a row of labels over a row of values."""

    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        for c, (label, value) in enumerate(cells):
            pen.text(40 + 120 * c, y, label, 7)
            pen.text(40 + 120 * c, y + 12, value, 7)

    return draw


def _columns(x: float, y: float, rows: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    """An information block: labels in one column, their values in the next."""

    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        for i, (label, value) in enumerate(rows):
            pen.text(x, y + 11 * i, label, 8)
            pen.text(x + 90, y + 11 * i, value, 8)

    return draw


@pytest.mark.parametrize("label", ["Tél.", "Téléphone", "Ligne directe", "Tél. direct"])
@pytest.mark.parametrize("footer", [True, False])
def test_the_phone_on_a_letters_reference_line_beside_the_client_number_is_not_the_clients(
    label, footer
):
    cells = [("N/Réf. dossier", "2026/0412"), ("Réf. client", "CL-1885"), (label, DIRECT_PRINTED),
             ("Date", "10 juin 2026")]  # fmt: skip
    extra = [_grid(225, cells)] + ([_at(40, 770, FOOTER_LINE, size=7)] if footer else [])
    invoice = parse(Sheet(debtor=DEBTOR, extra=tuple(extra)))
    assert invoice.debtor.phone != DIRECT
    if footer:
        assert invoice.debtor.phone == MOBILE


@pytest.mark.parametrize(
    "rows",
    [
        [("N/Réf. dossier", "2026/0412"), ("Réf. client", "CL-1885"), ("Tél.", DIRECT_PRINTED)],
        [("Réf. client", "CL-1885"), ("Dossier suivi par", "Maître Claire Aubert"),
         ("Ligne directe", DIRECT_PRINTED)],
    ],
)  # fmt: skip
def test_the_phone_in_a_letters_information_block_is_the_senders(rows):
    extra = (_columns(40, 150, rows), _at(40, 770, FOOTER_LINE, size=7))
    invoice = parse(Sheet(debtor=DEBTOR, extra=extra))
    assert invoice.debtor.phone == MOBILE


@pytest.mark.parametrize(
    "line",
    [
        FOOTER_LINE,
        f"Coordonnées client enregistrées : courriel {MAIL} / {MOBILE_PRINTED}",
        f"Coordonnées client enregistrées : Madame Jeanne Martin – Tél. {MOBILE_PRINTED} – {MAIL}",
        f"Coordonnées client enregistrées : +33 (0)6 12 34 56 78 / {MAIL}",
        f"Coordonnées client enregistrées : 06.12.34.56.78 – {MAIL}",
        f"Coordonnées client enregistrées : Fixe 04 78 12 34 56 – Portable {MOBILE_PRINTED}",
        f"Coordonnées client enregistrées : {MOBILE_PRINTED} – {MAIL} | Standard {DIRECT_PRINTED}",
    ],
)
def test_the_clients_footer_line_gives_its_own_phone(line):
    invoice = parse(Sheet(debtor=DEBTOR, extra=(_at(40, 770, line, size=7),)))
    assert invoice.debtor.phone == MOBILE


@pytest.mark.parametrize(
    ("text", "clients"),
    [
        ("Coordonnées client enregistrées : Téléphone : 06 12 34 56 78", True),
        ("Coordonnées client enregistrées : Fixe 04 78 12 34 56 – Portable 06 12 34 56 78", True),
        ("Coordonnées client enregistrées : Madame Jeanne Martin – Tél. 06 12 34 56 78", True),
        ("Vos coordonnées bancaires : IBAN FR76 3000 4000 0312 3456 7890 143", False),
        ("Facture transmise à votre comptable M. Durand : durand@cabinet-durand.fr", False),
    ],
)
def test_a_footer_line_about_the_client_is_not_the_issuers(text, clients):
    assert client_line(text) is clients


def test_a_number_read_elsewhere_than_the_clients_details_print_holds_the_record():
    cells = [("Réf. client", "CL-1885"), ("Téléphone", DIRECT_PRINTED)]
    extra = (_grid(225, cells), _at(40, 770, FOOTER_LINE, size=7))
    invoice = parse(Sheet(debtor=DEBTOR, extra=extra))
    assert invoice.debtor.phone == DIRECT
    assert NOT_THE_LABELLED_PHONE in invoice.problems


def test_the_ninth_round_leaves_no_wrong_contact_unsaid():
    unsaid = []
    for style in contacts_ninth.STYLES:
        for seed in SEEDS:
            made = generate(style, seed, contacts_ninth.STYLES)
            [invoice] = parse_pdf(render(made), f"{style}-{seed}.pdf", ParseOptions(use_xml=False))
            record = invoice.to_record()
            for key in ("phone", "email"):
                got = record["debtor"][key]
                wrong = (got or "").lower() != (getattr(made, key) or "").lower()
                if wrong and not record["problems"]:
                    unsaid.append((style, seed, key, got))
    assert not unsaid
