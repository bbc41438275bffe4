"""Small facts the daemon publishes for people (rules validity, last pass, digests sent)."""

from __future__ import annotations

import json

from ledger.clock import now
from ledger.models import SystemState, db

# Debtors the latest passes left out, one key per pass scope (a creditor, or all of them).
LEFT_OUT_PREFIX = "remind.pass_errors."


def publish_state(key: str, value: str) -> None:
    """Set `key` to `value`, created or replaced."""
    with db.atomic():
        SystemState.insert(key=key, value=value, updated_at=now()).on_conflict(
            conflict_target=[SystemState.key],
            update={SystemState.value: value, SystemState.updated_at: now()},
        ).execute()


def latest_pass_errors(limit: int = 50) -> list[str]:
    """What the latest day's passes (of every creditor) said they left out, once each."""
    found: dict[str, list[str]] = {}
    for (value,) in (
        SystemState.select(SystemState.value)
        .where(SystemState.key.startswith(LEFT_OUT_PREFIX))
        .tuples()
    ):
        try:
            published = json.loads(value)
            day, errors = str(published["day"]), published["errors"]
        except (ValueError, TypeError, KeyError):
            continue
        if isinstance(errors, list):
            found.setdefault(day, []).extend(str(e) for e in errors)
    if not found:
        return []
    return list(dict.fromkeys(found[max(found)]))[:limit]
