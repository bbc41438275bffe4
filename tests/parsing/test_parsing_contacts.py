"""The debtor's e-mail and phone, one family of printing at a time (issue 12): numbers in every
country's spelling, several on a line, a fax beside them, the mobile beside a fixed line,
contacts beside or under the block, in a client grid, in a sentence addressed to the debtor;
and what is someone else's (the issuer's adviser, a delivery address, a site contact) left
empty. tests/parsing/contacts.py draws the same families at random for a rate."""

from __future__ import annotations

import pytest

from parsing.layout.debtor_contacts import choose_phone, phones_on_line
from tests.parsing.pages import DEBTOR, Sheet, parse

MOBILE, FIXED = "+33612345678", "+33478123456"


@pytest.mark.parametrize(
    ("line", "region", "want"),
    [
        ("Tél. : 04 78 12 34 56", "FR", FIXED),
        ("Tél. : 04 78 12 34 56 / 06 12 34 56 78", "FR", MOBILE),
        ("Tél. : 06.12.34.56.78 - Fax : 04 78 12 34 56", "FR", MOBILE),
        ("Fax : 04 78 12 34 56 - Tél. : 0612345678", "FR", MOBILE),
        ("Fax : 04 78 12 34 56", "FR", None),
        ("\u25a0 +33 (0)6 12 34 56 78", "FR", MOBILE),
        ("0033 6 12 34 56 78", "FR", MOBILE),
        ("Port. : +33 6 12 34 56 78", "FR", MOBILE),
        ("Téléphone : 04 78 12 34 56 - E-mail : Paul.Roux@SFR.fr", "FR", FIXED),
        ("GSM 0475 12 34 56", "BE", "+32475123456"),
        ("Tél. 0475/12.34.56", "BE", "+32475123456"),
        ("Natel : 079 123 45 67", "CH", "+41791234567"),
        ("Mob: +44 7911 123456", "GB", "+447911123456"),
        ("Ph: (212) 555-0147", "US", "+12125550147"),
        ("Tel. 089/1234567", "DE", "+49891234567"),
        ("Tél. : 0176 5710528", "DE", "+491765710528"),
        ("Contact chantier : M. Roux 06 12 34 56 78", "FR", None),
        ("SIRET : 812 345 678 00021", "FR", None),
        ("612345678", "FR", None),
    ],
)
def test_the_phone_of_a_line_is_read_in_its_countrys_spelling_and_never_a_fax(line, region, want):
    assert choose_phone(phones_on_line(line, region), own_block=True) == want


@pytest.mark.parametrize(
    ("lines", "phone"),
    [
        (("Fixe : 04 78 12 34 56", "Portable : 06 12 34 56 78"), MOBILE),
        (("Mobile : 06 12 34 56 78", "Tél. dom. : 04 78 12 34 56"), MOBILE),
        (("Tél : 04 78 12 34 56", "Portable : 06 12 34 56 78"), None),
        (("Tél. : 04 78 12 34 56", "Tél. : 04 78 65 43 21"), None),
    ],
)
def test_two_phones_beside_the_block_give_the_mobile_only_when_labelled_as_one_persons(
    lines, phone
):
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(470, 150, list(lines), 9.5, 12.35)

    assert parse(Sheet(extra=(draw,))).debtor.phone == phone


@pytest.mark.parametrize(
    ("block", "phone", "email"),
    [
        ((*DEBTOR, "Tél. : 04 78 12 34 56", "Portable : 06 12 34 56 78"), MOBILE, None),
        ((*DEBTOR, "Tél. : 04 78 12 34 56 / 06 12 34 56 78"), MOBILE, None),
        ((*DEBTOR, "Tél. : 04 78 12 34 56 - Fax : 04 78 65 43 21"), FIXED, None),
        ((*DEBTOR, "Fax : 04 78 65 43 21"), None, None),
        ((*DEBTOR, "\u25a0 06 12 34 56 78", "\u25a0 compta@garage-lilas.fr"), MOBILE,
         "compta@garage-lilas.fr"),
        (("Bäckerei Schmid", "Lindenweg 12", "80331 München", "Deutschland",
          "Tél. : 0176 5710528"), "+491765710528", None),
    ],
)  # fmt: skip
def test_the_phones_in_the_block_are_the_debtors_the_mobile_first(block, phone, email):
    debtor = parse(Sheet(debtor=block)).debtor
    assert (debtor.phone, debtor.email) == (phone, email)


def test_a_line_under_the_block_gives_both_its_phone_and_its_email():
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(330, 200, "Téléphone : 06.12.34.56.78 - E-mail : garage@lilas-auto.fr", 8)

    debtor = parse(Sheet(extra=(draw,))).debtor
    assert (debtor.phone, debtor.email) == (MOBILE, "garage@lilas-auto.fr")


def _grid(heading: str, rows: list[tuple[str, str]], x: float = 40) -> object:
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(x, 190, heading, 9, bold=True)
        for index, (label, value) in enumerate(rows):
            pen.text(x + 4, 204 + 12 * index, label, 8)
            pen.text(x + 80, 204 + 12 * index, value, 8)

    return draw


CONTACT_ROWS = [("Téléphone", "06 12 34 56 78"), ("Courriel", "jeanne.martin@orange.fr")]


