"""Manual matching of an unmatched payment to one of the creditor's unpaid invoices."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from peewee import ModelSelect

from ledger.models import Debtor, Invoice, InvoiceStatus, Payment


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
    elif payment.customer_ref:
        query = query.where(Debtor.customer_ref == payment.customer_ref)
    return query.order_by(Invoice.due_date, Invoice.id).limit(limit)


def match_manually(payment: Payment, invoice_id: str, amount: str, *, by: str) -> None:
    try:
        from ledger.payments import allocate_manually  # type: ignore[import-not-found]
    except ImportError:
        raise MatchError("payment", "manual matching needs ledger.payments") from None
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
    allocate_manually(payment, invoice, value)
