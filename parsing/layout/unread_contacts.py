"""A check: a phone number or an e-mail address printed on the first page that the record does
not hold and that no one claims -- not the debtor's record, not the issuer's (its letterhead,
footer, numbers, addresses and domains), not another party's address block (the issuer's beside
the debtor's, a delivery address), not under someone else's heading or label (a clerk, a desk, a
third party, a pupil or a resident), not in the issuer's own sentences ("contactez-nous au …").
Such a contact is most likely the debtor's, read by no one: a record without it looks complete
and is not, so the check names it and a person fills it in (issue 12).

Only a field the record lacks is checked (a second number beside the one read is the debtor's
too), a fax is never a phone, and the letterhead above the debtor's block is the issuer's."""

from __future__ import annotations

import re
from collections.abc import Sequence

import phonenumbers

from parsing.contact import EMAIL, normalise_email, phone_matches
from parsing.layout import labels as L
from parsing.layout.address import block_holds_locality, holds_locality
from parsing.layout.client_headings import CLIENT_HEADING, without_client_heading
from parsing.layout.contact_cells import mend
from parsing.layout.debtor_contacts import (
    CLIENT_CONTACT,
    near_block,
    phones_on_line,
    someone_elses,
    written_as_phone,
)
from parsing.layout.parties import names_domain, public_mailbox
from parsing.layout.seller import SELLER_MARKERS, Seller
from parsing.pdf import Cell, Page
from parsing.record import ParsedDebtor

UNREAD_PHONE = "debtor.phone: a phone number printed on the page is no one's, left unread"
UNREAD_EMAIL = "debtor.email: an e-mail address printed on the page is no one's, left unread"
# Words saying a number is a phone ("Tél. privé", "GSM/Tél.", "joignable au").
_PHONE_WORD = re.compile(
    r"\b(?:t[ée]l|phone|portable|mobil|mob\b|gsm|natel|handy|cell|joignable|appel|call|reach"
    r"|m[óo]vil|mobiel|sms"
    r"|ligne|line)|[\u260e\u2706]",
    re.I,
)
# A phone operator's subscribed line: the service billed, not a contact (contact_fields.py).
_SUBSCRIBED_LINE = re.compile(
    r"\b(?:(?:votre\s+)?ligne(?!\s+directe)(?:\s+(?:principale|mobile|fixe|internet|tv))?"
    r"|num[ée]ro\s+de\s+ligne|(?:n[°o]|num[ée]ro)\s+d['’]\s*appel|(?:your\s+)?(?:phone\s+)?line"
    r"(?:\s+number)?)\s*:?\s*$",
    re.I,
)
# A heading that says no one's contacts follow ("Contact", "Contact details"): not the
# issuer's, whose own numbers and addresses are known apart.
NEUTRAL_HEADING = re.compile(r"\s*(?:contacts?|contact\s+details|kontakt)\s*:?\s*", re.I)
# Someone's role and name before their contact ("Gardien : M. Roux", "Chargé de clientèle :
# Mme Colin"); the client's own labels ("Client :", "Titulaire :") excepted.
_NAMED_ROLE = re.compile(
    r"(?<![\w.])(?!(?i:client|cliente|customer|titulaire|abonn|nom|name|contact|destinataire"
    r"|factur|bill|payeur|payer)\b)[A-ZÀ-Ý][\w'’ -]{2,40}?\s*:\s*"
    r"(?P<who>(?:(?i:mme|mlle|mr|mrs|ms|madame|monsieur|dr|m)\.?\s+)?"
    r"[A-ZÀ-Ý][a-zà-ÿ-]+(?:\s+[A-ZÀ-Ý][\w-]+)?)"
)
_TITLE_WORDS = frozenset({"m", "mme", "mlle", "mr", "mrs", "ms", "dr", "madame", "monsieur"})
_CLIENT_WORDS = frozenset(
    {"client", "cliente", "customer", "vos", "coordonnées", "coordonnees", "du", "your", "details"}
)
# A company and a titled person ("Syndic Foncia - Mme Colin"), as a line of its own.
_NAMED_ORG = re.compile(
    r"^\s*(?P<org>[A-ZÀ-Ý][\w'’ &.]{2,40}?)\s+[-–—]\s+(?P<who>(?i:mme|mlle|mr|mrs|ms|madame"
    r"|monsieur|dr|m)\.?\s+[A-ZÀ-Ý][a-zà-ÿ-]+(?:\s+[A-ZÀ-Ý][\w-]+)?)\s*$"
)
# A footer line about the client, not the issuer's ("Client joignable au …").
_ABOUT_CLIENT = re.compile(
    r"^\s*(?:(?:le\s+|the\s+)?(?:client(?:e)?|customer)\b(?!\s*service)"
    r"|vos\s+coordonn[ée]es|coordonn[ée]es\s+(?:du\s+)?client|informations?\s+client"
    r"|your\s+details)",
    re.IGNORECASE,
)
_DIGIT_RUN = re.compile(r"[\d .()/+-]{6,}")
_DATE = re.compile(r"\b(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)\d\d\b")
# Words of the issuer's own lines and headings (its desks, its branches, its staff).
# Also the bodies its legal mentions and terms name with their contacts: the consumer mediator,
# its insurer, the data protection officer ("En cas de litige, … le médiateur : CM2C - …").
ISSUERS_WORDS = re.compile(
    r"\b(?:nous|notre|nos|we|our|us|service|standard|accueil|secr[ée]tariat|agence|[ée]quipe"
    r"|hotline|support|helpdesk|magasin|cabinet|contact|responsable|technicien|site|chantier"
    r"|[ée]tablissement|succursale|branch|d[ée]p[ôo]t|si[èe]ge|showroom"
    r"|m[ée]diat(?:eur|rice|ion)|mediator|mediation|ombudsman|schlichtungsstelle|litiges?"
    r"|assurance|assureur|insurance|insurer|d[ée]cennale|dpo|cnil|rgpd|gdpr"
    r"|donn[ée]es\s+personnelles|protection\s+des\s+donn[ée]es|data\s+protection)\b",
    re.I,
)


