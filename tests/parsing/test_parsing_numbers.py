"""How issuers print the invoice number, one family per test (issue 12; the layouts measured in
tests/parsing/numbers.py): the label vocabulary, numbers printed in groups, title lines, a row
of labels over a row of values, a number wrapped in a narrow cell, numbers that are not the
invoice's, a credit note's own number, and two labels naming different numbers."""

from __future__ import annotations

import pytest

from parsing.layout.invoice import read_number
from tests.parsing.generator.render import Pen
from tests.parsing.pages import Sheet, parse

DATES = (("Date", "03/11/2026"), ("Échéance", "03/12/2026"))
OWN = ("Inv #", "Invoice Number", "N° facture")  # the labels of the number in the cells below


@pytest.mark.parametrize(
    "label",
    ["N° de facture", "Numéro", "Réf. facture", "Facture n°", "Invoice No.", "Invoice Number",
     "Inv #", "Inv. No.", "Rechnungsnummer", "Rechnung Nr.", "Document n°", "Pièce n°",
     "N° de pièce", "Numéro de facture", "Tax Invoice No.", "Doc. n°", "Re.-Nr.",
     "Factuurnummer", "Factuur nr."],
)  # fmt: skip
def test_the_number_is_read_after_each_label_issuers_use(label):
    invoice = parse(Sheet(meta=((label, "FA-2026-0042"), *DATES)))
    assert invoice.invoice_number == "FA-2026-0042"


@pytest.mark.parametrize(
    "number",
    ["F 2026 0042", "2026 03998", "FA 1471 B", "2026.07.023", "2026/117", "000123", "12345/B",
     "2026-11-0042", "FC00964A", "R-2026/00017"],
)  # fmt: skip
def test_a_number_is_read_whole_whatever_its_format(number):
    invoice = parse(Sheet(meta=(("N° de facture", number), *DATES)))
    assert invoice.invoice_number == number
    assert not [problem for problem in invoice.problems if "invoice_number" in problem]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("F 2026 0042  03/11/2026", "F 2026 0042"),
        ("2026 0042 DU 03/11/2026", "2026 0042"),
        ("FA-12 1 234,56 €", "FA-12"),
        ("123 456,78 €", "123"),
        ("123 4567 89", None),
        ("F 2026 0042 12/11/2026", "F 2026 0042"),
        ("2026/117 du 3 novembre 2026", "2026/117"),
        ("03/11/2026", None),
        ("2026.07.23", None),
        ("client", None),
    ],
)
def test_reading_a_number_stops_where_the_number_ends(text, number):
    assert read_number(text) == number


@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("FACTURE N° FA-2026-0042", "FA-2026-0042"),
        ("Facture 2026/117 du 3 novembre 2026", "2026/117"),
        ("Facture F 2026 0117 du 3 novembre 2026", "F 2026 0117"),
        ("INVOICE #INV-00912", "INV-00912"),
        ("Rechnung Nr. 2026-0042", "2026-0042"),
    ],
)
def test_a_number_printed_in_the_title_line_is_read(title, number):
    invoice = parse(Sheet(title=title, meta=DATES))
    assert invoice.invoice_number == number


def _cells(labels: tuple[str, ...], values: tuple[str, ...], width: float = 100):
    def draw(pen: Pen) -> None:
        for index, (label, value) in enumerate(zip(labels, values, strict=True)):
            x = 40 + width * index
            pen.text(x + 4, 230, label, 8, bold=True)
            for line, part in enumerate(value.split("\n")):
                pen.text(x + 4, 244 + 10 * line, part, 8)

    return draw


@pytest.mark.parametrize(
    ("labels", "values"),
    [
        (("Delivery Note", "Inv #", "Invoice date"), ("DN266608", "2026-11-4170", "11/03/2026")),
        (("Quote #", "Invoice Number", "Customer No."), ("Q12892", "2026093455", "165660")),
        (("N° client", "N° facture", "N° commande"), ("C00412", "F 2026 5587", "CMD-88120")),
        (("Contract Number", "P.O. #", "Inv #"), ("K-475031", "0185718", "007607")),
    ],
)
def test_a_label_over_its_value_in_a_row_of_cells_gives_that_value(labels, values):
    number = values[labels.index(next(label for label in labels if label in OWN))]
    invoice = parse(Sheet(title="INVOICE", meta=DATES[1:], extra=(_cells(labels, values),)))
    assert invoice.invoice_number == number


