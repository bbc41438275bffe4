"""The truth of the second learning set: the generator's `Facts` (same record conventions, so
`tests.parsing.accuracy` scores it) plus the currency and whether a customer reference is
printed, and the debtor block as this set prints it (two to five lines: a person or a company,
an attention line, a building line, BP/CS and CEDEX, a country line)."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from tests.parsing.generator.data import Facts, Party, end_of_month, facts

COMPANIES = [
    "Boulangerie Kessler",
    "SARL Vergers du Ried",
    "Cave Coopérative de Turckheim",
    "Clinique du Parc",
    "Transports Ehrhart & Fils",
    "Institut Beauté Lys",
    "SCI Les Marronniers",
    "Menuiserie Wendling",
    "Association Sportive de Sélestat",
    "Hôtel Le Cerf d'Or",
]
PEOPLE = [
    "M. Théo Haller",
    "Mme Odile Schaeffer",
    "M. Rémi Ortlieb",
    "Mme Nadia Bouzid",
    "Mme Claire Voegtlin",
    "M. Yann Le Goff",
]
ATTENTION = [
    "À l'attention de Mme Brun",
    "A l'attention du service comptable",
    "Attn : M. Keller",
    "À l'att. de M. Roth",
]
BUILDINGS = ["Bâtiment B", "Zone artisanale Nord", "Résidence Les Tilleuls", "Porte 4"]
STREETS = [
    "12 rue du Vieux-Marché-aux-Vins",
    "4 allée des Peupliers",
    "88 route de Colmar",
    "3 quai des Bateliers",
    "27 rue de la Division Leclerc",
    "150 avenue de Strasbourg",
]
PLACES = [
    ("67000", "Strasbourg"),
    ("68000", "Colmar"),
    ("67600", "Sélestat"),
    ("68100", "Mulhouse"),
    ("57000", "Metz"),
    ("54000", "Nancy"),
    ("67500", "Haguenau"),
]
SWISS_STREETS = ["Rue du Marché 12", "Avenue de la Gare 4", "Chemin des Vignes 27", "Grand-Rue 8"]
SWISS_PLACES = [
    ("1204", "Genève"),
    ("1003", "Lausanne"),
    ("2000", "Neuchâtel"),
    ("1950", "Sion"),
    ("1700", "Fribourg"),
]


@dataclass
class Truth(Facts):
    currency: str = "EUR"
    ref_shown: bool = True
    pages: int = 1


@dataclass(frozen=True)
class Printed:
    """How the debtor's block is printed, top to bottom (the truth stays in `Truth.debtor`)."""

    lines: tuple[str, ...]
    phone: str | None
    email: str | None


def debtor(rng: random.Random, swiss: bool = False) -> tuple[Party, Printed]:
    """A debtor printed in two to five lines, with or without its company, attention line,
    building line, BP/CS (then CEDEX) and country line."""
    company = rng.random() < 0.7
    name = rng.choice(COMPANIES) if company else rng.choice(PEOPLE)
    lines = [name]
    if company and rng.random() < 0.4:
        lines.append(rng.choice(ATTENTION))
    streets = []
    if rng.random() < 0.3:
        streets.append(rng.choice(BUILDINGS))
    postcode, city = rng.choice(SWISS_PLACES if swiss else PLACES)
    streets.append(rng.choice(SWISS_STREETS if swiss else STREETS))
    lines += streets
    shown_city = city
    if company and not swiss and rng.random() < 0.35:
        lines.append(rng.choice(["BP 40021", "CS 70112", "BP 12"]))
        postcode = postcode[:2] + rng.choice(["901", "913", "060"])
        shown_city = f"{city.upper()} CEDEX"
    lines.append(f"{'CH-' if swiss and rng.random() < 0.5 else ''}{postcode} {shown_city}")
    country = "CH" if swiss else "FR"
    if rng.random() < 0.25:
        lines.append("Suisse" if swiss else "FRANCE")
    digits = "".join(rng.choice("0123456789") for _ in range(7))
    if swiss:
        shown_phone, e164 = f"+41 22 {digits[:3]} {digits[3:5]} {digits[5:]}", f"+4122{digits}"
    else:
        first = rng.choice("136")
        pairs = " ".join([digits[0:2], digits[2:4], digits[4:6]])
        shown_phone, e164 = f"0{first} {digits[6]}{rng.choice('0123456789')} {pairs}", None
        e164 = "+33" + first + shown_phone[3:].replace(" ", "")
    with_phone, with_email = rng.random() < 0.6, rng.random() < 0.6
    local = rng.choice(["compta", "contact", "factures"])
    domain = "".join(c for c in name.lower().split()[-1] if c.isalpha() and c.isascii()) or "client"
    email = f"{local}@{domain}.{'ch' if swiss else 'fr'}"
    party = Party(
        name=name,
        street=", ".join(streets),
        postcode=postcode,
        city=shown_city,
        phone=shown_phone if with_phone else None,
        phone_e164=e164 if with_phone else None,
        email=email if with_email else None,
        country=country,
    )
    return party, Printed(tuple(lines), party.phone, party.email)


def truth(
    name: str,
    seed: int,
    lang: str = "fr",
    *,
    credit: bool = False,
    deposit: bool = False,
    items: tuple[int, int] = (1, 5),
    vat_rate: Decimal = Decimal("0.20"),
    currency: str = "EUR",
    swiss: bool = False,
) -> tuple[Truth, Printed, random.Random]:
    """One invoice's truth and its debtor as printed; the random stream goes on drawing it."""
    rng = random.Random(f"layouts2-{name}-{seed}")
    base = facts(rng, lang, credit=credit, deposit=deposit)
    lines = [base.items[i % len(base.items)] for i in range(rng.randrange(*items))]
    net = sum((Decimal(q) * p for _, q, p in lines), Decimal("0")).quantize(Decimal("0.01"))
    vat = (net * vat_rate).quantize(Decimal("0.05" if swiss else "0.01"))
    total = net + vat
    share = Decimal(rng.choice([20, 30, 40, 50]))
    paid = (total * share / 100).quantize(Decimal("0.01")) if deposit and not credit else 0
    party, printed = debtor(rng, swiss)
    issued = date(2026, 1, 5) + timedelta(days=seed * 37 + rng.randrange(0, 20))
    due = issued + timedelta(days=30)
    result = Truth(
        **{
            **base.__dict__,
            "items": lines,
            "net": net,
            "vat": vat,
            "total": total,
            "deposit": Decimal(paid),
            "debtor": party,
            "issued": issued,
            "due": due,
        },
        currency=currency,
    )
    return result, printed, rng


def with_terms(t: Truth, kind: str) -> Truth:
    """The due date a term gives: `days30`, `eom45` (45 days then end of month), `receipt`."""
    due = {
        "days30": t.issued + timedelta(days=30),
        "eom45": end_of_month(t.issued + timedelta(days=45)),
        "receipt": t.issued,
    }[kind]
    return replace(t, due=due)
