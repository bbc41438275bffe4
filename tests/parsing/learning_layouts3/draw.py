"""What the third learning set's designers share: amount and date spellings, a letterhead, an
item table that may run over several pages, legal small print."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from tests.parsing.generator.render import MONTHS_EN, Pen, fr_amount, fr_long
from tests.parsing.learning_layouts3.data import Printed, Truth

Money = Callable[[Decimal], str]


def eur(value: Decimal) -> str:
    """`1 234,56 €` with a no-break space between thousands."""
    return fr_amount(value)


def eur_plain(value: Decimal) -> str:
    """`1234,56 €`: no thousands separator at all."""
    return fr_amount(value, space="")


def eur_dots(value: Decimal) -> str:
    """`1.234,56 EUR`."""
    return fr_amount(value, space=".", symbol=" EUR")


def eur_code_first(value: Decimal) -> str:
    """`EUR 1 234,56`."""
    return f"EUR {fr_amount(value, space=' ', symbol='')}"


def english(symbol: str) -> Money:
    """`£1,234.56`, `$1,234.56`, or a code before: `USD 1,234.56`."""

    def money(value: Decimal) -> str:
        sign = "-" if value < 0 else ""
        gap = " " if len(symbol) == 3 else ""
        return f"{sign}{symbol}{gap}{abs(value):,.2f}"

    return money


def fr_day(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def en_day(day: date) -> str:
    return f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}"


def long_day(day: date) -> str:
    """`1er mars 2026`, `15 avril 2026`."""
    return fr_long(day)


def sign(t: Truth) -> int:
    return -1 if t.credit else 1


def letterhead(pen: Pen, t: Truth, x: float = 40, y: float = 48) -> float:
    s = t.seller
    pen.text(x, y, s.name, 13, bold=True)
    return pen.lines(x, y + 15, [s.street, f"{s.postcode} {s.city}", f"Tél. {s.phone}"], 8, 10)


def block(pen: Pen, printed: Printed, x: float, y: float, size: float = 10) -> float:
    return pen.lines(x, y, list(printed.lines), size, size + 2.5)


def item_pages(
    pen: Pen,
    t: Truth,
    top: float,
    money: Money,
    heads: tuple[str, str, str],
    per_page: int,
    header: Callable[[int], float],
) -> float:
    """The item lines from `top`, `per_page` to a page; `header(page)` draws a following page's
    head and returns where its lines start. Returns the y under the last line."""
    y = top
    for index, (name, qty, price) in enumerate(t.items):
        if index and index % per_page == 0:
            pen.canvas.showPage()
            y = header(index // per_page + 1)
        if y == top or index % per_page == 0:
            pen.text(40, y, heads[0], 8, bold=True)
            pen.right(420, y, heads[1], 8, bold=True)
            pen.right(550, y, heads[2], 8, bold=True)
            pen.rule(y + 4)
        y += 13
        pen.text(40, y, f"{name} - réf. {index + 1:03d}", 8.5)
        pen.right(420, y, str(qty), 8.5)
        pen.right(550, y, money(price * qty * sign(t)), 8.5)
    pen.rule(y + 6)
    return y + 22


def rows(pen: Pen, pairs: list[tuple[str, str]], y: float, x_label: float = 340) -> float:
    for label, value in pairs:
        pen.text(x_label, y, label, 9)
        pen.right(550, y, value, 9)
        y += 14
    return y


def legal(pen: Pen, t: Truth, lang: str = "fr") -> None:
    s = t.seller
    if lang == "en":
        text = f"{s.name} - Company No. {t.siret[:8]} - VAT FR{t.siret[:11]} - {s.street}"
    else:
        text = f"{s.name} - SIRET {t.siret} - TVA FR{t.siret[:11]} - RCS Strasbourg"
    pen.text(40, 800, text, 6.5)
