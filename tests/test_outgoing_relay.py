"""The outgoing relay: TLS is required unless the URL says smtp+insecure, and no error or
`relance config` line ever shows a password or a token."""

from __future__ import annotations

import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest.acknowledge import AckSettings, send_acknowledgement
from ingest.pipeline import MailResult
from ledger.models import InboundMail
from relance.cli import cli
from scheduler.channels.email import build_message, send
from scheduler.errors import ChannelError
from tests.servers.smtp_sink import SmtpSink


def _message():  # type: ignore[no-untyped-def]
    return build_message(
        sender_name="ACME",
        sender_address="relance@acme.test",
        reply_to=None,
        to="client@example.test",
        subject="Rappel",
        text="Bonjour",
        html="<p>Bonjour</p>",
    )


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    made = subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"),
            *("-keyout", str(key), "-out", str(cert)),
        ],
        capture_output=True,
    )
    assert made.returncode == 0, made.stderr[-300:]
    return cert, key


@pytest.fixture
def tls_sink(certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> Iterator[SmtpSink]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    # The relay's certificate is verified: this test trusts its own one.
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    sink = SmtpSink(tls_context=context)
    sink.start()
    yield sink
    sink.stop()


def test_a_relay_without_starttls_gets_no_password_and_no_mail(smtp_sink: SmtpSink) -> None:
    url = smtp_sink.url.replace("smtp+insecure://", "smtp://relance:hunter2@")
    with pytest.raises(ChannelError) as refused:
        send(url, _message(), on_handoff=lambda: None)
    assert "offers no STARTTLS, so nothing was sent" in str(refused.value)
    assert "hunter2" not in str(refused.value)
    assert smtp_sink.messages() == []


def test_an_acknowledgement_is_not_sent_in_clear_either(
    smtp_sink: SmtpSink, sqlite_db: object
) -> None:
    InboundMail.create(key="k1", source="smtp", outcome="ingested")
    url = smtp_sink.url.replace("smtp+insecure://", "smtp://relance:hunter2@")
    result = MailResult("k1", "ingested", "", "compta@acme.test", 1, recorded=("F-1",))
    assert send_acknowledgement(result, AckSettings(url, "f@r.test", "http://a/")) is False
    note = InboundMail.get(InboundMail.key == "k1").reason
    assert "offers no STARTTLS" in note and "hunter2" not in note
    assert smtp_sink.messages() == []


def test_a_relay_offering_starttls_gets_the_mail_encrypted(tls_sink: SmtpSink) -> None:
    send(tls_sink.url, _message(), on_handoff=lambda: None)
    [mail] = tls_sink.wait_for(1)
    assert mail["Subject"] == "Rappel"


def test_smtp_insecure_sends_in_clear_when_asked_to(smtp_sink: SmtpSink) -> None:
    assert smtp_sink.url.startswith("smtp+insecure://")
    send(smtp_sink.url, _message(), on_handoff=lambda: None)
    assert len(smtp_sink.wait_for(1)) == 1


def test_relance_config_masks_every_secret_in_urls(
    install: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RELANCE_OUTGOING_SMTP_URL", "smtps://relance:hunter2@relay.test")
    monkeypatch.setenv("RELANCE_IMAP_URL", "imaps://T0KEN-ABC@imap.test/INBOX")
    monkeypatch.setenv("RELANCE_SMS_URL", "https://sms.test/send?api_key=K3Y-XYZ")
    shown = CliRunner().invoke(cli, ["config"])
    assert shown.exit_code == 0, shown.output
    for secret in ("hunter2", "T0KEN-ABC", "K3Y-XYZ"):
        assert secret not in shown.output
    assert "smtps://relance:***@relay.test" in shown.output


def test_a_bad_relay_setting_is_reported_without_its_password(
    install: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RELANCE_OUTGOING_SMTP_URL", "smtpz://relance:hunter2@relay.test")
    result = CliRunner().invoke(cli, ["config"])
    assert result.exit_code != 0
    assert "RELANCE_OUTGOING_SMTP_URL" in result.output
    assert "hunter2" not in result.output
