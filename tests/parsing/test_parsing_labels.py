"""The labels invoices print, in many wordings, with the value inline, beside or under them."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from parsing import ParsedInvoice, parse_pdf
from tests.parsing.generator.render import Pen

PLACES = ["inline", "beside", "under"]


def _invoice(pairs: list[tuple[str, str]], place: str) -> ParsedInvoice:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    pen = Pen(canvas)
    pen.lines(40, 40, ["Plomberie Rivière", "3 rue Haute", "67000 Strasbourg",
                       "SIRET 12345678900012"], 9, 11)  # fmt: skip
    pen.lines(330, 140, ["Garage des Lilas", "12 rue des Lilas", "69003 Lyon"], 10, 12)
    for index, (label, value) in enumerate(pairs):
        y = 240 + 30 * index
        if place == "inline":
            pen.text(40, y, f"{label} : {value}")
        elif place == "plain":
            pen.text(40, y, f"{label} {value}")
        elif place == "beside":
            pen.text(40, y, label)
            pen.text(200, y, value)
        else:
            pen.text(40, y, label, 8, bold=True)
            pen.text(40, y + 11, value)
    canvas.showPage()
    canvas.save()
    return parse_pdf(buffer.getvalue(), "labels.pdf")[0]


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize(
    "label",
    ["Facture N°", "FACTURE N°", "N° de facture", "Numéro de facture", "Facture n°",
     "Réf. facture", "Référence facture", "N° Facture", "Facture", "Invoice #", "Invoice No.",
     "Invoice Number", "Invoice no", "Inv. No.", "Numéro", "N°", "Pièce", "N° de pièce"],
)  # fmt: skip
def test_it_reads_the_invoice_number_in_many_wordings(label, place):
    assert _invoice([(label, "F-2026-0042")], place).invoice_number == "F-2026-0042"


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize(
    "label",
    ["Date", "Date de facture", "Date facture", "Date d'émission", "Émise le",
     "Date de facturation", "Fait le", "Invoice date", "Date of issue", "Issue date", "Dated",
     "Issued on"],
)  # fmt: skip
def test_it_reads_the_issue_date_in_many_wordings(label, place):
    invoice = _invoice([("Facture N°", "F-1"), (label, "03/11/2026")], place)
    assert invoice.issue_date == date(2026, 11, 3)


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize(
    "label",
    ["Échéance", "Date d'échéance", "Échéance le", "À régler avant le", "A régler avant le",
     "À payer avant le", "Payable avant le", "Date limite de paiement",
     "Date limite de règlement", "Due date", "Payment due", "Due by", "Pay by",
     "Payment due date", "Due on"],
)  # fmt: skip
def test_it_reads_the_due_date_in_many_wordings(label, place):
    invoice = _invoice(
        [("Facture N°", "F-1"), ("Date", "01/11/2026"), (label, "03/12/2026")], place
    )
    assert invoice.due_date == date(2026, 12, 3)


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize(
    "label",
    ["Net à payer", "Reste à payer", "Montant dû", "Total dû", "Solde dû", "Total à payer",
     "Montant à payer", "Montant à régler", "Reste dû", "Net à payer TTC", "Amount due",
     "Total due", "Balance due", "Amount payable", "Balance", "Total TTC", "Montant TTC",
     "Montant total TTC", "Total T.T.C.", "Total", "Total général", "Grand total", "Total amount",
     "Total (EUR)", "TOTAL TTC (€)", "Montant de l'avoir", "Montant de la facture", "À payer",
     "Somme due", "Somme à payer", "Montant TTC à régler", "Montant TTC à payer", "TTC",
     "Net à payer (EUR)", "Balance due (EUR)"],
)  # fmt: skip
def test_it_reads_the_amount_due_in_many_wordings(label, place):
    invoice = _invoice([("Total HT", "1 000,00 €"), (label, "1 234,56 €")], place)
    assert invoice.total_due == Decimal("1234.56")


@pytest.mark.parametrize("opening", ["Le", "Strasbourg, le", "Fait à Lyon, le"])
def test_a_date_written_as_in_a_letter_is_the_issue_date(opening):
    invoice = _invoice([("Facture N°", "F-1"), (opening, "3 novembre 2026")], "plain")
    assert invoice.issue_date == date(2026, 11, 3)


def test_label_value_pairs_printed_in_one_run_of_text_are_read_apart():
    invoice = _invoice(
        [("Facture N° F-2026-0042   Date", "03/11/2026   Échéance : 03/12/2026"),
         ("Total HT 1 000,00 €   TVA 200,00 €   Net à payer", "1 200,00 €")],
        "inline",
    )  # fmt: skip
    assert (invoice.invoice_number, invoice.issue_date, invoice.due_date, invoice.total_due) == (
        "F-2026-0042", date(2026, 11, 3), date(2026, 12, 3), Decimal("1200.00"),
    )  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    ["Merci de régler cette somme avant le", "Nous vous remercions de bien vouloir régler "
     "cette facture au plus tard le", "Please remit payment by", "Paiement par virement avant le"],
)  # fmt: skip
def test_a_due_date_written_in_a_payment_sentence_is_read(sentence):
    invoice = _invoice([("Facture N°", "F-1"), ("Date", "01/11/2026"),
                        (sentence, "03/12/2026 par virement.")], "plain")  # fmt: skip
    assert invoice.due_date == date(2026, 12, 3)


def test_a_discount_sentence_does_not_give_the_due_date():
    discount = ("Escompte de 2 % pour paiement avant le", "10/11/2026")
    invoice = _invoice([("Facture N°", "F-1"), ("Date", "01/11/2026"), discount], "plain")
    assert invoice.due_date is None


def test_a_row_of_total_labels_over_as_many_values_pairs_them_in_order():
    """Labels at the left of their boxes, values at the right: each value starts nearer the
    next label than its own."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    pen = Pen(canvas)
    pen.text(40, 40, "Facture N° F-1")
    pen.lines(330, 140, ["Garage des Lilas", "12 rue des Lilas", "69003 Lyon"], 10, 12)
    cells = [("Total HT", "1 000,00"), ("TVA", "200,00"), ("Total TTC", "1 200,00"),
             ("Acompte", "-300,00"), ("Net à payer", "900,00")]  # fmt: skip
    for index, (label, value) in enumerate(cells):
        pen.text(45 + index * 103, 400, label, 7, bold=True)
        pen.right(138 + index * 103, 416, value)
    canvas.showPage()
    canvas.save()
    invoice = parse_pdf(buffer.getvalue(), "row.pdf")[0]
    assert (invoice.total, invoice.total_due) == (Decimal("1200.00"), Decimal("900.00"))
