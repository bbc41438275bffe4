"""Every kind of unreadable input gives a precise reason, never a crash."""

from __future__ import annotations

import io
import os
import random
import zlib

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from parsing import (
    CorruptPdf,
    EmptyFile,
    EncryptedPdf,
    NotAPdf,
    NoTextLayer,
    ParseError,
    ParseOptions,
    Timeout,
    TooLarge,
    TruncatedPdf,
    parse_pdf,
    parse_pdf_isolated,
)
from tests.parsing.generator import invoice_pdf


def _invoice() -> bytes:
    return invoice_pdf("classic_window", 0)[0]


def _encrypted() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_invoice())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _image_only() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for index in range(40):
        canvas.rect(40 + index * 12, 400, 8, 200, fill=1)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _corrupt() -> bytes:
    return b"%PDF-1.7\n" + os.urandom(2048) + b"\nstartxref\n999999\n%%EOF\n"


def spinning_pdf(operations: int = 3_000_000) -> bytes:
    """A small valid one-page PDF whose content stream inflates to so many text operations that
    extraction takes seconds."""
    body = zlib.compress(b"BT /F1 1 Tf " + b"1 0 0 1 10 10 Tm (x) Tj " * operations + b"ET", 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


@pytest.mark.parametrize(
    ("kind", "make", "error", "reason"),
    [
        ("zero-byte", lambda: b"", EmptyFile, "empty file (0 bytes)"),
        ("not-a-PDF", lambda: b"PK\x03\x04 a zip file", NotAPdf, "not a PDF (file starts with"),
        ("encrypted", _encrypted, EncryptedPdf, "encrypted PDF (password protected)"),
        ("truncated", lambda: _invoice()[: len(_invoice()) // 2], TruncatedPdf, "truncated PDF"),
        ("corrupt", _corrupt, CorruptPdf, "corrupt PDF (not in PDF format or damaged"),
        ("image-only", _image_only, NoTextLayer, "no text layer"),
    ],
)
def test_each_bad_input_gives_its_precise_reason(kind, make, error, reason):
    with pytest.raises(error) as raised:
        parse_pdf(make(), f"{kind}.pdf")
    assert raised.value.reason.startswith(reason)


def test_a_file_over_the_size_cap_is_refused_before_it_is_opened():
    with pytest.raises(TooLarge, match=r"too large \(\d+ bytes, limit 1000\)"):
        parse_pdf(_invoice(), "big.pdf", ParseOptions(max_bytes=1000))


def test_a_pdf_over_the_page_cap_is_refused():
    from tests.parsing.generator import batch_pdf

    data, _ = batch_pdf(3)
    with pytest.raises(TooLarge, match=r"too large \(\d+ pages, limit 2\)"):
        parse_pdf(data, "many.pdf", ParseOptions(max_pages=2))


@pytest.mark.timeout(60)
def test_a_pdf_that_makes_the_extractor_spin_is_stopped_at_the_time_bound():
    with pytest.raises(Timeout, match=r"timeout \(extraction took longer than 0.5 s"):
        parse_pdf_isolated(spinning_pdf(), "spin.pdf", timeout=0.5)


def test_reasons_cross_the_process_boundary_intact():
    with pytest.raises(EncryptedPdf, match="encrypted PDF"):
        parse_pdf_isolated(_encrypted(), "locked.pdf", timeout=20)


def test_damaged_bytes_give_records_or_a_parse_error_never_anything_else():
    # Damage that blanks a page's text would send it to OCR: seconds a page, and not the point.
    options = ParseOptions(ocr=False)
    rng = random.Random(7)
    original = _invoice()
    for _ in range(60):
        damaged = bytearray(original)
        for _ in range(rng.randrange(1, 30)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        try:
            parse_pdf(bytes(damaged), "damaged.pdf", options)
        except ParseError as error:
            assert error.reason
