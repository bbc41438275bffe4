"""Invoice numbers, third pass of issue 12 (the designs measured in
tests/parsing/numbers_seventh.py): a suffix after a space, a number wrapped after its dash or
slash beside its label, a label broken over two lines of a narrow cell, "N° d'ordre", values
right-aligned far from their labels, and earlier invoices listed under the number."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import ParseOptions, parse_pdf
from parsing.layout import labels as L
from parsing.layout.invoice import read_number
from parsing.pdf import Cell, Line, Page
from tests.parsing import numbers_seventh
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


def _right_aligned(*rows: tuple[float, str, str]):
    def draw(pen) -> None:
        for y, label, value in rows:
            pen.text(40, y, label, 9)
            pen.right(555, y, value, 9)

    return draw


def test_the_seventh_set_reads_every_number_or_names_a_problem():
    options = ParseOptions(use_xml=False, ocr=False)
    total = exact = 0
    unflagged = []
    for design in numbers_seventh.DESIGNS:
        for seed in numbers_seventh.SEEDS:
            invoice = numbers_seventh.generate(design, seed)
            [record] = parse_pdf(numbers_seventh.render(invoice), f"{design}.pdf", options)
            total += 1
            if record.invoice_number == invoice.number:
                exact += 1
            elif silent(record.to_record()):
                unflagged.append(f"{design}-{seed}")
    assert not unflagged
    assert exact / total >= 0.97


@pytest.mark.parametrize(
    ("text", "number"),
    [("F-2026-0042 B", "F-2026-0042 B"), ("2026-118 bis du 03/11/2026", "2026-118 bis"),
     ("FA9303 B  —  Date : 03/11/2026", "FA9303 B"), ("2026-886 R1", "2026-886 R1"),
     ("FA4306 ter", "FA4306 ter"), ("F-2026-0042 A régler avant le 03/12", "F-2026-0042"),
     ("12345 Page 1/2", "12345"), ("F-2026-0042 du 03/11/2026", "F-2026-0042")],
)  # fmt: skip
def test_a_suffix_after_a_space_ending_the_number_is_kept(text, number):
    assert read_number(text) == number


def test_a_number_wrapped_after_its_slash_beside_its_label_is_read_whole():
    cell = _drawn((380, 235, "Facture n° :", 8), (470, 235, "FAC/2026/", 9), (470, 246, "1610", 9))
    invoice = parse(Sheet(meta=DATES, extra=(cell,)))
    assert invoice.invoice_number == "FAC/2026/1610"
    assert not _problems(invoice)


def test_a_number_ending_with_a_dash_and_nothing_under_it_names_a_problem():
    cell = _drawn((380, 235, "Facture n° :", 8), (470, 235, "2026-11-", 9))
    invoice = parse(Sheet(meta=DATES, extra=(cell,)))
    assert _problems(invoice) == [
        "invoice_number: 2026-11 is followed by '-' (where the number ends is unclear)"
    ]


@pytest.mark.parametrize(
    ("first", "second", "number"),
    [("Numéro de", "facture", "7507"), ("N° de", "facture", "2026-4046"),
     ("Numéro de", "pièce", "VT00123")],
)  # fmt: skip
def test_a_label_broken_over_two_lines_of_a_narrow_cell_is_read(first, second, number):
    cell = _drawn((343, 250, first, 7), (404, 255, number, 9), (343, 259, second, 7))
    invoice = parse(Sheet(meta=DATES, extra=(cell,)))
    assert invoice.invoice_number == number
    assert not _problems(invoice)


def test_a_bare_number_label_going_on_below_with_another_field_is_not_the_invoices():
    cells = _drawn((343, 250, "Numéro", 7), (404, 255, "19253", 9), (343, 259, "client", 7))
    invoice = parse(Sheet(meta=DATES, extra=(cells,)))
    assert invoice.invoice_number != "19253"
    assert _problems(invoice)


@pytest.mark.parametrize(
    "label", ["N° d'ordre", "N° d'ordre facture", "Numéro d'ordre", "N° d’ordre de la facture"]
)
def test_a_sequence_number_label_names_the_invoice_number(label):
    invoice = parse(Sheet(meta=((label, "2026-2860"), *DATES)))
    assert invoice.invoice_number == "2026-2860"
    assert not _problems(invoice)


def test_an_order_of_payment_number_is_not_the_invoice_number():
    invoice = parse(Sheet(meta=(("N° d'ordre de virement", "2026-2860"), *DATES)))
    assert invoice.invoice_number != "2026-2860"


def test_values_right_aligned_far_from_their_labels_in_a_column_of_rows_are_read():
    rows = _right_aligned((560, "Numéro de facture", "26-6286"), (573, "Numéro client", "83343"),
                          (586, "Date de facture", "03/11/2026"),
                          (599, "Date d'échéance", "03/12/2026"))  # fmt: skip
    invoice = parse(Sheet(meta=(), extra=(rows,)))
    assert invoice.invoice_number == "26-6286"
    assert invoice.issue_date == date(2026, 11, 3)
    assert invoice.due_date == date(2026, 12, 3)
    assert not _problems(invoice)


def test_a_lone_value_far_right_of_a_label_is_not_taken():
    row = _right_aligned((560, "Numéro de facture", "26-6286"))
    invoice = parse(Sheet(meta=DATES, extra=(row,)))
    assert invoice.invoice_number is None
    assert _problems(invoice)


def test_earlier_invoices_listed_under_their_heading_are_no_rivals():
    rows = _drawn((40, 560, "Rappel — factures antérieures restant dues :", 9),
                  (40, 574, "Facture n° F-2026-124 du 03/09/2026", 8),
                  (40, 586, "Facture n° F-2026-449 du 04/09/2026", 8))  # fmt: skip
    invoice = parse(Sheet(extra=(rows,)))
    assert invoice.invoice_number == "F-2026-118"
    assert not _problems(invoice)


def test_an_earlier_invoice_listed_is_never_taken_for_the_number():
    rows = _drawn((40, 560, "Unpaid invoices:", 9), (40, 574, "Invoice No. F-2026-124", 8))
    invoice = parse(Sheet(meta=DATES, extra=(rows,)))
    assert invoice.invoice_number != "F-2026-124"
    assert _problems(invoice)


@pytest.mark.parametrize(
    "label", ["Fattura n.", "Fattura N°", "Numero fattura", "N. documento", "Numero della fattura"]
)
def test_the_italian_labels_of_the_number_are_read(label):
    invoice = parse(Sheet(meta=((label, "929/PA"), *DATES)))
    assert invoice.invoice_number == "929/PA"
    assert not _problems(invoice)


@pytest.mark.parametrize("text", ["N. 2026-0042", "N. Dupont 2026-0042"])
def test_an_initial_with_a_dot_alone_is_no_number_label(text):
    assert L.label_at(text, L.NUMBER) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [("FA 26 5969", "FA 26 5969"), ("FA 26 5969 du 03/11/2026", "FA 26 5969"),
     ("FA 26 5969 12", None)],
)  # fmt: skip
def test_a_letter_prefix_and_a_two_digit_year_before_the_groups_are_kept(text, number):
    assert read_number(text) == number


@pytest.mark.parametrize("offset", [2.0, 3.5, 5.0])
def test_a_larger_value_set_lower_than_its_small_label_is_read(offset):
    def rows(pen) -> None:
        for i, (label, value) in enumerate((("N° client", "20261234"), ("Facture n°", "F-143299"),
                                            ("Date", "03/11/2026"))):  # fmt: skip
            pen.text(330, 240 + 16 * i, label, 7)
            pen.text(410, 240 + 16 * i + offset, value, 11, bold=True)

    invoice = parse(Sheet(meta=(("Échéance", "03/12/2026"),), extra=(rows,)))
    assert invoice.invoice_number == "F-143299"
    assert invoice.issue_date == date(2026, 11, 3)
    assert not _problems(invoice)


@pytest.mark.parametrize("label", ["Numéro", "N°"])
def test_a_bare_label_in_rows_of_labels_and_values_keeps_its_value(label):
    rows = _drawn((330, 240, label, 8), (410, 240, "F-2026-0042", 8), (330, 252, "Date", 8),
                  (410, 252, "03/11/2026", 8), (330, 264, "Mode de règlement", 8),
                  (410, 264, "Virement", 8))  # fmt: skip
    invoice = parse(Sheet(meta=(("Échéance", "03/12/2026"),), extra=(rows,)))
    assert invoice.invoice_number == "F-2026-0042"
    assert not _problems(invoice)


def test_an_amount_with_its_minus_after_it_is_not_joined_to_the_next_line():
    rows = (
        Line(560, (Cell("Acompte versé", 340, 400, 560, 9), Cell("120,00-", 480, 510, 560, 9))),
        Line(572, (Cell("100,00-", 480, 510, 572, 9),)),
    )
    [hit] = L.values([Page(1, 595, 842, rows)], L.DEPOSIT, lambda text: text)
    assert hit.value == "120,00-"


def test_a_value_cut_at_a_dash_beside_its_label_is_joined_to_the_next_line():
    rows = (
        Line(235, (Cell("Facture n° :", 380, 430, 235, 8), Cell("FA-2026-", 470, 510, 235, 9))),
        Line(246, (Cell("00042", 470, 495, 246, 9),)),
    )
    [hit] = L.values([Page(1, 595, 842, rows)], L.NUMBER, read_number)
    assert hit.value == "FA-2026-00042"


@pytest.mark.parametrize(
    ("label", "reference"),
    [("Credit Memo #", "Original Invoice #"), ("Credit Memo No.", "Invoice #"),
     ("Memo #", "Applied to Invoice"), ("Credit #", "Invoice No.")],
)  # fmt: skip
def test_a_credit_memos_own_number_beats_the_invoice_it_is_applied_to(label, reference):
    sheet = Sheet(title="CREDIT MEMO", meta=((reference, "19239"), (label, "CM-5231"), *DATES),
                  totals=(("Total credit", "-120,00 €"),))  # fmt: skip
    invoice = parse(sheet)
    assert invoice.invoice_number == "CM-5231"
    assert not _problems(invoice)


@pytest.mark.parametrize(
    "label", ["Creditnota nr.", "Creditnota nummer", "Nota di credito n.", "Nota de crédito nº"]
)
def test_the_dutch_italian_and_spanish_credit_note_labels_are_read(label):
    invoice = parse(Sheet(meta=((label, "CN-2026-462"), *DATES)))
    assert invoice.invoice_number == "CN-2026-462"


@pytest.mark.parametrize("text", ["Credit card", "Credit terms: 30 days", "Memo: see attached"])
def test_credit_and_memo_words_without_a_number_sign_label_nothing(text):
    assert L.label_at(text, L.NUMBER) is None


@pytest.mark.parametrize(
    "line", ["Credit Memo #CM-12 applied", "Creditnota nr. CN-7 verrekend", "Memo # 5231 deducted"]
)
def test_a_credit_memo_taken_off_an_invoice_is_never_its_number(line):
    invoice = parse(Sheet(title="INVOICE", meta=DATES, notes=(line,)))
    assert invoice.invoice_number is None
    assert _problems(invoice)


def _captioned(*cells: tuple[str, str]):
    def draw(pen) -> None:
        for i, (value, caption) in enumerate(cells):
            pen.text(44 + 120 * i, 575, value, 10)
            pen.text(44 + 120 * i, 587, caption, 6)

    return draw


@pytest.mark.parametrize("caption", ["N° de facture", "Facture n°", "Numéro"])
def test_a_number_printed_over_its_caption_is_read(caption):
    row = _captioned(("41103311", "Code client"), ("03/11/2026", "Date"), ("30893", caption))
    invoice = parse(Sheet(meta=(("Échéance", "03/12/2026"),), extra=(row,)))
    assert invoice.invoice_number == "30893"
    assert not _problems(invoice)


def test_a_value_under_the_title_captioned_as_another_field_is_not_the_number():
    row = _drawn((40, 300, "41103311", 10), (40, 312, "Code client", 6))
    invoice = parse(Sheet(meta=(), extra=(row,)))
    assert invoice.invoice_number != "41103311"


def test_a_grid_row_of_labels_under_a_row_of_values_takes_no_caption():
    grid = _drawn((44, 560, "N° facture", 7), (164, 560, "Date", 7), (44, 572, "F-2026-0042", 10),
                  (164, 572, "03/11/2026", 10), (44, 584, "N° commande", 7),
                  (164, 584, "Échéance", 7), (44, 596, "CMD-4471", 10),
                  (164, 596, "03/12/2026", 10))  # fmt: skip
    invoice = parse(Sheet(meta=(), extra=(grid,)))
    assert invoice.invoice_number == "F-2026-0042"
    assert not _problems(invoice)
