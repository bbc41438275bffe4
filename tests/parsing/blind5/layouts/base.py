"""What a layout is: a designer's way to make an invoice from a seed and to draw it."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from tests.parsing.blind.model import Invoice

from ..sheet import Sheet, Turn

Maker = Callable[[random.Random, int], Invoice]
Drawer = Callable[[Sheet, Invoice], None]


@dataclass(frozen=True)
class Layout:
    key: str
    country: str
    producer: str
    make: Maker
    draw: Drawer
    size: str = "A4"
    seeds: int = 20
    turn: Callable[[int], Turn] = lambda seed: "upright"


def money(rng: random.Random, low: int, high: int, step: int = 1) -> Decimal:
    """A price in cents between `low` and `high` euros, rounded to `step` cents."""
    cents = rng.randrange(low * 100, high * 100 + 1)
    return Decimal(cents - cents % step) / 100


def issue_day(rng: random.Random, year: int = 2026) -> dt.date:
    return dt.date(year, 1, 5) + dt.timedelta(days=rng.randrange(300))
