"""One received mail → committed records, or quarantine with a reason. Idempotent.

A mail is known by its Message-ID and what it carries (else a hash of its bytes): once its
outcome is committed, the same mail again changes nothing, while another mail reusing the
Message-ID is processed. A file is known by its sha256: the same PDF again gives a Document
saying "duplicate" and naming the first one, and is not parsed again. Files reach the disk
before the transaction that names them, and the transaction is short: parsing happens before
it. Inside it each file is recorded in a savepoint of its own, so one that fails is
quarantined with the error while the others are recorded.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import peewee

from ingest.authenticity import unverified_sender
from ingest.filing import REVIEW_THRESHOLD, Filed, file_invoices
from ingest.learning import creditor_templates
from ingest.mime import (
    Attachment,
    FileKind,
    MailFacts,
    legacy_message_key,
    message_key,
    parse_mail,
)
from ingest.parse_share import ParserShare
from ingest.payments import PaymentImportError, import_payment_file
from ingest.retries import environment_down
from ledger.clock import now, today
from ledger.creditors import creditor_for_sender
from ledger.inbound import finished_mail, finished_under_legacy_key, first_document, record_mail
from ledger.models import Creditor, Document, DocumentOutcome, InboundMail, Reminder, db
from ledger.payment_mapping import PaymentRules
from ledger.replies import AnswerFacts, record_answer, reminder_for_tokens
from ledger.storage import BlobStore
from parsing import ParsedInvoice, ParseError, ParseOptions

log = logging.getLogger(__name__)
Parser = Callable[[bytes, str, ParseOptions | None], list[ParsedInvoice]]
PaymentRulesSource = Callable[[Creditor], PaymentRules | None]


@dataclass(frozen=True)
class Intake:
    """What the pipeline needs besides the database: where files go (the blob store) and how
    PDFs are read."""

    store: BlobStore
    parse: Parser
    # authserv-ids of the mailbox's own server: when set, a sender must be verified by them.
    # Only mail read from IMAP can be: over SMTP the client writes the headers itself.
    trusted_authserv_ids: tuple[str, ...] = ()
    # The creditor's payments rules as rules.yaml says now (None: as the ledger last loaded).
    payment_rules: PaymentRulesSource | None = None
    # Each creditor's share of the parser processes; None = no sharing (one thread, tests).
    share: ParserShare | None = None
    # DATA_DIR/templates: each creditor's own templates and this node's copy of its learned
    # ones, read before any other.
    templates: Path | None = None
    review_threshold: float = REVIEW_THRESHOLD

    def options_for(self, creditor: Creditor, received: dt.date | None = None) -> ParseOptions:
        """The parse options for this creditor: its learned templates, its reading of "N jours
        fin de mois", the review threshold the parser puts a doubted record under, and the day
        the document came in (today unless said)."""
        options = ParseOptions(
            review_threshold=self.review_threshold,
            received=received or today(),
            month_end_reading=creditor.month_end_reading,
        )
        if self.templates is None:
            return options
        folder = creditor_templates(self.templates, creditor)
        return replace(options, template_dirs=(folder,) if folder.is_dir() else ())


@dataclass(frozen=True)
class MailResult:
    key: str
    outcome: str
    reason: str
    sender: str
    creditor_id: int | None
    already_seen: bool = False
    recorded: tuple[str, ...] = ()
    to_review: tuple[str, ...] = ()
    # Invoices of a document that could not be recorded (a batch page without a number).
    refused: tuple[str, ...] = ()

    @property
    def processed(self) -> bool:
        """Whether the mail belongs in the Processed folder (else Quarantine)."""
        return self.outcome != DocumentOutcome.QUARANTINED


@dataclass
class _Prepared:
    attachment: Attachment
    stored: str
    parsed: list[ParsedInvoice] | None = None
    error: str = ""
    payment_rules: PaymentRules | None = None


@dataclass(frozen=True)
class PreparedMail:
    """A mail parsed and its files stored, ready for its one short transaction."""

    key: str
    facts: MailFacts
    sender: str
    creditor: Creditor | None
    files: list[_Prepared]
    raw_path: str
    refusal: str = ""
    # The reminder this mail answers: stored on its debtor, never read for invoices.
    answers: Reminder | None = None
    review_threshold: float = REVIEW_THRESHOLD


def process_message(
    raw: bytes, source: str, intake: Intake, envelope_sender: str | None = None
) -> MailResult:
    """Parse, store and record one mail; the same mail twice is recognised, not redone."""
    return commit_message(prepare_message(raw, intake, envelope_sender, source=source), source)


def prepare_message(
    raw: bytes, intake: Intake, envelope_sender: str | None = None, *, source: str = "imap"
) -> PreparedMail | MailResult:
    """Everything but the transaction (safe to run ahead in other threads); a MailResult when
    the mail is already done."""
    facts = parse_mail(raw)
    key = message_key(facts, raw)
    with db.connection_context():
        seen = _already_done(key, facts)
        if seen is not None:
            return _result_of(seen, already_seen=True)
        sender = (envelope_sender or facts.sender or "").lower()
        creditor = creditor_for_sender(sender) if sender else None
        answered = answered_reminder(facts, creditor)
    if answered is not None:
        # A debtor is on no allow-list: answering a reminder is what lets their mail in.
        return PreparedMail(
            key, facts, sender, creditor, [], intake.store.put(raw, ".eml"), "", answered
        )
    refusal = _verification_refusal(sender, facts, intake, source) if creditor else ""
    creditor = None if refusal else creditor
    files = [_prepare(a, creditor, intake) for a in facts.attachments]
    raw_path = "" if files and creditor else intake.store.put(raw, ".eml")
    threshold = intake.review_threshold
    return PreparedMail(key, facts, sender, creditor, files, raw_path, refusal, None, threshold)


def _already_done(key: str, facts: MailFacts) -> InboundMail | None:
    seen = finished_mail(key)
    if seen is None and facts.message_id:
        hashes = {a.sha256 for a in facts.attachments}
        seen = finished_under_legacy_key(
            legacy_message_key(facts.message_id), facts.message_id, hashes
        )
    return seen


def _verification_refusal(sender: str, facts: MailFacts, intake: Intake, source: str) -> str:
    if not intake.trusted_authserv_ids:
        return ""
    if source != "imap":
        return (
            f"sender {sender} not verified: RELANCE_TRUSTED_AUTHSERV_ID applies to mail read "
            "from the IMAP mailbox only (over SMTP the sending client writes the headers)"
        )
    return unverified_sender(sender, facts.authentication_results, intake.trusted_authserv_ids)


def commit_message(prepared: PreparedMail | MailResult, source: str) -> MailResult:
    """Record a prepared mail in one transaction; recognises a mail committed meanwhile."""
    if isinstance(prepared, MailResult):
        return prepared
    with db.connection_context():
        try:
            with db.atomic():
                result = _commit(prepared, source)
            log.info(
                "%s mail from %s: %s (%s)",
                source,
                result.sender or "(no sender)",
                result.outcome,
                result.reason[:300],
            )
            return result
        except peewee.IntegrityError:
            # The same mail was committed since it was prepared (by this or another process):
            # its InboundMail key refused the insert and the whole transaction was undone.
            seen = finished_mail(prepared.key)
            if seen is None:
                raise
            return _result_of(seen, already_seen=True)


def answered_reminder(facts: MailFacts, creditor: Creditor | None) -> Reminder | None:
    """The reminder this mail answers; a creditor's mail with files stays an invoice mail."""
    if facts.answer is None or (creditor is not None and facts.attachments):
        return None
    return reminder_for_tokens(facts.answer.tokens)


