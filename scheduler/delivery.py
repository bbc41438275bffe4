"""Carry out one claimed reminder through its channel and record what happened on its row.

Right before sending, the covered invoices are read again: any paid, disputed or paused since
planning is dropped (its item deleted, so a later step may still cover it), and a reminder
left with nothing is skipped. A channel's failure is one line in the log (its traceback at
DEBUG) and on the reminder's row.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

import pypdfium2

from ledger.models import Creditor, Debtor, Document, Invoice, InvoiceStatus, Reminder
from ledger.money import totals
from ledger.reminders import mark_failed, mark_sent, mark_skipped, record_handoff
from ledger.storage import StorageError, blobs
from scheduler import mail_content
from scheduler.channels import ChannelConfig, email, sms
from scheduler.channels.handover import DossierEvent, DossierInvoice, dossier_zip
from scheduler.channels.letter import LetterFacts, letter_pdf
from scheduler.errors import ChannelError
from scheduler.ladders import DEFAULT_TEMPLATES
from scheduler.mail_content import pages_of
from scheduler.payment import HowToPay, how_to_pay
from scheduler.rendering import Rendered, language_of, long_date, money, render, totals_words
from scheduler.rules import Rules
from scheduler.sms_text import sms_sender, sms_text
from scheduler.statement import (
    context,
    covered_invoices,
    history,
    other_overdue,
    thanked_invoices,
)

log = logging.getLogger(__name__)


def deliver(reminder_id: int, token: str, rules: Rules, config: ChannelConfig, day: dt.date) -> str:
    """Send one claimed reminder; returns its final status. Never raises for a channel error."""
    reminder = (
        Reminder.select(Reminder, Debtor, Creditor)
        .join(Debtor)
        .switch(Reminder)
        .join(Creditor)
        .where(Reminder.id == reminder_id)
        .get()
    )
    try:
        status = _deliver(reminder, token, rules, config, day)
        log.info(
            "reminder %s (%s %s by %s) for debtor %s: %s",
            reminder.id,
            reminder.ladder,
            reminder.step_id,
            reminder.channel,
            reminder.debtor_id,
            status,
        )
        return status
    except Exception as error:
        why = str(error) if isinstance(error, ChannelError) else f"{type(error).__name__}: {error}"
        log.warning("reminder %s (%s) failed: %s", reminder.id, reminder.channel, why)
        log.debug("reminder %s failed", reminder.id, exc_info=True)
        mark_failed(reminder.id, token, why)
        return "failed"


def _deliver(
    reminder: Reminder, token: str, rules: Rules, config: ChannelConfig, day: dt.date
) -> str:
    debtor, creditor = reminder.debtor, reminder.creditor
    if debtor.dispute or debtor.do_not_contact:
        mark_skipped(reminder.id, token, "debtor in dispute or not to be contacted")
        return "skipped"
    step = rules.step(reminder.ladder, reminder.step_id)
    thanks = step is not None and step.kind == "thanks"
    covered = thanked_invoices(reminder) if thanks else covered_invoices(reminder, day)
    if not covered.invoices:
        mark_skipped(reminder.id, token, "nothing left to remind: " + ", ".join(covered.dropped))
        return "skipped"
    composed = compose(
        rules, creditor, debtor, covered.invoices, reminder.ladder, reminder.step_id,
        reminder.channel, day, reminder.id,
    )  # fmt: skip
    rendered, payment, language = composed.rendered, composed.payment, composed.language
    declared = rules.creditors.get(creditor.slug)
    Reminder.update(
        subject=rendered.subject,
        body_text=rendered.text,
        body_html=rendered.html,
        totals=totals((i.amount_due, i.currency) for i in covered.invoices),
    ).where(Reminder.id == reminder.id).execute()
    channel = reminder.channel
    if channel == "email":
        attachments = mail_content.Attachments()
        if not thanks:
            _attach(attachments, reminder, creditor, debtor, covered.invoices, rules, config, day)
        provider_id = _send_email(
            reminder, token, creditor, debtor, rendered, config, payment, attachments
        )
        mark_sent(reminder.id, token, provider_id=provider_id, outcome=attachments.note())
    elif channel == "sms":
        sender = sms_sender(declared.sms_sender if declared else None, creditor.name)
        text = sms_text(
            creditor, debtor, covered.invoices + composed.others, payment, thanks=thanks
        )
        provider_id = _send_sms(reminder, token, debtor, text, sender, config)
        mark_sent(reminder.id, token, provider_id=provider_id)
    elif channel in ("letter", "registered_letter"):
        letter = _letter(reminder, creditor, debtor, rendered, day, language, payment)
        key = blobs.put(letter, ".pdf")
        Reminder.update(file_path=key, print_day=day).where(Reminder.id == reminder.id).execute()
        mark_sent(reminder.id, token, outcome=f"in the print batch of {day.isoformat()}")
    elif channel == "handover":
        key = blobs.put(_handover(creditor, debtor, covered.invoices, day), ".zip")
        Reminder.update(file_path=key).where(Reminder.id == reminder.id).execute()
        mark_sent(reminder.id, token, outcome="dossier ready; invoices handed over")
    else:
        mark_failed(reminder.id, token, f"channel {channel!r} cannot be sent automatically")
        return "failed"
    return "sent"


def template_for(rules: Rules, ladder: str, step_id: str, channel: str) -> str:
    step = rules.step(ladder, step_id)
    if step is not None:
        return step.template_name
    return DEFAULT_TEMPLATES.get(channel, "reminder_1")


@dataclass(frozen=True)
class Composed:
    """A step's message to a debtor: its text, how to pay, its language, and the debtor's
    other overdue invoices the statement lists beside the covered ones."""

    rendered: Rendered
    payment: HowToPay | None
    language: str
    others: list[Invoice]


def compose(
    rules: Rules,
    creditor: Creditor,
    debtor: Debtor,
    invoices: list[Invoice],
    ladder: str,
    step_id: str,
    channel: str,
    day: dt.date,
    reminder_id: int | None = None,
) -> Composed:
    """The message a step sends a debtor about these invoices. Sending (`reminder_id`: the
    reminder being sent, left out of its own history) and the admin's preview both go
    through here."""
    step = rules.step(ladder, step_id)
    thanks = step is not None and step.kind == "thanks"
    language = language_of(debtor.language)
    others = [] if thanks else other_overdue(debtor.id, invoices, day)
    declared = rules.creditors.get(creditor.slug)
    payment = None
    if declared is not None and not thanks:
        payment = how_to_pay(
            declared.payment, creditor.slug, invoices + others, debtor.customer_ref
        )
    values = context(
        creditor,
        debtor,
        invoices,
        others,
        history(reminder_id, invoices),
        rules,
        day,
        payment,
    )
    templates_dir = declared.templates_dir if declared else None
    template = template_for(rules, ladder, step_id, channel)
    return Composed(render(template, language, values, templates_dir), payment, language, others)


def _attach(
    attachments: mail_content.Attachments,
    reminder: Reminder,
    creditor: Creditor,
    debtor: Debtor,
    invoices: list[Invoice],
    rules: Rules,
    config: ChannelConfig,
    day: dt.date,
) -> None:
    cap = config.attachments_max_bytes
    mail_content.invoice_attachments(invoices, cap, attachments)
    if mail_content.is_second_step_or_later(rules, reminder):
        statement = mail_content.statement_attachment(creditor, debtor, day, debtor.language)
        attachments.add(statement, cap)


def _send_email(
    reminder: Reminder,
    token: str,
    creditor: Creditor,
    debtor: Debtor,
    rendered: Rendered,
    config: ChannelConfig,
    payment: HowToPay | None,
    attachments: mail_content.Attachments,
) -> str:
    """Answers come back to the dedicated mailbox: Reply-To and the envelope sender carry the
    reminder's token, its Message-ID too (for a reply that keeps only the thread)."""
    sender = creditor.email or config.fallback_sender
    inbox = config.reply_address or config.fallback_sender
    answer_token = mail_content.reply_token(reminder)
    answers_to = mail_content.reply_address(inbox, answer_token)
    message = email.build_message(
        sender_name=creditor.name,
        sender_address=sender,
        reply_to=answers_to,
        to=debtor.email or "",
        subject=rendered.subject,
        text=rendered.text,
        html=rendered.html,
        message_id=mail_content.message_id(inbox, answer_token),
        images=[(code.cid, code.qr_png) for code in payment.codes] if payment else (),
        attachments=[(f.filename, f.data) for f in attachments.files],
    )
    message_id = str(message["Message-ID"])
    email.send(
        config.smtp_url,
        message,
        lambda: record_handoff(reminder.id, token, message_id),
        timeout=config.smtp_timeout,
        envelope_sender=answers_to,
    )
    return message_id


