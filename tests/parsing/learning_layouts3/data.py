"""The truth of the third learning set: the generator's `Facts` (same record conventions) plus
the currency and the page count, and values whose length and shape change between two
invoices of one issuer: debtor names of two to six words (particles, hyphens, persons and
companies), amounts from 9,90 to 12 345,67, a debtor block with or without an attention, c/o
or accounting-department line, a building line and a country line."""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from tests.parsing.generator.data import Facts, Party

COMPANIES = [
    "Garage Muller",
    "SARL Le Fournil de la Petite-Venise",
    "SCI du Domaine de Saint-Jacques",
    "Établissements Weber et Fils",
    "EHPAD Les Jardins d'Alsace",
    "Auto-École Centrale",
    "Cabinet Stoll-Bauer & Associés",
    "Le Comptoir",
    "Association des Parents d'Élèves Jean Monnet",
]
PERSONS = [
    "M. Luc Kuntz",
    "Mme Anne-Sophie de Montigny",
    "M. Jean-Baptiste Le Roy",
    "Mme Françoise Ben Saïd",
    "M. Pierre d'Argenson",
    "Mme Marie-Hélène Dupont-Aignan",
    "M. Thomas Van der Berg",
]
UK_NAMES = [
    "Fenwick & Hale Ltd",
    "Mrs Olivia Hartley-Smythe",
    "The Bluebell Tea Rooms",
    "Mr Tom O'Brien",
    "Northern Quarter Coworking Limited",
]
ATTENTION = [
    "Service comptabilité",
    "À l'attention du service fournisseurs",
    "c/o Cabinet Fiduciaire Hertz",
    "Att. M. Schmitt - Comptabilité",
]
UK_ATTENTION = ["c/o Hartley Property Management", "FAO Accounts Payable"]
BUILDINGS = ["Bâtiment C - 2e étage", "Parc d'activités du Ried", "Résidence Le Clos Fleuri"]
STREETS = [
    "7 rue du Général de Gaulle",
    "14 bis place Kléber",
    "2 impasse des Roseaux",
    "118 avenue de la Forêt-Noire",
    "Lieu-dit Le Haut Buisson",
    "31 rue Saint-Nicolas",
]
PLACES = [
    ("67000", "Strasbourg"),
    ("68200", "Mulhouse"),
    ("57070", "Metz"),
    ("88100", "Saint-Dié-des-Vosges"),
    ("67700", "Saverne"),
    ("29200", "Brest"),
    ("68340", "Riquewihr"),
]
UK_STREETS = ["27 Albion Street", "Unit 5, Kelham Island Works", "The Old Rectory, Church Lane"]
UK_PLACES = [("LS1 6HX", "Leeds"), ("S3 8RY", "Sheffield"), ("YO1 7HH", "York")]
# Amount scales drawn per invoice: a template learned on 512,40 meets 9,90 and 12 345,67.
SCALES = [(9, 30), (40, 400), (400, 2500), (2500, 12400)]


@dataclass
class Truth(Facts):
    currency: str = "EUR"
    pages: int = 1


@dataclass(frozen=True)
class Printed:
    """The debtor's block top to bottom (the truth stays in `Truth.debtor`)."""

    lines: tuple[str, ...]


def debtor(rng: random.Random, seed: int, *, uk: bool = False) -> tuple[Party, Printed]:
    """Seed 0 (the corrected one) has a short name; the others any length, person or company,
    with or without an attention or c/o line, a building line and a country line."""
    if uk:
        name = UK_NAMES[0] if seed == 0 else rng.choice(UK_NAMES)
        company = not name.startswith(("Mr ", "Mrs "))
    else:
        company = seed == 0 or rng.random() < 0.6
        pool = COMPANIES if company else PERSONS
        name = rng.choice(pool[:2]) if seed == 0 else rng.choice(pool)
    lines = [name]
    if company and seed != 0 and rng.random() < 0.45:
        lines.append(rng.choice(UK_ATTENTION if uk else ATTENTION))
    streets = []
    if seed != 0 and rng.random() < 0.3:
        streets.append(rng.choice(BUILDINGS))
    streets.append(rng.choice(UK_STREETS if uk else STREETS))
    postcode, city = rng.choice(UK_PLACES if uk else PLACES)
    lines += streets
    lines += [city, postcode] if uk else [f"{postcode} {city}"]
    if seed != 0 and rng.random() < 0.25:
        lines.append("United Kingdom" if uk else "FRANCE")
    party = Party(
        name=name,
        street=", ".join(streets),
        postcode=postcode,
        city=city,
        phone=None,
        phone_e164=None,
        email=None,
        country="GB" if uk else "FR",
    )
    return party, Printed(tuple(lines))


def seller(name: str, street: str, postcode: str, city: str) -> Party:
    return Party(name, street, postcode, city, "03 88 41 27 90", "+33388412790", "compta@x.fr")


def amount(rng: random.Random, seed: int, count: int) -> Decimal:
    """A net amount: seed 0 in the hundreds, the others from a few euros to ten thousand (a
    long invoice in the thousands)."""
    scale = 1 if seed == 0 else rng.randrange(len(SCALES))
    low, high = SCALES[3 if count > 20 else scale]
    return Decimal(rng.randrange(low * 100, high * 100)) / 100


def lines_for(rng: random.Random, net: Decimal, count: int, names: list[str]) -> list:
    """`count` item lines (quantity 1) whose amounts add up to `net`."""
    cuts = sorted(rng.sample(range(1, int(net * 100)), min(count - 1, int(net * 100) - 1)))
    bounds = [0, *cuts, int(net * 100)]
    return [(rng.choice(names), 1, Decimal(b - a) / 100) for a, b in itertools.pairwise(bounds)]


def truth(
    design: str,
    seed: int,
    *,
    seller_party: Party,
    credit: bool = False,
    deposit: Decimal = Decimal("0"),
    count: int = 3,
    vat_rate: Decimal = Decimal("0.20"),
    currency: str = "EUR",
    lang: str = "fr",
    uk: bool = False,
    issued: date | None = None,
    names: list[str] | None = None,
) -> tuple[Truth, Printed, random.Random]:
    """One invoice's truth and its debtor as printed; the random stream goes on drawing it."""
    rng = random.Random(f"layouts3-{design}-{seed}")
    net = amount(rng, seed, count)
    vat = (net * vat_rate).quantize(Decimal("0.01"))
    party, printed = debtor(rng, seed, uk=uk)
    day = issued or date(2026, 1, 2) + timedelta(days=seed * 41 + rng.randrange(0, 25))
    items = lines_for(rng, net, count, names or ["Prestation", "Fournitures", "Déplacement"])
    result = Truth(
        lang=lang,
        number="",
        issued=day,
        due=day + timedelta(days=30),
        terms=None,
        net=net,
        vat=vat,
        total=net + vat,
        deposit=Decimal(0) if credit else deposit,
        credit=credit,
        debtor=party,
        seller=seller_party,
        siret=f"{rng.randrange(10**13, 10**14)}",
        customer_ref=f"CL{rng.randrange(1, 99999)}",
        items=items,
        currency=currency,
    )
    return result, printed, rng
