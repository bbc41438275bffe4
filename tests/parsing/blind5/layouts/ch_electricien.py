"""A Biel/Bienne electrician's invoice in French with the Swiss QR-bill payment part.

The debtor's address is printed three times (window, receipt, payment part), the payment part
writing a French debtor's postcode as `FR-25300`; CHF amounts with an apostrophe above and a
space in the payment part; 8.1 % VAT; "30 jours net" with its date; N° client beside the
order reference (distractor); an advance received deducted on some seeds.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from ..people import digits, e164, french_name, national, phone, pick
from ..sheet import Sheet
from ..wording import dotted, figures, swiss
from .base import Layout, issue_day, money
from .common import Column, lines_table, quantity

RUES = (
    "Chemin des Pâquerettes",
    "Rue du Faubourg-du-Lac",
    "Route de Boujean",
    "Rue des Alpes",
    "Chemin du Crêt-Taconnet",
    "Rue de la Gare",
    "Avenue Léopold-Robert",
)
VILLES_CH = (
    ("2000", "Neuchâtel"),
    ("2300", "La Chaux-de-Fonds"),
    ("2800", "Delémont"),
    ("2740", "Moutier"),
    ("2520", "La Neuveville"),
    ("2502", "Biel/Bienne"),
    ("2610", "Saint-Imier"),
)
VILLES_DOUBS = (("25300", "Pontarlier"), ("25500", "Morteau"), ("25120", "Maîche"))
TRAVAUX = (
    ("Monteur-électricien", "h", 92, 98),
    ("Apprenti", "h", 38, 45),
    ("Câble TT 3x1.5 mm²", "m", 2, 4),
    ("Prise triple encastrée", "pce", 18, 26),
    ("Disjoncteur FI 40A", "pce", 95, 140),
    ("Luminaire LED plafonnier", "pce", 120, 260),
    ("Déplacement forfaitaire", "forfait", 45, 60),
)


def make(rng: random.Random, seed: int) -> Invoice:
    civility, first, last = french_name(rng)
    abroad = seed % 4 == 3
    if abroad:
        postcode, city = pick(rng, VILLES_DOUBS)
        street = f"{rng.randrange(1, 60)} rue de la Chapelle"
    else:
        postcode, city = pick(rng, VILLES_CH)
        street = f"{pick(rng, RUES)} {rng.randrange(1, 90)}"
    civil = {"Mme": "Madame", "M.": "Monsieur"}[civility]
    mobile = phone(rng, "FR" if abroad else "CH") if seed % 3 else None
    debtor = Party(
        name=f"{civil} {first} {last}",
        street=(street,),
        postcode=postcode,
        city=city,
        country="FR" if abroad else "CH",
        phone=e164(mobile) if mobile else None,
        customer_ref=f"{rng.randrange(10000, 29999)}",
    )
    lines = [
        Line(name, Decimal(rng.randrange(1, 9)), money(rng, low, high, 5), Decimal("8.1"), unit)
        for name, unit, low, high in rng.sample(TRAVAUX, rng.randrange(3, 6))
    ]
    issue = issue_day(rng)
    invoice = Invoice(
        number=f"{issue:%y}-{rng.randrange(100, 999):04d}",
        issue=issue,
        due=issue + dt.timedelta(days=30),
        currency="CHF",
        debtor=debtor,
        lines=lines,
    )
    if seed % 2 == 0:
        paid = (invoice.gross * Decimal("0.3")).quantize(Decimal("1"))
        invoice.deductions.append(Deduction("Acompte reçu", paid))
    invoice.extras.update(
        order=f"Votre commande du {dotted(issue - dt.timedelta(days=rng.randrange(10, 40)))}",
        qr=f"{digits(rng, 26)}{rng.randrange(10)}",
        mobile=mobile,
    )
    return invoice


def address(sheet: Sheet, x: float, y: float, invoice: Invoice, step: float, qr: bool) -> float:
    debtor = invoice.debtor
    lines = [debtor.name, *debtor.street]
    prefix = "FR-" if qr and debtor.country == "FR" else ""
    lines.append(f"{prefix}{debtor.postcode} {debtor.city}")
    if debtor.country == "FR" and not qr:
        lines.append("FRANCE")
    for line in lines:
        sheet.text(x, y, line)
        y += step
    return y


def spaced(amount: Decimal) -> str:
    return figures(amount, " ", ".")


def payment_part(sheet: Sheet, invoice: Invoice) -> None:
    top = 192.0
    sheet.rule(0, top, 210, top, 0.2)
    sheet.rule(62, top, 62, 297, 0.2)
    sheet.font("DejaVuSansCondensed", 11, bold=True)
    sheet.text(5, top + 9, "Récépissé")
    sheet.text(67, top + 9, "Section paiement")
    sheet.box(67, top + 17, 46, 46)
    sheet.font("DejaVuSansCondensed", 6, bold=True)
    for x, y in ((5, top + 16), (118, top + 9)):
        sheet.text(x, y, "Compte / Payable à")
        sheet.text(x, y + 18, "Référence")
        sheet.text(x, y + 27, "Payable par")
    sheet.text(118, top + 55, "Informations supplémentaires")
    sheet.text(5, top + 70, "Monnaie")
    sheet.text(22, top + 70, "Montant")
    sheet.text(67, top + 70, "Monnaie")
    sheet.text(85, top + 70, "Montant")
    sheet.font("DejaVuSansCondensed", 8)
    qr = invoice.extras["qr"]
    reference = " ".join([qr[:2]] + [qr[i : i + 5] for i in range(2, 27, 5)])
    for x, y in ((5, top + 16), (118, top + 9)):
        sheet.text(x, y + 4, "CH44 3199 9123 0008 8901 2")
        sheet.text(x, y + 8, "Rüfenacht Électricité SA")
        sheet.text(x, y + 12, "Rue du Marché-Neuf 17, 2502 Biel/Bienne")
        sheet.text(x, y + 22, reference)
        address(sheet, x, y + 31, invoice, 3.6, qr=True)
    sheet.text(118, top + 59, f"Facture {invoice.number}")
    sheet.font("DejaVuSansCondensed", 10)
    due = spaced(invoice.to_pay)
    sheet.text(5, top + 75, "CHF")
    sheet.text(22, top + 75, due)
    sheet.text(67, top + 75, "CHF")
    sheet.text(85, top + 75, due)


def draw(sheet: Sheet, invoice: Invoice) -> None:
    debtor = invoice.debtor
    sheet.font("DejaVuSansCondensed", 14, bold=True)
    sheet.text(20, 18, "Rüfenacht Électricité SA")
    sheet.font("DejaVuSansCondensed", 7.5)
    sheet.text(20, 23, "Installations courant fort et faible · Domotique · Photovoltaïque")
    sheet.text(20, 27, "Rue du Marché-Neuf 17 · 2502 Biel/Bienne · Tél. 032 341 27 80")
    sheet.text(20, 31, "info@ruefenacht-elec.ch · IDE CHE-104.558.921 TVA")
    sheet.font("DejaVuSansCondensed", 10)
    address(sheet, 118, 50, invoice, 4.6, qr=False)
    sheet.font("DejaVuSansCondensed", 16, bold=True)
    sheet.text(20, 78, f"Facture {invoice.number}")
    sheet.font("DejaVuSansCondensed", 8.5)
    facts = (
        ("Date", dotted(invoice.issue)),
        ("N° client", debtor.customer_ref or ""),
        ("Réf.", invoice.extras["order"]),
        ("Conditions", f"30 jours net, échéance {dotted(invoice.due)}" if invoice.due else ""),
    )
    y = 85.0
    for label, value in facts:
        sheet.text(20, y, label)
        sheet.text(45, y, value)
        y += 4.2
    if invoice.extras["mobile"]:
        sheet.text(118, 78, f"Votre natel : {national(invoice.extras['mobile'])}")
    columns = (
        Column("Désignation", 20, lambda line: line.description),
        Column("Qté", 118, lambda line: quantity(line.quantity), "right"),
        Column("Unité", 122, lambda line: line.unit),
        Column("Prix CHF", 160, lambda line: swiss(line.unit_price), "right"),
        Column("Total CHF", 190, lambda line: swiss(line.amount), "right"),
    )
    y = lines_table(sheet, invoice, columns, 108, 4.6, rule=(20, 190))
    rows = [("Total hors TVA", swiss(invoice.net)), ("TVA 8.1 %", swiss(invoice.vat))]
    rows.append(("Total TTC", swiss(invoice.gross)))
    rows += [(d.label, f"- {swiss(d.amount)}") for d in invoice.deductions]
    rows.append(("Montant à payer CHF", swiss(invoice.to_pay)))
    y += 3
    for label, value in rows:
        sheet.text(130, y, label)
        sheet.text(190, y, value, "right")
        y += 4.6
    payment_part(sheet, invoice)


LAYOUT = Layout("ch_electricien", "CH", "reportlab", make, draw)
