from __future__ import annotations

import datetime as dt
import os
import smtplib
import time
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest

from ingest.acknowledge import (
    Acknowledger,
    AckSettings,
    acknowledgement_text,
    send_acknowledgement,
)
from ingest.pipeline import Intake, MailResult, process_message
from ingest.services import IngestConfig, SmtpReceiver, SpoolProcessor
from ingest.smtp import SmtpOptions
from ingest.spool import Spool
from ledger.models import Creditor, Document, InboundMail, Invoice, MonthEndReading
from tests.ingest import mails
from tests.ingest.pdfs import invoice_pdf
from tests.servers.ports import free_port, wait_until
from tests.servers.smtp_sink import SmtpSink

INBOX = "factures@relance.localhost"


@pytest.fixture
def receiver(
    tmp_path: Path, sqlite_creditor: Creditor, intake: Intake, smtp_sink: SmtpSink
) -> Iterator[tuple[SmtpReceiver, SpoolProcessor]]:
    config = IngestConfig(
        data_dir=tmp_path,
        inbox=(INBOX,),
        smtp=SmtpOptions("127.0.0.1", free_port(), max_size=200_000),
        ack=AckSettings(smtp_sink.url, INBOX, "http://admin.test/review"),
    )
    processor = SpoolProcessor(config, intake)
    smtp = SmtpReceiver(config, processor)
    smtp.start()
    yield smtp, processor
    smtp.stop()
    processor.stop()


def client(receiver: tuple[SmtpReceiver, SpoolProcessor]) -> smtplib.SMTP:
    return smtplib.SMTP("127.0.0.1", receiver[0].options.port, timeout=10)


def test_it_refuses_another_recipient_with_550(receiver) -> None:  # type: ignore[no-untyped-def]
    with client(receiver) as smtp:
        smtp.ehlo()
        smtp.mail("compta@creditor.test")
        code, _ = smtp.rcpt("someone@relance.localhost")
    assert code == 550


def test_it_refuses_an_unknown_sender_with_a_clear_550_5_7_1(receiver) -> None:  # type: ignore[no-untyped-def]
    with client(receiver) as smtp:
        smtp.ehlo()
        smtp.mail("x@elsewhere.test")
        code, text = smtp.rcpt(INBOX)
    assert code == 550
    assert text.startswith(b"5.7.1 Sender <x@elsewhere.test> is not allowed")


def test_it_advertises_and_enforces_the_size_cap(receiver) -> None:  # type: ignore[no-untyped-def]
    with client(receiver) as smtp:
        smtp.ehlo()
        assert smtp.esmtp_features["size"] == "200000"
        with pytest.raises(smtplib.SMTPException) as refused:
            smtp.sendmail("compta@creditor.test", [INBOX], b"Subject: big\r\n\r\n" + b"x" * 300_000)
    assert "552" in str(refused.value)


def test_it_spools_durably_before_answering_250(receiver) -> None:  # type: ignore[no-untyped-def]
    raw = mails.invoice_mail("F-201")
    with client(receiver) as smtp:
        smtp.sendmail("compta@creditor.test", [INBOX], raw)
    (spooled,) = receiver[1].spool.pending()
    assert receiver[1].spool.read(spooled).raw == raw
    assert receiver[1].spool.read(spooled).envelope_sender == "compta@creditor.test"


def test_it_answers_451_when_the_spool_cannot_be_written(receiver) -> None:  # type: ignore[no-untyped-def]
    receiver[1].spool.root.mkdir(parents=True, exist_ok=True)
    receiver[1].spool.new.write_text("not a directory")
    with client(receiver) as smtp, pytest.raises(smtplib.SMTPDataError) as refused:
        smtp.sendmail("compta@creditor.test", [INBOX], mails.invoice_mail("F-202"))
    assert refused.value.smtp_code == 451


def test_a_mail_sent_over_smtp_becomes_an_invoice_and_an_acknowledgement(
    receiver, smtp_sink: SmtpSink, sqlite_db: peewee.Database
) -> None:  # type: ignore[no-untyped-def]
    _smtp, processor = receiver
    processor.start()
    with client(receiver) as smtp:
        smtp.sendmail("compta@creditor.test", [INBOX], mails.invoice_mail("F-203"))
    wait_until(lambda: not processor.spool.pending(), 20, what="the spool to drain")
    assert [i.number for i in Invoice.select()] == ["F-203"]
    (ack,) = smtp_sink.wait_for(1)
    assert ack["To"] == "compta@creditor.test"
    assert "1 facture enregistrée (F-203)" in ack.get_content()


def test_a_failed_acknowledgement_is_noted_and_loses_nothing(
    tmp_path: Path, sqlite_creditor: Creditor, intake: Intake
) -> None:
    config = IngestConfig(
        data_dir=tmp_path,
        inbox=(INBOX,),
        smtp=SmtpOptions("127.0.0.1", free_port(), 1000),
        ack=AckSettings(f"smtp://127.0.0.1:{free_port()}", INBOX, "http://admin.test/review"),
    )
    processor = SpoolProcessor(config, intake)
    processor.spool.put(mails.invoice_mail("F-204"), "compta@creditor.test")
    assert processor.drain() == 1
    assert Invoice.get().number == "F-204"
    assert "acknowledgement not sent" in InboundMail.get().reason
    assert processor.spool.pending() == []


