"""Splitting a PDF holding many invoices (a month's run) into one page group per invoice."""

from __future__ import annotations

import re

from parsing.layout import labels
from parsing.layout.amounts import parse_amount
from parsing.layout.invoice import best_number, is_bare, labelled_numbers
from parsing.layout.titles import Title, title
from parsing.pdf import Page

_TITLE = re.compile(r"^\s*(?:facture|invoice|avoir|credit\s+note|rechnung|gutschrift)\b", re.I)
_PAGE_OF = re.compile(r"\b(?:page|seite|p\.)\s*(\d{1,3})\s*(?:/|sur|of|von)\s*(\d{1,3})\b", re.I)


def split(pages: list[Page]) -> list[list[Page]]:
    """Pages grouped by invoice: a page starts a new invoice when it shows another invoice number
    or says it is page 1 of its document. A page with neither continues the current invoice,
    unless it is titled as an invoice and the current one already showed its amount due: then
    it is an invoice whose number could not be read, kept apart so that it is reviewed rather
    than merged into its neighbour."""
    if len(pages) == 1:  # the first page always starts a group: nothing to read to know it
        return [list(pages)]
    groups: list[list[Page]] = []
    current_number: str | None = None
    current_closed = False
    for page in pages:
        kind = title([page])
        titled = _titled(page, kind)
        number = _number(page, titled, kind)
        position = _page_of(page)
        starts = (number is not None and number != current_number) or position == 1
        starts |= number is None and position is None and titled and current_closed
        continues = position is not None and position > 1
        if groups and (continues or not starts):
            groups[-1].append(page)
        else:
            groups.append([page])
            current_closed = False
            if number is None:
                current_number = None
        current_closed = current_closed or _shows_amount_due(page)
        if number is not None:
            current_number = number
    return groups


def _titled(page: Page, kind: Title | None) -> bool:
    """Titled as an invoice, or as a bill of another name ("ÉTAT DE FRAIS", "Fee note")."""
    if kind is not None and kind.head is not None:
        return True
    return any(_TITLE.match(cell.text) for line in page.lines for cell in line.cells)


def _shows_amount_due(page: Page) -> bool:
    return any(True for _ in labels.values([page], labels.TOTAL_DUE, parse_amount))


def _number(page: Page, titled: bool, kind: Title | None) -> str | None:
    """The page's invoice number; a bare "N°" label counts only on a page titled as an invoice
    (on a continuation page it is more likely a column of item numbers)."""
    hits = labelled_numbers([page], kind)
    hit = best_number(hit for hit in hits if titled or not is_bare(hit.label))
    return hit.value if hit else None


def _page_of(page: Page) -> int | None:
    for line in page.lines[-6:] + page.lines[:6]:
        match = _PAGE_OF.search(line.text)
        if match:
            return int(match.group(1))
    return None
