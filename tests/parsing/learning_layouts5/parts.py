"""What the fifth learning set's designers share beyond the fourth set's pieces (imported from
tests/parsing/learning_layouts4/data): item tables of one to twenty-five lines that run onto a
next page with a continuation heading, totals rows that follow the table wherever it ends, long
debtor names that wrap, debtor blocks of two or four lines with an optional attention line."""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal

from tests.parsing.learning_layouts4.data import COMPANIES, PERSONS, PLACES, STREETS, Sheet, cents

BOTTOM = 760.0

LONG_NAMES = [
    "Association Départementale des Pupilles de l'Enseignement Public du Haut-Rhin",
    "Communauté de Communes de la Vallée de Saint-Amarin et du Florival",
    "Société Coopérative Agricole des Producteurs de Fruits du Sundgau",
    "Établissements Wolfberger Frères et Associés Négoce de Vins d'Alsace",
    "Comité d'Entreprise de la Société Alsacienne de Constructions Mécaniques",
]


def items(
    rng: random.Random, count: int, works: list[str], *, big: bool = False
) -> list[tuple[str, Decimal]]:
    low, high = (1200, 8800) if big else (9, 480)
    return [
        (rng.choice(works), cents(rng.randint(low * 100, high * 100) / 100)) for _ in range(count)
    ]


def room(sheet: Sheet, y: float, needed: float, continued: str) -> float:
    """`y` when `needed` points still fit on the page; else a new page under its heading."""
    if y + needed <= BOTTOM:
        return y
    sheet.next_page()
    sheet.pen.text(40, 50, continued, 10, bold=True)
    return 80.0


def item_table(
    sheet: Sheet,
    y: float,
    lines: list[tuple[str, Decimal]],
    heading: tuple[str, str],
    continued: str,
    show: Callable[[Decimal], str] | None = None,
    step: float = 16.0,
) -> float:
    """The table's heading and its lines from `y`; a line that does not fit starts a new page
    (heading repeated). Returns the y below the last line."""
    pen = sheet.pen
    fmt = show or (lambda value: f"{value:.2f}".replace(".", ","))

    def head(at: float) -> None:
        pen.text(40, at, heading[0], 9, bold=True)
        pen.right(550, at, heading[1], 9, bold=True)
        pen.rule(at + 5)

    head(y)
    for label, value in lines:
        y += step
        if y > BOTTOM:
            y = room(sheet, BOTTOM, step, continued) + 14
            head(y)
            y += step
        pen.text(40, y, label)
        pen.right(550, y, fmt(value))
    return y


def totals(sheet: Sheet, y: float, rows: list[tuple[str, str]], continued: str, *,
           x: float = 330, bold_last: bool = True) -> float:  # fmt: skip
    """Label and amount rows from `y`, all on the page that holds the first one."""
    y = room(sheet, y, 16.0 * len(rows) + 40, continued)
    for index, (label, value) in enumerate(rows):
        bold = bold_last and index == len(rows) - 1
        sheet.pen.text(x, y, label, 10 if bold else 9, bold=bold)
        sheet.pen.right(550, y, value, 10 if bold else 9, bold=bold)
        y += 16
    return y


def wrapped(name: str, width: int = 34) -> list[str]:
    """A name as a narrow window prints it: cut at spaces into lines of at most `width`."""
    lines: list[str] = []
    for word in name.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def two_or_four(rng: random.Random, seed: int, *, persons: float = 0.5,
                attention: float = 0.4) -> tuple[str, list[str]]:  # fmt: skip
    """A debtor block of two lines (name; street, postcode and city on one line) or of three to
    five (an attention line, a building, the street, the postcode and city). Seed 0: two lines."""
    postcode, city = rng.choice(PLACES)
    if seed == 0:
        name = COMPANIES[1]
        return name, [name, f"{STREETS[1]}, 68100 Mulhouse"]
    person = rng.random() < persons
    name = rng.choice(PERSONS if person else COMPANIES)
    street = rng.choice(STREETS)
    if rng.random() < 0.35:
        return name, [name, f"{street}, {postcode} {city}"]
    lines = [name]
    if not person and rng.random() < attention:
        lines.append(rng.choice(["À l'attention de M. Hervé Lutz", "Attn : Service Achats",
                                 "À l'att. de Mme Sonia Kessler, comptabilité"]))  # fmt: skip
    if rng.random() < 0.3:
        lines.append(rng.choice(["Bâtiment C", "Parc d'activités des Collines", "2e étage"]))
    return name, [*lines, street, f"{postcode} {city}"]
