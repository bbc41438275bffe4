"""Small facts the daemon publishes for people (rules validity, last pass, digests sent)."""

from __future__ import annotations

from ledger.clock import now
from ledger.models import SystemState, db


def publish_state(key: str, value: str) -> None:
    """Set `key` to `value`, created or replaced."""
    with db.atomic():
        SystemState.insert(key=key, value=value, updated_at=now()).on_conflict(
            conflict_target=[SystemState.key],
            update={SystemState.value: value, SystemState.updated_at: now()},
        ).execute()
