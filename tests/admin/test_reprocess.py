from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask.testing import FlaskClient

from ingest.pipeline import Intake, process_message
from ledger.models import Creditor, Document, DocumentOutcome, Invoice
from ledger.storage import blobs
from parsing import ParserPool
from tests.admin.conftest import page_token
from tests.factories import make_creditor
from tests.ingest import mails


@pytest.fixture
def quarantined(settings, sqlite_db) -> Iterator[tuple[Creditor, Document]]:  # type: ignore[no-untyped-def]
    """A real invoice mail from a sender the creditor does not (yet) accept."""
    creditor = make_creditor(allowed_senders="@creditor.test", slug="demo")
    pool = ParserPool(1)
    try:
        intake = Intake(blobs, pool.parse)
        process_message(mails.invoice_mail("F-301", sender="compta@newclient.test"), "smtp", intake)
    finally:
        pool.close()
    yield creditor, Document.get(Document.outcome == DocumentOutcome.QUARANTINED)


def test_reprocessing_a_quarantined_document_records_its_invoice(
    staff_client: FlaskClient, quarantined
) -> None:  # type: ignore[no-untyped-def]
    creditor, document = quarantined
    pdf = staff_client.get(f"/admin/document/pdf/{document.id}")
    assert pdf.data.startswith(b"%PDF")
    creditor.allowed_senders += "\n@newclient.test"
    creditor.save()
    token = page_token(staff_client, "/admin/document/")
    response = staff_client.post(
        f"/admin/document/reprocess/{document.id}",
        data={"csrf_token": token},
        follow_redirects=True,
    )
    assert Document.get_by_id(document.id).outcome == DocumentOutcome.INGESTED
    assert [i.number for i in Invoice.select()] == ["F-301"]
    assert "enregistrées : F-301" in response.get_data(as_text=True)


def test_reprocessing_a_document_that_is_not_a_pdf_says_why(
    staff_client: FlaskClient, sqlite_db
) -> None:  # type: ignore[no-untyped-def]
    document = Document.create(sha256="c" * 64, storage_path="ab/payments.csv")
    token = page_token(staff_client, "/admin/document/")
    response = staff_client.post(
        f"/admin/document/reprocess/{document.id}",
        data={"csrf_token": token},
        follow_redirects=True,
    )
    assert "is not a PDF" in response.get_data(as_text=True)
