"""The debtor's contacts printed away from its block: a field of a grid or a form ("Téléphone"
over its value, "Courriel : …" on a row) that the page ties to the debtor -- a client heading
over it ("Vos coordonnées", "Client"), the customer number in its row or its column -- and a
sentence addressed to the debtor ("nous vous joindrons au 06 …").

A field under someone else's heading ("Votre conseiller", "Adresse de livraison", "Copie à",
"Contact chantier") or with nothing tying it to the debtor is not taken (an e-mail whose domain
names the debtor excepted), nor the issuer's own numbers and addresses; two different e-mails
leave the e-mail empty."""

from __future__ import annotations

import re
from dataclasses import replace

from parsing.contact import EMAIL, find_email, normalise_email, phone_matches
from parsing.layout import labels as L
from parsing.layout.client_headings import CLIENTS_VOICE
from parsing.layout.debtor_contacts import (
    BENEFICIARY,
    CLIENT_CONTACT,
    ISSUER_DESK,
    OTHER_BLOCK,
    OTHER_PERSON,
    PHONE_WORDS,
    Number,
    choose_phone,
    is_phone_line,
    names_debtor,
    phones_on_line,
    written_as_phone,
)
from parsing.layout.parties import SENDERS_REFERENCE, THIRD_PARTY
from parsing.layout.seller import SELLER_LABEL, Seller
from parsing.pdf import Cell, Line, Page
from parsing.record import ParsedDebtor

