"""How this set prints dates, amounts and country names, over the eighth set's wording."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.parsing.blind.formats import ordinal
from tests.parsing.blind8.wording import (
    COUNTRY_FORMS,
    DATE_STYLES,
    EN_MONTHS,
    add_months,
    ch_money,
    dash,
    dotted,
    en_long,
    end_of_month,
    eu_money,
    fr_abbr,
    fr_long,
    fr_money,
    iso,
    slash,
    slash_short,
    us,
)
from tests.parsing.blind8.wording import amount_forms as eighth_amount_forms
from tests.parsing.blind8.wording import en_money as en_plain

__all__ = [
    "add_months",
    "ch_money",
    "dash",
    "dotted",
    "en_long",
    "end_of_month",
    "eu_money",
    "fr_abbr",
    "fr_long",
    "fr_money",
    "iso",
    "slash",
    "slash_short",
    "us",
]

COUNTRIES = {**COUNTRY_FORMS, "GB": ("united kingdom", "england")}


def uk_long(day: dt.date) -> str:
    """`3rd March 2026`."""
    return f"{ordinal(day.day)} {EN_MONTHS[day.month - 1]} {day.year}"


def day_month_year(day: dt.date) -> str:
    """`3 March 2026`."""
    return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"


STYLES = (*DATE_STYLES, uk_long, day_month_year)


def date_forms(day: dt.date) -> set[str]:
    forms = {style(day) for style in STYLES}
    return forms | {form.upper() for form in forms}


def amount_forms(amount: Decimal) -> set[str]:
    value = abs(amount)
    return eighth_amount_forms(value) | {fr_money(value).replace(",", ".")}


def en_money(amount: Decimal, symbol: str = "") -> str:
    text = en_plain(abs(amount))
    return f"-{symbol}{text}" if amount < 0 else f"{symbol}{text}"


def qr_money(amount: Decimal) -> str:
    """`1 234.50`, as the QR-bill payment part prints it."""
    return fr_money(amount).replace(",", ".")
