"""Whose a line near the debtor's block is: the debtor's own, or a third party's (an accountant,
a copy sent to someone, a department or a person to whose attention the letter goes). A value
whose owner is in doubt is better left empty (staff complete a missing contact) than read
silently as the debtor's."""

from __future__ import annotations

import re
import unicodedata

from parsing.layout.labels import CUSTOMER_REF, label_at

_I = re.IGNORECASE
# A line naming someone else than the debtor, with their contacts: an accountant, a copy, a
# lawyer, a managing agent.
THIRD_PARTY = re.compile(
    r"^\s*(?:copie|cc|c\.c\.|copy|en\s+copie|expert[\s-]*comptable|cabinet(?:\s+comptable)?"
    r"|comptable|fiduciaire|avocat|notaire|huissier|syndic|mandataire|g[ée]rance"
    r"|accountants?|bookkeeper|solicitors?|lawyer|agent|managing\s+agent|steuerberater"
    r"|service\s+client|sav|hotline|support|assistance|standard|accueil)\b[^:@\d]{0,30}:",
    _I,
)
# A department or an office of the debtor printed over its name: not its name.
DEPARTMENT = re.compile(
    r"^\s*(?:service|direction|d[ée]partement|dept\.?|comptabilit[ée]"
    r"|secr[ée]tariat|accounts?\s+(?:payable|department)|finance\s+department|purchasing"
    r"|procurement|achats|buchhaltung|abteilung)\b",
    _I,
)
_OWNER = (
    r"client(?:e)?|customer|propri[ée]taire|payeur|payeuse|payer|titulaire|souscripteur"
    r"|abonn[ée]e?|acheteur|buyer|d[ée]biteur|redevable|account\s+holder"
)
_RECORDED = r"(?:\s+enregistr[ée]e?s?)?"
# A label saying that the contacts after or under it are the client's own ("Vos coordonnées",
# "Coordonnées client enregistrées :", "Client details:", "Tél. propriétaire", "Contact
# enregistré"), unlike "Votre contact" (the issuer's clerk) and "Contact client" / "Customer
# contact" (as often the issuer's customer line as the client's).
CLIENTS_DETAILS = re.compile(
    rf"^\s*(?:(?:vos|your)\s+(?:coordonn[ée]es|details){_RECORDED}"
    rf"|(?:votre\s+)?contacts?\s+enregistr[ée]e?s?|coordonn[ée]es\s+enregistr[ée]es"
    rf"|(?:coordonn[ée]es|d[ée]tails|details|informations?)\s+(?:du\s+|de\s+la\s+"
    rf"|of\s+the\s+)?(?:{_OWNER}){_RECORDED}|(?:{_OWNER})\s+details"
    rf"|(?:t[ée]l(?:[ée]phone)?\.?|tel\.?|portable|port\.|mobile|gsm|e-?mail|courriel|m[ée]l\.?)"
    rf"\s+(?:du\s+|de\s+la\s+)?(?:{_OWNER}))(?!\w)\s*:?\s*",
    _I,
)
# A heading of the client's person for its invoices ("Contact facturation", "Billing contact"):
# the client's beside or under its address, maybe the issuer's billing desk elsewhere.
BILLING_CONTACT = re.compile(
    r"^\s*(?:contact\s+(?:de\s+)?facturation|billing\s+contact|bill[\s-]+to\s+contact)(?!\w)"
    r"\s*:?\s*",
    _I,
)
# A family's or a member's account, the client's number where a school or a club bills a
# household ("Compte famille 123 - Tél. …").
CLIENTS_ACCOUNT = re.compile(
    r"^\s*(?:compte|n[°o]|num[ée]ro)\s+(?:de\s+)?(?:famille|foyer|adh[ée]rent)\b", _I
)
# A sentence saying where the invoice or its notices go ("Facture transmise à …", "Avis envoyé
# par courriel à …", "Alerte SMS envoyée au …"): to the client.
SENT_TO_CLIENT = re.compile(
    r"^\s*(?:(?:avis|facture|relance|rappel|notification|document|invoice|reminder)s?\b"
    r"[^.@\d:]{0,40}?\b(?:envoy[ée]e?s?|transmise?s?|adress[ée]e?s?|exp[ée]di[ée]e?s?|sent"
    r"|e-?mailed)(?:\s+par\s+(?:courriel|e-?mail|mail|sms))?\s+(?:[àa]|au|to)"
    r"|(?:(?:alertes?|rappels?|notifications?)\s+)?sms\b(?:\s+de\s+rappel)?"
    r"(?:\s+envoy[ée]e?s?)?\s+(?:au|to|sur))(?!\w)\s*:?\s*",
    _I,
)
_ITS_NUMBER = re.compile(r"\s*:?\s*[\w/.-]*\d[\w/.-]*")
# A contact right after a label: a number, an e-mail, a phone's or an e-mail's label.
_STRAIGHT = re.compile(
    r"[\s:·•|/–—-]*(?:[+(\d]|[\w.%+'-]+@|(?:t[ée]l(?:[ée]phone)?|tel|port(?:able)?|mob(?:ile)?|gsm"
    r"|fixe|domicile|e-?mail|courriel|m[ée]l)\b)",
    _I,
)
# The client's name before its contacts after a label of its details ("Coordonnées client
# enregistrées : Madame Anne Dupont – Tél. …").
_NAME_FIRST = re.compile(r"[\s:]*(?:[^\W\d][\w'’.-]*\s+){1,4}?[^\W\d][\w'’.-]*\s*[–—·•|/,-]", _I)
# The sender's side of a letter's reference line or its people's lines ("N/Réf. dossier",
# "Notre référence", "Dossier suivi par", "Ligne directe", "Secrétariat", "Standard", "Tél.
# cabinet"): a phone on such a line, or after such a label, is the sender's, not the client's.
SENDERS_REFERENCE = re.compile(
    r"^\s*(?:n\s*/\s*r[ée]f|nos?\s+r[ée]f|notre\s+r[ée]f[ée]rence|our\s+ref|unser\s+zeichen"
    r"|(?:dossier|affaire)\s+suivie?\s+par|suivi\s+par|ligne\s+directe|direct\s+line"
    r"|t[ée]l(?:[ée]phone)?\.?\s+(?:direct|cabinet|[ée]tude|standard)|standard|secr[ée]tariat)"
    r"(?!\w)",
    _I,
)


