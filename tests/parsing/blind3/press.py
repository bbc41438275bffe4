"""Two PDF producers behind one small drawing surface, in millimetres from the top left.

reportlab's canvas and fpdf2 write different text streams (operators, font encodings, subsets),
so a parser meets both kinds. Every drawing is deterministic: fixed dates, invariant output.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Protocol

from fpdf import FPDF
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
A4 = (210.0, 297.0)
LETTER = (215.9, 279.4)
FROZEN = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

# family → (regular, bold) for each producer
CORE = {
    "sans": ("Helvetica", "Helvetica-Bold"),
    "serif": ("Times-Roman", "Times-Bold"),
    "mono": ("Courier", "Courier-Bold"),
}
TRUETYPE = {
    "dejavu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "dejavu-serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "dejavu-cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
}


class Press(Protocol):
    number: int

    def page(self, size: tuple[float, float] = A4, sideways: bool = False) -> None: ...
    def font(self, family: str, size: float, bold: bool = False) -> None: ...
    def text(self, x: float, y: float, words: str, align: str = "l") -> None: ...
    def width(self, words: str) -> float: ...
    def rule(self, x1: float, y1: float, x2: float, y2: float, weight: float = 0.2) -> None: ...
    def box(self, x: float, y: float, w: float, h: float, shade: float | None = None) -> None: ...
    def save(self) -> None: ...


class ReportlabPress:
    """reportlab canvas; a sideways page is stored landscape with /Rotate 90."""

    def __init__(self, path: Path) -> None:
        self.canvas = Canvas(str(path), invariant=1, pageCompression=0)
        self.number = 0
        self.size = A4
        self.size_pt = 10.0

    def page(self, size: tuple[float, float] = A4, sideways: bool = False) -> None:
        if self.number:
            self.canvas.showPage()
        self.number += 1
        self.size = size
        width, height = size[0] * mm, size[1] * mm
        # reportlab takes the size as shown and stores a /Rotate 90 page's media box landscape
        self.canvas.setPageSize((width, height))
        self.canvas.setPageRotation(90 if sideways else 0)
        if sideways:
            # the viewer turns the page clockwise; the content is drawn turned the other way
            self.canvas.transform(0, 1, -1, 0, height, 0)

    def font(self, family: str, size: float, bold: bool = False) -> None:
        if family in CORE:
            name = CORE[family][bold]
        else:
            name = f"{family}{'-bold' if bold else ''}"
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(DEJAVU / TRUETYPE[family][bold])))
        self.size_pt = size
        self.canvas.setFont(name, size)

    def text(self, x: float, y: float, words: str, align: str = "l") -> None:
        y_pt = (self.size[1] - y) * mm
        draw = {"l": self.canvas.drawString, "r": self.canvas.drawRightString}
        draw.get(align, self.canvas.drawCentredString)(x * mm, y_pt, words)

    def width(self, words: str) -> float:
        return self.canvas.stringWidth(words, self.canvas._fontname, self.size_pt) / mm

    def rule(self, x1: float, y1: float, x2: float, y2: float, weight: float = 0.2) -> None:
        self.canvas.setLineWidth(weight * mm)
        top = self.size[1]
        self.canvas.line(x1 * mm, (top - y1) * mm, x2 * mm, (top - y2) * mm)

    def box(self, x: float, y: float, w: float, h: float, shade: float | None = None) -> None:
        self.canvas.setLineWidth(0.2 * mm)
        if shade is not None:
            self.canvas.setFillGray(shade)
        bottom = (self.size[1] - y - h) * mm
        self.canvas.rect(x * mm, bottom, w * mm, h * mm, stroke=1, fill=shade is not None)
        self.canvas.setFillGray(0)

    def save(self) -> None:
        self.canvas.save()


class FpdfPress:
    """fpdf2: core fonts in Windows-1252, or DejaVu subsets."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pdf = FPDF(unit="mm", format="A4")
        self.pdf.set_creation_date(FROZEN)
        self.pdf.set_auto_page_break(False)
        self.pdf.set_compression(False)
        self.pdf.core_fonts_encoding = "windows-1252"
        self.number = 0
        self.loaded: set[str] = set()

    def page(self, size: tuple[float, float] = A4, sideways: bool = False) -> None:
        if sideways:
            raise ValueError("the fpdf2 press draws upright pages only")
        self.pdf.add_page(format=size)
        self.number += 1

    def font(self, family: str, size: float, bold: bool = False) -> None:
        style = "B" if bold else ""
        if family in CORE:
            name = {"sans": "helvetica", "serif": "times", "mono": "courier"}[family]
        else:
            name = family
            if f"{family}{style}" not in self.loaded:
                self.pdf.add_font(family, style, str(DEJAVU / TRUETYPE[family][bold]))
                self.loaded.add(f"{family}{style}")
        self.pdf.set_font(name, style, size)

    def text(self, x: float, y: float, words: str, align: str = "l") -> None:
        if align == "r":
            x -= self.width(words)
        elif align == "c":
            x -= self.width(words) / 2
        self.pdf.text(x, y, words)

    def width(self, words: str) -> float:
        return self.pdf.get_string_width(words)

    def rule(self, x1: float, y1: float, x2: float, y2: float, weight: float = 0.2) -> None:
        self.pdf.set_line_width(weight)
        self.pdf.line(x1, y1, x2, y2)

    def box(self, x: float, y: float, w: float, h: float, shade: float | None = None) -> None:
        self.pdf.set_line_width(0.2)
        if shade is not None:
            grey = round(shade * 255)
            self.pdf.set_fill_color(grey, grey, grey)
        self.pdf.rect(x, y, w, h, style="DF" if shade is not None else "D")

    def save(self) -> None:
        self.pdf.output(str(self.path))


PRESSES = {"reportlab": ReportlabPress, "fpdf2": FpdfPress}
