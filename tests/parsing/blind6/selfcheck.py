"""Proves the truth against the drawn PDF with the first set's self-check, told how this set
prints dates, amounts and country names.

A due date that the page does not print (terms such as "à réception" or "45 jours fin de
mois" without the computed date) is proved otherwise: its terms are printed and the record
contract's computation from the printed issue date gives the truth's date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.formats import grouped
from tests.parsing.blind.model import Expected
from tests.parsing.blind.selfcheck import Printing, flat, page_text
from tests.parsing.blind.selfcheck import check_all as check_printed

from .layouts import LAYOUTS
from .wording import COUNTRY_LINES, DATE_STYLES, days_end_of_month

RULES = {
    "à réception": lambda issue: issue,
    "45 jours fin de mois": lambda issue: days_end_of_month(issue, 45),
    "net 15": lambda issue: issue + dt.timedelta(days=15),
}


def date_forms(day: dt.date) -> set[str]:
    forms = {style(day) for style in DATE_STYLES}
    return forms | {form.upper() for form in forms}


def amount_forms(amount: Decimal) -> set[str]:
    return {
        grouped(abs(amount), group, point)
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


def check_terms(folder: Path, item: Expected) -> list[str]:
    """An unprinted due date: its terms are on the page and give the truth's date."""
    rule = item.truth["due_rule"]
    where = f"{item.file} p{item.pages[0]} ({item.layout} seed {item.seed})"
    text = flat(page_text(folder / "text" / item.file, item.pages)).casefold()
    problems = []
    if rule not in text:
        problems.append(f"{where}: terms {rule!r} not printed")
    computed = RULES[rule](dt.date.fromisoformat(item.truth["issue_date"]))
    if item.truth["due_date"] != computed.isoformat():
        problems.append(f"{where}: {rule!r} gives {computed}, not {item.truth['due_date']}")
    return problems


def check_all(folder: Path, expected: Iterable[Expected]) -> list[str]:
    problems: list[str] = []
    printed: list[Expected] = []
    for item in expected:
        if item.truth.get("due_rule"):
            problems += check_terms(folder, item)
            item = dataclasses.replace(item, truth={**item.truth, "due_date": None})
        printed.append(item)
    return problems + check_printed(folder, printed, PRINTING)
