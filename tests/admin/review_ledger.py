"""Invoices held for review as intake records them: a real PDF stored, parsed, and filed."""

from __future__ import annotations

import io
from dataclasses import replace
from decimal import Decimal

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ingest.filing import file_invoices
from ledger.models import Creditor, Document, DocumentOutcome, Invoice
from ledger.storage import blobs
from parsing import ParseOptions, parse_pdf
from tests.parsing.learning_layout import Truth, learning_pdf


def stored(settings, data: bytes, creditor: Creditor | None, **fields) -> Document:  # type: ignore[no-untyped-def]
    path = blobs.put(data, ".pdf")
    values = {
        "creditor": creditor,
        "sha256": path.split("/")[1][:64],
        "original_filename": "facture.pdf",
        "content_type": "application/pdf",
        "size": len(data),
        "storage_path": path,
        "sender": "compta@creditor.test",
        **fields,
    }
    return Document.create(**values)


def held_invoice(settings, creditor: Creditor, seed: int) -> tuple[Invoice, Truth]:  # type: ignore[no-untyped-def]
    """An invoice of the learning layout as the layout heuristics misread it (its labels are
    their own): the number found, no due date, a wrong amount; intake holds it for review."""
    data, truth = learning_pdf(seed)
    document = stored(settings, data, creditor)
    [record] = parse_pdf(data, "facture.pdf", ParseOptions(use_xml=False))
    misread = replace(
        record,
        invoice_number=truth.number,
        total=Decimal("1.00"),
        total_due=Decimal("1.00"),
        problems=("due_date not found", "totals do not add up (HT + TVA ≠ TTC)"),
        confidence=0.45,
    )
    file_invoices(document, creditor, [misread])
    return Invoice.get(Invoice.number == truth.number), truth


def scan_pdf(seed: int) -> bytes:
    """The learning layout's invoice as a scanner gives it: one picture, no text."""
    data, _ = learning_pdf(seed)
    document = pdfium.PdfDocument(data)
    try:
        picture = document[0].render(scale=100 / 72, grayscale=True).to_pil()
    finally:
        document.close()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    canvas.drawImage(ImageReader(picture), 0, 0, *A4)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def quarantined_scan(settings, creditor: Creditor | None, seed: int = 7) -> Document:  # type: ignore[no-untyped-def]
    data = scan_pdf(seed)
    return stored(
        settings,
        data,
        creditor,
        outcome=DocumentOutcome.QUARANTINED,
        reason="no text layer (image-only PDF, 1 page(s) without text; no OCR)",
        original_filename="scan.pdf",
    )