@pytest.mark.parametrize(
    ("grids", "phone", "email"),
    [
        ([_grid("Vos coordonnées", CONTACT_ROWS)], MOBILE, "jeanne.martin@orange.fr"),
        ([_grid("Informations client", [("N° client", "C1042"), *CONTACT_ROWS])], MOBILE,
         "jeanne.martin@orange.fr"),
        ([_grid("Votre conseiller", CONTACT_ROWS)], None, None),
        ([_grid("Adresse de livraison", CONTACT_ROWS)], None, None),
        ([_grid("Vos coordonnées", CONTACT_ROWS),
          _grid("Votre conseiller", [("Tél.", "04 78 12 34 56"),
                                     ("E-mail", "s.lefort@plomberie.fr")], 330)],
         MOBILE, "jeanne.martin@orange.fr"),
    ],
)  # fmt: skip
def test_a_grid_field_is_the_debtors_under_a_client_heading_only(grids, phone, email):
    debtor = parse(Sheet(extra=tuple(grids))).debtor
    assert (debtor.phone, debtor.email) == (phone, email)


@pytest.mark.parametrize(
    ("heading", "email"),
    [("Notes", "chantier@garage-des-lilas.fr"), ("Contact chantier", None)],
)
def test_an_untied_field_email_naming_the_debtor_is_its_own_unless_under_someone_else(
    heading, email
):
    grid = _grid(heading, [("E-mail", "chantier@garage-des-lilas.fr")])
    assert parse(Sheet(extra=(grid,))).debtor.email == email


@pytest.mark.parametrize(
    ("first", "phone"),
    [(("Code client", "411042"), MOBILE), (("Commercial", "Paul Durand"), None)],
)
def test_a_table_row_of_contacts_is_the_debtors_when_it_holds_the_customer_number(first, phone):
    cells = [first, ("Téléphone", "06 12 34 56 78"), ("Mode de règlement", "Virement")]

    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        for index, (label, value) in enumerate(cells):
            pen.text(40 + 128 * index, 205, label, 7, bold=True)
            pen.text(40 + 128 * index, 218, value, 7.5)

    assert parse(Sheet(extra=(draw,))).debtor.phone == phone


def test_the_phone_of_a_ship_to_block_beside_the_bill_to_block_is_not_the_debtors():
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(330, 136, "Ship To", 9, bold=True)
        pen.lines(330, 150, ["Site Manager", "880 Harbor Way", "69007 Lyon",
                             "Phone: 06 98 76 54 32"], 10, 12.85)  # fmt: skip
        pen.text(40, 136, "Facturé à", 9, bold=True)

    debtor = parse(Sheet(debtor_at=(40, 150), extra=(draw,))).debtor
    assert (debtor.name, debtor.phone) == ("Garage des Lilas", None)


@pytest.mark.parametrize(
    ("sentence", "phone"),
    [
        ("Comme convenu, nous vous joindrons au 06 12 34 56 78 pour fixer la date.", MOBILE),
        ("Le technicien vous appellera au 06.12.34.56.78 la veille de son passage.", MOBILE),
        ("Pour toute question, contactez-nous au 04 78 12 34 56.", None),
    ],
)
def test_a_phone_in_a_sentence_is_the_debtors_when_the_sentence_is_addressed_to_it(sentence, phone):
    assert parse(Sheet(notes=(sentence,))).debtor.phone == phone


def test_a_debtor_printing_no_contact_gets_none_of_the_sellers():
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(330, 200, "Votre contact : 03 88 11 22 33 - contact@plomberie.fr", 8)
        pen.text(40, 240, "Tél. : 03 88 11 22 33", 8)

    debtor = parse(Sheet(extra=(draw,))).debtor
    assert (debtor.phone, debtor.email) == (None, None)


@pytest.mark.parametrize("heading", ["Une question sur votre facture ?", "Service recouvrement"])
def test_the_issuers_desk_beside_the_block_is_not_the_debtors_contact(heading):
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(470, 150, [heading, "Tél. 04 78 12 34 56", "recouvrement@plomberie-riviere.fr"],
                  8, 10)  # fmt: skip

    debtor = parse(Sheet(extra=(draw,))).debtor
    assert (debtor.phone, debtor.email) == (None, None)


def test_a_remittance_slips_client_line_is_not_the_debtors_block():
    def slip(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(40, 660, "TALON À JOINDRE À VOTRE RÈGLEMENT", 9, bold=True)
        pen.lines(40, 675, ["Client : Garage des Lilas", "Montant : voir ci-dessus"], 8, 10)
        pen.lines(330, 675, ["Service recouvrement", "Tél. 04 78 12 34 56"], 8, 10)

    sheet = Sheet(debtor=(*DEBTOR, "Portable : 06 12 34 56 78"), extra=(slip,))
    debtor = parse(sheet).debtor
    assert (debtor.name, debtor.postcode, debtor.phone) == ("Garage des Lilas", "69003", MOBILE)


@pytest.mark.parametrize("label", ["Ligne directe :", "Tél. direct :", "Direct line:"])
def test_a_direct_line_in_the_block_is_the_debtors_phone(label):
    block = ("SCI Les Tilleuls", "À l'attention de M. Pierre Roux", "12 rue des Lilas",
             "69003 Lyon", f"{label} 04 78 12 34 56")  # fmt: skip
    assert parse(Sheet(debtor=block)).debtor.phone == FIXED
