"""The invoice page's fields: what staff type → an InvoiceEdit, each value checked where it
enters (bounded, typed, finite); FormError names the input to correct."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from babel.numbers import list_currencies

from admin.messages import N_
from admin.worklist import InvalidContact, clean_contact
from ledger.review import DebtorEdit, InvoiceEdit

CONTACTS = ("email", "phone", "street", "postcode", "city", "country")
# Input names on the page, and the record contract's names for the same fields (problems and
# learned templates speak the latter).
INPUTS = {
    "number": "invoice_number",
    "issue_date": "issue_date",
    "due_date": "due_date",
    "total": "total",
    "amount_due": "total_due",
    "currency": "currency",
    "is_credit_note": "is_credit_note",
    "debtor_name": "debtor.name",
    "customer_ref": "debtor.customer_ref",
    **{name: f"debtor.{name}" for name in CONTACTS},
}
INPUT_OF = {contract: name for name, contract in INPUTS.items()}
COMMON_CURRENCIES = ("EUR", "CHF", "GBP", "USD")
_MAX_AMOUNT = Decimal("999999999.99")
_LIMITS = {"number": 64, "debtor_name": 200, "customer_ref": 64}


class FormError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def form_values(edit: InvoiceEdit) -> dict[str, str]:
    """The page's inputs filled from what is recorded."""
    debtor = edit.debtor
    return {
        "number": edit.number,
        "issue_date": edit.issue_date.isoformat() if edit.issue_date else "",
        "due_date": edit.due_date.isoformat() if edit.due_date else "",
        "total": f"{abs(edit.total):.2f}",
        "amount_due": f"{abs(edit.amount_due):.2f}",
        "currency": edit.currency,
        "is_credit_note": "1" if edit.is_credit_note else "",
        "debtor_name": debtor.name,
        "customer_ref": debtor.customer_ref or "",
        **{name: getattr(debtor, name) or "" for name in CONTACTS},
    }


def parse_form(form: Mapping[str, str]) -> InvoiceEdit:
    """The typed invoice, or FormError on the first input that cannot be right."""
    text = {name: (form.get(name) or "").strip() for name in INPUTS}
    for name, limit in _LIMITS.items():
        if len(text[name]) > limit:
            raise FormError(name, N_("too long"))
    if not text["number"]:
        raise FormError("number", N_("an invoice needs a number"))
    if not text["debtor_name"]:
        raise FormError("debtor_name", N_("an invoice needs a debtor"))
    amount_due = _amount("amount_due", text["amount_due"])
    total = _amount("total", text["total"]) if text["total"] else amount_due
    currency = text["currency"].upper()
    if currency not in list_currencies():
        raise FormError("currency", N_("a currency code such as EUR"))
    try:
        contacts = clean_contact({n: text[n] for n in CONTACTS}, text["country"] or "FR")
    except InvalidContact as bad:
        raise FormError(bad.field, bad.message) from None
    return InvoiceEdit(
        number=text["number"],
        total=total,
        amount_due=amount_due,
        currency=currency,
        issue_date=_date("issue_date", text["issue_date"]),
        due_date=_date("due_date", text["due_date"]),
        is_credit_note=bool(text["is_credit_note"]),
        debtor=DebtorEdit(
            name=text["debtor_name"],
            customer_ref=text["customer_ref"] or None,
            email=contacts.get("email"),
            phone=contacts.get("phone"),
            street=contacts.get("street"),
            postcode=contacts.get("postcode"),
            city=contacts.get("city"),
            country=contacts.get("country") or "FR",
        ),
    )


def _amount(field: str, raw: str) -> Decimal:
    """ "1 234,56", "1234.56", "-12,00" → Decimal with cents; bounded and finite."""
    digits = re.sub(r"[\s\u00a0\u202f'€$£]|EUR|CHF|GBP|USD", "", raw)
    last = max(digits.rfind(","), digits.rfind("."))
    if last >= 0:
        digits = re.sub(r"[.,]", "", digits[:last]) + "." + digits[last + 1 :]
    try:
        value = Decimal(digits).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        raise FormError(field, N_("an amount such as 120.50")) from None
    if not value.is_finite() or abs(value) > _MAX_AMOUNT:
        raise FormError(field, N_("an amount such as 120.50"))
    return value


def _date(field: str, raw: str) -> dt.date | None:
    if not raw:
        return None
    try:
        if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", raw):
            day = dt.datetime.strptime(raw, "%d/%m/%Y").date()  # noqa: DTZ007 - a calendar day
        else:
            day = dt.date.fromisoformat(raw)
    except ValueError:
        raise FormError(field, N_("a date such as 2026-12-31")) from None
    if not 1990 <= day.year <= 2100:
        raise FormError(field, N_("a date such as 2026-12-31"))
    return day
