"""Letters and formal notices as A4 PDFs on the creditor's letterhead (reportlab).

The debtor's address sits where a French DL window envelope shows it: 110 mm from the left
edge, its first line ~48 mm from the top. The page folds in three for the envelope; the
payment QR codes are kept off the folds so a banking app still reads them. Each letter is its
own PDF and the day's letters are gathered into one printable batch; the caller keeps both in
the blob store.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass

import pypdfium2
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas

ADDRESS_LEFT = 110 * mm
ADDRESS_TOP = 51 * mm  # baseline of the first line: its top sits ~48 mm down
MARGIN = 20 * mm
BODY_WIDTH = A4[0] - 2 * MARGIN
FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
# A4 folded in three for a DL envelope: the folds, in points from the bottom of the page.
FOLDS = (A4[1] - 99 * mm, A4[1] - 198 * mm)
CODE_SIZE = 28 * mm
CODE_CELL = 40 * mm
CODE_CAPTION = 4 * mm
# Codes may come closer to the bottom edge than text: printers leave ~5 mm unprinted.
CODE_BOTTOM = 12 * mm


@dataclass(frozen=True)
class LetterFacts:
    letterhead: str
    legal_ids: str
    address: tuple[str, ...]
    place_and_date: str
    subject: str
    body: str
    registered: bool = False
    # (caption, PNG) of each payment QR code, drawn after the text.
    codes: tuple[tuple[str, bytes], ...] = ()


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
    for paragraph in pdf_text(facts.body).rstrip().split("\n"):
        for line in simpleSplit(paragraph, FONT, 10, BODY_WIDTH) or [""]:
            if y < MARGIN:
                canvas.showPage()
                canvas.setFont(FONT, 10)
                y = A4[1] - MARGIN
            canvas.drawString(MARGIN, y, line)
            y -= 13
    _codes(canvas, facts.codes, y - 4 * mm)
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
    # Left of the window: at the address's side it would show through the window.
    canvas.setFont(FONT, 10)
    canvas.drawString(MARGIN, top - 85 * mm, pdf_text(facts.place_and_date))


def _codes(canvas: Canvas, codes: tuple[tuple[str, bytes], ...], y: float) -> None:
    """QR codes in rows under the text (`y` is the top of the first row), none across a fold
    nor past the bottom margin."""
    per_row = int(BODY_WIDTH // CODE_CELL)
    for start in range(0, len(codes), per_row):
        height = CODE_SIZE + CODE_CAPTION
        y = _clear_of_folds(y, height)
        if y - height < CODE_BOTTOM:
            canvas.showPage()
            y = _clear_of_folds(A4[1] - MARGIN, height)
        for index, (caption, png) in enumerate(codes[start : start + per_row]):
            x = MARGIN + index * CODE_CELL
            image = ImageReader(io.BytesIO(png))
            canvas.drawImage(image, x, y - CODE_SIZE, CODE_SIZE, CODE_SIZE)
            canvas.setFont(FONT, 8)
            canvas.drawString(x + 2 * mm, y - height + 1 * mm, pdf_text(caption)[:28])
        y -= height + 4 * mm


def _clear_of_folds(top: float, height: float) -> float:
    """The highest top at or below `top` for a block of `height` that crosses no fold."""
    for fold in FOLDS:
        if top > fold > top - height:
            top = fold - 2 * mm
    return top


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
