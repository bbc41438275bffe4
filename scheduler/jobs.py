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
from scheduler.passes import run_pass, unfollowed_warning
from scheduler.readiness import channel_warnings
from scheduler.rules_store import RulesStore

log = logging.getLogger(__name__)
RULES_CHECK_SECONDS = 5
DAILY_JOB = "daily-pass"


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
        for warning in channel_warnings(self.store.rules, self.config):
            log.warning("%s", warning)
        self.scheduler = BackgroundScheduler(
            timezone=str(SendingCalendar(self.store.rules.calendar).timezone)
        )
        self.scheduler.add_job(
            self.watch_rules,
            "interval",
            seconds=RULES_CHECK_SECONDS,
            id="rules-watch",
            max_instances=1,
            coalesce=True,
        )
        self._schedule_daily_pass(self.scheduler, catch_up=True)
        self.scheduler.start()

    def stop(self) -> None:
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=True)

    def watch_rules(self) -> None:
        """Reload changed rules; their calendar (hours, time zone) moves the daily pass, and
        rules valid for the first time catch up the pass they prevented."""
        try:
            was_loaded = self.store.loaded
            with db.connection_context():
                changed = self.store.reload_if_changed()
            if changed and self.scheduler is not None:
                self._schedule_daily_pass(self.scheduler, catch_up=not was_loaded)
        except Exception:
            log.exception("rules reload failed")

    def _schedule_daily_pass(self, scheduler: BackgroundScheduler, catch_up: bool) -> None:
        calendar = SendingCalendar(self.store.rules.calendar)
        at = pass_time(self.remind_at, calendar)
        trigger = CronTrigger(hour=at.hour, minute=at.minute, timezone=calendar.timezone)
        # Catch-up: a pass missed while the daemon was down (or the rules invalid) is done now,
        # once (the outbox refuses to do a step twice), unless too early or too late today.
        # The daily job itself runs now, so no second job can race it.
        local = now().astimezone(calendar.timezone).time()
        in_hours = at <= local < calendar.closes
        if catch_up and not in_hours:
            log.info("no catch-up now (%s): the next pass runs at %s", local, at)
        catch_up = catch_up and in_hours
        if scheduler.get_job(DAILY_JOB) is None:
            scheduler.add_job(
                self.daily_pass,
                trigger,
                id=DAILY_JOB,
                max_instances=1,
                coalesce=True,
                misfire_grace_time=3600,
                **({"next_run_time": now()} if catch_up else {}),
            )
        else:
            scheduler.reschedule_job(DAILY_JOB, trigger=trigger)
            log.info("daily reminder pass now at %s (%s)", at, calendar.timezone)
            if catch_up:
                scheduler.modify_job(DAILY_JOB, next_run_time=now())

    def daily_pass(self) -> None:
        if not self.store.loaded:
            log.warning("no valid rules: reminder pass skipped")
            return
        rules = self.store.rules
        day = today(SendingCalendar(rules.calendar).timezone)
        try:
            with db.connection_context():
                report = run_pass(rules, self.config, day)
            if not report.sending_day:
                log.info("%s is not a sending day: nothing sent", day)
                return
            log.info(
                "reminder pass %s: %d planned, %d sent, %d blocked, %d awaiting approval, "
                "%d failed, %d held",
                day,
                report.planned,
                report.sent,
                report.blocked,
                report.awaiting_approval,
                report.failed,
                len(report.held),
            )
            if report.unfollowed_invoices:
                log.warning("%s", unfollowed_warning(report))
        except Exception:
            log.exception("reminder pass of %s failed", day)
