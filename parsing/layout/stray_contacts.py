"""The guarantee behind the unread-contact check (issue 12): a phone number or an e-mail address
printed anywhere on the invoice's pages -- a header grid, a facts column, a box beside the
address, a footer line -- that the record lacks and that is not positively someone else's
gives the unread-contact problem, wherever a designer put it.

`unread_contacts` looks where the debtor's contacts are expected and takes the footer as the
issuer's. This sweep asks the other way round: each contact is the debtor's unread one unless it
is positively claimed -- the issuer's (its letterhead above the debtor's block, a line with its
legal mentions, its name, its web address or one of its own contacts; an address at a domain
naming it) or a labelled third party's (after or under someone's role and name, under another
party's heading, in the issuer's sentences and its legal mentions' bodies, in another party's
address block)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsing.contact import EMAIL, normalise_email, phone_matches
from parsing.layout.client_headings import CLIENT_HEADING, without_client_heading
from parsing.layout.contact_cells import mend
from parsing.layout.debtor_contacts import CLIENT_CONTACT, phones_on_line, someone_elses
from parsing.layout.parties import names_domain, public_mailbox
from parsing.layout.seller import SELLER_MARKERS, Seller
from parsing.layout.unread_contacts import (
    ISSUERS_WORDS,
    NEUTRAL_HEADING,
    UNREAD_EMAIL,
    UNREAD_PHONE,
    about_debtor,
    context_of,
    joined_before,
    named_cells,
    named_other,
    not_other_parties,
    phones_in_text,
    places_of,
    under_guard,
    unread_contacts,
)
from parsing.pdf import Cell, Line, Page
from parsing.record import ParsedDebtor

# A sentence whose subject is someone's role, not the client ("Conducteur de travaux joignable
# au 07 …", "Site manager available on …"): that person's number.
_ROLE_SUBJECT = re.compile(
    r"\s*(?!(?i:(?:le\s+|la\s+|the\s+)?(?:client|cliente|customer)\b|vous\b|you\b))"
    r"[A-ZÀ-Ý][\w'’ -]{2,40}?\s+(?:est\s+|is\s+)?(?i:joignable|reachable|available|disponible)\b"
)
_WEB = re.compile(r"\b(?:www\.|https?://)[\w.-]+", re.I)
# The issuer's service lines ("Dépannage 24 h/24 : …", "Urgences : …", "Out of hours: …").
_SERVICE = re.compile(
    r"d[ée]pannage|urgences?|astreinte|\b24\s*h|emergenc|out\s+of\s+hours|after\s+hours", re.I
)


def unread_contact_problems(
    pages: Sequence[Page], block: tuple[Cell, ...], debtor: ParsedDebtor, seller: Seller
) -> list[str]:
    """`unread_contacts`' problems, and the same problems for a contact the record lacks that
    it did not look for and that no one positively claims."""
    problems = unread_contacts(pages[0], block, debtor, seller, later=pages[1:])
    if not block or (debtor.phone and debtor.email):
        return problems
    phones, emails = stray_contacts([mend(page) for page in pages], block, debtor, seller)
    if debtor.phone is None and phones and UNREAD_PHONE not in problems:
        problems.append(UNREAD_PHONE)
    if debtor.email is None and emails and UNREAD_EMAIL not in problems:
        problems.append(UNREAD_EMAIL)
    return problems


def stray_contacts(
    pages: Sequence[Page], block: tuple[Cell, ...], debtor: ParsedDebtor, seller: Seller
) -> tuple[set[str], set[str]]:
    """The phones (E.164) and e-mails printed on `pages` (mended) that no one claims."""
    top = block[0].y - 3 * max(c.size for c in block)
    region = debtor.country or seller.country
    issuer_lines = [
        line
        for number, page in enumerate(pages)
        for line in page.lines
        if (number == 0 and line.y < top) or _issuers_line(line, seller)
    ]
    own_phones = {
        match.e164[-8:]
        for line in issuer_lines
        for match in phone_matches(line.text, seller.country or region)
    }
    own_emails = {
        found for line in issuer_lines for m in EMAIL.finditer(line.text)
        if (found := normalise_email(m[0]))
    }  # fmt: skip
    own_domains = {e.rpartition("@")[2] for e in own_emails} | {
        m[0].split("//")[-1].removeprefix("www.").casefold()
        for line in issuer_lines
        for m in _WEB.finditer(line.text)
    }
    own_domains = {d for d in own_domains if not public_mailbox(d)}

    def issuers_email(email: str) -> bool:
        domain = email.rpartition("@")[2]
        return (
            email in own_emails
            or domain in own_domains
            or (not public_mailbox(domain) and any(names_domain(n, email) for n in seller.names))
        )

    name = " ".join((debtor.name or "").casefold().split())
    phones: set[str] = set()
    emails: set[str] = set()
    for number, page in enumerate(pages):
        places, named = places_of(page), named_cells(page, debtor)
        mine = block if number == 0 else ()
        for cell in _unclaimed(page, mine, top if number == 0 else 0.0, seller, debtor, own_emails):
            if under_guard(cell, named):
                continue
            text = context_of(page, cell, places)
            lead = len(text) - len(cell.text)
            printed = {
                found
                for m in EMAIL.finditer(cell.text)
                if (found := normalise_email(m[0]))
                and not named_other(text[: lead + m.start()], debtor.name)
            }
            if any(issuers_email(email) for email in printed):
                continue
            emails |= printed
            # A line about the client or naming the debtor is read as its block is: any
            # number written as a phone counts ("Client n° 1885 · Mme Aubert · 0743644709").
            where = "block" if about_debtor(cell.text, name) else "near"
            found = phones_in_text(text, region, where, cell.text, debtor.name) | phones_in_text(
                cell.text, region, where, cell.text, debtor.name
            )
            # Only the cell's own numbers: its context may be another party's cell beside it;
            # and not a fax the cell itself says is one.
            faxes = {n.e164 for n in phones_on_line(cell.text, region) if n.fax}
            printed_here = {m.e164 for m in phone_matches(cell.text, region)} - faxes
            phones |= {e for e in found & printed_here if e[-8:] not in own_phones}
    return phones, emails


def _issuers_line(line: Line, seller: Seller) -> bool:
    """A line positively the issuer's: its legal mentions, its name, its web address."""
    text = " ".join(line.text.casefold().split())
    return bool(
        SELLER_MARKERS.search(line.text)
        or _WEB.search(line.text)
        or any(len(name) > 3 and name in text for name in seller.names)
    )