def _send_sms(
    reminder: Reminder,
    token: str,
    debtor: Debtor,
    text: str,
    sender: str,
    config: ChannelConfig,
) -> str:
    Reminder.update(body_text=text, body_html="").where(Reminder.id == reminder.id).execute()
    provider = sms.HttpJsonProvider(config.sms_url, config.sms_token)
    return provider.send(
        reminder.recipient or debtor.phone or "",
        text,
        sender,
        lambda: record_handoff(reminder.id, token, ""),
    )


def _letter(
    reminder: Reminder,
    creditor: Creditor,
    debtor: Debtor,
    rendered: Rendered,
    day: dt.date,
    language: str,
    payment: HowToPay | None = None,
) -> bytes:
    ids = [
        f"SIREN {creditor.siren}" if creditor.siren else "",
        f"SIRET {creditor.siret}" if creditor.siret else "",
        f"TVA {creditor.vat_number}" if creditor.vat_number else "",
    ]
    city = _letterhead_city(creditor.letterhead)
    where = f"{city}, le " if city and language == "fr" else (f"{city}, " if city else "")
    facts = LetterFacts(
        letterhead=creditor.letterhead or creditor.name,
        legal_ids=" – ".join(i for i in ids if i),
        address=tuple(
            line
            for line in (
                debtor.name,
                debtor.street,
                f"{debtor.postcode or ''} {debtor.city or ''}".strip(),
                "" if (debtor.country or "FR") == "FR" else debtor.country,
            )
            if line
        ),
        place_and_date=where + long_date(day, language),
        subject=rendered.subject,
        body=rendered.text,
        registered=reminder.channel == "registered_letter",
        codes=tuple(
            (f"{code.number} · {money(code.amount_due, language, code.currency)}", code.qr_png)
            for code in (payment.codes if payment else ())
            if code.qr_png
        ),
    )
    return letter_pdf(facts)


