"""Daily passes with the clock pinned to each day's morning, as the daemon would run them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import time_machine

from ledger.clock import PARIS
from scheduler.channels import ChannelConfig
from scheduler.passes import PassReport, run_pass
from scheduler.rules import Rules


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