def test_spooled_mails_left_by_a_crash_are_processed_on_start(
    tmp_path: Path, sqlite_creditor: Creditor, intake: Intake
) -> None:
    config = IngestConfig(tmp_path, (INBOX,), SmtpOptions("127.0.0.1", free_port(), 1000))
    processor = SpoolProcessor(config, intake)
    for number in ("F-205", "F-206"):
        processor.spool.put(mails.invoice_mail(number), "compta@creditor.test")
    processor.start()
    wait_until(lambda: not processor.spool.pending(), 20, what="the spool to drain")
    processor.stop()
    assert sorted(i.number for i in Invoice.select()) == ["F-205", "F-206"]
    assert Document.select().count() == 2


@pytest.mark.parametrize(
    ("recorded", "to_review", "refused", "expected"),
    [
        (
            ("F-101", "F-102", "F-103"),
            ("F-104",),
            (),
            "3 factures enregistrées (F-101, F-102, F-103), 1 à vérifier : http://a/review",
        ),
        (
            ("F-101", "F-103"),
            (),
            ("pages 2: no invoice number found",),
            "2 factures enregistrées (F-101, F-103), 1 à vérifier : http://a/review",
        ),
        (("F-101",), (), (), "1 facture enregistrée (F-101)"),
        ((), (), (), "Aucune facture enregistrée (aucune facture jointe) : http://a/review"),
    ],
)
def test_the_acknowledgement_says_what_was_recorded_in_french(
    recorded: tuple[str, ...], to_review: tuple[str, ...], refused: tuple[str, ...], expected: str
) -> None:
    result = MailResult(
        "k",
        "ingested",
        "no invoice attached",
        "a@b",
        1,
        recorded=recorded,
        to_review=to_review,
        refused=refused,
    )
    assert acknowledgement_text(result, "http://a/review") == expected


def test_no_acknowledgement_ever_goes_to_an_unknown_sender(
    sqlite_creditor: Creditor, intake: Intake, smtp_sink: SmtpSink
) -> None:
    result = process_message(mails.invoice_mail("F-207", sender="x@else.test"), "imap", intake)
    ack = AckSettings(smtp_sink.url, INBOX, "http://admin.test/review")
    assert send_acknowledgement(result, ack) is False
    assert smtp_sink.messages() == []


def test_half_written_spool_files_are_swept_once_stale(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    kept = spool.put(b"Subject: x\r\n\r\nx", "a@b.test")
    partial = spool.new / ".1.eml.99.1.tmp"
    partial.write_bytes(b"half")
    assert spool.sweep_partial(older_than=3600) == 0
    os.utime(partial, (time.time() - 7200, time.time() - 7200))
    assert spool.sweep_partial(older_than=3600) == 1
    assert spool.pending() == [kept]


def test_the_background_acknowledger_sends_what_it_is_given_then_stops(
    sqlite_creditor: Creditor, intake: Intake, smtp_sink: SmtpSink
) -> None:
    acknowledger = Acknowledger(AckSettings(smtp_sink.url, INBOX, "http://admin.test/review"))
    acknowledger.start()
    acknowledger.submit(process_message(mails.invoice_mail("F-208"), "smtp", intake))
    acknowledger.stop()
    (ack,) = smtp_sink.messages()
    assert "1 facture enregistrée (F-208)" in ack.get_content()


def test_a_mail_the_pipeline_keeps_failing_on_is_quarantined_with_its_reason(
    tmp_path: Path, sqlite_creditor: Creditor, intake: Intake
) -> None:
    def exploding_parser(data: bytes, filename: str, options: object = None) -> list:
        raise RuntimeError("parser exploded")

    config = IngestConfig(
        data_dir=tmp_path, inbox=(INBOX,), smtp=SmtpOptions("127.0.0.1", 0, 1_000_000)
    )
    processor = SpoolProcessor(config, Intake(intake.store, exploding_parser))
    raw = mails.invoice_mail(subject="Facture de novembre")
    processor.spool.put(raw, "compta@creditor.test")

    assert processor.drain() == 0

    [mail] = InboundMail.select()
    assert (mail.outcome, mail.reason) == (
        "quarantined",
        "could not be processed: RuntimeError: parser exploded",
    )
    assert (mail.sender, mail.subject) == ("compta@creditor.test", "Facture de novembre")
    assert intake.store.get(mail.spool_path) == raw
    assert processor.spool.pending() == []


def test_a_creditor_who_counts_the_month_end_first_gets_its_reading_over_smtp(
    receiver, sqlite_creditor: Creditor, sqlite_db: peewee.Database
) -> None:  # type: ignore[no-untyped-def]
    """Issued 03/11/2026 at "30 jours fin de mois": 31/12 counted N days on, then that month's
    end; 30/12 counted from November's end. An invoice already read keeps its date."""
    _smtp, processor = receiver
    processor.start()
    with client(receiver) as smtp:
        smtp.sendmail("compta@creditor.test", [INBOX], _month_end_terms_mail("F-210"))
    wait_until(lambda: not processor.spool.pending(), 20, what="the spool to drain")
    sqlite_creditor.month_end_reading = MonthEndReading.MONTH_END_THEN_DAYS
    sqlite_creditor.save()
    with client(receiver) as smtp:
        smtp.sendmail("compta@creditor.test", [INBOX], _month_end_terms_mail("F-211"))
    wait_until(lambda: not processor.spool.pending(), 20, what="the spool to drain")
    dated = {i.number: (i.due_date, i.needs_review) for i in Invoice.select()}
    assert dated == {
        "F-210": (dt.date(2026, 12, 31), False),
        "F-211": (dt.date(2026, 12, 30), False),
    }


def _month_end_terms_mail(number: str) -> bytes:
    pdf = invoice_pdf(number, due_date=False, terms="30 jours fin de mois")
    return mails.mail([mails.pdf_attachment(pdf, f"{number}.pdf")])
