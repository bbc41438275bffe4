"""The reminder service inside `relance run`: catch-up at start, rules watched and reloaded."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from click.testing import CliRunner

from ledger.clock import today
from ledger.models import Creditor, Reminder, SystemState
from relance.cli import cli
from scheduler.calendar import SendingCalendar
from scheduler.jobs import ReminderService, pass_time
from scheduler.rules import CalendarRules
from scheduler.rules_store import ERROR_KEY, RulesStore
from tests.factories import make_invoice
from tests.scheduler.conftest import RULES_TEXT, reachable_debtor
from tests.servers.ports import wait_until


def test_the_service_catches_up_at_start_and_keeps_good_rules_when_a_bad_file_lands(
    acme, tmp_path: Path, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    rules_path = tmp_path / "rules.yaml"
    rules_path.write_text(
        RULES_TEXT.replace("send_on: business_days", "send_on: every_day").replace(
            '"09:00-18:00"', '"00:00-23:59"'
        )
    )
    make_invoice(reachable_debtor(acme), due_date=today() - dt.timedelta(days=1))
    service = ReminderService(rules_path, config, "00:00")
    service.start()
    try:
        assert service.store.loaded
        assert len(smtp_sink.wait_for(1)) == 1  # the catch-up pass, without waiting for 08:30
        service.daily_pass()
        rules_path.write_text(RULES_TEXT.replace("channel: handover}", "channel: fax}"))
        os.utime(rules_path, ns=(10**18, 10**18))
        service.watch_rules()
        assert "unknown channel 'fax'" in SystemState.get_by_id(ERROR_KEY).value
        assert [s.id for s in service.store.rules.ladders["standard"].steps][-1] == "handover"
        service.daily_pass()
        assert Reminder.select().where(Reminder.status != "skipped").count() == 1
    finally:
        service.stop()


def test_a_service_without_a_readable_rules_file_runs_no_pass_and_says_why(
    sqlite_db, tmp_path: Path, config
) -> None:  # type: ignore[no-untyped-def]
    service = ReminderService(tmp_path / "missing.yaml", config, "08:30")
    service.start()
    try:
        wait_until(
            lambda: SystemState.get_or_none(SystemState.key == ERROR_KEY) is not None,
            5,
            what="the rules error",
        )
        assert "cannot read the file" in SystemState.get_by_id(ERROR_KEY).value
        service.daily_pass()
        assert Reminder.select().count() == 0
    finally:
        service.stop()


ALWAYS_OPEN = RULES_TEXT.replace("send_on: business_days", "send_on: every_day").replace(
    '"09:00-18:00"', '"00:00-23:59"'
)


def test_rules_valid_at_last_catch_up_the_pass_they_prevented(
    acme, tmp_path: Path, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    rules_path = tmp_path / "rules.yaml"
    rules_path.write_text(ALWAYS_OPEN.replace("channel: handover}", "channel: fax}"))
    make_invoice(reachable_debtor(acme), due_date=today() - dt.timedelta(days=1))
    service = ReminderService(rules_path, config, "00:00")
    service.start()
    try:
        assert not service.store.loaded
        rules_path.write_text(ALWAYS_OPEN)
        os.utime(rules_path, ns=(10**18, 10**18))
        service.watch_rules()
        assert len(smtp_sink.wait_for(1)) == 1
    finally:
        service.stop()


def test_new_sending_hours_move_the_daily_pass_without_a_restart(
    acme, tmp_path: Path, config
) -> None:  # type: ignore[no-untyped-def]
    rules_path = tmp_path / "rules.yaml"
    rules_path.write_text(RULES_TEXT)
    service = ReminderService(rules_path, config, "08:30")
    service.start()
    try:
        rules_path.write_text(RULES_TEXT.replace('"09:00-18:00"', '"10:15-18:00"'))
        os.utime(rules_path, ns=(10**18, 10**18))
        service.watch_rules()
        trigger = service.scheduler.get_job("daily-pass").trigger
        assert (str(trigger.fields[5]), str(trigger.fields[6])) == ("10", "15")
    finally:
        service.stop()


def test_relance_remind_dry_run_prints_json_and_the_real_run_sends(
    tmp_path: Path, monkeypatch, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("RELANCE_"):
            monkeypatch.delenv(name)
    (tmp_path / "rules.yaml").write_text(RULES_TEXT)
    monkeypatch.setenv("RELANCE_OUTGOING_SMTP_URL", smtp_sink.url)
    runner = CliRunner()
    assert runner.invoke(cli, ["init", "--admin-password", "correct horse battery"]).exit_code == 0
    from ledger.database import bind

    database = bind(f"sqlite:///{tmp_path / 'var' / 'relance.db'}")
    with database.connection_context():
        acme = Creditor.get(Creditor.slug == "acme")
        make_invoice(
            reachable_debtor(acme), number="F-77", due_date=dt.date(2026, 12, 4), total="12.34"
        )
    dry = runner.invoke(cli, ["remind", "--dry-run", "--on", "2026-12-07", "--json"])
    assert dry.exit_code == 0, dry.output
    report = json.loads(dry.output)
    assert report["dry_run"] is True
    assert [(a["step"], a["invoices"], a["amount"]) for a in report["actions"]] == [
        ("r1", ["F-77"], "12.34 EUR")
    ]
    assert smtp_sink.messages() == []
    real = runner.invoke(cli, ["remind", "--on", "2026-12-07", "--anyway"])
    assert real.exit_code == 0, real.output
    assert "1 planned, 0 blocked, 0 released, 1 sent" in real.output
    assert len(smtp_sink.wait_for(1)) == 1


@pytest.mark.parametrize(
    ("moment", "args", "why"),
    [
        (
            "2026-12-07 10:00",
            ["--on", "2026-12-08"],
            "2026-12-08 is not today (2026-12-07): the pass would send what is due that day",
        ),
        ("2026-12-05 10:00", [], "2026-12-05 is not a sending day in rules.yaml's calendar"),
        (
            "2026-12-07 20:30",
            [],
            "it is 20:30 (Europe/Paris), outside the sending hours 09:00-18:00",
        ),
    ],
)
def test_a_real_pass_by_hand_sends_only_when_the_daily_pass_would(
    install: Path, monkeypatch: pytest.MonkeyPatch, moment: str, args: list[str], why: str
) -> None:
    (install / "rules.yaml").write_text(RULES_TEXT)
    paris = dt.datetime.fromisoformat(moment).replace(tzinfo=ZoneInfo("Europe/Paris"))
    with time_machine.travel(paris, tick=False):
        result = CliRunner().invoke(cli, ["remind", *args])
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Error: nothing sent: {why}. See it with --dry-run; send with --anyway."
    )


def test_relance_remind_refuses_to_run_on_invalid_rules(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rules.yaml").write_text("ladders:\n  s: [{id: a, at: tomorrow, channel: email}]\n")
    monkeypatch.setenv("RELANCE_RULES", str(tmp_path / "rules.yaml"))
    result = CliRunner().invoke(cli, ["remind", "--dry-run"])
    assert result.exit_code == 1
    assert "rules.yaml:2: ladders.s[0].at: 'tomorrow' is not a day offset" in result.output


@pytest.mark.parametrize(
    ("remind_at", "hours", "expected"),
    [("08:30", "09:00-18:00", dt.time(9, 0)), ("10:15", "09:00-18:00", dt.time(10, 15))],
)
def test_the_daily_pass_never_runs_before_the_sending_hours_open(
    remind_at: str, hours: str, expected: dt.time
) -> None:
    calendar = SendingCalendar(CalendarRules(hours=hours))
    assert pass_time(remind_at, calendar) == expected


def test_rules_dropping_a_ladder_staff_assigned_are_refused_and_the_old_ones_kept(
    acme, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with_cheque = RULES_TEXT.replace(
        "ladders:\n",
        "ladders:\n  cheque:\n    - {id: c1, at: +5d, channel: letter, template: reminder_3}\n",
    )
    rules_path = tmp_path / "rules.yaml"
    rules_path.write_text(with_cheque)
    store = RulesStore(rules_path)
    assert store.reload_if_changed()
    debtor = reachable_debtor(acme, ladder="cheque")

    rules_path.write_text(RULES_TEXT)
    os.utime(rules_path, ns=(10**18, 10**18))

    assert not store.reload_if_changed()
    assert "cheque" in store.rules.ladders
    assert SystemState.get_by_id(ERROR_KEY).value == (
        f"{rules_path}: ladders.cheque: missing, but assigned to 1 debtor(s) (first: "
        f"#{debtor.id}); keep this ladder or assign them another one in the admin first"
    )
