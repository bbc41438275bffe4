from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest.pipeline import Intake, process_message
from ingest.reprocess import (
    DocumentNotFound,
    quarantined_documents,
    reprocess_document,
    reprocess_documents,
)
from ingest.spool import Spool
from ledger.models import Creditor, Document, DocumentOutcome, Invoice, MonthEndReading
from relance.cli import cli
from tests.factories import make_creditor
from tests.ingest import mails
from tests.ingest.conftest import deliver, folder_counts
from tests.ingest.pdfs import invoice_pdf
from tests.servers.dovecot import DovecotServer


def test_a_quarantined_document_is_recorded_once_reprocessed(
    sqlite_creditor: Creditor, intake: Intake
) -> None:
    process_message(mails.invoice_mail("F-301", sender="compta@newclient.test"), "imap", intake)
    (document_id,) = quarantined_documents()
    sqlite_creditor.allowed_senders = "@creditor.test\n@newclient.test"
    sqlite_creditor.save()
    result = reprocess_document(document_id, intake)
    assert (result.outcome, result.reason) == (DocumentOutcome.INGESTED, "recorded: F-301")
    assert Invoice.get().document_id == document_id
    assert reprocess_document(document_id, intake).outcome == DocumentOutcome.DUPLICATE
    assert Invoice.select().count() == 1


def test_reprocessing_after_a_change_of_month_end_reading_keeps_the_recorded_due_date(
    sqlite_creditor: Creditor, intake: Intake
) -> None:
    """The ledger never overwrites a recorded invoice: a new reading dates the next invoices
    (and the documents recorded anew), not those already read."""
    pdf = invoice_pdf("F-303", due_date=False, terms="30 jours fin de mois")
    process_message(mails.mail([mails.pdf_attachment(pdf)]), "imap", intake)
    sqlite_creditor.month_end_reading = MonthEndReading.MONTH_END_THEN_DAYS
    sqlite_creditor.save()
    result = reprocess_document(Document.get().id, intake)
    assert (result.outcome, result.reason) == (DocumentOutcome.DUPLICATE, "already recorded: F-303")
    assert Invoice.get().due_date == dt.date(2026, 12, 31)


def test_reprocessing_a_missing_document_says_so(sqlite_creditor: Creditor, intake: Intake) -> None:
    with pytest.raises(DocumentNotFound, match="no document #99"):
        reprocess_document(99, intake)


@pytest.fixture
def install(tmp_path: Path, sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RELANCE_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("RELANCE_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("RELANCE_OUTGOING_SMTP_URL", "")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "var"


def test_ingest_once_drains_the_spool_then_exits(install: Path, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    make_creditor(allowed_senders="@creditor.test")
    Spool.under(install).put(mails.invoice_mail("F-302"), "compta@creditor.test")
    outcome = CliRunner().invoke(cli, ["ingest", "--once"], catch_exceptions=False)
    assert outcome.output.strip().endswith("1 mail(s) processed")
    assert [i.number for i in Invoice.select()] == ["F-302"]
    assert os.listdir(install / "spool" / "new") == []


def test_reprocess_command_reports_each_document(install: Path, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    make_creditor(allowed_senders="@creditor.test")
    Spool.under(install).put(mails.mail([mails.pdf_attachment(b"%PDF-1.4 cut")]), "a@creditor.test")
    CliRunner().invoke(cli, ["ingest", "--once"], catch_exceptions=False)
    document = Document.get()
    outcome = CliRunner().invoke(cli, ["reprocess", "--quarantined"], catch_exceptions=False)
    assert outcome.output.startswith(f"document #{document.id}: quarantined (truncated PDF")
    outcome = CliRunner().invoke(cli, ["reprocess"])
    assert "give either a DOCUMENT_ID or --quarantined" in outcome.output


def test_ingest_once_drains_the_imap_inbox_too(
    install: Path, sqlite_db, dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    make_creditor(allowed_senders="@creditor.test")
    deliver(dovecot, mails.invoice_mail("F-303"), mails.html_only())
    monkeypatch.setenv("RELANCE_IMAP_URL", dovecot.url)
    outcome = CliRunner().invoke(cli, ["ingest", "--once"], catch_exceptions=False)
    assert outcome.output.strip().endswith("2 mail(s) processed")
    assert [i.number for i in Invoice.select()] == ["F-303"]
    assert folder_counts(dovecot) == {"INBOX": 0, "Relance/Processed": 1, "Relance/Quarantine": 1}


def test_reprocessing_several_documents_parses_them_side_by_side_and_records_them_in_order(
    sqlite_creditor: Creditor, intake: Intake
) -> None:
    numbers = [f"F-31{n}" for n in range(5)]
    for number in numbers:
        process_message(mails.invoice_mail(number, sender="compta@late.test"), "imap", intake)
    ids = quarantined_documents()
    sqlite_creditor.allowed_senders = "@creditor.test\n@late.test"
    sqlite_creditor.save()
    results = list(reprocess_documents(ids, intake, workers=2))
    assert [result.document_id for result in results] == ids
    assert [result.reason for result in results] == [f"recorded: {n}" for n in numbers]
