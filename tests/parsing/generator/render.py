"""Formatting facts the way real invoices print them, and a small pen over a reportlab canvas."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]  # fmt: skip
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
SANS = "Helvetica"
if _DEJAVU.exists():
    pdfmetrics.registerFont(TTFont("DejaVu", str(_DEJAVU)))
    SANS = "DejaVu"


def fr_amount(value: Decimal, space: str = "\u00a0", symbol: str = " €") -> str:
    whole, cents = f"{abs(value):.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    sign = "-" if value < 0 else ""
    return f"{sign}{space.join(groups)},{cents}{symbol}"


def en_amount(value: Decimal, symbol: str = "€") -> str:
    sign = "-" if value < 0 else ""
    return f"{sign}{symbol}{abs(value):,.2f}"


def de_amount(value: Decimal) -> str:
    return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".") + " EUR"


def fr_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def fr_long(day: date) -> str:
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MONTHS_FR[day.month - 1]} {day.year}"


def en_long(day: date) -> str:
    return f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}"


def en_day_month(day: date) -> str:
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


class Pen:
    """Writes at (x, y from the top) in points on an A4 page."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.height = canvas._pagesize[1]

    def text(self, x: float, y: float, value: str, size: float = 9, bold: bool = False,
             font: str | None = None) -> None:  # fmt: skip
        face = font or ("Helvetica-Bold" if bold else "Helvetica")
        self.canvas.setFont(face, size)
        self.canvas.drawString(x, self.height - y, value)

    def right(self, x: float, y: float, value: str, size: float = 9, bold: bool = False,
              font: str | None = None) -> None:  # fmt: skip
        face = font or ("Helvetica-Bold" if bold else "Helvetica")
        self.canvas.setFont(face, size)
        self.canvas.drawRightString(x, self.height - y, value)

    def lines(self, x: float, y: float, values: list[str], size: float = 9, step: float = 12,
              bold_first: bool = False) -> float:  # fmt: skip
        for index, value in enumerate(values):
            self.text(x, y + index * step, value, size, bold=bold_first and index == 0)
        return y + len(values) * step

    def rule(self, y: float, x0: float = 40, x1: float = 555) -> None:
        self.canvas.line(x0, self.height - y, x1, self.height - y)

    def box(self, x: float, y: float, width: float, height: float) -> None:
        self.canvas.rect(x, self.height - y - height, width, height)