_I = re.IGNORECASE
_PHONE_FIELD = re.compile(rf"(?:{PHONE_WORDS})\b\.?\s*:?\s*", _I)
# A customer area's login is the customer's e-mail when it is one ("Identifiant : …").
_EMAIL_FIELD = re.compile(
    r"(?:e-?mail(?:\s+address)?|courriel|mail|m[ée]l|adresse\s+(?:e-?mail|[ée]lectronique|mail)"
    r"|(?:votre\s+)?identifiant(?:\s+de\s+connexion)?|login|user\s*name)\b\.?\s*:?\s*",
    _I,
)
# A label that says whose the value is: the client's ("Tél. client", "Mail du client") or the
# reader's ("Votre portable", "Your mobile"), unlike "Votre contact" (the issuer's clerk). A
# phone operator's subscribed line ("Votre ligne", "Ligne principale", "N° d'appel") is the
# service billed, like a contract number, not a contact the debtor gave: never read as one.
_YOURS = re.compile(
    r"(?:votre|vos|your)\s+(?:num[ée]ro|t[ée]l[ée]phone|portable|mobile|natel|gsm|handy"
    r"|cell(?:ulaire)?|e-?mail|courriel"
    r"|adresse\s+(?:e-?mail|[ée]lectronique|mail)|identifiant|phone|login)\b"
    # The address the invoices go to ("E-mail de facturation", "Envoi des factures par e-mail
    # à"): the debtor's.
    r"|(?:e-?mail|courriel|adresse\s+(?:e-?mail|mail|[ée]lectronique))\s+de\s+facturation"
    r"|billing\s+e-?mail|adresse\s+de\s+messagerie\s+du\s+client"
    r"|envoi\s+des?\s+factures?\s+par\s+(?:e-?mail|courriel|mail)\s+[àa]",
    _I,
)
# Headings that make what is under them the debtor's.
_CLIENT_HEADING = re.compile(
    r"^\s*(?:vos\s+coordonn[ée]es|coordonn[ée]es(?:\s+du)?\s+client|informations?\s+client"
    r"|client(?:e)?|votre\s+compte|vos\s+informations|your\s+details|customer(?:\s+details)?"
    r"|bill(?:ed)?\s+to|invoice\s+to|sold\s+to|kunde|ihre\s+daten|rechnungsempf[äa]nger"
    r"|factur[ée]e?\s+[àa]|adresse\s+de\s+facturation|destinataire|acheteur|buyer"
    r"|(?:votre\s+)?espace\s+client|titulaire|abonn[ée]e?|souscripteur|account\s+holder"
    r"|responsable\s+l[ée]gal|repr[ée]sentant\s+l[ée]gal|contact\s+client|(?:mes|nos)\s+coordonn[ée]es"
    r"|coordonn[ée]es\s+(?:du\s+)?(?:payeur|d[ée]biteur|redevable|souscripteur|titulaire))\b",
    _I,
)
# A role's word anywhere in a label ("Tél. conseiller", "E-mail agence"): not the client's.
_ROLE = re.compile(
    r"\b(?:conseill|commercial|technicien|interlocut|agence|gestionnaire|livraison|chantier|site"
    r"|urgence|tut(?:eur|rice)|curat|m[ée]decin|transporteur|vendeur|assistance|support|service)",
    _I,
)
# Someone's contact person or site, whatever the block ("Contact chantier :", "Responsable :").
_SOMEONE = re.compile(r"^\s*(?:contact|responsable|technicien|site|chantier)\b", _I)
# A sentence addressed to the debtor about its own phone or e-mail.
_ADDRESSED = re.compile(
    r"\b(?:nous\s+vous\s+(?:joindrons|appellerons|rappellerons|contacterons|t[ée]l[ée]phonerons)"
    r"|vous\s+recevrez\s+un\s+sms|(?:notifications?|alertes?|avis)\s+(?:par\s+)?sms"
    r"|(?:we\s+will\s+)?text\s+you"
    r"|vous\s+(?:appellera|rappellera|contactera|joindra|t[ée]l[ée]phonera)"
    r"|vos\s+coordonn[ée]es|votre\s+(?:num[ée]ro(?:\s+de\s+t[ée]l[ée]phone)?|t[ée]l[ée]phone"
    r"|portable|mobile|adresse\s+(?:e-?mail|[ée]lectronique|courriel))"
    r"|we\s+(?:will|shall)\s+(?:call|phone|text|contact|reach)\s+you"
    r"|your\s+(?:phone|mobile|telephone|e-?mail))\b",
    _I,
)
# A sentence inviting the client to reach the issuer, about the client's details or not ("Pour
# modifier vos coordonnées, contactez-nous au …", "Vos coordonnées sont traitées par …"): its
# number is the issuer's.
_TO_THE_ISSUER = re.compile(
    r"\b(?:contactez|appelez|composez|[ée]crivez|t[ée]l[ée]phonez|joignez)(?:-nous)?\b"
    r"|\bnous\s+(?:contacter|joindre|appeler|[ée]crire)\b|\b(?:contact|call|phone|write\s+to)\s+us\b"
    r"|\bpour\s+(?:les?\s+|la\s+)?(?:modifier|mettre\s+[àa]\s+jour|changer|rectifier|corriger)\b"
    r"|\bto\s+(?:update|change|correct)\b|\b(?:sont|seront|are)\s+(?:trait[ée]es|conserv[ée]es"
    r"|utilis[ée]es|processed|stored|used)\b",
    _I,
)
# A sentence saying how someone is reached ("Client joignable au …", "Intervention confirmée
# par téléphone au …"): the debtor's, unless its subject is the issuer or one of its desks
# ("Notre service client est joignable au …").
_REACHED = re.compile(
    r"\b(?:joignables?|reachable|can\s+be\s+reached)\s+(?:au|sur|par|at|on"
    r"|[àa]\s+l['’]\s*adresse)\b|\bpar\s+t[ée]l[ée]phone\s+au\b",
    _I,
)
# The words a subject reached at a number may hold and still be the debtor ("Le client est
# joignable au …", "Vous êtes joignable au …"), besides the debtor's own name and titles.
_CLIENT_SUBJECT = frozenset(
    re.findall(
        r"\S+",
        """le la l les client cliente clients vous êtes etes est reste restez sont toujours aussi
    également egalement customer the you are is also m mme mlle mr mrs ms madame monsieur
    titulaire abonné abonnée destinataire""",
    )
)
_PERSON = re.compile(
    r"\b(?i:mme|mlle|mr|mrs|ms|madame|monsieur|dr|m)\.?\s+[A-ZÀ-Ý][\w-]+(?:\s+[A-ZÀ-Ý][\w-]+)?"
)
_ISSUERS = re.compile(
    r"\b(?:nous|notre|nos|we|our|us|service|standard|accueil|secr[ée]tariat|agence|[ée]quipe"
    r"|hotline|support|helpdesk|magasin|cabinet)\b"
    # Someone's role: a technician, an adviser, a driver reached at their own number.
    r"|\b(?:technicien|intervenant|conseill|commercial|interlocut|livreur|chauffeur|transporteur"
    r"|driver|technician|engineer|courier|m[ée]decin|infirmi|tut(?:eur|rice)|curat)",
    _I,
)
# A sentence saying where the invoice went ("Facture envoyée à …", "Invoice e-mailed to …"): its
# address is the debtor's e-mail.
_SENT_TO = re.compile(
    r"^(?:(?:la|cette|votre|this|your)\s+)?(?:pr[ée]sente\s+)?(?:facture|document|invoice)\b"
    r"[^.@]{0,60}?\b(?:envoy[ée]e?|transmise?|adress[ée]e?|exp[ée]di[ée]e?|sent|e-?mailed)\b",
    _I,
)
# The debtor's contact person ("À l'attention de M. Roux", "Attn: Mary Byrne", "z. Hd. Frau
# Weber"), not someone in care of whom the mail goes ("c/o").
_ATTENTION = re.compile(
    r"^\s*(?:[àa]\s+l['’]\s*att(?:ention|\.)?\s+d[eu]|(?:to|for)\s+the\s+attention\s+of"
    r"|attn\.?|z\.\s?hd\.?|zu\s+h[äa]nden(?:\s+von)?)\s*:?\s*",
    _I,
)
_SEPARATED = re.compile(r"\s+[-–—·•|]\s+|\s*[,;<]\s*")
_BARE_NUMBER = re.compile(r"[+(]?\d[\d\s.()/-]{7,24}")
# Not the dot of a title before a name ("Vos coordonnées : M. Jean Roux – Tél. …").
_SENTENCE_END = re.compile(
    r"(?<!\bM)(?<!\bMme)(?<!\bMlle)(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)"
    r"[.!?](?=\s+[A-ZÀ-Ý])"
)


