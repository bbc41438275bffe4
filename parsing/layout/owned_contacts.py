"""The debtor's contacts wherever the page says they are the client's: after a label of the
client's details on a line ("Coordonnées client enregistrées : …", "Client details: … Mobile …",
"Votre contact enregistré : …"), under such a heading in its column ("Vos coordonnées", a header
grid's "Tél. propriétaire" or "Contact enregistré" over its value), in a sentence saying where
the invoice or its notices go ("Facture transmise à …", "Alerte SMS envoyée au …"), under a
billing contact's heading beside or under the address, under a copy of the debtor's own name
beside its block (a "Responsable légal" box), a plain contact label in a header grid
whose label row names the client ("N° client | Portable | E-mail"), and a form's dotted rows
under the address ("Tél. : ........ 06 …").

What follows another person's title or role is not taken, nor the issuer's own contacts; two
different e-mails, or two numbers that are not one person's mobile and fixed line, leave the
contact empty: the unread-contact check then holds the record for a person."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from parsing.contact import EMAIL, find_email, normalise_email
from parsing.layout import labels as L
from parsing.layout.debtor_contacts import (
    FAX_LABEL,
    PHONE_LABEL,
    Number,
    choose_phone,
    phones_on_line,
    someone_elses,
)
from parsing.layout.parties import (
    BILLING_CONTACT,
    CLIENTS_ACCOUNT,
    CLIENTS_DETAILS,
    SENDERS_REFERENCE,
    SENT_TO_CLIENT,
    client_part,
)
from parsing.layout.seller import SELLER_MARKERS, Seller
from parsing.pdf import Cell, Line, Page
from parsing.record import ParsedDebtor

_I = re.IGNORECASE
_PARTS = re.compile(r"\s+[-–—·•|/]\s+|\s*[,;]\s+")
# A form's dotted leader between a label and its value ("Tél. : ........ 06 …").
_LEADER = re.compile(r"\s*(?:\.\s?){4,}\s*")
_TITLED = re.compile(
    r"(?i:m|mme|mlle|mr|mrs|ms|dr|madame|monsieur|mademoiselle)\.?\s+[A-ZÀ-Ý][\w'’-]+"
)
_EMAIL_ALONE = re.compile(
    r"(?:e-?mail|courriel|mail|m[ée]l|adresse\s+(?:e-?mail|[ée]lectronique))\.?\s*:?", _I
)
# A role's word in a grid's label or a line's part: someone else's contact, not the client's.
_ROLE = re.compile(
    r"\b(?:conseill|commercial|technicien|interlocut|agence|gestionnaire|livraison|chantier"
    r"|urgence|astreinte|d[ée]pannage|tut(?:eur|rice)|curat|m[ée]decin|transporteur|vendeur"
    r"|assistance|support|service|[ée]l[èe]ve|patient|r[ée]sident|b[ée]n[ée]ficiaire|gardien"
    r"|direct|standard|secr[ée]tariat|partenaire|secteur|24\s*h)",
    _I,
)

# Why the phone is held when the page labels another as the client's, or the issuer's.
NOT_THE_LABELLED_PHONE = "debtor.phone: not the number the client's details print"
ISSUERS_PHONE_AS_CLIENTS = "debtor.phone: the client's details print a number of the issuer's"

_ACCOUNT_VALUE = re.compile(r"\s*:?\s*[\w/.-]*\d[\w/.-]*")
_CONTACT_WORD = re.compile(r"t[ée]l|port|mobile|gsm|mail|courriel|m[ée]l|contact", _I)
_CLIENT_CELL = re.compile(
    r"(?:client|cliente|propri[ée]taire|titulaire|payeur|abonn[ée]e?)\s*:?", _I
)


def owned_contacts(
    page: Page, block: tuple[Cell, ...], debtor: ParsedDebtor, seller: Seller
) -> ParsedDebtor:
    """The debtor's e-mail and phone, where the record lacks them, from what `page` labels as
    the client's (`block`: the debtor's block's lines when on this page)."""
    region = debtor.country or seller.country
    emails: set[str] = set()
    numbers: list[Number] = []
    for text in _owned_texts(page, block, debtor.name):
        emails |= {found for m in EMAIL.finditer(text) if (found := normalise_email(m[0]))}
        numbers += [n for n in phones_on_line(text, region) if not n.fax]
    emails = {
        email
        for email in emails
        if email not in seller.emails and email.rsplit("@", 1)[1] not in seller.domains
    }
    if any(number.e164 in seller.phones for number in numbers):
        numbers = []  # the issuer's number among the client's: no other taken in its place
    email = debtor.email or (next(iter(emails)) if len(emails) == 1 else None)
    phone = debtor.phone or choose_phone(numbers, own_block=False)
    return replace(debtor, email=email, phone=phone)


