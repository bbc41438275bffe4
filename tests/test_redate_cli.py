"""`relance redate --creditor SLUG [--apply]`: a preview in French by default (nothing
changed), then the change with --apply, written on the debtor's timeline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from ledger.database import bind
from ledger.migrations import migrate
from ledger.models import Creditor, DebtorNote, Invoice, MonthEndReading
from relance.cli import cli
from scheduler.rules import parse_rules
from scheduler.rules_store import apply_creditors
from tests.factories import make_invoice
from tests.scheduler.conftest import RULES_TEXT, reachable_debtor

D = dt.date


@pytest.fixture
def ledger_url(sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """acme, read "fin de mois, puis + N jours" since yesterday, with one invoice dated by the
    former reading and one whose due date was printed."""
    (tmp_path / "rules.yaml").write_text(RULES_TEXT)
    for name, value in {
        "RELANCE_DATABASE_URL": sqlite_url,
        "RELANCE_RULES": str(tmp_path / "rules.yaml"),
        "RELANCE_DATA_DIR": str(tmp_path / "data"),
    }.items():
        monkeypatch.setenv(name, value)
    database = bind(sqlite_url)
    with database.connection_context():
        migrate()
        apply_creditors(parse_rules(RULES_TEXT))
        acme = Creditor.get(Creditor.slug == "acme")
        acme.month_end_reading = MonthEndReading.MONTH_END_THEN_DAYS
        acme.save()
        debtor = reachable_debtor(acme)
        make_invoice(
            debtor,
            number="F-1",
            issue_date=D(2026, 9, 5),
            due_date=D(2026, 10, 31),
            due_terms="45 jours fin de mois",
            due_reading=MonthEndReading.DAYS_THEN_MONTH_END,
        )
        make_invoice(debtor, number="F-2", issue_date=D(2026, 9, 5), due_date=D(2026, 10, 31))
    database.close()
    return sqlite_url


def due_dates(url: str) -> dict[str, dt.date]:
    database = bind(url)
    with database.connection_context():
        return {i.number: i.due_date for i in Invoice.select()}


def test_the_preview_says_in_french_what_would_change_and_changes_nothing(ledger_url) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(cli, ["redate", "--creditor", "acme"])
    assert result.exit_code == 0, result.output
    assert "« N jours fin de mois » se lit : Fin de mois, puis + N jours." in result.output
    assert "1 facture ouverte à redater :" in result.output
    assert "F-1 (SCI Les Tilleuls, 45 jours fin de mois) : échéance 31/10/2026 → 14/11/2026" in (
        result.output
    )
    assert "Aperçu : rien n'a changé." in result.output
    assert "F-2" not in result.output
    assert due_dates(ledger_url) == {"F-1": D(2026, 10, 31), "F-2": D(2026, 10, 31)}


def test_apply_re_dates_and_writes_the_timeline(ledger_url) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(
        cli, ["redate", "--creditor", "acme", "--apply", "--by", "claire", "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    assert "F-1 (SCI Les Tilleuls, 45 jours fin de mois): due 31/10/2026 → 14/11/2026" in (
        result.output
    )
    assert "1 invoice re-dated." in result.output
    assert due_dates(ledger_url) == {"F-1": D(2026, 11, 14), "F-2": D(2026, 10, 31)}
    with bind(ledger_url).connection_context():
        [note] = DebtorNote.select()
        assert (note.author, note.text.split(" (")[0]) == ("claire", "re-dated: F-1")
    again = CliRunner().invoke(cli, ["redate", "--creditor", "acme"])
    assert "Aucune facture ouverte à redater." in again.output


def test_an_unknown_creditor_is_named(ledger_url) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(cli, ["redate", "--creditor", "nobody"])
    assert result.exit_code == 1
    assert "aucun créancier 'nobody'" in result.output
