"""What one drawn invoice claims: the debtor's printed block and the truth the parser owes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from tests.parsing.blind.formats import cents


@dataclass(frozen=True)
class Debtor:
    """The debtor as its block prints it (`block`) and as the record contract reads it."""

    name: str
    block: tuple[str, ...]
    street: tuple[str, ...]
    postcode: str
    city: str
    country: str
    email: str | None = None
    phone: str | None = None
    customer_ref: str | None = None


@dataclass(frozen=True)
class Item:
    description: str
    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal

    @property
    def amount(self) -> Decimal:
        return cents(self.quantity * self.unit_price)


def vat_by_rate(items: list[Item]) -> dict[Decimal, tuple[Decimal, Decimal]]:
    """rate → (base, tax rounded on the base), rates in the order they first appear."""
    bases: dict[Decimal, Decimal] = {}
    for item in items:
        bases[item.vat_rate] = bases.get(item.vat_rate, Decimal(0)) + item.amount
    return {rate: (base, cents(base * rate / 100)) for rate, base in bases.items()}


def net_of(items: list[Item]) -> Decimal:
    return sum((item.amount for item in items), Decimal(0))


def gross_of(items: list[Item]) -> Decimal:
    return net_of(items) + sum((tax for _, tax in vat_by_rate(items).values()), Decimal(0))


@dataclass(frozen=True)
class Bill:
    """One invoice's truth. `total_due` is what the page shows as still to pay (positive);
    a credit note's truth is its negative. `due_rule` names terms whose date is not printed."""

    number: str
    issue: dt.date
    due: dt.date | None
    total_due: Decimal
    currency: str
    debtor: Debtor
    credit_note: bool = False
    deduction: bool = False
    due_rule: str | None = None

    def truth(self) -> dict[str, Any]:
        debtor = self.debtor
        amount = -self.total_due if self.credit_note else self.total_due
        return {
            "invoice_number": self.number,
            "issue_date": self.issue.isoformat(),
            "due_date": self.due.isoformat() if self.due else None,
            "due_rule": self.due_rule,
            "total_due": str(cents(amount)),
            "currency": self.currency,
            "debtor": {
                "name": debtor.name,
                "email": debtor.email,
                "phone": debtor.phone,
                "street": ", ".join(debtor.street) if debtor.street else None,
                "postcode": debtor.postcode,
                "city": debtor.city,
                "country": debtor.country,
                "customer_ref": debtor.customer_ref,
            },
        }
