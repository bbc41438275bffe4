"""`relance remind` processes killed or racing: each reminder reaches the sink exactly once."""

from __future__ import annotations

import collections
import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ledger.database import bind
from ledger.migrations import migrate
from ledger.models import Creditor, Debtor, Invoice, Reminder, ReminderStatus
from scheduler.rules import load_rules
from scheduler.rules_store import apply_creditors
from tests.scheduler.conftest import RULES_TEXT
from tests.servers.ports import wait_until

ROOT = Path(__file__).resolve().parents[2]
DAY = "2026-12-07"  # r1 of invoices due on Friday 4 December; their courtesy is skipped
COUNT = 500


def seed(url: str, rules_path: Path, count: int) -> None:
    database = bind(url)
    with database.connection_context():
        migrate()
        apply_creditors(load_rules(rules_path))
        creditor = Creditor.get(Creditor.slug == "acme")
        with database.atomic():
            Debtor.insert_many(
                [
                    {
                        "creditor": creditor.id,
                        "name": f"Client {n}",
                        "name_key": f"client {n}",
                        "customer_ref": f"C{n:05d}",
                        "email": f"client{n}@debtors.test",
                    }
                    for n in range(count)
                ]
            ).execute()
            Invoice.insert_many(
                [
                    {
                        "creditor": creditor.id,
                        "debtor": d.id,
                        "number": f"F-{d.id:05d}",
                        "due_date": dt.date(2026, 12, 4),
                        "total": "99.00",
                        "amount_due": "99.00",
                    }
                    for d in Debtor.select(Debtor.id)
                ]
            ).execute()
    database.close()


def remind(url: str, rules_path: Path, smtp_url: str, data_dir: Path) -> subprocess.Popen:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("RELANCE_")},
        "PYTHONPATH": str(ROOT),
        "RELANCE_DATABASE_URL": url,
        "RELANCE_RULES": str(rules_path),
        "RELANCE_OUTGOING_SMTP_URL": smtp_url,
        "RELANCE_DATA_DIR": str(data_dir),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "relance", "remind", "--on", DAY, "--anyway"],
        cwd=data_dir,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.fixture
def install(tmp_path: Path) -> tuple[Path, Path]:
    rules_path = tmp_path / "rules.yaml"
    rules_path.write_text(RULES_TEXT)
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    return rules_path, data_dir


def recipients(smtp_sink) -> collections.Counter:  # type: ignore[no-untyped-def]
    return collections.Counter(r for m in smtp_sink.received for r in m.rcpt_tos)


def statuses(url: str) -> collections.Counter:
    database = bind(url)
    with database.connection_context():
        found = collections.Counter(r.status for r in Reminder.select(Reminder.status))
    database.close()
    return found


@pytest.mark.slow
def test_a_pass_killed_mid_run_and_restarted_delivers_each_reminder_exactly_once(
    sqlite_url, install, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    rules_path, data_dir = install
    seed(sqlite_url, rules_path, COUNT)
    first = remind(sqlite_url, rules_path, smtp_sink.url, data_dir)
    wait_until(lambda: len(smtp_sink.received) >= COUNT // 4, 60, what="a quarter sent")
    first.send_signal(signal.SIGKILL)
    first.wait()
    delivered_before_restart = len(smtp_sink.received)
    assert delivered_before_restart < COUNT
    second = remind(sqlite_url, rules_path, smtp_sink.url, data_dir)
    _out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err.decode()
    counts = recipients(smtp_sink)
    assert len(counts) == COUNT
    assert set(counts.values()) == {1}
    assert statuses(sqlite_url) == {ReminderStatus.SENT: COUNT, ReminderStatus.SKIPPED: COUNT}


@pytest.mark.slow
@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_two_passes_started_at_once_send_each_reminder_once(
    backend, request, sqlite_url, install, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    url = sqlite_url
    if backend == "postgresql":
        server = request.getfixturevalue("postgres_server")
        url = server.create_database(f"relance_race_{os.getpid()}_{int(time.time())}")
    rules_path, data_dir = install
    seed(url, rules_path, 200)
    racers = [remind(url, rules_path, smtp_sink.url, data_dir) for _ in range(2)]
    for racer in racers:
        _, err = racer.communicate(timeout=120)
        assert racer.returncode == 0, err.decode()
    counts = recipients(smtp_sink)
    assert len(counts) == 200
    assert set(counts.values()) == {1}
    assert statuses(url) == {ReminderStatus.SENT: 200, ReminderStatus.SKIPPED: 200}
