"""The one clock: every part of Relance asks here for the time, so tests can pin it."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")


def now() -> dt.datetime:
    """The current instant, timezone-aware, in UTC."""
    return dt.datetime.now(dt.UTC)


def today(tz: dt.tzinfo = PARIS) -> dt.date:
    """Today's date where the business is (Paris unless told otherwise)."""
    return now().astimezone(tz).date()