def _unclaimed(
    page: Page,
    block: tuple[Cell, ...],
    top: float,
    seller: Seller,
    debtor: ParsedDebtor,
    own_emails: set[str],
) -> list[Cell]:
    """The page's cells under `top` that may hold a contact and are not positively the issuer's
    or a labelled third party's."""
    guards: list[Cell] = []
    found = []
    # The issuer's cells as its reading took them above the footer (its address block beside
    # the debtor's); its reading of the footer is no claim (a footer line about the client).
    mine = set(seller.text.split("\n"))
    for line in page.lines:
        if line.y < top or _issuers_line(line, seller):
            continue
        if any(normalise_email(m[0]) in own_emails for m in EMAIL.finditer(line.text)):
            continue
        for index, cell in enumerate(line.cells):
            if CLIENT_HEADING.search(cell.text):  # the client's heading ends a label's reach
                guards = [guard for guard in guards if not under_guard(cell, [guard])]
            if someone_elses(cell.text) or (
                not re.search(r"[\d@]", cell.text)
                and ISSUERS_WORDS.search(cell.text)
                and not CLIENT_CONTACT.search(cell.text)
                and not NEUTRAL_HEADING.fullmatch(cell.text)
                and not CLIENT_HEADING.search(cell.text)
            ):
                guards.append(cell)
                continue
            if under_guard(cell, guards) or not re.search(r"[\d@]", cell.text):
                continue
            if line.y < 0.85 * page.height and " ".join(cell.text.casefold().split()) in mine:
                continue
            if _SERVICE.search(cell.text) or (
                index and _SERVICE.search(line.cells[index - 1].text)
            ):
                continue
            lead = re.split(r"[\w.+-]+@|[+(\d]", cell.text, maxsplit=1)[0]
            if ISSUERS_WORDS.search(without_client_heading(lead)):
                continue
            before = joined_before(line.cells[index - 1], cell) if index else ""
            if ISSUERS_WORDS.search(without_client_heading(before)):
                continue
            if _ROLE_SUBJECT.match(cell.text):
                continue
            found.append(cell)
    return not_other_parties(page, block, found, debtor)
