"""The item lines of a one-page invoice, for the checks: the amounts in the item table's amount
column ("Montant HT", "Total", "Amount"…), which add up to the net total, or to the grand total
when the items are priced with VAT."""

from __future__ import annotations

import re
from decimal import Decimal

from parsing.layout.amounts import find_amounts
from parsing.pdf import Cell, Line, Page

_HEADING = re.compile(
    r"^(?:montant|total|amount|prix\s+total|line\s+total|betrag|gesamt(?:preis|betrag)?|net)\b",
    re.IGNORECASE,
)
# The heading of the column that says what each line charges: it tells an item table from a
# VAT breakdown or a payments table, which have an amount column too.
_DESCRIPTION = re.compile(
    r"^(?:d[ée]signation|description|libell[ée]|intitul[ée]|article|prestations?|produits?"
    r"|services?|d[ée]tail|objet|nature|items?|bezeichnung|artikel|leistung|beschreibung)\b",
    re.IGNORECASE,
)
_AMOUNT_ONLY = re.compile(
    r"^[-−–(]?\s*(?:€|\$|£|EUR|USD|GBP|CHF)?[\s\d.,'()−–\u00a0\u202f\u2009-]+"
    r"(?:€|\$|£|EUR|USD|GBP|CHF)?\s*\)?$"
)
_LETTER = re.compile(r"[^\W\d_]{2}")
# A line summing others (a section's sub-total, a page's carried amount), not an item.
_SUM_LINE = re.compile(
    r"^\s*(?:sous-?\s*total|sub-?\s*total|total|report|[àa]\s+reporter|carried|brought)\b",
    re.IGNORECASE,
)


def item_amounts(pages: list[Page]) -> list[Decimal] | None:
    """The amount of each line under the item table's amount column, top to bottom (the item
    lines, then whatever labelled line the column holds below them, deductions, VAT); None
    when it cannot be told: several pages (items run over), or no row of headings naming a
    description column and, right of it, an amount column."""
    if len(pages) != 1:
        return None
    lines = pages[0].lines
    for row, line in enumerate(lines):
        if len(line.cells) < 2 or any(find_amounts(cell.text) for cell in line.cells):
            continue
        starts = [cell.x1 for cell in line.cells if _DESCRIPTION.match(cell.text)]
        headings = [
            cell
            for cell in line.cells
            if starts and cell.x0 > min(starts) and _HEADING.match(cell.text)
        ]
        if headings:
            return _column(lines[row + 1 :], headings[-1]) or None
    return None


def _column(lines: tuple[Line, ...], heading: Cell) -> list[Decimal]:
    """The amounts under `heading` on lines that also describe what they charge (a cell with
    words to the left): a row of bare values (a totals grid) is not an item line. Nothing when
    an item's amount does not read as one amount (a glyph the font lacks): the sum is unknown."""
    found = []
    for line in lines:
        for cell in line.cells:
            before = [other.text for other in line.cells if other.x1 <= cell.x0]
            described = any(_LETTER.search(text) for text in before)
            if not (_under(cell, heading) and described) or _SUM_LINE.match(before[0]):
                continue
            amounts = find_amounts(cell.text) if _AMOUNT_ONLY.match(cell.text) else []
            if len(amounts) == 1:
                found.append(amounts[0][0])
            elif any(char.isdigit() for char in cell.text):
                return []
    return found


def _under(cell: Cell, heading: Cell) -> bool:
    return cell.x0 <= heading.x1 + heading.size and cell.x1 >= heading.x0 - heading.size


def add_up_to(amounts: list[Decimal], targets: list[Decimal]) -> bool:
    """Whether the first few of `amounts` (the items, before the labelled lines under them) add
    up to one of `targets`, allowing a cent of rounding per line."""
    running = Decimal(0)
    for count, amount in enumerate(amounts, 1):
        running += amount
        slack = Decimal("0.01") * (count + 1)
        if any(abs(abs(running) - abs(target)) <= slack for target in targets):
            return True
    return False
