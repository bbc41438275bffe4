"""A property manager's call for funds (appel de fonds) to one co-owner, Times, window left."""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line

from .. import folks
from ..sheet import Sheet
from ..wording import eur_fr, fr_long, fr_slash
from .base import COUNTRY_NAMES_FR, Layout, block, issue_day, later, price

POSTS = (
    "Budget prévisionnel - charges générales",
    "Budget prévisionnel - ascenseur",
    "Budget prévisionnel - chauffage collectif",
    "Fonds de travaux (loi ALUR)",
    "Travaux de ravalement - 2e appel",
    "Honoraires du syndic",
)


def invoice(rng: random.Random, seed: int) -> Invoice:
    debtor = folks.french(rng)
    debtor, printed = folks.with_contacts(debtor, rng, email=0.5, phone=0.3)
    debtor = replace(debtor, customer_ref=f"{rng.choice('ABC')}{rng.randrange(10, 999):04d}")
    issue = issue_day(rng)
    lines = [
        Line(post, Decimal(1), price(rng, 40, 900), Decimal(0))
        for post in rng.sample(POSTS, rng.randint(2, 4))
    ]
    deductions = []
    if rng.random() < 0.4:
        deductions.append(Deduction("Solde créditeur au dernier arrêté", price(rng, 10, 35)))
    quarter = (issue.month - 1) // 3 + 1
    return Invoice(
        number=f"AF{issue.year}-T{quarter}-{rng.randrange(100, 9999):05d}",
        issue=issue,
        due=later(issue, rng.choice((15, 21, 30))),
        currency="EUR",
        debtor=debtor,
        lines=lines,
        deductions=deductions,
        extras={"phone": printed, "lot": rng.randrange(1, 80), "quarter": quarter},
    )


def draw(sheet: Sheet, inv: Invoice) -> None:
    sheet.page()
    sheet.font("serif", 15, bold=True)
    sheet.text(56, 62, "Cabinet Gérance Lambert & Fils")
    sheet.font("serif", 8.5)
    block(
        sheet,
        56,
        76,
        (
            "Syndic de copropriété - carte professionnelle CPI 6901 2019 000 041 233",
            "18 cours Franklin Roosevelt - 69006 Lyon",
            "Votre gestionnaire : Mme Nadia Ferrand - 04 78 52 19 60 - n.ferrand@lambert-syndic.fr",
        ),
        10.5,
    )
    sheet.font("serif", 10.5)
    block(sheet, 62, 160, folks.address_lines(inv.debtor, "FR", COUNTRY_NAMES_FR), 13)
    sheet.font("serif", 9)
    sheet.text(330, 160, "Copropriété « Le Clos des Vignes »")
    sheet.text(330, 172, "24 rue Duguesclin, 69006 Lyon")
    sheet.text(330, 190, f"Compte : {inv.debtor.customer_ref}")
    sheet.text(330, 202, f"Lot(s) n° {inv.extras['lot']} - {inv.extras['lot'] * 7} tantièmes")
    sheet.text(330, 220, f"Lyon, le {fr_long(inv.issue)}")
    sheet.font("serif", 13, bold=True)
    sheet.text(56, 270, f"APPEL DE FONDS - {inv.extras['quarter']}e trimestre {inv.issue.year}")
    sheet.font("serif", 10)
    sheet.text(56, 288, f"Avis n° {inv.number}")
    y = 320
    sheet.rule(56, y - 12, 540, y - 12)
    sheet.font("serif", 9.5, bold=True)
    sheet.text(60, y, "Nature de l'appel")
    sheet.text(430, y, "Quote-part", "right")
    sheet.text(535, y, "Montant", "right")
    sheet.rule(56, y + 5, 540, y + 5)
    sheet.font("serif", 9.5)
    y += 20
    for line in inv.lines:
        sheet.text(60, y, line.description)
        sheet.text(430, y, f"{inv.extras['lot'] * 7}/10000", "right")
        sheet.text(535, y, eur_fr(line.amount), "right")
        y += 15
    sheet.rule(56, y - 6, 540, y - 6)
    y += 10
    sheet.text(380, y, "Total de l'appel")
    sheet.text(535, y, eur_fr(inv.gross), "right")
    for deduction in inv.deductions:
        y += 15
        sheet.text(300, y, deduction.label)
        sheet.text(535, y, "- " + eur_fr(deduction.amount), "right")
    y += 20
    sheet.font("serif", 11, bold=True)
    sheet.text(300, y, "Montant à régler")
    sheet.text(535, y, eur_fr(inv.to_pay), "right")
    sheet.text(300, y + 16, "Date d'exigibilité")
    sheet.text(535, y + 16, fr_slash(inv.due), "right")
    sheet.font("serif", 8.5)
    contact = [c for c in (inv.debtor.email, inv.extras["phone"]) if c]
    if contact:
        sheet.text(56, y + 50, "Coordonnées enregistrées : " + " / ".join(contact))
    block(
        sheet,
        56,
        740,
        (
            "Règlement par virement : IBAN FR76 1027 8073 0000 0204 5670 132 - BIC CMCIFR2A",
            "en rappelant votre compte copropriétaire, ou par chèque à l'ordre du syndicat.",
            "Tout appel non réglé à sa date d'exigibilité porte intérêt au taux légal (art. 36 "
            "du décret du 17 mars 1967).",
        ),
        10,
    )


LAYOUT = Layout("fr_syndic", "FR", "reportlab", invoice, draw)
