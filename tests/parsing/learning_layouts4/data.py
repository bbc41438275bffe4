"""What the fourth learning set's designers share: the truth of one invoice (which may be one of
several in a file, or run over two pages), a sheet that counts pages, debtor blocks of two to
six lines, money and date spellings, and the random draws that make two invoices of one layout
differ (table length, optional rows, amounts from a few euros to tens of thousands)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from reportlab.pdfgen.canvas import Canvas

from tests.parsing.generator.render import MONTHS_FR, Pen

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Debtor:
    name: str


@dataclass
class Truth:
    """One invoice as the record states it: `total_due` signed (negative on a credit note),
    `due` None where no due date is printed, `pages` the pages of the file it covers."""

    number: str
    issued: date
    due: date | None
    total: Decimal
    total_due: Decimal
    debtor: Debtor
    currency: str = "EUR"
    credit: bool = False
    pages: tuple[int, ...] = (1,)

    @property
    def due_shown(self) -> bool:
        return self.due is not None


class Sheet:
    """A pen over a canvas that knows which page it writes on."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.pen = Pen(canvas)
        self.page = 1

    def next_page(self) -> None:
        self.canvas.showPage()
        self.page += 1


def money(value: Decimal, thousands: str = "\u00a0", symbol: str = " €") -> str:
    """`12 345,67 €` (no-break space), `12.345,67`, `12345,67` by the designer's habit."""
    whole, cents = f"{abs(value):.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    sign = "-" if value < 0 else ""
    return f"{sign}{thousands.join(groups)},{cents}{symbol}"


def english_money(value: Decimal, code: str) -> str:
    sign = "-" if value < 0 else ""
    return f"{sign}{code} {abs(value):,.2f}"


def long_date(day: date) -> str:
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MONTHS_FR[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def issue_day(rng: random.Random, seed: int) -> date:
    """Seed 0 in March 2026; the others any month of 2025 or 2026 (short and long names)."""
    if seed == 0:
        return date(2026, 3, 12)
    return date(rng.choice((2025, 2026)), rng.randint(1, 12), rng.randint(1, 28))


def plus_days(day: date, days: int) -> date:
    return day + timedelta(days=days)


def cents(value: float | Decimal) -> Decimal:
    return Decimal(str(value)).quantize(CENT)


def amounts(rng: random.Random, count: int, big: bool) -> list[Decimal]:
    """`count` line amounts; `big` lines in the thousands so totals pass 10 000."""
    low, high = (1500, 9800) if big else (12, 640)
    return [cents(rng.randint(low * 100, high * 100) / 100) for _ in range(count)]


COMPANIES = [
    "SAS Bâtir Ensemble",
    "SARL Les Vergers de l'Ill",
    "Boulangerie Au Pain d'Antan",
    "Clinique Vétérinaire des Trois Épis",
    "SCI Les Tilleuls",
    "Transports Ehrhart & Fils",
    "Association Sportive de Wittenheim",
    "Menuiserie Schaller",
    "EURL Optique Vision Plus",
]
PERSONS = [
    "M. Rémi Caron",
    "Mme Élodie Marchal",
    "M. et Mme Jean-Claude Oberlé",
    "Mme Geneviève de La Tour d'Auvergne",
    "M. Yannick Le Goff",
    "Mme Inès Benali",
    "M. François-Xavier Dutertre-Lefebvre",
    "Mlle Zoé Wu",
]
ATTENTION = [
    "À l'attention de M. Pascal Roth",
    "Service Comptabilité Fournisseurs",
    "Att. Mme Nadia Ferrand - Achats",
    "c/o Fiduciaire Rhin-Conseil",
]
BUILDINGS = ["Bâtiment B - 3e étage", "Zone Artisanale du Moulin", "Résidence Les Acacias, apt 12"]
STREETS = [
    "4 rue des Tanneurs",
    "127 avenue de Colmar",
    "9 bis chemin du Lerchenberg",
    "Lieu-dit Le Grand Pré",
    "22 place du Marché aux Poissons",
    "1 allée Nathan Katz",
]
PLACES = [
    ("68100", "Mulhouse"),
    ("67000", "Strasbourg"),
    ("68000", "Colmar"),
    ("90000", "Belfort"),
    ("25200", "Montbéliard"),
    ("68500", "Guebwiller"),
]
CEDEX = [("BP 40213", "68006 Colmar CEDEX"), ("CS 70011", "67085 Strasbourg CEDEX")]
FOREIGN = [
    ("Rue de la Loi 16", "1000 Bruxelles", "BELGIQUE"),
    ("Bahnhofstrasse 12", "8001 Zürich", "SUISSE"),
    ("Hauptstraße 5", "79098 Freiburg im Breisgau", "ALLEMAGNE"),
    ("12 rue Goethe", "L-1637 Luxembourg", "LUXEMBOURG"),
]


def debtor_block(
    rng: random.Random,
    seed: int,
    *,
    capitals: bool = False,
    foreign: float = 0.0,
    companies: float = 0.6,
) -> tuple[str, list[str]]:
    """A debtor's name and its block of two to six lines: a company with or without an
    attention line, or a person; a building line, a CEDEX postal box, a foreign country.
    Seed 0 (the corrected invoice) has a plain block."""
    if seed == 0 and companies < 0.5:
        name = PERSONS[1]
        lines = [name, STREETS[0], "68000 Colmar"]
    elif seed == 0:
        name = COMPANIES[0]
        lines = [name, ATTENTION[1], STREETS[1], "68100 Mulhouse"]
    else:
        company = rng.random() < companies
        name = rng.choice(COMPANIES if company else PERSONS)
        lines = [name]
        if company and rng.random() < 0.4:
            lines.append(rng.choice(ATTENTION))
        shape = rng.random()
        if shape < 0.15:
            box, cedex = rng.choice(CEDEX)
            lines.append(f"{box} - {cedex}")
        elif shape < 0.15 + foreign:
            street, city, country = rng.choice(FOREIGN)
            lines += [street, city, country]
        elif shape < 0.35 + foreign:
            box, cedex = rng.choice(CEDEX)
            lines += [rng.choice(STREETS), box, cedex]
        else:
            if rng.random() < 0.3:
                lines.append(rng.choice(BUILDINGS))
            postcode, city = rng.choice(PLACES)
            lines += [rng.choice(STREETS), f"{postcode} {city}"]
            if rng.random() < 0.2:
                lines.append("FRANCE")
    lines = lines[:6]
    if capitals:
        lines = [line.upper() for line in lines]
    return name, lines
