"""Record an invoice once: the same number and amount again is the same invoice."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field, replace
from decimal import Decimal

import peewee

from ledger.bounds import (
    NO_CURRENCY,
    amount_problem,
    currency_problem,
    date_problems,
    number_problem,
)
from ledger.clock import today
from ledger.credits import offset_credit_notes
from ledger.errors import InvalidInvoiceError
from ledger.models import Creditor, Debtor, Document, Invoice, InvoiceConflict, db


class RecordOutcome(enum.StrEnum):
    CREATED = "created"
    EXISTING = "existing"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class InvoiceFacts:
    number: str
    total: Decimal
    amount_due: Decimal
    issue_date: dt.date | None = None
    due_date: dt.date | None = None
    currency: str = "EUR"
    is_credit_note: bool = False
    pages: tuple[int, ...] = ()
    parse_source: str = ""
    confidence: float | None = None
    problems: tuple[str, ...] = field(default_factory=tuple)
    # The "N jours fin de mois" terms the due date was computed from, and by which reading
    # (None: the date does not hang on one).
    due_terms: str = ""
    due_reading: str | None = None


@dataclass(frozen=True)
class RecordResult:
    outcome: RecordOutcome
    invoice: Invoice
    conflict: InvoiceConflict | None = None


def within_bounds(facts: InvoiceFacts) -> InvoiceFacts:
    """The facts with every value the ledger cannot trust replaced by a neutral one, and why
    added to its problems (so the invoice waits for a person); no number at all is refused."""
    number, number_why = number_problem(facts.number)
    if not number:
        raise InvalidInvoiceError("invoice_number", "an invoice needs a number")
    problems = [p for p in [number_why] if p]
    amounts = {}
    for name in ("total", "amount_due"):
        why = amount_problem(name, getattr(facts, name))
        if why:
            problems.append(why)
        amounts[name] = Decimal(0) if why else Decimal(getattr(facts, name))
    issue, due, date_why = date_problems(facts.issue_date, facts.due_date, today())
    problems += date_why
    currency = (facts.currency or "").strip().upper()
    currency_why = currency_problem(currency)
    if currency_why:
        problems.append(currency_why)
        currency = NO_CURRENCY
    if not problems:
        return facts
    return replace(
        facts,
        number=number,
        issue_date=issue,
        due_date=due,
        currency=currency,
        problems=(*facts.problems, *problems),
        **amounts,
    )


def record_invoice(
    creditor: Creditor,
    debtor: Debtor,
    facts: InvoiceFacts,
    document: Document | None = None,
) -> RecordResult:
    """Create the invoice, or recognise it, or record a conflict for review (never overwrite)."""
    facts = within_bounds(facts)
    number = facts.number.strip()
    existing = Invoice.get_or_none((Invoice.creditor == creditor) & (Invoice.number == number))
    if existing is None:
        try:
            with db.atomic():
                invoice = Invoice.create(
                    creditor=creditor,
                    debtor=debtor,
                    number=number,
                    is_credit_note=facts.is_credit_note,
                    issue_date=facts.issue_date,
                    due_date=facts.due_date,
                    due_terms=facts.due_terms[:64] if facts.due_reading else "",
                    due_reading=facts.due_reading,
                    total=facts.total,
                    amount_due=facts.amount_due,
                    currency=facts.currency.upper(),
                    document=document,
                    pages=",".join(str(p) for p in facts.pages),
                    parse_source=facts.parse_source,
                    parse_confidence=facts.confidence,
                    needs_review=bool(facts.problems),
                    review_reason="; ".join(facts.problems)[:2000],
                )
                if not invoice.needs_review:
                    offset_credit_notes(debtor.id)
            return RecordResult(RecordOutcome.CREATED, Invoice.get_by_id(invoice.id))
        except peewee.IntegrityError:
            # Another process recorded the same number between our look-up and our insert.
            existing = Invoice.get((Invoice.creditor == creditor) & (Invoice.number == number))
    if _same_figures(existing, facts):
        return RecordResult(RecordOutcome.EXISTING, existing)
    return RecordResult(
        RecordOutcome.CONFLICT, existing, _record_conflict(existing, facts, document)
    )


def _same_figures(invoice: Invoice, facts: InvoiceFacts) -> bool:
    return invoice.total == facts.total and invoice.currency == facts.currency.upper()


def _record_conflict(
    invoice: Invoice, facts: InvoiceFacts, document: Document | None
) -> InvoiceConflict:
    details = (
        f"invoice {invoice.number} is recorded with total {invoice.total} {invoice.currency}; "
        f"a new document says {facts.total} {facts.currency.upper()}"
    )
    with db.atomic():
        same = InvoiceConflict.get_or_none(
            (InvoiceConflict.invoice == invoice)
            & (InvoiceConflict.total == facts.total)
            & (InvoiceConflict.document == document)
            & InvoiceConflict.resolved_at.is_null()
        )
        if same:
            return same
        conflict = InvoiceConflict.create(
            invoice=invoice,
            document=document,
            total=facts.total,
            amount_due=facts.amount_due,
            due_date=facts.due_date,
            details=details,
        )
        reason = f"conflict: {details}"
        if reason not in invoice.review_reason:
            invoice.review_reason = "; ".join(filter(None, [invoice.review_reason, reason]))[:2000]
        invoice.needs_review = True
        invoice.save()
    return conflict
