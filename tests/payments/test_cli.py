from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest
from click.testing import CliRunner

from ledger.database import bind
from ledger.migrations import migrate
from ledger.models import Payment
from relance.cli import cli
from tests.factories import make_creditor
from tests.payments.builders import BANKS, FILES, atelier_ledger, banks_ledger, invoice


@pytest.fixture
def install(install: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[peewee.Database]:
    """An install directory whose ledger the test fills before running commands."""
    url = f"sqlite:///{install / 'var' / 'relance.db'}"
    monkeypatch.setenv("RELANCE_DATABASE_URL", url)
    database = bind(url)
    with database.connection_context():
        migrate()
    yield database


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_payments_import_prints_what_it_did_and_exits_1_on_left_out_rows(
    install: peewee.Database,
) -> None:
    with install.connection_context():
        atelier_ledger()
    code, output = run("payments", "import", str(FILES / "ximi_cp1252.csv"))
    assert code == 1
    lines = output.splitlines()
    assert lines[0].startswith("ximi_cp1252.csv (csv) for atelier: imported 6 payment(s): 5")
    assert "error ximi_cp1252.csv:9: Montant: 'douze euros' is not an amount" in lines
    with install.connection_context():
        assert invoice("F2026-0101").status == "paid"


def test_a_dry_run_from_the_command_line_writes_nothing(install: peewee.Database) -> None:
    with install.connection_context():
        atelier_ledger()
    code, output = run(
        "payments", "import", str(FILES / "camt053_several.xml"), "--dry-run", "--json"
    )
    assert code == 0, output
    report = json.loads(output)
    assert report["dry_run"] is True
    assert len(report["imported"]) == 4
    with install.connection_context():
        assert Payment.select().count() == 0


def test_several_creditors_need_the_creditor_option(install: peewee.Database) -> None:
    with install.connection_context():
        atelier_ledger()
        make_creditor(slug="other")
    code, output = run("payments", "import", str(FILES / "week1.csv"))
    assert code == 1
    assert "name one with --creditor (atelier, other)" in output
    code, output = run("payments", "import", str(FILES / "week1.csv"), "--creditor", "other")
    assert code == 0, output


def test_an_unreadable_file_is_one_error_line(install: peewee.Database, tmp_path: Path) -> None:
    with install.connection_context():
        make_creditor()
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4")
    code, output = run("payments", "import", str(bad))
    assert code == 1
    assert output.strip() == "Error: scan.pdf: a PDF, not a payments export"


def test_list_payments_unmatched_shows_the_queue(install: peewee.Database) -> None:
    with install.connection_context():
        atelier_ledger()
    run("payments", "import", str(FILES / "camt053_several.xml"))
    code, output = run("list", "payments", "--unmatched", "--json")
    assert code == 0, output
    queued = json.loads(output)
    assert [(p["amount"], p["unallocated"]) for p in queued] == [
        ("300.00", "180.00"),
        ("400.00", "400.00"),
        ("42.00", "42.00"),
    ]
    code, output = run("list", "invoices", "--unmatched")
    assert code == 2
    assert "--unmatched applies to payments only" in output


def test_debit_lines_of_a_bank_export_are_counted_and_the_import_exits_0(
    install: peewee.Database,
) -> None:
    with install.connection_context():
        banks_ledger()
    code, output = run("payments", "import", str(BANKS / "credit_agricole.csv"))
    assert code == 0, output
    assert "2 ignored (debit)" in output.splitlines()[0]


RULES_WITH_FORMAT = """
creditors:
  atelier:
    name: Atelier Durand
    payments_csv:
      - name: caisse
        columns: {date: "Encaissé le", amount: "Somme perçue", invoice_number: "Pièce"}
ladders: {}
"""


def test_a_format_just_added_to_rules_yaml_is_used_by_the_next_import(
    install: peewee.Database, tmp_path: Path
) -> None:
    with install.connection_context():
        banks_ledger()
    export = tmp_path / "caisse.csv"
    export.write_text("Encaissé le;Pièce;Somme perçue\n20/11/2026;1511;300,00\n", encoding="utf-8")
    code, output = run("payments", "import", str(export))
    assert code == 1
    assert "declare a format in rules.yaml" in output
    Path("rules.yaml").write_text(RULES_WITH_FORMAT)
    code, output = run("payments", "import", str(export), "--format", "caisse")
    assert code == 0, output
    assert "(csv:caisse)" in output
    with install.connection_context():
        assert invoice("1511").status == "paid"


def test_an_invalid_rules_yaml_is_said_and_the_last_valid_rules_are_used(
    install: peewee.Database,
) -> None:
    with install.connection_context():
        banks_ledger()
    Path("rules.yaml").write_text("creditors:\n  atelier:\n    name: A\n    payments_csv: 3\n")
    code, output = run("payments", "import", str(BANKS / "credit_agricole.csv"))
    assert code == 0, output
    assert "rules.yaml refused" in output
