"""A record whose debtor is the creditor itself: the parser took the issuer's block (its
letterhead, its contact lines) for the customer's. Intake knows who the creditor is, which
the parser does not, so the record is held for review with the fields named."""

from __future__ import annotations

from ledger.contacts import normalise_phone
from ledger.kinds import COMPANY_FORMS
from ledger.models import Creditor
from ledger.normalise import email_key, name_key
from parsing import ParsedDebtor

LEGAL_FORMS = frozenset(COMPANY_FORMS)


def creditor_as_debtor(creditor: Creditor, debtor: ParsedDebtor) -> list[str]:
    """Problems naming each debtor field that is the creditor's own."""
    found = []
    if debtor.name and _company(debtor.name) and _company(debtor.name) == _company(creditor.name):
        found.append("debtor.name: the creditor's own name")
    if debtor.email and creditor.email and email_key(debtor.email) == email_key(creditor.email):
        found.append("debtor.email: the creditor's own e-mail")
    phone = normalise_phone(debtor.phone) if debtor.phone else None
    if phone and creditor.phone and phone == normalise_phone(creditor.phone):
        found.append("debtor.phone: the creditor's own phone")
    return found


def _company(name: str) -> str:
    """The name without its company form: "ACME SARL" and "Sarl Acme" are the same firm."""
    return " ".join(w for w in name_key(name).split() if w not in LEGAL_FORMS)
