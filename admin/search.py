"""What a searched word finds: a debtor by name (accents and case ignored), customer ref,
e-mail, phone (typed as staff dial it: 06 12 34 56 78) or city (on the debtors list, also the
number of one of its invoices); an invoice by its number or its debtor. Each list asks one
subquery on the debtors, never a join per invoice."""

from __future__ import annotations

import peewee

from ledger.contacts import normalise_phone
from ledger.models import Debtor, Invoice
from ledger.normalise import name_key


def _like(term: str) -> str:
    escaped = term.replace("\\", "").replace("%", "").replace("_", " ")
    return f"%{escaped.strip()}%"


def debtor_matches(term: str) -> peewee.Expression:
    like = _like(term)
    condition = (
        (Debtor.name**like)
        | (Debtor.customer_ref**like)
        | (Debtor.email**like)
        | (Debtor.city**like)
    )
    key = name_key(term)
    if key:
        condition |= Debtor.name_key ** f"%{key}%"
    phone = normalise_phone(term) if sum(c.isdigit() for c in term) >= 6 else None
    if phone:
        condition |= Debtor.phone == phone
    return condition


def debtor_or_invoice_matches(term: str) -> peewee.Expression:
    """The debtors list's search: a debtor as above, or the debtor of an invoice numbered so."""
    numbered = Invoice.select(Invoice.debtor).where(Invoice.number ** _like(term))
    return debtor_matches(term) | Debtor.id.in_(numbered)


def matching_debtors(term: str) -> peewee.ModelSelect:
    return Debtor.select(Debtor.id).where(debtor_matches(term))


def invoice_matches(term: str) -> peewee.Expression:
    return (Invoice.number ** _like(term)) | Invoice.debtor.in_(matching_debtors(term))