def _letterhead_city(letterhead: str) -> str:
    lines = [line.strip() for line in letterhead.strip().splitlines() if line.strip()]
    if not lines:
        return ""
    last = lines[-1]
    head, _, tail = last.partition(" ")
    return tail if head.isdigit() and len(head) == 5 else ""


def _handover(creditor: Creditor, debtor: Debtor, invoices: list[Invoice], day: dt.date) -> bytes:
    documents = _invoice_pages(invoices)
    dossier_invoices = [
        DossierInvoice(
            i.number,
            str(i.issue_date or ""),
            str(i.due_date or ""),
            str(i.total),
            str(i.amount_due),
            i.currency,
            i.status,
            *documents.get(i.id, (b"", "no document received by mail")),
        )
        for i in invoices
    ]
    history = [
        DossierEvent(str(r.due_on), r.step_id, r.channel, r.status, r.subject, r.provider_id)
        for r in Reminder.select().where(Reminder.debtor == debtor.id).order_by(Reminder.id)
    ]
    summary = "\n".join(
        [
            f"Créancier : {creditor.name} (SIREN {creditor.siren or '-'})",
            f"Débiteur : {debtor.name}",
            f"Adresse : {debtor.street or ''} {debtor.postcode or ''} {debtor.city or ''}",
            f"Email : {debtor.email or ''}  Téléphone : {debtor.phone or ''}",
            "Total restant dû : "
            + totals_words(totals((i.amount_due, i.currency) for i in invoices)),
            f"Dossier constitué le {day.isoformat()}",
            "",
        ]
    )
    dossier = dossier_zip(summary, dossier_invoices, history)
    Invoice.update(status=InvoiceStatus.HANDED_OVER).where(
        Invoice.id.in_([i.id for i in invoices])
    ).execute()
    return dossier


def _shares_document(invoices: list[Invoice], invoice: Invoice) -> bool:
    return sum(i.document_id == invoice.document_id for i in invoices) > 1


def _invoice_pages(invoices: list[Invoice]) -> dict[int, tuple[bytes, str]]:
    """Per invoice, (its PDF pages, why missing), read from the blob store; a PDF that also
    holds other invoices gives only this invoice's pages."""
    ids = {i.document_id for i in invoices if i.document_id}
    stored = {d.id: d.storage_path for d in Document.select().where(Document.id.in_(ids))}
    shared = {
        document_id
        for (document_id,) in Invoice.select(Invoice.document)
        .where(Invoice.document.in_(ids) & Invoice.id.not_in([i.id for i in invoices]))
        .tuples()
    }
    found: dict[int, tuple[bytes, str]] = {}
    for invoice in invoices:
        key = stored.get(invoice.document_id)
        if not key:
            continue
        try:
            data = blobs.get(key)
            if invoice.document_id in shared or _shares_document(invoices, invoice):
                data = pages_of(data, invoice.pages)
        except (StorageError, ValueError, pypdfium2.PdfiumError) as error:
            log.warning("dossier: invoice %s has no PDF: %s", invoice.number, error)
            found[invoice.id] = (b"", f"PDF unreadable: {error}")
            continue
        found[invoice.id] = (data, "")
    return found
