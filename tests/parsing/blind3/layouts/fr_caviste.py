"""A wine merchant's invoice from a shop till in DejaVu Serif, every other page stored
sideways (/Rotate 90, content turned in the stream): billing and delivery addresses side by
side (the delivery one a distractor), excise duties as lines, a deposit (acompte) deducted on
some → Reste à payer, Réf. client under the number."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line

from ..idioms import cents, euros, slashed
from ..press import Press
from ..residents import VILLES_FR, VOIES, fr_party, person, show_phone
from .base import Layout, address, issued, price

WINES = (
    ("Chinon rouge 2022 - Dom. des Perrières (75 cl)", 11, 19),
    ("Sancerre blanc 2023 (75 cl)", 17, 26),
    ("Crémant de Loire brut (75 cl)", 9, 14),
    ("Saint-Émilion grand cru 2019 (75 cl)", 28, 55),
    ("Muscadet sur lie 2024 (75 cl)", 7, 11),
    ("Champagne brut réserve (75 cl)", 29, 48),
    ("Côtes-du-Rhône 2023 - magnum", 18, 30),
)


class FrCaviste(Layout):
    key = "fr_caviste"
    country = "FR"
    producer = "reportlab"
    seeds = 22

    def invoice(self, rng: random.Random, seed: int) -> Invoice:
        day = issued(rng)
        picked = rng.sample(WINES, rng.randint(2, 5))
        lines = [
            Line(text, Decimal(rng.choice((6, 12, 18, 24))), price(rng, low, high), Decimal(20))
            for text, low, high in picked
        ]
        bottles = sum(line.quantity for line in lines)
        lines.append(
            Line(
                "Droits d'accises et cotisation sécurité sociale",
                bottles,
                Decimal("0.42"),
                Decimal(20),
            )
        )
        postcode, city = rng.choice(VILLES_FR)
        inv = Invoice(
            number=f"{rng.randint(26000, 26999)}/{day.month:02d}",
            issue=day,
            due=day + dt.timedelta(days=rng.choice((15, 30))),
            currency="EUR",
            debtor=fr_party(
                rng,
                company=seed % 3 == 0,
                email=seed % 2 == 0,
                ref=f"CAV{rng.randint(100, 9999):04d}",
            ),
            lines=lines,
            extras={
                "ship": (
                    person(rng),
                    f"{rng.randint(1, 60)} {rng.choice(VOIES)}",
                    f"{postcode} {city}",
                )
            },
        )
        if seed % 3 != 1:
            inv.deductions.append(
                Deduction("Acompte versé à la commande", cents(inv.gross * Decimal("0.3")))
            )
        return inv

    def draw(self, press: Press, inv: Invoice) -> None:
        press.page(sideways=bool(int(inv.number[:5]) % 2))
        press.font("dejavu-serif", 15, bold=True)
        press.text(105, 18, "La Cave des Tanneurs", "c")
        press.font("dejavu-serif", 7.5)
        press.text(
            105, 23, "Vins, spiritueux & épicerie fine - 9 rue des Tanneurs, 37000 Tours", "c"
        )
        press.text(105, 27, "02 47 05 62 31 - bonjour@cave-tanneurs.fr - TVA FR63 791 204 558", "c")
        press.font("dejavu-serif", 12, bold=True)
        press.text(15, 42, f"Facture {inv.number}")
        press.font("dejavu-serif", 8.5)
        press.text(15, 47.5, f"du {slashed(inv.issue)}")
        press.text(15, 52, f"Réf. client : {inv.debtor.customer_ref}")
        press.font("dejavu-serif", 7.5, bold=True)
        press.text(15, 64, "ADRESSE DE FACTURATION")
        press.text(110, 64, "ADRESSE DE LIVRAISON")
        press.font("dejavu-serif", 9)
        block = address(inv.debtor, "FR")
        for i, words in enumerate(block):
            press.text(15, 70 + i * 4.6, words)
        y = 70 + len(block) * 4.6
        press.font("dejavu-serif", 8)
        if inv.debtor.phone:
            press.text(15, y, "Tél. " + show_phone(inv.debtor.phone, 2))
            y += 4.2
        if inv.debtor.email:
            press.text(15, y, inv.debtor.email)
        press.font("dejavu-serif", 9)
        for i, words in enumerate(inv.extras["ship"]):
            press.text(110, 70 + i * 4.6, words)
        y = 108
        press.rule(15, y, 195, y)
        press.font("dejavu-serif", 7.5, bold=True)
        for x, head, align in (
            (15, "Article", "l"),
            (135, "Qté", "r"),
            (160, "P.U. HT", "r"),
            (195, "Montant HT", "r"),
        ):
            press.text(x, y + 4, head, align)
        press.rule(15, y + 6, 195, y + 6)
        press.font("dejavu-serif", 8)
        y += 6
        for line in inv.lines:
            y += 5
            press.text(15, y, line.description)
            press.text(135, y, str(line.quantity), "r")
            press.text(160, y, euros(line.unit_price), "r")
            press.text(195, y, euros(line.amount), "r")
        y += 10
        rows = [
            ("Total HT", euros(inv.net)),
            ("TVA 20 %", euros(inv.vat)),
            ("Total TTC", euros(inv.gross)),
        ]
        rows += [(d.label, "-" + euros(d.amount)) for d in inv.deductions]
        press.font("dejavu-serif", 8.5)
        for label, value in rows:
            press.text(120, y, label)
            press.text(195, y, value, "r")
            y += 5
        press.font("dejavu-serif", 10.5, bold=True)
        press.text(120, y + 2, "Reste à payer" if inv.deductions else "Net à payer")
        press.text(195, y + 2, euros(inv.to_pay), "r")
        press.font("dejavu-serif", 7.5)
        press.text(
            15,
            y + 14,
            (
                f"À régler avant le {slashed(inv.due)} par virement ou "
                "chèque à l'ordre de La Cave des Tanneurs."
            ),
        )
        press.text(
            15, y + 18, "L'abus d'alcool est dangereux pour la santé, à consommer avec modération."
        )
