"""The debtor's postal address printed apart from its name: a block holding the name and its
contacts (``Client : ACME`` over an e-mail and a phone), and beside or under it a cell headed
``Adresse``, ``Adresse postale``, ``Billing address`` holding the street and the locality. A
form or a grid of cells prints it so; without the address the record would look complete to a
reminder and no letter could go out.

Only a cell headed as an address and claimed by no one else (the issuer's, a delivery or site
block's, a third party's: debtor_contacts.near_block) is read; any other locality printed near
the debtor is left to the check of unread_address.py, which holds the record for a person."""

from __future__ import annotations

import re
from dataclasses import replace

from parsing.layout.address import holds_locality
from parsing.layout.debtor_contacts import near_block
from parsing.layout.debtor_lines import read_debtor
from parsing.pdf import Cell, Page
from parsing.record import ParsedDebtor

_HEADING = re.compile(
    r"^\s*(?:adresse(?:\s+(?:postale|de\s+facturation|du\s+client|client|de\s+correspondance"
    r"|d['’]envoi))?|(?:postal\s+|billing\s+|mailing\s+|invoice\s+)?address|anschrift"
    r"|rechnungsadresse|postanschrift)(?:\s*:\s*(?P<rest>.*)|\s*)$",
    re.IGNORECASE,
)


def _column(page: Page, top: Cell, first: str) -> list[str]:
    """`first` and the lines under `top` aligned on it, up to a gap."""
    lines = [first] if first else []
    x, last_y = top.x0, top.y
    for line in page.lines:
        if line.y <= top.y + 0.5 * top.size:
            continue
        if line.y - last_y > 2.2 * top.size or len(lines) >= 6:
            break
        under = [cell for cell in line.cells if abs(cell.x0 - x) < 1.5 * top.size]
        if not under:
            continue
        lines.append(under[0].text)
        last_y = line.y
    return lines


def _heading_of(page: Page, cell: Cell) -> Cell:
    """The cell itself, or the one just over it in its column (a heading over the block)."""
    over = [
        other
        for line in page.lines
        if cell.y - 2.2 * cell.size <= line.y < cell.y - 0.5 * cell.size
        for other in line.cells
        if abs(other.x0 - cell.x0) < 1.5 * cell.size
    ]
    return over[-1] if over else cell


def address_apart(
    page: Page, block: list[Cell], debtor: ParsedDebtor, home: str | None
) -> tuple[ParsedDebtor, str | None] | None:
    """The debtor with the address printed apart from its block, read with the block's lines
    (its contacts as first read), and the doubt about its country; None when there is none."""
    apart = _lines_apart(page, block)
    if not apart:
        return None
    read, doubt = read_debtor([*(cell.text for cell in block), *apart], None, home)
    if not read.postcode:
        return None
    address = {"street": read.street, "postcode": read.postcode, "city": read.city}
    return replace(debtor, **address, country=read.country), doubt


def _lines_apart(page: Page, block: list[Cell]) -> list[str]:
    """The address lines printed apart from the debtor's block: under a cell headed as an
    address beside or under it, else a locality line just under the block in its column (a
    form's second address line printed further down than the block's own step)."""
    if not block:
        return []
    near = [cell for cell, _ in near_block(page, block)]
    for cell in near:
        for candidate in (cell, _heading_of(page, cell)):
            heading = _HEADING.match(candidate.text)
            if heading:
                lines = _lines_under(page, candidate, (heading.group("rest") or "").strip())
                if any(holds_locality(line) for line in lines):
                    return lines
    size, left, bottom = block[-1].size, block[0].x0, block[-1].y
    under = [
        cell
        for cell in near
        if bottom < cell.y <= bottom + 3.5 * size and abs(cell.x0 - left) < 1.5 * size
    ]
    return [under[0].text] if under and holds_locality(under[0].text) else []


def _lines_under(page: Page, cell: Cell, rest: str) -> list[str]:
    """A heading's value: the rest of its cell, or the cell after it on its row, and the lines
    under that."""
    row = next((line for line in page.lines if line.y == cell.y), None)
    after = [c for c in row.cells if c.x0 > cell.x1] if row and not rest else []
    top, first = (after[0], after[0].text) if after else (cell, rest)
    return _column(page, top, first)
