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
    for row, line in enumerate(lines):
        for heading, end in _customer_headings(line):
            labels = _next_line(lines, row, heading)
            if labels is None:
                continue
            subs = [c for c in labels.cells if heading.x0 - 2 <= c.x0 < end - 2]
            for index, sub in enumerate(subs):
                if not _BARE_ID.fullmatch(sub.text.strip()):
                    continue
                right = subs[index + 1].x0 if index + 1 < len(subs) else end
                values = _next_line(lines, lines.index(labels), sub)
                for cell in values.cells if values is not None else ():
                    value = read(cell.text) if sub.x0 - 2 <= cell.x0 < right - 2 else None
                    if value is not None:
                        label = f"{heading.text.strip().rstrip(':')} {sub.text.strip()}"
                        yield L.Hit(value, sub, label, "below", 0.0, cell.text)
                        break


def under_a_customer_heading(pages: list[Page], cell: Cell) -> bool:
    """Whether `cell` sits in a column that a heading cell on the line just above names the
    customer's (its "N°" is the customer's number, not the document's)."""
    for page in pages:
        lines = page.lines
        row = next((i for i, line in enumerate(lines) if cell in line.cells), None)
        if row is None:
            continue
        above = lines[row - 1] if row else None
        if above is None or cell.y - above.y > 3.2 * cell.size:
            return False
        headings = _customer_headings(above)
        return any(heading.x0 - 2 <= cell.x0 < end - 2 for heading, end in headings)
    return False


def _customer_headings(line: Line) -> Iterator[tuple[Cell, float]]:
    """The line's cells naming the customer alone, each with where its column group ends (the
    next cell of the line)."""
    for column, heading in enumerate(line.cells):
        if _HEADING.fullmatch(heading.text.strip()):
            end = line.cells[column + 1].x0 if column + 1 < len(line.cells) else float("inf")
            yield heading, end


def _next_line(lines: tuple[Line, ...], row: int, cell: Cell) -> Line | None:
    """The line just under `cell`'s, when it follows closely (the grid's next row)."""
    for below in lines[row + 1 : row + 2]:
        if below.y - cell.y <= 3.2 * cell.size:
            return below
    return None