def _commit_answer(prepared: PreparedMail, source: str) -> MailResult:
    facts, reminder = prepared.facts, prepared.answers
    assert facts.answer is not None and reminder is not None
    answer = facts.answer
    record_answer(
        AnswerFacts(
            reminder_id=reminder.id,
            kind=answer.kind,
            mail_key=prepared.key,
            sender=prepared.sender,
            subject=facts.subject,
            excerpt=answer.excerpt,
            address=answer.address,
            diagnostic=answer.diagnostic,
            storage_path=prepared.raw_path,
        )
    )
    reason = (
        f"{answer.kind} to reminder #{reminder.id} ({reminder.step_id}) "
        f"of debtor #{reminder.debtor_id}"
    )
    record_mail(
        prepared.key,
        message_id=facts.message_id,
        source=source,
        sender=prepared.sender,
        subject=facts.subject,
        creditor=reminder.creditor_id,
        spool_path=prepared.raw_path,
        outcome=DocumentOutcome.REPLY,
        reason=reason,
        processed_at=now(),
    )
    # No creditor: nothing to acknowledge, and never to a debtor.
    return MailResult(
        key=prepared.key,
        outcome=DocumentOutcome.REPLY,
        reason=reason,
        sender=prepared.sender,
        creditor_id=None,
    )


