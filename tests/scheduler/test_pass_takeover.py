"""The daily pass per creditor: run once a day, finished by another node when the node running
it died, and what it left out kept beside the other creditors'."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import peewee
import pytest

from ledger.clock import now, today
from ledger.locks import PostgresLocks
from ledger.models import Debtor, Invoice, PassRun, Reminder
from ledger.nodes import this_node
from ledger.state import latest_pass_errors
from scheduler.jobs import ReminderService
from scheduler.passes import run_pass
from tests.factories import make_creditor, make_invoice
from tests.scheduler.conftest import RULES_TEXT, reachable_debtor
from tests.scheduler.days import reminders as outbox

ALWAYS_OPEN = RULES_TEXT.replace("send_on: business_days", "send_on: every_day").replace(
    '"09:00-18:00"', '"00:00-23:59"'
)


def service(tmp_path: Path, config, locks=None) -> ReminderService:  # type: ignore[no-untyped-def]
    rules = tmp_path / "rules.yaml"
    rules.write_text(ALWAYS_OPEN)
    reminders = ReminderService(rules, config, "00:00", locks=locks, takeover_s=6)
    reminders.store.reload_if_changed()
    return reminders


def test_a_pass_a_dead_node_left_unfinished_is_finished_once_by_another(
    acme, tmp_path: Path, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    make_invoice(reachable_debtor(acme), due_date=today() - dt.timedelta(days=1))
    PassRun.create(creditor=acme, day=today(), node="dead:1:abc", started_at=now())
    reminders = service(tmp_path, config)
    reminders.take_over_passes()
    reminders.take_over_passes()
    reminders.daily_pass()
    finished = PassRun.select().where(PassRun.finished_at.is_null(False))
    assert [(run.creditor_id, run.node) for run in finished] == [(acme.id, this_node().id)]
    assert outbox().count() == 1
    assert len(smtp_sink.wait_for(1)) == 1


def test_a_creditor_whose_pass_another_node_runs_is_left_to_it(
    acme, tmp_path: Path, config, ledger_db
) -> None:  # type: ignore[no-untyped-def]
    if not isinstance(ledger_db, peewee.PostgresqlDatabase):
        pytest.skip("on SQLite there is one node")
    params = ledger_db.connect_params
    url = f"postgresql://{params['user']}@{params['host']}:{params['port']}/{ledger_db.database}"
    other, ours = PostgresLocks(url, 6), PostgresLocks(url, 6)
    try:
        assert other.try_hold(f"daily-pass:{acme.slug}")
        service(tmp_path, config, ours).daily_pass()
        assert PassRun.select().count() == 0
        other.release(f"daily-pass:{acme.slug}")
        service(tmp_path, config, ours).daily_pass()
        assert PassRun.select().where(PassRun.finished_at.is_null(False)).count() == 1
    finally:
        other.close()
        ours.close()


def test_a_debtor_one_creditors_pass_left_out_stays_shown_after_the_next_creditors_pass(
    acme, rules, config
) -> None:  # type: ignore[no-untyped-def]
    broken = make_invoice(reachable_debtor(acme, name="Débiteur cassé"), number="F-BAD")
    # As an older Relance could leave it: a date past the calendar's end.
    Invoice.update(due_date=dt.date(9999, 12, 31)).where(Invoice.id == broken.id).execute()
    other = make_creditor(slug="other")
    make_invoice(reachable_debtor(other), number="F-OK", due_date=today() - dt.timedelta(days=1))
    day = today()
    [error] = run_pass(rules, config, day, acme.id).errors
    assert run_pass(rules, config, day, other.id).errors == []
    assert latest_pass_errors() == [error]
    assert "Débiteur cassé" in error


def test_a_creditors_pass_plans_releases_sends_and_holds_only_that_creditors_invoices(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    monday = dt.date(2026, 12, 7)
    other = make_creditor(slug="other", default_ladder="standard")
    ours, theirs = reachable_debtor(acme, email=None), reachable_debtor(other, email=None)
    for debtor in (ours, theirs):
        make_invoice(debtor, due_date=dt.date(2026, 12, 4))
    make_invoice(reachable_debtor(other), due_date=dt.date(2026, 12, 4), needs_review=True)
    first = run_pass(rules, config, monday, acme.id)
    assert (first.blocked, first.held) == (1, [])
    assert {r.creditor_id for r in Reminder.select()} == {acme.id}
    [digest] = smtp_sink.wait_for(1)
    assert digest["To"] == "compta@acme.test"
    Debtor.update(email="compta@client.test").where(Debtor.id.in_([ours.id, theirs.id])).execute()
    second = run_pass(rules, config, monday + dt.timedelta(days=1), acme.id)
    assert (second.released, second.sent, second.planned) == (1, 1, 0)
    assert {r.creditor_id for r in Reminder.select()} == {acme.id}
    theirs_pass = run_pass(rules, config, monday + dt.timedelta(days=1), other.id)
    assert (theirs_pass.planned, len(theirs_pass.held)) == (1, 1)
    assert {m["To"] for m in smtp_sink.wait_for(4)} == {
        "compta@acme.test",
        "compta@client.test",
        "compta@creditor.test",
    }
