"""Whose a line near the debtor's block is: the debtor's own, or a third party's (an accountant,
a copy sent to someone, a department or a person to whose attention the letter goes). A value
whose owner is in doubt is better left empty (staff complete a missing contact) than read
silently as the debtor's."""

from __future__ import annotations

import re
import unicodedata

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
