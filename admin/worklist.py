"""Contacts to complete: debtors a due step cannot reach, largest amount at stake first."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from peewee import fn

from admin.stats import debtors_to_complete
from ledger.contacts import is_valid_email, normalise_phone
from ledger.flags import resolve_contact_flags
from ledger.followup import note_edit
from ledger.models import ContactFlag, Creditor, Debtor, db

CONTACT_FIELDS = ("email", "phone", "street", "postcode", "city", "country")
_LIMITS = {"email": 254, "phone": 40, "street": 300, "postcode": 16, "city": 120, "country": 2}


class InvalidContact(ValueError):
    """A contact staff typed is not usable; `field` names the input to correct."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass
class WorklistRow:
    debtor: Debtor
    # The largest amount at stake in one currency: what the list is ranked by.
    amount_at_stake: Decimal
    flags: list[ContactFlag] = field(default_factory=list)

    @property
    def at_stake(self) -> dict[str, Decimal]:
        """Per currency, the largest amount any of the debtor's flags holds back (the flags
        are about the same invoices, so they are not added)."""
        found: dict[str, Decimal] = {}
        for flag in self.flags:
            for currency, amount in flag.totals_at_stake.items():
                found[currency] = max(found.get(currency, amount), amount)
        return dict(sorted(found.items()))

    @property
    def kinds(self) -> list[str]:
        return [flag.kind for flag in self.flags]

    @property
    def steps(self) -> list[str]:
        return sorted({flag.step_id for flag in self.flags if flag.step_id})


def worklist(page: int = 0, per_page: int = 50) -> tuple[int, list[WorklistRow]]:
    """(debtors flagged in all, one page of rows): a grouped query, then that page's flags."""
    is_open = ContactFlag.resolved_at.is_null()
    at_stake = fn.MAX(ContactFlag.amount_at_stake)
    total = debtors_to_complete()
    ranked = list(
        ContactFlag.select(ContactFlag.debtor, at_stake.alias("stake"))
        .where(is_open)
        .group_by(ContactFlag.debtor)
        .order_by(at_stake.desc(), ContactFlag.debtor)
        .limit(per_page)
        .offset(page * per_page)
        .tuples()
    )
    ids = [debtor_id for debtor_id, _ in ranked]
    debtors = {
        d.id: d for d in Debtor.select(Debtor, Creditor).join(Creditor).where(Debtor.id.in_(ids))
    }
    flags: dict[int, list[ContactFlag]] = {}
    for flag in (
        ContactFlag.select()
        .where(is_open & ContactFlag.debtor.in_(ids))
        .order_by(ContactFlag.opened_at)
    ):
        flags.setdefault(flag.debtor_id, []).append(flag)
    rows = [
        WorklistRow(debtors[i], Decimal(str(stake or 0)).quantize(Decimal("0.01")), flags[i])
        for i, stake in ranked
        if i in debtors
    ]
    return total or 0, rows


def clean_contact(values: dict[str, str], country: str) -> dict[str, str | None]:
    """Checked, normalised contact fields (phone in E.164); InvalidContact names the bad one."""
    cleaned: dict[str, str | None] = {}
    for name in CONTACT_FIELDS:
        if name not in values:
            continue
        value = (values[name] or "").strip()
        if len(value) > _LIMITS[name]:
            raise InvalidContact(name, f"at most {_LIMITS[name]} characters")
        cleaned[name] = value or None
    if cleaned.get("country"):
        country = cleaned["country"].upper()
        if len(country) != 2 or not country.isalpha():
            raise InvalidContact("country", "a two-letter country code such as FR")
        cleaned["country"] = country
    if cleaned.get("email") and not is_valid_email(cleaned["email"]):
        raise InvalidContact("email", "not a valid email address")
    if cleaned.get("phone"):
        phone = normalise_phone(cleaned["phone"], cleaned.get("country") or country)
        if phone is None:
            raise InvalidContact("phone", "not a valid phone number")
        cleaned["phone"] = phone
    if "country" in cleaned and cleaned["country"] is None:
        del cleaned["country"]
    return cleaned


def save_contact(debtor: Debtor, values: dict[str, str], *, by: str) -> list[ContactFlag]:
    """Store the completed contact and close the flags it satisfies; return those closed."""
    cleaned = clean_contact(values, debtor.country or "FR")
    before = {name: getattr(debtor, name) for name in CONTACT_FIELDS}
    with db.atomic():
        for name, value in cleaned.items():
            setattr(debtor, name, value)
        debtor.save()
        changed = [
            f"{name} ({before[name] or '-'} → {getattr(debtor, name) or '-'})"
            for name in CONTACT_FIELDS
            if (before[name] or "") != (getattr(debtor, name) or "")
        ]
        if changed:
            note_edit(debtor, changed, by=by)
        return resolve_contact_flags(debtor, by=by)
