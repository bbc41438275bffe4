from __future__ import annotations

import logging
from decimal import Decimal

import pytest

from ingest.pipeline import Intake, commit_message, prepare_message, process_message
from ledger.models import (
    Creditor,
    Document,
    DocumentOutcome,
    InboundMail,
    Invoice,
    InvoiceStatus,
)
from tests.ingest import mails
from tests.ingest.conftest import FIXTURES
from tests.ingest.pdfs import batch_pdf, image_only_pdf, invoice_pdf


def test_it_records_the_invoice_of_a_mail_and_keeps_the_pdf(
    creditor: Creditor, intake: Intake
) -> None:
    result = process_message(mails.invoice_mail("F-101", "120.00"), "smtp", intake)
    invoice = Invoice.get(Invoice.number == "F-101")
    assert (invoice.creditor, invoice.total, invoice.amount_due) == (
        creditor,
        Decimal("120.00"),
        Decimal("120.00"),
    )
    assert invoice.debtor.name == "Mme Jeanne Martin"
    assert result.recorded == ("F-101",)
    document = Document.get()
    assert (document.outcome, document.original_filename) == (DocumentOutcome.INGESTED, "F-101.pdf")
    assert intake.store.get(document.storage_path) == invoice_pdf("F-101", "120.00")
    assert InboundMail.get().outcome == DocumentOutcome.INGESTED


def test_a_batch_invoice_without_a_readable_number_is_named_first_in_the_documents_reason(
    creditor: Creditor, intake: Intake
) -> None:
    raw = mails.mail([mails.pdf_attachment(batch_pdf(["F-201", None, "F-203"]), "run.pdf")])
    result = process_message(raw, "smtp", intake)
    assert result.recorded == ("F-201", "F-203")
    assert result.refused == ("pages 2: no invoice number found (invoice_number not found)",)
    document = Document.get()
    assert document.outcome == DocumentOutcome.INGESTED
    assert document.reason.startswith("pages 2: no invoice number found")
    assert document.reason.endswith("; recorded: F-201, F-203")


@pytest.mark.parametrize(
    "fixture",
    sorted(p.name for p in FIXTURES.glob("*.eml") if p.stem in mails.FORMS),
)
def test_each_mime_form_gives_one_invoice(
    fixture: str, sqlite_creditor: Creditor, intake: Intake
) -> None:
    process_message((FIXTURES / fixture).read_bytes(), "imap", intake)
    assert [i.number for i in Invoice.select()] == ["F-2026-042"]


def test_the_same_mail_twice_is_recognised_and_changes_nothing(
    creditor: Creditor, intake: Intake
) -> None:
    raw = mails.invoice_mail("F-102")
    first = process_message(raw, "smtp", intake)
    again = process_message(raw, "imap", intake)
    assert (first.already_seen, again.already_seen) == (False, True)
    assert (Invoice.select().count(), Document.select().count()) == (1, 1)


def test_the_same_pdf_in_another_mail_is_a_duplicate_naming_the_first(
    creditor: Creditor, intake: Intake
) -> None:
    process_message(mails.invoice_mail("F-103"), "smtp", intake)
    process_message(mails.invoice_mail("F-103"), "smtp", intake)
    first, second = Document.select().order_by(Document.id)
    assert Invoice.select().count() == 1
    assert second.outcome == DocumentOutcome.DUPLICATE
    assert f"duplicate of document #{first.id} (F-103.pdf" in second.reason


def test_a_mail_without_a_message_id_is_keyed_by_its_bytes(
    sqlite_creditor: Creditor, intake: Intake
) -> None:
    raw = mails.invoice_mail("F-104", message_id=None)
    assert process_message(raw, "smtp", intake).key.startswith("sha256:")
    assert process_message(raw, "smtp", intake).already_seen


@pytest.mark.parametrize(
    ("fixture", "reason"),
    [("html_only.eml", "no invoice attached"), ("logo_only.eml", "no invoice attached")],
)
def test_a_mail_without_invoice_is_quarantined_and_kept(
    fixture: str, reason: str, sqlite_creditor: Creditor, intake: Intake
) -> None:
    raw = (FIXTURES / fixture).read_bytes()
    result = process_message(raw, "imap", intake)
    mail = InboundMail.get()
    assert (result.outcome, mail.reason) == (DocumentOutcome.QUARANTINED, reason)
    assert intake.store.get(mail.spool_path) == raw


