"""Contacts of the debtor printed apart from its address block: under a client label ("Tél.
client : …"), beside the block or just under it. Only a contact that can be tied to the debtor
is kept; the issuer's own and a third party's are never taken."""

from __future__ import annotations

import re
from dataclasses import replace

from parsing.contact import find_email, normalise_phone
from parsing.layout.parties import THIRD_PARTY, names_domain
from parsing.layout.seller import SELLER_LABEL, SELLER_MARKERS, Seller
from parsing.pdf import Cell, Page
from parsing.record import ParsedDebtor

_I = re.IGNORECASE
# Headings of blocks that are not the debtor's (delivery, site, the issuer's own).
OTHER_BLOCK = re.compile(
    r"(?:adresse\s+de\s+livraison|livr[ée]\s+[àa]|lieu\s+de\s+livraison|ship(?:ped)?\s+to|delivery"
    r"(?:\s+address)?|deliver\s+to|lieferanschrift|fournisseur|vendeur|[ée]metteur|seller|supplier"
    r"|from|de(?=\s*:|\s*$)|verk[äa]ufer|rechnungsersteller|lieferant|contact\s+commercial|vos\s+r[ée]f"
    r"|nos\s+r[ée]f|r[ée]f[ée]rences|service\s+address|site\s+address|job\s+site|work\s+site"
    r"|lieu\s+d['’]\s*intervention|adresse\s+d['’]\s*intervention|adresse\s+du\s+chantier|chantier"
    r"|compte\s*/\s*payable\s+[àa]|payable\s+[àa]|zahlbar\s+an|konto\s*/\s*zahlbar\s+an"
    r"|shipping\s+address)\s*:?(?=\W|$)",
    _I,
)
PHONE_LABEL = re.compile(
    r"^(?:t[ée]l[ée]?(?:phone)?|tel|phone|mobile|portable|mob|gsm|fon|telefon|t|p|m)\b\.?\s*:?\s*",
    _I,
)
_PHONE_SHAPE = re.compile(r"[+(\d][\d .()/+-]{7,}")
_CLIENT_CONTACT = re.compile(
    r"(?:contact|t[ée]l(?:[ée]phone)?\.?|e-?mail|courriel|mail|phone|mobile|portable)\s*"
    r"(?:du\s+|of\s+)?(?:client|customer|acheteur|buyer)|(?:client|customer)\s+(?:contact|e-?mail"
    r"|phone|t[ée]l)",
    _I,
)


def contact_lines(page: Page, debtor: ParsedDebtor) -> ParsedDebtor:
    """Contacts printed apart from the block under a client label ("Tél. client : …")."""
    email, phone = debtor.email, debtor.phone
    for line in page.lines:
        for cell in line.cells:
            match = _CLIENT_CONTACT.search(cell.text)
            if not match:
                continue
            rest = cell.text[match.end() :].strip(" :")
            email = email or find_email(rest)
            if phone is None and not find_email(rest):
                phone = normalise_phone(rest, debtor.country)
    return replace(debtor, email=email, phone=phone)


def contacts_beside(
    page: Page, cells: list[Cell], debtor: ParsedDebtor, seller: Seller
) -> ParsedDebtor:
    """Contacts printed beside the address block or just under it ("Tél : …", "E-mail : …"),
    not the issuer's (its contact person's block, its own numbers and e-mail domain)."""
    size = max(cell.size for cell in cells)
    left = min(cell.x0 for cell in cells)
    right = max(cell.x1 for cell in cells)
    top, bottom = cells[0].y - size, cells[-1].y
    emails: set[str] = set()
    phones: set[str] = set()
    guarded: list[Cell] = []  # the issuer's or a third party's labels seen so far
    for line in page.lines:
        if line.y < top:
            continue
        if line.y > bottom + 6 * size:
            break
        for cell in line.cells:
            gap = cell.x0 - right
            beside = 0.5 * size < gap < 260 and line.y <= bottom + size
            below = line.y > bottom and abs(cell.x0 - left) < 4 * size
            if not (beside or below) or cell in cells:
                continue
            if SELLER_LABEL.match(cell.text) or OTHER_BLOCK.match(cell.text):
                guarded.append(cell)
            if THIRD_PARTY.match(cell.text):
                guarded.append(cell)
                continue
            if SELLER_MARKERS.search(cell.text) or _under(cell, guarded, size):
                continue
            found = find_email(cell.text)
            if found:
                domain = found.rsplit("@", 1)[1].lower()
                if found not in seller.emails and domain not in seller.domains:
                    emails.add(found)
                continue
            number = phone_in(cell.text, debtor.country)
            if number and number not in seller.phones:
                phones.add(number)
    # Printed apart from the block, a contact is the debtor's only when it is the one there,
    # and an e-mail only when its domain names the debtor: else it is left for staff to fill.
    email = debtor.email or _single({e for e in emails if names_domain(debtor.name, e)}, emails)
    phone = debtor.phone or _single(phones, phones)
    return replace(debtor, email=email, phone=phone)


def _single(kept: set[str], seen: set[str]) -> str | None:
    return next(iter(kept)) if len(kept) == 1 and len(seen) == 1 else None


def _under(cell: Cell, labels: list[Cell], size: float) -> bool:
    return any(abs(label.x0 - cell.x0) < 2 * size and label.y <= cell.y for label in labels)


def phone_in(text: str, region: str | None) -> str | None:
    """The phone number a line holds ("Tél : 06 12 34 56 78", "+44 118 496 0123"), if any."""
    bare = PHONE_LABEL.sub("", text)
    if PHONE_LABEL.match(text) or _PHONE_SHAPE.fullmatch(bare):
        return normalise_phone(bare, region)
    return None
