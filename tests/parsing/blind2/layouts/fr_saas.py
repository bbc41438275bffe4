"""A SaaS subscription invoice as a billing platform renders it from HTML: label over value."""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line

from .. import folks
from ..sheet import Sheet
from ..wording import eur_fr, fr_abbr
from .base import COUNTRY_NAMES_FR, Layout, issue_day, later

PLANS = (("Essentiel", 29), ("Pro", 79), ("Équipe", 149), ("Entreprise", 390))


def invoice(rng: random.Random, seed: int) -> Invoice:
    debtor = folks.french(rng, business=rng.random() < 0.7, civility=False)
    debtor = replace(debtor, email=folks.email_of(debtor.name, rng))
    if rng.random() < 0.7:
        debtor = replace(debtor, customer_ref=f"cus_{rng.randrange(16**8):08x}")
    issue = issue_day(rng)
    plan, monthly = rng.choice(PLANS)
    seats = rng.randint(1, 12)
    lines = [
        Line(f"Abonnement {plan} - mensuel", Decimal(seats), Decimal(monthly), Decimal(20), "siège")
    ]
    if rng.random() < 0.5:
        lines.append(Line("Stockage supplémentaire 100 Go", Decimal(1), Decimal(9), Decimal(20)))
    deductions = []
    if rng.random() < 0.35:
        deductions.append(
            Deduction("Crédit appliqué (parrainage)", Decimal(rng.choice((10, 20, 50))))
        )
    return Invoice(
        number=f"INV-{rng.randrange(16**6):06X}-{rng.randrange(1, 40):04d}",
        issue=issue,
        due=later(issue, rng.choice((3, 5, 7))),
        currency="EUR",
        debtor=debtor,
        lines=lines,
        deductions=deductions,
        extras={"po": f"BC-{rng.randrange(10000, 99999)}", "period_end": later(issue, 30)},
    )


def labelled(sheet: Sheet, x: float, y: float, label: str, value: str) -> None:
    sheet.font("dejavu", 7, bold=True)
    sheet.text(x, y, label.upper())
    sheet.font("dejavu", 9.5)
    sheet.text(x, y + 13, value)


def draw(sheet: Sheet, inv: Invoice) -> None:
    sheet.page()
    sheet.font("dejavu", 20, bold=True)
    sheet.text(48, 70, "Facture")
    sheet.font("dejavu", 11, bold=True)
    sheet.text(547, 62, "Nuagix", "right")
    sheet.font("dejavu", 7.5)
    sheet.text(547, 74, "Nuagix SAS · 40 rue du Faubourg Poissonnière · 75010 Paris", "right")
    sheet.text(547, 84, "facturation@nuagix.io · TVA FR62 901 554 212", "right")
    grid = [
        ("Numéro de facture", inv.number),
        ("Date d'émission", fr_abbr(inv.issue)),
        ("Prélèvement SEPA le", fr_abbr(inv.due)),
    ]
    if inv.debtor.customer_ref:
        grid.append(("N° client", inv.debtor.customer_ref))
    for index, (label, value) in enumerate(grid):
        labelled(sheet, 48 + 130 * index, 110, label, value)
    sheet.font("dejavu", 7, bold=True)
    sheet.text(48, 160, "FACTURÉ À")
    sheet.font("dejavu", 9.5)
    y = 173
    for line in [*folks.address_lines(inv.debtor, "FR", COUNTRY_NAMES_FR), inv.debtor.email]:
        sheet.text(48, y, line)
        y += 12.5
    labelled(sheet, 330, 160, "Bon de commande", inv.extras["po"])
    labelled(
        sheet, 330, 195, "Période", f"{fr_abbr(inv.issue)} – {fr_abbr(inv.extras['period_end'])}"
    )
    sheet.font("dejavu", 13, bold=True)
    sheet.text(48, 285, f"{eur_fr(inv.to_pay)} prélevés le {fr_abbr(inv.due)}")
    y = 330
    sheet.rule(48, y - 14, 547, y - 14, 0.3)
    sheet.font("dejavu", 7, bold=True)
    for text, x, align in (
        ("DESCRIPTION", 48, "left"),
        ("QTÉ", 340, "right"),
        ("PRIX UNITAIRE", 430, "right"),
        ("MONTANT HT", 547, "right"),
    ):
        sheet.text(x, y, text, align)
    sheet.rule(48, y + 5, 547, y + 5, 0.3)
    sheet.font("dejavu", 9)
    for line in inv.lines:
        y += 20
        sheet.text(48, y, line.description)
        sheet.text(340, y, str(line.quantity), "right")
        sheet.text(430, y, eur_fr(line.unit_price), "right")
        sheet.text(547, y, eur_fr(line.amount), "right")
    y += 30
    rows = [
        ("Sous-total", eur_fr(inv.net)),
        ("TVA (20 %)", eur_fr(inv.vat)),
        ("Total", eur_fr(inv.gross)),
    ]
    rows += [(d.label, "−" + eur_fr(d.amount)) for d in inv.deductions]
    rows.append(("Montant dû", eur_fr(inv.to_pay)))
    for label, value in rows:
        sheet.font("dejavu", 9, bold=label == "Montant dû")
        sheet.rule(330, y - 11, 547, y - 11, 0.2)
        sheet.text(330, y, label)
        sheet.text(547, y, value, "right")
        y += 18
    sheet.font("dejavu", 7.5)
    sheet.text(
        48,
        760,
        "Le montant sera prélevé sur le compte FR76 **** **** **** 4410 (mandat "
        "SEPA NGX-2291). Une question ? support@nuagix.io",
    )
    sheet.text(48, 800, f"{inv.number} · page 1 sur 1")


LAYOUT = Layout("fr_saas", "FR", "fpdf2", invoice, draw)
