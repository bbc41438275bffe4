"""Checks every record passes whichever step read it (embedded XML, a template, the layout, OCR):
its own fields must agree with one another. The layout path checks more against its page
(parsing.layout.checks); these are the ones that need nothing but the record."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from parsing.record import ParsedInvoice

DUE_BEFORE_ISSUE = "due date before issue date"
DUE_TOO_LATE = "due date more than a year after the issue date"
DUE_ABOVE_TOTAL = "amount due larger than the total"
NEGATIVE_INVOICE = "negative total on a document not titled as a credit note"


def record_problems(invoice: ParsedInvoice) -> list[str]:
    """Each check `invoice` fails, by name."""
    problems = []
    issued, due_date = invoice.issue_date, invoice.due_date
    if issued and due_date and due_date < issued:
        problems.append(DUE_BEFORE_ISSUE)
    elif issued and due_date and due_date > issued + timedelta(days=400):
        problems.append(DUE_TOO_LATE)
    total, due = _finite(invoice.total), _finite(invoice.total_due)
    if total is not None and due is not None and abs(due) > abs(total):
        problems.append(DUE_ABOVE_TOTAL)
    if total is not None and total < 0 and not invoice.is_credit_note:
        problems.append(NEGATIVE_INVOICE)
    return problems


def _finite(amount: Decimal | None) -> Decimal | None:
    """The amount when it is a number: NaN and Infinity (which XML or a template may write) are
    left for the ledger to refuse by name."""
    return amount if amount is not None and amount.is_finite() else None
