"""Daily passes with the clock pinned to each day's morning, as the daemon would run them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import peewee
import time_machine

from ledger.approvals import approve
from ledger.clock import PARIS
from ledger.models import Reminder, ReminderStatus
from scheduler.channels import ChannelConfig
from scheduler.engine import plan_day
from scheduler.outbox import plan
from scheduler.passes import PassReport, run_pass
from scheduler.rules import Rules
from scheduler.snapshots import load_snapshots


def morning(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(9, 30), tzinfo=PARIS)


def pass_on(rules: Rules, config: ChannelConfig, day: dt.date) -> PassReport:
    with time_machine.travel(morning(day), tick=False):
        return run_pass(rules, config, day)


def daily_passes(
    rules: Rules,
    config: ChannelConfig,
    start: dt.date,
    end: dt.date,
    events: dict[dt.date, Callable[[], object]] | None = None,
) -> list[PassReport]:
    """A pass each day from start to end; events run on their day's morning, before the pass."""
    reports = []
    day = start
    while day <= end:
        with time_machine.travel(morning(day), tick=False):
            if events and day in events:
                events[day]()
            reports.append(run_pass(rules, config, day))
        day += dt.timedelta(days=1)
    return reports


def approve_all(by: str = "claire") -> None:
    """Staff approve every step waiting in the queue."""
    for (reminder_id,) in (
        Reminder.select(Reminder.id)
        .where(Reminder.status == ReminderStatus.AWAITING_APPROVAL)
        .tuples()
    ):
        approve(reminder_id, by=by)


def climb(rules: Rules, config: ChannelConfig, days: list[dt.date]) -> list[PassReport]:
    """A pass on each of `days`, staff approving whatever waits before each."""
    reports = []
    for day in days:
        with time_machine.travel(morning(day), tick=False):
            approve_all()
            reports.append(run_pass(rules, config, day))
    return reports


def plan_today(rules: Rules, day: dt.date) -> None:
    """Plan what is due on `day` into the outbox without sending it."""
    plan(plan_day(load_snapshots(day), rules, day).actions, day)


def reminders() -> peewee.ModelSelect:
    """The outbox without the records of jumped steps."""
    return Reminder.select().where(Reminder.status != ReminderStatus.SKIPPED)
