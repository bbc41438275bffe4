"""Contacts of the debtor printed apart from its address block: under a client label ("Tél.
client : …"), beside the block or just under it. Only a contact that can be tied to the debtor
is kept; the issuer's own and a third party's are never taken."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace

from parsing.contact import EMAIL, find_email, phone_matches
from parsing.layout.parties import THIRD_PARTY, names_domain
from parsing.layout.seller import SELLER_LABEL, SELLER_MARKERS, Seller
from parsing.pdf import Cell, Line, Page
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
    r"|shipping\s+address|remit(?:\s+payment)?\s+to|remittance\s+address|mail\s+payments?\s+to)"
    r"\s*:?(?=\W|$)",
    _I,
)
# The issuer's desks printing their own number near the debtor's ("Service recouvrement",
# "Une question sur votre facture ?", "Credit control").
ISSUER_DESK = re.compile(
    r"^\s*(?:service\s+(?:recouvrement|contentieux|facturation|abonn\w*|relations?\s+clients?"
    r"|apr[èe]s[\s-]vente)|une\s+question|des\s+questions|pour\s+toute\s+question|credit\s+control"
    r"|accounts\s+receivable|customer\s+(?:service|care)|billing\s+(?:enquiries|queries)"
    r"|questions\s+about)\b",
    _I,
)
# The person an invoice is about who is not the one paying it ("Résident : …", "Élève : …",
# "Patient : …"): what is printed under them (a room's phone, a school's office) is not the
# payer's.
BENEFICIARY = re.compile(
    r"^\s*(?:r[ée]sidente?|[ée]l[èe]ve|enfant|patiente?|b[ée]n[ée]ficiaire|pupil|student"
    r"|resident|patient)\b[^:@\d]{0,30}:",
    _I,
)
# Someone else's role, as a label over or before their contacts: a guardian, the person to call
# in an emergency, next of kin, a technician, a prescribing doctor, a carrier, a delivery or site
# contact, an account manager ("Tuteur : UDAF …", "Personne à prévenir en cas d'urgence",
# "Next of kin: Mary Byrne 087 …"). A bare "Dr Jean Roux" is a name (it may be the debtor's).
OTHER_PERSON = re.compile(
    r"^\s*(?:(?:tut(?:eur|rice)|curat(?:eur|rice)|subrog[ée]\s+tuteur|technicien(?:ne)?"
    r"|intervenant(?:e)?|prescripteur|m[ée]decin(?:\s+traitant)?|transporteur|carrier|livreur"
    r"|contact\s+(?:livraison|sur\s+(?:site|place)|chantier|technique|d['’]\s*urgence)"
    r"|conseill(?:er|[èe]re)|interlocut(?:eur|rice)|commercial(?:e)?|(?:your\s+)?account\s+manager"
    r"|emergency\s+contact|next\s+of\s+kin|occupant(?:e)?|conjoint(?:e)?|parrain|marraine"
    r"|service\s+user)\b[^:@\d]{0,40}:"
    r"|personne\s+[àa]\s+(?:pr[ée]venir|contacter)|(?:en\s+)?cas\s+d['’]\s*urgence"
    r"|in\s+(?:case\s+of\s+)?(?:an\s+)?emergency|next\s+of\s+kin)",
    _I,
)
# What a phone's label may say of its kind: a mobile ("Portable", "GSM", "Natel", "Mob"), a
# fixed line ("Fixe", "Domicile", "Tél. bureau").
_MOBILE = (
    r"portable|port|mobile|mobil|mob|gsm|natel|handy|cell(?:ulaire|ulare|ular|phone)?|m[óo]vil"
    r"|mobiel|telem[óo]vel"
)
_FIXED = r"fixe|domicile|dom|bureau|festnetz|priv[ée]e?|prof(?:essionnel)?|pro|home|work|landline"
_PHONE = r"t[ée]l[ée]?(?:phone)?|tel|phone|ph|fon|telefon|telefone|tel[ée]fono|telefoon"
_KIND = rf"{_MOBILE}|{_FIXED}|office|perso|direct"
# A phone's label spelled out ("Tél. portable", "Phone no.", "GSM"), as a grid prints it.
PHONE_WORDS = (
    rf"(?:{_PHONE})\.?(?:\s*\(?(?:{_KIND})\b\)?)?(?:\s*(?:n[°o]|no|number|nr)\b)?"
    rf"|(?:{_MOBILE}|{_FIXED})(?:\s*(?:{_PHONE}))?|ligne\s+directe|direct\s+line|durchwahl"
    rf"|(?:n[°o]|num[ée]ro)\s*(?:de\s+)?(?:{_PHONE}|{_MOBILE}|{_FIXED})"
)
# Two of them for one number: "GSM/Tél.", "Tél./Fax".
PHONE_LABEL = re.compile(
    rf"^(?:(?:{PHONE_WORDS})(?:\.?\s*/\s*(?:{PHONE_WORDS}|fax))?|t|p|m)(?:\b|(?<=\)))\.?\s*:?\s*",
    _I,
)
FAX_LABEL = re.compile(r"^(?:fax|t[ée]l[ée]copie|t[ée]l[ée]fax|f)\b\.?\s*:?\s*", _I)
_MOBILE_LABEL = re.compile(rf"\b(?:{_MOBILE}|m)\b", _I)
_FIXED_LABEL = re.compile(rf"\b(?:{_FIXED})\b", _I)
# Pictograms before a number or an address (☎, ✉, an icon font's private-use character).
_ICONS = re.compile(r"^[^\w+(]+")
_PHONE_SHAPE = re.compile(r"[+(\d][\d .()/+-]{7,}")
_EMAIL_WORD = re.compile(r"\b(?:e-?mail|courriel|mail|m[ée]l|e)\b\s*:?", _I)
# A number printed alone counts when written as a phone is (a trunk 0, a "+", a bracketed area
# code, groups): a bare run of digits is more often a customer or an account number.
_WRITTEN_AS_PHONE = re.compile(r"^(?:[+(0]|\d{1,4}[ .-]\d)")
CLIENT_CONTACT = re.compile(
    r"(?:contact|coordonn[ée]es|t[ée]l(?:[ée]phone)?\.?|e-?mail|courriel|mail|phone|mobile|portable)\s*"
    r"(?:du\s+|of\s+)?(?:client|customer|acheteur|buyer)|(?:client|customer)\s+(?:contact|e-?mail"
    r"|phone|t[ée]l)",
    _I,
)


# Words of a name that are no one's own.
_TITLES = frozenset(
    {"monsieur", "madame", "mademoiselle", "mme", "mlle", "les", "des", "sarl", "sas"}
)


# Headings that make what is under them the client's ("Vos coordonnées", "Client").
_CLIENT_WORDS = re.compile(
    r"^\s*(?:(?:vos|mes)\s+coordonn|coordonn[ée]es|client|customer|your\s+details|contact\s+client"
    r"|informations?\s+client|bill(?:ed)?\s+to|invoice\s+to|factur|destinataire|titulaire|abonn"
    r"|responsable\s+l[ée]gal|repr[ée]sentant\s+l[ée]gal|famille|kunde|ihre\s+daten)",
    _I,
)
_LABEL_ALONE = re.compile(
    r"(?:e-?mail|courriel|mail|m[ée]l|adresse\s+(?:e-?mail|[ée]lectronique|mail))\.?", _I
)


@dataclass(frozen=True)
class Number:
    """A phone number read on a line, with what its label says of it."""

    e164: str
    mobile: bool | None
    fax: bool = False
    named: bool = False  # its label names its kind ("Portable", "Fixe"), not just "Tél."


def is_phone_line(text: str) -> bool:
    """Whether a line holds phone or fax numbers ("Tél : …", "☎ 06 …", "Fax : …", "+44 20 …"),
    whatever country they are of (read before the address says it)."""
    bare = _ICONS.sub("", text)
    label = PHONE_LABEL.match(bare) or FAX_LABEL.match(bare)
    rest = bare[label.end() :] if label else bare
    if label and label.end():
        return bool(_PHONE_SHAPE.match(rest))
    return bool(_PHONE_SHAPE.fullmatch(rest.strip()))


def phones_on_line(text: str, region: str | None) -> list[Number]:
    """The numbers of a line, each after a phone label, a fax label or none ("Tél. : 01 23 45
    67 89 / 06 12 34 56 78 - Fax : 01 98 76 54 32"); a number after any other words
    ("Contact chantier : M. Roux 06 …", "SIRET") is not taken."""
    found: list[Number] = []
    if sum(ch.isdigit() for ch in text) < 6:
        return found
    last = 0
    for match in phone_matches(text, region):
        before, last = text[last : match.start], match.end
        label = _EMAIL_WORD.sub(" ", EMAIL.sub(" ", before))
        label = _ICONS.sub("", label).strip(" -–—/|,;:·•()[]")
        mobile = match.mobile
        if not label:
            if not written_as_phone(text[match.start : match.end]):
                continue
        elif (fax := FAX_LABEL.match(label)) and fax.end() == len(label):
            found.append(Number(match.e164, False, fax=True))
            continue
        elif (phone := PHONE_LABEL.match(label)) and phone.end() == len(label):
            says_mobile, says_fixed = _MOBILE_LABEL.search(label), _FIXED_LABEL.search(label)
            if mobile is None and (says_mobile or says_fixed):
                mobile = bool(says_mobile)
            found.append(Number(match.e164, mobile, named=bool(says_mobile or says_fixed)))
            continue
        else:
            continue
        found.append(Number(match.e164, mobile))
    return found


def written_as_phone(text: str) -> bool:
    """Whether a number printed with no label is written as a phone is, not as a bare run of
    digits (a customer or an account number)."""
    return bool(_WRITTEN_AS_PHONE.match(text))


def choose_phone(numbers: list[Number], own_block: bool) -> str | None:
    """The debtor's phone among the numbers printed for it: the only one, else the mobile
    (the one an SMS reaches) beside a fixed line. In the debtor's own block two numbers are both
    its own, so the first is kept when neither is a mobile; printed apart from it, two numbers
    may be two people's and are left for staff to complete, unless labelled as one person's
    mobile and fixed line ("Portable :" and "Fixe :", not "Tél. :" and "Portable :")."""
    distinct: dict[str, Number] = {}
    for number in numbers:
        if not number.fax:
            distinct.setdefault(number.e164, number)
    if len(distinct) <= 1:
        return next(iter(distinct), None)
    mobiles = [number for number in distinct.values() if number.mobile]
    if own_block:
        return mobiles[0].e164 if len(mobiles) == 1 else next(iter(distinct))
    paired = len(distinct) == 2 and all(number.named for number in distinct.values())
    return mobiles[0].e164 if paired and len(mobiles) == 1 else None


def contact_lines(page: Page, debtor: ParsedDebtor) -> ParsedDebtor:
    """Contacts printed apart from the block under a client label ("Tél. client : …")."""
    email, phone = debtor.email, debtor.phone
    for line in page.lines:
        for cell in line.cells:
            match = CLIENT_CONTACT.search(cell.text)
            if not match:
                continue
            rest = cell.text[match.end() :].strip(" :")
            email = email or find_email(rest)
            if phone is None and not find_email(rest):
                phone = phone_in(rest, debtor.country)  # not after a role: "… : Technicien 06 …"
    return replace(debtor, email=email, phone=phone)


def contacts_beside(
    page: Page, cells: list[Cell], debtor: ParsedDebtor, seller: Seller
) -> ParsedDebtor:
    """Contacts printed beside the address block or just under it ("Tél : …", "E-mail : …"),
    not the issuer's (its contact person's block, its own numbers and e-mail domain) nor
    another block's (a heading over the block's top line: "Ship To", "Votre contact")."""
    emails: set[str] = set()
    phones: list[Number] = []
    for cell, text in near_block(page, cells):
        found = find_email(cell.text)
        if found:
            domain = found.rsplit("@", 1)[1].lower()
            if found not in seller.emails and domain not in seller.domains:
                emails.add(found)
        if found or is_phone_line(text):
            numbers = phones_on_line(text, debtor.country)
            phones += [number for number in numbers if number.e164 not in seller.phones]
    # Printed apart from the block, a contact is the debtor's only when it is the one there,
    # and an e-mail only when its domain names the debtor: else it is left for staff to fill.
    email = debtor.email or _single({e for e in emails if names_debtor(debtor.name, e)}, emails)
    phone = debtor.phone or choose_phone(phones, own_block=False)
    return replace(debtor, email=email, phone=phone)


def near_block(
    page: Page, cells: list[Cell], *, strangers_claim: bool = True
) -> Iterator[tuple[Cell, str]]:
    """The cells beside the address block or just under it that no one else's heading or label
    claims (the issuer's, a desk's, a third party's, another block's), each with its text after
    its label when the label stands in the cell before. `strangers_claim`: an unnamed line over
    a cell in its column (`_stranger_above`) claims it too."""
    size = max(cell.size for cell in cells)
    left = min(cell.x0 for cell in cells)
    right = max(cell.x1 for cell in cells)
    top, bottom = cells[0].y - size, cells[-1].y
    guarded: list[Cell] = []  # the issuer's or a third party's labels seen so far
    for row, line in enumerate(page.lines):
        if line.y < top - 3 * size:
            continue
        if line.y > bottom + 6 * size:
            break
        # A row under the block that starts in its column, a label and its value ("Natel" |
        # "079 …"), counts whole as far as the block is wide.
        start = next((cell for cell in line.cells if cell.x0 > left - 4 * size), None)
        in_column = start is not None and abs(start.x0 - left) < 4 * size
        for index, cell in enumerate(line.cells):
            gap = cell.x0 - right
            # A contact printed after one of the block's lines, on it ("69003 Lyon - Tél. …").
            after_own = any(own.y == line.y and 0 <= cell.x0 - own.x1 < 260 for own in cells)
            beside = (0.5 * size < gap < 260 or after_own) and line.y <= bottom + size
            below = line.y > bottom and (
                abs(cell.x0 - left) < 4 * size or (in_column and start.x0 < cell.x0 < right + size)
            )
            own_label = _after_own_label(line.cells, index, cells)
            if cell in cells:
                # A heading the block took in ("Votre conseiller" under the address).
                if someone_elses(cell.text):
                    guarded.append(cell)
                continue
            if not (beside or below or own_label):
                continue
            if someone_elses(cell.text):
                guarded.append(cell)
            if THIRD_PARTY.match(cell.text) or BENEFICIARY.match(cell.text):
                continue
            if line.y < top or SELLER_MARKERS.search(cell.text) or _under(cell, guarded, size):
                continue
            if below and in_column and _under(start, guarded, size):
                continue
            if own_label and _under(line.cells[index - 1], guarded, size):
                continue
            if (
                strangers_claim
                and not own_label
                and _stranger_above(page.lines, row, cell, cells, size)
            ):
                continue
            if index and _other_fields_value(line.cells[index - 1], cells):
                continue
            yield cell, _with_label(line.cells, index)


def _stranger_above(
    lines: tuple[Line, ...], row: int, cell: Cell, cells: list[Cell], size: float
) -> bool:
    """Whether a line of someone unnamed stands over a contact in its column, below the block's
    top and under none of the block's lines: a text that is no contact, no contact's label and
    no client heading ("Agence Durand", "Gestionnaire de compte", "Dépannage 24 h/24"). What
    follows it is theirs as likely as the debtor's: not read, left to the checks."""
    own = {(c.x0, c.y) for c in cells}
    top = cells[0].y - size
    for line in reversed(lines[:row]):
        if line.y < top:
            return False
        for other in line.cells:
            if abs(other.x0 - cell.x0) > 2 * size:
                continue
            if (other.x0, other.y) in own:
                return False
            if not _contact_text(other.text):
                return not _CLIENT_WORDS.match(other.text)
    return False


