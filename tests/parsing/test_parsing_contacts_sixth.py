"""The debtor's own phone or e-mail printed where the reader did not look (issue 12; the sixth
round, tests/parsing/contacts_sixth.py, draws them at random for a rate): a footer line about
the client, a later page, an e-mail cut before its "@". Read or named, never left out with
nothing said; and a third person's line in the footer not taken for the debtor's."""

from __future__ import annotations

import pytest

from parsing import ParseOptions, parse_pdf
from parsing.layout.unread_contacts import UNREAD_EMAIL, UNREAD_PHONE
from tests.parsing import contacts_sixth
from tests.parsing.contacts import SEEDS, Invoice, Page, generate, render
from tests.parsing.pages import Sheet, parse

MOBILE = "+33612345678"
MAIL = "jeanne.martin@orange.fr"
DEBTOR = ("Jeanne Martin", "12 rue des Lilas", "69003 Lyon")


def _footer_line(text: str):  # type: ignore[no-untyped-def]
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(40, 772, text, 7)

    return draw


@pytest.mark.parametrize(
    "line",
    [
        f"Vos coordonnées : Jeanne Martin – Tél. 06 12 34 56 78 – {MAIL}",
        f"Client : Jeanne Martin | Portable 06 12 34 56 78 | Mél {MAIL}",
        f"Jeanne Martin · 06.12.34.56.78 · {MAIL}",
    ],
)
def test_a_footer_line_about_the_client_is_not_the_issuers_and_is_read_or_named(line):
    invoice = parse(Sheet(debtor=DEBTOR, extra=(_footer_line(line),)))
    assert invoice.debtor.phone == MOBILE or UNREAD_PHONE in invoice.problems
    assert invoice.debtor.email == MAIL or UNREAD_EMAIL in invoice.problems
    assert "debtor phone is the issuer's" not in " ".join(invoice.problems)


@pytest.mark.parametrize(
    "line",
    [
        "Vos coordonnées sont traitées par Atelier Roux SAS ; pour les modifier : 01 40 20 30 40",
        "Votre compte en ligne : espace client sur atelier-roux.fr ou au 01 40 20 30 40",
        "Pour modifier vos coordonnées, contactez-nous au 01 40 20 30 40",
        "Pour mettre à jour votre adresse e-mail, appelez le 01 40 20 30 40",
        "To update your phone number, call us on 01 40 20 30 40",
    ],
)
def test_a_footer_sentence_about_the_clients_details_stays_the_issuers(line):
    debtor = parse(Sheet(debtor=DEBTOR, extra=(_footer_line(line),))).debtor
    assert debtor.phone != "+33140203040"


def test_a_footer_line_with_the_title_of_the_debtors_name_is_read_whole():
    line = f"Vos coordonnées : M. Jean Roux – Tél. 06 12 34 56 78 – {MAIL}"
    debtor = parse(Sheet(debtor=("M. Jean Roux", *DEBTOR[1:]), extra=(_footer_line(line),))).debtor
    assert (debtor.phone, debtor.email) == (MOBILE, MAIL)


@pytest.mark.parametrize(
    "line",
    [
        f"Client : Jeanne Martin – Tél. 06 12 34 56 78 – {MAIL}",
        f"Coordonnées client : Jeanne Martin - Portable 06.12.34.56.78 - Courriel {MAIL}",
    ],
)
def test_the_contacts_after_the_debtors_own_name_on_a_line_are_read(line):
    debtor = parse(Sheet(debtor=DEBTOR, extra=(_footer_line(line),))).debtor
    assert (debtor.phone, debtor.email) == (MOBILE, MAIL)


def test_an_email_after_the_debtors_name_in_angle_brackets_is_read():
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(330, 200, f"Jeanne Martin <{MAIL}>", 9)

    assert parse(Sheet(debtor=DEBTOR, extra=(draw,))).debtor.email == MAIL


