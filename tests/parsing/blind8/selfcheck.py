"""Proves the truth against the drawn PDF with the first set's self-check, told how this set
prints dates, amounts and country names. A due date computed from terms alone is not printed:
for those invoices the terms wording must be printed instead."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from tests.parsing.blind.model import Expected
from tests.parsing.blind.selfcheck import Printing, check, flat, page_text

from .layouts import LAYOUTS
from .wording import COUNTRY_FORMS, DATE_STYLES, amount_forms


def date_forms(day: dt.date) -> set[str]:
    forms = {style(day) for style in DATE_STYLES}
    return forms | {form.upper() for form in forms}


PRINTING = Printing(
    home={layout.key: layout.country for layout in LAYOUTS},
    dates=date_forms,
    amounts=amount_forms,
    countries=COUNTRY_FORMS,
)


def check_one(item: Expected, pdf: Path) -> list[str]:
    terms = getattr(item, "terms", None)
    if terms is None:
        return check(item, pdf, PRINTING)
    problems = check(
        dataclasses.replace(item, truth={**item.truth, "due_date": None}), pdf, PRINTING
    )
    if flat(terms) not in flat(page_text(pdf, item.pages)):
        problems.append(f"{item.file} ({item.layout} seed {item.seed}): terms {terms!r}")
    return problems


def check_all(folder: Path, expected: Iterable[Expected]) -> list[str]:
    problems = []
    for item in expected:
        problems += check_one(item, folder / "text" / item.file)
    return problems
