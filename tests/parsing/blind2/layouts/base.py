"""What every layout of the set is, and the drawing steps several of them share."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from tests.parsing.blind.model import Invoice, Line

from ..sheet import Sheet

COUNTRY_NAMES_FR = {
    "FR": "FRANCE",
    "BE": "BELGIQUE",
    "CH": "SUISSE",
    "GB": "ROYAUME-UNI",
    "US": "ÉTATS-UNIS",
}
COUNTRY_NAMES_EN = {
    "FR": "FRANCE",
    "BE": "BELGIUM",
    "CH": "SWITZERLAND",
    "GB": "UNITED KINGDOM",
    "US": "USA",
}


@dataclass(frozen=True)
class Layout:
    """One issuer's layout: how it invents an invoice from a seed and how it draws it."""

    key: str
    country: str
    producer: str
    invoice: Callable[[random.Random, int], Invoice]
    draw: Callable[[Sheet, Invoice], None]
    seeds: int = 21
    batch_sizes: tuple[int, ...] = (1,)


def issue_day(rng: random.Random) -> dt.date:
    return dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(320))


def later(day: dt.date, days: int) -> dt.date:
    return day + dt.timedelta(days=days)


def month_end(day: dt.date, extra_days: int = 0) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1) + dt.timedelta(days=extra_days)


def price(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low * 100, high * 100)) / 100


def some_lines(
    rng: random.Random,
    catalogue: Sequence[tuple[str, int, int]],
    count: tuple[int, int],
    vat: Decimal | Sequence[Decimal],
) -> list[Line]:
    """`count` lines drawn from (description, lowest price, highest price) entries."""
    chosen = rng.sample(list(catalogue), min(len(catalogue), rng.randint(*count)))
    lines = []
    for description, low, high in chosen:
        quantity = Decimal(rng.randint(1, 6))
        rate = vat if isinstance(vat, Decimal) else rng.choice(list(vat))
        lines.append(Line(description, quantity, price(rng, low, high), rate))
    return lines


def block(sheet: Sheet, x: float, y: float, lines: Sequence[str], step: float) -> float:
    for line in lines:
        sheet.text(x, y, line)
        y += step
    return y
