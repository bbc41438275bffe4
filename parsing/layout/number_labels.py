"""Labels of the invoice number that a plain label search misreads: a label broken over two
lines of a narrow cell, a caption printed under its value, and numbers listed under a
heading naming earlier invoices."""

from __future__ import annotations

import re

from parsing.layout import labels as L
from parsing.layout.number_text import is_bare, read_number
from parsing.pdf import Cell, Line, Page

# Earlier invoices listed on this one ("Rappel — factures antérieures restant dues :"): their
# numbers are not this document's.
_OTHER_INVOICES = re.compile(
    r"factures?\s+(?:ant[ée]rieures?|pr[ée]c[ée]dentes?|impay[ée]es?|non\s+(?:r[ée]gl[ée]es|pay[ée]es)"
    r"|restant\s+dues?|en\s+retard|[ée]chues)|(?:previous|earlier|unpaid|outstanding|overdue)"
    r"\s+invoices?",
    re.I,
)


def place_of(pages: list[Page], cell: Cell) -> tuple[tuple[Line, ...], int] | None:
    """The lines of the cell's page and the cell's row."""
    for page in pages:
        row = next((i for i, line in enumerate(page.lines) if cell in line.cells), None)
        if row is not None:
            return page.lines, row
    return None


def _continuation(lines: tuple[Line, ...], row: int, cell: Cell) -> Cell | None:
    """The second line of a label broken in a narrow cell ("Numéro de" over "facture"): words
    only, at the same left edge and size, on one of the next lines; neither line with a value
    of its own beside it (rows of labels and values: "N°  123" over "Date  03/11/2026")."""
    if _value_beside(lines[row], cell):
        return None
    for line in lines[row + 1 : row + 3]:
        if line.y - cell.y > 1.8 * cell.size:
            return None
        for other in line.cells:
            if (
                abs(other.x0 - cell.x0) < 1.5
                and abs(other.size - cell.size) < 0.5
                and _WORDS.fullmatch(other.text)
            ):
                return None if _value_beside(line, other) else other
    return None


def _value_beside(line: Line, cell: Cell) -> bool:
    return any(other.x0 > cell.x1 and re.search(r"\d", other.text) for other in line.cells)


_WORDS = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[ '’.-]+[^\W\d_]+)*\.?")


def continued_otherwise(pages: list[Page], hit: L.Hit[str]) -> bool:
    """A bare label whose cell goes on below with words that name another field ("Numéro"
    over "client"): the value beside it is not the invoice's number."""
    if not is_bare(hit.cell.text) or hit.place == "inline":
        return False
    found = place_of(pages, hit.cell)
    below = found and _continuation(*found, hit.cell)
    if not below:
        return False
    return not L.NUMBER.fullmatch(f"{hit.cell.text} {below.text}".strip(" :"))


def broken_labels(pages: list[Page]) -> list[L.Hit[str]]:
    """Numbers beside a label broken over two lines of a narrow cell ("Numéro de" over
    "facture"), the value to the right between or on those lines."""
    hits = []
    for page in pages:
        lines = page.lines
        for row, line in enumerate(lines):
            for cell in line.cells:
                below = _continuation(lines, row, cell)
                if below is None or L.NUMBER.fullmatch(cell.text.strip(" :")):
                    continue
                label = f"{cell.text} {below.text}".strip(" :")
                if not L.NUMBER.fullmatch(label):
                    continue
                edge = max(cell.x1, below.x1)
                beside = [
                    other
                    for other in lines[row : row + 3]
                    if cell.y - 0.5 * cell.size <= other.y <= below.y + 0.5 * cell.size
                    for other in other.cells
                    if edge < other.x0 < edge + 0.5 * page.width
                ]
                value = min(beside, key=lambda other: other.x0, default=None)
                number = read_number(value.text) if value and not L.is_label(value.text) else None
                if number is not None:
                    hits.append(L.Hit(number, cell, label, "right", value.x0 - edge, value.text))
    return hits


def listed_other_invoice(pages: list[Page], hit: L.Hit[str]) -> bool:
    """A number in a list under a heading naming earlier invoices ("Rappel — factures
    antérieures restant dues :"), a few lines above it."""
    found = place_of(pages, hit.cell)
    if found is None:
        return False
    lines, row = found
    return any(_OTHER_INVOICES.search(line.text) for line in lines[max(row - 5, 0) : row])


def _caption_under(lines: tuple[Line, ...], row: int, cell: Cell) -> Cell | None:
    """A small label alone in its cell, printed directly under a value at its left edge
    ("41100234" over "Code client")."""
    for line in lines[row + 1 : row + 2]:
        if line.y - cell.y > 1.6 * cell.size:
            return None
        for other in line.cells:
            if (
                abs(other.x0 - cell.x0) < 2
                and other.size <= 0.85 * cell.size
                and any(p.fullmatch(other.text.strip(" :")) for p in L.ALL_LABELS)
            ):
                return other
    return None


def captioned_otherwise(pages: list[Page], hit: L.Hit[str], marked: bool) -> bool:
    """A value a title's word found under it ("FACTURE" over a row of boxes) whose own caption,
    printed under it, names another field ("Code client"): the value is that field's."""
    if marked or hit.place != "below":
        return False
    for page in pages:
        for row, line in enumerate(page.lines):
            for cell in line.cells:
                if cell.text and hit.text.startswith(cell.text) and cell.y > hit.cell.y:
                    caption = _caption_under(page.lines, row, cell)
                    return caption is not None and not L.label_at(caption.text, L.NUMBER)
    return False


def captions(pages: list[Page], labelled: list[L.Hit[str]]) -> list[L.Hit[str]]:
    """Numbers printed over their label in a row of boxes ("2026-0042" over "N° de facture"),
    for a label that found no value of its own beside or under it; not a value with a label
    of its own just above it (a grid's earlier row)."""
    taken = {id(hit.cell) for hit in labelled}
    hits = []
    for page in pages:
        lines = page.lines
        for row in range(1, len(lines)):
            for cell in lines[row].cells:
                label = cell.text.strip(" :")
                if id(cell) in taken or not L.NUMBER.fullmatch(label):
                    continue
                over = lines[row - 1].cells
                value = next(
                    (v for v in over if abs(v.x0 - cell.x0) < 2 and v.size > cell.size), None
                )
                if value is None or lines[row].y - lines[row - 1].y > 1.6 * value.size:
                    continue
                if _labelled_above(lines, row - 1, value):
                    continue
                number = read_number(value.text)
                if number is not None and _caption_under(lines, row - 1, value) is cell:
                    hits.append(L.Hit(number, cell, label, "above", 0.0, value.text))
    return hits


def _labelled_above(lines: tuple[Line, ...], row: int, value: Cell) -> bool:
    for line in lines[max(row - 1, 0) : row]:
        if value.y - line.y > 1.6 * value.size:
            return False
        if any(c.x0 < value.x1 and c.x1 > value.x0 and L.is_label(c.text) for c in line.cells):
            return True
    return False
