"""A thin layer over the reportlab canvas: text, aligned columns, rules and boxes."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
TRUETYPE = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSerif": "DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
    "DejaVuCond": "DejaVuSansCondensed.ttf",
    "DejaVuCond-Bold": "DejaVuSansCondensed-Bold.ttf",
    "DejaVuMono": "DejaVuSansMono.ttf",
    "DejaVuMono-Bold": "DejaVuSansMono-Bold.ttf",
}


@cache
def register_fonts() -> None:
    for name, filename in TRUETYPE.items():
        pdfmetrics.registerFont(TTFont(name, str(DEJAVU / filename)))


def new_canvas(path: Path, size: tuple[float, float]) -> Canvas:
    """A canvas whose bytes depend only on what is drawn (no date, no random id)."""
    register_fonts()
    return Canvas(str(path), pagesize=size, invariant=True, pageCompression=1)


class Pen:
    def __init__(self, canvas: Canvas, font: str, size: float) -> None:
        self.canvas = canvas
        self.font = font
        self.size = size

    def use(self, font: str | None = None, size: float | None = None) -> Pen:
        self.font = font or self.font
        self.size = size or self.size
        return self

    def width(self, text: str, font: str | None = None, size: float | None = None) -> float:
        return pdfmetrics.stringWidth(text, font or self.font, size or self.size)

    def _set(self, font: str | None, size: float | None) -> None:
        self.canvas.setFont(font or self.font, size or self.size)

    def text(
        self, x: float, y: float, text: str, font: str | None = None, size: float | None = None
    ) -> None:
        self._set(font, size)
        self.canvas.drawString(x, y, text)

    def right(
        self, x: float, y: float, text: str, font: str | None = None, size: float | None = None
    ) -> None:
        self._set(font, size)
        self.canvas.drawRightString(x, y, text)

    def center(
        self, x: float, y: float, text: str, font: str | None = None, size: float | None = None
    ) -> None:
        self._set(font, size)
        self.canvas.drawCentredString(x, y, text)

    def lines(
        self,
        x: float,
        y: float,
        lines: Sequence[str],
        leading: float | None = None,
        font: str | None = None,
        size: float | None = None,
    ) -> float:
        """Draws each line below the previous one; returns the baseline after the last."""
        step = leading or (size or self.size) * 1.25
        for line in lines:
            self.text(x, y, line, font, size)
            y -= step
        return y

    def row(
        self,
        x: float,
        y: float,
        widths: Sequence[float],
        cells: Sequence[str],
        aligns: str,
        font: str | None = None,
        size: float | None = None,
        pad: float = 3,
    ) -> None:
        """One table row: `aligns` holds one of l, r, c per column."""
        left = x
        for width, cell, align in zip(widths, cells, aligns, strict=True):
            if align == "r":
                self.right(left + width - pad, y, cell, font, size)
            elif align == "c":
                self.center(left + width / 2, y, cell, font, size)
            else:
                self.text(left + pad, y, cell, font, size)
            left += width

    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.5) -> None:
        self.canvas.setLineWidth(width)
        self.canvas.line(x1, y1, x2, y2)

    def box(
        self, x: float, y: float, w: float, h: float, width: float = 0.5, fill: float | None = None
    ) -> None:
        """A rectangle from its lower-left corner; `fill` is a grey level."""
        self.canvas.setLineWidth(width)
        if fill is not None:
            self.canvas.setFillGray(fill)
            self.canvas.rect(x, y, w, h, stroke=1, fill=1)
            self.canvas.setFillGray(0)
        else:
            self.canvas.rect(x, y, w, h, stroke=1, fill=0)

    def grid(
        self,
        x: float,
        y: float,
        widths: Sequence[float],
        header: Sequence[str],
        values: Sequence[str],
        size: float,
        head_font: str,
        font: str,
        shade: float | None = 0.9,
    ) -> float:
        """A two-row header grid (labels above values), boxed; returns its bottom."""
        height = size * 2.0
        left = x
        for width, label, value in zip(widths, header, values, strict=True):
            self.box(left, y - height, width, height, fill=shade)
            self.box(left, y - 2 * height, width, height)
            self.center(left + width / 2, y - height + size * 0.6, label, head_font, size)
            self.center(left + width / 2, y - 2 * height + size * 0.6, value, font, size)
            left += width
        return y - 2 * height
