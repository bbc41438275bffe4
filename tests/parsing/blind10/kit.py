"""Helpers the tenth set's layouts share: totals columns, schedules, a few more places and numbers.

Towns with their postcodes are public postal facts; every person, company and street is made
up (see `../blind9/folks.py`, whose people and streets this set draws from as well).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from decimal import Decimal

from stdnum.gb import vat as gb_vat

from tests.parsing.blind5.people import digits
from tests.parsing.blind5.sheet import Sheet
from tests.parsing.blind8.ink import row
from tests.parsing.blind9.wording import add_months

Money = Callable[[Decimal], str]

ALSACE = (
    ("67000", "Strasbourg"),
    ("68000", "Colmar"),
    ("67500", "Haguenau"),
    ("67600", "Sélestat"),
    ("68100", "Mulhouse"),
    ("67210", "Obernai"),
)
LOIRE = (
    ("37000", "Tours"),
    ("41000", "Blois"),
    ("45000", "Orléans"),
    ("49400", "Saumur"),
    ("37400", "Amboise"),
)
CEDEX = (
    ("35042", "Rennes CEDEX"),
    ("44046", "Nantes CEDEX 1"),
    ("69441", "Lyon CEDEX 03"),
    ("31036", "Toulouse CEDEX 1"),
)
SHROPSHIRE = (
    ("Shrewsbury", "Shropshire", "SY3"),
    ("Ludlow", "Shropshire", "SY8"),
    ("Leominster", "Herefordshire", "HR6"),
    ("Welshpool", "Powys", "SY21"),
    ("Whitchurch", "Shropshire", "SY13"),
)
US_PRACTICE_TOWNS = (
    ("Denver", "CO", "80203"),
    ("Boulder", "CO", "80302"),
    ("Cheyenne", "WY", "82001"),
    ("Santa Fe", "NM", "87501"),
    ("Salt Lake City", "UT", "84111"),
)


def gb_vat_number(rng: random.Random) -> str:
    """`GB 123 4567 89`, well formed (mod 97) and no one's."""
    while True:
        body = digits(rng, 7)
        for check in range(100):
            candidate = f"{body}{check:02d}"
            if gb_vat.is_valid(candidate):
                return f"GB {candidate[:3]} {candidate[3:7]} {candidate[7:]}"


def totals(
    sheet: Sheet,
    y: float,
    rows: Sequence[tuple[str, str]],
    label_x: float,
    value_x: float,
    step: float,
) -> float:
    """Label at the left, value right-aligned; returns the baseline after the last row."""
    for label, value in rows:
        row(sheet, y, [(label_x, label, "left"), (value_x, value, "right")])
        y += step
    return y


def instalments(amount: Decimal, count: int) -> list[Decimal]:
    """`count` equal debits to the cent, the last taking the rounding."""
    part = (amount / count).quantize(Decimal("0.01"))
    return [part] * (count - 1) + [amount - part * (count - 1)]


def monthly(first: dt.date, count: int) -> list[dt.date]:
    return [add_months(first, n, first.day) for n in range(count)]
