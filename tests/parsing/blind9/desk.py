"""Drawing and arithmetic helpers the ninth set's layouts share: lines, tables, totals."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line
from tests.parsing.blind5.sheet import Align, Sheet
from tests.parsing.blind7.bill import money

Money = Callable[[Decimal], str]


@dataclass(frozen=True)
class Item:
    """A catalogue entry: what a line says, its unit price range, its unit and VAT rate."""

    description: str
    low: int
    high: int
    vat: Decimal
    unit: str = ""
    most: int = 5


def pick_lines(rng: random.Random, catalogue: Sequence[Item], count: int) -> list[Line]:
    chosen = rng.sample(list(catalogue), min(count, len(catalogue)))
    return [
        Line(
            item.description,
            Decimal(rng.randint(1, item.most)),
            money(rng, item.low, item.high),
            item.vat,
            item.unit,
        )
        for item in chosen
    ]


@dataclass(frozen=True)
class Column:
    x: float
    header: str
    align: Align
    cell: Callable[[Line], str]


def quantity(line: Line) -> str:
    return f"{line.quantity:g}"


def rate(line: Line) -> str:
    return f"{line.vat_rate:g} %".replace(".", ",")


def lines_table(
    sheet: Sheet, y: float, columns: Sequence[Column], lines: Sequence[Line], leading: float
) -> float:
    """Headers on `y`, one row per line below; returns the baseline after the last row."""
    for column in columns:
        sheet.text(column.x, y, column.header, column.align)
    y += leading * 1.4
    for line in lines:
        for column in columns:
            sheet.text(column.x, y, column.cell(line), column.align)
        y += leading
    return y


def vat_rows(invoice: Invoice, fmt: Money, label: str = "TVA") -> list[tuple[str, str]]:
    return [
        (f"{label} {f'{r:g}'.replace('.', ',')} % sur {fmt(base)}", fmt(tax))
        for r, (base, tax) in invoice.vat_by_rate.items()
        if r
    ]


def deduction_rows(invoice: Invoice, fmt: Money) -> list[tuple[str, str]]:
    return [(d.label, fmt(-d.amount)) for d in invoice.deductions]


def share(amount: Decimal, low: int, high: int, rng: random.Random) -> Decimal:
    """A part of `amount` between `low` and `high` percent, to the cent."""
    return (amount * rng.randint(low, high) / 100).quantize(Decimal("0.01"))


def deduct(invoice: Invoice, label: str, amount: Decimal) -> None:
    invoice.deductions.append(Deduction(label, amount))
