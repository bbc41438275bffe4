"""What the invoice page's buttons do: the decision in the ledger, then a template learned from
it for the next invoices of the same layout. Plain functions without Flask: the page calls them,
and so does bench/learning.py, which measures what one correction teaches."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ingest.learning import Correction, learn_from_invoice
from ledger import review
from ledger.models import Creditor, Document, Invoice, LearnedTemplate
from ledger.review import InvoiceEdit, changed_fields, edit_of

# Every field a person types on a document intake could not read: all of them are theirs.
TYPED_BY_HAND = frozenset(
    {"invoice_number", "issue_date", "due_date", "total_due", "currency", "debtor.name"}
)


def validate_invoice(invoice: Invoice, *, by: str, data_dir: Path) -> LearnedTemplate | None:
    review.validate(invoice, by=by)
    return _learn(invoice, (), by, data_dir)


def correct_invoice(
    invoice: Invoice, edit: InvoiceEdit, *, by: str, data_dir: Path
) -> tuple[list[str], LearnedTemplate | None]:
    """The fields the person changed, and the template learned (None: the page taught none)."""
    changed = review.correct(invoice, edit, by=by)
    return changed, _learn(invoice, changed, by, data_dir)


def reject_invoice(invoice: Invoice, *, by: str) -> None:
    review.reject(invoice, by=by)


def cancel_invoice(invoice: Invoice, *, by: str, reason: str) -> None:
    review.cancel(invoice, by=by, reason=reason)


def enter_invoice(
    document: Document, creditor: Creditor, edit: InvoiceEdit, *, by: str, data_dir: Path
) -> tuple[Invoice, LearnedTemplate | None]:
    invoice = review.enter_by_hand(document, creditor, edit, by=by)
    return invoice, _learn(invoice, TYPED_BY_HAND, by, data_dir)


def would_change(invoice: Invoice, edit: InvoiceEdit) -> list[str]:
    return changed_fields(edit_of(invoice), edit.signed())


def _learn(
    invoice: Invoice, corrected: Iterable[str], by: str, data_dir: Path
) -> LearnedTemplate | None:
    return learn_from_invoice(Correction(invoice.id, frozenset(corrected), by), data_dir)
