"""A Belgian accountancy office's invoice, Times, structured communication, credit notes."""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal

from tests.parsing.blind.model import Invoice

from .. import folks
from ..sheet import Sheet
from ..wording import eur_be, fr_slash
from .base import COUNTRY_NAMES_FR, Layout, block, issue_day, later, some_lines

SERVICES = (
    ("Tenue de la comptabilité - trimestre", 450, 1300),
    ("Déclaration TVA trimestrielle", 90, 180),
    ("Établissement des comptes annuels", 800, 2200),
    ("Déclaration IPP", 120, 260),
    ("Gestion des salaires (par fiche)", 18, 35),
    ("Conseil fiscal (heure)", 95, 140),
)


def structured(rng: random.Random) -> str:
    body = rng.randrange(10**9, 10**10)
    check = body % 97 or 97
    digits = f"{body:010d}{check:02d}"
    return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"


def invoice(rng: random.Random, seed: int) -> Invoice:
    debtor = (
        folks.belgian(rng, business=rng.random() < 0.6) if seed % 4 else folks.french(rng, True)
    )
    debtor, printed = folks.with_contacts(debtor, rng, email=0.6, phone=0.3)
    if rng.random() < 0.75:
        debtor = replace(debtor, customer_ref=f"{rng.randrange(100, 9999):04d}")
    issue = issue_day(rng)
    credit = seed % 7 == 3
    return Invoice(
        number=f"{issue.year}/{rng.randrange(1, 900):04d}",
        issue=issue,
        due=None if credit else later(issue, rng.choice((15, 30))),
        currency="EUR",
        debtor=debtor,
        lines=some_lines(rng, SERVICES, (1, 3), Decimal(21)),
        credit_note=credit,
        extras={"phone": printed, "ogm": structured(rng)},
    )


def draw(sheet: Sheet, inv: Invoice) -> None:
    sheet.page()
    sheet.font("serif", 16, bold=True)
    sheet.text(60, 70, "Fiduciaire Dethier & Moens")
    sheet.font("serif", 8.5)
    block(
        sheet,
        60,
        84,
        (
            "Experts-comptables ITAA - Rue de Fragnée 44, 4000 Liège",
            "Tél. +32 4 252 18 90 - info@dethier-moens.be",
            "TVA BE 0456.778.120 - RPM Liège",
        ),
        10.5,
    )
    sheet.font("sans", 6)
    sheet.text(320, 146, "Fiduciaire Dethier & Moens · Rue de Fragnée 44 · 4000 Liège")
    sheet.rule(320, 148, 540, 148, 0.3)
    sheet.font("serif", 11)
    end = block(sheet, 320, 160, folks.address_lines(inv.debtor, "BE", COUNTRY_NAMES_FR), 13.5)
    sheet.font("serif", 9)
    if inv.debtor.email:
        sheet.text(320, end + 2, inv.debtor.email)
    if inv.extras["phone"]:
        sheet.text(320, end + 13, f"GSM {inv.extras['phone']}")
    sheet.font("serif", 13, bold=True)
    sheet.text(60, 270, "NOTE DE CRÉDIT" if inv.credit_note else "FACTURE")
    sheet.font("serif", 9.5)
    facts = [("Numéro", inv.number), ("Date", fr_slash(inv.issue))]
    if inv.debtor.customer_ref:
        facts.append(("N° client", inv.debtor.customer_ref))
    if inv.due:
        facts.append(("Échéance", fr_slash(inv.due)))
    y = 290
    for label, value in facts:
        sheet.text(60, y, label)
        sheet.text(130, y, f": {value}")
        y += 12
    y = 370
    sheet.rule(60, y - 12, 540, y - 12)
    sheet.font("serif", 9.5, bold=True)
    sheet.text(62, y, "Description")
    sheet.text(440, y, "Prix unitaire", "right")
    sheet.text(538, y, "Montant", "right")
    sheet.rule(60, y + 5, 540, y + 5)
    sheet.font("serif", 9.5)
    for line in inv.lines:
        y += 16
        sheet.text(62, y, f"{line.quantity} x {line.description}")
        sheet.text(440, y, eur_be(line.unit_price), "right")
        sheet.text(538, y, eur_be(line.amount), "right")
    y += 26
    for label, value in (("Total hors TVA", inv.net), ("TVA 21 %", inv.vat)):
        sheet.text(360, y, label)
        sheet.text(538, y, eur_be(value), "right")
        y += 14
    sheet.font("serif", 11, bold=True)
    sheet.text(360, y + 4, "Total à créditer" if inv.credit_note else "Total à payer")
    sheet.text(538, y + 4, eur_be(inv.to_pay), "right")
    sheet.font("serif", 9)
    if inv.credit_note:
        sheet.text(60, y + 44, "Cette note de crédit sera imputée sur votre prochaine facture.")
    else:
        sheet.text(
            60,
            y + 44,
            "À verser sur le compte BE71 0961 2345 6769 (BIC GKCCBEBB) avec la "
            "communication structurée",
        )
        sheet.font("serif", 11, bold=True)
        sheet.text(60, y + 60, inv.extras["ogm"])
    sheet.font("serif", 7)
    sheet.text(
        60,
        805,
        "Conditions générales : toute facture non contestée dans les 8 jours est "
        "réputée acceptée. Intérêts de retard de 8 % l'an.",
    )


LAYOUT = Layout("be_fiduciaire", "BE", "reportlab", invoice, draw)
