"""The issuer's own details on its invoice (letterhead, legal footer, contact person, return
address): what the debtor's must never be, and the issuer's country, which a domestic debtor's
address does not print."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from parsing.contact import country_code, find_email, normalise_phone
from parsing.layout.parties import CLIENTS_DETAILS, client_line, client_part, public_mailbox
from parsing.pdf import Cell, Page

_I = re.IGNORECASE
SELLER_MARKERS = re.compile(
    r"\b(?:siret|siren|rcs|r\.c\.s|ape|naf|capital|tva\s+intra|n°\s*tva|vat\s*(?:no|number|reg|id)"
    r"|iban|bic|swift|ust\.?-?id|steuer-?nr|handelsreg|www\.|http|company\s+(?:no|number|reg)"
    r"|sas\s+au|sarl\s+au|n°\s*d['’]entreprise|num[ée]ro\s+d['’]entreprise|ide\s*:|che-\d|mwst)",
    _I,
)
# The issuer's people and blocks: a contact person, a sales office, "From", "Émetteur".
SELLER_LABEL = re.compile(
    r"^\s*(?:votre\s+(?:contact(?!s?\s+(?:enregistr|d[ée]tails?\b|informations?\b))|interlocut\w+|conseill\w+|commercial\w*|gestionnaire|technicien)"
    r"|interlocut\w+|conseill\w+|contact\s+commercial|dossier\s+suivi\s+par|suivi\s+par"
    r"|your\s+(?:contact(?!\s+(?:details|information|info)\b)|account\s+manager|sales\s+rep\w*)|contact\s+person|account\s+manager"
    r"|sales\s+rep\w*|(?:ihr\s+)?ansprechpartner\w*|bearbeiter\w*|sachbearbeiter\w*"
    r"|[ée]metteur|fournisseur|vendeur|prestataire|seller|supplier|from|issued\s+by)\b",
    _I,
)
_VAT_PREFIX = re.compile(r"\b(FR|BE|DE|GB|CHE|LU|ES|IT|NL|AT)[ -]?[0-9A-Z]{2}[0-9 .-]{6,}", _I)
_VAT_COUNTRY = {"CHE": "CH"}
_LEGAL_ID = re.compile(r"\b\d(?:[\d .]{7,20})\d\b")
_PHONE_IN = re.compile(
    r"(?:^|\b(?:t[ée]l[ée]?(?:phone)?|tel|phone|fon|telefon|mobile|portable|gsm|fax|t|p|m)\b\.?\s*:?)"
    r"\s*(?P<number>\+?[\d(][\d .()/-]{7,18}\d)",
    _I,
)
_PHONE_CODES = {"+33": "FR", "+32": "BE", "+41": "CH", "+44": "GB", "+49": "DE", "+1": "US"}
_CURRENCIES = {"CHF": "CH", "GBP": "GB", "USD": "US"}


@dataclass(frozen=True)
class Seller:
    names: frozenset[str] = frozenset()  # casefolded
    emails: frozenset[str] = frozenset()
    domains: frozenset[str] = frozenset()
    phones: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()  # legal identifiers, digits only
    country: str | None = None
    text: str = ""  # its letterhead, legal mentions and contact blocks, casefolded, one line each


def read_seller(page: Page, debtor: Iterable[Cell], currency: str | None) -> Seller:
    """The issuer's details on `page`, leaving out the cells of the debtor's block."""
    debtor = list(debtor)
    skip = {(cell.x0, cell.y) for cell in debtor}
    name = " ".join(debtor[0].text.casefold().split()) if debtor else ""
    cells = [
        cell
        for line in page.lines
        for before, cell in zip((None, *line.cells), line.cells, strict=False)
        if (cell.x0, cell.y) not in skip
        and _is_sellers(cell, page, name)
        and not (before and _labels_clients(before.text))
    ]
    head = _letterhead(page, skip)
    cells += head
    names = {head[0].text.casefold()} if head else set()
    own = [cell.text[: client_part(cell.text) or None] for cell in cells]
    emails = {email for text in own if (email := find_email(text))}
    phones = {phone for text in own if (phone := _phone(text))}
    ids = {
        found
        for cell in cells
        if SELLER_MARKERS.search(cell.text)
        for found in legal_ids(cell.text)
    }
    return Seller(
        names=frozenset(names),
        emails=frozenset(emails),
        # A public mailbox's domain (gmail.com, btinternet.com) says nothing of its owner.
        domains=frozenset(
            domain
            for email in emails
            if not public_mailbox(domain := email.rsplit("@", 1)[1].lower())
        ),
        phones=frozenset(phones),
        ids=frozenset(ids),
        country=_country(cells, currency),
        text="\n".join(" ".join(cell.text.casefold().split()) for cell in cells),
    )


def _labels_clients(text: str) -> bool:
    """A label of the client's details alone in its cell ("Coordonnées client enregistrées :"),
    its value the next cell on the line, however far."""
    found = CLIENTS_DETAILS.match(text)
    return bool(found and found.end() == len(text))


def legal_ids(text: str) -> set[str]:
    """The legal identifiers `text` may hold, as digits: each long number (SIRET, SIREN, company
    or enterprise number), each VAT number, and the SIREN inside a SIRET or a French VAT number
    whose key agrees, so that one company is known however its numbers are printed."""
    found = set()
    for match in _LEGAL_ID.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if len(digits) >= 9:
            found.add(digits)
        if len(digits) == 14:
            found.add(digits[:9])
    for match in _VAT_PREFIX.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if len(digits) >= 9:
            found.add(digits)
        if (
            match.group(1).upper() == "FR"
            and len(digits) == 11
            and _french_key(digits[2:]) == digits[:2]
        ):
            found.add(digits[2:])
    return found


def _french_key(siren: str) -> str:
    """The key a French VAT number puts before its SIREN: only a true one names the company."""
    return f"{(12 + 3 * (int(siren) % 97)) % 97:02d}"


# A heading of the client's own details ("Vos coordonnées", "Facturé à"), which may follow the
# letterhead closely: not the issuer's.
_CLIENT_BOX = re.compile(
    r"^\s*(?:vos\s+coordonn[ée]es|coordonn[ée]es\s+(?:du\s+)?client|votre\s+compte\b"
    r"|client\s*:|factur[ée]e?\s+[àa]|bill(?:ed)?\s+to\b|invoice\s+to\b|your\s+details\b)",
    re.IGNORECASE,
)


# A footer line whose subject is the client ("Client joignable au …") or labelled with the
# client's details ("Vos coordonnées : …"): the client's, not the issuer's. "Service client : …"
# is the issuer's, and so is a sentence about the client's details ("Vos coordonnées sont
# traitées …, DPO : 01 …"): only the label, with its colon, heads the client's own line.
_ABOUT_CLIENT = re.compile(
    r"^\s*(?:(?:le\s+|the\s+)?(?:client(?:e)?|customer)\b(?!\s*service)"
    r"|(?:vos\s+coordonn[ée]es|coordonn[ée]es\s+(?:du\s+)?client|your\s+details)\s*:)",
    re.IGNORECASE,
)


def _is_sellers(cell: Cell, page: Page, name: str) -> bool:
    """A cell of the issuer's: its legal mentions, its label, its footer -- but not a footer
    line about the client ("Client joignable au …", "Vos coordonnées : …", "Facture transmise à
    …", "Client details: …", "Compte famille 123 - …") or naming the debtor
    (`name`, its block's first line): the issuer does not sign with its client's name."""
    text = cell.text
    footer = (
        page.height
        and cell.y > page.height * 0.85
        and not _ABOUT_CLIENT.match(text)
        and not client_line(text)
        and not (len(name.split()) > 1 and name in " ".join(text.casefold().split()))
    )
    return bool(SELLER_MARKERS.search(text) or SELLER_LABEL.match(text) or footer)


def _letterhead(page: Page, skip: set[tuple[float, float]]) -> list[Cell]:
    """The first block of the page (its top lines, left to right) unless it is the debtor's."""
    found: list[Cell] = []
    for line in page.lines[:12]:
        if page.height and line.y > page.height * 0.3:
            break
        first = line.cells[0]
        if (first.x0, first.y) in skip:
            if found:
                break
            continue
        if found and line.y - found[-1].y > 2.5 * first.size:
            break
        if found and _CLIENT_BOX.match(first.text):  # the client's box under the letterhead
            break
        found.append(first)
    return found


def _phone(text: str) -> str | None:
    """The phone number in a line of the issuer's ("Tél : 03 88 11 22 33 - contact@…")."""
    found = _PHONE_IN.search(text)
    return normalise_phone(found.group("number")) if found else None


def _country(cells: list[Cell], currency: str | None) -> str | None:
    """The issuer's country: by its VAT number's prefix, a country line, its phone's dialling
    code, the currency it bills in."""
    votes: Counter[str] = Counter()
    for cell in cells:
        for found in _VAT_PREFIX.finditer(cell.text):
            prefix = found.group(1).upper()
            votes[_VAT_COUNTRY.get(prefix, prefix)] += 3
        named = country_code(cell.text) if len(cell.text) < 30 else None
        if named:
            votes[named] += 2
    for cell in cells:
        dialled = re.search(r"\+\s?(\d{1,2})", cell.text)
        if dialled and (country := _PHONE_CODES.get(f"+{dialled.group(1)}")):
            votes[country] += 1
    if currency in _CURRENCIES:
        votes[_CURRENCIES[currency]] += 2
    return votes.most_common(1)[0][0] if votes else None
