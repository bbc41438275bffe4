"""One stored document and what the parser made of it → invoices in the ledger, or a reason.

Called inside the caller's transaction; sets the Document's outcome and reason and never drops
a record: one with problems or a low confidence becomes an invoice "to review".
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

import peewee

from ingest.own_party import creditor_as_debtor
from ledger.debtors import DebtorFacts, match_or_create_debtor
from ledger.errors import InvalidInvoiceError
from ledger.invoices import InvoiceFacts, RecordOutcome, record_invoice
from ledger.models import Creditor, Document, DocumentOutcome, db
from parsing import ParsedInvoice

log = logging.getLogger(__name__)

# Below this confidence a record waits for a person (RELANCE_REVIEW_THRESHOLD).
REVIEW_THRESHOLD = 0.6
UNKNOWN_DEBTOR = "(débiteur non identifié)"


@dataclass
class Filed:
    """What one document gave: invoice numbers recorded, to review, or already known."""

    recorded: list[str] = field(default_factory=list)
    to_review: list[str] = field(default_factory=list)
    known: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    def merge(self, other: Filed) -> None:
        self.recorded += other.recorded
        self.to_review += other.to_review
        self.known += other.known
        self.refused += other.refused


def file_invoices(
    document: Document,
    creditor: Creditor,
    parsed: Sequence[ParsedInvoice],
    review_threshold: float = REVIEW_THRESHOLD,
) -> Filed:
    """Record each parsed invoice of `document`, then set the document's outcome and reason."""
    filed = Filed()
    for record in parsed:
        _file_alone(document, creditor, record, filed, review_threshold)
    if filed.recorded or filed.to_review:
        document.outcome = DocumentOutcome.INGESTED
        # What needs a person first: a long batch's list of numbers would hide it otherwise.
        parts = list(filed.refused)
        if filed.to_review:
            parts.append(f"to review: {', '.join(filed.to_review)}")
        if filed.recorded:
            parts.append(f"recorded: {', '.join(filed.recorded)}")
        if filed.known:
            parts.append(f"already recorded: {', '.join(filed.known)}")
        document.reason = "; ".join(parts)[:4000]
    elif filed.known:
        document.outcome = DocumentOutcome.DUPLICATE
        document.reason = "; ".join(
            [f"already recorded: {', '.join(filed.known)}", *filed.refused]
        )[:4000]
    else:
        document.outcome = DocumentOutcome.QUARANTINED
        document.reason = ("; ".join(filed.refused) or "no invoice found in the PDF")[:4000]
    return filed


def _file_alone(
    document: Document,
    creditor: Creditor,
    record: ParsedInvoice,
    filed: Filed,
    review_threshold: float,
) -> None:
    """One invoice of a (batch) PDF in a savepoint: a failure refuses it alone, with why."""
    try:
        with db.atomic():
            _file_one(document, creditor, record, filed, review_threshold)
    except (peewee.OperationalError, peewee.InterfaceError):
        raise  # the database is away: the whole mail is retried later
    except Exception as error:
        log.exception("invoice %r could not be recorded", record.invoice_number)
        where = f"pages {','.join(map(str, record.pages))}" if record.pages else "the PDF"
        filed.refused.append(f"{where}: could not be recorded: {type(error).__name__}: {error}")


def _file_one(
    document: Document,
    creditor: Creditor,
    record: ParsedInvoice,
    filed: Filed,
    review_threshold: float,
) -> None:
    where = f"pages {','.join(map(str, record.pages))}" if record.pages else "the PDF"
    total_due = record.total_due if record.total_due is not None else record.total
    missing = [
        name
        for name, value in (("invoice number", record.invoice_number), ("amount", total_due))
        if value is None or not str(value).strip()
    ]
    if missing:
        problems = "; ".join(record.problems)
        filed.refused.append(
            f"{where}: no {' and no '.join(missing)} found" + (f" ({problems})" if problems else "")
        )
        return
    problems = list(record.problems)
    if record.confidence < review_threshold:
        problems.append(f"low parse confidence {record.confidence:.2f}")
    debtor_name = record.debtor.name
    if not debtor_name:
        problems.append("debtor name not found")
    problems += creditor_as_debtor(creditor, record.debtor)
    facts = InvoiceFacts(
        number=str(record.invoice_number).strip(),
        total=record.total if record.total is not None else total_due,
        amount_due=total_due,
        issue_date=record.issue_date,
        due_date=record.due_date,
        currency=(record.currency or "EUR").upper(),
        is_credit_note=record.is_credit_note,
        pages=tuple(record.pages),
        parse_source=record.source,
        confidence=record.confidence,
        problems=tuple(problems),
        due_terms=record.due_rule or "",
        due_reading=record.due_reading,
    )
    debtor, _created = match_or_create_debtor(
        creditor,
        DebtorFacts(
            name=debtor_name or UNKNOWN_DEBTOR,
            customer_ref=record.debtor.customer_ref,
            email=record.debtor.email,
            phone=record.debtor.phone,
            street=record.debtor.street,
            postcode=record.debtor.postcode,
            city=record.debtor.city,
            country=record.debtor.country,
        ),
    )
    try:
        result = record_invoice(creditor, debtor, facts, document)
    except InvalidInvoiceError as error:
        filed.refused.append(f"{where}: {error}")
        return
    if result.outcome == RecordOutcome.CREATED:
        # The ledger may have found more to review (a value out of bounds).
        (filed.to_review if result.invoice.needs_review else filed.recorded).append(
            result.invoice.number
        )
    elif result.outcome == RecordOutcome.CONFLICT:
        filed.to_review.append(facts.number)
    else:
        first = result.invoice.document_id
        seen = f" (document #{first})" if first and first != document.id else ""
        filed.known.append(f"{facts.number}{seen}")
