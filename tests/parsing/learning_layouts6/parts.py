"""What the sixth learning set's designers share beyond the fourth and fifth sets' pieces: one
month's draw of the things that change between two invoices of one layout (the debtor's block of
three, four or five lines with an attention, building or CS/BP line, a short or a wrapping name,
the name in capitals for some clients, thousands separators only on some invoices) and the money
spellings that change with it."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from tests.parsing.learning_layouts4.data import COMPANIES, PERSONS, PLACES, STREETS
from tests.parsing.learning_layouts5.parts import LONG_NAMES, wrapped

SHORT_NAMES = ["SCI Lorh", "EARL Ott", "M. Li Bo", "Bar Le 7", "Mme Ada Ba"]
ATTENTIONS = [
    "À l'attention de Mme Carole Wendling",
    "Service Comptabilité",
    "Att. M. Didier Frey - Direction technique",
]
BUILDINGS = ["Immeuble Le Quadrant", "Bâtiment A2 - Parc des Collines", "Résidence Les Érables"]
BOXES = [("CS 30029", "68025 Colmar CEDEX"), ("BP 1207", "67029 Strasbourg CEDEX 1")]


@dataclass(frozen=True)
class Client:
    """The debtor of one invoice: its name as the truth states it and its block as printed."""

    name: str
    block: list[str]


def client(rng: random.Random, seed: int, *, capitals: float = 0.25, width: int = 34) -> Client:
    """Seed 0 (the corrected invoice): a company on three lines. The others: a company or a
    person, short, ordinary or long (wrapping at `width`), its name in capitals for some
    clients, on three lines, four (an attention or building line) or five (both, or a CS/BP
    line under the street)."""
    if seed == 0:
        name = COMPANIES[3]
        return Client(name, [name, STREETS[0], "68000 Colmar"])
    kind = rng.random()
    if kind < 0.2:
        name = rng.choice(SHORT_NAMES)
    elif kind < 0.45:
        name = rng.choice(LONG_NAMES)
    else:
        name = rng.choice(COMPANIES + PERSONS)
    shown = name.upper() if rng.random() < capitals else name
    lines = wrapped(shown, width)
    person = name in PERSONS or name.startswith(("M. ", "Mme "))
    size = rng.choice((3, 4, 5))
    street = rng.choice(STREETS)
    postcode, city = rng.choice(PLACES)
    if size == 3:
        return Client(name, [*lines, street, f"{postcode} {city}"])
    extra = [rng.choice(BUILDINGS)] if person else [rng.choice(ATTENTIONS)]
    if size == 4:
        return Client(name, [*lines, *extra, street, f"{postcode} {city}"])
    if rng.random() < 0.5:
        box, cedex = rng.choice(BOXES)
        return Client(name, [*lines, *extra, street, box, cedex])
    return Client(name, [*lines, *extra, rng.choice(BUILDINGS), street, f"{postcode} {city}"])


def euros(value: Decimal, separator: str, symbol: str = " €") -> str:
    """`1 234,56 €` with the month's separator (`\u00a0`, `.`, `'` or none)."""
    whole, cents = f"{abs(value):.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    sign = "-" if value < 0 else ""
    return f"{sign}{separator.join(groups)},{cents}{symbol}"


def separator(rng: random.Random, seed: int, usual: str = "\u00a0") -> str:
    """The thousands separator of this invoice: none on the corrected one, the designer's usual
    one on about half of the others."""
    return "" if seed == 0 or rng.random() < 0.5 else usual


def priced(
    rng: random.Random, count: int, labels: list[str], low: int, high: int
) -> list[tuple[str, Decimal]]:
    """`count` table lines: labels drawn from `labels`, then amounts from `low` to `high`."""
    drawn = [rng.choice(labels) for _ in range(count)]
    values = [Decimal(rng.randint(low * 100, high * 100)) / 100 for _ in range(count)]
    return list(zip(drawn, values, strict=True))
