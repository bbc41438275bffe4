"""Random but reproducible invoice facts (the truth the parser must find), French and English."""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

FIRST = ["Jeanne", "Paul", "Amélie", "Hugo", "Chloé", "Louis", "Inès", "Thomas", "Léa", "Marc"]
LAST = ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fournier", "Petit"]
COMPANIES = [
    "Boulangerie Dupain SARL", "Garage des Lilas", "Cabinet Morel & Associés",
    "Atelier Bois Vif SAS",
    "Transports Legrand", "Pharmacie du Centre", "Hôtel Beau Rivage", "SCI Les Tilleuls",
    "Menuiserie Girard", "Agence Pixel Bleu", "Ferme de la Combe", "Librairie L'Écume",
]  # fmt: skip
STREETS = [
    "12 rue des Lilas", "4 bis avenue Jean Jaurès", "28 boulevard Voltaire", "7 place du Marché",
    "135 route de Lyon", "3 impasse des Acacias", "56 quai de la Loire", "9 chemin du Moulin",
    "21 allée des Pins", "1 rue de la République",
]  # fmt: skip
CITIES = [
    ("67000", "Strasbourg"), ("69003", "Lyon"), ("75011", "Paris"), ("33000", "Bordeaux"),
    ("44000", "Nantes"), ("13006", "Marseille"), ("31000", "Toulouse"), ("59800", "Lille"),
    ("35000", "Rennes"), ("21000", "Dijon"), ("06000", "Nice"), ("74400", "Chamonix-Mont-Blanc"),
]  # fmt: skip
SELLERS = [
    "Plomberie Rivière SARL", "Studio Graphique Azur", "Nettoyage Pro 67", "Conseil & Chiffres",
    "Électricité Bonnet", "Imprimerie du Rhin",
]  # fmt: skip
ITEMS_FR = [
    "Main d'œuvre",
    "Déplacement",
    "Fournitures",
    "Maintenance annuelle",
    "Conseil",
    "Pièces",
]
ITEMS_EN = ["Labour", "Travel", "Supplies", "Annual maintenance", "Consulting", "Spare parts"]


@dataclass
class Party:
    name: str
    street: str
    postcode: str
    city: str
    phone: str | None
    phone_e164: str | None
    email: str | None
    country: str = "FR"


@dataclass
class Facts:
    lang: str
    number: str
    issued: date
    due: date
    terms: str | None  # when set, the page prints only these terms, not the due date
    net: Decimal
    vat: Decimal
    total: Decimal
    deposit: Decimal
    credit: bool
    debtor: Party
    seller: Party
    siret: str
    customer_ref: str
    items: list[tuple[str, int, Decimal]] = field(default_factory=list)
    due_shown: bool = True
    # False where the layout prints a credit note under an invoice's title (a doubt to name).
    credit_titled: bool = True

    @property
    def total_due(self) -> Decimal:
        return self.total - self.deposit


def _phone(rng: random.Random) -> tuple[str, str]:
    digits = rng.choice("1234567") + "".join(rng.choice("0123456789") for _ in range(8))
    pairs = " ".join(digits[i : i + 2] for i in range(1, 9, 2))
    style = rng.randrange(3)
    shown = (
        f"0{digits[0]} {pairs}"
        if style == 0
        else f"+33 {digits[0]} {pairs}"
        if style == 1
        else f"0{digits[0]}.{pairs.replace(' ', '.')}"
    )
    return shown, f"+33{digits}"


def _slug(name: str) -> str:
    keep = "".join(ch for ch in name.lower() if ch.isalnum() or ch == " ")
    return keep.replace("é", "e").replace("è", "e").replace("ô", "o").split()[0][:12]


def party(rng: random.Random, name: str, with_email: bool, with_phone: bool) -> Party:
    postcode, city = rng.choice(CITIES)
    shown, e164 = _phone(rng)
    email = f"{rng.choice(['compta', 'contact', 'factures', 'j.martin'])}@{_slug(name)}.fr"
    return Party(
        name=name,
        street=rng.choice(STREETS),
        postcode=postcode,
        city=city,
        phone=shown if with_phone else None,
        phone_e164=e164 if with_phone else None,
        email=email if with_email else None,
    )


def end_of_month(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def facts(rng: random.Random, lang: str, *, credit: bool = False, deposit: bool = False,
          terms: bool = False) -> Facts:  # fmt: skip
    issued = date(2026, 1, 1) + timedelta(days=rng.randrange(0, 330))
    rule = None
    if terms:
        kind = rng.choice(["eom45", "eom30", "days30", "receipt"])
        if kind == "eom45":
            due = end_of_month(issued + timedelta(days=45))
            rule = "45 jours fin de mois" if lang == "fr" else "45 days end of month"
        elif kind == "eom30":
            due = end_of_month(issued + timedelta(days=30))
            rule = "30 jours fin de mois" if lang == "fr" else "30 days end of month"
        elif kind == "days30":
            due = issued + timedelta(days=30)
            rule = "30 jours net" if lang == "fr" else "Net 30"
        else:
            due = issued
            rule = "à réception de facture" if lang == "fr" else "Due upon receipt"
    else:
        due = issued + timedelta(days=rng.choice([15, 30, 45, 60]))
    names = ITEMS_FR if lang == "fr" else ITEMS_EN
    items = [
        (rng.choice(names), rng.randrange(1, 12), Decimal(rng.randrange(1500, 90000)) / 100)
        for _ in range(rng.randrange(1, 5))
    ]
    net = sum((Decimal(q) * p for _, q, p in items), Decimal("0")).quantize(Decimal("0.01"))
    vat = (net * Decimal("0.20")).quantize(Decimal("0.01"))
    total = net + vat
    paid = (total * Decimal(rng.choice([20, 30, 40])) / 100).quantize(Decimal("0.01"))
    is_person = rng.random() < 0.3
    debtor_name = (
        f"{rng.choice(['M.', 'Mme'])} {rng.choice(FIRST)} {rng.choice(LAST)}"
        if is_person
        else rng.choice(COMPANIES)
    )
    prefix = rng.choice(["F", "FA", "FAC-", "INV-", "2026-"]) if not credit else "AV-"
    number = (
        f"{prefix}{issued.year}{rng.randrange(1, 9999):04d}"
        if prefix != "2026-"
        else (f"2026-{rng.randrange(1, 999):03d}")
    )
    return Facts(
        lang=lang,
        number=number,
        issued=issued,
        due=due,
        terms=rule,
        net=net,
        vat=vat,
        total=total,
        deposit=paid if deposit and not credit else Decimal("0"),
        credit=credit,
        debtor=party(rng, debtor_name, rng.random() < 0.7, rng.random() < 0.7),
        seller=party(rng, rng.choice(SELLERS), True, True),
        siret=f"{rng.randrange(10**13, 10**14)}",
        customer_ref=f"C{rng.randrange(100, 99999):05d}",
        items=items,
    )
