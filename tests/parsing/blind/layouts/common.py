"""What every layout needs: its registry entry and seeded picks of dates, lines and amounts."""

from __future__ import annotations

import calendar
import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.pdfgen.canvas import Canvas

from ..formats import cents
from ..model import Invoice, Line

MM = 72 / 25.4


@dataclass(frozen=True)
class Item:
    """A catalogue entry: the price range a seed picks from and the usual quantities."""

    description: str
    unit: str
    low: float
    high: float
    vat: str
    quantities: tuple[float, ...] = (1, 1, 2, 3)


@dataclass(frozen=True)
class Layout:
    """One issuer's layout: how a seed becomes an invoice and how that invoice is drawn."""

    key: str
    country: str
    style: str
    families: tuple[str, ...]
    invoice: Callable[[random.Random, int], Invoice]
    draw: Callable[[Canvas, Invoice], None]
    seeds: int = 20
    batch_sizes: tuple[int, ...] = (1,)


def issue_day(rng: random.Random) -> dt.date:
    return dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 420))


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def price(rng: random.Random, low: float, high: float) -> Decimal:
    value = Decimal(str(round(rng.uniform(low, high), 2)))
    if high >= 100 and rng.random() < 0.5:
        value = Decimal(round(value))
    return cents(value)


def pick_lines(rng: random.Random, catalogue: Sequence[Item], count: int) -> list[Line]:
    chosen = rng.sample(list(catalogue), min(count, len(catalogue)))
    while len(chosen) < count:
        chosen.append(rng.choice(catalogue))
    return [
        Line(
            description=item.description,
            quantity=Decimal(str(rng.choice(item.quantities))),
            unit_price=price(rng, item.low, item.high),
            vat_rate=Decimal(item.vat),
            unit=item.unit,
        )
        for item in chosen
    ]


def share(amount: Decimal, percent: int) -> Decimal:
    """A round share of an amount, as deposits and subsidies are usually set."""
    return Decimal(int(amount * percent / 100))


def instalments(total: Decimal, count: int) -> list[Decimal]:
    """Equal instalments in cents, the first one taking the remainder."""
    base = cents(total / count)
    rest = total - base * count
    return [base + rest, *([base] * (count - 1))]


def quantity(value: Decimal) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def en_quantity(value: Decimal) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def rate(value: Decimal, comma: bool = True) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if comma else text