def contact_fields(page: Page, debtor: ParsedDebtor, seller: Seller) -> ParsedDebtor:
    """The debtor's e-mail and phone from the fields and sentences of `page` that are its own,
    where its block printed none."""
    emails: set[str] = set()
    numbers: list[Number] = []
    wanted = [CLIENT_CONTACT.pattern, _YOURS.pattern]
    wanted += [] if debtor.email else [_EMAIL_FIELD.pattern]
    wanted += [] if debtor.phone else [_PHONE_FIELD.pattern]
    field = re.compile("|".join(f"(?:{pattern})" for pattern in wanted), _I)

    def read(text: str) -> str | list[Number] | None:
        return _email(text) or _phones(text, debtor.country)

    for hit in L.values([page], field, read):
        says = CLIENT_CONTACT.match(hit.label) or _YOURS.match(hit.label)
        owner = True if says else _owner(page.lines, hit.cell)
        if isinstance(hit.value, list):
            numbers += hit.value if owner else []
        elif owner or (owner is None and names_debtor(debtor.name, hit.value)):
            emails.add(hit.value)
    for cell in _bare_contacts(page):
        if _owner(page.lines, cell):  # under a client heading, or on the customer number's row
            found = find_email(cell.text)
            emails |= {found} if found else set()
            numbers += [] if found else phones_on_line(cell.text, debtor.country)
    for cell in _under_address_again(page, debtor):
        found = find_email(cell.text)
        emails |= {found} if found else set()
        numbers += [] if found else phones_on_line(cell.text, debtor.country)
    for rest in _after_own_name(page, debtor.name):
        emails |= {found for m in EMAIL.finditer(rest) if (found := normalise_email(m[0]))}
        numbers += [number for number in phones_on_line(rest, debtor.country) if not number.fax]
    for sentence, phoned in _addressed(page.lines, debtor.name):
        found = find_email(sentence)
        if found:
            emails.add(found)
        if not phoned:
            continue
        numbers += [
            Number(match.e164, match.mobile)
            for match in phone_matches(sentence, debtor.country)
            if written_as_phone(sentence[match.start : match.end])
        ]
    emails = {
        email
        for email in emails
        if email not in seller.emails and email.rsplit("@", 1)[1] not in seller.domains
    }
    numbers = [number for number in numbers if number.e164 not in seller.phones]
    email = debtor.email or (next(iter(emails)) if len(emails) == 1 else None)
    phone = debtor.phone or choose_phone(numbers, own_block=True)
    if phone is None and email:
        near = [
            n for n in _beside_email(page, email, debtor.country) if n.e164 not in seller.phones
        ]
        phone = choose_phone(near, own_block=False)
    return replace(debtor, email=email, phone=phone)


