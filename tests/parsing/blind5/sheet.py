"""One drawing surface over two PDF producers: reportlab's canvas and fpdf2.

Coordinates are millimetres from the top-left corner of an upright page, `y` being the
baseline. A reportlab sheet can store its pages sideways: `/Rotate 90` with the content turned
in the stream (it shows upright), or the content turned by the text matrix alone on a
landscape page (it shows sideways, as a page fed the wrong way).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal, Protocol

from fpdf import FPDF
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
TRUETYPE = {
    "DejaVuSans": "DejaVuSans",
    "DejaVuSansCondensed": "DejaVuSansCondensed",
    "DejaVuSerif": "DejaVuSerif",
    "DejaVuSerifCondensed": "DejaVuSerifCondensed",
    "DejaVuSansMono": "DejaVuSansMono",
}
REPORTLAB_CORE = {
    ("Helvetica", False): "Helvetica",
    ("Helvetica", True): "Helvetica-Bold",
    ("Times", False): "Times-Roman",
    ("Times", True): "Times-Bold",
    ("Courier", False): "Courier",
    ("Courier", True): "Courier-Bold",
}
PAGE_SIZES = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
PINNED = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

Align = Literal["left", "right", "centre"]
Turn = Literal["upright", "rotate", "sideways"]


class Sheet(Protocol):
    width: float
    height: float

    def font(self, family: str, size: float, bold: bool = False) -> None: ...
    def text(self, x: float, y: float, words: str, align: Align = "left") -> None: ...
    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.3) -> None: ...
    def box(self, x: float, y: float, w: float, h: float, grey: float | None = None) -> None: ...
    def new_page(self) -> None: ...
    def save(self) -> int: ...


def shift(x: float, width: float, align: Align) -> float:
    if align == "right":
        return x - width
    if align == "centre":
        return x - width / 2
    return x


class LabSheet:
    """reportlab's canvas, standard Type 1 fonts or embedded DejaVu."""

    def __init__(self, path: Path, size: str = "A4", turn: Turn = "upright") -> None:
        self.width, self.height = PAGE_SIZES[size]
        self.turn = turn
        across = (self.height * mm, self.width * mm)
        upright = (self.width * mm, self.height * mm)
        self.canvas = canvas.Canvas(
            str(path), pagesize=across if turn == "sideways" else upright, invariant=1
        )
        self.canvas.setCreator("")
        self.pages = 1
        self.face = "Helvetica"
        self.size = 10.0
        self.start()

    def start(self) -> None:
        if self.turn == "upright":
            return
        if self.turn == "rotate":
            self.canvas.setPageRotation(90)
        self.canvas.translate(self.height * mm, 0)
        self.canvas.rotate(90)

    def font(self, family: str, size: float, bold: bool = False) -> None:
        if family in TRUETYPE:
            name = TRUETYPE[family] + ("-Bold" if bold else "")
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(DEJAVU / f"{name}.ttf")))
            self.face = name
        else:
            self.face = REPORTLAB_CORE[(family, bold)]
        self.size = size
        self.canvas.setFont(self.face, size)

    def text(self, x: float, y: float, words: str, align: Align = "left") -> None:
        width = pdfmetrics.stringWidth(words, self.face, self.size) / mm
        self.canvas.drawString(shift(x, width, align) * mm, (self.height - y) * mm, words)

    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.3) -> None:
        self.canvas.setLineWidth(width)
        self.canvas.line(x1 * mm, (self.height - y1) * mm, x2 * mm, (self.height - y2) * mm)

    def box(self, x: float, y: float, w: float, h: float, grey: float | None = None) -> None:
        self.canvas.setLineWidth(0.3)
        if grey is not None:
            self.canvas.setFillGray(grey)
        self.canvas.rect(x * mm, (self.height - y - h) * mm, w * mm, h * mm, fill=grey is not None)
        self.canvas.setFillGray(0)

    def new_page(self) -> None:
        self.canvas.showPage()
        self.pages += 1
        self.start()
        self.canvas.setFont(self.face, self.size)

    def save(self) -> int:
        self.canvas.showPage()
        self.canvas.save()
        return self.pages


class FpdfSheet:
    """fpdf2, core fonts (Windows-1252) or DejaVu subsets."""

    def __init__(self, path: Path, size: str = "A4") -> None:
        self.path = path
        self.width, self.height = PAGE_SIZES[size]
        self.pdf = FPDF(unit="mm", format=size)
        self.pdf.set_auto_page_break(False)
        self.pdf.set_creation_date(PINNED)
        self.pdf.set_margin(0)
        self.pdf.core_fonts_encoding = "cp1252"
        self.pdf.add_page()
        self.pages = 1

    def font(self, family: str, size: float, bold: bool = False) -> None:
        style = "B" if bold else ""
        if family in TRUETYPE and not bold and family.lower() not in self.pdf.fonts:
            self.pdf.add_font(family, "", str(DEJAVU / f"{family}.ttf"))
        if family in TRUETYPE and bold and f"{family.lower()}B" not in self.pdf.fonts:
            self.pdf.add_font(family, "B", str(DEJAVU / f"{family}-Bold.ttf"))
        self.pdf.set_font(family if family in TRUETYPE else family.lower(), style, size)

    def text(self, x: float, y: float, words: str, align: Align = "left") -> None:
        self.pdf.text(shift(x, self.pdf.get_string_width(words), align), y, words)

    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.3) -> None:
        self.pdf.set_line_width(width)
        self.pdf.line(x1, y1, x2, y2)

    def box(self, x: float, y: float, w: float, h: float, grey: float | None = None) -> None:
        self.pdf.set_line_width(0.3)
        if grey is not None:
            self.pdf.set_fill_color(int(grey * 255))
        self.pdf.rect(x, y, w, h, style="DF" if grey is not None else "D")

    def new_page(self) -> None:
        self.pdf.add_page()
        self.pages += 1

    def save(self) -> int:
        self.pdf.output(str(self.path))
        return self.pages