def unread_contacts(
    page: Page,
    block: tuple[Cell, ...],
    debtor: ParsedDebtor,
    seller: Seller,
    later: Sequence[Page] = (),
) -> list[str]:
    """The problems for the debtor's phone and e-mail left empty while one is printed on the
    first `page` or on the `later` pages of the invoice (its terms, a "Vos coordonnées"
    paragraph on page 2: read as the first page's lines away from the block)."""
    if not block or (debtor.phone and debtor.email):
        return []
    page = mend(page)
    phones: set[str] = set()
    emails: set[str] = set()
    region = debtor.country or seller.country
    near = [cell for cell, _ in near_block(page, list(block), strangers_claim=False)]
    lines = [(cell, cell.text, "block") for cell in _own_lines(block)]
    places = places_of(page)
    near = [cell for cell in near if cell in places and _may_hold_contact(cell.text)]
    near = not_other_parties(page, block, near, debtor)
    named = named_cells(page, debtor)
    near = [cell for cell in near if not under_guard(cell, named)]
    lines += [(cell, context_of(page, cell, places), "near") for cell in near]
    for one, top in [(page, block), *((mend(other), ()) for other in later)]:
        places, named = places_of(one), named_cells(one, debtor)
        lines += [
            (cell, context_of(one, cell, places), "page")
            for cell in _elsewhere(one, top, seller, debtor)
            if cell in places and not under_guard(cell, named)
        ]
    seen: set[Cell] = set()
    for cell, text, where in lines:
        if cell in seen:
            continue
        seen.add(cell)
        lead = len(text) - len(cell.text)
        printed = {
            found
            for m in EMAIL.finditer(cell.text)
            if (found := normalise_email(m[0]))
            and (where == "block" or not named_other(text[: lead + m.start()], debtor.name))
        }
        if any(_the_issuers(email, seller) for email in printed):
            continue  # a line with the issuer's address is the issuer's line
        emails |= printed
        # The cell alone too: a label's digits before it may run into its number ("Dépannage
        # 24 h/24" over "06 12 34 56 78").
        found = phones_in_text(text, region, where, cell.text, debtor.name) | phones_in_text(
            cell.text, region, where, cell.text, debtor.name
        )
        phones |= {number for number in found if not _issuers(number, seller)}
    problems = []
    if debtor.phone is None and phones:
        problems.append(UNREAD_PHONE)
    if debtor.email is None and emails:
        problems.append(UNREAD_EMAIL)
    return problems


