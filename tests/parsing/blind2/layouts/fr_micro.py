"""An auto-entrepreneur's typewriter-style invoice (Courier), VAT exempt, some credit notes."""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal

from tests.parsing.blind.model import Invoice

from .. import folks
from ..sheet import Sheet
from ..wording import bare, fr_slash
from .base import COUNTRY_NAMES_FR, Layout, block, issue_day, later, some_lines

WORK = (
    ("Création de logo et charte graphique", 350, 900),
    ("Maquette de site vitrine (5 pages)", 600, 1400),
    ("Retouche photo (lot de 20)", 80, 200),
    ("Mise en page plaquette A4 recto-verso", 150, 420),
    ("Déclinaison réseaux sociaux", 90, 260),
    ("Frais de déplacement", 25, 80),
)


def invoice(rng: random.Random, seed: int) -> Invoice:
    business = rng.random() < 0.75
    debtor = folks.french(rng, business=business)
    if business and rng.random() < 0.5:
        debtor = replace(
            debtor,
            attention=f"À l'attention de Mme {rng.choice(folks.FR_LAST)}",
            box=rng.choice((f"BP {rng.randrange(10, 900)}", f"CS {rng.randrange(10000, 99999)}")),
            cedex="CEDEX",
        )
    debtor, printed = folks.with_contacts(debtor, rng, email=0.4, phone=0.3)
    issue = issue_day(rng)
    credit = seed % 6 == 5
    lines = some_lines(rng, WORK, (1, 3), Decimal(0))
    return Invoice(
        number=f"{'AV' if credit else 'F'}-{issue.year}-{rng.randrange(1, 120):03d}",
        issue=issue,
        due=None if credit else later(issue, 30),
        currency="EUR",
        debtor=debtor,
        lines=lines,
        credit_note=credit,
        extras={"phone": printed, "original": f"F-{issue.year}-{rng.randrange(1, 120):03d}"},
    )


def draw(sheet: Sheet, inv: Invoice) -> None:
    sheet.page()
    sheet.font("mono", 11, bold=True)
    sheet.text(50, 60, "JULIE MARCHETTI - GRAPHISTE")
    sheet.font("mono", 8.5)
    block(
        sheet,
        50,
        74,
        (
            "12 rue des Arts, 44000 Nantes",
            "julie@marchetti-graphisme.fr",
            "SIRET : 888 112 407 00015 - APE 7410Z",
        ),
        11,
    )
    sheet.font("mono", 9.5)
    end = block(sheet, 310, 140, folks.address_lines(inv.debtor, "FR", COUNTRY_NAMES_FR), 12)
    for contact in (inv.debtor.email, inv.extras["phone"]):
        if contact:
            sheet.text(310, end, contact)
            end += 12
    sheet.font("mono", 13, bold=True)
    sheet.text(50, 260, "FACTURE D'AVOIR" if inv.credit_note else "FACTURE")
    sheet.font("mono", 9.5)
    facts = [f"Numéro : {inv.number}", f"Date   : {fr_slash(inv.issue)}"]
    if inv.credit_note:
        facts.append(f"Annule et remplace partiellement la facture {inv.extras['original']}")
    block(sheet, 50, 280, facts, 12)
    y = 340
    sheet.text(50, y, "-" * 78)
    sheet.text(50, y + 12, f"{'Désignation':<44}{'Qté':>6}{'P.U.':>12}{'Total':>14}")
    sheet.text(50, y + 24, "-" * 78)
    y += 36
    for line in inv.lines:
        sheet.text(
            50,
            y,
            f"{line.description[:43]:<44}{line.quantity!s:>6}{bare(line.unit_price):>12}"
            f"{bare(line.amount):>14}",
        )
        y += 12
    sheet.text(50, y, "-" * 78)
    sheet.font("mono", 10, bold=True)
    label = "MONTANT DE L'AVOIR" if inv.credit_note else "TOTAL A PAYER"
    sheet.text(50, y + 18, f"{label:<62}{bare(inv.to_pay) + ' EUR':>16}")
    sheet.font("mono", 8.5)
    sheet.text(50, y + 34, "TVA non applicable, art. 293 B du CGI")
    if inv.due:
        sheet.text(50, y + 60, f"Date limite de paiement : {fr_slash(inv.due)}")
        sheet.text(50, y + 72, "Règlement par virement : FR76 1820 6002 1065 0214 7788 043")
        sheet.text(
            50,
            y + 84,
            "En cas de retard : pénalités au taux BCE + 10 points et indemnité de 40 EUR.",
        )
    else:
        sheet.text(
            50, y + 60, "Montant à déduire de votre prochain règlement ou remboursé sur demande."
        )


LAYOUT = Layout("fr_micro", "FR", "reportlab", invoice, draw)
