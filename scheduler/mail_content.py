"""What a reminder e-mail carries besides its text: the invoice PDFs it is about (only the
pages of each invoice when its PDF is a batch for several), the statement of account from the
second step on, within a size cap; and the token that lets answers find the reminder again."""

from __future__ import annotations

import base64
import datetime as dt
import io
import logging
import secrets
from dataclasses import dataclass, field

import pypdfium2

from ledger.models import (
    Creditor,
    Debtor,
    Document,
    Invoice,
    InvoiceStatus,
    Payment,
    PaymentAllocation,
    Reminder,
)
from ledger.storage import StorageError, blobs
from scheduler.channels.handover import safe_name
from scheduler.channels.letter import pdf_text
from scheduler.channels.statement import (
    OpenItem,
    PaymentReceived,
    StatementFacts,
    statement_pdf,
)
from scheduler.rendering import language_of, long_date, money
from scheduler.rules import Rules

log = logging.getLogger(__name__)
# Payments received shown on the statement: the last year's.
PAYMENTS_WINDOW = dt.timedelta(days=365)


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    subtype: str = "pdf"


@dataclass
class Attachments:
    files: list[Attachment] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)

    def add(self, attachment: Attachment, cap: int) -> None:
        used = sum(len(f.data) for f in self.files)
        if used + len(attachment.data) > cap:
            self.left_out.append(f"{attachment.filename} (over the {cap:,}-byte attachment cap)")
            return
        self.files.append(attachment)

    def note(self) -> str:
        return "not attached: " + "; ".join(self.left_out) if self.left_out else ""


def reply_token(reminder: Reminder) -> str:
    """The reminder's token, made on its first sending and kept for its retries."""
    if reminder.reply_token:
        return reminder.reply_token
    token = base64.b32encode(secrets.token_bytes(10)).decode().lower()
    Reminder.update(reply_token=token).where(
        (Reminder.id == reminder.id) & Reminder.reply_token.is_null()
    ).execute()
    return Reminder.get_by_id(reminder.id).reply_token


def reply_address(inbox: str, token: str) -> str:
    """factures+r<token>@domain: where answers to this reminder go (and bounces, as the
    envelope sender)."""
    local, _, domain = inbox.partition("@")
    return f"{local}+r{token}@{domain}"


def message_id(inbox: str, token: str) -> str:
    return f"<relance.r{token}@{inbox.rpartition('@')[2] or 'relance.localhost'}>"


def is_second_step_or_later(rules: Rules, reminder: Reminder) -> bool:
    ids = [s.id for s in rules.steps(reminder.ladder)]
    return reminder.step_id in ids and ids.index(reminder.step_id) >= 1


def invoice_attachments(invoices: list[Invoice], cap: int, attachments: Attachments) -> None:
    """Each invoice's own PDF: the stored document, or only its pages when the document also
    holds other invoices (a batch never reaches another debtor)."""
    ids = [i.document_id for i in invoices if i.document_id]
    documents = {d.id: d for d in Document.select().where(Document.id.in_(ids))} if ids else {}
    shared = {
        document_id
        for (document_id,) in Invoice.select(Invoice.document)
        .where(Invoice.document.in_(ids) & Invoice.id.not_in([i.id for i in invoices]))
        .tuples()
    }
    for invoice in invoices:
        name = f"facture-{safe_name(invoice.number)}.pdf"
        document = documents.get(invoice.document_id)
        if document is None or not document.storage_path:
            continue
        try:
            data = blobs.get(document.storage_path)
            if document.id in shared:
                data = pages_of(data, invoice.pages)
        except (StorageError, OSError, ValueError, pypdfium2.PdfiumError) as error:
            log.warning("invoice %s: PDF not attached: %s", invoice.number, error)
            attachments.left_out.append(f"{name} ({error})")
            continue
        attachments.add(Attachment(name, data), cap)


def pages_of(data: bytes, pages: str) -> bytes:
    """The listed pages ("3,4", 1-based) of a PDF as a PDF of their own."""
    numbers = [int(p) for p in pages.split(",") if p.strip().isdigit()]
    if not numbers:
        raise ValueError("a batch PDF with no page numbers for this invoice")
    source = pypdfium2.PdfDocument(data)
    try:
        if max(numbers) > len(source):
            raise ValueError(f"page {max(numbers)} is beyond the PDF's {len(source)} pages")
        extract = pypdfium2.PdfDocument.new()
        extract.import_pages(source, [n - 1 for n in numbers])
        out = io.BytesIO()
        extract.save(out)
        extract.close()
        return out.getvalue()
    finally:
        source.close()


def statement_attachment(
    creditor: Creditor, debtor: Debtor, day: dt.date, language: str
) -> Attachment:
    facts = statement_facts(creditor, debtor, day, language)
    data = statement_pdf(
        facts,
        lambda amount, currency: pdf_text(money(amount, language, currency)),
        lambda d: long_date(d, language),
    )
    name = "releve-de-compte" if language_of(language) == "fr" else "statement-of-account"
    return Attachment(f"{name}-{day.isoformat()}.pdf", data)


def statement_facts(
    creditor: Creditor, debtor: Debtor, day: dt.date, language: str
) -> StatementFacts:
    open_items = (
        Invoice.select()
        .where(
            (Invoice.debtor == debtor)
            & Invoice.status.in_(InvoiceStatus.UNPAID)
            & (Invoice.amount_due != 0)
        )
        .order_by(Invoice.due_date, Invoice.number)
    )
    received = (
        PaymentAllocation.select(PaymentAllocation, Payment, Invoice)
        .join(Payment)
        .switch(PaymentAllocation)
        .join(Invoice)
        .where((Invoice.debtor == debtor) & (Payment.received_on >= day - PAYMENTS_WINDOW))
        .order_by(Payment.received_on, PaymentAllocation.id)
    )
    return StatementFacts(
        creditor=creditor.name,
        debtor=debtor.name,
        customer_ref=debtor.customer_ref or "",
        day=day,
        items=tuple(
            OpenItem(
                i.number,
                i.issue_date,
                i.due_date,
                # A credit note may be recorded with either sign; the statement signs it.
                abs(i.total) if i.is_credit_note else i.total,
                abs(i.amount_due) if i.is_credit_note else i.amount_due,
                i.currency,
                i.is_credit_note,
            )
            for i in open_items
        ),
        payments=tuple(
            PaymentReceived(
                a.payment.received_on,
                a.amount,
                a.invoice.currency,
                a.invoice.number,
                a.payment.reference,
            )
            for a in received
        ),
        language=language_of(language),
    )
