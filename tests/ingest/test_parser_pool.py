from __future__ import annotations

import multiprocessing

import pytest

from ingest.parser_pool import ParserPool
from parsing import NotAPdf, Timeout
from tests.ingest.pdfs import invoice_pdf


def test_the_pool_parses_and_passes_the_parsers_typed_errors_through() -> None:
    pool = ParserPool(1)
    try:
        assert pool.parse(invoice_pdf("F-701"), "f.pdf")[0].invoice_number == "F-701"
        with pytest.raises(NotAPdf):
            pool.parse(b"GIF89a", "logo.pdf")
    finally:
        pool.close()


def test_a_worker_that_overruns_is_killed_and_replaced() -> None:
    pool = ParserPool(1, timeout=0.0001)
    try:
        with pytest.raises(Timeout):
            pool.parse(invoice_pdf("F-702"))
        pool.timeout = 30
        assert pool.parse(invoice_pdf("F-703"))[0].invoice_number == "F-703"
    finally:
        pool.close()
    assert multiprocessing.active_children() == []
