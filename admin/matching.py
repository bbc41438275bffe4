"""Manual matching: an unmatched payment's likely invoices, ranked, and the hand match.

The likely invoices are gathered cheaply (the numbers the import suggested, numbers holding a
word of the reference, the payer's customer ref, debtors named like the payer, amounts close
to what is left) and ranked by how well the reference, the name and the amount fit. Refusals
carry a message id and values, so the page words them in the reader's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from flask_babel import gettext
from peewee import ModelSelect, fn

from admin.formats import euros
from admin.messages import N_
from ledger.manual_payments import allocate_manually
from ledger.models import Debtor, Invoice, InvoiceStatus, Payment
from ledger.normalise import name_key, name_similarity, number_key, upper_ascii
from ledger.payments import AllocationError

_WORD = re.compile(r"[0-9A-Z]+")
_POOL = 40
# Weights of the three fits; a number the import suggested or the payer's customer ref adds.
REFERENCE, NAME, AMOUNT, HINT = 0.45, 0.3, 0.25, 0.2

REASONS = {
    "reference": N_("named in the reference"),
    "name": N_("payer's name"),
    "amount": N_("amount"),
    "customer_ref": N_("customer ref"),
    "suggested": N_("suggested at import"),
}
_REFUSALS = {
    "other_creditor": N_("This invoice belongs to another creditor."),
    "returned": N_("The bank returned this payment: it cannot be matched."),
    "credit_note": N_("A credit note cannot receive a payment."),
    "currency": N_("The invoice and the payment are not in the same currency."),
    "settled": N_("Nothing is due on this invoice any more."),
    "not_positive": N_("Enter an amount above zero."),
    "over_payment": N_("Only %(limit)s of this payment is left to match."),
    "over_invoice": N_("Only %(limit)s is due on this invoice."),
    "no_reason": N_("Say why the difference is written off."),
}
_IN_FIGURES = N_("Write the amount in figures, for example 120,50.")


class MatchError(ValueError):
    """A hand match refused: which field to correct and what to tell the person."""

    def __init__(self, field: str, message: str, limit: Decimal | None = None) -> None:
        super().__init__(f"{field}: {message}" + (f" ({limit})" if limit is not None else ""))
        self.field = field
        self.message = message
        self.limit = limit


@dataclass
class Suggestion:
    invoice: Invoice
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)


def suggestions(
    payment: Payment, search: str = "", limit: int = 20, keep: str = ""
) -> list[Suggestion]:
    """The creditor's unpaid invoices most likely paid by `payment`, best first; `keep` (an
    invoice id a person chose) stays on the list whatever the search."""
    words = {w for w in _WORD.findall(upper_ascii(payment.reference)) if len(w) >= 3}
    keys = _reference_keys(payment.reference)
    payer = name_key(payment.payer_name)
    pool = _pool(payment, search, words, payer)
    if keep.isdigit() and all(invoice.id != int(keep) for invoice in pool):
        pool += _unpaid(payment).where(Invoice.id == int(keep))
    suggested = set(payment.suggested_numbers)
    left = payment.unallocated
    ranked = []
    for invoice in pool:
        found = Suggestion(invoice)
        if number_key(invoice.number) in keys:
            found.score += REFERENCE
            found.reasons.append("reference")
        similarity = name_similarity(payer, invoice.debtor.name_key)
        if similarity >= 0.6:
            found.score += NAME * similarity
            found.reasons.append("name")
        gap = abs(invoice.amount_due - left) / max(invoice.amount_due, left, Decimal("0.01"))
        closeness = max(0.0, 1.0 - float(gap))
        found.score += AMOUNT * closeness
        if closeness >= 0.95:
            found.reasons.append("amount")
        if invoice.number in suggested:
            found.score += HINT
            found.reasons.append("suggested")
        if payment.customer_ref and invoice.debtor.customer_ref == payment.customer_ref:
            found.score += HINT
            found.reasons.append("customer_ref")
        ranked.append(found)
    ranked.sort(key=lambda s: (-s.score, s.invoice.due_date or s.invoice.created_at.date()))
    kept = [s for s in ranked[limit:] if str(s.invoice.id) == keep]
    return ranked[:limit] + kept


def refusal_text(refused: MatchError) -> str:
    """The refusal in the page's language, amounts written as the reader writes them."""
    if refused.limit is None:
        return gettext(refused.message)
    return gettext(refused.message, limit=euros(refused.limit))


