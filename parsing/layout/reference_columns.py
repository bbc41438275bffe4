"""A value read under its label in a grid, checked against the grid's columns.

In a row of labels over a row of values, a long value of one column ("2231 Berthier c/ SARL
Batiplus" under "N/Réf. dossier") runs on under the next label ("N° client"), and the reading
under a label takes the first cell it overlaps: the neighbour's value. A value whose cell starts
under the previous label, before that label's end, is that label's; the label's own value is
the cell starting in its own column, and when there is none, nothing is read there.
"""

from __future__ import annotations

from collections.abc import Callable

from parsing.layout import labels as L
from parsing.pdf import Cell, Page


def own_column(page: Page, hit: L.Hit[str], read: Callable[[str], str | None]) -> L.Hit[str] | None:
    """`hit` when its value sits in its label's column (or was not read under it), else the
    value in that column, else None."""
    if hit.place != "below":
        return hit
    lines = page.lines
    row = next((i for i, line in enumerate(lines) if hit.cell in line.cells), None)
    if row is None:
        return hit
    labels = lines[row].cells
    column = labels.index(hit.cell)
    if column == 0:
        return hit
    before, label = labels[column - 1], hit.cell
    end = labels[column + 1].x0 if column + 1 < len(labels) else float("inf")
    below = [line for line in lines[row + 1 : row + 4] if line.y - label.y <= 3.2 * label.size]
    read_from = next((c for line in below for c in line.cells if _holds(c, hit.text)), None)
    if read_from is None or not before.x0 - 2 <= read_from.x0 < before.x1:
        return hit
    for line in below:
        for cell in line.cells:
            if label.x0 - 2 <= cell.x0 < end - 2:
                value = read(cell.text)
                return L.Hit(value, label, hit.label, "below", 0.0, cell.text) if value else None
    return None


def _holds(cell: Cell, text: str) -> bool:
    return bool(cell.text) and text.startswith(cell.text)
