"""Across the packages, through the command line: payments stop or shrink the ladder."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ledger.database import bind
from ledger.models import Creditor
from relance.cli import cli
from tests.factories import make_invoice
from tests.scheduler.conftest import RULES_TEXT, reachable_debtor
from tests.servers.smtp_sink import SmtpSink

REMINDER_DAY = "2026-12-07"  # r1 (+1d) of an invoice due on 2026-12-04, a business day


@pytest.fixture
def install(install: Path, monkeypatch: pytest.MonkeyPatch, smtp_sink: SmtpSink) -> CliRunner:
    """A fresh install with the test rules, one debtor and invoice F-77 of 120.00 € due."""
    monkeypatch.setenv("RELANCE_OUTGOING_SMTP_URL", smtp_sink.url)
    (install / "rules.yaml").write_text(RULES_TEXT)
    runner = CliRunner()
    assert runner.invoke(cli, ["init", "--admin-password", "correct horse battery"]).exit_code == 0
    database = bind(f"sqlite:///{install / 'var' / 'relance.db'}")
    with database.connection_context():
        acme = Creditor.get(Creditor.slug == "acme")
        make_invoice(
            reachable_debtor(acme), number="F-77", due_date=dt.date(2026, 12, 4), total="120.00"
        )
    return runner


def import_payment(runner: CliRunner, amount: str) -> None:
    path = Path("releve.csv")
    # F-77 is too short to be read in free text (issue 13): the export's invoice column names it.
    path.write_text(f"Date;Montant;Facture;Libellé\n05/12/2026;{amount};F-77;Virement\n")
    result = runner.invoke(cli, ["payments", "import", str(path), "--creditor", "acme"])
    assert result.exit_code == 0, result.output


def planned(runner: CliRunner) -> list[tuple[str, list[str], str]]:
    result = runner.invoke(cli, ["remind", "--dry-run", "--on", REMINDER_DAY, "--json"])
    assert result.exit_code == 0, result.output
    return [(a["step"], a["invoices"], a["amount"]) for a in json.loads(result.output)["actions"]]


def test_a_paid_invoice_is_no_longer_listed_by_the_dry_run(install: CliRunner) -> None:
    assert planned(install) == [("r1", ["F-77"], "120.00 EUR")]
    import_payment(install, "120,00")
    assert planned(install) == []


def test_a_partial_payment_leaves_the_remaining_amount_in_the_next_reminder(
    install: CliRunner, smtp_sink: SmtpSink
) -> None:
    import_payment(install, "45,50")
    assert planned(install) == [("r1", ["F-77"], "74.50 EUR")]
    result = install.invoke(cli, ["remind", "--on", REMINDER_DAY, "--anyway"])
    assert result.exit_code == 0, result.output
    [mail] = smtp_sink.wait_for(1)
    text = mail.get_body(("plain",)).get_content()
    assert "F-77" in text
    assert "74,50\u00a0€" in text
