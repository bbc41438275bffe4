"""The statement of account attached to reminders from the second step on (reportlab, A4):
every open item of the debtor with its dates and amounts, totals per currency, and the
payments received. Drawn in memory; the mail carries it."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from scheduler.channels.letter import FONT, FONT_BOLD, MARGIN, pdf_text

ROW = 5.2 * mm


@dataclass(frozen=True)
class OpenItem:
    number: str
    issue_date: dt.date | None
    due_date: dt.date | None
    total: Decimal
    amount_due: Decimal
    currency: str
    credit_note: bool = False


@dataclass(frozen=True)
class PaymentReceived:
    received_on: dt.date
    amount: Decimal
    currency: str
    invoice_number: str
    reference: str


@dataclass(frozen=True)
class StatementFacts:
    creditor: str
    debtor: str
    customer_ref: str
    day: dt.date
    items: tuple[OpenItem, ...]
    payments: tuple[PaymentReceived, ...]
    language: str = "fr"


_WORDS = {
    "fr": {
        "title": "Relevé de compte",
        "at": "au",
        "ref": "Réf. client",
        "open": "Factures et avoirs non soldés",
        "head": ("Pièce", "Date", "Échéance", "Montant", "Restant dû"),
        "credit": "avoir",
        "total": "Total restant dû",
        "paid": "Règlements reçus",
        "pay_head": ("Date", "Facture", "Référence", "Montant"),
        "none": "Aucun règlement reçu sur ces pièces.",
    },
    "en": {
        "title": "Statement of account",
        "at": "at",
        "ref": "Customer ref.",
        "open": "Open invoices and credit notes",
        "head": ("Document", "Date", "Due", "Amount", "Outstanding"),
        "credit": "credit note",
        "total": "Total outstanding",
        "paid": "Payments received",
        "pay_head": ("Date", "Invoice", "Reference", "Amount"),
        "none": "No payment received on these documents.",
    },
}


def totals_per_currency(items: tuple[OpenItem, ...]) -> dict[str, Decimal]:
    """What is still owed, per currency (credit notes count against it); never one sum."""
    totals: dict[str, Decimal] = {}
    for item in items:
        sign = -1 if item.credit_note else 1
        totals[item.currency] = totals.get(item.currency, Decimal("0")) + sign * item.amount_due
    return dict(sorted(totals.items()))


def statement_pdf(
    facts: StatementFacts,
    money: Callable[[Decimal, str], str],
    date: Callable[[dt.date], str],
) -> bytes:
    """The statement as PDF bytes; `money(amount, currency)` and `date(day)` format values in
    the debtor's language."""
    words = _WORDS.get(facts.language, _WORDS["fr"])
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)
    canvas.setTitle(f"{words['title']} – {pdf_text(facts.creditor)}")
    page = _Page(canvas)
    canvas.setFont(FONT_BOLD, 14)
    canvas.drawString(MARGIN, page.y, f"{words['title']} {words['at']} {date(facts.day)}")
    page.down(8 * mm)
    canvas.setFont(FONT, 10)
    for line in (facts.creditor, facts.debtor):
        canvas.drawString(MARGIN, page.y, pdf_text(line)[:95])
        page.down(ROW)
    if facts.customer_ref:
        canvas.drawString(MARGIN, page.y, f"{words['ref']} : {pdf_text(facts.customer_ref)[:40]}")
        page.down(ROW)
    page.down(4 * mm)
    page.heading(words["open"])
    columns = (MARGIN, MARGIN + 44 * mm, MARGIN + 80 * mm, MARGIN + 116 * mm)
    right = A4[0] - MARGIN
    page.row(words["head"], columns, right, bold=True)
    for item in facts.items:
        number = item.number + (f" ({words['credit']})" if item.credit_note else "")
        page.row(
            (
                number,
                date(item.issue_date) if item.issue_date else "",
                date(item.due_date) if item.due_date else "",
                money(item.total, item.currency),
                money(-item.amount_due if item.credit_note else item.amount_due, item.currency),
            ),
            columns,
            right,
        )
    for currency, total in totals_per_currency(facts.items).items():
        page.row((words["total"], "", "", "", money(total, currency)), columns, right, bold=True)
    page.down(6 * mm)
    page.heading(words["paid"])
    if not facts.payments:
        canvas.setFont(FONT, 9)
        canvas.drawString(MARGIN, page.y, words["none"])
    else:
        pay_columns = (MARGIN, MARGIN + 30 * mm, MARGIN + 70 * mm)
        page.row(words["pay_head"], pay_columns, right, bold=True)
        for payment in facts.payments:
            page.row(
                (
                    date(payment.received_on),
                    payment.invoice_number,
                    payment.reference[:45],
                    money(payment.amount, payment.currency),
                ),
                pay_columns,
                right,
            )
    canvas.showPage()
    canvas.save()
    return out.getvalue()


class _Page:
    """A cursor down the page that starts a new page when the bottom margin is reached."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.y = A4[1] - MARGIN

    def down(self, amount: float) -> None:
        self.y -= amount
        if self.y < MARGIN:
            self.canvas.showPage()
            self.y = A4[1] - MARGIN

    def heading(self, text: str) -> None:
        self.canvas.setFont(FONT_BOLD, 11)
        self.canvas.drawString(MARGIN, self.y, text)
        self.down(ROW + 1 * mm)

    def row(
        self, cells: tuple[str, ...], columns: tuple[float, ...], right: float, bold: bool = False
    ) -> None:
        """Cells at `columns`; the last cell is right-aligned at `right`."""
        self.canvas.setFont(FONT_BOLD if bold else FONT, 9)
        *left, last = cells
        for x, text in zip(columns, left, strict=False):
            self.canvas.drawString(x, self.y, pdf_text(text)[:26])
        self.canvas.drawRightString(right, self.y, pdf_text(last))
        self.down(ROW)
