"""What staff do by hand with payments: match one to an invoice, write a remainder off.

Both run under the creditor's payments lock, like imports, so a hand match and an import
never lower the same amount due twice. A remainder under the creditor's tolerance
(`Creditor.write_off_below`) is written off with the allocation, as an import does.
"""

from __future__ import annotations

from decimal import Decimal

import peewee

from ledger.models import Invoice, InvoiceWriteOff, Payment, PaymentAllocation
from ledger.payments import (
    CENT,
    PAYABLE,
    TOLERANCE,
    ZERO,
    AllocationError,
    creditor_lock,
    status_after_payment,
)


def allocate_manually(
    payment: Payment,
    invoice: Invoice,
    amount: Decimal | str,
    *,
    matched_by: str = "manual",
    write_off_reason: str = "",
    by: str = "",
) -> PaymentAllocation:
    """Apply `amount` of a payment's unallocated part to an invoice (the admin's hand match).

    With `write_off_reason`, whatever the invoice still owes afterwards is written off too.
    """
    amount = Decimal(str(amount)).quantize(CENT)
    with creditor_lock(payment.creditor):
        payment = Payment.get_by_id(payment.id)
        invoice = Invoice.get_by_id(invoice.id)
        _refuse_allocation(payment, invoice, amount)
        allocation = PaymentAllocation.create(
            payment=payment, invoice=invoice, amount=amount, matched_by=matched_by
        )
        payment.unallocated -= amount
        payment.note = payment.suggestions = ""
        payment.save()
        invoice.amount_due -= amount
        left = invoice.amount_due
        if left > ZERO and (write_off_reason.strip() or left < invoice.creditor.write_off_below):
            reason = write_off_reason.strip() or TOLERANCE
            _close(invoice, left, reason[:300], by if write_off_reason.strip() else "", payment)
        invoice.status = status_after_payment(invoice.status, invoice.amount_due)
        invoice.save()
    return allocation


def write_off(invoice: Invoice, reason: str, *, by: str) -> InvoiceWriteOff:
    """Close what an invoice still owes, for the reason a person gives; the invoice is paid."""
    reason = " ".join(reason.split())
    with creditor_lock(invoice.creditor):
        invoice = Invoice.get_by_id(invoice.id)
        if not reason:
            raise AllocationError(None, invoice.number, "a write-off needs a reason", "no_reason")
        if invoice.is_credit_note:
            raise AllocationError(
                None, invoice.number, "a credit note is not written off", "credit_note"
            )
        if invoice.status not in PAYABLE or invoice.amount_due <= ZERO:
            raise AllocationError(
                None, invoice.number, f"the invoice is {invoice.status}, nothing is due", "settled"
            )
        written = _close(invoice, invoice.amount_due, reason[:300], by, None)
        invoice.status = status_after_payment(invoice.status, invoice.amount_due)
        invoice.save()
    return written


def _close(
    invoice: Invoice, amount: Decimal, reason: str, by: str, payment: Payment | None
) -> InvoiceWriteOff:
    invoice.amount_due -= amount
    return InvoiceWriteOff.create(
        invoice=invoice, payment=payment, amount=amount, reason=reason, written_by=by[:100]
    )


def _refuse_allocation(payment: Payment, invoice: Invoice, amount: Decimal) -> None:
    def refuse(reason: str, code: str, limit: Decimal | None = None) -> None:
        raise AllocationError(payment.id, invoice.number, reason, code, limit)

    if invoice.creditor_id != payment.creditor_id:
        refuse("the invoice belongs to another creditor", "other_creditor")
    if payment.returned_on is not None:
        refuse("the bank returned this payment", "returned")
    if invoice.is_credit_note:
        refuse("a credit note is not a payment target", "credit_note")
    if invoice.currency != payment.currency:
        refuse(f"the invoice is in {invoice.currency}, not {payment.currency}", "currency")
    if invoice.status not in PAYABLE or invoice.amount_due <= ZERO:
        refuse(f"the invoice is {invoice.status}, nothing is due", "settled")
    if amount <= ZERO:
        refuse(f"the amount must be positive, not {amount}", "not_positive")
    if amount > payment.unallocated:
        refuse(f"only {payment.unallocated} of the payment is unallocated", "over_payment",
               payment.unallocated)  # fmt: skip
    if amount > invoice.amount_due:
        refuse(f"only {invoice.amount_due} is due on the invoice", "over_invoice",
               invoice.amount_due)  # fmt: skip


def unmatched_payments() -> peewee.ModelSelect:
    """The unmatched queue: payments with a part not allocated (unmatched or overpaid)."""
    return (
        Payment.select()
        .where((Payment.unallocated > 0) & Payment.returned_on.is_null())
        .order_by(Payment.received_on, Payment.id)
    )
