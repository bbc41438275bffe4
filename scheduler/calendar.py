"""The sending calendar: which days reminders may go out (French business days by default)."""

from __future__ import annotations

import datetime as dt
from functools import cache
from zoneinfo import ZoneInfo

import holidays

from scheduler.rules import CalendarRules


class SendingCalendar:
    def __init__(self, rules: CalendarRules) -> None:
        self.rules = rules
        self.timezone = ZoneInfo(rules.timezone)
        start, end = rules.hours.split("-")
        self.opens = dt.time.fromisoformat(start)
        self.closes = dt.time.fromisoformat(end)
        self._shifted: dict[dt.date, dt.date] = {}

    def is_sending_day(self, day: dt.date) -> bool:
        if self.rules.send_on == "every_day":
            return True
        return day.weekday() < 5 and day not in _holidays(self.rules.country, day.year)

    def on_or_after(self, day: dt.date) -> dt.date:
        """`day` itself when reminders may go out that day, else the next day they may."""
        found = self._shifted.get(day)
        if found is None:
            found = day
            while not self.is_sending_day(found):
                found += dt.timedelta(days=1)
            self._shifted[day] = found
        return found

    def within_hours(self, moment: dt.datetime) -> bool:
        local = moment.astimezone(self.timezone).time()
        return self.opens <= local < self.closes


@cache
def _holidays(country: str, year: int) -> frozenset[dt.date]:
    try:
        return frozenset(holidays.country_holidays(country, years=year))
    except NotImplementedError:
        return frozenset()