def _prepare(attachment: Attachment, creditor: Creditor | None, intake: Intake) -> _Prepared:
    suffix = ".pdf" if attachment.kind == FileKind.PDF else _suffix(attachment.filename)
    prepared = _Prepared(attachment, intake.store.put(attachment.data, suffix))
    if creditor is not None and attachment.kind == FileKind.PAYMENTS and intake.payment_rules:
        prepared.payment_rules = intake.payment_rules(creditor)
    if creditor is None or attachment.kind != FileKind.PDF:
        return prepared
    with db.connection_context():
        if first_document(attachment.sha256) is not None:
            return prepared  # a duplicate: filed as such, never parsed again
    slot = intake.share.slot(creditor.id) if intake.share else contextlib.nullcontext()
    try:
        options = intake.options_for(creditor)
        with slot:
            prepared.parsed = intake.parse(attachment.data, attachment.filename, options)
    except ParseError as error:
        prepared.error = error.reason
    return prepared


def _suffix(filename: str) -> str:
    ext = filename.rpartition(".")[2].lower()
    return f".{ext}" if ext.isalnum() and len(ext) <= 5 and "." in filename else ".bin"


def _commit(prepared: PreparedMail, source: str) -> MailResult:
    if prepared.answers is not None:
        return _commit_answer(prepared, source)
    facts, sender, creditor = prepared.facts, prepared.sender, prepared.creditor
    key = prepared.key
    filed = Filed()
    documents = []
    for item in prepared.files:
        document = _document(item, facts, sender, creditor)
        filed.merge(_file_alone(document, item, creditor, prepared))
        document.processed_at = now()
        document.save()
        documents.append(document)
    outcome, reason = _mail_outcome(creditor, sender, documents, prepared.refusal or facts.refusal)
    record_mail(
        key,
        message_id=facts.message_id,
        source=source,
        sender=sender,
        subject=facts.subject,
        creditor=creditor,
        spool_path=prepared.raw_path,
        outcome=outcome,
        reason=reason,
        processed_at=now(),
    )
    return MailResult(
        key=key,
        outcome=outcome,
        reason=reason,
        sender=sender,
        creditor_id=creditor.id if creditor else None,
        recorded=tuple(filed.recorded),
        to_review=tuple(filed.to_review),
        refused=tuple(filed.refused),
    )


def _document(
    item: _Prepared, facts: MailFacts, sender: str, creditor: Creditor | None
) -> Document:
    attachment = item.attachment
    return Document.create(
        creditor=creditor,
        sha256=attachment.sha256,
        original_filename=attachment.filename[:255],
        content_type=attachment.content_type[:100],
        size=len(attachment.data),
        message_id=facts.message_id,
        sender=sender,
        storage_path=item.stored,
    )


