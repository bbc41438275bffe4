"""Held-out facts: the generator's invoice facts (same `Facts`, same truth) with parties printed
the ways French SMEs print them: a company with an attention line, "Bât. B", "BP 12", CEDEX,
Corsican postcodes, a country line, capitalised emails, phones in every spelling; and VAT split
over several rates."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from decimal import Decimal

from tests.parsing.generator.data import Facts, Party, facts

COMPANIES = [
    "SAS Maréchal Frères", "EURL Cordonnerie Santini", "Restaurant U Fanale",
    "Clinique Vétérinaire des Îles", "Domaine Casanova", "SCP Albertini & Filippi",
    "Auto-École Leca", "Camping La Pinède", "Boucherie Charcuterie Mattei", "Optique Vision Plus",
    "Kinés Associés SELARL", "Crèche Les Petits Loups",
]  # fmt: skip
FIRST = ["Antoine", "Marie-Laure", "Jean-Baptiste", "Sophie", "Dominique", "Céline", "Ange"]
LAST = ["Santoni", "Leca", "Colonna", "Mercier", "Fabre", "Guérin", "Perrin", "Vidal"]
PLACES = [
    ("20000", "Ajaccio"), ("20200", "Bastia"), ("20137", "Porto-Vecchio"), ("20260", "Calvi"),
    ("20250", "Corte"), ("57000", "Metz"), ("64100", "Bayonne"), ("29200", "Brest"),
    ("38000", "Grenoble"), ("84000", "Avignon"), ("01000", "Bourg-en-Bresse"),
    ("73000", "Chambéry"), ("97200", "Fort-de-France"), ("42100", "Saint-Étienne"),
]  # fmt: skip
STREETS = [
    "14 cours Napoléon", "2 boulevard Paoli", "Route de Bonifacio", "17 rue Fesch",
    "8, rue du Général de Gaulle", "31 avenue de la Libération", "5 place Saint-Nicolas",
    "Lieu-dit Pietralba", "42 rue Victor Hugo", "103 avenue Maréchal Foch",
]  # fmt: skip
SUB_LINES = ["Bât. B", "Bâtiment C - 2e étage", "Résidence Les Oliviers", "ZA du Vazzio",
             "Parc d'activités de Pietrosella", "Escalier 3"]  # fmt: skip
SELLERS = [
    "Menuiserie Agostini", "Froid Service Corse", "Cabinet Comptable Rossi", "Imprimerie Sampiero",
    "Paysages du Golfe", "Informatique Insulaire SARL",
]  # fmt: skip


@dataclass(frozen=True)
class Block:
    """How a party is printed: name, attention line, address lines, city line, country, contacts.
    The truth (what the parser must find) stays in `Facts` (`Party`)."""

    name: str
    attention: str | None
    lines: tuple[str, ...]
    city_line: str
    country: str | None
    phone: str | None
    email: str | None


@dataclass
class Case:
    f: Facts
    debtor: Block
    seller: Block
    rates: list[tuple[str, Decimal, Decimal]]  # (rate as printed, base HT, VAT)


def _phone(rng: random.Random, first: str) -> tuple[str, str]:
    digits = first + "".join(rng.choice("0123456789") for _ in range(8))
    pairs = [digits[i : i + 2] for i in range(1, 9, 2)]
    style = rng.randrange(6)
    shown = [
        f"0{digits[0]} {' '.join(pairs)}",
        f"0{digits[0]}.{'.'.join(pairs)}",
        f"+33 {digits[0]} {' '.join(pairs)}",
        f"+33 (0){digits[0]} {' '.join(pairs)}",
        f"0{digits[0]}{''.join(pairs)}",
        f"0{digits[0]}-{'-'.join(pairs)}",
    ][style]
    return shown, f"+33{digits}"


def _domain(name: str, rng: random.Random) -> str:
    plain = name.lower().translate(str.maketrans("éèêëàâîïôùûç", "eeeeaaiiouuc"))
    words = [w for w in "".join(c if c.isalnum() else " " for c in plain).split() if len(w) > 3]
    return "-".join(words[:2] or ["client"]) + rng.choice([".fr", ".com", ".corsica"])


def _party(rng: random.Random, name: str, company: bool, seller: bool) -> tuple[Party, Block]:
    postcode, city = rng.choice(PLACES)
    upper = rng.random() < 0.5
    lines: list[str] = []
    if rng.random() < 0.3:
        lines.append(rng.choice(SUB_LINES))
    lines.append(rng.choice(STREETS))
    cedex = company and not seller and rng.random() < 0.3
    if cedex:
        lines.append(rng.choice(["BP 12", "BP 345", "CS 40021"]))
    shown_city = city.upper() if upper else city
    if cedex:
        shown_city += rng.choice([" CEDEX", " Cedex 1", " CEDEX 9"])
        postcode = postcode[:2] + rng.choice(["900", "913", "421"])
    with_phone = seller or rng.random() < 0.75
    with_email = seller or rng.random() < 0.75
    shown_phone, e164 = _phone(rng, rng.choice("1234569"))
    local = rng.choice(["compta", "contact", "secretariat", "facturation", "a.santoni"])
    email = f"{local}@{_domain(name, rng)}"
    shown_email = email.upper() if rng.random() < 0.3 else email
    truth_email = f"{local.upper() if shown_email.isupper() else local}@{email.split('@')[1]}"
    attention = None
    if company and not seller and rng.random() < 0.4:
        person = f"{rng.choice(['M.', 'Mme'])} {rng.choice(FIRST)} {rng.choice(LAST)}"
        attention = rng.choice(["À l'attention de ", "A l'attention de ", "À l'att. de ", "Attn: "])
        attention += person
    party = Party(
        name=name,
        street=lines[-2] if cedex else lines[-1],
        postcode=postcode,
        city=shown_city,
        phone=shown_phone if with_phone else None,
        phone_e164=e164 if with_phone else None,
        email=truth_email if with_email else None,
    )
    block = Block(
        name=name,
        attention=attention,
        lines=tuple(lines),
        city_line=f"{postcode} {shown_city}",
        country=rng.choice(["FRANCE", "France"]) if rng.random() < 0.3 else None,
        phone=shown_phone if with_phone else None,
        email=shown_email if with_email else None,
    )
    return party, block


def _rates(rng: random.Random, net: Decimal) -> list[tuple[str, Decimal, Decimal]]:
    """The net split over one to three VAT rates, each base and VAT rounded as printed."""
    choices = [("20 %", Decimal("0.20")), ("10 %", Decimal("0.10")), ("5,5 %", Decimal("0.055"))]
    count = rng.choice([1, 1, 2, 3])
    shares = sorted(rng.sample(range(10, 90), count - 1))
    bases, previous = [], Decimal("0")
    for share in shares:
        base = (net * share / 100).quantize(Decimal("0.01"))
        bases.append(base - previous)
        previous = base
    bases.append(net - previous)
    return [
        (label, base, (base * rate).quantize(Decimal("0.01")))
        for (label, rate), base in zip(choices[:count], bases, strict=True)
    ]


def make_case(layout: str, seed: int, lang: str) -> Case:
    rng = random.Random(f"heldout-{layout}-{seed}")
    kind = seed % 5
    base = facts(rng, lang, credit=kind == 4, deposit=kind == 1, terms=kind in (2, 3))
    company = rng.random() < 0.75
    name = (
        rng.choice(COMPANIES)
        if company
        else f"{rng.choice(['M.', 'Mme', 'Monsieur', 'Madame'])} {rng.choice(FIRST)} "
        f"{rng.choice(LAST)}"
    )
    debtor, debtor_block = _party(rng, name, company, seller=False)
    seller, seller_block = _party(rng, rng.choice(SELLERS), True, seller=True)
    rates = _rates(rng, base.net)
    vat = sum((v for _, _, v in rates), Decimal("0"))
    total = base.net + vat
    deposit = (total * Decimal(rng.choice([25, 30, 50])) / 100).quantize(Decimal("0.01"))
    f = replace(
        base,
        vat=vat,
        total=total,
        deposit=deposit if base.deposit else Decimal("0"),
        debtor=debtor,
        seller=seller,
    )
    return Case(f, debtor_block, seller_block, rates)
