"""Pages as a designer lays them out (points from the top-left corner), drawn by either of two
PDF producers, reportlab or fpdf2, since real issuers' software writes text streams differently."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

SIZES = {"A4": A4, "Letter": LETTER}
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
FACES = ["Helvetica", "Times", "Courier"]
if (_DEJAVU / "DejaVuSans.ttf").exists():
    pdfmetrics.registerFont(TTFont("DejaVu", str(_DEJAVU / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(_DEJAVU / "DejaVuSans-Bold.ttf")))
    FACES.append("DejaVu")
_REPORTLAB = {
    ("Helvetica", False): "Helvetica", ("Helvetica", True): "Helvetica-Bold",
    ("Times", False): "Times-Roman", ("Times", True): "Times-Bold",
    ("Courier", False): "Courier", ("Courier", True): "Courier-Bold",
    ("DejaVu", False): "DejaVu", ("DejaVu", True): "DejaVu-Bold",
}  # fmt: skip


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    value: str
    size: float
    bold: bool
    right: bool


@dataclass
class Page:
    texts: list[Text] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)


@dataclass
class Sheet:
    """The pages of one invoice, written top to bottom with one face; `y` is the baseline."""

    paper: str = "A4"
    face: str = "Helvetica"
    pages: list[Page] = field(default_factory=lambda: [Page()])
    current: int = 0

    @property
    def width(self) -> float:
        return SIZES[self.paper][0]

    @property
    def height(self) -> float:
        return SIZES[self.paper][1]

    def text(self, x: float, y: float, value: str, size: float, bold: bool = False) -> None:
        self.pages[self.current].texts.append(Text(x, y, value, size, bold, right=False))

    def right(self, x: float, y: float, value: str, size: float, bold: bool = False) -> None:
        self.pages[self.current].texts.append(Text(x, y, value, size, bold, right=True))

    def centre(self, x: float, y: float, value: str, size: float, bold: bool = False) -> None:
        self.text(x - self.measure(value, size, bold) / 2, y, value, size, bold)

    def rule(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.pages[self.current].rules.append((x1, y1, x2, y2))

    def new_page(self) -> None:
        self.pages.append(Page())
        self.current = len(self.pages) - 1

    def measure(self, value: str, size: float, bold: bool = False) -> float:
        return pdfmetrics.stringWidth(value, _REPORTLAB[self.face, bold], size)


def reportlab_pdf(sheet: Sheet) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=SIZES[sheet.paper], invariant=True)
    for page in sheet.pages:
        for x1, y1, x2, y2 in page.rules:
            canvas.setLineWidth(0.5)
            canvas.line(x1, sheet.height - y1, x2, sheet.height - y2)
        for text in page.texts:
            canvas.setFont(_REPORTLAB[sheet.face, text.bold], text.size)
            draw = canvas.drawRightString if text.right else canvas.drawString
            draw(text.x, sheet.height - text.y, text.value)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def fpdf_pdf(sheet: Sheet) -> bytes:
    pdf = FPDF(unit="pt", format=(sheet.width, sheet.height))
    pdf.set_creation_date(datetime(2026, 1, 1, tzinfo=UTC))
    pdf.core_fonts_encoding = "windows-1252"
    face = sheet.face.lower()
    if sheet.face == "DejaVu":
        pdf.add_font("dejavu", "", str(_DEJAVU / "DejaVuSans.ttf"))
        pdf.add_font("dejavu", "B", str(_DEJAVU / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(False)
    for page in sheet.pages:
        pdf.add_page()
        pdf.set_line_width(0.5)
        for x1, y1, x2, y2 in page.rules:
            pdf.line(x1, y1, x2, y2)
        for text in page.texts:
            pdf.set_font(face, "B" if text.bold else "", text.size)
            x = text.x - pdf.get_string_width(text.value) if text.right else text.x
            pdf.text(x, text.y, text.value)
    return bytes(pdf.output())


PRODUCERS = {"reportlab": reportlab_pdf, "fpdf2": fpdf_pdf}
