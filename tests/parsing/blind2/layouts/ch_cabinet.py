"""A Swiss physiotherapy practice's invoice with the QR-bill payment part, fpdf2 Helvetica."""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal

import segno

from tests.parsing.blind.model import Deduction, Invoice, Line

from .. import folks
from ..sheet import Sheet
from ..wording import chf, fr_dot
from .base import COUNTRY_NAMES_FR, Layout, block, issue_day, later

SESSIONS = (
    ("Séance de physiothérapie générale (7301)", 48, 62),
    ("Rééducation post-opératoire (7311)", 70, 88),
    ("Drainage lymphatique (7311)", 70, 88),
    ("Forfait premier bilan", 60, 80),
)
IBAN = "CH44 3199 9123 0008 8901 2"


def invoice(rng: random.Random, seed: int) -> Invoice:
    patient = folks.swiss(rng) if seed % 5 else folks.french(rng)
    patient, printed = folks.with_contacts(patient, rng, email=0.5, phone=0.5)
    if rng.random() < 0.8:
        patient = replace(patient, customer_ref=f"P-{rng.randrange(1000, 9999)}")
    issue = issue_day(rng)
    lines = [
        Line(
            f"{fr_dot(later(issue, -7 * k - rng.randrange(3)))} {what}",
            Decimal(1),
            Decimal(rng.randrange(low, high)) + Decimal(rng.choice((0, 50))) / 100,
            Decimal(0),
        )
        for k, (what, low, high) in enumerate(
            rng.choice(SESSIONS) for _ in range(rng.randint(2, 9))
        )
    ]
    deductions = []
    if rng.random() < 0.3:
        deductions.append(Deduction("Acompte reçu", Decimal(rng.choice((50, 100)))))
    return Invoice(
        number=f"{issue.year}-{rng.randrange(1000, 9999)}",
        issue=issue,
        due=later(issue, 30),
        currency="CHF",
        debtor=patient,
        lines=lines,
        deductions=deductions,
        extras={
            "phone": printed,
            "separate": seed % 3 == 0,
            "reference": f"{rng.randrange(10**25, 10**26)}",
        },
    )


def payload(inv: Invoice) -> str:
    debtor = inv.debtor
    return "\n".join(
        [
            "SPC",
            "0200",
            "1",
            IBAN.replace(" ", ""),
            "K",
            "Physio Léman Sàrl",
            "Rue du Midi 8",
            "1003 Lausanne",
            "",
            "",
            "CH",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            f"{inv.to_pay:.2f}",
            "CHF",
            "K",
            debtor.name,
            debtor.street[0],
            f"{debtor.postcode} {debtor.city}",
            "",
            "",
            debtor.country,
            "NON",
            "",
            f"Facture {inv.number}",
            "EPD",
        ]
    )


def payment_part(sheet: Sheet, inv: Invoice, top: float) -> None:
    sheet.rule(0, top, 595.28, top, 0.3)
    sheet.rule(175, top, 175, 841.89, 0.3)
    sheet.font("sans", 11, bold=True)
    sheet.text(16, top + 24, "Récépissé")
    sheet.text(190, top + 24, "Section paiement")
    sheet.font("sans", 6, bold=True)
    sheet.text(16, top + 40, "Compte / Payable à")
    sheet.font("sans", 8)
    block(sheet, 16, top + 50, (IBAN, "Physio Léman Sàrl", "Rue du Midi 8", "1003 Lausanne"), 9)
    sheet.font("sans", 6, bold=True)
    sheet.text(16, top + 96, "Payable par")
    sheet.font("sans", 8)
    block(
        sheet,
        16,
        top + 106,
        [inv.debtor.name, inv.debtor.street[0], f"{inv.debtor.postcode} {inv.debtor.city}"],
        9,
    )
    sheet.font("sans", 6, bold=True)
    sheet.text(16, top + 150, "Monnaie     Montant")
    sheet.font("sans", 8)
    sheet.text(16, top + 160, f"CHF           {chf(inv.to_pay)}")
    matrix = segno.make(payload(inv), error="m").matrix
    module = 130 / len(matrix)
    for row, cells in enumerate(matrix):
        for col, dark in enumerate(cells):
            if dark:
                sheet.fill(190 + col * module, top + 40 + row * module, module, module)
    sheet.font("sans", 6, bold=True)
    sheet.text(190, top + 190, "Monnaie")
    sheet.text(240, top + 190, "Montant")
    sheet.font("sans", 9)
    sheet.text(190, top + 201, "CHF")
    sheet.text(240, top + 201, chf(inv.to_pay))
    sheet.font("sans", 7, bold=True)
    sheet.text(340, top + 40, "Compte / Payable à")
    sheet.text(340, top + 96, "Informations supplémentaires")
    sheet.text(340, top + 124, "Payable par")
    sheet.font("sans", 9)
    block(sheet, 340, top + 51, (IBAN, "Physio Léman Sàrl", "Rue du Midi 8", "1003 Lausanne"), 10)
    sheet.text(340, top + 107, f"Facture {inv.number}")
    block(sheet, 340, top + 135, folks.address_lines(inv.debtor, "CH", COUNTRY_NAMES_FR), 10)


