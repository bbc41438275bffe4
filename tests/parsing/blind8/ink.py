"""Small drawing helpers the layouts share: a row of cells and a block of lines."""

from __future__ import annotations

from collections.abc import Sequence

from tests.parsing.blind5.sheet import Align, Sheet


def row(sheet: Sheet, y: float, cells: Sequence[tuple[float, str, Align]]) -> None:
    for x, words, align in cells:
        if words:
            sheet.text(x, y, words, align)


def block(sheet: Sheet, x: float, y: float, lines: Sequence[str], leading: float) -> float:
    """Draws `lines` downwards from `y`, skipping empty ones; returns the next baseline."""
    for line in lines:
        if line:
            sheet.text(x, y, line)
            y += leading
    return y