def owned_phone_doubt(
    page: Page, block: tuple[Cell, ...], debtor: ParsedDebtor, seller: Seller
) -> str | None:
    """Why the debtor's phone is in doubt when the page labels another as the client's: a number
    read outside its block (a letter's reference line, "Réf. client | Tél.", the sender's) that
    is not the one the client's labelled details give (none when they give two people's), or
    none read where those details print the issuer's."""
    region = debtor.country or seller.country
    numbers = [
        number
        for text in _owned_texts(page, block, debtor.name)
        for number in phones_on_line(text, region)
        if not number.fax
    ]
    if debtor.phone is None and any(number.e164 in seller.phones for number in numbers):
        return ISSUERS_PHONE_AS_CLIENTS
    numbers = [number for number in numbers if number.e164 not in seller.phones]
    if debtor.phone is None or not numbers:
        return None
    if debtor.phone == choose_phone(numbers, own_block=False):
        return None
    own = {number.e164 for cell in block for number in phones_on_line(cell.text, region)}
    if debtor.phone in own:
        return None
    return NOT_THE_LABELLED_PHONE


def _owned_texts(page: Page, block: tuple[Cell, ...], name: str | None) -> Iterator[str]:
    """Each piece of text the page gives as the client's contact: a label's value on its line,
    the rows under a heading or under a copy of the debtor's name apart from its block, a grid's
    value under its label."""
    lines = page.lines
    own = " ".join((name or "").casefold().split()) if len((name or "").split()) > 1 else ""
    for row, line in enumerate(lines):
        for index, cell in enumerate(line.cells):
            text = _LEADER.sub(" ", cell.text).strip()
            text = text[client_part(text) or 0 :]  # "Secrétariat : 05 … | Coordonnées client : …"
            label = CLIENTS_DETAILS.match(text) or SENT_TO_CLIENT.match(text)
            billing = BILLING_CONTACT.match(text)
            if billing and not _near(cell, block):
                continue
            label = label or billing
            if label is None and (account := _account(text)):
                yield _own_part(text[account.end() :], name)
                continue
            if label is None:
                if _contact_label(text) and _clients_column(line.cells, index):
                    yield from _under(lines, row, cell, rows=1)
                elif _own_name_beside(cell, text, own, block):
                    yield from _under(lines, row, cell, rows=3)
                continue
            rest = " · ".join([text[label.end() :], *_following(line.cells, index)])
            if not rest.strip(" ·") and _contact_label(text):
                rest = _value_beside(line.cells, index)
            if not rest.strip(" ·"):
                rest = _contacts_apart(line.cells, index)
            if rest.strip(" ·"):
                if label.re is SENT_TO_CLIENT and not re.match(r"[+(\d]|\S+@", rest):
                    continue
                yield _own_part(rest, name)
            elif not SELLER_MARKERS.search(text):
                yield from _under(lines, row, cell, rows=1 if _contact_label(text) else 6)
    yield from _dotted_under(lines, block)


def _account(text: str) -> re.Match[str] | None:
    """A line opening with the client's number or account and its value ("Client n° 1885 -
    …", "Compte famille 123 - …"): what it prints after is the client's."""
    label = L.label_at(text, L.CUSTOMER_REF) or CLIENTS_ACCOUNT.match(text)
    if label is None or _ROLE.search(
        text[: label.end()]
    ):  # a patient's number: maybe not the payer
        return None
    return _ACCOUNT_VALUE.match(text, label.end())


def _value_beside(cells: tuple[Cell, ...], index: int) -> str:
    """The value printed right of a label alone in its cell, in a column of `Label : value`
    rows ("GSM client" | ": 0470 …")."""
    if index + 1 < len(cells) and cells[index + 1].text.lstrip().startswith(":"):
        return cells[index + 1].text.lstrip(" :")
    return ""


def _contacts_apart(cells: tuple[Cell, ...], index: int) -> str:
    """The next cell on a label's line when it holds contacts, however far (a footer of columns:
    "Coordonnées client enregistrées" … "Tél. 06 … – courriel …"): the label's value, rather
    than the rows under it, which are the issuer's lines."""
    if index + 1 < len(cells):
        text = cells[index + 1].text
        if find_email(text) or phones_on_line(text, None):
            return text
    return ""


def _following(cells: tuple[Cell, ...], index: int) -> list[str]:
    """The texts of the cells after a label's on its line, as far as they follow closely (not
    another column's: an address beside a heading)."""
    found = []
    for before, cell in zip(cells[index:], cells[index + 1 :], strict=False):
        if cell.x0 - before.x1 > 2 * cell.size:
            break
        found.append(cell.text)
    return found


