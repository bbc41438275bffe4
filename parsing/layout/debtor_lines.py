"""The debtor's own lines, once its block is found: name and address, e-mail, phones, and a
customer reference printed among them, each told apart from a contact person, a department or a
third party's lines."""

from __future__ import annotations

import re

from parsing.contact import find_email
from parsing.layout.address import ADDRESS_ROW, read_address
from parsing.layout.country import country_named, phone_region
from parsing.layout.debtor_contacts import (
    OTHER_PERSON,
    choose_phone,
    is_phone_line,
    phones_on_line,
)
from parsing.layout.debtor_name import (
    FIRST_NAME,
    PERSON_CONCERNED,
    wrapped_name,
)
from parsing.layout.labels import CUSTOMER_REF, is_label
from parsing.layout.parties import DEPARTMENT, THIRD_PARTY, names_domain
from parsing.layout.seller import SELLER_MARKERS
from parsing.plausibility import A_CIVILITY, CIVILITY
from parsing.record import ParsedDebtor, clean

_I = re.IGNORECASE
# A contact person inside a block ("À l'attention de M. Roux", "Attn: Jane Doe"): not the
# debtor's name, not its street; with a colon ("À l'attention de : ACME") it labels the block.
ATTENTION = re.compile(
    r"^(?:(?:[àa]\s+l['’]\s*att(?:ention|\.)?\s+d[eu]|[àa]\s+l['’]intention\s+d[eu]"
    r"|(?:to|for)\s+the\s+attention\s+of|zu\s+h[äa]nden(?:\s+von)?)\s*(?=[^\s:])"
    r"|(?:attn|att\.|c/o|fao|f\.a\.o\.|z\.\s?hd\.?|z\.\s?h\.)\.?\s*:?\s*(?=\S))",
    _I,
)
# "Chez M. Lebrun", "chez Maître Kervella, notaire" under the debtor's name (an indivision, a
# succession at its notary's): whose letterbox, not the street (first, it may be a shop's
# name: "Chez Madame Simone").
_CARE_OF = re.compile(rf"^chez\s+(?:{A_CIVILITY}|m)\s", _I)
# A heading naming the debtor's role, alone on the block's first line at the name's size
# ("Propriétaire", "Adhérent", "Votre adresse"): not the name.
_ROLE_HEADING = re.compile(
    r"(?:client(?:e)?|adh[ée]rent(?:e)?|abonn[ée](?:e)?|(?:co)?propri[ée]taire|titulaire(?:\s+du"
    r"\s+contrat)?|payeur|locataire|souscripteur|assur[ée](?:e)?|mandant|acqu[ée]reur|acheteur"
    r"|donneur\s+d['’]ordre|ma[îi]tre\s+d['’]ouvrage|destinataire|votre\s+adresse|vos\s+coordonn"
    r"[ée]es|adresse(?:\s+(?:du\s+client|client|postale|de\s+correspondance|d['’]envoi|de"
    r"\s+facturation)))\s*:?"
    r"|(?:rechnungs(?:adresse|empf[äa]nger(?:in)?)|kunde|kundin|cliente|klant|factuuradres"
    r"|morada(?:\s+de\s+fatura[çc][ãa]o)?|billing\s+address|responsible\s+party|guarantor|owner"
    r"|patient(?:e|in)?|passenger|passager|passagier|gast|guest|driver|conducteur|bestuurder"
    r"|utente|paciente|r[ée]sident(?:e)?|occupant(?:e)?|voyageur|traveller|[ée]l[èe]ve"
    r"|(?:patient|guest|passenger|traveller|customer|client)\s+(?:details|information)"
    r"|fatura(?:r)?\s+(?:para|a)|klantgegevens|kundendaten|ihre\s+anschrift|dados\s+do\s+cliente"
    r"|leistungsempf[äa]nger(?:in)?|auftraggeber(?:in)?|opdrachtgever|adquirente|your\s+details"
    r"|exmo\(?s\)?\.?\s+senhor(?:\(?es\)?)?"
    # a form of address with no name in it ("An", "Firma", "Aan", "Ex.mo(s) Sr.(s)")
    r"|an(?:\s+(?:die|den|das))?|firma|aan(?:\s+de)?|to|[àa]|eheleute|messieurs|mesdames|messrs"
    r"|ex\.?\s?m[oa]\.?\(s\)\.?\s+sr[a]?\.?\(s\)|exm[oa]s\.?\s+(?:sr[a]?s|senhor[ae]s)\.?)\s*:?",
    _I,
)
# A postal endorsement over the name (DIN 5008's "Vermerkzone", "Recommandé", "Private &
# Confidential"): how the letter travels, not to whom.
_POSTAL_NOTE = re.compile(
    r"(?:(?:pers[öo]nlich|vertraulich|einschreiben|r[üu]ckschein|eigenh[äa]ndig|personnel(?:le)?"
    r"|confidentiel(?:le)?|private|confidential|personal|recommand[ée]e?|lettre|avec|a\.?\s?r\.?"
    r"|par\s+avion|priority|prioritaire|registered|urgent|et|und|and|&)[\s/,.:-]*)+",
    _I,
)
# A payer's role on the name's own line ("Titulaire du contrat : M. Roux"): the name follows.
_PAYER_LABEL = re.compile(
    r"^(?:titulaire(?:\s+du\s+contrat)?|payeur|souscripteur|abonn[ée]e?|adh[ée]rent(?:e)?"
    r"|locataire|(?:co)?propri[ée]taire)\s*:\s*(?=\S)",
    _I,
)
# The one who answers for a person or an animal the invoice is about, printed under it
# ("Élève : Hugo Vidal" over "Responsable légal : Mme Vidal"): the payer, the name follows.
_RESPONSIBLE = re.compile(
    r"^\s*(?:(?:propri[ée]taire\s+)?responsable(?:\s+l[ée]gal(?:e)?)?|repr[ée]sentant(?:e)?"
    r"\s+l[ée]gal(?:e)?|tuteur|tutrice|parents?|responsible\s+party|guarantor|guardian"
    r"|erziehungsberechtigte[rn]?|verantwortliche[rn]?|ouder|voogd)\s*:\s*(?=\S)",
    _I,
)
# A row of the block naming another person whose contacts follow: the letter's care-of
# ("c/o M. Roux", "Chez M. Roux") or a contact person ("Contact : M. Paul Martin (fils)").
_SOMEONE_ELSES_ROW = re.compile(
    rf"^\s*(?:c/o\b|chez\s|contact\b[^:@\d]{{0,30}}:\s*{A_CIVILITY}\s)", _I
)
_LETTERS = re.compile(r"[^\W\d_]{2}")
# A person's name under a civility printed alone on the line over it: letters only.
_NAMED = re.compile(r"[^\W\d_][^\d@:]{2,60}")
# A person's row in the block ("Contact : M. Roux", "Suivi par : Mme Roux"): the debtor's or the
# issuer's staff, neither the name nor the street.
_PERSON_ROW = re.compile(
    r"^\s*(?:contact|interlocut(?:eur|rice)|(?:dossier\s+|affaire\s+)?suivie?\s+par"
    r"|votre\s+(?:contact|interlocut\w+|conseill\w+)|commercial|repr[ée]sentant|your\s+contact"
    r"|sales\s*rep)\b[^:\d@]{0,20}:",
    _I,
)
# A country row in the block ("Pays : Belgique", "Country / Pays : Portugal"), printed over the
# name as often as under the town: the address's country, neither the name nor the street.
_COUNTRY_ROW = re.compile(
    r"^\s*(?:pays|country|land|nation)(?:\s*/\s*(?:pays|country|land))?\s*:\s*(?P<name>.+)$", _I
)
_EMAIL_LABEL = re.compile(r"^(?:(?:e-?mail|courriel|mail|m[ée]l)\b\.?\s*:?|e\s*:)\s*", _I)


