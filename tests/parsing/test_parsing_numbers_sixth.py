"""Invoice numbers of an independent set's countries, second pass (issue 12; the designs measured
in tests/parsing/numbers_sixth.py): Portuguese labels and series, a value under a heading of its
own, a title whose number is another document's, two numbers named as the invoice's wherever
they sit, and numbers spaced around their slash."""

from __future__ import annotations

import pytest

from parsing import ParseOptions, parse_pdf
from parsing.layout.invoice import read_number
from tests.parsing import numbers_sixth
from tests.parsing.pages import Sheet, parse
from tests.parsing.relance_json import silent

DATES = (("Date", "03/11/2026"), ("Échéance", "03/12/2026"))


def _problems(invoice) -> list[str]:
    return [problem for problem in invoice.problems if problem.startswith("invoice_number")]


def _drawn(*texts: tuple[float, float, str, float]):
    def draw(pen) -> None:
        for x, y, text, size in texts:
            pen.text(x, y, text, size)

    return draw


def test_the_sixth_set_reads_every_number_or_names_a_problem():
    options = ParseOptions(use_xml=False, ocr=False)
    total = exact = 0
    unflagged = []
    for design in numbers_sixth.DESIGNS:
        for seed in numbers_sixth.SEEDS:
            invoice = numbers_sixth.generate(design, seed)
            [record] = parse_pdf(numbers_sixth.render(invoice), f"{design}.pdf", options)
            total += 1
            if record.invoice_number == invoice.number:
                exact += 1
            elif silent(record.to_record()):
                unflagged.append(f"{design}-{seed}")
    assert not unflagged
    assert exact / total >= 0.97


@pytest.mark.parametrize(
    ("label", "number"),
    [("Número", "FT A/123"), ("Nº Documento", "FT 2026/000123"), ("Documento", "FR 2026/970"),
     ("Número de fatura", "FT A/123"), ("Fatura n.º", "FT A/123"), ("N.º Documento", "FT B/77")],
)  # fmt: skip
def test_the_portuguese_labels_of_the_number_are_read(label, number):
    invoice = parse(Sheet(meta=((label, number), *DATES)))
    assert invoice.invoice_number == number
    assert not _problems(invoice)


def test_a_portuguese_series_after_the_word_documento_is_read():
    invoice = parse(Sheet(notes=("Documento FR FT2026/8307",), meta=DATES))
    assert invoice.invoice_number == "FR FT2026/8307"


def test_a_code_under_a_heading_of_its_own_below_the_title_is_not_the_number():
    grid = _drawn((40, 278, "ATCUD", 8), (150, 278, "Data", 8), (260, 278, "Vencimento", 8),
                  (40, 290, "JFK3L9-123", 9), (150, 290, "03/11/2026", 9),
                  (260, 290, "03/12/2026", 9))  # fmt: skip
    invoice = parse(Sheet(title="Fatura", meta=(), extra=(grid,)))
    assert invoice.invoice_number is None
    assert _problems(invoice)


def test_the_number_under_its_own_label_in_that_grid_is_read():
    grid = _drawn((40, 278, "ATCUD", 8), (150, 278, "Número", 8), (260, 278, "Data", 8),
                  (40, 290, "JFK3L9-123", 9), (150, 290, "FT A/123", 9),
                  (260, 290, "03/11/2026", 9))  # fmt: skip
    invoice = parse(Sheet(title="Fatura", meta=(), extra=(grid,)))
    assert invoice.invoice_number == "FT A/123"
    assert not _problems(invoice)


@pytest.mark.parametrize(
    ("title", "number"),
    [("Invoice for Order #10234", "10234"), ("Facture de la commande n° 4471", "4471"),
     ("Rechnung zu Auftrag Nr. 4711", "4711"), ("Facture du bon de livraison n° 88120", "88120")],
)  # fmt: skip
def test_a_title_whose_number_is_another_documents_names_a_problem(title, number):
    invoice = parse(Sheet(title=title, meta=DATES))
    assert _problems(invoice) == [
        f"invoice_number: {number} follows '{title.removesuffix(number).strip()}' (another "
        "document's label)"
    ]


def test_a_second_invoice_number_label_with_its_value_below_names_a_problem():
    extra = _drawn((300, 580, "Invoice No.", 8), (300, 592, "F-2026-9999", 9))
    invoice = parse(Sheet(extra=(extra,)))
    assert _problems(invoice) == [
        "invoice_number: F-2026-118 or F-2026-9999 (two labels name the invoice number)"
    ]


def test_a_title_printing_another_number_than_the_label_names_a_problem():
    invoice = parse(Sheet(title="FACTURE F-2026-0001"))
    assert _problems(invoice) == [
        "invoice_number: F-2026-118 or F-2026-0001 (two labels name the invoice number)"
    ]


def test_a_title_printing_the_same_number_as_the_label_is_no_doubt():
    invoice = parse(Sheet(title="FACTURE F-2026-118"))
    assert invoice.invoice_number == "F-2026-118"
    assert not _problems(invoice)


@pytest.mark.parametrize(
    ("text", "number"),
    [("2026 / 0042", "2026 / 0042"), ("F 2026 / 117 du 03/11/2026", "F 2026 / 117"),
     ("123 / 4567", "123 / 4567"), ("11 / 2026", None)],
)  # fmt: skip
def test_a_number_spaced_around_its_slash_is_read_whole(text, number):
    assert read_number(text) == number


def test_a_number_spaced_around_its_slash_and_wrapped_in_a_cell_keeps_its_spaces():
    cell = _drawn((300, 570, "N° de facture", 7), (300, 582, "2026 /", 9), (300, 593, "0042", 9))
    invoice = parse(Sheet(meta=DATES, extra=(cell,)))
    assert invoice.invoice_number == "2026 / 0042"
    assert not _problems(invoice)


def test_an_invoice_number_column_of_an_account_summary_is_no_rival():
    rows = [(40, 575, "N° facture", 8)] + [
        (40, 589 + 12 * row, number, 8) for row, number in enumerate(("F-2026-071", "F-2026-094"))
    ]
    invoice = parse(Sheet(extra=(_drawn(*rows),)))
    assert invoice.invoice_number == "F-2026-118"
    assert not _problems(invoice)
