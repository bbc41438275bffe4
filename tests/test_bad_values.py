"""One invoice with impossible values never stops the others: it is held for review at the
record boundary, and a bad row already in the ledger makes the pass leave its debtor out with
an error on the dashboard, never stop (SMTP receiver, CLI, admin)."""

from __future__ import annotations

import datetime as dt
import json
import smtplib
from pathlib import Path

import pytest
import time_machine
from click.testing import CliRunner

from ingest.pipeline import Intake
from ingest.services import IngestConfig, SmtpReceiver, SpoolProcessor
from ingest.smtp import SmtpOptions
from ledger.database import bind
from ledger.models import Creditor, Invoice, db
from ledger.storage.files import FileStore
from parsing import ParserPool
from relance.cli import cli
from relance.settings import Settings
from tests.factories import make_invoice
from tests.ingest import mails
from tests.ingest.pdfs import facturx_pdf
from tests.scheduler.conftest import RULES_TEXT, reachable_debtor
from tests.servers.ports import free_port
from tests.servers.smtp_sink import SmtpSink

DAY = dt.datetime(2026, 12, 7, 10, 0, tzinfo=dt.UTC)
INBOX = "factures@relance.localhost"


@pytest.fixture
def install(install: Path, monkeypatch: pytest.MonkeyPatch, smtp_sink: SmtpSink) -> CliRunner:
    monkeypatch.setenv(
        "RELANCE_OUTGOING_SMTP_URL", smtp_sink.url.replace("smtp:", "smtp+insecure:")
    )
    monkeypatch.setenv("RELANCE_SECRET_KEY", "a-test-key-of-forty-characters-0123456789")
    (install / "rules.yaml").write_text(RULES_TEXT)
    runner = CliRunner()
    assert runner.invoke(cli, ["init", "--admin-password", "correct horse battery"]).exit_code == 0
    return runner


def _receive(install: Path, *raws: bytes) -> None:
    """Through the real SMTP receiver and spool processor of this install."""
    config = IngestConfig(install / "var", (INBOX,), SmtpOptions("127.0.0.1", free_port(), 10**7))
    pool = ParserPool(1)
    processor = SpoolProcessor(config, Intake(FileStore(install / "var" / "documents"), pool.parse))
    receiver = SmtpReceiver(config, processor)
    receiver.start()
    try:
        with smtplib.SMTP("127.0.0.1", config.smtp.port, timeout=30) as client:
            for raw in raws:
                client.sendmail("compta@acme.test", [INBOX], raw)
        processor.drain()
    finally:
        receiver.stop()
        pool.close()


def _sent(runner: CliRunner) -> dict:
    result = runner.invoke(cli, ["remind", "--on", "2026-12-07", "--anyway", "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_impossible_values_are_held_for_review_and_the_pass_goes_on(
    install: CliRunner, smtp_sink: SmtpSink
) -> None:
    path = Path.cwd()
    with time_machine.travel(DAY, tick=False):
        _receive(
            path,
            mails.mail([mails.pdf_attachment(facturx_pdf("FX-NAN", total="NaN"), "nan.pdf")]),
            mails.mail(
                [
                    mails.pdf_attachment(
                        facturx_pdf("FX-9999", due="99991231", customer_ref="C2"), "late.pdf"
                    )
                ]
            ),
            mails.mail(
                [
                    mails.pdf_attachment(
                        facturx_pdf("FX-0001", due="00010102", customer_ref="C3"), "early.pdf"
                    )
                ]
            ),
            mails.mail(
                [
                    mails.pdf_attachment(
                        facturx_pdf("FX-GOOD", due="20261206", customer_ref="C4"), "ok.pdf"
                    )
                ]
            ),
        )
        database = bind(f"sqlite:///{path / 'var' / 'relance.db'}")
        with database.connection_context():
            held = {i.number: i for i in Invoice.select().where(Invoice.needs_review)}
            assert "NaN is not a finite amount" in held["FX-NAN"].review_reason
            assert "due date 9999-12-31" in held["FX-9999"].review_reason
            assert "due date 0001-01-02" in held["FX-0001"].review_reason
            assert held["FX-9999"].due_date is None
            good = Invoice.get(Invoice.number == "FX-GOOD")
            good.debtor.email = "paiements@client.test"
            good.debtor.save()
        report = _sent(install)
    assert report["errors"] == []
    assert [a["invoices"] for a in report["actions"]] == [["FX-GOOD"]]
    assert report["sent"] == 1


def test_a_bad_row_already_in_the_ledger_leaves_its_debtor_out_with_an_error_shown(
    install: CliRunner, smtp_sink: SmtpSink
) -> None:
    database = bind(f"sqlite:///{Path.cwd() / 'var' / 'relance.db'}")
    with database.connection_context():
        acme = Creditor.get(Creditor.slug == "acme")
        broken = make_invoice(reachable_debtor(acme, name="Débiteur cassé"), number="F-BAD")
        make_invoice(
            reachable_debtor(acme, customer_ref="OK1"),
            number="F-OK",
            due_date=dt.date(2026, 12, 6),
            total="80.00",
        )
        # As an older Relance could leave it: a date past the calendar's end.
        db.execute_sql("UPDATE invoice SET due_date = '9999-12-31' WHERE id = ?", (broken.id,))
    with time_machine.travel(DAY, tick=False):
        report = _sent(install)
        text = install.invoke(cli, ["remind", "--dry-run", "--on", "2026-12-07"])
    assert [a["invoices"] for a in report["actions"]] == [["F-OK"]]
    [error] = report["errors"]
    assert error.startswith(f"debtor #{broken.debtor_id} (Débiteur cassé) left out of the pass")
    assert text.exit_code == 0 and "error: debtor #" in text.output

    from admin import create_app
    from tests.admin.conftest import log_in

    settings = Settings.load()
    app = create_app(settings, database=database, secure_cookies=False, testing=True)
    client = app.test_client()
    with database.connection_context():
        assert log_in(client, "admin", "correct horse battery").status_code == 302
        dashboard = client.get("/admin/").get_data(as_text=True)
        assert "Débiteur cassé" in dashboard and 'id="pass-errors"' in dashboard
        assert client.get("/admin/rules/").status_code == 200


def test_relance_parse_reads_an_absurd_exponent_at_once_without_printing_it(
    tmp_path: Path,
) -> None:
    pdf = tmp_path / "tiny.pdf"
    pdf.write_bytes(facturx_pdf("FX-EXP", total="1E-999999999"))
    result = CliRunner().invoke(cli, ["parse", str(pdf), "--json"])
    assert len(result.output) < 10_000
    [record] = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert record["invoice_number"] == "FX-EXP"
    assert record["total_due"] in (None, "1.00")
