"""Small real PDFs for ingestion tests: one-page French invoices drawn with reportlab."""

from __future__ import annotations

import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def invoice_pdf(
    number: str = "F-101",
    total: str = "120.00",
    debtor: str = "Mme Jeanne Martin",
    customer_ref: str = "C00123",
    credit_note: bool = False,
    due_date: bool = True,
) -> bytes:
    """A one-page invoice the layout heuristics read: number, dates, debtor and amount due."""
    lines = _invoice_lines(number, total, debtor, customer_ref, credit_note, due_date)
    return _pdf([lines], title=number)


def batch_pdf(numbers: list[str | None], total: str = "120.00") -> bytes:
    """A month's run: one page per invoice; None prints an invoice without its number line."""
    return _pdf([_invoice_lines(number, total) for number in numbers], title="batch")


def _invoice_lines(
    number: str | None,
    total: str,
    debtor: str = "Mme Jeanne Martin",
    customer_ref: str = "C00123",
    credit_note: bool = False,
    due_date: bool = True,
) -> list[str]:
    return [
        "Démo Services à domicile SARL",
        "12 rue de la Paix, 67000 Strasbourg",
        "",
        "AVOIR" if credit_note else "FACTURE",
        f"{'Avoir' if credit_note else 'Facture'} n° : {number}" if number else "",
        "Date de facture : 03/11/2026",
        "Date d'échéance : 03/12/2026" if due_date else "",
        f"Référence client : {customer_ref}",
        "",
        "Client :",
        debtor,
        "12 rue des Lilas",
        "67000 Strasbourg",
        "",
        f"Total TTC : {Decimal(total):.2f} €".replace(".", ","),
        f"Net à payer : {Decimal(total):.2f} €".replace(".", ","),
    ]


def _pdf(pages: list[list[str]], title: str) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    page.setTitle(title)
    for lines in pages:
        y = 800
        for line in lines:
            page.drawString(60, y, line)
            y -= 18
        page.showPage()
    page.save()
    return buffer.getvalue()


def image_only_pdf() -> bytes:
    """A PDF with no text at all: the parser refuses it with a precise reason."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    page.rect(50, 50, 200, 200, fill=1)
    page.showPage()
    page.save()
    return buffer.getvalue()
