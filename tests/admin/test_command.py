from __future__ import annotations

import os
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from ledger.database import bind
from ledger.models import AdminUser
from ledger.users import check_password
from relance.cli import cli
from tests.servers.ports import free_port, wait_until

ROOT = Path(__file__).resolve().parents[2]


def test_create_user_prompts_for_the_password_and_stores_its_hash(install: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["admin", "create-user", "bob", "--role", "admin"],
        input="long enough password\nlong enough password\n",
    )
    assert result.exit_code == 0, result.output
    database = bind(f"sqlite:///{install / 'var' / 'relance.db'}")
    with database.connection_context():
        user = AdminUser.get(AdminUser.username == "bob")
        assert user.role == "admin"
        assert "long enough password" not in user.password_hash
        assert check_password(user, "long enough password")


@pytest.mark.parametrize(
    ("password", "why"),
    [
        ("short", "at least 12 characters"),
        ("aaaaaaaaaaaaaaaa", "too easy to guess"),
        ("password1234", "too easy to guess"),
        ("bobbobbob2026", "too easy to guess"),
    ],
)
def test_create_user_refuses_a_weak_password(install: Path, password: str, why: str) -> None:
    result = CliRunner().invoke(cli, ["admin", "create-user", "bob"], input=f"{password}\n" * 2)
    assert result.exit_code == 1
    assert why in result.output


def test_create_user_refuses_a_taken_name(install: Path) -> None:
    runner = CliRunner()
    runner.invoke(cli, ["admin", "create-user", "bob"], input="long enough password\n" * 2)
    taken = runner.invoke(cli, ["admin", "create-user", "bob"], input="long enough password\n" * 2)
    assert taken.exit_code == 1
    assert "already exists" in taken.output


@pytest.mark.parametrize("command", [["run"], ["admin"]])
def test_the_admin_answers_when_served_by_relance(install: Path, command: list[str]) -> None:
    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "RELANCE_ADMIN_LISTEN": f"127.0.0.1:{port}",
        "RELANCE_SMTP_LISTEN": f"127.0.0.1:{free_port()}",
    }
    relance = [sys.executable, "-m", "relance"]
    subprocess.run([*relance, "init"], check=True, env=env, capture_output=True)
    server = subprocess.Popen([*relance, *command], env=env, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/login"
        wait_until(lambda: urllib.request.urlopen(url, timeout=2).status == 200, what="admin")
        page = urllib.request.urlopen(url, timeout=5).read().decode()
        assert "Connexion" in page
    finally:
        server.send_signal(signal.SIGTERM if command == ["run"] else signal.SIGINT)
        server.wait(timeout=30)
    assert server.returncode == 0
