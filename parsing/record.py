"""The parsed invoice, its debtor, the options, and the JSON shape of the record contract."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Clamped, Context, Decimal, InvalidOperation, Overflow, Subnormal, Underflow
from pathlib import Path
from typing import Any

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"\s+")


# Amounts written by others are built in a bounded context: "1E-999999999" must not become a
# number whose decimal form has a billion digits (75 s and 8 GB to print once).
_AMOUNTS = Context(prec=34, Emax=30, Emin=-30, traps=[InvalidOperation, Overflow, Underflow])
_AMOUNT_ERRORS = (InvalidOperation, Overflow, Underflow, Subnormal, Clamped, ValueError)


def read_decimal(text: str) -> Decimal | None:
    """A decimal as written in XML or by a template, within ±10^31 and 30 places; None when
    it is not one or lies outside. NaN and Infinity are kept for the ledger to refuse by name."""
    try:
        value = _AMOUNTS.create_decimal(text.strip()[:100])
    except _AMOUNT_ERRORS:
        return None
    return None if value.is_snan() else value


def clean(value: object, limit: int = 200) -> str | None:
    """Untrusted text → one bounded line without control characters, or None when empty."""
    if value is None:
        return None
    text = _SPACES.sub(" ", _CONTROL.sub("", str(value))).strip()
    return text[:limit].strip() or None


# How terms printed as "N jours fin de mois" ("N days end of month") are counted: N days on,
# then that month's end (the default), or the issue month's end, then N days. French practice
# knows both and the page does not say which: each creditor counts all its invoices one way.
DAYS_THEN_MONTH_END = "days_then_month_end"
MONTH_END_THEN_DAYS = "month_end_then_days"
MONTH_END_READINGS = (DAYS_THEN_MONTH_END, MONTH_END_THEN_DAYS)


@dataclass(frozen=True)
class ParseOptions:
    use_xml: bool = True
    template_dirs: tuple[Path, ...] = ()
    use_templates: bool = True
    max_bytes: int = 25 * 1024 * 1024
    max_pages: int = 2000
    ocr: bool = True
    ocr_max_pages: int = 10
    review_threshold: float = 0.6
    # The day the document came in (mail intake): an issue date after it, or long before it,
    # is doubted. None (`relance parse`): not checked.
    received: date | None = None
    # The creditor's reading of "N jours fin de mois" (one of MONTH_END_READINGS).
    month_end_reading: str = DAYS_THEN_MONTH_END

    def __post_init__(self) -> None:
        if self.month_end_reading not in MONTH_END_READINGS:
            raise ValueError(f"unknown month_end_reading {self.month_end_reading!r}")


@dataclass(frozen=True)
class ParsedDebtor:
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str | None = None
    customer_ref: str | None = None

    def to_record(self) -> dict[str, str | None]:
        return {
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "street": self.street,
            "postcode": self.postcode,
            "city": self.city,
            "country": self.country,
            "customer_ref": self.customer_ref,
        }


@dataclass(frozen=True)
class ParsedInvoice:
    file: str
    pages: tuple[int, ...]
    invoice_number: str | None = None
    issue_date: date | None = None
    due_date: date | None = None
    due_rule: str | None = None
    # The month-end reading that computed due_date from "N jours fin de mois" terms (one of
    # MONTH_END_READINGS), None when the date does not hang on it: the ledger keeps it so staff
    # can re-date the invoice when the creditor's reading changes. Not in the JSON record.
    due_reading: str | None = None
    total: Decimal | None = None
    total_due: Decimal | None = None
    currency: str | None = None
    is_credit_note: bool = False
    debtor: ParsedDebtor = field(default_factory=ParsedDebtor)
    source: str = "layout"
    confidence: float = 0.0
    problems: tuple[str, ...] = ()

    def doubted(self, problems: Iterable[str], threshold: float) -> ParsedInvoice:
        """This invoice with `problems` named and its confidence under the review threshold."""
        added = tuple(dict.fromkeys(p for p in problems if p not in self.problems))
        if not (added or self.problems):
            return self
        confidence = min(self.confidence, max(threshold - 0.05, 0.0))
        return replace(self, problems=self.problems + added, confidence=confidence)

    def to_record(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "pages": list(self.pages),
            "invoice_number": self.invoice_number,
            "issue_date": _iso(self.issue_date),
            "due_date": _iso(self.due_date),
            "due_rule": self.due_rule,
            "total": _dec(self.total),
            "total_due": _dec(self.total_due),
            "currency": self.currency,
            "is_credit_note": self.is_credit_note,
            "debtor": self.debtor.to_record(),
            "source": self.source,
            "confidence": round(self.confidence, 2),
            "problems": list(self.problems),
        }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")
