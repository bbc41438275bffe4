"""A customer number under a grid's heading: "Client" over the sub-columns "N°" and "Nom".

Software-made header grids group their columns under heading cells ("Facture" over "N°" and
"Date", "Client" over "N°" and "Nom"), so the customer's number is a bare "N°" whose label only
the heading above completes. The value read is the one under that sub-label, alone in its cell.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from parsing.layout import labels as L
from parsing.pdf import Cell, Line, Page

_I = re.IGNORECASE
_HEADING = re.compile(r"(?:cliente?|customer|kunde|klant|d[ée]biteur|debitor|debtor)\s*:?", _I)
_BARE_ID = re.compile(r"(?:n[°ºo]\.?|no\.?|nr\.?|num[ée]ro|number|code|r[ée]f\.?|id|#)\s*:?", _I)


def under_customer_heading(page: Page, read: Callable[[str], str | None]) -> Iterator[L.Hit[str]]:
    """Each value under a bare identifier label whose heading cell, on the line above and over
    its column, names the customer; the hit's label is the two joined ("Client N°")."""
    lines = page.lines
    for row in range(len(lines)):
        for heading, subs, end in _groups(lines, row):
            for index, sub in enumerate(subs):
                if not _BARE_ID.fullmatch(sub.text.strip()):
                    continue
                right = subs[index + 1].x0 if index + 1 < len(subs) else end
                values = _next_line(lines, row + 1, sub)
                for cell in values.cells if values is not None else ():
                    value = read(cell.text) if sub.x0 - 2 <= cell.x0 < right - 2 else None
                    if value is not None:
                        label = f"{heading.text.strip().rstrip(':')} {sub.text.strip()}"
                        yield L.Hit(value, sub, label, "below", 0.0, cell.text)
                        break


def under_a_customer_heading(pages: list[Page], cell: Cell) -> bool:
    """Whether `cell` is a bare identifier label ("N°") in a column that a heading cell on the
    line just above names the customer's: its number is the customer's, not the document's."""
    if not _BARE_ID.fullmatch(cell.text.strip()):
        return False
    for page in pages:
        lines = page.lines
        row = next((i for i, line in enumerate(lines) if cell in line.cells), None)
        if row is not None:
            return row > 0 and any(cell in subs for _, subs, _ in _groups(lines, row - 1))
    return False


def _groups(lines: tuple[Line, ...], row: int) -> Iterator[tuple[Cell, list[Cell], float]]:
    """Line `row`'s cells naming the customer alone, each with the next line's cells under it
    and where its group ends (the next cell of the line), when the two lines read as a grid's
    headings over its labels: another heading beside it, or two labels (no digits) under it."""
    line = lines[row]
    for column, heading in enumerate(line.cells):
        if not _HEADING.fullmatch(heading.text.strip()):
            continue
        labels = _next_line(lines, row, heading)
        end = line.cells[column + 1].x0 if column + 1 < len(line.cells) else float("inf")
        subs = [c for c in labels.cells if heading.x0 - 2 <= c.x0 < end - 2] if labels else []
        labels_only = all(not any(ch.isdigit() for ch in c.text) for c in subs)
        if subs and (len(line.cells) >= 2 or (len(subs) >= 2 and labels_only)):
            yield heading, subs, end


def _next_line(lines: tuple[Line, ...], row: int, cell: Cell) -> Line | None:
    """The line just under `cell`'s, when it follows closely (the grid's next row)."""
    for below in lines[row + 1 : row + 2]:
        if below.y - cell.y <= 3.2 * cell.size:
            return below
    return None
