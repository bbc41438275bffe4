"""Only a sender the mailbox's own server verified may feed invoices, when that server is named."""

from __future__ import annotations

import pytest

from ingest.authenticity import unverified_sender
from ingest.pipeline import Intake, process_message
from ledger.models import Creditor, Document, InboundMail, Invoice
from tests.ingest import mails

TRUSTED = ("mx.relance.test",)
SENDER = "compta@creditor.test"


@pytest.mark.parametrize(
    ("results", "refusal"),
    [
        (["mx.relance.test; dmarc=pass (p=none) header.from=creditor.test"], ""),
        (["mx.relance.test; dkim=pass header.d=creditor.test header.s=s1"], ""),
        (["mx.relance.test; dkim=pass header.d=mail.creditor.test"], ""),
        (["mx.relance.test; spf=pass smtp.mailfrom=bounce@creditor.test"], ""),
        (
            ["mx.relance.test;\r\n\tspf=fail smtp.mailfrom=creditor.test;\r\n\tdmarc=fail"],
            f"sender {SENDER} not verified (spf=fail, dmarc=fail)",
        ),
        (
            ["mx.relance.test; dkim=pass header.d=evil.test; dmarc=pass header.from=evil.test"],
            f"sender {SENDER} not verified (dkim=pass, dmarc=pass)",
        ),
        (
            ["mx.relance.test; dkim=pass header.d=test"],
            f"sender {SENDER} not verified (dkim=pass)",
        ),
        (
            ["evil.example; dmarc=pass header.from=creditor.test"],
            f"sender {SENDER} not verified: no Authentication-Results from mx.relance.test",
        ),
        (
            ["not a header at all ;;;"],
            f"sender {SENDER} not verified: no Authentication-Results from mx.relance.test",
        ),
    ],
)
def test_a_sender_is_verified_only_by_a_trusted_pass_for_its_own_domain(
    results: list[str], refusal: str
) -> None:
    assert unverified_sender(SENDER, tuple(results), TRUSTED) == refusal


def _mail_with(results: str, number: str) -> bytes:
    return f"Authentication-Results: {results}\r\n".encode() + mails.invoice_mail(number)


def test_a_forged_sender_is_quarantined_with_the_servers_verdict(
    creditor: Creditor, intake: Intake
) -> None:
    checking = Intake(intake.store, intake.parse, TRUSTED)
    raw = _mail_with("mx.relance.test; spf=fail smtp.mailfrom=creditor.test; dmarc=fail", "F-1")
    result = process_message(raw, "imap", checking)
    reason = f"sender {SENDER} not verified (spf=fail, dmarc=fail)"
    assert (result.outcome, result.reason) == ("quarantined", reason)
    assert Document.get().reason == reason
    assert Invoice.select().count() == 0
    assert InboundMail.get().reason == reason


def test_a_verified_sender_feeds_invoices_as_before(creditor: Creditor, intake: Intake) -> None:
    checking = Intake(intake.store, intake.parse, TRUSTED)
    raw = _mail_with("mx.relance.test; dmarc=pass header.from=creditor.test", "F-2")
    assert process_message(raw, "imap", checking).recorded == ("F-2",)


FORGED = "mx.relance.test; dmarc=pass header.from=creditor.test"


def test_forged_results_written_by_an_smtp_client_are_never_trusted(
    tmp_path, sqlite_creditor: Creditor, intake: Intake
) -> None:  # type: ignore[no-untyped-def]
    import smtplib

    from ingest.services import IngestConfig, SmtpReceiver, SpoolProcessor
    from ingest.smtp import SmtpOptions
    from tests.servers.ports import free_port

    config = IngestConfig(
        tmp_path, ("factures@relance.localhost",), SmtpOptions("127.0.0.1", free_port(), 10**6)
    )
    processor = SpoolProcessor(config, Intake(intake.store, intake.parse, TRUSTED))
    receiver = SmtpReceiver(config, processor)
    receiver.start()
    try:
        raw = f"Authentication-Results: {FORGED}\r\n".encode() + mails.invoice_mail("F-9")
        with smtplib.SMTP("127.0.0.1", config.smtp.port, timeout=10) as client:
            client.sendmail(SENDER, ["factures@relance.localhost"], raw)
        processor.drain()
    finally:
        receiver.stop()
    [mail] = InboundMail.select()
    assert mail.outcome == "quarantined"
    assert "applies to mail read from the IMAP mailbox only" in mail.reason
    assert Invoice.select().count() == 0


def test_the_setting_is_refused_while_the_smtp_receiver_runs(install) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from relance.cli import cli

    runner = CliRunner()
    refused = runner.invoke(cli, ["config"], env={"RELANCE_TRUSTED_AUTHSERV_ID": "mx.test"})
    assert refused.exit_code != 0
    assert "RELANCE_TRUSTED_AUTHSERV_ID" in refused.output
    assert "RELANCE_SMTP_LISTEN=off" in refused.output
    accepted = runner.invoke(
        cli,
        ["config"],
        env={"RELANCE_TRUSTED_AUTHSERV_ID": "mx.test", "RELANCE_SMTP_LISTEN": "off"},
    )
    assert accepted.exit_code == 0, accepted.output


def test_with_the_receiver_off_relance_run_hosts_no_smtp_receiver(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ingest.services import Parsers, SmtpReceiver
    from relance.services import build_services
    from relance.settings import Settings

    settings = Settings.load(
        {"RELANCE_SMTP_LISTEN": "off", "RELANCE_TRUSTED_AUTHSERV_ID": "mx.test"},
        tmp_path / "absent.env",
    )
    services = build_services(settings)
    assert not any(isinstance(s, SmtpReceiver) for s in services)
    for service in services:
        if isinstance(service, Parsers):
            service.stop()
