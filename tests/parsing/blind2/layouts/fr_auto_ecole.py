"""A driving school's invoice to the parent of a pupil, DejaVu Condensed, payment in instalments."""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line

from .. import folks
from ..sheet import Sheet
from ..wording import eur_plain, fr_dash, to_cents
from .base import COUNTRY_NAMES_FR, Layout, block, issue_day, later, price

OFFERS = (
    ("Forfait permis B 20 h (code + conduite)", 1150, 1390),
    ("Forfait conduite accompagnée AAC", 1290, 1490),
    ("Heure de conduite supplémentaire", 48, 58),
    ("Accès plateforme code en ligne 6 mois", 25, 39),
    ("Accompagnement à l'examen pratique", 55, 70),
    ("Frais de dossier ANTS", 30, 60),
)


def invoice(rng: random.Random, seed: int) -> Invoice:
    parent = folks.french(rng)
    parent, printed = folks.with_contacts(parent, rng, email=0.8, phone=0.8)
    parent = replace(
        parent, customer_ref=f"E{rng.randrange(2024, 2027)}-{rng.randrange(1, 999):03d}"
    )
    issue = issue_day(rng)
    lines = [Line(OFFERS[rng.randrange(2)][0], Decimal(1), price(rng, 1150, 1450), Decimal(20))]
    for what, low, high in rng.sample(OFFERS[2:], rng.randint(1, 3)):
        lines.append(Line(what, Decimal(rng.randint(1, 5)), price(rng, low, high), Decimal(20)))
    deductions = []
    if rng.random() < 0.5:
        deductions.append(
            Deduction("Acompte versé à l'inscription", Decimal(rng.choice((150, 200, 300))))
        )
    inv = Invoice(
        number=f"{issue.year}{issue.month:02d}-{rng.randrange(1, 400):04d}",
        issue=issue,
        due=None,
        currency="EUR",
        debtor=parent,
        lines=lines,
        deductions=deductions,
        tax_per_line=True,
        extras={
            "phone": printed,
            "pupil": f"{rng.choice(folks.FR_FIRST)} {parent.name.split()[-1]}",
        },
    )
    parts = rng.choice((3, 4))
    first = later(issue, rng.choice((5, 10, 15)))
    share = to_cents(inv.to_pay / parts)
    schedule = [(later(first, 30 * k), share) for k in range(parts - 1)]
    schedule.append((later(first, 30 * (parts - 1)), inv.to_pay - share * (parts - 1)))
    inv.due = first
    inv.extras["schedule"] = schedule
    return inv


def draw(sheet: Sheet, inv: Invoice) -> None:
    sheet.page()
    sheet.box(40, 40, 515, 58, shade=0.9)
    sheet.font("dejavu-cond", 16, bold=True)
    sheet.text(52, 66, "AUTO-ÉCOLE DU PONT NEUF")
    sheet.font("dejavu-cond", 8)
    sheet.text(52, 82, "3 place de la République 31000 Toulouse · agrément E 15 031 0042 0")
    sheet.text(52, 92, "05 61 22 48 10 · accueil@ae-pontneuf.fr · SIRET 812 449 305 00027")
    sheet.font("dejavu-cond", 8)
    sheet.text(330, 138, "Facturé à (représentant légal)")
    sheet.font("dejavu-cond", 10)
    end = block(sheet, 330, 152, folks.address_lines(inv.debtor, "FR", COUNTRY_NAMES_FR), 12.5)
    sheet.font("dejavu-cond", 8.5)
    if inv.debtor.email:
        sheet.text(330, end + 4, f"Courriel : {inv.debtor.email}")
    if inv.extras["phone"]:
        sheet.text(330, end + 15, f"Portable : {inv.extras['phone']}")
    sheet.font("dejavu-cond", 18, bold=True)
    sheet.text(40, 150, "FACTURE")
    sheet.font("dejavu-cond", 9)
    block(
        sheet,
        40,
        170,
        (
            f"N° {inv.number}",
            f"Émise le {fr_dash(inv.issue)}",
            f"Élève : {inv.extras['pupil']}",
            f"N° de client : {inv.debtor.customer_ref}",
            "Formation : permis B - boîte manuelle",
        ),
        12,
    )
    y = 290
    sheet.box(40, y - 12, 515, 16, shade=0.85)
    sheet.font("dejavu-cond", 8.5, bold=True)
    for text, x, align in (
        ("Qté", 48, "left"),
        ("Prestation", 75, "left"),
        ("PU TTC", 430, "right"),
        ("Total TTC", 548, "right"),
    ):
        sheet.text(x, y, text, align)
    sheet.font("dejavu-cond", 8.5)
    for line in inv.lines:
        y += 15
        gross = line.amount + line.tax
        sheet.text(48, y, str(line.quantity))
        sheet.text(75, y, line.description)
        sheet.text(430, y, eur_plain(to_cents(gross / line.quantity)), "right")
        sheet.text(548, y, eur_plain(gross), "right")
    y += 25
    totals = [
        ("Total HT", eur_plain(inv.net)),
        ("dont TVA 20 %", eur_plain(inv.vat)),
        ("Total TTC", eur_plain(inv.gross)),
    ]
    totals += [(d.label, "- " + eur_plain(d.amount)) for d in inv.deductions]
    totals.append(("Solde à régler", eur_plain(inv.to_pay)))
    for label, value in totals:
        sheet.font("dejavu-cond", 9, bold=label == "Solde à régler")
        sheet.text(360, y, label)
        sheet.text(548, y, value, "right")
        y += 13
    y += 18
    sheet.font("dejavu-cond", 9, bold=True)
    sheet.text(40, y, f"Paiement en {len(inv.extras['schedule'])} fois sans frais - échéancier")
    sheet.font("dejavu-cond", 9)
    for index, (day, amount) in enumerate(inv.extras["schedule"], start=1):
        y += 13
        sheet.text(52, y, f"Échéance {index}")
        sheet.text(140, y, fr_dash(day))
        sheet.text(290, y, eur_plain(amount), "right")
    sheet.font("dejavu-cond", 7)
    sheet.text(
        40,
        800,
        "Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire "
        "de recouvrement : 40 €. Pas d'escompte pour paiement anticipé.",
    )


LAYOUT = Layout("fr_auto_ecole", "FR", "reportlab", invoice, draw)
