"""A crèche's monthly family invoices, printed as one batch per run; aids deducted, direct debit."""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line

from .. import folks
from ..sheet import Sheet
from ..wording import MOIS, eur_fr, fr_slash, to_cents
from .base import COUNTRY_NAMES_FR, Layout, block, issue_day, later, month_end


def invoice(rng: random.Random, seed: int) -> Invoice:
    parent = folks.french(rng)
    parent, printed = folks.with_contacts(parent, rng, email=0.9, phone=0.7)
    parent = replace(parent, customer_ref=f"FAM-{rng.randrange(100, 999)}")
    issue = month_end(issue_day(rng))
    hours = Decimal(rng.randrange(40, 190))
    rate = Decimal(rng.randrange(90, 450)) / 100
    lines = [Line("Accueil régulier (heures facturées)", hours, rate, Decimal(0), "h")]
    if rng.random() < 0.5:
        lines.append(
            Line("Heures complémentaires", Decimal(rng.randrange(1, 9)), rate, Decimal(0), "h")
        )
    if rng.random() < 0.4:
        lines.append(
            Line(
                "Repas et couches fournis",
                Decimal(rng.randrange(8, 22)),
                Decimal("2.50"),
                Decimal(0),
            )
        )
    gross = sum((line.amount for line in lines), Decimal(0))
    deductions = []
    if rng.random() < 0.55:
        deductions.append(
            Deduction(
                "Aide CAF (complément de libre choix du mode de garde)",
                to_cents(gross * Decimal(rng.randrange(20, 45)) / 100),
            )
        )
    if rng.random() < 0.3:
        deductions.append(
            Deduction("Participation employeur (CESU)", Decimal(rng.choice((30, 50, 80))))
        )
    return Invoice(
        number=f"CR{issue.year}{issue.month:02d}{rng.randrange(1, 999):03d}",
        issue=issue,
        due=later(issue, rng.choice((5, 8, 10))),
        currency="EUR",
        debtor=parent,
        lines=lines,
        deductions=deductions,
        extras={"phone": printed, "child": rng.choice(folks.FR_FIRST)},
    )


def draw(sheet: Sheet, inv: Invoice) -> None:
    sheet.page()
    sheet.font("sans", 14, bold=True)
    sheet.text(297, 50, "Multi-accueil « Les Petits Pas »", "center")
    sheet.font("sans", 8)
    sheet.text(
        297,
        63,
        "Association loi 1901 - 5 allée des Écoliers, 86000 Poitiers - "
        "05 49 41 70 22 - direction@lespetitspas86.fr",
        "center",
    )
    sheet.font("sans", 9)
    block(
        sheet, 60, 120, ("Famille :", *folks.address_lines(inv.debtor, "FR", COUNTRY_NAMES_FR)), 12
    )
    sheet.box(340, 108, 200, 80)
    sheet.font("sans", 8)
    block(
        sheet,
        348,
        122,
        (
            "Vos coordonnées",
            f"Tél. {inv.extras['phone'] or '-'}",
            f"Courriel {inv.debtor.email or '-'}",
            f"Réf. client {inv.debtor.customer_ref}",
            f"Enfant accueilli : {inv.extras['child']}",
        ),
        12,
    )
    sheet.font("sans", 12, bold=True)
    month = f"{MOIS[inv.issue.month - 1]} {inv.issue.year}"
    sheet.text(60, 230, f"Facture de {month}")
    sheet.font("sans", 9)
    sheet.text(60, 245, f"Facture n° {inv.number} du {fr_slash(inv.issue)}")
    y = 280
    sheet.font("sans", 8.5, bold=True)
    for text, x, align in (
        ("Prestation", 60, "left"),
        ("Quantité", 330, "right"),
        ("Tarif", 420, "right"),
        ("Montant", 535, "right"),
    ):
        sheet.text(x, y, text, align)
    sheet.font("sans", 8.5)
    for line in inv.lines:
        y += 14
        sheet.text(60, y, line.description)
        sheet.text(330, y, f"{line.quantity} {line.unit}".strip(), "right")
        sheet.text(420, y, eur_fr(line.unit_price), "right")
        sheet.text(535, y, eur_fr(line.amount), "right")
    y += 26
    sheet.text(330, y, "Total du mois")
    sheet.text(535, y, eur_fr(inv.gross), "right")
    for deduction in inv.deductions:
        y += 14
        sheet.text(120, y, "À déduire : " + deduction.label)
        sheet.text(535, y, "-" + eur_fr(deduction.amount), "right")
    y += 22
    sheet.font("sans", 10, bold=True)
    sheet.text(330, y, "Reste à votre charge")
    sheet.text(535, y, eur_fr(inv.to_pay), "right")
    sheet.font("sans", 9)
    sheet.text(
        60,
        y + 40,
        f"Ce montant sera prélevé le {fr_slash(inv.due)} sur le compte du mandat SEPA enregistré.",
    )
    sheet.font("sans", 7)
    sheet.text(
        60,
        800,
        "Tarif horaire calculé selon le barème national CNAF. Attestation fiscale "
        "annuelle envoyée en janvier.",
    )


LAYOUT = Layout("fr_creche", "FR", "reportlab", invoice, draw, seeds=28, batch_sizes=(4, 5, 3))
