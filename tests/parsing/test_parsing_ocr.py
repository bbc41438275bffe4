"""Scans (pages without text) read by Tesseract: a record always held for review, source `ocr`."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from parsing import NoTextLayer, ParseOptions, ParserPool, parse_pdf
from parsing.ocr import available, skew_angle
from tests.conftest import missing_server
from tests.parsing.accuracy import CORE, actual, expected
from tests.parsing.generator import invoice_pdf
from tests.parsing.scans import Damage, scanned
from tests.parsing.test_parsing_bad_input import _image_only


@pytest.fixture(autouse=True)
def tesseract() -> None:
    if not available():
        missing_server("Tesseract (tesseract-ocr, -fra, -eng)", FileNotFoundError("tesseract"))


def test_a_skewed_noisy_low_resolution_scan_reads_its_core_fields_and_is_held_for_review():
    data, truth = invoice_pdf("classic_window", 3)
    scan = scanned(data, Damage(skew=-1.6, dpi=150, noise=15.0, jpeg=45))
    # In the parser pool, under a timeout OCR needs more than: the worker asks for the time.
    pool = ParserPool(1, timeout=2.0)
    try:
        [invoice] = pool.parse(scan, "scan.pdf")
    finally:
        pool.close()
    want, got = expected(truth), actual(invoice)
    assert {field: got[field] for field in CORE} == {field: want[field] for field in CORE}
    assert invoice.source == "ocr"
    assert "read by OCR from a scan: every field to be checked" in invoice.problems
    assert invoice.confidence < ParseOptions().review_threshold


def test_a_page_scanned_sideways_is_turned_upright_before_it_is_read():
    data, truth = invoice_pdf("labelled_client", 1)
    [invoice] = parse_pdf(scanned(data, Damage(skew=1.0, quarter_turns=1)), "sideways.pdf")
    assert (invoice.invoice_number, invoice.total_due) == (truth.number, truth.total_due)


def test_a_scan_without_any_letter_says_ocr_found_no_text():
    with pytest.raises(NoTextLayer, match=r"page\(s\) without text; OCR found no text\)"):
        parse_pdf(_image_only(), "bars.pdf")


def test_with_ocr_turned_off_a_scan_says_so():
    with pytest.raises(NoTextLayer, match=r"; no OCR\)"):
        parse_pdf(_image_only(), "bars.pdf", ParseOptions(ocr=False))


@pytest.mark.parametrize("angle", [-2.0, -1.2, 0.0, 1.5])
def test_the_skew_of_lines_of_text_is_measured_to_a_tenth_of_a_degree(angle):
    page = Image.new("L", (1240, 1754), 255)
    pen = ImageDraw.Draw(page)
    for row in range(40):
        pen.rectangle((120, 100 + row * 38, 120 + 300 + (row * 97) % 700, 118 + row * 38), fill=0)
    turned = page.rotate(angle, fillcolor=255)
    assert skew_angle(turned) == pytest.approx(-angle, abs=0.1)
