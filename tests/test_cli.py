from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from ledger.database import bind
from ledger.models import InboundMail
from relance.cli import cli
from tests.servers.ports import wait_until


def test_init_creates_the_database_an_admin_and_sample_rules(install: Path) -> None:
    result = CliRunner().invoke(cli, ["init", "--admin-password", "correct horse battery"])
    assert result.exit_code == 0, result.output
    assert (install / "var" / "relance.db").exists()
    assert (install / "rules.yaml").read_text().startswith("# Relance business rules")
    assert "admin user created: admin" in result.output
    again = CliRunner().invoke(cli, ["init"])
    assert again.exit_code == 0
    assert "admin user created" not in again.output


def test_list_answers_an_empty_json_array_on_a_new_ledger(install: Path) -> None:
    result = CliRunner().invoke(cli, ["list", "debtors", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == []


def test_list_mails_shows_every_received_mail_and_why_one_was_refused(install: Path) -> None:
    assert (
        CliRunner().invoke(cli, ["init", "--admin-password", "correct horse battery"]).exit_code
        == 0
    )
    with bind(f"sqlite:///{install / 'var' / 'relance.db'}").connection_context():
        InboundMail.create(
            key="k1", source="smtp", sender="x@y.test", outcome="quarantined", reason="no invoice"
        )
    result = CliRunner().invoke(cli, ["list", "mails", "--json"])
    assert result.exit_code == 0, result.output
    [mail] = json.loads(result.output)
    assert (mail["sender"], mail["outcome"], mail["reason"]) == (
        "x@y.test",
        "quarantined",
        "no invoice",
    )


def test_a_bad_setting_stops_with_one_line_naming_it(
    install: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RELANCE_SMTP_LISTEN", "localhost:http")
    result = CliRunner().invoke(cli, ["list", "debtors"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: bad setting RELANCE_SMTP_LISTEN='localhost:http': "
        "port 'http' is not a number between 1 and 65535"
    ]


@pytest.mark.parametrize("command", [["run"], ["admin"]])
def test_on_postgresql_a_node_without_the_shared_secret_key_refuses_to_serve_the_admin(
    install: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    monkeypatch.setenv("RELANCE_DATABASE_URL", "postgresql://relance@127.0.0.1:9/relance")
    result = CliRunner().invoke(cli, command)
    assert result.exit_code == 1
    [line] = result.output.strip().splitlines()
    assert line.startswith("Error: RELANCE_SECRET_KEY is empty: on PostgreSQL every node signs")
    assert not (install / "var" / "secret_key").exists()


def test_config_prints_settings_with_secrets_masked(
    install: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RELANCE_SMS_TOKEN", "very-secret-token")
    result = CliRunner().invoke(cli, ["config"])
    assert result.exit_code == 0
    assert "RELANCE_DATABASE_URL" in result.output
    assert "very-secret-token" not in result.output


def test_run_stops_with_one_line_when_its_smtp_port_is_taken(
    install: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        monkeypatch.setenv("RELANCE_SMTP_LISTEN", f"127.0.0.1:{port}")
        assert (
            CliRunner().invoke(cli, ["init", "--admin-password", "correct horse battery"]).exit_code
            == 0
        )
        result = CliRunner().invoke(cli, ["run"])
    assert result.exit_code == 1
    [line] = result.output.strip().splitlines()
    assert line.startswith("Error: SMTP receiver could not start: ")
    assert "address already in use" in line


def test_run_keeps_going_while_a_second_shell_lists_debtors(install: Path) -> None:
    relance = [sys.executable, "-m", "relance"]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    subprocess.run([*relance, "init"], check=True, env=env, capture_output=True)
    daemon = subprocess.Popen([*relance, "run"], env=env, stderr=subprocess.PIPE, text=True)
    log: list[str] = []
    threading.Thread(target=lambda: log.extend(daemon.stderr), daemon=True).start()
    try:
        wait_until(lambda: any("Relance is running" in line for line in log), what="relance run")
        listed = subprocess.run(
            [*relance, "list", "debtors", "--json"], env=env, capture_output=True, text=True
        )
        assert listed.returncode == 0, listed.stderr
        assert json.loads(listed.stdout) == []
        assert daemon.poll() is None
    finally:
        daemon.send_signal(signal.SIGTERM)
        daemon.wait(timeout=30)
    assert daemon.returncode == 0


def test_the_command_list_shows_each_command_s_own_one_line_help() -> None:
    from relance.cli import COMMANDS

    for name, (_, shown) in COMMANDS.items():
        command = cli.get_command(click.Context(cli), name)
        assert command is not None, name
        assert shown == command.get_short_help_str(limit=1000), name
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    assert all(f"  {name} " in result.output for name in COMMANDS)


@pytest.mark.parametrize(
    ("args", "heavy"),
    [
        (["--help"], ("admin", "scheduler", "ledger", "ingest", "flask", "peewee", "parsing")),
        (["parse", "--help"], ("admin", "scheduler", "ledger", "ingest", "flask", "peewee")),
    ],
)
def test_a_command_imports_only_what_it_uses(args: list[str], heavy: tuple[str, ...]) -> None:
    code = (
        "import sys\n"
        "from relance.cli import cli\n"
        f"cli({args!r}, standalone_mode=False)\n"
        "print(' '.join(sorted({name.split('.')[0] for name in sys.modules})))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = set(done.stdout.splitlines()[-1].split())
    assert loaded.isdisjoint(heavy), loaded & set(heavy)
