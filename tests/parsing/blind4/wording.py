"""How this set's issuers write dates and amounts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

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


def slashed(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def dotted(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def dashed(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


def iso(day: dt.date) -> str:
    return day.isoformat()


def long_fr(day: dt.date) -> str:
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MOIS[day.month - 1]} {day.year}"


def long_uk(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def long_us(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def short_us(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"


DATE_STYLES: tuple[Callable[[dt.date], str], ...] = (
    slashed,
    dotted,
    dashed,
    iso,
    long_fr,
    long_uk,
    long_us,
    short_us,
)


def figures(amount: Decimal, group: str = " ", point: str = ",") -> str:
    """`amount` with two decimals, thousands grouped by `group`, decimals after `point`."""
    whole, cents = f"{abs(amount):.2f}".split(".")
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    parts.insert(0, whole)
    return ("-" if amount < 0 else "") + group.join(parts) + point + cents


def euros(amount: Decimal) -> str:
    return f"{figures(amount)} €"


def pounds(amount: Decimal) -> str:
    return f"£{figures(amount, ',', '.')}"


def dollars(amount: Decimal) -> str:
    return f"${figures(amount, ',', '.')}"


def german(amount: Decimal) -> str:
    return f"{figures(amount, '.', ',')} €"


def belgian(amount: Decimal) -> str:
    return f"€ {figures(amount, '.', ',')}"