@pytest.mark.parametrize(
    "line",
    [
        f"À l'attention de M. Paul Roux - GSM 06 12 34 56 78 - {MAIL}",
        f"Attn: Mr Paul Roux, 06 12 34 56 78, {MAIL}",
    ],
)
def test_the_contacts_of_the_person_a_company_is_billed_for_the_attention_of_are_read(line):
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(330, 195, line, 8)

    company = ("Bâti Ouest SARL", "Zone artisanale des Landes", "35510 Cesson-Sévigné")
    debtor = parse(Sheet(debtor=company, extra=(draw,))).debtor
    assert (debtor.phone, debtor.email) == (MOBILE, MAIL)


def test_a_number_after_someone_else_named_on_the_debtors_line_is_not_read():
    line = "Client : Jeanne Martin – aide à domicile Mme Nadia Ferreira 06 12 34 56 78"
    assert parse(Sheet(debtor=DEBTOR, extra=(_footer_line(line),))).debtor.phone is None


def test_a_line_naming_the_debtor_under_a_care_workers_line_keeps_its_contacts_unclaimed():
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(40, 760, "Intervenante : Mme Nadia Ferreira – Tél. 07 98 76 54 32", 7)
        pen.text(
            40, 772, f"Vos coordonnées : Mme Jeanne Martin | Portable 06 12 34 56 78 | {MAIL}", 7
        )

    invoice = parse(Sheet(debtor=("Mme Jeanne Martin", *DEBTOR[1:]), extra=(draw,)))
    assert (invoice.debtor.phone, invoice.debtor.email) == (MOBILE, MAIL)
    assert not invoice.problems


def test_a_care_workers_line_in_the_footer_is_not_the_debtors():
    line = "Intervenante : Mme Nadia Ferreira – Tél. 06 12 34 56 78 – n.ferreira@adom.fr"
    invoice = parse(Sheet(debtor=DEBTOR, extra=(_footer_line(line),)))
    assert (invoice.debtor.phone, invoice.debtor.email) == (None, None)
    assert UNREAD_PHONE not in invoice.problems and UNREAD_EMAIL not in invoice.problems


def _two_pages(second: list[str]) -> bytes:
    first = Page()
    first.lines(40, 40, ["Plomberie Rivière SARL", "3 rue Haute", "67000 Strasbourg",
                         "Tél : 03 88 11 22 33", "contact@plomberie.fr"], 9, 11)  # fmt: skip
    first.lines(330, 150, list(DEBTOR), 10)
    first.lines(40, 260, ["FACTURE", "Facture N° : F-2026-118", "Date : 03/11/2026",
                          "Échéance : 03/12/2026"], 9, 12)  # fmt: skip
    first.lines(340, 340, ["Total HT 100,00 €", "TVA 20 % 20,00 €", "Total TTC 120,00 €",
                           "Net à payer 120,00 €"], 9, 12)  # fmt: skip
    following = Page()
    following.text(40, 60, "Conditions générales de vente", 10, bold=True)
    following.lines(40, 80, second, 8.5, 11)
    following.text(40, 800, "Plomberie Rivière SARL - Tél. 03 88 11 22 33 - contact@plomberie.fr")
    return render(Invoice([first, following], None, None))


def _parse(data: bytes):  # type: ignore[no-untyped-def]
    [invoice] = parse_pdf(data, "two.pdf", ParseOptions(use_xml=False, ocr=False))
    return invoice


def test_contacts_under_a_client_heading_on_the_second_page_are_read():
    invoice = _parse(_two_pages(["Vos coordonnées", "Jeanne Martin", "GSM : 06 12 34 56 78",
                                 f"E-mail : {MAIL}"]))  # fmt: skip
    assert (invoice.debtor.phone, invoice.debtor.email) == (MOBILE, MAIL)


def test_contacts_on_the_second_page_under_no_heading_of_the_clients_are_named():
    invoice = _parse(_two_pages(["Coordonnées enregistrées", "GSM : 06 12 34 56 78",
                                 f"E-mail : {MAIL}"]))  # fmt: skip
    assert invoice.debtor.phone == MOBILE or UNREAD_PHONE in invoice.problems
    assert invoice.debtor.email == MAIL or UNREAD_EMAIL in invoice.problems


