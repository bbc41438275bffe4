"""What one composed invoice says: its parties, number, dates, lines, taxes, deductions, due
expression -- and the record Relance must give for it (docs/parsing.md, "The record")."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from tests.parsing.composer.parties import Address, Party, debtor, delivery, seller

CENT = Decimal("0.01")
PRACTICES = (("FR", "fr"),) * 12 + (("FR", "en"), ("BE", "fr"), ("BE", "fr"), ("CH", "fr"),
             ("CH", "fr"), ("GB", "en"), ("GB", "en"), ("US", "en"), ("US", "en"),
             ("CA", "fr"))  # fmt: skip
RATES = {"FR": ("20", "10", "5.5"), "BE": ("21", "6"), "CH": ("8.1", "2.6"), "GB": ("20", "5"),
         "US": ("8.25",), "CA": ("5",)}  # fmt: skip
CURRENCY = {"FR": "EUR", "BE": "EUR", "CH": "CHF", "GB": "GBP", "US": "USD", "CA": "CAD"}
ITEMS = {
    "fr": ("Intervention technicien", "Main d'oeuvre (heures)", "Fourniture robinet mitigeur",
           "Déplacement", "Entretien chaudière annuel", "Abonnement mensuel", "Câble 3G2,5 (m)",
           "Heures d'aide à domicile", "Conception graphique", "Location nacelle (jour)",
           "Tuiles terre cuite (lot)", "Forfait nettoyage bureaux", "Licence logiciel",
           "Pièces détachées", "Frais de dossier"),
    "en": ("Labour (hours)", "Call-out charge", "Parts and materials", "Monthly retainer",
           "Design work", "Software licence", "Cleaning service", "Equipment hire (day)",
           "Consultancy", "Delivery"),
}  # fmt: skip


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Line:
    label: str
    quantity: int
    unit: Decimal
    rate: str

    @property
    def amount(self) -> Decimal:
        return cents(self.unit * self.quantity)


@dataclass
class Facts:
    country: str
    language: str
    seller: Party
    debtor: Party
    rival: Address | None
    number: str
    issued: date
    credit: bool
    lines: list[Line]
    deductions: list[tuple[str, Decimal]]
    due_kind: str
    due: date | None
    terms_days: int
    customer_ref: str | None
    refers_to: str | None
    extras: dict[str, str] = field(default_factory=dict)

    @property
    def currency(self) -> str:
        return CURRENCY[self.country]

    @property
    def net(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal(0))

    def taxes(self) -> list[tuple[str, Decimal, Decimal]]:
        """(rate, base, tax) per rate; Québec adds the TVQ over the same base."""
        out = []
        for rate in sorted({line.rate for line in self.lines}, key=Decimal, reverse=True):
            base = sum((x.amount for x in self.lines if x.rate == rate), Decimal(0))
            out.append((rate, base, cents(base * Decimal(rate) / 100)))
        if self.country == "CA":
            out.append(("9.975", self.net, cents(self.net * Decimal("0.09975"))))
        return out

    @property
    def total(self) -> Decimal:
        return self.net + sum((tax for _, _, tax in self.taxes()), Decimal(0))

    @property
    def total_due(self) -> Decimal:
        return self.total - sum((value for _, value in self.deductions), Decimal(0))

    def record(self) -> dict[str, object]:
        d, a = self.debtor, self.debtor.address
        return {
            "invoice_number": self.number,
            "issue_date": self.issued.isoformat(),
            "due_date": self.due.isoformat() if self.due else None,
            "total_due": str(-self.total if self.credit else self.total_due),
            "currency": self.currency,
            "is_credit_note": self.credit,
            "name": d.name,
            "email": d.email,
            "phone": d.phone[1] if d.phone else None,
            "street": a.street,
            "postcode": a.postcode,
            "city": a.city,
            "country": a.country,
            "customer_ref": self.customer_ref,
        }


def number(rng: random.Random, credit: bool) -> str:
    year, seq, month = rng.choice((2025, 2026)), rng.randint(1, 9999), rng.randint(1, 12)
    if credit:
        return rng.choice(
            (f"AV-{year}-{seq:04d}", f"AV{seq:05d}", f"CN-{seq:04d}", f"A{year}{seq:04d}")
        )
    return rng.choice((f"FA-{year}-{seq:04d}", f"{year}/{seq % 1000:03d}", f"INV-{seq:05d}",
                       f"F{year}{month:02d}-{seq:03d}", f"{seq:06d}", f"FC{seq:05d}",
                       f"{year}-{seq:04d}", f"N{year % 100}-{seq}"))  # fmt: skip


def customer_ref(rng: random.Random) -> str:
    seq = rng.randint(1, 99999)
    return rng.choice((f"C{seq:05d}", f"411{seq % 10000:04d}", f"CL-{seq:05d}", f"{seq:06d}",
                       f"CUST-{seq % 1000:03d}"))  # fmt: skip


def draw(rng: random.Random) -> Facts:
    country, language = rng.choice(PRACTICES)
    debtor_country = country
    if country == "FR" and language == "fr" and rng.random() < 0.1:
        debtor_country = rng.choice(("BE", "CH"))
    credit = rng.random() < 0.1
    rates = RATES[country]
    used = rng.sample(rates, k=2) if len(rates) > 1 and rng.random() < 0.3 else [rates[0]]
    count = min(30, max(1, int(rng.triangular(1, 30, 2))))
    names = ITEMS["fr" if language == "fr" else "en"]
    lines = [Line(rng.choice(names), rng.randint(1, 12), Decimal(rng.randint(500, 60000)) / 100,
                  rng.choice(used)) for _ in range(count)]  # fmt: skip
    issued = date(2026, 1, 1) + timedelta(days=rng.randint(0, 360))
    facts = Facts(
        country=country, language=language,
        seller=seller(rng, country, language),
        debtor=debtor(rng, debtor_country, language, country),
        rival=delivery(rng, debtor_country, language) if rng.random() < 0.2 else None,
        number=number(rng, credit), issued=issued, credit=credit, lines=lines,
        deductions=[], due_kind="none", due=None, terms_days=0,
        customer_ref=customer_ref(rng) if rng.random() < 0.5 else None,
        refers_to=number(rng, False) if credit and rng.random() < 0.5 else None,
    )  # fmt: skip
    if not credit:
        facts.deductions = deductions(rng, facts)
        due_terms(rng, facts)
    return facts


def deductions(rng: random.Random, facts: Facts) -> list[tuple[str, Decimal]]:
    if rng.random() > 0.3:
        return []
    total = facts.total
    kinds = ["deposit", "paid", "credit"] + (["subsidy"] if facts.language == "fr" else [])
    out = []
    for kind in rng.sample(kinds, k=1 if rng.random() < 0.8 else 2):
        share = Decimal(rng.choice((10, 20, 25, 30, 40, 50))) / 100
        out.append((kind, cents(total * share / (len(out) + 1))))
    return out


def due_terms(rng: random.Random, facts: Facts) -> None:
    kind = rng.choices(("date", "terms", "receipt", "debit", "none"), (55, 15, 5, 10, 15))[0]
    facts.due_kind = kind
    if kind == "date":
        facts.due = facts.issued + timedelta(days=rng.choice((15, 30, 30, 45, 60)))
    elif kind == "terms":
        facts.terms_days = rng.choice((15, 30, 45, 60))
        facts.due = facts.issued + timedelta(days=facts.terms_days)
    elif kind == "receipt":
        facts.due = facts.issued
    elif kind == "debit":
        facts.due = facts.issued + timedelta(days=rng.choice((5, 10, 15, 20)))