def places_of(page: Page) -> dict[Cell, tuple[int, int]]:
    return {
        cell: (row, index)
        for row, line in enumerate(page.lines)
        for index, cell in enumerate(line.cells)
    }


def named_cells(page: Page, debtor: ParsedDebtor) -> list[Cell]:
    """The cells naming someone else by a role and a name: what is under them is theirs."""
    return [
        cell
        for line in page.lines
        for cell in line.cells
        if not re.search(r"[\d@]", cell.text) and named_other(cell.text, debtor.name)
    ]


def _own_lines(block: tuple[Cell, ...]) -> list[Cell]:
    """The block's lines up to a heading of someone else's it took in ("Votre conseiller"), not
    those carrying the issuer's legal mentions."""
    lines = []
    for cell in block:
        if someone_elses(cell.text):
            break
        if not SELLER_MARKERS.search(cell.text):
            lines.append(cell)
    return lines


def context_of(page: Page, cell: Cell, places: dict[Cell, tuple[int, int]]) -> str:
    """A cell's text after what labels it: the cell before it on its line, the cell over it on
    the line above (a grid's label over its value)."""
    row, index = places[cell]
    line = page.lines[row]
    before = [line.cells[index - 1].text] if index else []
    if row and line.y - page.lines[row - 1].y < 3 * cell.size:
        above = page.lines[row - 1].cells
        before += [other.text for other in above if other.x0 < cell.x1 and cell.x0 < other.x1]
    return "  ".join([*before, cell.text])


def phones_in_text(
    text: str, region: str | None, where: str, own: str, name: str | None
) -> set[str]:
    """The valid phone numbers a text prints as phones are written: in the debtor's block any
    (as its reader takes them); beside it one after a word of telephones or printed in a phone's
    own grouping (``06 12 34 56 78``, not ``2026.04.965``); elsewhere only after a word of
    telephones, whatever the label (one the reader does not know is no reason to overlook a
    number). Not a fax's, not a date, nor one after an invoice's label or on a line of legal
    numbers (`own`, the cell's text, naming a phone itself outranks a label before it:
    "Facture 26-0868   Votre natel : 079 563 44 62"; so does the customer's number before a
    phone printed after it: "N° client : C12345 - 06 12 34 56 78"). Apart from the block, not
    one after someone's role and name (`named_other`)."""
    labelled = (
        L.is_label(text) and not _PHONE_WORD.search(own) and not L.label_at(own, L.CUSTOMER_REF)
    )
    if not _may_hold_contact(text) or labelled or SELLER_MARKERS.search(text):
        return set()
    faxes = {number.e164 for number in phones_on_line(text, region) if number.fax}
    found = set()
    for match in phone_matches(text, region):
        written = text[match.start : match.end]
        if match.e164 in faxes or not written_as_phone(written) or _DATE.search(written):
            continue
        if _SUBSCRIBED_LINE.search(text[: match.start]):
            continue
        if where != "block" and named_other(text[: match.start], name):
            continue
        worded = bool(_PHONE_WORD.search(text[: match.start]))
        grouped = where != "block" and _grouped(written, match.e164)
        if where == "page" and grouped and not worded:
            # Away from the block a number with no phone word counts alone in its cell or after
            # the customer number, not after another line's words ("Dépannage 24 h/24 : …").
            before = own.partition(written)[0] if written in own else own
            grouped = (
                not re.search(r"[^\W\d_]", before)
                or bool(L.label_at(own, L.CUSTOMER_REF))
                or _only_the_debtor(before, name)
            )
        if not (where == "block" or worded or grouped):
            continue
        if phonenumbers.is_valid_number(phonenumbers.parse(match.e164)):
            found.add(match.e164)
    return found


