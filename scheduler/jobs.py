"""Inside `relance run`: the daily pass at the configured hour (and a catch-up at start-up),
and a watch on rules.yaml that reloads it when it changes."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger

from ledger.clock import now, today
from ledger.models import db
from scheduler.calendar import SendingCalendar
from scheduler.channels import ChannelConfig
from scheduler.passes import run_pass
from scheduler.rules_store import RulesStore

log = logging.getLogger(__name__)
RULES_CHECK_SECONDS = 5


def pass_time(remind_at: str, calendar: SendingCalendar) -> dt.time:
    """RELANCE_REMIND_AT, moved to the opening of the calendar's hours if earlier."""
    return max(dt.time.fromisoformat(remind_at), calendar.opens)


class ReminderService:
    name = "reminders"

    def __init__(
        self,
        rules_path: Path,
        config: ChannelConfig,
        remind_at: str,
    ) -> None:
        self.store = RulesStore(rules_path)
        self.config = config
        self.remind_at = remind_at
        self.scheduler: BackgroundScheduler | None = None

    def start(self) -> None:
        # APScheduler logs every run of the 5-second rules watch at INFO.
        logging.getLogger("apscheduler.executors.default").setLevel(logging.WARNING)
        with db.connection_context():
            self.store.reload_if_changed()
        calendar = SendingCalendar(self.store.rules.calendar)
        at = pass_time(self.remind_at, calendar)
        hour, minute = at.hour, at.minute
        self.scheduler = BackgroundScheduler(timezone=str(calendar.timezone))
        self.scheduler.add_job(
            self.daily_pass,
            CronTrigger(hour=hour, minute=minute, timezone=calendar.timezone),
            id="daily-pass",
            max_instances=1,
            coalesce=True,
            misfire_grace_time=3600,
        )
        self.scheduler.add_job(
            self.watch_rules,
            "interval",
            seconds=RULES_CHECK_SECONDS,
            id="rules-watch",
            max_instances=1,
            coalesce=True,
        )
        # Catch-up: a pass missed while the daemon was down is done now (once: the outbox
        # refuses to do a step twice), unless it is too early or too late to send today.
        local = now().astimezone(calendar.timezone).time()
        if at <= local < calendar.closes:
            self.scheduler.add_job(self.daily_pass, id="catch-up", max_instances=1)
        else:
            log.info("no catch-up now (%s): the next pass runs at %s", local, at)
        self.scheduler.start()

    def stop(self) -> None:
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=True)

    def watch_rules(self) -> None:
        try:
            with db.connection_context():
                self.store.reload_if_changed()
        except Exception:
            log.exception("rules reload failed")

    def daily_pass(self) -> None:
        if not self.store.loaded:
            log.warning("no valid rules: reminder pass skipped")
            return
        rules = self.store.rules
        day = today(SendingCalendar(rules.calendar).timezone)
        try:
            with db.connection_context():
                report = run_pass(rules, self.config, day)
            log.info(
                "reminder pass %s: %d planned, %d sent, %d blocked, %d failed",
                day,
                report.planned,
                report.sent,
                report.blocked,
                report.failed,
            )
        except Exception:
            log.exception("reminder pass of %s failed", day)
