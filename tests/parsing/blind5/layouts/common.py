"""Drawing pieces several layouts share: the lines table and the VAT breakdown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from tests.parsing.blind.model import Invoice, Line, Party

from ..sheet import Align, Sheet

Money = Callable[[Decimal], str]


@dataclass(frozen=True)
class Column:
    title: str
    x: float
    value: Callable[[Line], str]
    align: Align = "left"


def lines_table(
    sheet: Sheet,
    invoice: Invoice,
    columns: Sequence[Column],
    top: float,
    step: float,
    rule: tuple[float, float] | None = None,
) -> float:
    """Heads, then one row per line; returns the y below the last row."""
    for column in columns:
        sheet.text(column.x, top, column.title, column.align)
    if rule:
        sheet.rule(rule[0], top + 1.5, rule[1], top + 1.5)
    y = top + step + 1
    for line in invoice.lines:
        for column in columns:
            sheet.text(column.x, y, column.value(line), column.align)
        y += step
    if rule:
        sheet.rule(rule[0], y - step + 2, rule[1], y - step + 2)
    return y


def quantity(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",")


def street_lines(party: Party) -> list[str]:
    return list(party.street)


def signed(amount: Decimal, fmt: Money) -> str:
    return ("-" if amount < 0 else "") + fmt(amount)
