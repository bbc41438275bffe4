"""A cleaning company's monthly invoices from its accounting software, printed as one run per
client group (2–3 invoices per file), Times: SEPA direct debit date as the due date, the
cleaned site (Lieu d'intervention) beside the billing address, N° client and contract number
in a label-over-value band."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Invoice, Line

from ..idioms import MOIS, euros, long_fr, slashed
from ..press import Press
from ..residents import VOIES, fr_party, show_phone
from .base import Layout, address, issued, price

SERVICES = (
    ("Entretien des bureaux - forfait mensuel", 380, 2400),
    ("Nettoyage des vitres (trimestriel)", 120, 640),
    ("Entretien des sanitaires", 90, 420),
    ("Remise en état après travaux", 250, 900),
    ("Fourniture de consommables", 35, 180),
    ("Shampooing moquettes", 140, 520),
)


class FrNettoyage(Layout):
    key = "fr_nettoyage"
    country = "FR"
    producer = "reportlab"
    seeds = 24
    batch_sizes = (3, 2)

    def invoice(self, rng: random.Random, seed: int) -> Invoice:
        day = issued(rng).replace(day=28)
        picked = rng.sample(SERVICES, rng.randint(1, 3))
        lines = [
            Line(text, Decimal(1), price(rng, low, high), Decimal(20)) for text, low, high in picked
        ]
        return Invoice(
            number=f"N{day.year % 100}{day.month:02d}{rng.randint(1000, 9999)}",
            issue=day,
            due=day + dt.timedelta(days=rng.choice((10, 12, 15))),
            currency="EUR",
            debtor=fr_party(
                rng,
                company=rng.random() < 0.8,
                email=seed % 3 != 0,
                phone=seed % 4 != 1,
                ref=f"{rng.randint(100000, 999999)}",
            ),
            lines=lines,
            extras={
                "contract": f"CT{rng.randint(1000, 9999)}",
                "site": f"{rng.randint(1, 90)} {rng.choice(VOIES)}",
                "month": f"{MOIS[day.month - 1]} {day.year}",
            },
        )

    def draw(self, press: Press, inv: Invoice) -> None:
        press.page()
        press.font("serif", 18, bold=True)
        press.text(18, 22, "Clarté Services Propreté")
        press.font("serif", 8)
        press.text(18, 27, "Agence Nord - 7 rue du Pont-Rouge, 59100 Roubaix")
        press.text(18, 31, "Standard 03 20 45 71 00 - facturation@clarte-proprete.fr")
        press.font("serif", 10)
        block = address(inv.debtor, "FR")
        for i, words in enumerate(block):
            press.text(110, 48 + i * 5, words)
        y = 48 + len(block) * 5 + 2
        press.font("serif", 8.5)
        if inv.debtor.phone:
            press.text(110, y, "Tél : " + show_phone(inv.debtor.phone, 0))
            y += 4.5
        if inv.debtor.email:
            press.text(110, y, "Courriel : " + inv.debtor.email)
        press.font("serif", 8)
        press.text(18, 50, "Lieu d'intervention :")
        press.text(18, 54.5, inv.extras["site"])
        press.text(18, 59, f"{inv.debtor.postcode} {inv.debtor.city}")
        press.font("serif", 14, bold=True)
        press.text(18, 92, f"Facture - {inv.extras['month']}")
        band = (
            ("Numéro", inv.number),
            ("Date", slashed(inv.issue)),
            ("N° client", inv.debtor.customer_ref or ""),
            ("Contrat", inv.extras["contract"]),
        )
        for i, (label, value) in enumerate(band):
            x = 18 + i * 44
            press.font("serif", 7.5)
            press.text(x, 100, label.upper())
            press.font("serif", 10, bold=True)
            press.text(x, 105.5, value)
        press.rule(18, 108, 192, 108)
        y = 118
        press.font("serif", 9)
        for line in inv.lines:
            press.text(18, y, line.description)
            press.text(192, y, euros(line.amount), "r")
            y += 6
        press.rule(120, y - 2, 192, y - 2)
        for label, amount in (("Total HT", inv.net), ("TVA 20 %", inv.vat)):
            y += 4
            press.text(120, y, label)
            press.text(192, y, euros(amount), "r")
        y += 7
        press.font("serif", 11, bold=True)
        press.text(120, y, "Net à payer")
        press.text(192, y, euros(inv.to_pay), "r")
        press.font("serif", 9)
        press.text(18, y + 16, f"Cette somme sera prélevée sur votre compte le {long_fr(inv.due)}.")
        press.text(18, y + 21, f"Mandat SEPA RUM CSP{inv.extras['contract']} - ICS FR42ZZZ518273.")