def draw(sheet: Sheet, inv: Invoice) -> None:
    sheet.page()
    sheet.font("sans", 13, bold=True)
    sheet.text(50, 56, "Physio Léman Sàrl")
    sheet.font("sans", 8)
    block(
        sheet,
        50,
        70,
        (
            "Rue du Midi 8 · 1003 Lausanne",
            "021 312 45 80 · info@physioleman.ch",
            "IDE CHE-287.441.902 TVA · RCC Q 4411.12",
        ),
        10,
    )
    sheet.box(330, 114, 200, 14)
    sheet.font("sans", 7, bold=True)
    sheet.text(334, 124, "P.P.  CH-1003 Lausanne        Poste CH SA")
    sheet.font("sans", 10)
    end = block(sheet, 330, 140, folks.address_lines(inv.debtor, "CH", COUNTRY_NAMES_FR), 12.5)
    sheet.font("sans", 8)
    contacts = [c for c in (inv.extras["phone"], inv.debtor.email) if c]
    block(sheet, 330, end + 2, contacts, 10)
    sheet.font("sans", 12, bold=True)
    sheet.text(50, 150, "Facture")
    sheet.font("sans", 8.5)
    facts = [("Facture n°", inv.number), ("Date", fr_dot(inv.issue))]
    if inv.debtor.customer_ref:
        facts.append(("N° client", inv.debtor.customer_ref))
    facts.append(("Payable jusqu'au", fr_dot(inv.due)))
    y = 168
    for label, value in facts:
        sheet.text(50, y, label)
        sheet.text(135, y, value)
        y += 11
    y = 260
    sheet.font("sans", 8, bold=True)
    sheet.text(50, y, "Date / prestation")
    sheet.text(540, y, "CHF", "right")
    sheet.rule(50, y + 3, 545, y + 3, 0.4)
    sheet.font("sans", 8)
    for line in inv.lines:
        y += 12
        sheet.text(50, y, line.description)
        sheet.text(540, y, chf(line.amount), "right")
    y += 20
    rows = [("Total des prestations", inv.gross)] + [(d.label, -d.amount) for d in inv.deductions]
    for label, value in rows:
        sheet.text(330, y, label)
        sheet.text(540, y, ("-" if value < 0 else "") + chf(value), "right")
        y += 12
    sheet.font("sans", 9.5, bold=True)
    sheet.text(330, y + 3, "Solde à payer CHF")
    sheet.text(540, y + 3, chf(inv.to_pay), "right")
    sheet.font("sans", 7.5)
    sheet.text(
        50,
        y + 30,
        "Prestations exonérées de TVA (art. 21 al. 2 ch. 3 LTVA). Délai de paiement : 30 jours.",
    )
    if inv.extras["separate"]:
        sheet.page()
        sheet.font("sans", 8)
        sheet.text(50, 60, f"Bulletin de versement - facture {inv.number}")
    payment_part(sheet, inv, 841.89 - 297.64)


LAYOUT = Layout("ch_cabinet", "CH", "fpdf2", invoice, draw)
