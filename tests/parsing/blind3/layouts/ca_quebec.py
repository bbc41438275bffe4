"""A Québec supplier's invoice from a small-business accounting package, DejaVu Sans on
Letter: TPS 5 % and TVQ 9,975 % on separate lines with their registration numbers, Facturer à
/ Expédier à side by side, ISO dates, "1 234,56 $", Numéro de client next to a Bon de commande
distractor, a payment received deducted on some → Solde dû, terms Net 30."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from ..idioms import cents, iso, quebec
from ..press import LETTER, Press
from ..residents import QC_NOMS, QC_PRENOMS, RUES_QC, VILLES_QC, ascii_fold, nanp, show_phone
from .base import Layout, issued, price

PRODUCTS = (
    ("Étagère murale en érable", 80, 260),
    ("Table de chevet - merisier", 190, 420),
    ("Banc d'entrée en frêne", 150, 380),
    ("Planche à découper (noyer)", 35, 90),
    ("Livraison et installation", 60, 180),
    ("Vernis à l'eau - 1 gallon", 40, 75),
)
TPS = Decimal("0.05")
TVQ = Decimal("0.09975")


@dataclass
class QuebecInvoice(Invoice):
    """Two sales taxes, each on the subtotal and rounded on its own."""

    @property
    def tps(self) -> Decimal:
        return cents(self.net * TPS)

    @property
    def tvq(self) -> Decimal:
        return cents(self.net * TVQ)

    @property
    def gross(self) -> Decimal:
        return self.net + self.tps + self.tvq


def customer(rng: random.Random, seed: int) -> Party:
    postcode, city, area = rng.choice(VILLES_QC)
    company = seed % 3 == 0
    first, last = rng.choice(QC_PRENOMS), rng.choice(QC_NOMS)
    name = f"Ébénisterie {last} inc." if company else f"{first} {last}"
    street = [f"{rng.randint(100, 9800)}, {rng.choice(RUES_QC)}"]
    if rng.random() < 0.3:
        street[0] += (
            f", app. {rng.randint(1, 40)}" if not company else f", bureau {rng.randint(100, 600)}"
        )
    return Party(
        name=name,
        street=tuple(street),
        postcode=postcode,
        city=city,
        country="CA",
        email=f"{ascii_fold(first)}.{ascii_fold(last)}@videotron.ca" if seed % 2 == 0 else None,
        phone=nanp(rng, area) if seed % 4 != 3 else None,
        customer_ref=f"CLI-{rng.randint(100, 999)}" if seed % 5 != 4 else None,
        business=company,
    )


class CaQuebec(Layout):
    key = "ca_quebec"
    country = "CA"
    producer = "fpdf2"
    seeds = 22

    def invoice(self, rng: random.Random, seed: int) -> Invoice:
        day = issued(rng)
        picked = rng.sample(PRODUCTS, rng.randint(2, 4))
        inv = QuebecInvoice(
            number=f"{rng.randint(3000, 3999)}",
            issue=day,
            due=day + dt.timedelta(days=30),
            currency="CAD",
            debtor=customer(rng, seed),
            lines=[
                Line(text, Decimal(rng.randint(1, 4)), price(rng, low, high), Decimal(0))
                for text, low, high in picked
            ],
            extras={"order": f"{rng.randint(10000, 99999)}", "ship": rng.choice(VILLES_QC)},
        )
        if seed % 3 == 1:
            inv.deductions.append(
                Deduction("Paiement reçu", cents(inv.gross * Decimal(rng.choice((25, 50))) / 100))
            )
        return inv

    def draw(self, press: Press, inv: Invoice) -> None:
        assert isinstance(inv, QuebecInvoice)
        debtor = inv.debtor
        press.page(LETTER)
        press.font("dejavu", 15, bold=True)
        press.text(15, 20, "Atelier Bois Franc")
        press.font("dejavu", 7.5)
        press.text(15, 25, "2150, rue Notre-Dame Ouest, Montréal (Québec) H3J 1N3")
        press.text(15, 29, "514 933-2716 · ventes@boisfranc.ca")
        press.text(15, 33, "TPS : 812345678 RT0001 · TVQ : 1219876543 TQ0001")
        press.font("dejavu", 20, bold=True)
        press.text(200, 22, "FACTURE", "r")
        facts = (
            ("No de facture", inv.number),
            ("Date", iso(inv.issue)),
            ("Numéro de client", debtor.customer_ref or "-"),
            ("Bon de commande", inv.extras["order"]),
            ("Conditions", "Net 30 jours"),
            ("Date d'échéance", iso(inv.due) if inv.due else ""),
        )
        for i, (label, value) in enumerate(facts):
            press.font("dejavu", 7.5)
            press.text(140, 30 + i * 4.5, label)
            press.font("dejavu", 8, bold=True)
            press.text(200, 30 + i * 4.5, value, "r")
        press.font("dejavu", 7.5, bold=True)
        press.text(15, 64, "FACTURER À")
        press.text(110, 64, "EXPÉDIER À")
        press.font("dejavu", 9)
        block = [debtor.name, *debtor.street, f"{debtor.city} (Québec) {debtor.postcode}"]
        if debtor.phone:
            block.append(show_phone(debtor.phone, inv.issue.day))
        if debtor.email:
            block.append(debtor.email)
        for i, words in enumerate(block):
            press.text(15, 70 + i * 4.6, words)
        ship_postcode, ship_city, _ = inv.extras["ship"]
        for i, words in enumerate(
            (debtor.name, "Entrepôt - quai 3", f"{ship_city} QC {ship_postcode}")
        ):
            press.text(110, 70 + i * 4.6, words)
        y = 104
        press.box(15, y - 4.5, 185, 6.5, shade=0.88)
        press.font("dejavu", 7.5, bold=True)
        for x, head, align in (
            (17, "Description", "l"),
            (135, "Qté", "r"),
            (165, "Prix unitaire", "r"),
            (198, "Montant", "r"),
        ):
            press.text(x, y, head, align)
        press.font("dejavu", 8)
        for line in inv.lines:
            y += 6
            press.text(17, y, line.description)
            press.text(135, y, str(line.quantity), "r")
            press.text(165, y, quebec(line.unit_price), "r")
            press.text(198, y, quebec(line.amount), "r")
        y += 10
        rows = [
            ("Sous-total", inv.net),
            ("TPS (5 %)", inv.tps),
            ("TVQ (9,975 %)", inv.tvq),
            ("Total", inv.gross),
        ]
        rows += [(d.label, -d.amount) for d in inv.deductions]
        for label, amount in rows:
            press.text(130, y, label)
            press.text(198, y, ("-" if amount < 0 else "") + quebec(amount), "r")
            y += 5
        press.font("dejavu", 10, bold=True)
        press.text(130, y + 2, "Solde dû (CAD)")
        press.text(198, y + 2, quebec(inv.to_pay), "r")
        press.font("dejavu", 7)
        press.text(
            15,
            y + 16,
            (
                "Montants en dollars canadiens. Paiement par virement "
                "Interac à paiements@boisfranc.ca ou par chèque."
            ),
        )
        press.text(
            15, y + 20, "Intérêts de 1,5 % par mois (18 % par année) sur les comptes en souffrance."
        )
