"""The top of a debtor's file: what they owe per currency, the ladder the engine follows for
them (and why), and the next step the engine would take, with its date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from admin.balances import Balance, balances
from admin.steps import step_label_in
from admin.unfollowed import ladder_of
from ledger.models import Debtor
from scheduler.calendar import SendingCalendar
from scheduler.engine import plan_day
from scheduler.rules import Rules
from scheduler.snapshots import load_snapshots

LOOK_AHEAD_DAYS = 120


@dataclass(frozen=True)
class NextStep:
    day: dt.date
    label: str
    channels: tuple[str, ...]
    invoices: tuple[str, ...]


@dataclass(frozen=True)
class DebtorFacts:
    balance: Balance
    ladder: str | None
    ladder_by_staff: bool
    next_step: NextStep | None


def next_step(rules: Rules, debtor_id: int, today: dt.date) -> NextStep | None:
    """The first step the engine would take for this debtor, walking the days ahead as a dry
    run does (nothing is written). None: nothing planned (paid up, paused, no ladder)."""
    calendar = SendingCalendar(rules.calendar)
    snapshots = load_snapshots(
        today,
        grace_days=rules.lateness.grace_days,
        timezone=calendar.timezone,
        debtor_ids=[debtor_id],
    )
    if not snapshots:
        return None
    for offset in range(LOOK_AHEAD_DAYS):
        day = today + dt.timedelta(days=offset)
        actions = plan_day(snapshots, rules, day, calendar).actions
        if actions:
            action = actions[0]
            return NextStep(
                day,
                step_label_in(rules, action.ladder, action.step.id),
                action.step.channel,
                tuple(i.number for i in action.invoices),
            )
    return None


def debtor_facts(debtor: Debtor, rules: Rules | None, today: dt.date) -> DebtorFacts:
    ladder = ladder_of(rules, debtor.id, today) if rules is not None else debtor.ladder
    return DebtorFacts(
        balance=balances([debtor.id], today)[debtor.id],
        ladder=ladder,
        ladder_by_staff=bool(debtor.ladder),
        next_step=next_step(rules, debtor.id, today) if rules is not None else None,
    )
