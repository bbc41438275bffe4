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

from parsing.layout.address import read_address
from parsing.layout.debtor_contacts import near_block
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
) -> tuple[ParsedDebtor, str | None]:
    """The debtor with the address read from a cell headed as an address beside or under its
    block when its own block holds none, and the doubt about its country, if any."""
    if debtor.postcode or not block:
        return debtor, None
    for near, _ in near_block(page, block):
        for cell in (near, _heading_of(page, near)):
            heading = _HEADING.match(cell.text)
            if heading:
                rest = (heading.group("rest") or "").strip()
                found = _read_under(page, cell, rest, debtor, home)
                if found:
                    return found
    return debtor, None


def _read_under(
    page: Page, cell: Cell, rest: str, debtor: ParsedDebtor, home: str | None
) -> tuple[ParsedDebtor, str | None] | None:
    row = next((line for line in page.lines if line.y == cell.y), None)
    after = [c for c in row.cells if c.x0 > cell.x1] if row and not rest else []
    top, first = (after[0], after[0].text) if after else (cell, rest)
    found = read_address([debtor.name or "", *_column(page, top, first)], home)
    if not (found.postcode and found.city):
        return None
    read = replace(
        debtor,
        street=found.street,
        postcode=found.postcode,
        city=found.city,
        country=found.country,
    )
    return read, found.doubt