def named_other(before: str, name: str | None) -> bool:
    """Whether the text before a contact names someone by a role and a name ("Gardien : M.
    Roux", "Technicien : Karim Belkacem") or is a company's line with a titled person
    ("Syndic Foncia - Mme Colin"), neither the client's label nor the debtor's name: a named
    third party's contact, not the debtor's left unread."""
    own = set(re.findall(r"\w+", (name or "").casefold())) | _TITLE_WORDS
    for match in _NAMED_ROLE.finditer(before):
        if not set(re.findall(r"\w+", match["who"].casefold())) <= own:
            return True
    org = _NAMED_ORG.match(before)
    return bool(org and not set(re.findall(r"\w+", org[0].casefold())) <= own)


def _only_the_debtor(before: str, name: str | None) -> bool:
    """Whether the words before a number are only the debtor's name, its title and a client
    label ("Vos coordonnées : Mme Jeanne Martin – 06 …"): the number is the debtor's."""
    words = set(re.findall(r"[^\W\d_]+", before.casefold()))
    own = set(re.findall(r"[^\W\d_]+", (name or "").casefold()))
    return bool(words & own) and not words - own - _TITLE_WORDS - _CLIENT_WORDS


def _grouped(written: str, e164: str) -> bool:
    """Whether a number is printed in groups as its country prints phones (libphonenumber's
    national or international format, whatever the separators and the prefix), or in E.164
    itself (``+33612345678``: a `+` and the country code say phone)."""
    if re.sub(r"\s", "", written) == e164:
        return True
    number = phonenumbers.parse(e164)
    groups = [len(group) for group in re.findall(r"\d+", written)]
    for style in (
        phonenumbers.PhoneNumberFormat.NATIONAL,
        phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    ):
        shape = [
            len(group) for group in re.findall(r"\d+", phonenumbers.format_number(number, style))
        ]
        if groups == shape or (
            len(groups) > 2 and len(shape) > 2 and groups[1 - len(shape) :] == shape[1:]
        ):
            return True
    return False


def _issuers(number: str, seller: Seller) -> bool:
    """The issuer's number, also when the issuer's reading took it in another country's plan
    (a Belgian letterhead's number read as French: the same last digits)."""
    return any(number[-8:] == own[-8:] for own in seller.phones)


def _the_issuers(email: str, seller: Seller) -> bool:
    """The issuer's own address, or one at a domain naming it ("facturation@riviere-plomberie
    .com" for "Plomberie Rivière SARL")."""
    domain = email.rpartition("@")[2]
    if email in seller.emails or domain in seller.domains:
        return True
    return not public_mailbox(domain) and any(names_domain(name, email) for name in seller.names)


def _elsewhere(
    page: Page, block: tuple[Cell, ...], seller: Seller, debtor: ParsedDebtor
) -> list[Cell]:
    """The page's other lines that may print the debtor's contacts: under the block's top (the
    whole page when `block` is empty: a later page) and above the footer (a footer line about
    the client or naming the debtor counts: "Client joignable à …", "Vos coordonnées : Mme
    Martin – …"), not in another party's address block (the issuer's beside the debtor's, a
    delivery address), not under someone else's heading, not in the issuer's sentences."""
    own = {(c.x0, c.y) for c in block}
    top = block[0].y - 3 * max(c.size for c in block) if block else 0.0
    name = " ".join((debtor.name or "").casefold().split())
    mine = set(seller.text.split("\n"))
    guards: list[Cell] = []
    found = []
    for line in page.lines:
        if line.y < top:
            continue
        for index, cell in enumerate(line.cells):
            if (cell.x0, cell.y) in own:
                continue
            if line.y > 0.88 * page.height and not about_debtor(cell.text, name):
                continue
            if CLIENT_HEADING.search(cell.text):  # the client's heading ends a label's reach
                guards = [guard for guard in guards if not under_guard(cell, [guard])]
            if someone_elses(cell.text) or (
                not re.search(r"[\d@]", cell.text)
                and ISSUERS_WORDS.search(cell.text)
                and not CLIENT_CONTACT.search(cell.text)
                and not NEUTRAL_HEADING.fullmatch(cell.text)
                and not CLIENT_HEADING.search(cell.text)
            ):
                guards.append(cell)  # a heading or a label: what is under it is theirs
                continue
            if " ".join(cell.text.casefold().split()) in mine or under_guard(cell, guards):
                continue
            if not _may_hold_contact(cell.text):
                continue
            lead = re.split(r"[\w.+-]+@|[+(\d]", cell.text, maxsplit=1)[0]
            if ISSUERS_WORDS.search(without_client_heading(lead)):
                continue
            before = joined_before(line.cells[index - 1], cell) if index else ""
            if ISSUERS_WORDS.search(without_client_heading(before)):
                continue  # "Assurance décennale : AXA, … 92727 Nanterre" | "Tél. 09 …"
            found.append(cell)
    return not_other_parties(page, block, found, debtor)