def _after_own_name(page: Page, name: str | None) -> list[str]:
    """The rest of each line opening with the debtor's name, after a client heading or none
    ("Vos coordonnées : Mme Jeanne Martin – Tél. 06 … – mail", "Jeanne Martin <jeanne@…>"), or
    with the person the invoice is for the attention of ("À l'attention de M. Roux - GSM …": the
    debtor's own contact person), up to another person's title: what one prints after one's own
    name is one's own."""
    want = " ".join((name or "").casefold().split())
    found = []
    for line in page.lines:
        for cell in line.cells:
            text = " ".join(cell.text.split())
            if attention := _ATTENTION.match(text):
                rest = _SEPARATED.split(text[attention.end() :], maxsplit=1)
                rest = rest[1] if len(rest) > 1 and _PERSON.match(rest[0]) else ""
            else:
                lead = _CLIENT_HEADING.match(text)
                text = text[lead.end() if lead else 0 :].lstrip(" :")
                if len(want.split()) < 2 or not text.casefold().startswith(want):
                    continue
                rest = text[len(want) :]
                if not re.match(r"\s*(?:[-–—·•|,;<(]|$)", rest):
                    continue
            other = _PERSON.search(rest)
            found.append(rest[: other.start()] if other else rest)
    return found


def _under_address_again(page: Page, debtor: ParsedDebtor) -> list[Cell]:
    """The contacts printed right under a copy of the debtor's name and address apart from its
    block (a QR-bill's "Payable par" part, a tear-off slip), in its column with no gap: the
    debtor's, as under its block."""
    if not debtor.name or not debtor.postcode:
        return []
    name = " ".join(debtor.name.casefold().split())
    copies = [
        (row, cell)
        for row, line in enumerate(page.lines)
        for cell in line.cells
        if " ".join(cell.text.casefold().split()) == name
    ]
    found = []
    for row, cell in copies[1:]:  # the first is the block itself
        last, town = cell, False
        for line in page.lines[row + 1 :]:
            if line.y - last.y > 2 * cell.size:
                break
            below = next((c for c in line.cells if abs(c.x0 - cell.x0) < cell.size), None)
            if below is None:
                continue
            if town and (find_email(below.text) or is_phone_line(below.text)):
                found.append(below)
            elif town or _someone_elses(below.text):
                break
            town = town or debtor.postcode in below.text
            last = below
    return found