def _own_part(text: str, name: str | None) -> str:
    """The parts of a line after a client's label, up to another person's title or a role
    ("Client details: Oliver Hughes · Mobile 07… · e-mail …", not "… · Technicien M. Roux 06
    …"); the debtor's own name passed over."""
    own = " ".join((name or "").casefold().split())
    kept = []
    for part in _PARTS.split(text):
        part = _LEADER.sub(" ", part).strip(" :·")
        folded = " ".join(part.casefold().split())
        if not part or (own and folded and (folded in own or own in folded)):
            continue
        if _TITLED.match(part) or _ROLE.search(part) or someone_elses(part):
            break
        kept.append(part)
    return " · ".join(kept)


def _under(lines: tuple[Line, ...], row: int, head: Cell, rows: int) -> Iterator[str]:
    """The rows under a heading in its column, one after another (a person's name first under a
    billing contact's heading), up to someone else's line or a line that is no contact."""
    last = head
    for line in lines[row + 1 :]:
        if line.y - last.y > 2.2 * head.size or rows == 0:
            return
        cell = next(
            (c for c in line.cells if c.x0 <= head.x1 and head.x0 - head.size <= c.x0), None
        )
        if cell is None or abs(cell.x0 - head.x0) > 2 * head.size:
            continue
        text = _LEADER.sub(" ", cell.text).strip()
        if someone_elses(text) or _ROLE.search(text) or SELLER_MARKERS.search(text):
            return
        if not (find_email(text) or phones_on_line(text, None) or _any_phone(text)):
            if last is not head or not _TITLED.match(text):
                return
        else:
            yield text
        last, rows = cell, rows - 1


def _any_phone(text: str) -> bool:
    return bool(re.fullmatch(r"[+(0][\d .()/-]{7,24}", text.strip()))


def _dotted_under(lines: tuple[Line, ...], block: tuple[Cell, ...]) -> Iterator[str]:
    """The rows of the debtor's block, and right under it in its column, that a form's dotted
    leader parts from their label ("Tél. : ........ 06 …", "E-mail : ...... mail")."""
    if not block:
        return
    yield from (_LEADER.sub(" ", cell.text) for cell in block if _LEADER.search(cell.text))
    last = block[-1]
    for line in lines:
        if line.y <= last.y:
            continue
        if line.y - last.y > 2 * last.size:
            return
        cell = next((c for c in line.cells if abs(c.x0 - block[0].x0) < 2 * last.size), None)
        if cell is None or not _LEADER.search(cell.text):
            return
        yield _LEADER.sub(" ", cell.text)
        last = cell


def _near(cell: Cell, block: tuple[Cell, ...]) -> bool:
    """Whether a heading stands beside the debtor's block or right under it."""
    if not block:
        return False
    size = max(c.size for c in block)
    bottom = block[-1].y
    below = bottom < cell.y <= bottom + 4 * size and abs(cell.x0 - block[0].x0) < 4 * size
    return _beside(cell, block) or below


def _beside(cell: Cell, block: tuple[Cell, ...]) -> bool:
    size = max(c.size for c in block)
    return cell not in block and block[0].y - size <= cell.y <= block[-1].y + size


def _own_name_beside(cell: Cell, text: str, own: str, block: tuple[Cell, ...]) -> bool:
    """Whether a cell is a copy of the debtor's name beside its block (a "Responsable légal"
    box): what is printed under it is the debtor's. A copy elsewhere with no address (a slip's
    "Payable par" and a name) says too little: its number is left to the unread check."""
    return bool(own and block) and _beside(cell, block) and " ".join(text.casefold().split()) == own


def _clients_column(cells: tuple[Cell, ...], index: int) -> bool:
    """Whether a plain contact label in a grid's label row follows the client's own label with
    only contact labels between ("N° client | Portable | E-mail"), not someone else's
    ("N° client | Votre conseiller | Tél."), nor on a letter's reference line ("N/Réf. dossier |
    Réf. client | Tél.": the sender's)."""
    if _ROLE.search(cells[index].text) or any(SENDERS_REFERENCE.match(c.text) for c in cells):
        return False
    for cell in reversed(cells[:index]):
        if _names_client(cell.text):
            return True
        if not _contact_label(cell.text) or _ROLE.search(cell.text):
            return False
    return False


def _names_client(text: str) -> bool:
    """A grid's label naming the client: its number, its name's label ("Client",
    "Propriétaire", "Titulaire")."""
    return bool(L.label_at(text, L.CUSTOMER_REF) or _CLIENT_CELL.fullmatch(text.strip()))


def _contact_label(text: str) -> bool:
    """A contact's label alone ("Portable", "E-mail", "Tél. propriétaire")."""
    bare = text.strip(" :")
    found = PHONE_LABEL.match(bare) or FAX_LABEL.match(bare)
    own = CLIENTS_DETAILS.match(bare)
    return bool(
        _EMAIL_ALONE.fullmatch(bare)
        or (found and found.end() == len(bare) and not FAX_LABEL.match(bare))
        or (own and own.end() == len(bare) and _CONTACT_WORD.search(bare))
    )
