"""What one generated invoice holds: the printed content and the truth the parser should read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .formats import cents


@dataclass(frozen=True)
class Party:
    """A debtor as its address block prints it (or a seller, for the letterhead)."""

    name: str
    street: tuple[str, ...]
    postcode: str
    city: str
    country: str
    attention: str | None = None
    box: str | None = None
    cedex: str | None = None
    county: str | None = None
    state: str | None = None
    email: str | None = None
    phone: str | None = None
    customer_ref: str | None = None
    business: bool = False


@dataclass(frozen=True)
class Line:
    description: str
    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal
    unit: str = ""

    @property
    def amount(self) -> Decimal:
        return cents(self.quantity * self.unit_price)

    @property
    def tax(self) -> Decimal:
        return cents(self.amount * self.vat_rate / 100)


@dataclass(frozen=True)
class Deduction:
    """A line subtracted from the total before what is still to pay (deposit, subsidy, paid)."""

    label: str
    amount: Decimal


@dataclass
class Invoice:
    number: str
    issue: dt.date
    due: dt.date | None
    currency: str
    debtor: Party
    lines: list[Line]
    deductions: list[Deduction] = field(default_factory=list)
    credit_note: bool = False
    tax_per_line: bool = False
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def net(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal(0))

    @property
    def vat_by_rate(self) -> dict[Decimal, tuple[Decimal, Decimal]]:
        """rate → (base, tax), rates in the order they first appear.

        Shops that print prices with VAT round the tax line by line; the others per rate.
        """
        bases: dict[Decimal, Decimal] = {}
        taxes: dict[Decimal, Decimal] = {}
        for line in self.lines:
            bases[line.vat_rate] = bases.get(line.vat_rate, Decimal(0)) + line.amount
            taxes[line.vat_rate] = taxes.get(line.vat_rate, Decimal(0)) + line.tax
        if self.tax_per_line:
            return {rate: (base, taxes[rate]) for rate, base in bases.items()}
        return {rate: (base, cents(base * rate / 100)) for rate, base in bases.items()}

    @property
    def vat(self) -> Decimal:
        return sum((tax for _, tax in self.vat_by_rate.values()), Decimal(0))

    @property
    def gross(self) -> Decimal:
        return self.net + self.vat

    @property
    def to_pay(self) -> Decimal:
        """The amount still to pay as printed (positive, even on a credit note)."""
        return self.gross - sum((d.amount for d in self.deductions), Decimal(0))

    def truth(self) -> dict[str, Any]:
        debtor = self.debtor
        return {
            "invoice_number": self.number,
            "issue_date": self.issue.isoformat(),
            "due_date": self.due.isoformat() if self.due else None,
            "total_due": str(-self.to_pay if self.credit_note else self.to_pay),
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


@dataclass(frozen=True)
class Expected:
    """One invoice of a generated file, with where it sits and what it tests."""

    file: str
    pages: tuple[int, ...]
    layout: str
    seed: int
    subset: str
    deduction: bool
    credit_note: bool
    truth: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "pages": list(self.pages),
            "layout": self.layout,
            "seed": self.seed,
            "subset": self.subset,
            "deduction": self.deduction,
            "credit_note": self.credit_note,
            **self.truth,
        }
