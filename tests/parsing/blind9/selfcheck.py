"""Proves the truth against the drawn PDF twice: with the first set's self-check (pdftotext,
told how this set prints dates, amounts and country names), and with pdfplumber, whose page
text must hold each printed value as the truth writes it. A due date computed from terms
alone is not printed: for those invoices the terms wording must be printed instead."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path

import pdfplumber

from tests.parsing.blind.model import Expected
from tests.parsing.blind.selfcheck import Printing, check, flat, page_text

from .layouts import LAYOUTS
from .wording import COUNTRIES, amount_forms, date_forms

PRINTING = Printing(
    home={layout.key: layout.country for layout in LAYOUTS},
    dates=date_forms,
    amounts=amount_forms,
    countries=COUNTRIES,
)


def plumbed(pdf: Path, pages: tuple[int, ...]) -> str:
    with pdfplumber.open(pdf) as document:
        text = "\n".join(document.pages[n - 1].extract_text() or "" for n in pages)
    return flat(text)


def literal_values(item: Expected) -> list[str]:
    """The truth's values that must appear in the page text exactly as the truth spells them."""
    debtor = item.truth["debtor"]
    values = [item.truth["invoice_number"], debtor["name"], debtor["postcode"], debtor["city"]]
    values += (debtor["street"] or "").split(", ")
    values += [debtor["email"], debtor["customer_ref"]]
    return [value for value in values if value]


def check_plumbed(item: Expected, pdf: Path) -> list[str]:
    text = plumbed(pdf, item.pages).casefold()
    return [
        f"{item.file} p{item.pages[0]} ({item.layout} seed {item.seed}): pdfplumber {value!r}"
        for value in literal_values(item)
        if value.casefold() not in text
    ]


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