def _beside_email(page: Page, email: str, region: str | None) -> list[Number]:
    """The numbers printed right over or under the debtor's e-mail in its column, with no label
    or a phone's ("0612345678" over "Mél jeanne.martin@…"): one person's contacts together."""
    lines = page.lines
    found: list[Number] = []
    for row, line in enumerate(lines):
        for cell in line.cells:
            if email not in {normalise_email(m[0]) for m in EMAIL.finditer(cell.text)}:
                continue
            for other_row in (row - 1, row + 1):
                if not 0 <= other_row < len(lines):
                    continue
                if abs(lines[other_row].y - line.y) > 1.6 * cell.size:
                    continue
                for other in lines[other_row].cells:
                    if abs(other.x0 - cell.x0) < cell.size and not _someone_elses(other.text):
                        found += [n for n in phones_on_line(other.text, region) if not n.fax]
    return found


def _bare_contacts(page: Page) -> list[Cell]:
    """The cells that are a contact alone, with no label: an e-mail, a number written as a
    phone ("Vos coordonnées" over "06 12 34 56 78" and "jeanne.martin@orange.fr")."""
    found = []
    for line in page.lines:
        for cell in line.cells:
            text = cell.text.strip()
            if "@" in text:
                if EMAIL.fullmatch(text):
                    found.append(cell)
            elif (
                _BARE_NUMBER.fullmatch(text)
                and written_as_phone(text)
                and phone_matches(text, None)
            ):
                found.append(cell)
    return found


def _email(text: str) -> str | None:
    return normalise_email(text.split("  ", 1)[0])


def _phones(text: str, region: str | None) -> list[Number] | None:
    """The numbers after a label, in the first cell after it ("Tél. bureau" | "05 58 …" |
    "4 rue des Tanneurs": the next cell is another column's)."""
    for part in (text.split("  ", 1)[0], text):
        if found := [number for number in phones_on_line(part, region) if not number.fax]:
            return found
    return None


def _owner(lines: tuple[Line, ...], cell: Cell) -> bool | None:
    """True when the page ties a field to the debtor (a customer number on its row, or, going
    up its column, a client heading or a customer number, but not on a row or in a column of
    the sender's reference: "N/Réf. dossier | Réf. client | Tél."), False when to someone else
    (their heading or label met first), None when to no one."""
    row = next((index for index, line in enumerate(lines) if cell in line.cells), None)
    if row is None:
        return None
    if any(_someone_elses(other.text) for other in lines[row].cells):
        return False
    # A letter's reference line ("N/Réf. dossier | Réf. client | Tél."): its phone the sender's.
    senders = any(SENDERS_REFERENCE.match(other.text) for other in lines[row].cells)
    if not senders and any(L.label_at(other.text, L.CUSTOMER_REF) for other in lines[row].cells):
        return True
    if _client_table(lines, row, cell):
        return True
    if _senders_column(lines, cell):
        return False
    for line in reversed(lines[:row]):
        if cell.y - line.y > 10 * cell.size:
            break
        for other in line.cells:
            if abs(other.x0 - cell.x0) > 3 * cell.size:
                continue
            if _someone_elses(other.text):
                return False
            if (
                _CLIENT_HEADING.match(other.text)
                or CLIENTS_VOICE.match(other.text)
                or L.label_at(other.text, L.CUSTOMER_REF)
            ):
                return True
    return None


def _senders_column(lines: tuple[Line, ...], cell: Cell) -> bool:
    """Whether a field stands in a column of labels, one close under another, holding the
    sender's reference or people ("N/Réf. dossier", "Réf. client", "Tél.": a letter's
    information block, its phone the sender's, whatever client number is printed above it)."""
    row = next(index for index, line in enumerate(lines) if cell in line.cells)
    for step in (-1, 1):
        last, index = cell, row + step
        while 0 <= index < len(lines) and abs(lines[index].y - last.y) <= 2 * cell.size:
            found = [c for c in lines[index].cells if abs(c.x0 - cell.x0) < 2 * cell.size]
            if not found or _CLIENT_HEADING.match(found[0].text):
                break
            if SENDERS_REFERENCE.match(found[0].text):
                return True
            last, index = found[0], index + step
    return False