def test_a_mail_from_an_unknown_sender_is_quarantined_with_its_files_and_one_log_line(
    sqlite_creditor: Creditor, intake: Intake, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="ingest.pipeline")
    result = process_message(mails.invoice_mail("F-105", sender="x@else.test"), "imap", intake)
    [line] = [r for r in caplog.records if r.name == "ingest.pipeline"]
    assert (line.levelno, line.exc_info) == (logging.INFO, None)
    assert line.getMessage().startswith("imap mail from x@else.test: quarantined (sender")
    document = Document.get()
    assert result.outcome == DocumentOutcome.QUARANTINED
    assert document.reason == "sender x@else.test is not allowed for any creditor"
    assert Invoice.select().count() == 0


@pytest.mark.parametrize(
    ("pdf", "reason"),
    [
        (image_only_pdf(), "no text layer"),
        (b"%PDF-1.4 cut", "truncated PDF"),
        (b"", None),
    ],
)
def test_an_unreadable_pdf_is_quarantined_with_the_parsers_reason(
    pdf: bytes, reason: str | None, sqlite_creditor: Creditor, intake: Intake
) -> None:
    raw = mails.mail([mails.pdf_attachment(pdf or b"not a pdf at all", "f.pdf")])
    process_message(raw, "smtp", intake)
    document = Document.get()
    assert document.outcome == DocumentOutcome.QUARANTINED
    assert (reason or "not a PDF") in document.reason


def test_a_credit_note_is_recorded_as_one(sqlite_creditor: Creditor, intake: Intake) -> None:
    pdf = invoice_pdf("AV-7", "50.00", credit_note=True)
    process_message(mails.mail([mails.pdf_attachment(pdf)]), "smtp", intake)
    assert Invoice.get().is_credit_note


def test_a_record_with_problems_becomes_an_invoice_to_review(
    sqlite_creditor: Creditor, intake: Intake
) -> None:
    pdf = invoice_pdf("F-106", due_date=False)
    result = process_message(mails.mail([mails.pdf_attachment(pdf)]), "smtp", intake)
    invoice = Invoice.get()
    assert invoice.needs_review
    assert result.to_review == ("F-106",)


def test_a_payments_file_from_an_allowed_sender_settles_its_invoice(
    sqlite_creditor: Creditor, intake: Intake
) -> None:
    process_message(mails.invoice_mail("F-101", "120.00"), "smtp", intake)
    process_message((FIXTURES / "payments_csv.eml").read_bytes(), "imap", intake)
    document = Document.get(Document.original_filename == "releve.csv")
    assert document.outcome == DocumentOutcome.INGESTED
    assert "imported 1 payment(s): 1 matched" in document.reason
    assert intake.store.get(document.storage_path).startswith(b"date;montant")
    invoice = Invoice.get(Invoice.number == "F-101")
    assert (invoice.status, invoice.amount_due) == (InvoiceStatus.PAID, Decimal("0.00"))


def test_a_payments_file_that_cannot_be_read_is_quarantined_with_the_importers_reason(
    sqlite_creditor: Creditor, intake: Intake
) -> None:
    attachment = mails.part(
        "text/csv", b"rien;ici\r\n", 'Content-Disposition: attachment; filename="releve.csv"\r\n'
    )
    process_message(mails.mail([attachment]), "smtp", intake)
    document = Document.get()
    assert document.outcome == DocumentOutcome.QUARANTINED
    assert document.reason.startswith("payments file not imported: releve.csv")


def test_a_mail_prepared_twice_ahead_is_committed_once(creditor: Creditor, intake: Intake) -> None:
    raw = mails.invoice_mail("F-107")
    first, second = prepare_message(raw, intake), prepare_message(raw, intake)
    assert commit_message(first, "smtp").already_seen is False
    assert commit_message(second, "smtp").already_seen is True
    assert (InboundMail.select().count(), Document.select().count()) == (1, 1)
    assert Invoice.select().count() == 1


def test_another_pdf_of_an_invoice_already_recorded_is_a_duplicate_naming_the_first(
    sqlite_creditor: Creditor, intake: Intake
) -> None:
    process_message(mails.invoice_mail("F-108"), "smtp", intake)
    pdf = invoice_pdf("F-108", debtor="Mme J. Martin")
    process_message(mails.mail([mails.pdf_attachment(pdf, "copie.pdf")]), "smtp", intake)
    first, second = Document.select().order_by(Document.id)
    assert second.outcome == DocumentOutcome.DUPLICATE
    assert second.reason == f"already recorded: F-108 (document #{first.id})"
    assert Invoice.select().count() == 1