def test_the_issuers_own_contacts_on_the_second_page_raise_nothing():
    invoice = _parse(_two_pages(["Pour toute question : 03 88 11 22 33 - contact@plomberie.fr",
                                 "Paiement à 30 jours."]))  # fmt: skip
    assert UNREAD_PHONE not in invoice.problems and UNREAD_EMAIL not in invoice.problems


@pytest.mark.parametrize(
    ("town", "phone", "email"),
    [
        ("69003 Lyon · ☎ 06 12 34 56 78", MOBILE, None),
        (f"69003 Lyon | ☎ 06 12 34 56 78 | {MAIL}", MOBILE, MAIL),
        (f"69003 Lyon · ✉ {MAIL}", None, MAIL),
    ],
)
def test_a_contact_after_a_pictogram_on_the_towns_line_is_split_from_it_and_read(
    town, phone, email
):
    debtor = parse(Sheet(debtor=(*DEBTOR[:2], town))).debtor
    assert (debtor.name, debtor.city, debtor.phone, debtor.email) == (
        "Jeanne Martin", "Lyon", phone, email
    )  # fmt: skip


@pytest.mark.parametrize(
    "first",
    [
        f"Mme Jeanne Martin – Tél. 06 12 34 56 78 – {MAIL}",
        f"Mme Jeanne Martin · ☎ 06 12 34 56 78 · {MAIL}",
        f"Mme Jeanne Martin | Mob. 06 12 34 56 78 | {MAIL}",
    ],
)
def test_contacts_on_the_name_line_of_the_block_are_split_from_the_name_and_read(first):
    debtor = parse(Sheet(debtor=(first, *DEBTOR[1:]))).debtor
    assert (debtor.name, debtor.street, debtor.phone, debtor.email) == (
        "Mme Jeanne Martin", "12 rue des Lilas", MOBILE, MAIL
    )  # fmt: skip


def test_a_titled_strangers_line_with_a_phone_away_from_the_block_is_not_the_debtors():
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(40, 200, "Mme Nadia Ferreira – Tél. 06 12 34 56 78", 8)

    assert parse(Sheet(debtor=DEBTOR, extra=(draw,))).debtor.phone is None


@pytest.mark.parametrize(
    "terms",
    [
        ["En cas de litige, le client peut recourir gratuitement au médiateur de la consommation :",
         "CM2C - 14 rue Saint-Jean 75017 Paris - cm2c@cm2c.net"],
        ["Médiateur : CNPM Médiation Consommation - contact@cnpm-mediation-consommation.eu"],
        ["Assurance décennale : AXA France IARD, 313 Terrasses de l'Arche, 92727 Nanterre - "
         "Tél. 09 70 80 80 80"],
    ],
)  # fmt: skip
def test_the_mediators_or_the_insurers_contacts_in_the_terms_raise_nothing(terms):
    invoice = _parse(_two_pages(terms))
    assert UNREAD_PHONE not in invoice.problems and UNREAD_EMAIL not in invoice.problems


@pytest.mark.parametrize("head", ["E-mail : jeanne.martin", "jeanne.martin"])
def test_an_email_cut_before_its_at_sign_is_joined(head):
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(330, 200, [head, "@orange.fr"], 9, 11)

    assert parse(Sheet(debtor=DEBTOR, extra=(draw,))).debtor.email == MAIL


def test_the_sixth_round_leaves_no_wrong_contact_unsaid():
    unsaid = []
    for style in contacts_sixth.STYLES:
        for seed in SEEDS:
            made = generate(style, seed, contacts_sixth.STYLES)
            [invoice] = parse_pdf(render(made), f"{style}-{seed}.pdf", ParseOptions(use_xml=False))
            record = invoice.to_record()
            for key in ("phone", "email"):
                got = record["debtor"][key]
                wrong = (got or "").lower() != (getattr(made, key) or "").lower()
                if wrong and not record["problems"]:
                    unsaid.append((style, seed, key, got))
    assert not unsaid
