"""One drawing surface over two PDF producers (reportlab's canvas and fpdf2).

Coordinates are points from the top-left corner of the page as it is read; `y` is the text
baseline. Two producers give the parser two kinds of text streams, fonts and encodings.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Protocol

from fpdf import FPDF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
TRUETYPE = {
    "dejavu": "DejaVuSans",
    "dejavu-cond": "DejaVuSansCondensed",
    "dejavu-serif": "DejaVuSerif",
    "dejavu-mono": "DejaVuSansMono",
}
CORE = {"sans": "Helvetica", "serif": "Times", "mono": "Courier"}
FIXED_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


class Sheet(Protocol):
    def page(self, size: tuple[float, float] = A4, turned: str = "") -> None: ...
    def font(self, family: str, size: float, bold: bool = False) -> None: ...
    def text(self, x: float, y: float, words: str, align: str = "left") -> None: ...
    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.5) -> None: ...
    def box(self, x: float, y: float, w: float, h: float, shade: float | None = None) -> None: ...
    def fill(self, x: float, y: float, w: float, h: float) -> None: ...
    @property
    def number(self) -> int: ...
    def save(self) -> None: ...


class CanvasSheet:
    """reportlab's canvas; `turned` stores the page sideways ("rotate": with /Rotate 90 so it
    shows upright, "sideways": landscape media with the content turned in the stream)."""

    def __init__(self, path: Path) -> None:
        self.canvas = Canvas(str(path), invariant=True)
        self.size = A4
        self.pages = 0
        self.started = False
        self.current = ("Helvetica", 10.0)

    def page(self, size: tuple[float, float] = A4, turned: str = "") -> None:
        if self.started:
            self.canvas.showPage()
        self.started = True
        self.pages += 1
        self.size = size
        width, height = size
        self.canvas.setPageRotation(90 if turned == "rotate" else 0)
        # reportlab swaps the media box of a page with /Rotate 90 itself: ask for it upright.
        self.canvas.setPageSize((height, width) if turned == "sideways" else size)
        if turned:
            self.canvas.transform(0, 1, -1, 0, height, 0)
        self.canvas.setFont(*self.current)

    def font(self, family: str, size: float, bold: bool = False) -> None:
        if family in TRUETYPE:
            name = TRUETYPE[family] + ("-Bold" if bold else "")
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(DEJAVU / f"{name}.ttf")))
        else:
            base = CORE[family]
            name = (
                {"Times": "Times-Bold", "Helvetica": "Helvetica-Bold", "Courier": "Courier-Bold"}
                if bold
                else {"Times": "Times-Roman"}
            ).get(base, base)
        self.current = (name, size)
        self.canvas.setFont(name, size)

    def text(self, x: float, y: float, words: str, align: str = "left") -> None:
        top = self.size[1] - y
        if align == "right":
            self.canvas.drawRightString(x, top, words)
        elif align == "center":
            self.canvas.drawCentredString(x, top, words)
        else:
            self.canvas.drawString(x, top, words)

    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.5) -> None:
        self.canvas.setLineWidth(width)
        self.canvas.line(x1, self.size[1] - y1, x2, self.size[1] - y2)

    def box(self, x: float, y: float, w: float, h: float, shade: float | None = None) -> None:
        self.canvas.setLineWidth(0.6)
        if shade is not None:
            self.canvas.setFillGray(shade)
        self.canvas.rect(x, self.size[1] - y - h, w, h, stroke=1, fill=shade is not None)
        self.canvas.setFillGray(0)

    def fill(self, x: float, y: float, w: float, h: float) -> None:
        self.canvas.rect(x, self.size[1] - y - h, w, h, stroke=0, fill=1)

    @property
    def number(self) -> int:
        return self.pages

    def save(self) -> None:
        self.canvas.showPage()
        self.canvas.save()


class FpdfSheet:
    """fpdf2, with its core fonts in Windows-1252 or DejaVu embedded as subsets."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pdf = FPDF(unit="pt", format="A4")
        self.pdf.core_fonts_encoding = "windows-1252"
        self.pdf.set_creation_date(FIXED_DATE)
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(40, 40, 40)
        self.loaded: set[str] = set()

    def page(self, size: tuple[float, float] = A4, turned: str = "") -> None:
        self.pdf.add_page(format=size)

    def font(self, family: str, size: float, bold: bool = False) -> None:
        name = family if family in TRUETYPE else CORE[family].lower()
        if family in TRUETYPE and family not in self.loaded:
            self.pdf.add_font(family, "", str(DEJAVU / f"{TRUETYPE[family]}.ttf"))
            self.pdf.add_font(family, "B", str(DEJAVU / f"{TRUETYPE[family]}-Bold.ttf"))
            self.loaded.add(family)
        self.pdf.set_font(name, "B" if bold else "", size)

    def text(self, x: float, y: float, words: str, align: str = "left") -> None:
        shift = {"right": self.width(words), "center": self.width(words) / 2}.get(align, 0)
        self.pdf.text(x - shift, y, words)

    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.5) -> None:
        self.pdf.set_line_width(width)
        self.pdf.line(x1, y1, x2, y2)

    def box(self, x: float, y: float, w: float, h: float, shade: float | None = None) -> None:
        self.pdf.set_line_width(0.6)
        if shade is not None:
            self.pdf.set_fill_color(int(shade * 255))
        self.pdf.rect(x, y, w, h, style="DF" if shade is not None else "D")

    def fill(self, x: float, y: float, w: float, h: float) -> None:
        self.pdf.set_fill_color(0)
        self.pdf.rect(x, y, w, h, style="F")

    def width(self, words: str) -> float:
        return self.pdf.get_string_width(words)

    @property
    def number(self) -> int:
        return self.pdf.page

    def save(self) -> None:
        self.pdf.output(str(self.path))


PRODUCERS = {"reportlab": CanvasSheet, "fpdf2": FpdfSheet}
