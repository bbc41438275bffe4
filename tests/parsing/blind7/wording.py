"""How this set writes dates, money and country lines, and how it turns terms into a date."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

from tests.parsing.blind.formats import EN_MONTHS, FR_MONTHS, cents, grouped


def slashed(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def dashed(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


def dotted(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def iso(day: dt.date) -> str:
    return day.isoformat()


def french_long(day: dt.date) -> str:
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {FR_MONTHS[day.month - 1]} {day.year}"


MOIS_COURTS = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)


def french_short(day: dt.date) -> str:
    """`11 févr. 2026`, the abbreviations of the French typographic tradition."""
    return f"{day.day} {MOIS_COURTS[day.month - 1]} {day.year}"


def english_long(day: dt.date) -> str:
    return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"


def english_short(day: dt.date) -> str:
    return f"{day.day:02d} {EN_MONTHS[day.month - 1][:3]} {day.year}"


def english_ordinal(day: dt.date) -> str:
    suffix = "th" if 10 <= day.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10)
    return f"{day.day}{suffix or 'th'} {EN_MONTHS[day.month - 1]} {day.year}"


DATE_STYLES = (
    slashed,
    dashed,
    dotted,
    iso,
    french_long,
    french_short,
    english_long,
    english_short,
    english_ordinal,
)


def euros(amount: Decimal, sign: str = " €") -> str:
    """French: 1 234,56 €."""
    return grouped(amount, " ", ",") + sign


def dots(amount: Decimal) -> str:
    """Continental: 1.234,56."""
    return grouped(amount, ".", ",")


def commas(amount: Decimal) -> str:
    """English: 1,234.56."""
    return grouped(amount, ",", ".")


def plain(amount: Decimal) -> str:
    return f"{cents(amount):.2f}".replace(".", ",")


COUNTRY_LINES = {
    "FR": "FRANCE",
    "BE": "BELGIQUE",
    "IE": "IRELAND",
    "GB": "UNITED KINGDOM",
    "ES": "ESPAGNE",
    "IT": "ITALIA",
    "LU": "LUXEMBOURG",
}
COUNTRY_FORMS = {
    "FR": ("france",),
    "BE": ("belgique", "belgië", "belgium"),
    "IE": ("ireland",),
    "GB": ("united kingdom",),
    "ES": ("espagne", "españa", "spain"),
    "IT": ("italia", "italy", "italie"),
    "LU": ("luxembourg",),
}


def after_days(day: dt.date, days: int) -> dt.date:
    return day + dt.timedelta(days=days)


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def end_of_month_then(day: dt.date, days: int, on: int | None = None) -> dt.date:
    """`N jours fin de mois` (N days on, then that month's end), `… le 10` the 10th after it."""
    end = month_end(after_days(day, days))
    if on is None:
        return end
    following = end + dt.timedelta(days=1)
    return following.replace(day=on)