def _file_alone(
    document: Document, item: _Prepared, creditor: Creditor | None, prepared: PreparedMail
) -> Filed:
    """File one document in a savepoint: if it fails, only it is undone and quarantined."""
    try:
        with db.atomic():
            return _file(document, item, creditor, prepared)
    except Exception as error:
        if environment_down(error):
            raise
        log.exception("document %s of a mail could not be recorded", document.original_filename)
        document.outcome = DocumentOutcome.QUARANTINED
        document.reason = f"could not be recorded: {type(error).__name__}: {error}"[:4000]
        return Filed()


def _file(
    document: Document, item: _Prepared, creditor: Creditor | None, prepared: PreparedMail
) -> Filed:
    """Decide one document's outcome; the first matching rule wins."""
    first = first_document(document.sha256)
    if first is not None and first.id != document.id:
        document.outcome = DocumentOutcome.DUPLICATE
        document.reason = (
            f"duplicate of document #{first.id} ({first.original_filename}, "
            f"received {first.received_at:%Y-%m-%d %H:%M} UTC)"
        )
        return Filed()
    if creditor is None:
        document.outcome = DocumentOutcome.QUARANTINED
        document.reason = (
            prepared.refusal
            or f"sender {document.sender or '(none)'} is not allowed for any creditor"
        )
        return Filed()
    if item.attachment.kind == FileKind.PAYMENTS:
        hand_to_payments_importer(document, item.attachment.data, creditor, item.payment_rules)
        return Filed()
    if item.error:
        document.outcome = DocumentOutcome.QUARANTINED
        document.reason = item.error
        return Filed()
    return file_invoices(document, creditor, item.parsed or [], prepared.review_threshold)


def hand_to_payments_importer(
    document: Document, data: bytes, creditor: Creditor, rules: PaymentRules | None = None
) -> None:
    """A payments file (CSV, CAMT.053) is imported inside the mail's own transaction, so the
    mail is acknowledged only once its payments are committed; a file that cannot be imported
    at all is quarantined with the importer's reason and nothing of it is recorded."""
    try:
        report = import_payment_file(creditor, data, document.original_filename, rules=rules)
    except PaymentImportError as error:
        document.outcome = DocumentOutcome.QUARANTINED
        document.reason = f"payments file not imported: {error}"[:4000]
        return
    document.outcome = DocumentOutcome.INGESTED
    document.reason = "\n".join(report.summary())[:4000]


def _mail_outcome(
    creditor: Creditor | None, sender: str, documents: list[Document], refusal: str
) -> tuple[str, str]:
    if creditor is None or (refusal and not documents):
        return DocumentOutcome.QUARANTINED, refusal or f"sender {sender or '(none)'} is not allowed"
    if not documents:
        return DocumentOutcome.QUARANTINED, "no invoice attached"
    if all(d.outcome == DocumentOutcome.QUARANTINED for d in documents):
        return DocumentOutcome.QUARANTINED, "; ".join(
            f"{d.original_filename}: {d.reason}" for d in documents
        )[:4000]
    counts = {o: sum(d.outcome == o for d in documents) for o in DocumentOutcome.ALL}
    summary = ", ".join(f"{n} {o}" for o, n in counts.items() if n)
    if all(d.outcome == DocumentOutcome.DUPLICATE for d in documents):
        return DocumentOutcome.DUPLICATE, f"{len(documents)} document(s): {summary}"
    return DocumentOutcome.INGESTED, f"{len(documents)} document(s): {summary}"


def _result_of(mail: InboundMail, already_seen: bool) -> MailResult:
    return MailResult(
        key=mail.key,
        outcome=mail.outcome,
        reason=mail.reason,
        sender=mail.sender,
        creditor_id=mail.creditor_id,
        already_seen=already_seen,
    )
