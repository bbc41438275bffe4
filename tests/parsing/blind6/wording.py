"""How this set's issuers print money, dates and country lines, and how terms give a date."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

from tests.parsing.blind.formats import (
    EN_MONTHS,
    FR_MONTHS,
    dot_date,
    fr_date,
    fr_long_date,
    grouped,
    uk_long_date,
    us_date,
    us_long_date,
)

COUNTRY_LINES = {
    "FR": "FRANCE",
    "BE": "BELGIQUE",
    "LU": "LUXEMBOURG",
    "MC": "MONACO",
    "CH": "SUISSE",
    "GB": "UNITED KINGDOM",
    "US": "USA",
}


def euros(amount: Decimal, sign: str = " €") -> str:
    """`1 234,56 €`: French grouping with a plain space."""
    return grouped(amount, " ", ",") + sign


def dotted_euros(amount: Decimal) -> str:
    """`1.234,56 €`, as Belgian software prints it."""
    return grouped(amount, ".", ",") + " €"


def francs(amount: Decimal) -> str:
    """`1'234.55`, Swiss style, the currency in its own column."""
    return grouped(amount, "'", ".")


def pounds(amount: Decimal) -> str:
    text = grouped(amount, ",", ".")
    return f"-£{text[1:]}" if text.startswith("-") else f"£{text}"


def dollars(amount: Decimal) -> str:
    text = grouped(amount, ",", ".")
    return f"-${text[1:]}" if text.startswith("-") else f"${text}"


def short_fr_date(day: dt.date) -> str:
    """`12 mars 2026` without the `1er` habit, the way a funeral-home program prints it."""
    return f"{day.day} {FR_MONTHS[day.month - 1]} {day.year}"


def plain_uk_date(day: dt.date) -> str:
    """`3 March 2026`."""
    return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"


def dash_date(day: dt.date) -> str:
    """`12-05-2026`, Belgian habit."""
    return day.strftime("%d-%m-%Y")


DATE_STYLES = (
    dash_date,
    fr_date,
    fr_long_date,
    short_fr_date,
    dot_date,
    uk_long_date,
    plain_uk_date,
    us_date,
    us_long_date,
)


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def days_end_of_month(issue: dt.date, days: int) -> dt.date:
    """`N jours fin de mois`: N days on, then the end of that month (the record contract)."""
    return month_end(issue + dt.timedelta(days=days))


def add_months(day: dt.date, months: int, on: int) -> dt.date:
    year, month = divmod(day.month - 1 + months, 12)
    return dt.date(day.year + year, month + 1, on)
