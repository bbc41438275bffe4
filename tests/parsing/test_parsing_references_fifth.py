"""Customer references of the blind-8 trades, second pass (issue 12; the designs measured in
tests/parsing/references_fifth.py): labels of more trades and countries, a label broken over
two lines, a bare word among "Label: value" fields of one line, and a person asked whenever a
customer-reference label is printed and nothing was read."""

from __future__ import annotations

import pytest

from parsing import ParseOptions, parse_pdf
from tests.parsing import references, references_fifth
from tests.parsing.pages import Sheet, parse
from tests.parsing.references import Page
from tests.parsing.relance_json import silent

NUMBER = ("Facture n°", "FA-2026-0042")
DATES = (("Date", "03/11/2026"), ("Échéance", "03/12/2026"))


def _problems(invoice, field: str = "debtor.customer_ref") -> list[str]:
    return [problem for problem in invoice.problems if problem.startswith(field)]


def _drawn(*texts: tuple[float, float, str, float]):
    def draw(pen) -> None:
        for x, y, text, size in texts:
            pen.text(x, y, text, size)

    return draw


def test_the_fifth_set_reads_every_reference_or_names_a_problem():
    options = ParseOptions(use_xml=False, ocr=False)
    total = exact = 0
    unflagged = []
    for design in references_fifth.DESIGNS:
        for seed in references_fifth.SEEDS:
            invoice = references_fifth.generate(design, seed)
            [record] = parse_pdf(references_fifth.render(invoice), f"{design}.pdf", options)
            total += 1
            if (record.debtor.customer_ref or "") == invoice.customer_ref:
                exact += 1
            elif silent(record.to_record()):
                unflagged.append(f"{design}-{seed}")
    assert not unflagged
    assert exact / total >= 0.97


@pytest.mark.parametrize(
    "label",
    ["Número de cliente", "Debtor no.", "Mandantennummer", "Mandanten-Nr.", "Cavalier n°",
     "Propriétaire n°", "Nº Cliente", "Debiteurnummer", "Customer account", "Kundenkonto"],
)  # fmt: skip
def test_the_reference_is_read_after_the_labels_of_the_blind_eight_trades(label):
    invoice = parse(Sheet(meta=(NUMBER, (label, "CLI-00042"), *DATES)))
    assert invoice.debtor.customer_ref == "CLI-00042"
    assert not _problems(invoice)


@pytest.mark.parametrize("word", ["Mandant", "Debtor", "Debitor"])
def test_a_bare_mandant_or_debtor_word_gives_a_code_alone_beside_it(word):
    invoice = parse(Sheet(meta=(NUMBER, (word, "K-2026-117"), *DATES)))
    assert invoice.debtor.customer_ref == "K-2026-117"


@pytest.mark.parametrize(
    ("first", "second"), [("N° de", "patient"), ("N° de", "client"), ("Patient", "ID")]
)
def test_a_label_broken_over_two_lines_gives_the_value_right_of_it(first, second):
    extra = _drawn((300, 580, first, 8), (300, 590, second, 8), (362, 585, "48021", 10))
    invoice = parse(Sheet(extra=(extra,)))
    assert invoice.debtor.customer_ref == "48021"
    assert not _problems(invoice)


def test_a_dossier_number_under_a_broken_label_is_no_reference_and_no_doubt():
    extra = _drawn((300, 580, "N° de", 8), (300, 590, "dossier", 8), (362, 585, "506788", 10))
    invoice = parse(Sheet(extra=(extra,)))
    assert invoice.debtor.customer_ref is None
    assert not _problems(invoice)


def test_a_number_label_over_a_customer_number_label_is_no_broken_label():
    extra = _drawn((300, 580, "Number", 8), (360, 580, "FC06640", 8),
                   (300, 590, "Customer No.", 8), (360, 590, "C89121", 8))  # fmt: skip
    invoice = parse(Sheet(extra=(extra,)))
    assert invoice.debtor.customer_ref == "C89121"
    assert not _problems(invoice)


