"""Whether a record's values look like what they stand for, whichever step read them: a debtor's
name that is a civility alone, a label or an address line, a town that is a country or holds a
number, an address missing its street or its town, a due date on the day of issue with no terms
saying so. A value read from the wrong place often has the wrong shape; a person then looks
(issue 12: no wrong record without a problem)."""

from __future__ import annotations

import re

from parsing.record import ParsedDebtor, ParsedInvoice

_I = re.IGNORECASE
# The forms of address and titles printed before a name (French, English, German, Portuguese,
# Dutch): the one list every reader of names builds on.
CIVILITY_WORDS = (
    "m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "messrs", "miss", "dr", "docteur", "me",
    "pr", "monsieur", "madame", "mademoiselle", "messieurs", "mesdames", "herr", "herrn", "frau",
    "sir", "madam", "exm[oa]", "sr", "sra", "srs", "senhor", "senhora", "dhr", "mevr", "mw",
    r"de\s+heer", "mevrouw", "familie", "famille", "family", "mag", "ing", "ma[iî]tre",
)  # fmt: skip
# One of them before a name, in a larger pattern: "M" only with its dot ("M. Roux", not "5 m").
A_CIVILITY = r"(?i:m\.|(?:" + "|".join(w for w in CIVILITY_WORDS if w != "m") + r")\.?)"
# A civility or a title with no one after it ("M.", "Mme", "M. et Mme", "Mr", "Dr").
CIVILITY = re.compile(
    r"(?:(?:" + "|".join(CIVILITY_WORDS) + r")\.?\s*(?:(?:et|and|&|ou|e|en|und)\s*)?)+", _I
)
# What labels a block or a document, printed where the name should be.
_LABEL_WORDS = re.compile(
    r"(?:client(?:e)?|customer|destinataire|facture|factur[ée]e?\s+[àa]|invoice|invoice\s+to"
    r"|bill(?:ed)?\s+to|ship\s+to|sold\s+to|avoir|credit\s+note|adresse(?:\s+(?:de\s+|d['’]|du\s+)?\w+)?"
    r"|adh[ée]rent(?:e)?|abonn[ée](?:e)?|(?:co)?propri[ée]taire|titulaire(?:\s+du\s+contrat)?|payeur"
    r"|locataire|souscripteur|mandant|donneur\s+d['’]ordre|ma[îi]tre\s+d['’]ouvrage|votre\s+adresse"
    r"|vos\s+coordonn[ée]es|b[ée]n[ée]ficiaire|syndic"
    r"|address|livraison|delivery|total|date|objet|subject|r[ée]f[ée]rence|page|devis|quote"
    r"|t[ée]l[ée]phone|t[ée]l|phone|e-?mail|courriel|contact|soci[ée]t[ée]|company|nom|name"
    r"|coordonn[ée]es|exp[ée]diteur|[ée]metteur|fournisseur|supplier|vendeur|seller"
    r"|factur[ée]e?|facturation|client\s+factur[ée]e?|billing(?:\s+address)?|responsible\s+party"
    r"|guarantor|rechnungs(?:adresse|empf[äa]nger(?:in)?)|kunde|kundin|empf[äa]nger|cliente"
    r"|morada(?:\s+de\s+fatura[çc][ãa]o)?|exmos?\.?\s+srs?\.?(?:\s*\(s\))*|klant|factuuradres"
    r"|debiteur|patient(?:e|in)?|passenger|passager|voyageur|guest|gast|driver|conducteur"
    r"|bestuurder|utente|r[ée]sident(?:e)?|occupant(?:e)?|[ée]l[èe]ve|details|your\s+details"
    r"|(?:patient|guest|passenger|customer|client)\s+(?:details|information)|fatura(?:r)?\s+(?:para|a)"
    r"|klantgegevens|kundendaten|ihre\s+anschrift|dados\s+do\s+cliente|leistungsempf[äa]nger(?:in)?"
    r"|auftraggeber(?:in)?|opdrachtgever|adquirente|exmo\(?s\)?\.?\s+senhor(?:\(?es\)?)?)\s*[:.]?",
    _I,
)
# An address complement printed where the name should be: a building, a stair, a floor, a
# flat, a post-office box, an industrial zone ("Bâtiment C", "Esc. 2", "BP 45", "ZI Nord").
_ADDRESS_LINE = re.compile(
    r"(?:b[âa]t(?:iment)?\.?|immeuble|imm\.|escalier|esc\.|[ée]tage|appartement|app?t\.?"
    r"|porte|entr[ée]e|building|bldg\.?|floor|suite|unit|flat|apartment)\s+[\w-]{1,6}"
    r"(?:\s*[,-]?\s*(?:b[âa]t(?:iment)?\.?|escalier|esc\.|[ée]tage|appartement|app?t\.?"
    r"|porte|floor|suite|unit|flat)\s+[\w-]{1,6})*"
    r"|\d{1,2}(?:e|er|[èe]me)\s+[ée]tage|(?:bp|cs|tsa)\s*\d{2,6}"
    r"|(?:z\.?i\.?|z\.?a\.?c?\.?|zone\s+(?:industrielle|artisanale|d.activit[ée]s))\s+.*"
    r"|lieu[\s-]dit\s+.*",
    _I,
)
_LETTERS = re.compile(r"[^\W\d_]")
# A town may carry a CEDEX number, an arrondissement or a Dublin postal district ("Lyon CEDEX
# 03", "Paris 11e", "Dublin 7", "Dublin 6W"), no other number.
_TOWN_NUMBERS = re.compile(
    r"\bcedex(?:\s+\d{1,3})?\b|\b\d{1,2}(?:e|er|[èe]me)\b|^dublin\s+(?:\d{1,2}|6w)$", _I
)
_COUNTRIES = re.compile(
    r"(?:france|belgique|belgium|suisse|switzerland|luxembourg|allemagne|germany|deutschland"
    r"|espagne|spain|italie|italy|royaume[\s-]uni|united\s+kingdom|uk|usa|united\s+states"
    r"|[ée]tats[\s-]unis|canada|monaco|pays[\s-]bas|netherlands)",
    _I,
)
# Towns named as their country: Luxembourg's capital, Monaco (the country's only town).
_CITY_STATES = {"luxembourg": "LU", "monaco": "MC"}
# Terms under which an invoice is due the day it is issued.
_AT_ONCE = re.compile(r"r[ée]ception|receipt|comptant|imm[ée]diat|immediate|upon", _I)