def _reference_keys(reference: str) -> set[str]:
    """Number keys a person may read in the reference: words, and neighbours joined."""
    words = _WORD.findall(upper_ascii(reference))
    keys = set(words)
    for size in (2, 3):
        keys |= {"".join(words[i : i + size]) for i in range(len(words) - size + 1)}
    return keys


def _unpaid(payment: Payment) -> ModelSelect:
    return (
        Invoice.select(Invoice, Debtor)
        .join(Debtor)
        .where(
            (Invoice.creditor == payment.creditor_id)
            & Invoice.status.in_(InvoiceStatus.UNPAID)
            & (Invoice.amount_due > 0)
            & (Invoice.is_credit_note == False)  # noqa: E712 - peewee expression
            & (Invoice.currency == payment.currency)
        )
    )


def _pool(payment: Payment, search: str, words: set[str], payer: str) -> list[Invoice]:
    if search:
        term = f"%{search[:100]}%"
        matching = Invoice.number**term | Debtor.name**term
        return list(_unpaid(payment).where(matching).limit(_POOL))
    found: dict[int, Invoice] = {}
    queries = []
    if payment.suggested_numbers:
        queries.append(Invoice.number.in_(payment.suggested_numbers))
    for word in sorted(words, key=len, reverse=True)[:8]:
        queries.append(Invoice.number.contains(word))
    if payment.customer_ref:
        queries.append(Debtor.customer_ref == payment.customer_ref)
    for word in sorted(payer.split(), key=len, reverse=True)[:3]:
        if len(word) >= 3:
            queries.append(Debtor.name_key.contains(word))
    for condition in queries:
        for invoice in _unpaid(payment).where(condition).limit(_POOL):
            found[invoice.id] = invoice
    closest = _unpaid(payment).order_by(fn.ABS(Invoice.amount_due - payment.unallocated))
    for invoice in closest.limit(_POOL // 2):
        found[invoice.id] = invoice
    return list(found.values())


def match_manually(
    payment: Payment,
    invoice_id: str,
    amount: str,
    *,
    by: str,
    write_off: bool = False,
    reason: str = "",
) -> None:
    """Apply `amount` (default: all that fits) of the payment to the invoice, as `by`; with
    `write_off`, what the invoice still owes afterwards is written off for `reason`."""
    invoice = (
        Invoice.get_or_none(
            (Invoice.id == int(invoice_id)) & (Invoice.creditor == payment.creditor_id)
        )
        if invoice_id.isdigit()
        else None
    )
    if invoice is None:
        raise MatchError("invoice", N_("Choose one of the unpaid invoices below."))
    try:
        value = Decimal("".join(amount.replace(",", ".").split())) if amount.strip() else None
    except InvalidOperation:
        raise MatchError("amount", _IN_FIGURES) from None
    if value is not None and (not value.is_finite() or value != value.quantize(Decimal("0.01"))):
        raise MatchError("amount", _IN_FIGURES)
    if value is None:
        value = min(payment.unallocated, invoice.amount_due)
    if write_off and not reason.strip():
        raise MatchError("reason", _REFUSALS["no_reason"])
    try:
        allocate_manually(
            payment,
            invoice,
            value,
            matched_by=f"manual:{by}"[:32],
            write_off_reason=reason if write_off else "",
            by=by,
        )
    except AllocationError as refused:
        message = _REFUSALS.get(refused.code, N_("This match is not possible."))
        raise MatchError("amount", message, refused.limit) from None
