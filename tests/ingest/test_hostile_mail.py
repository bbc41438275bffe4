"""Careless or hostile mails through the SMTP receiver: nothing vanishes, one bad file never
costs the others, and every mail ends recorded or quarantined with a reason."""

from __future__ import annotations

import smtplib
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.mime import MAX_FILES, MAX_FORWARDS
from ingest.pipeline import Intake
from ingest.services import IngestConfig, SmtpReceiver, SpoolProcessor
from ingest.smtp import SmtpOptions
from ledger.models import Creditor, Document, InboundMail, Invoice
from tests.ingest import mails
from tests.ingest.pdfs import facturx_pdf, invoice_pdf
from tests.servers.ports import free_port

INBOX = "factures@relance.localhost"
SENDER = "compta@creditor.test"


class Receiver:
    """The real receiver and spool processor; `send` goes through SMTP, `drain` commits."""

    def __init__(self, tmp_path: Path, intake: Intake) -> None:
        config = IngestConfig(
            data_dir=tmp_path,
            inbox=(INBOX,),
            smtp=SmtpOptions("127.0.0.1", free_port(), max_size=20_000_000),
        )
        self.processor = SpoolProcessor(config, intake)
        self.smtp = SmtpReceiver(config, self.processor)
        self.smtp.start()

    def send(self, *raws: bytes) -> None:
        with smtplib.SMTP("127.0.0.1", self.smtp.options.port, timeout=30) as client:
            for raw in raws:
                client.sendmail(SENDER, [INBOX], raw)

    def deliver(self, *raws: bytes) -> list[InboundMail]:
        before = InboundMail.select().count()
        self.send(*raws)
        self.processor.drain()
        assert self.processor.spool.pending() == []
        return list(InboundMail.select().order_by(InboundMail.id).offset(before))


@pytest.fixture
def receiver(tmp_path: Path, sqlite_creditor: Creditor, intake: Intake) -> Iterator[Receiver]:
    started = Receiver(tmp_path, intake)
    yield started
    started.smtp.stop()


def test_an_unstorable_amount_costs_its_own_file_only(receiver: Receiver) -> None:
    raw = mails.mail(
        [
            mails.pdf_attachment(facturx_pdf("FX-INF", total="Infinity"), "inf.pdf"),
            mails.pdf_attachment(facturx_pdf("FX-HUGE", total="1E+30"), "huge.pdf"),
            mails.pdf_attachment(invoice_pdf("F-700", "120.00"), "ok.pdf"),
        ]
    )
    [mail] = receiver.deliver(raw)
    assert mail.outcome == "ingested"
    invoices = {i.number: i for i in Invoice.select()}
    assert sorted(invoices) == ["F-700", "FX-HUGE", "FX-INF"]
    assert not invoices["F-700"].needs_review
    assert invoices["FX-INF"].needs_review
    assert "Infinity is not a finite amount" in invoices["FX-INF"].review_reason
    assert "1E+30 is beyond ±10^12" in invoices["FX-HUGE"].review_reason
    assert invoices["FX-HUGE"].amount_due == 0


