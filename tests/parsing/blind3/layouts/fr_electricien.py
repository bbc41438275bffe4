"""An electrician's progress bill (situation de travaux) from a building-trade estimating
program: market lots with cumulative progress, previous situations and a 5 % retention
deducted, the invoice number in a label-over-value grid next to the market number."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line

from ..idioms import cents, euros, percent, slashed
from ..press import Press
from ..residents import fr_party, show_phone
from .base import Layout, address, issued, price

LOTS = (
    "Lot 1 - Tableau général basse tension",
    "Lot 2 - Chemins de câbles et liaisons",
    "Lot 3 - Éclairage des circulations",
    "Lot 4 - Prises de courant et réseau",
    "Lot 5 - Alarme incendie type 4",
    "Lot 6 - Éclairage de sécurité (BAES)",
    "Lot 7 - Câblage VDI catégorie 6",
)


class FrElectricien(Layout):
    key = "fr_electricien"
    country = "FR"
    producer = "reportlab"
    seeds = 22

    def invoice(self, rng: random.Random, seed: int) -> Invoice:
        day = issued(rng)
        situation = rng.randint(2, 5)
        lines = [
            Line(text, Decimal(rng.randint(20, 100)) / 100, price(rng, 2000, 18000), Decimal(20))
            for text in rng.sample(LOTS, rng.randint(3, 5))
        ]
        inv = Invoice(
            number=f"SIT-{day.year}-{rng.randint(100, 980):04d}",
            issue=day,
            due=day + dt.timedelta(days=rng.choice((30, 45))),
            currency="EUR",
            debtor=fr_party(
                rng,
                company=True,
                email=False,
                ref=f"CL{rng.randint(1000, 9899)}",
                cedex=seed % 5 == 3,
            ),
            lines=lines,
            extras={"situation": situation, "market": f"MA-{rng.randint(2024, 2026)}-{seed:03d}"},
        )
        previous = cents(inv.gross * Decimal(rng.randint(30, 70)) / 100)
        inv.deductions.append(
            Deduction(f"À déduire : situations n° 1 à {situation - 1} (TTC)", previous)
        )
        if seed % 2 == 0:
            inv.deductions.append(
                Deduction("Retenue de garantie 5 % (TTC)", cents(inv.gross * Decimal("0.05")))
            )
        return inv

    def draw(self, press: Press, inv: Invoice) -> None:
        press.page()
        press.font("sans", 13, bold=True)
        press.text(15, 20, "VOLTEA ÉLECTRICITÉ")
        press.font("sans", 7.5)
        for i, words in enumerate(
            (
                "Électricité générale - Courants faibles",
                "ZI des Garennes, 14 rue Ampère, 45800 Saint-Jean-de-Braye",
                "Tél. 02 38 61 44 20 - chantiers@voltea-elec.fr",
                "SIRET 812 440 913 00027 - TVA FR27812440913",
            )
        ):
            press.text(15, 26 + i * 4, words)
        press.font("sans", 9.5)
        for i, words in enumerate(address(inv.debtor, "FR")):
            press.text(112, 50 + i * 5, words)
        press.font("sans", 14, bold=True)
        press.text(15, 88, f"SITUATION DE TRAVAUX N° {inv.extras['situation']}")
        cells = (
            ("Facture n°", inv.number),
            ("Date", slashed(inv.issue)),
            ("Marché n°", inv.extras["market"]),
            ("Réf. client", inv.debtor.customer_ref or ""),
            ("Échéance", slashed(inv.due) if inv.due else ""),
        )
        for i, (label, value) in enumerate(cells):
            x = 15 + i * 36
            press.box(x, 93, 36, 13)
            press.font("sans", 7)
            press.text(x + 2, 97.5, label)
            press.font("sans", 9, bold=True)
            press.text(x + 2, 103, value)
        press.font("sans", 8, bold=True)
        y = 116
        for x, head, align in (
            (15, "Désignation", "l"),
            (128, "Montant marché HT", "r"),
            (150, "Avanc.", "r"),
            (195, "Cumul HT", "r"),
        ):
            press.text(x, y, head, align)
        press.rule(15, y + 2, 195, y + 2)
        press.font("sans", 8.5)
        for line in inv.lines:
            y += 6
            press.text(15, y, line.description)
            press.text(128, y, euros(line.unit_price), "r")
            press.text(150, y, percent(line.quantity * 100), "r")
            press.text(195, y, euros(line.amount), "r")
        press.rule(110, y + 3, 195, y + 3)
        rows = [
            ("Cumul des travaux HT", inv.net),
            ("TVA 20 %", inv.vat),
            ("Cumul des travaux TTC", inv.gross),
        ]
        rows += [(d.label, -d.amount) for d in inv.deductions]
        for label, amount in rows:
            y += 6
            press.text(110, y, label)
            press.text(195, y, euros(amount).replace("-", "- "), "r")
        y += 9
        press.box(108, y - 5.5, 89, 8, shade=0.9)
        press.font("sans", 10, bold=True)
        press.text(110, y, "MONTANT DE LA SITUATION")
        press.text(195, y, euros(inv.to_pay), "r")
        press.font("sans", 7.5)
        press.text(
            15,
            y + 14,
            f"Règlement par virement à 30 ou 45 jours, au plus tard le {slashed(inv.due)}.",
        )
        contact = "Conducteur de travaux : Thierry Gallois, 06 71 22 48 90"
        press.text(15, y + 19, contact)
        if inv.debtor.phone:
            press.text(
                112,
                50 + 5 * len(address(inv.debtor, "FR")) + 2,
                "Tél. " + show_phone(inv.debtor.phone, 0),
            )
        press.text(
            15,
            285,
            "IBAN FR76 3000 4012 3400 0101 2345 678 - BIC BNPAFRPPXXX",
        )