def _client_table(lines: tuple[Line, ...], row: int, cell: Cell) -> bool:
    """Whether a value is in a table row whose header names the client ("Client | Téléphone |
    E-mail" over "Jeanne Martin | 06 … | …"), its own column's header no one else's."""
    if not row or lines[row].y - lines[row - 1].y > 2.5 * cell.size:
        return False
    header = lines[row - 1].cells
    if not any(_CLIENT_HEADING.fullmatch(other.text.strip(" :")) for other in header):
        return False
    over = [other for other in header if other.x0 - cell.size <= cell.x0 <= other.x1]
    return not any(_someone_elses(other.text) or _ROLE.search(other.text) for other in over)


def _someone_elses(text: str) -> bool:
    """A heading or a label of someone else's block (an e-mail address is neither, even
    "contact@…", "chantier@…")."""
    return (
        "@" not in text
        and not CLIENT_CONTACT.search(text)
        and bool(
            SELLER_LABEL.match(text)
            or THIRD_PARTY.match(text)
            or OTHER_BLOCK.match(text)
            or ISSUER_DESK.match(text)
            or BENEFICIARY.match(text)
            or OTHER_PERSON.match(text)
            or _SOMEONE.match(text)
        )
    )


def _reached(text: str, name: str | None) -> re.Match[str] | None:
    """A phrase saying how the debtor is reached, its subject the client, the debtor by its
    name or none: "Gardien joignable au …", "Syndic Foncia - Mme Colin joignable au …" name
    someone else (what they print is left to the checks), "Notre service client est joignable
    au …" the issuer."""
    for match in _REACHED.finditer(text):
        subject = re.split(r"(?<![A-Z])(?<!Mme)(?<!Dr)[.!?;]\s", text[: match.start()])[-1]
        by_phone = match[0].casefold().startswith("par")
        if not _ISSUERS.search(subject) and (by_phone or _debtors_subject(subject, name)):
            return match
    return None


def _debtors_subject(subject: str, name: str | None) -> bool:
    """Whether a subject is the client's, the debtor's name or a person alone ("Mme Martin
    est"), not a role or a company ("Gardien", "Syndic Foncia - Mme Colin")."""
    subject = _PERSON.sub(" ", subject)
    words = set(re.findall(r"\w+", subject.casefold()))
    own = set(re.findall(r"\w+", (name or "").casefold()))
    return not words - _CLIENT_SUBJECT - own


def _sentence_before(text: str, match: re.Match[str]) -> str:
    """The words of `match`'s sentence up to its end."""
    starts = [end.end() for end in _SENTENCE_END.finditer(text, 0, match.start())]
    return text[starts[-1] if starts else 0 : match.end()]


def _addressed(lines: tuple[Line, ...], name: str | None) -> list[tuple[str, bool]]:
    """What follows a phrase addressed to the debtor about its contacts, to the sentence's end
    (on the next line when a sentence wraps there), and whether its phones count (a sentence
    saying where the invoice was sent gives an e-mail only: its dates are no phones)."""
    found = []
    for row, line in enumerate(lines):
        for cell in line.cells:
            sent = _SENT_TO.match(cell.text)
            match = _ADDRESSED.search(cell.text) or _reached(cell.text, name) or sent
            if not match:
                continue
            rest = cell.text[match.end() :]
            if not re.search(r"[\d@]", rest) and len(cell.text) > 30 and row + 1 < len(lines):
                wrapped = [c for c in lines[row + 1].cells if abs(c.x0 - line.cells[0].x0) < 2]
                rest += " " + " ".join(c.text for c in wrapped[:1])
            end = _SENTENCE_END.search(rest)
            rest = rest[: end.start()] if end else rest
            if match is not sent and _TO_THE_ISSUER.search(
                _sentence_before(cell.text, match) + rest
            ):
                continue
            found.append((rest, match is not sent))
    return found
