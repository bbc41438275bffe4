"""How this set's issuers print dates, amounts and phone numbers."""

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


def slashed(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def dotted(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def iso(day: dt.date) -> str:
    return day.isoformat()


def long_fr(day: dt.date) -> str:
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MOIS[day.month - 1]} {day.year}"


def american(day: dt.date) -> str:
    return day.strftime("%m/%d/%Y")


def long_us(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


DATE_STYLES: tuple[Callable[[dt.date], str], ...] = (
    slashed,
    dotted,
    iso,
    long_fr,
    american,
    long_us,
)


def cents(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def figures(amount: Decimal, group: str, point: str) -> str:
    """1234.5 → '1 234,50' (group ' ', point ',')."""
    whole, _, fraction = f"{cents(abs(amount)):.2f}".partition(".")
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    parts.insert(0, whole)
    return group.join(parts) + point + fraction


def euros(amount: Decimal) -> str:
    return figures(amount, " ", ",") + " €"


def plain_fr(amount: Decimal) -> str:
    return figures(amount, " ", ",")


def luxembourg(amount: Decimal) -> str:
    return figures(amount, ".", ",")


def quebec(amount: Decimal) -> str:
    return figures(amount, " ", ",") + " $"


def dollars(amount: Decimal) -> str:
    return "$" + figures(amount, ",", ".")


def percent(rate: Decimal) -> str:
    return f"{rate.normalize():f}".replace(".", ",") + " %"


def grouped_phone(digits: str, sizes: tuple[int, ...], joiner: str = " ") -> str:
    out, start = [], 0
    for size in sizes:
        out.append(digits[start : start + size])
        start += size
    return joiner.join(out)