def joined_before(before: Cell, cell: Cell) -> str:
    """The text of the cell right before `cell` on its line when the two touch (an address line
    and the contact split from its end), else nothing."""
    return before.text if cell.x0 - before.x1 < 2 * cell.size else ""


def about_debtor(text: str, name: str) -> bool:
    """A footer line whose subject is the client, or naming the debtor (`name`, casefolded):
    the issuer's footer does not print its client's name."""
    return bool(_ABOUT_CLIENT.search(text)) or (
        len(name.split()) > 1 and name in " ".join(text.casefold().split())
    )


def not_other_parties(
    page: Page, block: tuple[Cell, ...], found: list[Cell], debtor: ParsedDebtor
) -> list[Cell]:
    """The cells of `found` outside another party's address block."""
    if not found:
        return found
    own = {(c.x0, c.y) for c in block}
    parties = _other_parties(page, own, {(c.x0, c.y) for c in found}, debtor.name)
    return [cell for cell in found if (cell.x0, cell.y) not in parties]


def _may_hold_contact(text: str) -> bool:
    """An e-mail, or a run of six digits or more (not an amount: "1 728,00")."""
    return "@" in text or any(
        sum(ch.isdigit() for ch in run) >= 6 for run in _DIGIT_RUN.findall(text)
    )


def _same_name(text: str, name: str) -> bool:
    return " ".join(text.casefold().split()) == " ".join(name.casefold().split())


def under_guard(cell: Cell, guards: list[Cell]) -> bool:
    return any(
        abs(g.x0 - cell.x0) < 2 * cell.size and 0 <= cell.y - g.y < 6 * cell.size for g in guards
    )


def _other_parties(
    page: Page,
    own: set[tuple[float, float]],
    wanted: set[tuple[float, float]],
    name: str | None,
) -> set[tuple[float, float]]:
    """The cells of the page's address blocks other than the debtor's (lines aligned on one left
    edge, one under the other, holding a locality), and of lines holding one alone ("3 rue Haute
    · 67000 Strasbourg · 03 88 …"): someone's address with their contacts. A block printing the
    debtor's `name` on a line of its own is the debtor's address again (a QR-bill's "Payable
    par" part), its contacts the debtor's."""
    blocks: list[list[Cell]] = []
    for line in page.lines:
        for cell in line.cells:
            home = next(
                (
                    b
                    for b in blocks
                    if abs(cell.x0 - b[-1].x0) < 1.2 * cell.size
                    and 0 < cell.y - b[-1].y < 2.2 * cell.size
                ),
                None,
            )
            if home is None:
                blocks.append([cell])
            else:
                home.append(cell)
    found = set()
    for cells in blocks:
        keys = {(c.x0, c.y) for c in cells}
        if keys & own or not keys & wanted:
            continue
        texts = [c.text for c in cells]
        if name and any(_same_name(text, name) for text in texts):
            continue
        if block_holds_locality(texts) or any(holds_locality(t) for t in texts):
            found |= keys
    return found
