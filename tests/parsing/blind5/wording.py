"""How this set writes dates and money, and the country lines it prints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

MOIS = (
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
)
MONTHS = (
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
)


def slashed(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def dotted(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def dashed(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


def american(day: dt.date) -> str:
    return day.strftime("%m/%d/%Y")


def iso(day: dt.date) -> str:
    return day.isoformat()


def french_long(day: dt.date) -> str:
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MOIS[day.month - 1]} {day.year}"


def english_long(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def english_ordinal(day: dt.date) -> str:
    n = day.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} {MONTHS[day.month - 1]} {day.year}"


def us_long(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def us_short(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"


DATE_STYLES: tuple[Callable[[dt.date], str], ...] = (
    slashed,
    dotted,
    dashed,
    american,
    iso,
    french_long,
    english_long,
    english_ordinal,
    us_long,
    us_short,
)


def figures(amount: Decimal, group: str = " ", point: str = ",") -> str:
    """`1234.5` → `1 234,50` (or any grouping and decimal mark), sign dropped."""
    whole, _, cents = f"{abs(amount):.2f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return group.join(groups) + point + cents


def french(amount: Decimal) -> str:
    return figures(amount, " ", ",")


def english(amount: Decimal) -> str:
    return figures(amount, ",", ".")


def swiss(amount: Decimal) -> str:
    return figures(amount, "'", ".")


def german(amount: Decimal) -> str:
    return figures(amount, ".", ",")


COUNTRY_LINES = {
    "FR": "FRANCE",
    "BE": "BELGIQUE",
    "CH": "SUISSE",
    "GB": "UNITED KINGDOM",
    "US": "USA",
    "DE": "GERMANY",
    "AT": "AUSTRIA",
    "LU": "LUXEMBOURG",
    "IE": "IRELAND",
    "NL": "NETHERLANDS",
}
