"""What the second learning set's designers share: amount spellings, a seller's letterhead,
an item table, legal small print."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from tests.parsing.generator.render import Pen, en_amount, fr_amount
from tests.parsing.learning_layouts2.data import Printed, Truth

Money = Callable[[Decimal], str]
MOIS = ["JAN", "FEV", "MAR", "AVR", "MAI", "JUN", "JUL", "AOU", "SEP", "OCT", "NOV", "DEC"]


def eur_fr(value: Decimal) -> str:
    return fr_amount(value)


def eur_en(value: Decimal) -> str:
    return en_amount(value)


def chf(value: Decimal) -> str:
    sign = "-" if value < 0 else ""
    return f"{sign}CHF {abs(value):,.2f}".replace(",", "'")


def eur_be(value: Decimal) -> str:
    text = f"{abs(value):,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{'-' if value < 0 else ''}{text} EUR"


def sign(t: Truth) -> int:
    return -1 if t.credit else 1


def letterhead(pen: Pen, t: Truth, x: float = 40, y: float = 50, size: float = 8) -> float:
    s = t.seller
    lines = [s.street, f"{s.postcode} {s.city}", f"Tél. {s.phone}", s.email or ""]
    pen.text(x, y, s.name, 13, bold=True)
    return pen.lines(x, y + 16, lines, size, size + 2)


def block(
    pen: Pen, printed: Printed, x: float, y: float, size: float = 10, contacts: bool = True
) -> float:
    """The debtor's lines, its contacts under them; returns the y under the last line."""
    lines = list(printed.lines)
    if contacts and printed.phone:
        lines.append(f"Tél. : {printed.phone}")
    if contacts and printed.email:
        lines.append(printed.email)
    return pen.lines(x, y, lines, size, size + 2.5)


def items(
    pen: Pen,
    t: Truth,
    y: float,
    money: Money,
    heads: tuple[str, ...] = ("Désignation", "Qté", "Prix unitaire HT", "Montant HT"),
    step: float = 14,
    rows: list[tuple[str, int, Decimal]] | None = None,
) -> float:
    """A four-column item table from `y`; returns the y under it."""
    pen.text(40, y, heads[0], 8, bold=True)
    for head, x in zip(heads[1:], (330, 440, 550), strict=True):
        pen.right(x, y, head, 8, bold=True)
    pen.rule(y + 4)
    for name, qty, price in t.items if rows is None else rows:
        y += step
        pen.text(40, y, name, 8.5)
        pen.right(330, y, str(qty), 8.5)
        pen.right(440, y, money(price), 8.5)
        pen.right(550, y, money(price * qty * sign(t)), 8.5)
    pen.rule(y + 6)
    return y + 22


def legal(pen: Pen, t: Truth, y: float = 790, lang: str = "fr") -> None:
    s = t.seller
    if lang == "en":
        lines = [
            f"{s.name} - Registered in Ireland No. {t.siret[:6]} - VAT IE{t.siret[:7]}W",
            "Bank: AIB - IBAN IE29 AIBK 9311 5212 3456 78 - BIC AIBKIE2D",
        ]
    else:
        lines = [
            f"{s.name} - SIRET {t.siret} - TVA FR{t.siret[:11]} - {s.street} {s.postcode} {s.city}",
            "Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour "
            "frais de recouvrement : 40 €. Pas d'escompte pour paiement anticipé.",
        ]
    pen.lines(40, y, lines, 6.5, 8)


def totals(
    pen: Pen,
    rows: list[tuple[str, Decimal]],
    money: Money,
    y: float,
    x_label: float = 350,
    x_value: float = 550,
    bold_last: bool = True,
) -> float:
    for index, (label, value) in enumerate(rows):
        strong = bold_last and index == len(rows) - 1
        pen.text(x_label, y, label, 9, bold=strong)
        pen.right(x_value, y, money(value), 9, bold=strong)
        y += 15
    return y
