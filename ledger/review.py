"""What a person decides about an invoice held for review (validate, correct, reject) and an
invoice typed by hand from a document intake could not read; each decision is written on the
debtor's timeline with its author. An invoice held for review is never reminded; once decided,
it is an invoice like any other (or, rejected, no invoice at all).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

import peewee

from ledger.clock import now
from ledger.contacts import normalise_phone
from ledger.credits import offset_credit_notes
from ledger.debtors import DebtorFacts, match_debtor, match_or_create_debtor
from ledger.errors import LedgerError
from ledger.models import (
    Creditor,
    Debtor,
    DebtorNote,
    Document,
    DocumentOutcome,
    Invoice,
    InvoiceConflict,
    InvoiceStatus,
    PaymentAllocation,
    db,
)

MANUAL_SOURCE = "manual"
REASON_LIMIT = 300
_TAKEN = "another invoice of this creditor has this number"
# (record contract name, InvoiceEdit attribute), in the order a page reads them.
_INVOICE_FIELDS = (
    ("invoice_number", "number"),
    ("issue_date", "issue_date"),
    ("due_date", "due_date"),
    ("total", "total"),
    ("total_due", "amount_due"),
    ("currency", "currency"),
    ("is_credit_note", "is_credit_note"),
)
_EDIT_NAMES = dict(_INVOICE_FIELDS)
# The edits below name fields as the record contract does (parsing's names), so that the
# fields a person corrected can be told to whatever learns from the correction.
DEBTOR_FIELDS = ("name", "customer_ref", "email", "phone", "street", "postcode", "city", "country")


class ReviewError(LedgerError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class DebtorEdit:
    name: str
    customer_ref: str | None = None
    email: str | None = None
    phone: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str = "FR"


@dataclass(frozen=True)
class InvoiceEdit:
    """An invoice as a person states it (already checked at the form: types and bounds)."""

    number: str
    total: Decimal
    amount_due: Decimal
    debtor: DebtorEdit
    currency: str = "EUR"
    issue_date: dt.date | None = None
    due_date: dt.date | None = None
    is_credit_note: bool = False

    def signed(self) -> InvoiceEdit:
        """Amounts carry the document's sign: negative on a credit note, positive otherwise."""
        sign = -1 if self.is_credit_note else 1
        return replace(self, total=sign * abs(self.total), amount_due=sign * abs(self.amount_due))


def edit_of(invoice: Invoice) -> InvoiceEdit:
    """The invoice and its debtor as recorded: what the review form starts from."""
    debtor = invoice.debtor
    return InvoiceEdit(
        number=invoice.number,
        total=invoice.total,
        amount_due=invoice.amount_due,
        currency=invoice.currency,
        issue_date=invoice.issue_date,
        due_date=invoice.due_date,
        is_credit_note=invoice.is_credit_note,
        debtor=DebtorEdit(**{name: getattr(debtor, name) for name in DEBTOR_FIELDS}),
    )


def changed_fields(before: InvoiceEdit, after: InvoiceEdit) -> list[str]:
    """The fields `after` changes, in reading order, named as the record contract names them."""
    changed = [
        contract
        for contract, name in _INVOICE_FIELDS
        if getattr(before, name) != getattr(after, name)
    ]
    changed += [
        f"debtor.{name}"
        for name in DEBTOR_FIELDS
        if (getattr(before.debtor, name) or None) != (getattr(after.debtor, name) or None)
    ]
    return changed


def validate(invoice: Invoice, *, by: str) -> None:
    """The invoice is right as read: it leaves review and may be reminded."""
    with db.atomic():
        _release(invoice)
        _note(invoice.debtor, by, f"validated: {invoice.number}")