def client_line(text: str) -> bool:
    """A line opening with a label of the client's details, its number or account, or where its
    notices go, and a contact straight after it ("Coordonnées client enregistrées : 06 …",
    "Facture transmise à jeanne@…", "Compte famille 123 - Tél. …") or after the client's name
    ("Coordonnées client enregistrées : Madame Anne Dupont – Tél. …"), not a person or a role
    ("Facture transmise à votre comptable …")."""
    found = CLIENTS_DETAILS.match(text) or SENT_TO_CLIENT.match(text)
    if found is None and (found := CLIENTS_ACCOUNT.match(text) or label_at(text, CUSTOMER_REF)):
        found = _ITS_NUMBER.match(text, found.end())
    if found is None:
        return False
    if _STRAIGHT.match(text, found.end()):
        return True
    name = _NAME_FIRST.match(text, found.end()) if found.re is CLIENTS_DETAILS else None
    return bool(name and _STRAIGHT.match(text, name.end()))


_PART = re.compile(r"\s+[|–—·•/-]\s+|\s{3,}")


def client_part(text: str) -> int | None:
    """Where a part about the client starts on a line after the issuer's own ("Secrétariat : 05
    … | Coordonnées client enregistrées : 06 … – mail"), None when no part is."""
    for part in _PART.finditer(text):
        if client_line(text[part.end() :]):
            return part.end()
    return None


_PUBLIC = re.compile(
    r"^(?:gmail|googlemail|yahoo|hotmail|outlook|live|msn|icloud|me|aol|gmx|web|orange|wanadoo"
    r"|free|sfr|laposte|bbox|neuf|numericable|proton|protonmail|skynet|bluewin|btinternet"
    r"|sky|virginmedia|comcast|att|verizon|mail|email|ymail)\.",
    _I,
)
_WORD = re.compile(r"[a-z0-9]{3,}")
# Words of a name that say nothing about who it is.
_COMMON = frozenset(
    re.split(
        r"\s+",
        "sarl sas sasu eurl scp selarl sci snc sa ltd llc inc gmbh ag the les des aux and et cie"
        " company societe group groupe france",
    )
)


def public_mailbox(domain: str) -> bool:
    """Whether `domain` is a mailbox anyone can have (it says nothing about its owner)."""
    return bool(_PUBLIC.match(domain))


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _words(text: str) -> set[str]:
    return {word for word in _WORD.findall(_plain(text)) if word not in _COMMON}


def names_domain(name: str | None, email: str) -> bool:
    """Whether the e-mail's domain carries a word of the debtor's `name` (or the name one of
    the domain's): "compta@garage-des-lilas.fr" for "Garage des Lilas". A public mailbox counts
    when its local part does ("g.lilas@gmail.com")."""
    if not name:
        return False
    local, _, domain = email.casefold().rpartition("@")
    where = local if public_mailbox(domain) else domain.rsplit(".", 1)[0]
    mine = _words(name)
    squeezed = re.sub(r"[^a-z0-9]", "", _plain(where))
    return bool(mine & _words(where)) or any(len(w) >= 4 and w in squeezed for w in mine)
