"""The isolated parser: same result as in-process, and no process left behind."""

from __future__ import annotations

import multiprocessing
import threading

import pytest

from parsing import ParseError, parse_pdf, parse_pdf_isolated
from tests.parsing.generator import invoice_pdf


def test_the_isolated_parser_gives_the_same_records_as_in_process():
    data, _ = invoice_pdf("english_bill_to", 3)
    assert parse_pdf_isolated(data, "a.pdf", timeout=20) == parse_pdf(data, "a.pdf")


@pytest.mark.timeout(120)
def test_repeated_calls_from_a_daemon_thread_leave_no_process_behind():
    data, _ = invoice_pdf("classic_window", 1)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(15):
                parse_pdf_isolated(data, "a.pdf", timeout=20)
            for _ in range(3):
                with pytest.raises(ParseError):
                    parse_pdf_isolated(b"", "empty.pdf", timeout=20)
        except BaseException as error:
            errors.append(error)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(100)
    assert not errors
    assert multiprocessing.active_children() == []
