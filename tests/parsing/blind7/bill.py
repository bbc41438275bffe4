"""What a layout hands back for each invoice it drew, and the helpers every layout shares."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice
from tests.parsing.blind5.sheet import Sheet


@dataclass(frozen=True)
class Piece:
    """One invoice of a drawn file: its truth, its pages, and the terms when no date is printed.

    `terms` is the printed wording the due date is computed from (`30 jours fin de mois le
    10`, `à réception`); the self-check looks for it instead of a printed due date.
    """

    invoice: Invoice
    pages: tuple[int, ...] = (1,)
    terms: str | None = None


Draw = Callable[[Path, random.Random, int], list[Piece]]


@dataclass(frozen=True)
class Layout:
    key: str
    country: str
    producer: str
    draw: Draw
    seeds: int = 20


def issue_day(rng: random.Random) -> dt.date:
    return dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))


def money(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low * 100, high * 100)) / 100


def write(sheet: Sheet, x: float, y: float, lines: Sequence[str], leading: float) -> float:
    """Draws `lines` downwards from `y`; returns the baseline after the last one."""
    for line in lines:
        sheet.text(x, y, line)
        y += leading
    return y