def debtor_problems(debtor: ParsedDebtor) -> list[str]:
    """The debtor's values whose shape says they were read from somewhere else."""
    problems = []
    name = (debtor.name or "").strip()
    if name and CIVILITY.fullmatch(name):
        problems.append(f"debtor.name: {name!r} is a civility without a name")
    elif name and _LABEL_WORDS.fullmatch(name.lstrip("/|-– ")):
        problems.append(f"debtor.name: {name!r} is a label, not a name")
    elif name and _ADDRESS_LINE.fullmatch(name):
        problems.append(f"debtor.name: {name!r} is an address line, not a name")
    elif name and len(_LETTERS.findall(name)) < 2:
        problems.append(f"debtor.name: {name!r} holds no name")
    city = (debtor.city or "").strip()
    if (
        city
        and _COUNTRIES.fullmatch(city)
        and _CITY_STATES.get(city.casefold(), "") != debtor.country
    ):
        problems.append(f"debtor.city: {city!r} is a country, not a town")
    elif city and re.search(r"\d", _TOWN_NUMBERS.sub("", city)):
        problems.append(f"debtor.city: {city!r} holds a number")
    elif city and name and city.casefold() == name.casefold():
        problems.append(f"debtor.city: {city!r} is the debtor's name")
    return problems


def address_problems(debtor: ParsedDebtor) -> list[str]:
    """A postal address read from a page with a part missing: a letter would not arrive, and
    the part was most often printed and read as something else. (Embedded XML may leave the
    street out: the checks of the page only.)"""
    city = (debtor.city or "").strip()
    if debtor.postcode and not city:
        return [f"debtor address: postcode {debtor.postcode} without a town"]
    if city and debtor.postcode and not debtor.street:
        return [f"debtor address: {debtor.postcode} {city} without a street"]
    return []


def date_problems(invoice: ParsedInvoice) -> list[str]:
    """A due date on the day of issue, with no terms saying "on receipt": one of the two dates
    is often the other's, read at the wrong label. (The checks of the page only: an embedded
    XML says what it means.)"""
    issued, due = invoice.issue_date, invoice.due_date
    if invoice.is_credit_note:
        return []  # nothing is due on a credit note: its dates are not reminded
    if issued and due and issued == due and not _AT_ONCE.search(invoice.due_rule or ""):
        return [f"due_date: the issue date ({issued.isoformat()}), with no terms saying so"]
    return []
