"""Is a debtor a business or a consumer, and which language does it read? Decided at intake.

French law gives the late-payment penalties (Code de commerce L441-10) and the €40 recovery
indemnity (D441-5) against business debtors only, so a wrong guess towards "business" costs
a consumer money. The order is: a sign of a business (a company form such as SARL or GmbH, a
SIREN/SIRET/VAT number, a word only firms use in their name) → business; else a civility
(M., Mme, Monsieur et Madame, Famille…) → consumer; else the creditor's default.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ledger.models import DebtorKind
from ledger.normalise import strip_accents

COMPANY_FORMS = (
    "sarl", "sas", "sasu", "sa", "eurl", "sci", "snc", "scop", "scm", "scp", "selarl", "selas",
    "gie", "gaec", "earl", "eirl", "ei", "sem", "spl", "sca", "scs",
    "gmbh", "ag", "kg", "ohg", "ug", "ltd", "limited", "llc", "llp", "lp", "inc", "corp",
    "plc", "co", "bv", "nv", "bvba", "srl", "sprl", "spa", "sl", "sarl", "sagl", "oy", "ab",
    "as", "aps", "kft", "sro", "zoo",
)  # fmt: skip
# Words that name a firm, an institution or a trade, never a private person.
BUSINESS_WORDS = (
    "societe", "entreprise", "ets", "etablissements", "cabinet", "agence", "atelier",
    "association", "fondation", "mairie", "commune", "syndicat", "copropriete", "groupe",
    "holding", "industries", "industrie", "services", "consulting", "conseil", "boulangerie",
    "garage", "restaurant", "hotel", "pharmacie", "clinique", "transports", "batiment",
    "plomberie", "electricite", "menuiserie", "immobilier", "distribution", "studio",
    "company", "corporation", "group", "trading", "solutions", "school", "ecole", "lycee",
    "college", "universite", "institut", "laboratoire", "office", "federation", "club",
)  # fmt: skip
CIVILITIES = (
    "m", "mr", "mme", "mlle", "mrs", "ms", "miss", "madame", "monsieur", "mademoiselle",
    "famille", "epoux", "herr", "frau",
)  # fmt: skip
_WORD = re.compile(r"[a-z0-9]+")
_LEGAL_ID = re.compile(r"\b(?:\d[\s.]?){9}(?:(?:\d[\s.]?){5})?\b|\b[A-Z]{2}[0-9A-Z]{8,12}\b")
# Countries whose invoices Relance writes to in French; the others get English.
FRENCH_SPEAKING = ("FR", "BE", "CH", "LU", "MC", "RE", "GP", "MQ", "GF", "YT", "NC", "PF")


class KindDecision(NamedTuple):
    kind: str
    reason: str


def classify_debtor(
    name: str, legal_id: str | None = None, *, creditor_is_b2b: bool = False
) -> KindDecision:
    """Business or consumer for a debtor named `name`, with the reason in words."""
    words = _words(name)
    if legal_id and legal_id.strip():
        return KindDecision(DebtorKind.BUSINESS, "legal id on the invoice")
    if _LEGAL_ID.search(name):
        return KindDecision(DebtorKind.BUSINESS, "legal id in the name")
    for form in COMPANY_FORMS:
        if form in words:
            return KindDecision(DebtorKind.BUSINESS, f"company form {form.upper()}")
    for word in words:
        if word in BUSINESS_WORDS:
            return KindDecision(DebtorKind.BUSINESS, f"company name ({word})")
    for word in words[:3]:
        if word in CIVILITIES:
            return KindDecision(DebtorKind.CONSUMER, f"civility {word}")
    if creditor_is_b2b:
        return KindDecision(DebtorKind.BUSINESS, "creditor's default (b2b)")
    return KindDecision(DebtorKind.CONSUMER, "creditor's default")


def _words(name: str) -> list[str]:
    """Lowercase words without accents; runs of single letters ("S.A.R.L.") joined."""
    words: list[str] = []
    run = ""
    for word in _WORD.findall(strip_accents(name).casefold()):
        if len(word) == 1 and not word.isdigit():
            run += word
            continue
        if run:
            words.append(run)
            run = ""
        words.append(word)
    if run:
        words.append(run)
    return words


def language_for(country: str | None, invoice_language: str | None = None) -> str:
    """The invoice's own language when known (fr or en), else the country's."""
    if invoice_language and invoice_language.lower()[:2] in ("fr", "en"):
        return invoice_language.lower()[:2]
    return "fr" if (country or "FR").upper() in FRENCH_SPEAKING else "en"