def test_a_failure_recording_one_file_quarantines_that_file_and_keeps_the_others(
    tmp_path: Path, sqlite_creditor: Creditor, intake: Intake, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ingest.filing

    real = ingest.filing.record_invoice

    def fails_on_one(creditor, debtor, facts, document=None):  # type: ignore[no-untyped-def]
        if facts.number == "F-666":
            raise ArithmeticError("an unforeseen failure")
        return real(creditor, debtor, facts, document)

    monkeypatch.setattr(ingest.filing, "record_invoice", fails_on_one)
    receiver = Receiver(tmp_path, intake)
    try:
        [mail] = receiver.deliver(
            mails.mail(
                [
                    mails.pdf_attachment(invoice_pdf("F-666"), "bad.pdf"),
                    mails.pdf_attachment(invoice_pdf("F-667"), "good.pdf"),
                ]
            )
        )
    finally:
        receiver.smtp.stop()
    assert [i.number for i in Invoice.select()] == ["F-667"]
    bad = Document.get(Document.original_filename == "bad.pdf")
    assert bad.outcome == "quarantined"
    assert "could not be recorded: ArithmeticError: an unforeseen failure" in bad.reason
    assert mail.outcome == "ingested"


def test_another_mail_reusing_a_message_id_is_processed(receiver: Receiver) -> None:
    first = mails.invoice_mail("F-301", message_id="reused@creditor.test")
    second = mails.invoice_mail("F-302", message_id="reused@creditor.test")
    receiver.deliver(first, second)
    assert sorted(i.number for i in Invoice.select()) == ["F-301", "F-302"]
    # The very same mail again is still recognised and changes nothing.
    receiver.deliver(b"Received: from relay.test\r\n" + first)
    assert Invoice.select().count() == 2
    assert Document.select().count() == 2


def test_a_mail_past_the_file_limit_is_quarantined_with_the_count(receiver: Receiver) -> None:
    pdf = invoice_pdf("F-MANY")
    parts = [mails.pdf_attachment(pdf, f"f{n}.pdf") for n in range(MAX_FILES + 3)]
    [mail] = receiver.deliver(mails.mail(parts))
    assert mail.outcome == "quarantined"
    assert f"the mail holds {MAX_FILES + 3} files, more than the {MAX_FILES}" in mail.reason
    assert Invoice.select().count() == 0


def test_a_zero_byte_attachment_gets_a_document_saying_empty_file(receiver: Receiver) -> None:
    [mail] = receiver.deliver(mails.mail([mails.pdf_attachment(b"", "vide.pdf")]))
    [document] = Document.select()
    assert (document.original_filename, document.outcome) == ("vide.pdf", "quarantined")
    assert document.reason == "empty file (0 bytes)"
    assert mail.outcome == "quarantined"
    assert "vide.pdf: empty file" in mail.reason


def test_a_mail_whose_files_are_all_duplicates_is_labelled_duplicate(receiver: Receiver) -> None:
    pdf = invoice_pdf("F-401")
    receiver.deliver(mails.mail([mails.pdf_attachment(pdf, "a.pdf")]))
    [again] = receiver.deliver(mails.mail([mails.pdf_attachment(pdf, "a-again.pdf")]))
    assert again.outcome == "duplicate"
    assert again.reason == "1 document(s): 1 duplicate"


def _forwarded(raw: bytes, depth: int) -> bytes:
    """`raw` forwarded `depth` times, each forward a message/rfc822 part of the next mail."""
    for level in range(depth):
        raw = (
            (
                f"From: Relais {level} <{SENDER}>\r\nTo: {INBOX}\r\nSubject: Tr: facture\r\n"
                f"Message-ID: <fwd{level}.{depth}@creditor.test>\r\nMIME-Version: 1.0\r\n"
                f'Content-Type: multipart/mixed; boundary="fw{level}"\r\n\r\n'
                f"--fw{level}\r\nContent-Type: text/plain\r\n\r\nVoir ci-dessous.\r\n"
                f"--fw{level}\r\nContent-Type: message/rfc822\r\n\r\n"
            ).encode()
            + raw
            + f"\r\n--fw{level}--\r\n".encode()
        )
    return raw


def test_an_invoice_forwarded_four_times_is_read(receiver: Receiver) -> None:
    [mail] = receiver.deliver(_forwarded(mails.invoice_mail("F-501"), 4))
    assert mail.outcome == "ingested"
    assert [i.number for i in Invoice.select()] == ["F-501"]


@pytest.mark.parametrize("depth", [MAX_FORWARDS + 1, 3000])
def test_forwards_nested_too_deep_are_quarantined_with_that_reason(
    receiver: Receiver, depth: int
) -> None:
    [mail] = receiver.deliver(_forwarded(mails.invoice_mail("F-502"), depth))
    assert mail.outcome == "quarantined"
    assert "nested" in mail.reason and str(MAX_FORWARDS) in mail.reason
    assert Invoice.select().count() == 0


def test_the_same_pdf_arriving_again_is_not_parsed_again(
    tmp_path: Path, sqlite_creditor: Creditor, intake: Intake
) -> None:
    parsed: list[str] = []

    def counting_parser(data: bytes, filename: str, options=None):  # type: ignore[no-untyped-def]
        parsed.append(filename)
        return intake.parse(data, filename, options)

    receiver = Receiver(tmp_path, Intake(intake.store, counting_parser))
    try:
        pdf = invoice_pdf("F-601")
        for n in range(4):
            receiver.deliver(mails.mail([mails.pdf_attachment(pdf, f"copy{n}.pdf")]))
    finally:
        receiver.smtp.stop()
    assert parsed == ["copy0.pdf"]
    assert [d.outcome for d in Document.select().order_by(Document.id)] == [
        "ingested",
        "duplicate",
        "duplicate",
        "duplicate",
    ]