def address_lines(texts: list[str]) -> int:
    """How many of `texts` may be a name or an address (no contact, label or reference)."""
    return sum(
        not (find_email(text) or is_phone_line(text) or is_label(text) or THIRD_PARTY.match(text))
        for text in texts
    )


def _own_email(line: str, email: str, name: str | None) -> bool:
    """Whether an e-mail in the block is the debtor's: alone or after an e-mail label on its
    line, or its domain naming the debtor. After another label ("Comptabilité :", "Contact :")
    it may be anyone's."""
    before = line.split(email, 1)[0] if email in line else ""
    before = _EMAIL_LABEL.sub("", before.strip())
    return not _LETTERS.search(before) or names_domain(name, email)


def _headed(texts: list[str]) -> bool:
    """Whether the block's first line is a heading: a short line ending with a colon, or the
    debtor's role over its name and address."""
    first = texts[0].strip()
    if first.endswith(":") and len(first) < 40:
        return True
    return len(texts) >= 3 and bool(_ROLE_HEADING.fullmatch(first))


def _answered_for(texts: list[str]) -> bool:
    """Whether one of the next two lines names who answers for the person above them."""
    return any(_RESPONSIBLE.match(text) for text in texts[:2])


def _addressee_only(texts: list[str], index: int) -> bool:
    """Whether the line is an attention line ("À l'attention de Garage Central SAS") with no name
    over it and the street under it: the one it names is the only name the block prints."""
    attention = ATTENTION.match(texts[index])
    if not attention or texts[index].lstrip().casefold().startswith("c/o"):
        return False
    after = texts[index + 1 :]
    return bool(after) and any(ch.isdigit() for ch in after[0])


