"""One node on SQLite: a second `relance run` on the same database refuses to start, and
`relance status` says who runs and what waits."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from relance.cli import cli
from tests.servers.ports import free_port, wait_until

ROOT = Path(__file__).resolve().parents[1]


def test_a_second_run_on_the_same_sqlite_file_refuses_with_one_line_and_status_shows_the_first(
    install: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    relance = [sys.executable, "-m", "relance"]
    for name, value in {
        "RELANCE_SMTP_LISTEN": f"127.0.0.1:{free_port()}",
        "RELANCE_ADMIN_LISTEN": f"127.0.0.1:{free_port()}",
        "RELANCE_NODE_NAME": "comptoir",
    }.items():
        monkeypatch.setenv(name, value)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [*relance, "init", "--admin-password", "Une phrase de passe assez longue"],
        check=True,
        env=env,
        capture_output=True,
    )
    first = subprocess.Popen([*relance, "run"], env=env, stderr=subprocess.PIPE, text=True)
    log: list[str] = []
    threading.Thread(target=lambda: log.extend(first.stderr or []), daemon=True).start()
    try:
        wait_until(lambda: any("Relance is running" in line for line in log), what="relance run")
        monkeypatch.setenv("RELANCE_SMTP_LISTEN", f"127.0.0.1:{free_port()}")
        second = CliRunner().invoke(cli, ["run"])
        status = CliRunner().invoke(cli, ["status", "--json"])
        text = CliRunner().invoke(cli, ["status"])
        assert first.poll() is None
    finally:
        first.send_signal(signal.SIGTERM)
        first.wait(timeout=60)
    assert second.exit_code == 1
    [line] = second.output.strip().splitlines()
    assert line.startswith(f"Error: another relance run (pid {first.pid} on ")
    assert line.endswith(
        "already uses var/relance.db: stop it first, or move to PostgreSQL to run several nodes"
    )
    assert status.exit_code == 0, status.output
    report = json.loads(status.output)
    assert [n["name"] for n in report["nodes"]] == ["comptoir"]
    assert [(s["name"], s["node"]) for s in report["singletons"]] == [
        ("payments-drop-folder", "comptoir")
    ]
    assert [q["name"] for q in report["queues"]] == [
        "mails in the nodes' SMTP spools",
        "mails waiting to be parsed",
        "reminders to send",
        "reminders held for a missing contact",
        "invoices to review",
    ]
    assert "nodes seen in the last minute: 1" in text.output
    assert "payments-drop-folder" in text.output and "comptoir" in text.output
