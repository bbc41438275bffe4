"""One creditor's slow PDFs never hold up another creditor's invoice: fair lanes in the spool
processor, a fair share of the parser processes (through the SMTP receiver)."""

from __future__ import annotations

import smtplib
import threading
from pathlib import Path

from ingest.parse_share import ParserShare
from ingest.pipeline import Intake
from ingest.services import IngestConfig, SmtpReceiver, SpoolProcessor
from ingest.smtp import SmtpOptions
from ledger.models import Creditor, Invoice
from ledger.storage.files import FileStore
from parsing import ParserPool
from tests.factories import make_creditor
from tests.ingest import mails
from tests.ingest.pdfs import invoice_pdf
from tests.servers.ports import free_port, wait_until

INBOX = "factures@relance.localhost"


def test_a_creditor_flooding_slow_pdfs_does_not_delay_another_creditors_invoice(
    tmp_path: Path, sqlite_creditor: Creditor, parser_pool: ParserPool
) -> None:
    make_creditor(allowed_senders="@other.test", slug="other")
    release = threading.Event()
    slow_started = threading.Semaphore(0)

    def parser(data: bytes, filename: str, options=None):  # type: ignore[no-untyped-def]
        if filename.startswith("slow"):
            # Stands for a PDF that holds a parser process for the whole parse timeout.
            slow_started.release()
            release.wait(60)
        return parser_pool.parse(data, filename)

    config = IngestConfig(tmp_path, (INBOX,), SmtpOptions("127.0.0.1", free_port(), 10**7))
    processor = SpoolProcessor(
        config, Intake(FileStore(tmp_path / "documents"), parser, share=ParserShare(2))
    )
    receiver = SmtpReceiver(config, processor)
    receiver.start()
    try:
        with smtplib.SMTP("127.0.0.1", config.smtp.port, timeout=30) as client:
            for n in range(4):
                raw = mails.mail([mails.pdf_attachment(invoice_pdf(f"F-90{n}"), f"slow{n}.pdf")])
                client.sendmail("compta@creditor.test", [INBOX], raw)
            other = mails.invoice_mail("F-950", sender="compta@other.test")
            client.sendmail("compta@other.test", [INBOX], other)
        processor.start()
        slow_started.acquire(timeout=30)
        wait_until(
            lambda: Invoice.select().where(Invoice.number == "F-950").exists(),
            60,
            what="the other creditor's invoice while the slow ones are still parsing",
        )
        assert Invoice.select().count() == 1
        release.set()
        wait_until(lambda: Invoice.select().count() == 5, 60, what="every invoice")
    finally:
        release.set()
        receiver.stop()
        processor.stop()