def test_a_bare_debtor_word_among_label_colon_value_fields_of_one_line_is_read():
    notes = ("Rechnung: RE35178 Debitor: D-5790 Datum: 03.11.2026 Auftrag: A-51350",)
    invoice = parse(Sheet(notes=notes))
    assert invoice.debtor.customer_ref == "D-5790"


def test_a_bare_client_word_before_a_postcode_and_a_city_is_no_reference():
    invoice = parse(Sheet(notes=("Client: 75001 Paris Tél: 01 23 45 67 89",)))
    assert invoice.debtor.customer_ref is None


@pytest.mark.parametrize(
    "note",
    ["Merci de rappeler votre numéro de client 12 345 678 9 lors du paiement",
     "Customer account: see the attached statement"],
)  # fmt: skip
def test_a_reference_label_printed_when_nothing_was_read_is_named(note):
    invoice = parse(Sheet(notes=(note,)))
    assert invoice.debtor.customer_ref is None
    assert _problems(invoice)


@pytest.mark.parametrize(
    ("label", "value"),
    [("Compteur", "A12L123456"), ("PDL", "14123456789012"), ("Contrat", "123456789"),
     ("Réservation", "PNR AX1234"), ("Rental agreement", "RA123456789"),
     ("Référence unique de mandat (RUM)", "RUM123456789012")],
)  # fmt: skip
def test_a_meter_contract_booking_or_mandate_number_is_no_reference_and_no_doubt(label, value):
    invoice = parse(Sheet(meta=(NUMBER, (label, value), *DATES)))
    assert invoice.debtor.customer_ref is None
    assert not _problems(invoice)


def _two_pages(slip: str) -> bytes:
    first, second = Page(), Page()
    references_fifth.head(first, ("Ambulances du Lac", "12 quai des Sports", "74000 Annecy"),
                          ("Mme Odile Perrin", "3 chemin des Crêts", "74940 Annecy"))  # fmt: skip
    first.text(40, 230, "Facture n° AMB-000412", 14, bold=True)
    first.text(40, 248, "Date : 03/11/2026 — Échéance : 03/12/2026", 9)
    references_fifth.lines(first, 290, [("Transport assis", 125.0)],
                           ("Total", "TVA 0 %", "Net à payer"), 0.0)  # fmt: skip
    second.text(40, 60, "TALON À JOINDRE À VOTRE RÈGLEMENT", 9, bold=True)
    second.text(40, 76, slip, 9)
    return references.render(references.Invoice([first, second], "AMB-000412", ""))


def test_a_reference_printed_only_on_a_payment_slip_page_of_its_own_is_read():
    pdf = _two_pages("Référence client à rappeler : CLI-00042")
    [record] = parse_pdf(pdf, "slip.pdf", ParseOptions(use_xml=False, ocr=False))
    assert record.debtor.customer_ref == "CLI-00042"


def test_a_reference_label_on_a_later_page_with_nothing_read_is_named():
    pdf = _two_pages("Merci de rappeler votre numéro de client :")
    [record] = parse_pdf(pdf, "slip.pdf", ParseOptions(use_xml=False, ocr=False))
    assert record.debtor.customer_ref is None
    assert _problems(record)


@pytest.mark.parametrize("word", ["Customer", "Patient", "Abonné", "Client number"])
def test_more_bare_words_give_a_code_alone_beside_them(word):
    invoice = parse(Sheet(meta=(NUMBER, (word, "CLI-00042"), *DATES)))
    assert invoice.debtor.customer_ref == "CLI-00042"


@pytest.mark.parametrize("label", ["Nº de sócio", "Lidnummer", "Membre n°", "Billing ID"])
def test_a_member_or_billing_label_beside_a_value_no_rule_reads_is_named(label):
    invoice = parse(Sheet(meta=(NUMBER, (label, "S 12 34"), *DATES)))
    assert invoice.debtor.customer_ref is None
    assert _problems(invoice) == [f"debtor.customer_ref: '{label}' printed but not read"]


def test_a_reference_label_ending_a_sentence_whose_value_is_elsewhere_is_named():
    invoice = parse(Sheet(notes=("Pour tout paiement, merci de rappeler votre n° client",)))
    assert invoice.debtor.customer_ref is None
    assert _problems(invoice)
