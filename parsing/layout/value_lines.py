"""Where a value beside or under its label goes on: cut after a dash or a slash with its end
on the next line, or far right of the label in a column of label/value rows."""

from __future__ import annotations

import re

from parsing.pdf import Cell, Line


def in_aligned_rows(lines: tuple[Line, ...], row: int, column: int) -> bool:
    """A value far right of its label, last on a line of two cells, in a column of such lines
    (labels on the left margin, values right-aligned at the page's edge): the label's."""
    cells = lines[row].cells
    if len(cells) != 2 or column != 1:
        return False
    label, value = cells
    aligned = sum(
        len(other.cells) == 2
        and abs(other.cells[0].x0 - label.x0) < 1.5
        and abs(other.cells[1].x1 - value.x1) < 1.5
        for other in lines[max(row - 4, 0) : row + 5]
        if other is not lines[row]
    )
    return aligned >= 2


# An amount with its minus sign after it ("120,00-"), not a value cut at a dash.
_TRAILING_MINUS = re.compile(r"\d[.,]\d{2}-$")


def unwrapped(lines: tuple[Line, ...], row: int, cell: Cell) -> str:
    """A value cut after a dash or slash by a narrow cell ("FA-2026-" over "000042"), with its
    end from the next line when a cell starts there at the same left edge."""
    if not cell.text.endswith(("-", "/")) or _TRAILING_MINUS.search(cell.text):
        return cell.text
    for below in lines[row + 1 : row + 2]:
        if below.y - cell.y > 1.8 * cell.size:
            break
        for other in below.cells:
            if abs(other.x0 - cell.x0) < 1.5 and " " not in other.text:
                # "2026 /" over "0042": spaced around its slash, the number stays so
                space = " " if cell.text[-2:-1] == " " else ""
                return cell.text + space + other.text
    return cell.text
