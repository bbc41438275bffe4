"""Manual matching of an unmatched payment to one of the creditor's unpaid invoices."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from peewee import Case, ModelSelect

from ledger.models import Debtor, Invoice, InvoiceStatus, Payment
from ledger.payments import AllocationError, allocate_manually


class MatchError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def candidates(payment: Payment, search: str = "", limit: int = 50) -> ModelSelect:
    """The creditor's unpaid invoices, those of the payer's customer ref first."""
    query = (
        Invoice.select(Invoice, Debtor)
        .join(Debtor)
        .where(
            (Invoice.creditor == payment.creditor_id)
            & Invoice.status.in_(InvoiceStatus.UNPAID)
            & (Invoice.amount_due > 0)
        )
    )
    if search:
        term = f"%{search[:100]}%"
        query = query.where(Invoice.number**term | Debtor.name**term)
    if payment.customer_ref:
        payer_first = Case(None, ((Debtor.customer_ref == payment.customer_ref, 0),), 1)
        query = query.order_by(payer_first, Invoice.due_date, Invoice.id)
    else:
        query = query.order_by(Invoice.due_date, Invoice.id)
    return query.limit(limit)


def match_manually(payment: Payment, invoice_id: str, amount: str, *, by: str) -> None:
    """Apply `amount` (default: all that fits) of the payment to the invoice, as `by`."""
    invoice = (
        Invoice.get_or_none(
            (Invoice.id == int(invoice_id)) & (Invoice.creditor == payment.creditor_id)
        )
        if invoice_id.isdigit()
        else None
    )
    if invoice is None:
        raise MatchError("invoice", "choose an unpaid invoice of this creditor")
    try:
        value = Decimal(amount.replace(",", ".").strip()) if amount.strip() else None
    except InvalidOperation:
        raise MatchError("amount", "an amount such as 120.50") from None
    if value is None:
        value = min(payment.unallocated, invoice.amount_due)
    if value <= 0 or value > payment.unallocated:
        raise MatchError("amount", "between 0 and what is left of the payment")
    try:
        allocate_manually(payment, invoice, value, matched_by=f"manual:{by}"[:32])
    except AllocationError as refused:
        raise MatchError("amount", refused.reason) from None
