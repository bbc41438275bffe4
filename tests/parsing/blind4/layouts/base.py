"""What a layout of this set is: an issuer that invents its invoices and draws them."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from tests.parsing.blind.model import Invoice

from ..sheet import Sheet

COUNTRY_LINES = {
    "FR": "France",
    "BE": "Belgique",
    "LU": "Luxembourg",
    "GB": "United Kingdom",
    "CA": "Canada",
    "DE": "Germany",
    "AT": "Austria",
    "IE": "Ireland",
    "CH": "Suisse",
}


@dataclass(frozen=True)
class Layout:
    key: str
    country: str
    producer: str
    seeds: int
    invent: Callable[[random.Random, int], Invoice]
    draw: Callable[[Sheet, Invoice], None]
    letter: bool = False

    def invoice(self, rng: random.Random, seed: int) -> Invoice:
        return self.invent(rng, seed)


def issued(rng: random.Random) -> dt.date:
    return dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(300))


def money(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low * 100, high * 100)) / 100