def _other_fields_value(before: Cell, cells: list[Cell]) -> bool:
    """Whether a cell is the value of another field's label standing before it on its line
    ("Numéro" | "2026-8136", "Date" | "28.10.2026"): not a contact, however it is written."""
    own = any(c.y == before.y and c.x0 <= before.x1 and before.x0 <= c.x1 for c in cells)
    return (
        not own and not any(ch.isdigit() for ch in before.text) and not _contact_text(before.text)
    )


def _contact_text(text: str) -> bool:
    """A contact, or a contact's label alone ("Mobile", "E-mail :", "Adresse électronique")."""
    bare = text.strip(" :")
    return bool(
        find_email(text)
        or is_phone_line(text)
        or _LABEL_ALONE.fullmatch(bare)
        or (
            (label := PHONE_LABEL.match(bare) or FAX_LABEL.match(bare)) and label.end() == len(bare)
        )
    )


def _with_label(cells: tuple[Cell, ...], index: int) -> str:
    """A cell's text, after its label when the label stands in the cell before ("Fax :" |
    "01 23 45 67 89")."""
    cell = cells[index]
    if index and not PHONE_LABEL.match(cell.text) and not FAX_LABEL.match(cell.text):
        before = cells[index - 1].text
        label = PHONE_LABEL.match(before) or FAX_LABEL.match(before)
        if label and label.end() == len(before):
            return f"{before} {cell.text}"
    return cell.text


