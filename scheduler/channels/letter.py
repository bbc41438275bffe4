"""Letters and formal notices as A4 PDFs on the creditor's letterhead (reportlab).

The debtor's address sits where a French DL window envelope shows it: 110 mm from the left
edge, its first line ~48 mm from the top. Each letter is its own PDF and the day's letters
are gathered into one printable batch; the caller keeps both in the blob store.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass

import pypdfium2
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

ADDRESS_LEFT = 110 * mm
ADDRESS_TOP = 51 * mm  # baseline of the first line: its top sits ~48 mm down
MARGIN = 20 * mm
BODY_WIDTH = A4[0] - 2 * MARGIN
FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"


@dataclass(frozen=True)
class LetterFacts:
    letterhead: str
    legal_ids: str
    address: tuple[str, ...]
    place_and_date: str
    subject: str
    body: str
    registered: bool = False


def pdf_text(value: str) -> str:
    """Text the standard PDF fonts can draw: babel's narrow spaces become plain ones."""
    return value.replace("\u202f", " ").replace("\u00a0", " ")


def letter_pdf(facts: LetterFacts) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)
    canvas.setTitle(pdf_text(facts.subject))
    _first_page(canvas, facts)
    y = A4[1] - 100 * mm
    canvas.setFont(FONT_BOLD, 11)
    for line in simpleSplit(pdf_text(facts.subject), FONT_BOLD, 11, BODY_WIDTH):
        canvas.drawString(MARGIN, y, line)
        y -= 14
    y -= 8
    canvas.setFont(FONT, 10)
    for paragraph in pdf_text(facts.body).split("\n"):
        for line in simpleSplit(paragraph, FONT, 10, BODY_WIDTH) or [""]:
            if y < MARGIN:
                canvas.showPage()
                canvas.setFont(FONT, 10)
                y = A4[1] - MARGIN
            canvas.drawString(MARGIN, y, line)
            y -= 13
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _first_page(canvas: Canvas, facts: LetterFacts) -> None:
    top = A4[1]
    canvas.setFont(FONT_BOLD, 10)
    y = top - MARGIN
    for line in pdf_text(facts.letterhead).strip().splitlines()[:8]:
        canvas.drawString(MARGIN, y, line[:90])
        canvas.setFont(FONT, 9)
        y -= 12
    if facts.legal_ids:
        canvas.setFont(FONT, 8)
        canvas.drawString(MARGIN, y - 2, pdf_text(facts.legal_ids)[:120])
    if facts.registered:
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawString(MARGIN, top - 52 * mm, "LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION")
    canvas.setFont(FONT, 11)
    y = top - ADDRESS_TOP
    for line in facts.address[:6]:
        canvas.drawString(ADDRESS_LEFT, y, pdf_text(line)[:45])
        y -= 14
    canvas.setFont(FONT, 10)
    canvas.drawString(ADDRESS_LEFT, top - 85 * mm, pdf_text(facts.place_and_date))


def merge_letters(letters: Iterable[bytes]) -> bytes:
    """One PDF holding every page of `letters`, in order: the day's batch to print."""
    batch = pypdfium2.PdfDocument.new()
    for letter in letters:
        document = pypdfium2.PdfDocument(letter)
        batch.import_pages(document)
        document.close()
    out = io.BytesIO()
    batch.save(out)
    batch.close()
    return out.getvalue()
