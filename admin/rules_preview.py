"""The Rules page's dry run: what the scheduler would do over the next days, sending nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Preview:
    available: bool
    error: str = ""
    rows: list[dict[str, Any]] = field(default_factory=list)


def preview(settings: Any, days: int = 7) -> Preview:
    try:
        from scheduler import preview as scheduler_preview  # type: ignore[attr-defined]
    except ImportError:
        return Preview(False, "the reminder engine is not installed in this build")
    try:
        rows = scheduler_preview.dry_run(settings, days=days)
    except Exception as error:  # the page must show what went wrong, not fail
        return Preview(True, str(error))
    return Preview(True, "", rows)
