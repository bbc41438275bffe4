"""How this set prints dates, amounts and country names, in the habits of its issuers."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

from tests.parsing.blind.formats import grouped


def months(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FR_MONTHS = months(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
)
FR_ABBR = months("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.")
FR_DAYS = months("lun. mar. mer. jeu. ven. sam. dim.")
EN_MONTHS = months(
    "January February March April May June July August September October November December"
)
AT_MONTHS = months(
    "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember"
)
PT_MONTHS = months(
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
)


def slash(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def slash_short(day: dt.date) -> str:
    return day.strftime("%d/%m/%y")


def dash(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


def dotted(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def dotted_short(day: dt.date) -> str:
    """Swiss habit: `3.4.26`."""
    return f"{day.day}.{day.month}.{day:%y}"


def iso(day: dt.date) -> str:
    return day.isoformat()


def fr_long(day: dt.date) -> str:
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {FR_MONTHS[day.month - 1]} {day.year}"


def fr_abbr(day: dt.date) -> str:
    return f"{day.day} {FR_ABBR[day.month - 1]} {day.year}"


def fr_weekday(day: dt.date) -> str:
    """`sam. 13 juin 2026`, as a booking confirmation prints it."""
    return f"{FR_DAYS[day.weekday()]} {day.day} {FR_MONTHS[day.month - 1]} {day.year}"


def en_long(day: dt.date) -> str:
    return f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}"


def en_abbr(day: dt.date) -> str:
    return f"{EN_MONTHS[day.month - 1][:3]} {day.day}, {day.year}"


def en_day_first(day: dt.date) -> str:
    return f"{day.day} {EN_MONTHS[day.month - 1][:3]} {day.year}"


def us(day: dt.date) -> str:
    return day.strftime("%m/%d/%Y")


def at_long(day: dt.date) -> str:
    return f"{day.day}. {AT_MONTHS[day.month - 1]} {day.year}"


def pt_long(day: dt.date) -> str:
    return f"{day.day} de {PT_MONTHS[day.month - 1]} de {day.year}"


def airline(day: dt.date) -> str:
    """`13JUN26`, as a ticket prints it."""
    return f"{day.day:02d}{EN_MONTHS[day.month - 1][:3].upper()}{day:%y}"


DATE_STYLES = (
    slash,
    slash_short,
    dash,
    dotted,
    dotted_short,
    iso,
    fr_long,
    fr_abbr,
    en_long,
    en_abbr,
    en_day_first,
    us,
    at_long,
    pt_long,
)


def fr_money(amount: Decimal) -> str:
    """`1 234,56` (a thin space would be the typographer's; the software prints a space)."""
    return grouped(amount, " ", ",")


def eu_money(amount: Decimal) -> str:
    """`1.234,56`, as Dutch, Portuguese, Austrian and German software prints it."""
    return grouped(amount, ".", ",")


def en_money(amount: Decimal) -> str:
    return grouped(amount, ",", ".")


def ch_money(amount: Decimal) -> str:
    return grouped(amount, "'", ".")


def amount_forms(amount: Decimal) -> set[str]:
    value = abs(amount)
    return {fr_money(value), eu_money(value), en_money(value), ch_money(value), f"{value:.2f}"}


COUNTRY_FORMS = {
    "FR": ("france", "f-"),
    "BE": ("belgique", "belgium", "b-"),
    "NL": ("netherlands", "nederland", "pays-bas"),
    "PT": ("portugal",),
    "US": ("usa", "united states"),
    "AT": ("österreich", "autriche", "austria"),
    "CH": ("suisse", "schweiz", "switzerland"),
    "DE": ("allemagne", "germany", "deutschland"),
    "ES": ("espagne", "spain"),
    "LU": ("luxembourg",),
    "GB": ("united kingdom",),
    "CA": ("canada",),
}


def end_of_month(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def add_months(day: dt.date, count: int, on: int) -> dt.date:
    """The `on`-th of the month `count` months after `day`'s."""
    index = day.month - 1 + count
    return dt.date(day.year + index // 12, index % 12 + 1, on)
