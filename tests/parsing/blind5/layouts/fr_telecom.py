"""A business internet and phone provider's bill, all in 5–6 pt Helvetica (fpdf2, cp1252).

Dense two-column page: N° client (the customer reference) beside the contract and box
identifiers (distractors); the hotline and the debtor's billed line number are not contacts;
"Montant prélevé le" as the due date; monthly services and one-off charges at 20 %; a
loyalty discount as a negative line; an earlier credit note deducted ("Avoir … déduit", still
an invoice) on some seeds; companies with BP lines.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from ..people import NOMS, VILLES_FR, digits, email_of, french_name, french_street, pick
from ..sheet import Sheet
from ..wording import french, slashed
from .base import Layout, issue_day, money
from .common import signed

SERVICES = (
    ("Offre Pro Fibre 1 Gb/s", 39, 59),
    ("Option ligne fixe supplémentaire", 5, 12),
    ("Forfait mobile Pro 100 Go", 15, 29),
    ("Option sauvegarde en ligne 500 Go", 6, 14),
    ("Location routeur Wi-Fi 7", 3, 8),
)
KINDS = ("Cabinet", "Boulangerie", "Agence", "Atelier", "Pharmacie")


def make(rng: random.Random, seed: int) -> Invoice:
    civility, first, last = french_name(rng)
    postcode, city = pick(rng, VILLES_FR)
    company = seed % 2 == 0
    debtor = Party(
        name=f"{pick(rng, KINDS)} {pick(rng, NOMS)}" if company else f"{civility} {first} {last}",
        street=(french_street(rng),),
        postcode=postcode,
        city=city,
        country="FR",
        box=f"BP {rng.randrange(10, 300)}" if seed % 4 == 0 else None,
        email=email_of(first, last, rng) if seed % 3 == 0 else None,
        customer_ref=f"{rng.randrange(10**8, 10**9)}",
        business=company,
    )
    lines = [
        Line(name, Decimal(1), money(rng, low, high), Decimal(20))
        for name, low, high in rng.sample(SERVICES, rng.randrange(2, 5))
    ]
    lines.append(Line("Remise fidélité 12 mois", Decimal(1), -money(rng, 3, 8), Decimal(20)))
    issue = issue_day(rng)
    invoice = Invoice(
        number=f"{issue:%Y%m}{digits(rng, 8)}",
        issue=issue,
        due=issue + dt.timedelta(days=pick(rng, (10, 12, 15))),
        currency="EUR",
        debtor=debtor,
        lines=lines,
    )
    if seed % 5 == 1:
        invoice.deductions.append(
            Deduction(f"Avoir n° AV{digits(rng, 7)} déduit", money(rng, 5, 25))
        )
    start = issue.replace(day=1)
    invoice.extras.update(
        contract=f"CT-{digits(rng, 9)}",
        box=f"BX{digits(rng, 10)}",
        line=f"0{pick(rng, '2345')} " + " ".join(digits(rng, 2) for _ in range(4)),
        period=f"du {slashed(start)} au {slashed(start + dt.timedelta(days=27))}",
    )
    return invoice


def draw(sheet: Sheet, invoice: Invoice) -> None:
    debtor = invoice.debtor
    extras = invoice.extras
    sheet.font("Helvetica", 10, bold=True)
    sheet.text(12, 14, "NOVALINK PRO")
    sheet.font("Helvetica", 5.5)
    sheet.text(12, 17.5, "Novalink SAS - 40 quai de la Rapée 75012 Paris - RCS Paris 839 114 220")
    sheet.text(
        12, 20, "Service clients Pro : 3976 (service gratuit + prix appel) - pro@novalink.fr"
    )
    sheet.font("Helvetica", 6, bold=True)
    sheet.text(12, 30, f"FACTURE N° {invoice.number}")
    sheet.font("Helvetica", 5.5)
    facts = (
        ("Date de facture", slashed(invoice.issue)),
        ("N° client", debtor.customer_ref or ""),
        ("N° de contrat", extras["contract"]),
        ("Identifiant box", extras["box"]),
        ("Ligne principale", extras["line"]),
        ("Période", extras["period"]),
    )
    for n, (label, value) in enumerate(facts):
        sheet.text(12, 34 + 2.8 * n, label)
        sheet.text(38, 34 + 2.8 * n, value)
    sheet.font("Helvetica", 6)
    block = [debtor.name, *debtor.street]
    if debtor.box:
        block.append(debtor.box)
    block.append(f"{debtor.postcode} {debtor.city}")
    for n, line in enumerate(block):
        sheet.text(118, 45 + 3 * n, line)
    if debtor.email:
        sheet.font("Helvetica", 5)
        sheet.text(118, 45 + 3 * len(block) + 1, f"Facture envoyée à {debtor.email}")
    sheet.box(12, 62, 90, 16, grey=0.93)
    sheet.font("Helvetica", 6, bold=True)
    sheet.text(14, 66, "MONTANT TOTAL")
    sheet.text(100, 66, f"{french(invoice.to_pay)} EUR", "right")
    sheet.font("Helvetica", 5.5)
    due = slashed(invoice.due) if invoice.due else ""
    sheet.text(14, 70, f"Montant prélevé le {due}")
    sheet.text(14, 73, "sur le compte FR76 **** **** **** **** ***0 457")
    y = 88.0
    sheet.font("Helvetica", 5.5, bold=True)
    sheet.text(12, y, "DÉTAIL DE VOS SERVICES")
    sheet.text(160, y, "Montant HT", "right")
    sheet.rule(12, y + 1, 160, y + 1, 0.15)
    sheet.font("Helvetica", 5.5)
    y += 3.5
    for line in invoice.lines:
        sheet.text(12, y, line.description)
        sheet.text(160, y, signed(line.amount, french), "right")
        y += 2.8
    y += 2
    rows = [
        ("Total HT", french(invoice.net)),
        ("TVA 20 %", french(invoice.vat)),
        ("Total TTC", french(invoice.gross)),
    ]
    rows += [(d.label, f"-{french(d.amount)}") for d in invoice.deductions]
    rows.append(("Montant total à payer", french(invoice.to_pay)))
    for label, value in rows:
        sheet.text(110, y, label)
        sheet.text(160, y, value, "right")
        y += 2.8
    sheet.font("Helvetica", 5)
    sheet.text(
        12,
        285,
        "En cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement : 40 EUR.",
    )


LAYOUT = Layout("fr_telecom", "FR", "fpdf2", make, draw)
