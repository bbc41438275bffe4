"""Batch PDFs: a month's run of invoices in one file gives one record per invoice, with pages."""

from __future__ import annotations

import time

import pytest

from parsing import parse_pdf
from tests.parsing.accuracy import CORE, score
from tests.parsing.generator import batch_pdf


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
def test_a_900_invoice_batch_is_read_within_fifteen_seconds():
    data, truths = batch_pdf(900, seed=3)
    start = time.perf_counter()
    invoices = parse_pdf(data, "month.pdf")
    elapsed = time.perf_counter() - start
    assert len(invoices) == 900
    assert [i.invoice_number for i in invoices] == [t.number for t in truths]
    assert elapsed <= 15.0, f"{elapsed:.1f} s"
