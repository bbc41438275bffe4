"""Issue 11, defect 9: say what will fail. Channels the install cannot use are named at
start-up and in the dry run; a failure is one line on the command line; the dry run shows
releases and retries, so it predicts the pass."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import subprocess
import sys
from pathlib import Path

import time_machine

from ledger.models import Debtor, Reminder
from ledger.reminders import claim, record_handoff
from scheduler.jobs import ReminderService
from scheduler.passes import PassReport, dry_run
from tests.factories import make_invoice
from tests.scheduler.conftest import RULES_TEXT, reachable_debtor
from tests.scheduler.days import morning, pass_on, plan_today

ROOT = Path(__file__).resolve().parents[2]
MONDAY = dt.date(2026, 12, 7)


def test_without_a_relay_the_dry_run_says_the_mail_cannot_be_sent(acme, rules, config) -> None:  # type: ignore[no-untyped-def]
    make_invoice(reachable_debtor(acme), number="F-1", due_date=dt.date(2026, 12, 4))
    report = dry_run(rules, MONDAY, dataclasses.replace(config, smtp_url=None))
    [line] = report.actions
    assert line.blocked == "cannot send: RELANCE_OUTGOING_SMTP_URL is not set"


def test_the_dry_run_lists_the_releases_and_retries_the_pass_will_do(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    released = reachable_debtor(acme, name="Complété", email=None)
    make_invoice(released, number="F-2", due_date=dt.date(2026, 12, 2))
    retried = reachable_debtor(acme, name="Réessayé", email="retry@client.test")
    make_invoice(retried, number="F-3", due_date=dt.date(2026, 12, 2))
    smtp_sink.stop()
    pass_on(rules, config, dt.date(2026, 12, 3))
    smtp_sink.start()
    Debtor.update(email="complete@client.test").where(Debtor.id == released.id).execute()
    report = dry_run(rules, dt.date(2026, 12, 4), config)
    assert sorted((a.kind, a.debtor, a.step) for a in report.actions) == [
        ("release", "Complété", "r1"),
        ("retry", "Réessayé", "r1"),
    ]
    done = pass_on(rules, config, dt.date(2026, 12, 4))
    assert (done.released, done.sent) == (1, 2)


def _lines(report: PassReport) -> list[tuple[str, str, str, str]]:
    return sorted((a.kind, a.debtor, a.step, a.blocked) for a in report.actions)


def test_the_dry_run_lists_the_sends_a_stopped_pass_left_claimed_as_the_pass_then_does(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    freed = reachable_debtor(acme, name="Repris", email="repris@client.test")
    make_invoice(freed, number="F-4", due_date=dt.date(2026, 12, 2))
    handed = reachable_debtor(acme, name="Remis", email="remis@client.test")
    make_invoice(handed, number="F-5", due_date=dt.date(2026, 12, 2))
    crash_day, next_day = dt.date(2026, 12, 3), dt.date(2026, 12, 4)
    with time_machine.travel(morning(crash_day), tick=False):
        plan_today(rules, crash_day)
        # A pass claims both, hands the second to the relay, and its process dies.
        first, second = Reminder.select().order_by(Reminder.id)
        assert claim(first.id, "dead-host:1:x/1") and claim(second.id, "dead-host:1:x/1")
        record_handoff(second.id, "dead-host:1:x/1", "<lost@acme.test>")
    with time_machine.travel(morning(next_day), tick=False):
        forecast = dry_run(rules, next_day, config)
    assert _lines(forecast) == [
        ("recover", "Repris", "r1", ""),
        ("settle", "Remis", "r1", "sent, unconfirmed: handed over before the pass stopped"),
    ]
    assert forecast.recovered == 2
    done = pass_on(rules, config, next_day)
    assert _lines(done) == _lines(forecast)
    assert (done.recovered, done.sent) == (2, 1)
    smtp_sink.wait_for(1)
    assert [r.rcpt_tos for r in smtp_sink.received] == [["repris@client.test"]]


def test_a_channel_failure_is_one_line_on_the_command_line_without_a_traceback(
    tmp_path: Path, sqlite_url: str, acme_ledger_file
) -> None:  # type: ignore[no-untyped-def]
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("RELANCE_")},
        "PYTHONPATH": str(ROOT),
        "RELANCE_DATABASE_URL": acme_ledger_file,
        "RELANCE_RULES": str(tmp_path / "rules.yaml"),
        "RELANCE_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "relance", "remind", "--on", "2026-12-07", "--anyway"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    failures = [line for line in done.stdout.splitlines() if "failed:" in line]
    assert len(failures) == 1
    assert "RELANCE_OUTGOING_SMTP_URL" in failures[0]


def test_the_service_warns_at_start_up_about_ladders_it_cannot_send(
    acme, tmp_path: Path, config, caplog
) -> None:  # type: ignore[no-untyped-def]
    rules_path = tmp_path / "rules.yaml"
    rules_path.write_text(RULES_TEXT)
    service = ReminderService(rules_path, dataclasses.replace(config, smtp_url=None), "08:30")
    with caplog.at_level(logging.WARNING):
        service.start()
        service.stop()
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert "ladders use email but RELANCE_OUTGOING_SMTP_URL is not set" in warnings
    assert "ladders use sms but RELANCE_SMS_URL is not set" in warnings
