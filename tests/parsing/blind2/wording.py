"""How the set's issuers print money and dates, per country and per program."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def to_cents(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def digits(value: Decimal, thousands: str, decimal: str) -> str:
    """`1234.5` → `1 234,50` with the given separators (no sign, no currency)."""
    whole, frac = f"{abs(to_cents(value)):.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return thousands.join(groups) + decimal + frac


def eur_fr(value: Decimal) -> str:
    return digits(value, "\u00a0", ",") + "\u00a0€"


def eur_plain(value: Decimal) -> str:
    return digits(value, " ", ",") + " EUR"


def eur_be(value: Decimal) -> str:
    return "€ " + digits(value, ".", ",")


def chf(value: Decimal) -> str:
    return digits(value, "'", ".")


def gbp(value: Decimal) -> str:
    return "£" + digits(value, ",", ".")


def usd(value: Decimal) -> str:
    return "$" + digits(value, ",", ".")


def bare(value: Decimal) -> str:
    return digits(value, "", ",")


def fr_slash(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def fr_dot(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def fr_dash(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


def fr_short(day: dt.date) -> str:
    return day.strftime("%d/%m/%y")


def fr_long(day: dt.date) -> str:
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MOIS[day.month - 1]} {day.year}"


def fr_abbr(day: dt.date) -> str:
    month = MOIS[day.month - 1]
    short = month if len(month) <= 4 else month[:4].rstrip("é") + "."
    return f"{day.day:02d} {short} {day.year}"


def uk_long(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def uk_abbr(day: dt.date) -> str:
    return f"{day.day:02d}-{MONTHS[day.month - 1][:3]}-{day.year}"


def us_slash(day: dt.date) -> str:
    return day.strftime("%m/%d/%Y")


def us_abbr(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"


DATE_STYLES: tuple[Callable[[dt.date], str], ...] = (
    fr_slash,
    fr_dot,
    fr_dash,
    fr_short,
    fr_long,
    fr_abbr,
    uk_long,
    uk_abbr,
    us_slash,
    us_abbr,
)
