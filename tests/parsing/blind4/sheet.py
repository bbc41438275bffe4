"""One drawing surface over two PDF producers: positions in mm from the top-left corner."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Protocol

from fpdf import FPDF
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
FPDF_FACES = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
    "narrow": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
}
REPORTLAB_FACES = {
    "sans": ("Helvetica", "Helvetica-Bold"),
    "serif": ("Times-Roman", "Times-Bold"),
    "mono": ("Courier", "Courier-Bold"),
}
FIXED = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


class Sheet(Protocol):
    number: int
    width: float

    def page(self) -> None: ...
    def write(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 9,
        *,
        bold: bool = False,
        face: str = "sans",
        align: str = "left",
    ) -> None: ...
    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.3) -> None: ...
    def box(
        self, x: float, y: float, w: float, h: float, *, shade: float | None = None
    ) -> None: ...
    def save(self) -> None: ...


class LabSheet:
    """reportlab's canvas with the standard Type 1 fonts (WinAnsi, so € prints)."""

    def __init__(self, path: Path, letter: bool = False) -> None:
        self.width, self.height = (215.9, 279.4) if letter else (210.0, 297.0)
        self.canvas = canvas.Canvas(
            str(path), pagesize=(self.width * mm, self.height * mm), invariant=1
        )
        self.number = 0
        self.dirty = False

    def page(self) -> None:
        if self.dirty:
            self.canvas.showPage()
        self.number += 1
        self.dirty = True

    def write(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 9,
        *,
        bold: bool = False,
        face: str = "sans",
        align: str = "left",
    ) -> None:
        font = REPORTLAB_FACES[face][bold]
        self.canvas.setFont(font, size)
        px, py = x * mm, (self.height - y) * mm
        draw = {"left": self.canvas.drawString, "right": self.canvas.drawRightString}
        draw.get(align, self.canvas.drawCentredString)(px, py, text)

    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.3) -> None:
        self.canvas.setLineWidth(width)
        self.canvas.line(x1 * mm, (self.height - y1) * mm, x2 * mm, (self.height - y2) * mm)

    def box(self, x: float, y: float, w: float, h: float, *, shade: float | None = None) -> None:
        if shade is not None:
            self.canvas.setFillGray(shade)
        self.canvas.rect(
            x * mm, (self.height - y - h) * mm, w * mm, h * mm, stroke=1, fill=shade is not None
        )
        self.canvas.setFillGray(0)

    def save(self) -> None:
        self.canvas.save()


class FpdfSheet:
    """fpdf2 with embedded DejaVu subsets."""

    def __init__(self, path: Path, letter: bool = False) -> None:
        self.path = path
        self.pdf = FPDF(unit="mm", format="letter" if letter else "A4")
        self.pdf.set_creation_date(FIXED)
        self.pdf.set_auto_page_break(False)
        self.width = self.pdf.w
        for face, (regular, bold) in FPDF_FACES.items():
            self.pdf.add_font(face, "", str(DEJAVU / regular))
            self.pdf.add_font(face, "B", str(DEJAVU / bold))
        self.number = 0

    def page(self) -> None:
        self.pdf.add_page()
        self.number += 1

    def write(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 9,
        *,
        bold: bool = False,
        face: str = "sans",
        align: str = "left",
    ) -> None:
        self.pdf.set_font(face, "B" if bold else "", size)
        width = self.pdf.get_string_width(text)
        shift = {"left": 0.0, "right": width}.get(align, width / 2)
        self.pdf.text(x - shift, y, text)

    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.3) -> None:
        self.pdf.set_line_width(width)
        self.pdf.line(x1, y1, x2, y2)

    def box(self, x: float, y: float, w: float, h: float, *, shade: float | None = None) -> None:
        if shade is not None:
            self.pdf.set_fill_color(int(shade * 255))
        self.pdf.rect(x, y, w, h, style="DF" if shade is not None else "D")

    def save(self) -> None:
        self.pdf.output(str(self.path))


SHEETS = {"reportlab": LabSheet, "fpdf2": FpdfSheet}
