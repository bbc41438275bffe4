"""A lawyer's fee note (note d'honoraires), fpdf2 with Times, debtor right, provision deducted."""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line

from .. import folks
from ..sheet import Sheet
from ..wording import bare, fr_slash
from .base import COUNTRY_NAMES_FR, Layout, block, issue_day, later, price

DILIGENCES = (
    "Rendez-vous et étude du dossier",
    "Rédaction de conclusions",
    "Audience du tribunal judiciaire",
    "Correspondances et échanges officiels",
    "Rédaction d'une mise en demeure",
    "Assistance à expertise",
)


def invoice(rng: random.Random, seed: int) -> Invoice:
    business = rng.random() < 0.4
    debtor = folks.french(rng, business=business)
    if business and rng.random() < 0.6:
        debtor = replace(
            debtor,
            attention=f"À l'attention de M. {rng.choice(folks.FR_LAST)}",
            box=f"CS {rng.randrange(10000, 99999)}",
            cedex=f"CEDEX {rng.randrange(1, 9)}" if rng.random() < 0.5 else "CEDEX",
        )
    debtor, printed = folks.with_contacts(debtor, rng, email=0.5, phone=0.4)
    if rng.random() < 0.6:
        debtor = replace(debtor, customer_ref=f"CL{rng.randrange(1000, 9999)}")
    issue = issue_day(rng)
    hours = [
        Line(
            what,
            Decimal(rng.randint(1, 12)) / 2,
            Decimal(rng.choice((180, 220, 250))),
            Decimal(20),
            "h",
        )
        for what in rng.sample(DILIGENCES, rng.randint(2, 4))
    ]
    deductions = []
    if rng.random() < 0.7:
        deductions.append(
            Deduction(
                f"Provision reçue le {fr_slash(later(issue, -rng.randrange(20, 90)))}",
                price(rng, 3, 9) * 100,
            )
        )
    return Invoice(
        number=f"NH-{issue.year % 100}{rng.randrange(1, 999):03d}",
        issue=issue,
        due=later(issue, rng.choice((15, 30))),
        currency="EUR",
        debtor=debtor,
        lines=hours,
        deductions=deductions,
        extras={"phone": printed, "case": f"{rng.choice(folks.FR_LAST)} c/ SCI Bellevue"},
    )


def draw(sheet: Sheet, inv: Invoice) -> None:
    sheet.page()
    sheet.font("serif", 12, bold=True)
    sheet.text(50, 60, "Maître Claire Vidal-Ortiz")
    sheet.font("serif", 9)
    block(
        sheet,
        50,
        74,
        (
            "Avocat au Barreau de Montpellier",
            "7 rue Foch - 34000 Montpellier",
            "Tél. 04 67 60 12 88 - cabinet@vidal-avocat.fr",
            "TVA intracommunautaire FR 41 512 334 908",
        ),
        11,
    )
    address = folks.address_lines(inv.debtor, "FR", COUNTRY_NAMES_FR)
    sheet.font("serif", 10.5)
    end = block(sheet, 320, 150, address, 13)
    sheet.font("serif", 9)
    contacts = [c for c in (inv.extras["phone"], inv.debtor.email) if c]
    block(sheet, 320, end + 4, contacts, 11)
    sheet.text(50, 250, f"Montpellier, le {fr_slash(inv.issue)}")
    sheet.font("serif", 14, bold=True)
    sheet.text(50, 285, f"NOTE D'HONORAIRES N° {inv.number}")
    sheet.font("serif", 9.5)
    sheet.text(50, 302, f"Dossier : {inv.extras['case']}")
    if inv.debtor.customer_ref:
        sheet.text(50, 314, f"Réf. client : {inv.debtor.customer_ref}")
    y = 345
    sheet.font("serif", 9.5, bold=True)
    for text, x, align in (
        ("Diligences", 50, "left"),
        ("Temps", 360, "right"),
        ("Taux horaire HT", 450, "right"),
        ("Montant HT", 545, "right"),
    ):
        sheet.text(x, y, text, align)
    sheet.rule(50, y + 4, 545, y + 4)
    sheet.font("serif", 9.5)
    for line in inv.lines:
        y += 15
        sheet.text(50, y, line.description)
        sheet.text(360, y, f"{bare(line.quantity)} h", "right")
        sheet.text(450, y, bare(line.unit_price), "right")
        sheet.text(545, y, bare(line.amount), "right")
    y += 8
    sheet.rule(300, y, 545, y)
    rows = [
        ("Total honoraires HT", bare(inv.net)),
        ("TVA 20 %", bare(inv.vat)),
        ("Total TTC (euros)", bare(inv.gross)),
    ]
    rows += [(d.label, "-" + bare(d.amount)) for d in inv.deductions]
    for label, value in rows:
        y += 15
        sheet.text(310, y, label)
        sheet.text(545, y, value, "right")
    y += 20
    sheet.font("serif", 11, bold=True)
    sheet.text(310, y, "Reste dû TTC" if inv.deductions else "Net à payer TTC")
    sheet.text(545, y, bare(inv.to_pay) + " EUR", "right")
    sheet.font("serif", 9)
    sheet.text(50, y + 40, f"Payable au plus tard le {fr_slash(inv.due)} par virement :")
    sheet.text(50, y + 52, "CARPA Montpellier - IBAN FR76 3000 4008 2700 0101 4455 921")
    sheet.text(50, 790, "Honoraires fixés conformément à la convention d'honoraires signée.")


LAYOUT = Layout("fr_avocat", "FR", "fpdf2", invoice, draw)
