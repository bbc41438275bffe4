"""Inside `relance run`: the daily pass at the configured hour (and a catch-up at start-up),
and a watch on rules.yaml that reloads it when it changes.

The daily pass runs creditor by creditor, each under the lock `daily-pass:<slug>`, and is
recorded once finished (PassRun): on several nodes each creditor's pass of a day runs once,
on whichever node takes it. A pass a dying node left unfinished is taken over by the others,
which look for unfinished passes every fifth of RELANCE_TAKEOVER_S during the sending hours."""

from __future__ import annotations

import datetime as dt
import logging
import random
import time
from pathlib import Path

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger

from ledger.clock import now, today
from ledger.locks import LocalLocks, Locks
from ledger.models import Creditor, db
from ledger.nodes import Node, this_node
from ledger.pass_runs import creditors_without_pass, finish_pass, pass_finished, start_pass
from scheduler.calendar import SendingCalendar
from scheduler.channels import ChannelConfig
from scheduler.passes import run_pass, unfollowed_warning
from scheduler.readiness import channel_warnings
from scheduler.rules import Rules
from scheduler.rules_store import RulesStore

log = logging.getLogger(__name__)
RULES_CHECK_SECONDS = 5
DAILY_JOB = "daily-pass"
TAKEOVER_JOB = "pass-takeover"
# A creditor's pass that failed here is not tried again by this node for this long.
RETRY_AFTER_S = 60.0


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
        locks: Locks | None = None,
        node: Node | None = None,
        takeover_s: int = 15,
    ) -> None:
        self.store = RulesStore(rules_path)
        self.config = config
        self.remind_at = remind_at
        self.locks = locks or LocalLocks()
        self.node = node or this_node()
        self.takeover_s = takeover_s
        self.scheduler: BackgroundScheduler | None = None
        self._failed_at: dict[str, float] = {}

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
        self.scheduler.add_job(
            self.take_over_passes,
            "interval",
            seconds=max(1.0, self.takeover_s / 5),
            id=TAKEOVER_JOB,
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

    def take_over_passes(self) -> None:
        """During the day's sending hours, past the pass time: finish the passes no node has
        (one that died while running them, say)."""
        if not self.store.loaded:
            return
        calendar = SendingCalendar(self.store.rules.calendar)
        local = now().astimezone(calendar.timezone)
        in_hours = pass_time(self.remind_at, calendar) <= local.time() < calendar.closes
        if in_hours and calendar.is_sending_day(local.date()):
            with db.connection_context():
                waiting = creditors_without_pass(local.date())
            if waiting:
                self.daily_pass()

    def daily_pass(self) -> None:
        if not self.store.loaded:
            log.warning("no valid rules: reminder pass skipped")
            return
        rules = self.store.rules
        calendar = SendingCalendar(rules.calendar)
        day = today(calendar.timezone)
        if not calendar.is_sending_day(day):
            log.info("%s is not a sending day: nothing sent", day)
            return
        with db.connection_context():
            creditors = creditors_without_pass(day)
        # Nodes starting together each begin with another creditor.
        random.shuffle(creditors)
        for creditor in creditors:
            failed_at = self._failed_at.get(creditor.slug)
            if failed_at is not None and time.monotonic() - failed_at < RETRY_AFTER_S:
                continue
            lock = f"daily-pass:{creditor.slug}"
            if not self.locks.try_hold(lock):
                continue
            try:
                self._creditor_pass(rules, creditor, day)
                self._failed_at.pop(creditor.slug, None)
            except Exception:
                self._failed_at[creditor.slug] = time.monotonic()
                log.exception("reminder pass of %s for %s failed", day, creditor.slug)
            finally:
                self.locks.release(lock)

    def _creditor_pass(self, rules: Rules, creditor: Creditor, day: dt.date) -> None:
        with db.connection_context():
            if pass_finished(creditor.id, day):
                return
            run = start_pass(creditor.id, day, self.node.id)
            report = run_pass(rules, self.config, day, creditor.id)
            summary = (
                f"{report.planned} planned, {report.sent} sent, {report.blocked} blocked, "
                f"{report.awaiting_approval} awaiting approval, {report.failed} failed, "
                f"{len(report.held)} held"
            )
            finish_pass(run, summary)
        log.info("reminder pass %s for %s: %s", day, creditor.slug, summary)
        if report.unfollowed_invoices:
            log.warning("%s: %s", creditor.slug, unfollowed_warning(report))