@pytest.mark.parametrize(
    ("printed", "number"),
    [("FA-2026-\n042044", "FA-2026-042044"), ("INV-2026-\n59845-01", "INV-2026-59845-01")],
)
def test_a_number_wrapped_in_a_narrow_cell_is_read_whole(printed, number):
    draw = _cells(("Facture n°", "Date", "N° client"), (printed, "03/11/2026", "C1234"), 60)
    invoice = parse(Sheet(meta=DATES[1:], extra=(draw,)))
    assert invoice.invoice_number == number


@pytest.mark.parametrize(
    "distractor",
    [("N° client", "C12345"), ("N° commande", "CMD-00412"), ("Order No", "PO-55120"),
     ("P.O. #", "4410092"), ("N° devis", "D-2026-031"), ("N° de bon de livraison", "BL204410"),
     ("N° TVA", "FR12812345678"), ("SIRET", "812 345 678 00021"), ("N° de dossier", "4410/26"),
     ("Contrat n°", "CT-0042001"), ("IBAN", "FR76 3000 6000 0112 3456 7890 189"),
     ("Communication structurée", "+++123/4567/89012+++"), ("Kundennummer", "035079")],
)  # fmt: skip
def test_a_number_of_something_else_never_becomes_the_invoice_number(distractor):
    invoice = parse(Sheet(meta=(distractor, ("Facture n°", "FA-2026-0042"), *DATES)))
    assert invoice.invoice_number == "FA-2026-0042"
    alone = parse(Sheet(meta=(distractor, *DATES)))
    assert alone.invoice_number is None


@pytest.mark.parametrize(
    ("title", "meta"),
    [
        ("Avoir n° AV-12 sur facture n° FA-98", DATES),
        ("AVOIR", (("Avoir n°", "AV-12"), ("Facture d'origine n°", "FA-98"), *DATES)),
        ("AVOIR", (("Facture d'origine n°", "FA-98"), ("Avoir n°", "AV-12"), *DATES)),
        ("AVOIR", (("Facture n°", "FA-98"), ("Avoir n°", "AV-12"), *DATES)),
        ("AVOIR", (("Avoir n°", "AV-12"), ("Invoice No.", "FA-98"), *DATES)),
        ("AVOIR N° AV-12", (("Annule et remplace la facture n°", "FA-98"), *DATES)),
    ],
)
def test_a_credit_note_has_its_own_number_not_the_invoice_it_refers_to(title, meta):
    invoice = parse(Sheet(title=title, meta=meta))
    assert invoice.invoice_number == "AV-12"
    assert not [problem for problem in invoice.problems if "invoice_number" in problem]


@pytest.mark.parametrize("title", ["FACTURE D'AVOIR N° AV-12", "FACTURE N° FA-2026-0042"])
def test_a_title_holding_its_number_does_not_take_the_order_number_printed_under_it(title):
    def rows(pen: Pen) -> None:
        for y, label, value in ((281, "N° commande", "CMD-85343"), (294, "Date", "03/11/2026")):
            pen.text(40, y, label, 9.5)
            pen.text(130, y, value, 9.5)

    invoice = parse(Sheet(title=title, meta=(), extra=(rows,)))
    assert invoice.invoice_number == title.rsplit(" ", 1)[-1]


def test_two_labels_naming_different_invoice_numbers_are_a_problem():
    meta = (("N° de facture", "FA-2026-0042"), ("Invoice No.", "FA-2026-0043"), *DATES)
    invoice = parse(Sheet(meta=meta))
    assert any(problem.startswith("invoice_number: ") for problem in invoice.problems)


def test_the_same_number_printed_twice_is_no_problem():
    meta = (("N° de facture", "F 2026 0042"), ("Invoice No.", "F 2026 0042"), *DATES)
    invoice = parse(Sheet(meta=meta))
    assert invoice.invoice_number == "F 2026 0042"
    assert not [problem for problem in invoice.problems if "invoice_number" in problem]


def test_a_credit_note_deducted_in_the_totals_does_not_give_its_number():
    totals = (("Total TTC", "1 000,00 €"), ("Avoir n° A-2026-7 déduit", "-200,00 €"),
              ("Net à payer", "800,00 €"))  # fmt: skip
    invoice = parse(Sheet(meta=(("Facture n°", "F-2026-118"), *DATES), totals=totals))
    assert invoice.invoice_number == "F-2026-118"
    assert not [problem for problem in invoice.problems if "invoice_number" in problem]
