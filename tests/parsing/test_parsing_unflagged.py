"""Wrong records that carried no problem (issue 12, tests/parsing/composer/): each class is
read right now, or named in `problems` by a general check; and the checks stay quiet on right
records."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import ParseOptions, parse_pdf
from tests.parsing.composer import sheet as composer
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
