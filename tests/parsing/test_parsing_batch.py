"""Batch PDFs: a month's run of invoices in one file gives one record per invoice, with pages."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from parsing import parse_pdf
from tests.parsing.accuracy import CORE, score
from tests.parsing.generator import batch_pdf
from tests.parsing.generator.render import Pen


def test_a_batch_pdf_gives_one_record_per_invoice_with_its_pages():
    data, truths = batch_pdf(36, seed=1)
    invoices = parse_pdf(data, "run.pdf")
    assert [i.invoice_number for i in invoices] == [t.number for t in truths]
    pages = [page for invoice in invoices for page in invoice.pages]
    assert pages == list(range(1, len(pages) + 1))
    two_page = [i for i in invoices if len(i.pages) == 2]
    assert two_page, "the batch holds two-page invoices"
    rates, misses = score(list(zip(invoices, truths, strict=True)))
    assert all(rates[field] >= 0.97 for field in CORE), misses[:10]


def test_a_batch_of_five_invoices_is_split_too():
    data, truths = batch_pdf(5, seed=7)
    assert len(parse_pdf(data, "five.pdf")) == 5 == len(truths)


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_a_900_invoice_batch_gives_900_records_in_order():
    data, truths = batch_pdf(900, seed=3)
    invoices = parse_pdf(data, "month.pdf")
    assert [i.invoice_number for i in invoices] == [t.number for t in truths]


def _run_of_pages(pages: list[list[str]]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    pen = Pen(canvas)
    for lines in pages:
        pen.text(40, 60, "FACTURE", 18, bold=True)
        pen.lines(40, 100, lines, 10, 16)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_an_invoice_whose_number_cannot_be_read_is_kept_apart_not_merged_into_the_previous():
    data = _run_of_pages(
        [
            ["N° F-1", "Date : 02/11/2026", "Net à payer : 100,00 €"],
            ["Date : 03/11/2026", "Net à payer : 50,00 €"],
            ["N° F-3", "Date : 04/11/2026", "Désignation    Quantité"],
            ["Suite", "Net à payer : 70,00 €"],
        ]
    )
    invoices = parse_pdf(data, "run.pdf")
    assert [(i.invoice_number, i.pages) for i in invoices] == [
        ("F-1", (1,)),
        (None, (2,)),
        ("F-3", (3, 4)),
    ]
    assert [str(i.total_due) for i in invoices] == ["100.00", "50.00", "70.00"]
    assert any("invoice_number" in problem for problem in invoices[1].problems)
