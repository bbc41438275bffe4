"""Proves the truth against the drawn PDF with the first set's self-check, told how this set
prints dates, amounts and countries. A scan is checked on the text PDF it was made from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Expected
from tests.parsing.blind.selfcheck import Printing
from tests.parsing.blind.selfcheck import check_all as check_printed

from .layouts import LAYOUTS
from .wording import DATE_STYLES, digits

COUNTRY_NAMES = {
    "FR": ("france",),
    "BE": ("belgique", "belgium"),
    "CH": ("suisse", "switzerland"),
    "GB": ("united kingdom", "royaume-uni"),
    "US": ("usa", "états-unis"),
}


def date_forms(day: dt.date) -> set[str]:
    forms = {style(day) for style in DATE_STYLES}
    return forms | {form.upper() for form in forms}


def amount_forms(amount: Decimal) -> set[str]:
    return {
        digits(amount, thousands, decimal)
        for thousands in ("", " ", ".", ",", "'")
        for decimal in (",", ".")
        if thousands != decimal
    }


PRINTING = Printing(
    home={layout.key: layout.country for layout in LAYOUTS},
    dates=date_forms,
    amounts=amount_forms,
    countries=COUNTRY_NAMES,
)


def check_all(folder: Path, expected: Iterable[Expected]) -> list[str]:
    return check_printed(folder, expected, PRINTING)
