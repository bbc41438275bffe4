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


def ignore_interrupts() -> None:
    """What a shell does to a job it starts in the background (`make test &`, nohup)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.mark.parametrize(
    ("command", "stop"),
    [
        (["run"], signal.SIGTERM),
        (["admin"], signal.SIGINT),
        (["admin"], signal.SIGTERM),
    ],
    ids=["run-SIGTERM", "admin-SIGINT", "admin-SIGTERM"],
)
def test_the_admin_answers_when_served_by_relance_and_stops_on_a_signal(
    install: Path, command: list[str], stop: signal.Signals
) -> None:
    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "RELANCE_ADMIN_LISTEN": f"127.0.0.1:{port}",
        "RELANCE_SMTP_LISTEN": f"127.0.0.1:{free_port()}",
    }
    relance = [sys.executable, "-m", "relance"]
    subprocess.run([*relance, "init"], check=True, env=env, capture_output=True)
    log_path = install / "relance.stderr"
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [*relance, *command], env=env, stderr=log, preexec_fn=ignore_interrupts
        )
    url = f"http://127.0.0.1:{port}/login"
    try:
        wait_until(lambda: urllib.request.urlopen(url, timeout=2).status == 200, what="admin")
        page = urllib.request.urlopen(url, timeout=5).read().decode()
    except (OSError, TimeoutError) as error:
        page = f"no page: {error!r}"
    finally:
        server.send_signal(stop)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        stderr = log_path.read_text(errors="replace")
    assert "Connexion" in page, f"{page}\nstderr:\n{stderr}"
    assert server.returncode == 0, f"exit status {server.returncode}, stderr:\n{stderr}"
