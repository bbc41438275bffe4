"""A check: the phone or the e-mail the record holds as the debtor's is printed on the first page
as someone else's -- after another person's role or name on its line ("Contact livraison : M.
Arnaud - GSM 06 …", "Prescripteur : Dr Lenoir - 04 …"), or under their heading in its column
("Tuteur : UDAF" over "Tél. 04 …", "Votre conseiller", "Next of kin"). Whether the reader took
the number there or found the same number in the debtor's block, a reminder to it may reach a
stranger: the record is held and the check named, so that a person decides (issue 12).

The debtor's own block (up to a heading of someone else's it took in) is the debtor's; the
issuer's own numbers have their own check (`debtor phone is the issuer's`)."""

from __future__ import annotations

import re

from parsing.contact import EMAIL, normalise_email, phone_matches
from parsing.layout.contact_cells import mend
from parsing.layout.debtor_contacts import FAX_LABEL, PHONE_LABEL, someone_elses
from parsing.layout.parties import CLIENTS_DETAILS, SENT_TO_CLIENT
from parsing.layout.seller import Seller
from parsing.pdf import Cell, Page
from parsing.plausibility import A_CIVILITY
from parsing.record import ParsedDebtor

CLAIMED_PHONE = "debtor.phone: the number read is printed on the page as someone else's"
CLAIMED_EMAIL = "debtor.email: the address read is printed on the page as someone else's"
# A person named before a number on its line, with their role or title ("M. Arnaud - GSM …",
# "Mme Josiane Perrot (grand-mère) - 06 …", "Dr Anne Lenoir 04 …", "Mary Byrne 087 …"
# after a role): someone's name in front of a contact is whose the contact is.
_PERSON = re.compile(rf"\b{A_CIVILITY}\s+[A-ZÀ-Ý]")
_CLIENT = re.compile(
    r"\b(?:client(?:e)?|customer|votre|vos|your|titulaire|abonn[ée]e?|factur[ée]e?|bill(?:ed)?"
    r"|destinataire|payeur|payer|garant|locataire|propri[ée]taire|assur[ée]e?)\b",
    re.IGNORECASE,
)


def claimed_contacts(
    page: Page, block: tuple[Cell, ...], debtor: ParsedDebtor, seller: Seller
) -> list[str]:
    """The problems for the debtor's phone and e-mail printed on `page` as someone else's."""
    if not block or not (debtor.phone or debtor.email):
        return []
    page = mend(page)
    own = _own_cells(block)
    region = debtor.country or seller.country
    guards: list[Cell] = []
    phone = email = False
    tail = (debtor.phone or "")[-4:]  # a cell without the number's last digits does not print it
    local = (debtor.email or "").rpartition("@")[0].casefold()
    elsewhere = [
        cell
        for line in page.lines
        for cell in line.cells
        if (cell.x0, cell.y) not in own
        and (
            (tail and tail in re.sub(r"\D", "", cell.text))
            or (local and local in cell.text.casefold())
        )
    ]
    if not elsewhere:
        return []
    for line in page.lines:
        for index, cell in enumerate(line.cells):
            if (cell.x0, cell.y) in own:
                continue
            if someone_elses(cell.text) and not _contact_of(cell.text, debtor, region):
                guards.append(cell)
            before = line.cells[index - 1].text if index else ""
            if debtor.phone and not phone and tail in re.sub(r"\D", "", cell.text):
                for match in phone_matches(cell.text, region):
                    if match.e164 == debtor.phone:
                        lead = f"{before} {cell.text[: match.start]}"
                        phone = _claimed(lead, cell, guards, debtor.name)
            if debtor.email and not email and "@" in cell.text:
                for found in EMAIL.finditer(cell.text):
                    if normalise_email(found[0]) == debtor.email:
                        lead = f"{before} {cell.text[: found.start()]}"
                        email = _claimed(lead, cell, guards, debtor.name)
    return [CLAIMED_PHONE] * phone + [CLAIMED_EMAIL] * email


def _own_cells(block: tuple[Cell, ...]) -> set[tuple[float, float]]:
    """The block's lines up to a heading of someone else's it took in ("Tuteur : UDAF")."""
    own = set()
    for cell in block:
        if someone_elses(cell.text):
            break
        own.add((cell.x0, cell.y))
    return own


def _claimed(lead: str, cell: Cell, guards: list[Cell], name: str | None) -> bool:
    """Whether what stands before a contact on its line names someone else (their role, or a
    person's name that the contact's own label does not make the client's), or their heading
    stands over it in its column."""
    label = lead.strip(" -–—·:/|,")
    tail = re.split(r"\s[-–—·|]\s|\s{2,}", label)[-1]
    kind = PHONE_LABEL.match(tail) or FAX_LABEL.match(tail)
    person = label[: len(label) - len(tail)] if kind and kind.end() == len(tail) else label
    if someone_elses(person.strip()):
        return True
    named = _PERSON.search(person)
    own = bool(named) and _same_person(person[named.start() :], name)
    if named and not _CLIENT.search(person) and not own:
        return True
    if own:  # the debtor's own name before a contact says whose it is, whatever stands above
        return False
    if CLIENTS_DETAILS.match(label) or SENT_TO_CLIENT.match(label):
        return False  # so does a label of the client's details ("Coordonnées client : …")
    return any(
        abs(guard.x0 - cell.x0) < 2 * cell.size and 0 < cell.y - guard.y < 6 * cell.size
        for guard in guards
    )


def _same_person(person: str, name: str | None) -> bool:
    """Whether a person named on a line is the debtor (a word of four letters or more shared)."""
    mine = {word.casefold() for word in re.findall(r"\w{4,}", name or "")}
    return bool(mine & {word.casefold() for word in re.findall(r"\w{4,}", person)})


def _contact_of(text: str, debtor: ParsedDebtor, region: str | None) -> bool:
    """Whether a heading's line itself holds the debtor's contact (then it is judged as one)."""
    if debtor.email and debtor.email in {normalise_email(m[0]) for m in EMAIL.finditer(text)}:
        return True
    return bool(debtor.phone) and any(m.e164 == debtor.phone for m in phone_matches(text, region))
