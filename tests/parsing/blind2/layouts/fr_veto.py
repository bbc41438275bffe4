"""A veterinary clinic's invoice, DejaVu Serif, prices incl. VAT, its page stored sideways."""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal

from tests.parsing.blind.model import Invoice

from .. import folks
from ..sheet import Sheet
from ..wording import eur_fr, fr_long, to_cents
from .base import COUNTRY_NAMES_FR, Layout, block, issue_day, later, some_lines

CARE = (
    ("Consultation", 40, 55),
    ("Vaccin CHPPiL + rage", 55, 80),
    ("Vermifuge comprimé", 6, 12),
    ("Antiparasitaire pipette", 12, 22),
    ("Analyse sanguine complète", 70, 120),
    ("Détartrage sous anesthésie", 150, 260),
    ("Stérilisation", 180, 320),
    ("Croquettes diététiques 4 kg", 45, 70),
)
PETS = (
    ("Filou", "Chat européen"),
    ("Nala", "Labrador"),
    ("Pistache", "Lapin nain"),
    ("Oscar", "Berger australien"),
    ("Mimi", "Chat persan"),
)


def invoice(rng: random.Random, seed: int) -> Invoice:
    owner = folks.french(rng)
    owner, printed = folks.with_contacts(owner, rng, email=0.5, phone=0.85)
    owner = replace(owner, customer_ref=f"{rng.randrange(1000, 29999)}")
    issue = issue_day(rng)
    lines = some_lines(rng, CARE, (1, 4), (Decimal(20), Decimal("5.5")))
    return Invoice(
        number=f"V{rng.randrange(100000, 999999)}",
        issue=issue,
        due=later(issue, rng.choice((10, 15, 30))),
        currency="EUR",
        debtor=owner,
        lines=lines,
        tax_per_line=True,
        extras={
            "phone": printed,
            "pet": rng.choice(PETS),
            "turned": ("rotate", "sideways")[seed % 2],
        },
    )


def draw(sheet: Sheet, inv: Invoice) -> None:
    sheet.page(turned=inv.extras["turned"])
    sheet.font("dejavu-serif", 13, bold=True)
    sheet.text(50, 60, "Clinique vétérinaire des Deux Rives")
    sheet.font("dejavu-serif", 8)
    block(
        sheet,
        50,
        74,
        (
            "Dr Marc Olivieri & Dr Sonia Haddad",
            "9 quai de la Marne, 67000 Strasbourg",
            "03 88 35 61 04 - urgences 24h/24 : 06 80 11 22 33",
        ),
        10,
    )
    sheet.font("dejavu-serif", 10)
    end = block(sheet, 330, 130, folks.address_lines(inv.debtor, "FR", COUNTRY_NAMES_FR), 12.5)
    sheet.font("dejavu-serif", 8.5)
    for contact in (inv.extras["phone"], inv.debtor.email):
        if contact:
            sheet.text(330, end, contact)
            end += 11
    sheet.font("dejavu-serif", 14, bold=True)
    sheet.text(50, 150, "Facture")
    sheet.font("dejavu-serif", 9)
    name, kind = inv.extras["pet"]
    block(
        sheet,
        50,
        166,
        (
            f"N° {inv.number}",
            f"N° client : {inv.debtor.customer_ref}",
            f"Strasbourg, le {fr_long(inv.issue)}",
            f"Animal : {name} ({kind})",
        ),
        12,
    )
    y = 270
    sheet.rule(50, y - 11, 545, y - 11)
    sheet.font("dejavu-serif", 8.5, bold=True)
    for text, x, align in (
        ("Acte / produit", 52, "left"),
        ("Qté", 330, "right"),
        ("TVA", 380, "right"),
        ("Prix TTC", 460, "right"),
        ("Total TTC", 543, "right"),
    ):
        sheet.text(x, y, text, align)
    sheet.rule(50, y + 4, 545, y + 4)
    sheet.font("dejavu-serif", 8.5)
    for line in inv.lines:
        y += 14
        gross = line.amount + line.tax
        sheet.text(52, y, line.description)
        sheet.text(330, y, str(line.quantity), "right")
        sheet.text(380, y, f"{line.vat_rate} %".replace(".", ","), "right")
        sheet.text(460, y, eur_fr(to_cents(gross / line.quantity)), "right")
        sheet.text(543, y, eur_fr(gross), "right")
    y += 24
    for rate, (base, tax) in inv.vat_by_rate.items():
        sheet.text(300, y, f"dont TVA {rate} % sur {eur_fr(base)}".replace(".", ","))
        sheet.text(543, y, eur_fr(tax), "right")
        y += 12
    sheet.font("dejavu-serif", 10.5, bold=True)
    sheet.text(300, y + 8, "Total à régler")
    sheet.text(543, y + 8, eur_fr(inv.to_pay), "right")
    sheet.font("dejavu-serif", 9)
    sheet.text(50, y + 45, f"À régler avant le {fr_long(inv.due)}.")
    sheet.font("dejavu-serif", 6.5)
    sheet.text(
        50, 805, "Ordre des vétérinaires n° 24571 - SELARL Deux Rives - SIRET 799 014 288 00019"
    )


LAYOUT = Layout("fr_veto", "FR", "reportlab", invoice, draw)
