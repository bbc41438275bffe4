"""Proves the truth against the drawn PDF twice: with the first set's self-check (pdftotext,
told how this set prints dates, amounts and country names), and with the ninth set's
pdfplumber check, whose page text must hold each printed value as the truth writes it. A due
date computed from terms alone is not printed: for those invoices the terms wording must be."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path

from tests.parsing.blind.model import Expected
from tests.parsing.blind.selfcheck import Printing, check, flat, page_text
from tests.parsing.blind9.selfcheck import check_plumbed
from tests.parsing.blind9.wording import COUNTRIES, amount_forms, date_forms

from .layouts import LAYOUTS

PRINTING = Printing(
    home={layout.key: layout.country for layout in LAYOUTS},
    dates=date_forms,
    amounts=amount_forms,
    countries=COUNTRIES,
)


def check_one(item: Expected, pdf: Path) -> list[str]:
    terms = getattr(item, "terms", None)
    problems = check_plumbed(item, pdf)
    if terms is None:
        return problems + check(item, pdf, PRINTING)
    problems += check(
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
