"""Proves the truth against the drawn PDF: every expected value must be printed on its pages.

Dates and amounts are looked for in every style the layouts print; phone numbers are read
back with libphonenumber from the page text. A scan is checked on the text PDF it was made from.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import phonenumbers

from .formats import DATE_STYLES, grouped
from .layouts import LAYOUTS
from .model import Expected

CURRENCY_MARKS = {
    "EUR": ("€", "EUR"),
    "GBP": ("£", "GBP"),
    "USD": ("$", "USD"),
    "CHF": ("CHF",),
    "CAD": ("CAD",),
}
COUNTRY_NAMES = {
    "FR": ("france",),
    "BE": ("belgique",),
    "CH": ("suisse",),
    "GB": ("united kingdom",),
    "DE": ("germany", "deutschland"),
    "US": ("usa", "united states"),
}
HOME = {layout.key: layout.country for layout in LAYOUTS}


def page_text(pdf: Path, pages: tuple[int, ...]) -> str:
    command = ["pdftotext", "-layout", "-f", str(pages[0]), "-l", str(pages[-1]), str(pdf), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(text.split())


def date_forms(day: dt.date) -> set[str]:
    forms = {style(day) for style in DATE_STYLES}
    return forms | {form.upper() for form in forms}


def amount_forms(amount: Decimal) -> set[str]:
    value = abs(amount)
    return {
        grouped(value, sep, dec)
        for sep in ("", " ", ".", ",", "'")
        for dec in (",", ".")
        if sep != dec
    }


def phones_in(text: str, region: str) -> set[str]:
    found = set()
    for match in phonenumbers.PhoneNumberMatcher(text, region):
        found.add(phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164))
    return found


def any_in(forms: Iterable[str], text: str) -> bool:
    return any(form in text for form in forms)


@dataclass(frozen=True)
class Printing:
    """How a set prints: each layout's home country, the forms of a date and of an amount."""

    home: dict[str, str]
    dates: Callable[[dt.date], set[str]]
    amounts: Callable[[Decimal], set[str]]
    countries: dict[str, tuple[str, ...]]


def check(expected: Expected, pdf: Path, printing: Printing | None = None) -> list[str]:
    """Names what the truth of `expected` claims that the PDF's pages do not print."""
    printing = printing or THIS_SET
    raw = page_text(pdf, expected.pages)
    text = flat(raw)
    folded = text.casefold()
    truth = expected.truth
    debtor = truth["debtor"]
    problems = []

    def need(ok: bool, what: str) -> None:
        if not ok:
            where = f"{expected.file} p{expected.pages[0]} ({expected.layout} seed {expected.seed})"
            problems.append(f"{where}: {what}")

    need(truth["invoice_number"] in text, f"invoice number {truth['invoice_number']!r}")
    need(any_in(printing.dates(dt.date.fromisoformat(truth["issue_date"])), text), "issue date")
    if truth["due_date"]:
        need(any_in(printing.dates(dt.date.fromisoformat(truth["due_date"])), text), "due date")
    amount = Decimal(truth["total_due"])
    need(any_in(printing.amounts(amount), text), f"amount {truth['total_due']}")
    need(any_in(CURRENCY_MARKS[truth["currency"]], text), "currency")
    need(debtor["name"].casefold() in folded, f"name {debtor['name']!r}")
    for part in (debtor["street"] or "").split(", "):
        need(part in text, f"street part {part!r}")
    need(debtor["postcode"] in text, "postcode")
    need(debtor["city"].casefold() in folded, f"city {debtor['city']!r}")
    home = printing.home[expected.layout] == debtor["country"]
    need(home or any_in(printing.countries[debtor["country"]], folded), "country")
    if debtor["email"]:
        need(debtor["email"].casefold() in folded, "email")
    if debtor["phone"]:
        need(debtor["phone"] in phones_in(raw, debtor["country"]), f"phone {debtor['phone']}")
    if debtor["customer_ref"]:
        need(debtor["customer_ref"] in text, "customer ref")
    return problems


THIS_SET = Printing(HOME, date_forms, amount_forms, COUNTRY_NAMES)


def check_all(
    folder: Path, expected: Iterable[Expected], printing: Printing | None = None
) -> list[str]:
    problems = []
    for item in expected:
        pdf = folder / ("sources" if item.subset == "scans" else "text") / item.file
        problems += check(item, pdf, printing)
    return problems
