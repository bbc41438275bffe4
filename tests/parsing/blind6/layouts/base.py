"""A layout: one issuer's designer, drawing one invoice (or more) per seed, and the drawing
helpers they share: address blocks, label grids and tables ruled with lines."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.parsing.blind5.sheet import Align, Sheet

from ..bill import Bill

Drawn = list[tuple[tuple[int, ...], Bill]]


@dataclass(frozen=True)
class Layout:
    key: str
    country: str
    producer: str
    draw: Callable[[random.Random, int, Path], Drawn]
    seeds: int = 20


def lines(sheet: Sheet, x: float, y: float, texts: Sequence[str], step: float) -> float:
    """Draws `texts` one under the other from baseline `y`; returns the next free baseline."""
    for text in texts:
        sheet.text(x, y, text)
        y += step
    return y


def grid(
    sheet: Sheet,
    x: float,
    y: float,
    cells: Sequence[tuple[str, str]],
    widths: Sequence[float],
    sizes: tuple[float, float],
    family: str,
    height: float = 10.0,
    grey: float | None = None,
) -> float:
    """A row of boxed cells, the label small on top and the value under it."""
    left = x
    for (label, value), width in zip(cells, widths, strict=True):
        sheet.box(left, y, width, height, grey)
        sheet.font(family, sizes[0])
        sheet.text(left + 1.5, y + 3.5, label)
        sheet.font(family, sizes[1], bold=True)
        sheet.text(left + 1.5, y + height - 2.2, value)
        left += width
    return y + height


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    align: Align = "left"


def ruled_table(
    sheet: Sheet,
    x: float,
    y: float,
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    family: str,
    size: float,
    step: float = 6.0,
) -> float:
    """A table ruled with lines: a framed header, a rule under each row, vertical separators."""
    total = sum(column.width for column in columns)
    sheet.box(x, y, total, step, 0.88)
    sheet.font(family, size, bold=True)
    place(sheet, x, y + step - 1.8, columns, [c.title for c in columns])
    sheet.font(family, size)
    bottom = y + step
    for row in rows:
        place(sheet, x, bottom + step - 1.8, columns, row)
        bottom += step
        sheet.rule(x, bottom, x + total, bottom, 0.2)
    left = x
    for column in columns:
        sheet.rule(left, y, left, bottom, 0.2)
        left += column.width
    sheet.rule(left, y, left, bottom, 0.2)
    return bottom


def place(
    sheet: Sheet, x: float, y: float, columns: Sequence[Column], texts: Sequence[str]
) -> None:
    left = x
    for column, text in zip(columns, texts, strict=True):
        if column.align == "right":
            sheet.text(left + column.width - 1.5, y, text, "right")
        elif column.align == "centre":
            sheet.text(left + column.width / 2, y, text, "centre")
        else:
            sheet.text(left + 1.5, y, text)
        left += column.width


def pairs(
    sheet: Sheet,
    x_label: float,
    x_value: float,
    y: float,
    rows: Sequence[tuple[str, str]],
    step: float,
    family: str,
    size: float,
    bold_last: bool = True,
) -> float:
    """Totals: labels on the left, values aligned right at `x_value`."""
    for index, (label, value) in enumerate(rows):
        sheet.font(family, size, bold=bold_last and index == len(rows) - 1)
        sheet.text(x_label, y, label)
        sheet.text(x_value, y, value, "right")
        y += step
    return y
