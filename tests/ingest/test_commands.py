from __future__ import annotations

import smtplib
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest
from click.testing import CliRunner

from admin.server import AdminService
from ingest.imap import ImapWatcher
from ingest.payments.dropfolder import PaymentsDropFolder
from ingest.pipeline import Intake
from ingest.queue import MailQueueWorker
from ingest.services import IngestConfig, Parsers, SmtpReceiver, SpoolProcessor
from ingest.smtp import SmtpOptions
from ledger.inbound import advance_cursor, cursor
from ledger.models import Creditor
from relance.cli import cli
from relance.nodes import NodeService, Singleton
from relance.services import build_services
from relance.settings import Settings
from scheduler.jobs import ReminderService
from tests.ingest.pdfs import invoice_pdf
from tests.servers.ports import free_port

INBOX = "factures@relance.localhost"


def test_relance_run_hosts_intake_then_reminders_and_the_watcher_only_when_imap_is_set() -> None:
    imap = {"RELANCE_IMAP_URL": "imap://u:p@127.0.0.1/INBOX"}
    postgres = {"RELANCE_DATABASE_URL": "postgresql://relance@127.0.0.1:5432/relance"}
    plain = build_services(Settings.load({}, Path("/nonexistent")))
    with_imap = build_services(Settings.load(imap, Path("/nonexistent")))
    several = build_services(Settings.load({**imap, **postgres}, Path("/nonexistent")))
    intake = [NodeService, Parsers, SpoolProcessor, SmtpReceiver]
    tail = [PaymentsDropFolder, ReminderService, AdminService]
    assert [_kind(s) for s in plain] == [*intake, *tail]
    assert [_kind(s) for s in with_imap] == [*intake, ImapWatcher, *tail]
    assert [_kind(s) for s in several] == [*intake, MailQueueWorker, ImapWatcher, *tail]
    assert [type(s) for s in several if _kind(s) in (ImapWatcher, PaymentsDropFolder)] == [
        Singleton,
        Singleton,
    ]
    for service in plain + with_imap + several:
        if isinstance(service, Parsers):
            service.stop()


def _kind(service: object) -> type:
    """The part itself, whether or not it runs as a singleton."""
    return type(getattr(service, "inner", service))


# Plain AUTH without TLS is what these two tests check; aiosmtpd rightly warns about it.
@pytest.fixture
def authenticated_receiver(
    tmp_path: Path, sqlite_creditor: Creditor, intake: Intake
) -> Iterator[SmtpReceiver]:
    config = IngestConfig(
        tmp_path,
        (INBOX,),
        SmtpOptions("127.0.0.1", free_port(), 100_000, auth_user="relance", auth_password="pw"),
    )
    receiver = SmtpReceiver(config, SpoolProcessor(config, intake))
    receiver.start()
    yield receiver
    receiver.stop()


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_with_auth_configured_it_refuses_mail_before_login(
    authenticated_receiver: SmtpReceiver,
) -> None:
    with smtplib.SMTP("127.0.0.1", authenticated_receiver.options.port, timeout=10) as client:
        client.ehlo()
        code, _ = client.mail("compta@creditor.test")
        assert code == 530
        client.login("relance", "pw")
        assert client.mail("compta@creditor.test")[0] == 250


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_with_auth_configured_a_wrong_password_is_refused(
    authenticated_receiver: SmtpReceiver,
) -> None:
    port = authenticated_receiver.options.port
    with (
        smtplib.SMTP("127.0.0.1", port, timeout=10) as client,
        pytest.raises(smtplib.SMTPAuthenticationError),
    ):
        client.login("relance", "wrong")


def test_send_sample_mails_a_pdf_to_the_running_receiver(
    tmp_path: Path,
    sqlite_creditor: Creditor,
    intake: Intake,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    port = free_port()
    config = IngestConfig(tmp_path, (INBOX,), SmtpOptions("127.0.0.1", port, 100_000))
    processor = SpoolProcessor(config, intake)
    receiver = SmtpReceiver(config, processor)
    receiver.start()
    sample = tmp_path / "facture.pdf"
    sample.write_bytes(invoice_pdf("F-601"))
    monkeypatch.setenv("RELANCE_SMTP_LISTEN", f"127.0.0.1:{port}")
    monkeypatch.chdir(tmp_path)
    try:
        runner = CliRunner()
        sent = runner.invoke(cli, ["send-sample", str(sample), "--from", "a@creditor.test"])
        refused = runner.invoke(cli, ["send-sample", str(sample), "--from", "a@other.test"])
    finally:
        receiver.stop()
    assert sent.exit_code == 0, sent.output
    assert len(processor.spool.pending()) == 1
    assert refused.exit_code == 1
    assert "refused: 550 5.7.1" in refused.output


def test_a_new_uidvalidity_starts_the_cursor_over(sqlite_db: peewee.Database) -> None:
    cursor("u@h:143", "INBOX", 7)
    advance_cursor("u@h:143", "INBOX", 7, 42)
    assert cursor("u@h:143", "INBOX", 7).last_uid == 42
    assert cursor("u@h:143", "INBOX", 8).last_uid == 0


def test_with_tls_configured_it_offers_starttls_and_auth_only_after_it(
    tmp_path: Path, sqlite_creditor: Creditor, intake: Intake
) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    made = subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)),
        ],
        capture_output=True,
    )
    if made.returncode != 0:
        pytest.skip(f"openssl could not make a certificate: {made.stderr[-200:]!r}")
    options = SmtpOptions("127.0.0.1", free_port(), 100_000, str(cert), str(key), "relance", "pw")
    config = IngestConfig(tmp_path, (INBOX,), options)
    receiver = SmtpReceiver(config, SpoolProcessor(config, intake))
    receiver.start()
    try:
        with smtplib.SMTP("127.0.0.1", options.port, timeout=10) as client:
            client.ehlo()
            assert client.has_extn("starttls")
            assert not client.has_extn("auth")
            trusting = ssl.create_default_context(cafile=str(cert))
            trusting.check_hostname = False
            client.starttls(context=trusting)
            client.ehlo()
            client.login("relance", "pw")
            assert client.mail("compta@creditor.test")[0] == 250
    finally:
        receiver.stop()