def read_block(texts: list[str], customer_ref: str | None, home: str | None = None) -> ParsedDebtor:
    """The debtor in a block's lines, without the doubt about its country."""
    return read_debtor(texts, customer_ref, home)[0]


def read_debtor(
    texts: list[str], customer_ref: str | None, home: str | None
) -> tuple[ParsedDebtor, str | None]:
    """The debtor in its block's lines, and the doubt its country carries, if any."""
    if texts and _headed(texts):
        texts = texts[1:]
    email = None
    email_line = ""
    phone_lines: list[str] = []
    address: list[str] = []
    country_line: str | None = None
    elsewhere = False  # past a line naming someone else: the contacts under it are theirs
    for index, text in enumerate(texts):
        row = _COUNTRY_ROW.match(text)
        if row and country_named(row.group("name")):
            country_line = row.group("name").strip()
            continue
        if OTHER_PERSON.match(text) or _SOMEONE_ELSES_ROW.match(text):
            elsewhere = True
        if not address and _addressee_only(texts, index):
            text = text[ATTENTION.match(text).end() :].strip(" :")
        elif SELLER_MARKERS.search(text) or ATTENTION.match(text) or THIRD_PARTY.match(text):
            continue
        if not address and _POSTAL_NOTE.fullmatch(text):
            continue
        if address and PERSON_CONCERNED.match(text):
            elsewhere = True  # "Patient : Léa Roux" under the payer's name, and the patient's phone
            continue
        if not address and PERSON_CONCERNED.match(text) and _answered_for(texts[index + 1 :]):
            continue  # the pupil, the horse, the patient, over the one who pays for them
        text = _RESPONSIBLE.sub("", _PAYER_LABEL.sub("", text)) if not address else text
        if len(address) == 1 and FIRST_NAME.fullmatch(text) and ":" in text:
            continue  # a form's first-name row under its surname: read with it (debtor_name.py)
        if address and _CARE_OF.match(text):
            continue
        if DEPARTMENT.match(text) and not address and address_lines(texts[index + 1 :]) >= 3:
            continue  # an office over the debtor's name, its street and town
        found_email = find_email(text)
        if elsewhere and (found_email or is_phone_line(text)):
            continue
        if found_email or is_phone_line(text):
            if found_email and email is None:
                email, email_line = found_email, text
            phone_lines.append(text)
            continue
        ref = CUSTOMER_REF.match(text)
        if ref:
            customer_ref = customer_ref or clean(text[ref.end() :].strip(" :#-"), 60)
            continue
        if _PERSON_ROW.match(text):
            continue
        row = ADDRESS_ROW.match(text)
        if row:
            address.append(row.group("value"))
            continue
        if _EMAIL_LABEL.match(text) or is_label(text):
            continue
        address.append(text)
    if (
        len(address) >= 3
        and CIVILITY.fullmatch(address[0].strip())
        and _NAMED.fullmatch(address[1])
    ):
        address = [f"{address[0].strip()} {address[1]}", *address[2:]]  # "Herrn" over the name
    address = wrapped_name(address)
    place = read_address([*address, *([country_line] if country_line else [])], home)
    if email and not _own_email(email_line, email, place.name):
        email = None
    numbers = [
        number
        for line in phone_lines
        for number in phones_on_line(
            line, phone_region(line, place.postcode, place.country) or home
        )
    ]
    debtor = ParsedDebtor(
        name=place.name,
        email=email,
        phone=choose_phone(numbers, own_block=True),
        street=place.street,
        postcode=place.postcode,
        city=place.city,
        country=place.country,
        customer_ref=customer_ref,
    )
    return debtor, place.doubt
