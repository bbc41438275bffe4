"""Proves the truth against the drawn PDF with the first set's self-check, told how this set
prints dates, amounts and country names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Expected
from tests.parsing.blind.selfcheck import Printing
from tests.parsing.blind.selfcheck import check_all as check_printed

from .layouts import LAYOUTS
from .wording import COUNTRY_LINES, DATE_STYLES, figures


def date_forms(day: dt.date) -> set[str]:
    forms = {style(day) for style in DATE_STYLES}
    return forms | {form.upper() for form in forms}


def amount_forms(amount: Decimal) -> set[str]:
    return {
        figures(abs(amount), group, point)
        for group in ("", " ", ".", ",", "'")
        for point in (",", ".")
        if group != point
    }


PRINTING = Printing(
    home={layout.key: layout.country for layout in LAYOUTS},
    dates=date_forms,
    amounts=amount_forms,
    countries={code: (name.casefold(),) for code, name in COUNTRY_LINES.items()},
)


def check_all(folder: Path, expected: Iterable[Expected]) -> list[str]:
    return check_printed(folder, expected, PRINTING)
