"""Find the debtor an invoice is for, or create it: customer ref, then email, then name+postcode."""

from __future__ import annotations

from dataclasses import dataclass

import peewee

from ledger.contacts import normalise_phone
from ledger.kinds import classify_debtor, language_for
from ledger.locks import hold_for_transaction
from ledger.models import Creditor, Debtor, db
from ledger.normalise import email_key, name_key, postcode_key

# Contact fields copied from an invoice onto a matched debtor only while the debtor lacks them:
# what staff typed in is never overwritten by what a PDF says.
FILLABLE = ("email", "phone", "street", "postcode", "city")


@dataclass(frozen=True)
class DebtorFacts:
    name: str
    customer_ref: str | None = None
    email: str | None = None
    phone: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str | None = None
    # SIREN, SIRET or VAT number printed for the debtor: a sure sign of a business.
    legal_id: str | None = None
    # The invoice's own language (fr, en) when the parser knows it; else the country decides.
    language: str | None = None


def match_debtor(creditor: Creditor, facts: DebtorFacts) -> Debtor | None:
    ref = _ref(facts)
    if ref:
        found = Debtor.get_or_none((Debtor.creditor == creditor) & (Debtor.customer_ref == ref))
        if found:
            return found
    # A debtor carrying another customer ref is someone else, however alike the names.
    free = Debtor.customer_ref.is_null() if ref else peewee.SQL("1 = 1")
    same_creditor = Debtor.creditor == creditor
    key = email_key(facts.email)
    if key:
        found = Debtor.select().where(same_creditor, free, Debtor.email_key == key).first()
        if found:
            return found
    wanted_name = name_key(facts.name)
    if not wanted_name:
        return None
    wanted_postcode = postcode_key(facts.postcode)
    candidates = Debtor.select().where(same_creditor, free, Debtor.name_key == wanted_name)
    for candidate in candidates.order_by(Debtor.id):
        if postcode_key(candidate.postcode) == wanted_postcode:
            return candidate
    return None


def match_or_create_debtor(creditor: Creditor, facts: DebtorFacts) -> tuple[Debtor, bool]:
    """The debtor for `facts` and whether it was just created; fills in contacts it lacked."""
    with db.atomic():
        debtor = match_debtor(creditor, facts)
        if debtor is None:
            # Another node's intake may be creating this very debtor: a debtor without a
            # customer ref has no unique key to meet on, so creations per creditor take turns
            # (until the commit) and look again once it is our turn.
            hold_for_transaction(f"new debtor of creditor {creditor.id}")
            debtor = match_debtor(creditor, facts)
        if debtor is None:
            return _create(creditor, facts)
        fill_missing_contacts(debtor, facts)
        return debtor, False


def _create(creditor: Creditor, facts: DebtorFacts) -> tuple[Debtor, bool]:
    """The new debtor (True); with a customer ref, INSERT … ON CONFLICT DO NOTHING meets a
    writer that took no turn (staff in the admin): its row is the one (False)."""
    kind = classify_debtor(facts.name, facts.legal_id, creditor_is_b2b=creditor.is_b2b)
    debtor = Debtor(
        creditor=creditor,
        name=facts.name.strip()[:200],
        customer_ref=_ref(facts),
        email=(facts.email or "").strip() or None,
        phone=normalise_phone(facts.phone, facts.country or "FR") or facts.phone,
        street=facts.street,
        postcode=facts.postcode,
        city=facts.city,
        country=(facts.country or "FR").upper()[:2],
        kind=kind.kind,
        kind_reason=kind.reason,
        language=language_for(facts.country, facts.language),
    )
    if debtor.customer_ref is None:
        debtor.save()
        return debtor, True
    debtor.refresh_keys()
    insert = Debtor.insert(debtor.__data__).on_conflict(
        conflict_target=(Debtor.creditor, Debtor.customer_ref), action="IGNORE"
    )
    created = db.execute(insert).rowcount == 1
    found = Debtor.get((Debtor.creditor == creditor) & (Debtor.customer_ref == debtor.customer_ref))
    if not created:
        fill_missing_contacts(found, facts)
    return found, created


def _ref(facts: DebtorFacts) -> str | None:
    return (facts.customer_ref or "").strip() or None


def fill_missing_contacts(debtor: Debtor, facts: DebtorFacts) -> None:
    changed = False
    if not debtor.customer_ref and facts.customer_ref:
        debtor.customer_ref = facts.customer_ref.strip()
        changed = True
    for field in FILLABLE:
        value = getattr(facts, field)
        if value and not getattr(debtor, field):
            if field == "phone":
                value = normalise_phone(value, facts.country or debtor.country) or value
            setattr(debtor, field, value)
            changed = True
    if changed:
        debtor.save()
