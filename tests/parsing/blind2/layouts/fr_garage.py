"""A garage's repair invoice from its dealer system: fpdf2 Helvetica 6.5–8 pt, vehicle block."""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line

from .. import folks
from ..sheet import Sheet
from ..wording import bare, fr_short
from .base import COUNTRY_NAMES_FR, Layout, issue_day, later, price

PARTS = (
    ("Plaquettes de frein AV", 38, 95),
    ("Disques de frein AV (paire)", 70, 160),
    ("Filtre à huile", 9, 22),
    ("Huile moteur 5W30 (l)", 9, 16),
    ("Filtre à air", 14, 35),
    ("Balais d'essuie-glace", 18, 40),
    ("Courroie de distribution + galets", 180, 390),
    ("Pompe à eau", 60, 150),
    ("Batterie 70 Ah", 95, 180),
    ("Pneumatique 205/55 R16", 68, 130),
    ("Liquide de refroidissement (l)", 5, 12),
    ("Ampoule H7", 6, 14),
    ("Kit embrayage", 210, 480),
    ("Bougie d'allumage", 8, 19),
)
LABOUR = ("Main d'œuvre mécanique", "Diagnostic électronique", "Forfait vidange")
MAKES = ("Peugeot 308 1.5 BlueHDi", "Renault Clio V TCe 90", "Citroën C3 PureTech", "Dacia Duster")


def invoice(rng: random.Random, seed: int) -> Invoice:
    debtor = folks.french(rng, business=rng.random() < 0.2)
    debtor, printed = folks.with_contacts(debtor, rng, email=0.5, phone=0.9)
    debtor = replace(debtor, customer_ref=str(rng.randrange(10000, 99999)))
    issue = issue_day(rng)
    count = rng.choice((3, 5, 8, 12)) if seed % 5 else 58
    lines = [
        Line(f"{name}", Decimal(rng.randint(1, 4)), price(rng, low, high), Decimal(20))
        for name, low, high in (rng.choice(PARTS) for _ in range(count))
    ]
    lines.append(
        Line(rng.choice(LABOUR), Decimal(rng.randint(2, 12)) / 2, Decimal(68), Decimal(20))
    )
    deductions = []
    if rng.random() < 0.45:
        deductions.append(Deduction("Acompte versé", Decimal(rng.choice((100, 150, 200, 300)))))
    plate = (
        f"{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}-{rng.randrange(100, 999)}-"
        f"{rng.choice('JKLMNPQR')}{rng.choice('STVWXYZ')}"
    )
    return Invoice(
        number=f"{rng.randrange(100000, 999999)}",
        issue=issue,
        due=later(issue, rng.choice((0, 8, 15, 30))),
        currency="EUR",
        debtor=debtor,
        lines=lines,
        deductions=deductions,
        extras={
            "phone": printed,
            "plate": plate,
            "make": rng.choice(MAKES),
            "km": rng.randrange(8000, 240000),
            "order": f"OR{rng.randrange(10000, 99999)}",
        },
    )


def header(sheet: Sheet, inv: Invoice, page: int) -> float:
    sheet.font("sans", 11, bold=True)
    sheet.text(36, 44, "GARAGE DES QUATRE ROUTES")
    sheet.font("sans", 6.5)
    sheet.text(
        36,
        54,
        "Agent Peugeot - 2 route de Paris 45200 Montargis - 02 38 85 14 70 - "
        "atelier@garage4routes.fr - RCS Orléans 402 118 930",
    )
    sheet.font("sans", 7, bold=True)
    cells = (
        ("Facture n°", inv.number),
        ("Date", fr_short(inv.issue)),
        ("Code client", inv.debtor.customer_ref or ""),
        ("N° OR", inv.extras["order"]),
        ("Page", str(page)),
    )
    for index, (label, value) in enumerate(cells):
        x = 36 + index * 104
        sheet.box(x, 64, 104, 24)
        sheet.font("sans", 6, bold=True)
        sheet.text(x + 4, 72, label)
        sheet.font("sans", 8)
        sheet.text(x + 4, 84, value)
    return 100


def table_head(sheet: Sheet, y: float) -> None:
    sheet.font("sans", 6.5, bold=True)
    for text, x, align in (
        ("Réf.", 38, "left"),
        ("Désignation", 80, "left"),
        ("Qté", 380, "right"),
        ("P.U. HT", 450, "right"),
        ("Total HT", 556, "right"),
    ):
        sheet.text(x, y, text, align)
    sheet.rule(36, y + 3, 558, y + 3, 0.3)


def draw(sheet: Sheet, inv: Invoice) -> None:
    sheet.page()
    page = 1
    y = header(sheet, inv, page)
    sheet.font("sans", 6.5, bold=True)
    sheet.text(36, y + 10, "VÉHICULE")
    sheet.font("sans", 7)
    sheet.text(36, y + 20, f"Immatriculation : {inv.extras['plate']}")
    sheet.text(36, y + 29, f"Modèle : {inv.extras['make']}")
    sheet.text(36, y + 38, f"Kilométrage : {inv.extras['km']} km")
    sheet.text(36, y + 47, f"Mise en circulation : {fr_short(later(inv.issue, -2000))}")
    sheet.font("sans", 8.5)
    y2 = y + 12
    for line in folks.address_lines(inv.debtor, "FR", COUNTRY_NAMES_FR):
        sheet.text(330, y2, line)
        y2 += 11
    sheet.font("sans", 7)
    if inv.extras["phone"]:
        sheet.text(330, y2 + 3, f"Tél. : {inv.extras['phone']}")
    if inv.debtor.email:
        sheet.text(330, y2 + 12, f"E-mail : {inv.debtor.email}")
    y = 225
    table_head(sheet, y)
    sheet.font("sans", 7)
    for index, line in enumerate(inv.lines):
        if y > 740:
            sheet.font("sans", 6.5)
            sheet.text(556, y + 12, "suite page suivante", "right")
            sheet.page()
            page += 1
            y = header(sheet, inv, page) + 20
            table_head(sheet, y)
            sheet.font("sans", 7)
        y += 10
        sheet.text(38, y, f"{1000 + index * 37}")
        sheet.text(80, y, line.description)
        sheet.text(380, y, bare(line.quantity), "right")
        sheet.text(450, y, bare(line.unit_price), "right")
        sheet.text(556, y, bare(line.amount), "right")
    y += 18
    rows = [
        ("Total HT", bare(inv.net)),
        ("TVA 20,00 %", bare(inv.vat)),
        ("Total TTC", bare(inv.gross)),
    ]
    rows += [(d.label, "-" + bare(d.amount)) for d in inv.deductions]
    rows.append(("Reste à payer EUR", bare(inv.to_pay)))
    for label, value in rows:
        sheet.font("sans", 7.5, bold=label.startswith("Reste"))
        sheet.text(420, y, label)
        sheet.text(556, y, value, "right")
        y += 10
    sheet.font("sans", 7)
    sheet.text(36, y + 8, f"Échéance : {fr_short(inv.due)}")
    sheet.font("sans", 5.5)
    sheet.text(
        36,
        815,
        "Pièces remplacées tenues à disposition du client pendant 1 mois. "
        "Garantie pièces et main d'œuvre 12 mois. TVA sur les débits.",
    )


LAYOUT = Layout("fr_garage", "FR", "fpdf2", invoice, draw)