def correct(invoice: Invoice, edit: InvoiceEdit, *, by: str) -> list[str]:
    """Record the person's values and validate; returns the fields that changed."""
    edit = edit.signed()
    before = edit_of(invoice)
    changes = changed_fields(before, edit)
    if not changes:
        validate(invoice, by=by)
        return []
    _check(invoice.creditor, edit, invoice)
    with db.atomic():
        old_debtor = invoice.debtor
        debtor = _debtor_for(invoice, edit.debtor, by)
        invoice.debtor = debtor
        invoice.number = edit.number
        invoice.issue_date = edit.issue_date
        invoice.due_date = edit.due_date
        invoice.total = edit.total
        invoice.amount_due = edit.amount_due
        invoice.currency = edit.currency
        invoice.is_credit_note = edit.is_credit_note
        try:
            with db.atomic():
                _release(invoice)
        except peewee.IntegrityError:
            raise ReviewError(
                "invoice_number", "another invoice of this creditor has this number"
            ) from None
        text = f"corrected and validated: {edit.number} ({_describe(before, edit, changes)})"
        _note(debtor, by, text)
        if old_debtor.id != debtor.id:
            _note(old_debtor, by, f"moved to another debtor: {edit.number} → {debtor.name}")
    return changes


def reject(invoice: Invoice, *, by: str) -> None:
    """Not an invoice (a quote, a statement, a letter): cancelled, never reminded."""
    if PaymentAllocation.select().where(PaymentAllocation.invoice == invoice).exists():
        raise ReviewError("invoice", "payments are applied to it: undo them first")
    with db.atomic():
        invoice.status = InvoiceStatus.CANCELLED
        _release(invoice)
        _note(invoice.debtor, by, f"rejected, not an invoice: {invoice.number}")


def cancel(invoice: Invoice, *, by: str, reason: str) -> None:
    """A real invoice the creditor withdrew (cancelled, replaced, agreed away): never reminded
    again. The reason is kept on the timeline; an invoice paid in part cannot be cancelled."""
    reason = " ".join(reason.split())[:REASON_LIMIT]
    if not reason:
        raise ReviewError("reason", "say why the invoice is cancelled")
    if invoice.status not in InvoiceStatus.UNPAID:
        raise ReviewError("invoice", "only an unpaid invoice can be cancelled")
    if PaymentAllocation.select().where(PaymentAllocation.invoice == invoice).exists():
        raise ReviewError("invoice", "payments are applied to it: undo them first")
    with db.atomic():
        invoice.status = InvoiceStatus.CANCELLED
        _release(invoice)
        _note(invoice.debtor, by, f"cancelled ({reason}): {invoice.number}")


def enter_by_hand(document: Document, creditor: Creditor, edit: InvoiceEdit, *, by: str) -> Invoice:
    """An invoice typed by a person from a document intake could not read (a scan, a damaged
    PDF): its debtor is matched or created as intake does, and the document is ingested."""
    edit = edit.signed()
    _check(creditor, edit, None)
    with db.atomic():
        debtor, _created = match_or_create_debtor(creditor, _facts(edit.debtor))
        _apply_typed_contacts(debtor, edit.debtor)
        invoice = Invoice.create(
            creditor=creditor,
            debtor=debtor,
            number=edit.number,
            is_credit_note=edit.is_credit_note,
            issue_date=edit.issue_date,
            due_date=edit.due_date,
            total=edit.total,
            amount_due=edit.amount_due,
            currency=edit.currency,
            document=document,
            parse_source=MANUAL_SOURCE,
        )
        document.creditor = creditor
        document.outcome = DocumentOutcome.INGESTED
        document.reason = f"entered by hand by {by}: {edit.number}"
        document.processed_at = now()
        document.save()
        _note(debtor, by, f"entered by hand: {edit.number} (document #{document.id})")
        offset_credit_notes(debtor.id)
    return Invoice.get_by_id(invoice.id)


def _release(invoice: Invoice) -> None:
    """Out of review; the conflicts that held it are settled by the person's decision. A
    credit note, or an invoice a credit note waits for, is then set against the other. Its
    due date is now the person's: no change of the creditor's month-end reading re-dates it."""
    invoice.needs_review = False
    invoice.due_terms, invoice.due_reading = "", None
    invoice.save()
    InvoiceConflict.update(resolved_at=now()).where(
        (InvoiceConflict.invoice == invoice) & InvoiceConflict.resolved_at.is_null()
    ).execute()
    offset_credit_notes(invoice.debtor_id)


