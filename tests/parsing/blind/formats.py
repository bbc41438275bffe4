"""How amounts, dates and phone numbers are printed, in the styles real issuers use."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import phonenumbers

CENT = Decimal("0.01")


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FR_MONTHS = words(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
)
EN_MONTHS = words(
    "January February March April May June July August September October November December"
)


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def grouped(amount: Decimal, thousands: str, decimal: str) -> str:
    """`amount` with two decimals, `thousands` between groups of three digits."""
    sign = "-" if amount < 0 else ""
    units, fraction = f"{abs(cents(amount)):.2f}".split(".")
    groups = []
    while len(units) > 3:
        groups.insert(0, units[-3:])
        units = units[:-3]
    groups.insert(0, units)
    return f"{sign}{thousands.join(groups)}{decimal}{fraction}"


def fr_money(amount: Decimal, symbol: str = " €", space: str = " ") -> str:
    return grouped(amount, space, ",") + symbol


def de_money(amount: Decimal, symbol: str = " €") -> str:
    return grouped(amount, ".", ",") + symbol


def ch_money(amount: Decimal, thousands: str = "'") -> str:
    return grouped(amount, thousands, ".")


def en_money(amount: Decimal, symbol: str = "") -> str:
    text = grouped(amount, ",", ".")
    if text.startswith("-"):
        return f"-{symbol}{text[1:]}"
    return f"{symbol}{text}"


def fr_date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def fr_long_date(day: dt.date) -> str:
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {FR_MONTHS[day.month - 1]} {day.year}"


def dot_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def uk_long_date(day: dt.date) -> str:
    return f"{ordinal(day.day)} {EN_MONTHS[day.month - 1]} {day.year}"


def uk_short_date(day: dt.date) -> str:
    return f"{day.day:02d} {EN_MONTHS[day.month - 1][:3]} {day.year}"


def us_date(day: dt.date) -> str:
    return day.strftime("%m/%d/%Y")


def us_long_date(day: dt.date) -> str:
    return f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}"


def iso_date(day: dt.date) -> str:
    return day.isoformat()


DATE_STYLES = (
    fr_date,
    fr_long_date,
    dot_date,
    uk_long_date,
    uk_short_date,
    us_date,
    us_long_date,
    iso_date,
)


def national_phone(e164: str) -> str:
    number = phonenumbers.parse(e164)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def international_phone(e164: str) -> str:
    number = phonenumbers.parse(e164)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def dotted_phone(e164: str) -> str:
    """French habit: 06.12.34.56.78."""
    return national_phone(e164).replace(" ", ".")
