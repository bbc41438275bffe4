"""Credit notes set against the debtor's open invoices: same currency, oldest invoice first.

A credit note is money the creditor owes back, never money owed: it is never reminded and
never counts in what is outstanding. What it can cover of the debtor's open invoices is
recorded as CreditOffset rows (the timeline shows them) and lowers both sides' amount due;
what is left waits on the credit note for the next invoice. Invoices or credit notes to
review are left alone until a person validates them. A credit note's amounts may carry either
sign (a person's or the layout's reading is negative, a Factur-X one positive): its size is
what it offsets, and what is left keeps its sign.
"""

from __future__ import annotations

from decimal import Decimal

from ledger.models import CreditOffset, Invoice, InvoiceStatus, db
from ledger.payments import status_after_payment

# What a credit note may lower: invoices still owed and on the ladder's side of the ledger.
OFFSETTABLE = (InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID)
ZERO = Decimal("0.00")


def offset_credit_notes(debtor_id: int) -> list[CreditOffset]:
    """Use the debtor's unused credit notes on its open invoices; returns the offsets made."""
    made: list[CreditOffset] = []
    with db.atomic():
        credits = (
            Invoice.select()
            .where(
                (Invoice.debtor == debtor_id)
                & (Invoice.is_credit_note == True)  # noqa: E712
                & (Invoice.needs_review == False)  # noqa: E712
                & (Invoice.amount_due != 0)
                & (Invoice.status != InvoiceStatus.CANCELLED)
            )
            .order_by(Invoice.issue_date, Invoice.id)
        )
        for credit in credits:
            made += _use(credit)
    return made


def _use(credit: Invoice) -> list[CreditOffset]:
    invoices = (
        Invoice.select()
        .where(
            (Invoice.debtor == credit.debtor_id)
            & (Invoice.currency == credit.currency)
            & (Invoice.is_credit_note == False)  # noqa: E712
            & (Invoice.needs_review == False)  # noqa: E712
            & (Invoice.amount_due > 0)
            & Invoice.status.in_(OFFSETTABLE)
        )
        .order_by(Invoice.due_date.is_null(), Invoice.due_date, Invoice.issue_date, Invoice.id)
    )
    sign = -1 if credit.amount_due < ZERO else 1
    left = abs(credit.amount_due)
    made = []
    for invoice in invoices:
        if left <= ZERO:
            break
        amount = min(left, invoice.amount_due)
        made.append(CreditOffset.create(credit_note=credit, invoice=invoice, amount=amount))
        invoice.amount_due -= amount
        invoice.status = status_after_payment(invoice.status, invoice.amount_due)
        invoice.save()
        left -= amount
    if made:
        credit.amount_due = sign * left
        credit.status = InvoiceStatus.PAID if left <= ZERO else credit.status
        credit.save()
    return made