def _check(creditor: Creditor, edit: InvoiceEdit, invoice: Invoice | None) -> None:
    if not edit.number.strip() or len(edit.number) > 64:
        raise ReviewError("invoice_number", "an invoice needs a number of 1 to 64 characters")
    taken = Invoice.select().where((Invoice.creditor == creditor) & (Invoice.number == edit.number))
    if invoice is not None:
        taken = taken.where(Invoice.id != invoice.id)
    if taken.exists():
        raise ReviewError("invoice_number", _TAKEN)
    if edit.issue_date and edit.due_date and edit.due_date < edit.issue_date:
        raise ReviewError("due_date", "the due date is before the issue date")
    if abs(edit.amount_due) > abs(edit.total):
        raise ReviewError("total_due", "the amount due is larger than the total")
    if not edit.debtor.name.strip():
        raise ReviewError("debtor.name", "an invoice needs a debtor")
    if invoice is not None and (edit.total, edit.amount_due) != (invoice.total, invoice.amount_due):
        allocated = PaymentAllocation.select().where(PaymentAllocation.invoice == invoice)
        if allocated.exists():
            raise ReviewError("total_due", "payments are applied to it: its amounts stay")


def _facts(edit: DebtorEdit) -> DebtorFacts:
    return DebtorFacts(**{name: getattr(edit, name) for name in DEBTOR_FIELDS})


def _debtor_for(invoice: Invoice, edit: DebtorEdit, by: str) -> Debtor:
    """The debtor the corrected invoice belongs to: the one these details designate if another
    exists; else this debtor corrected, when the invoice is its only one; else a new debtor."""
    current = invoice.debtor
    if all(
        (getattr(current, name) or None) == (getattr(edit, name) or None) for name in DEBTOR_FIELDS
    ):
        return current
    found = match_debtor(invoice.creditor, _facts(edit))
    if found is None:
        others = Invoice.select().where((Invoice.debtor == current) & (Invoice.id != invoice.id))
        if others.exists():
            found, _created = match_or_create_debtor(invoice.creditor, _facts(edit))
        else:
            found = current
    _apply_typed_contacts(found, edit, clear=found.id == current.id)
    return found


def _apply_typed_contacts(debtor: Debtor, edit: DebtorEdit, *, clear: bool = False) -> None:
    """What the person typed for the invoice's own debtor wins over what a PDF said, an emptied
    field cleared (`clear`); a debtor it was matched to only gains what it lacked."""
    for name in DEBTOR_FIELDS:
        value = getattr(edit, name)
        if name == "phone" and value:
            value = normalise_phone(value, edit.country or debtor.country) or value
        if clear and (value or name not in ("name", "country")):
            setattr(debtor, name, value or None)
        elif value and not getattr(debtor, name):
            setattr(debtor, name, value)
    try:
        with db.atomic():
            debtor.save()
    except peewee.IntegrityError:
        raise ReviewError("debtor.customer_ref", "another debtor has this customer ref") from None


def _describe(before: InvoiceEdit, after: InvoiceEdit, changes: list[str]) -> str:
    """ "due_date 2026-12-01 → 2026-12-15; total_due 100.00 EUR → 90.00 EUR" for the timeline."""
    parts = []
    for name in changes:
        old, new = _shown(before, name), _shown(after, name)
        parts.append(f"{name} {old} → {new}")
    return "; ".join(parts)


def _shown(edit: InvoiceEdit, name: str) -> str:
    if name.startswith("debtor."):
        value = getattr(edit.debtor, name.removeprefix("debtor."))
    else:
        value = getattr(
            edit, {"invoice_number": "number", "total_due": "amount_due"}.get(name, name)
        )
    if isinstance(value, Decimal):
        return f"{value:.2f} {edit.currency}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "—" if value in (None, "") else str(value)


def _note(debtor: Debtor, author: str, text: str) -> DebtorNote:
    return DebtorNote.create(debtor=debtor, author=author, kind="action", text=text[:5000])