def someone_elses(text: str) -> bool:
    """A heading or a label of the issuer's, a desk's, a third party's or another block's."""
    return bool(
        SELLER_LABEL.match(text)
        or OTHER_BLOCK.match(text)
        or ISSUER_DESK.match(text)
        or THIRD_PARTY.match(text)
        or BENEFICIARY.match(text)
        or OTHER_PERSON.match(text)
    )


def _after_own_label(row: tuple[Cell, ...], index: int, cells: list[Cell]) -> bool:
    """Whether a cell is the value of a phone label that is a line of the block ("Natel" in the
    block's column, "079 …" further right)."""
    if not index or row[index - 1] not in cells:
        return False
    label = row[index - 1].text
    found = PHONE_LABEL.match(label) or FAX_LABEL.match(label)
    return bool(found and found.end() == len(label))


def names_debtor(name: str | None, email: str) -> bool:
    """Whether an e-mail is the debtor's by its words: its domain names the debtor, or its local
    part spells two words of the debtor's name ("sandrine.giraud-aubert@hopital-rhone.fr" for
    "Sandrine Giraud"), as people's addresses at their employer's domain do."""
    if names_domain(name, email):
        return True
    if not name:
        return False
    folded = unicodedata.normalize("NFKD", name.casefold())
    words = {w for w in re.findall(r"[a-z]{3,}", folded.encode("ascii", "ignore").decode())}
    local = re.split(r"[^a-z]+", email.rpartition("@")[0].casefold())
    return len(words & set(local) - _TITLES) >= 2


def _single(kept: set[str], seen: set[str]) -> str | None:
    return next(iter(kept)) if len(kept) == 1 and len(seen) == 1 else None


def _under(cell: Cell, labels: list[Cell], size: float) -> bool:
    return any(abs(label.x0 - cell.x0) < 2 * size and label.y <= cell.y for label in labels)


def phone_in(text: str, region: str | None) -> str | None:
    """The phone number a line holds ("Tél : 06 12 34 56 78", "+44 118 496 0123"), if any."""
    if not is_phone_line(text):
        return None
    return next((n.e164 for n in phones_on_line(text, region) if not n.fax), None)
