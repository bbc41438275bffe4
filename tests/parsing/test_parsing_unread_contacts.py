"""The check that a phone number or an e-mail address printed on the page, claimed by no one, is
not silently left out of the record (issue 12: a missing contact that is printed is a wrong
record that looks right), and the contacts it leaves alone: the issuer's, a clerk's, a desk's, a
delivery address's, a fax, numbers that are no phones."""

from __future__ import annotations

import pytest

from parsing.layout.unread_contacts import UNREAD_EMAIL, UNREAD_PHONE
from tests.parsing.pages import DEBTOR, Sheet, parse


@pytest.mark.parametrize(
    ("notes", "problem"),
    [
        (("Appelez Mme Martin au 06 12 34 56 78 avant de passer.",), UNREAD_PHONE),
        (("Relevé transmis sur demande à jeanne.martin@orange.fr.",), UNREAD_EMAIL),
        (("Gardien de l'immeuble (tél. 06 12 34 56 78) à prévenir.",), UNREAD_PHONE),
    ],
)
def test_a_contact_printed_for_no_one_and_not_read_is_named(notes, problem):
    invoice = parse(Sheet(notes=notes))
    assert (invoice.debtor.phone, invoice.debtor.email) == (None, None)
    assert problem in invoice.problems


@pytest.mark.parametrize(
    "lines",
    [
        ("Tél. privé 04 78 12 34 56", "Tél. bureau 04 78 65 43 21"),
        ("06 12 34 56 78", "04 78 12 34 56"),
        ("Contact : jeanne.martin@orange.fr", "paul.roux@orange.fr"),
    ],
)
def test_contacts_beside_the_block_that_the_reader_cannot_choose_between_are_named(lines):
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(470, 150, list(lines), 9.5, 12.35)

    invoice = parse(Sheet(extra=(draw,)))
    assert (invoice.debtor.phone, invoice.debtor.email) == (None, None)
    assert {UNREAD_PHONE, UNREAD_EMAIL} & set(invoice.problems)


@pytest.mark.parametrize(
    "notes",
    [
        ("Pour toute question, contactez-nous au 04 78 12 34 56 ou à compta@plomberie.fr.",),
        ("Notre standard est joignable au 04 78 12 34 56.",),
        ("Votre contact : Mme Claire Dumas", "Tél. 04 78 12 34 56", "c.dumas@plomberie.fr"),
        ("Adresse de livraison", "Chantier ZAC des Prés", "38330 Montbonnot",
         "Tél : 06 98 76 54 32"),
        ("Fax : 04 78 65 43 21",),
        ("IBAN FR76 3000 4000 0312 3456 7890 143 - BIC BNPAFRPP",),
        ("Commande n° 2026.04.965 du 21.07.2026, livrée le 03/11/2026.",),
        ("Communication structurée : +++904/5400/67489+++",),
    ],
)  # fmt: skip
def test_the_issuers_someone_elses_and_numbers_that_are_no_phones_raise_nothing(notes):
    invoice = parse(Sheet(notes=notes))
    assert not {UNREAD_PHONE, UNREAD_EMAIL} & set(invoice.problems)


@pytest.mark.parametrize("value", ["2026.04.965", "0570678", "FA-2026-3284", "411 042 17"])
def test_a_bare_number_beside_the_block_not_grouped_as_a_phone_raises_nothing(value):
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(470, 150, ["Commande", value], 9.5, 12.35)

    assert not {UNREAD_PHONE, UNREAD_EMAIL} & set(parse(Sheet(extra=(draw,))).problems)


def test_a_second_number_beside_the_one_read_is_the_debtors_too_and_raises_nothing():
    sheet = Sheet(debtor=(*DEBTOR, "Portable : 06 12 34 56 78"), notes=("Tél. 04 78 12 34 56",))
    invoice = parse(sheet)
    assert invoice.debtor.phone == "+33612345678"
    assert UNREAD_PHONE not in invoice.problems


def test_a_named_contact_sends_the_record_to_review():
    invoice = parse(Sheet(notes=("Appelez Mme Martin au 06 12 34 56 78 avant de passer.",)))
    assert invoice.confidence < 0.6
