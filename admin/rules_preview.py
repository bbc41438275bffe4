"""The Rules page's checks: does rules.yaml load now, and what would the next days send."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ledger.money import Totals, parse_totals
from scheduler.channels import ChannelConfig
from scheduler.errors import InvalidRules
from scheduler.passes import dry_run
from scheduler.rules_store import load_rules_for_ledger

PREVIEW_LIMIT = 500


@dataclass(frozen=True)
class PreviewRow:
    day: dt.date
    debtor_id: int
    debtor: str
    ladder: str
    step: str
    channel: str
    totals: Totals
    invoices: tuple[str, ...]
    blocked: str


@dataclass
class RulesCheck:
    errors: list[str] = field(default_factory=list)
    rows: list[PreviewRow] = field(default_factory=list)
    truncated: bool = False


def rules_errors(path: Path) -> list[str]:
    """What the engine would refuse in rules.yaml as it is now (nothing: it would load it)."""
    try:
        load_rules_for_ledger(path)
    except InvalidRules as invalid:
        return [str(problem) for problem in invalid.errors]
    return []


def check_and_preview(
    path: Path, start: dt.date, config: ChannelConfig, days: int = 7
) -> RulesCheck:
    """Load the rules as the engine would; on success, dry-run each of the next `days` days.

    Each (debtor, step, channel) is listed on the first day it would go out: the dry run of a
    later day does not know that an earlier day's reminder would have been sent.
    """
    try:
        rules = load_rules_for_ledger(path)
    except InvalidRules as invalid:
        return RulesCheck(errors=[str(problem) for problem in invalid.errors])
    check = RulesCheck()
    seen: set[tuple[int, str, str, str]] = set()
    for offset in range(days):
        day = start + dt.timedelta(days=offset)
        for action in dry_run(rules, day, config).actions:
            if action.kind == "settle":
                continue  # handed over before a pass stopped: recorded as sent, not sent again
            key = (action.debtor_id, action.ladder, action.step, action.channel)
            if key in seen:
                continue
            seen.add(key)
            if len(check.rows) >= PREVIEW_LIMIT:
                check.truncated = True
                return check
            check.rows.append(
                PreviewRow(
                    day=day,
                    debtor_id=action.debtor_id,
                    debtor=action.debtor,
                    ladder=action.ladder,
                    step=action.step,
                    channel=action.channel,
                    totals=parse_totals(action.amount),
                    invoices=tuple(action.invoices),
                    blocked=action.blocked,
                )
            )
    return check
