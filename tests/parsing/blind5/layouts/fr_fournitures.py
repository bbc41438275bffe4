"""An industrial-supplies wholesaler's ERP invoice, monospaced, for trade customers.

A header grid (N° facture, Date, Code client as a 411 account code, Votre réf. as a purchase
order, Représentant); companies with an attention line, BP or CS lines and CEDEX towns (the
city keeps CEDEX, see README); an early-payment discount ("Escompte 2 % si paiement avant
le …") that is not the due date; "Date de prélèvement" as the due date; an earlier credit
note deducted from some invoices ("Avoir n° … déduit", still an invoice); credit notes
titled AVOIR printed positive, with no due date.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from ..people import CEDEX_FR, NOMS, VILLES_FR, e164, french_dotted, french_name, phone, pick
from ..sheet import Sheet
from ..wording import french, slashed
from .base import Layout, issue_day, money
from .common import quantity

TRADES = ("Menuiserie", "Chaudronnerie", "Garage", "Serrurerie", "Maintenance", "Charpente")
FORMS = ("SARL", "SAS", "EURL", "SA")
ZONES = ("ZI des Grands Champs", "ZA de la Croix Rouge", "Parc d'activités du Moulin")
ROADS = ("rue Denis Papin", "allée Gustave Eiffel", "rue des Artisans", "avenue de l'Industrie")
ARTICLES = (
    ("VIS TH 8X40 ZN (BTE 100)", "bte", 9, 16),
    ("GANTS NITRILE T9 (PAIRE)", "pr", 2, 5),
    ("DISQUE A TRONCONNER 125", "u", 1, 4),
    ("FORET HSS 6,5 MM", "u", 3, 7),
    ("BOMBE DEGRIPPANT 500ML", "u", 4, 9),
    ("CHEVILLE NYLON 10X50 (BTE 50)", "bte", 6, 12),
    ("MASQUE FFP2 (BTE 20)", "bte", 11, 19),
    ("RUBAN AMERICAIN 50M", "u", 5, 9),
)
CREDIT_SEEDS = {4, 11, 17}
DEDUCTED_SEEDS = {2, 8, 14, 19}


def make(rng: random.Random, seed: int) -> Invoice:
    civility, first, last = french_name(rng)
    cedex = seed % 3 == 0
    postcode, city = pick(rng, CEDEX_FR if cedex else VILLES_FR)
    box = (
        f"CS {rng.randrange(10000, 99999)}"
        if cedex
        else (f"BP {rng.randrange(1, 400)}" if seed % 3 == 1 else None)
    )
    mobile = phone(rng, "FR", mobile=False) if seed % 2 else None
    road = f"{rng.randrange(1, 60)} {pick(rng, ROADS)}".upper()
    street = (road,) if seed % 4 else (pick(rng, ZONES).upper(), road)
    debtor = Party(
        name=f"{pick(rng, FORMS)} {pick(rng, TRADES)} {pick(rng, NOMS)}".upper(),
        street=street,
        postcode=postcode,
        city=city.upper(),
        country="FR",
        attention=f"A L'ATTENTION DE {civility.upper()} {last.upper()}" if seed % 2 == 0 else None,
        box=box,
        phone=e164(mobile) if mobile else None,
        customer_ref=f"411{rng.randrange(10000, 99999)}",
        business=True,
    )
    lines = [
        Line(name, Decimal(rng.randrange(1, 40)), money(rng, low, high), Decimal(20), unit)
        for name, unit, low, high in rng.sample(ARTICLES, rng.randrange(3, 7))
    ]
    issue = issue_day(rng)
    credit = seed in CREDIT_SEEDS
    invoice = Invoice(
        number=f"{'AV' if credit else 'FA'}{issue:%y}{rng.randrange(1, 99999):05d}",
        issue=issue,
        due=None if credit else issue + dt.timedelta(days=pick(rng, (30, 45, 60))),
        currency="EUR",
        debtor=debtor,
        lines=lines,
        credit_note=credit,
    )
    if seed in DEDUCTED_SEEDS:
        invoice.deductions.append(
            Deduction(
                f"Avoir n° AV{issue:%y}{rng.randrange(1, 99999):05d} déduit", money(rng, 10, 60)
            )
        )
    invoice.extras.update(
        order=f"CMD {rng.randrange(1000, 9999)}/{pick(rng, NOMS).upper()[:3]}",
        rep=f"{rng.randrange(10, 40)} - {first.upper()}",
        original=f"FA{issue:%y}{rng.randrange(1, 99999):05d}",
        discount=issue + dt.timedelta(days=10),
        mobile=mobile,
    )
    return invoice


def draw(sheet: Sheet, invoice: Invoice) -> None:
    debtor = invoice.debtor
    extras = invoice.extras
    sheet.font("DejaVuSansMono", 12, bold=True)
    sheet.text(15, 16, "OUTILLAGE & FIXATIONS DU CENTRE")
    sheet.font("DejaVuSansMono", 7)
    sheet.text(15, 20.5, "SAS au capital de 250 000 EUR - RCS Bourges 402 118 557")
    sheet.text(15, 24, "Rue Louis Armand - ZI Nord - BP 1043 - 18022 BOURGES CEDEX")
    sheet.text(15, 27.5, "Tel 02 48 70 11 90 - adv@ofc-bourges.fr - TVA FR 27 402118557")
    sheet.font("DejaVuSansMono", 9)
    block = [debtor.name]
    if debtor.attention:
        block.append(debtor.attention)
    block += list(debtor.street)
    if debtor.box:
        block.append(debtor.box)
    block.append(f"{debtor.postcode} {debtor.city}")
    y = 48.0
    for line in block:
        sheet.text(110, y, line)
        y += 4.4
    if extras["mobile"]:
        sheet.font("DejaVuSansMono", 7.5)
        sheet.text(110, y + 1.5, f"TEL {french_dotted(extras['mobile'])}")
    sheet.font("DejaVuSansMono", 14, bold=True)
    sheet.text(15, 48, "AVOIR" if invoice.credit_note else "FACTURE")
    heads = ("N° PIECE", "DATE", "CODE CLIENT", "VOTRE REF.", "REPRESENTANT")
    values = (
        invoice.number,
        slashed(invoice.issue),
        debtor.customer_ref or "",
        extras["order"],
        extras["rep"],
    )
    widths = (30, 24, 30, 38, 34)
    x = 15.0
    for head, value, width in zip(heads, values, widths, strict=True):
        sheet.box(x, 78, width, 11)
        sheet.font("DejaVuSansMono", 6.5, bold=True)
        sheet.text(x + 1.5, 82, head)
        sheet.font("DejaVuSansMono", 8)
        sheet.text(x + 1.5, 87, value)
        x += width
    if invoice.credit_note:
        sheet.font("DejaVuSansMono", 8)
        sheet.text(15, 95, f"AVOIR SUR FACTURE N° {extras['original']} - RETOUR MARCHANDISE")
    y = 104.0
    sheet.font("DejaVuSansMono", 7.5, bold=True)
    for text, x, align in (
        ("DESIGNATION", 15, "left"),
        ("QTE", 120, "right"),
        ("U", 123, "left"),
        ("P.U. HT", 152, "right"),
        ("MONTANT HT", 180, "right"),
        ("TVA", 192, "right"),
    ):
        sheet.text(x, y, text, align)
    sheet.rule(15, y + 1.5, 193, y + 1.5)
    sheet.font("DejaVuSansMono", 7.5)
    y += 6
    for line in invoice.lines:
        sheet.text(15, y, line.description)
        sheet.text(120, y, quantity(line.quantity), "right")
        sheet.text(123, y, line.unit)
        sheet.text(152, y, french(line.unit_price), "right")
        sheet.text(180, y, french(line.amount), "right")
        sheet.text(192, y, "1", "right")
        y += 4.4
    y += 6
    sheet.font("DejaVuSansMono", 8.5)
    rows = [
        ("TOTAL HT", french(invoice.net)),
        ("TVA 20,00 % (code 1)", french(invoice.vat)),
        ("TOTAL TTC", french(invoice.gross)),
    ]
    rows += [(d.label.upper(), f"-{french(d.amount)}") for d in invoice.deductions]
    for label, value in rows:
        sheet.text(110, y, label)
        sheet.text(192, y, value, "right")
        y += 4.6
    sheet.font("DejaVuSansMono", 10, bold=True)
    final = "MONTANT DE L'AVOIR EUR" if invoice.credit_note else "NET A PAYER EUR"
    sheet.text(110, y + 1, final)
    sheet.text(192, y + 1, french(invoice.to_pay), "right")
    sheet.font("DejaVuSansMono", 7.5)
    y += 12
    if invoice.credit_note:
        sheet.text(15, y, "Cet avoir sera imputé sur vos prochaines factures.")
        return
    discount = (invoice.to_pay * Decimal("0.98")).quantize(Decimal("0.01"))
    due = slashed(invoice.due) if invoice.due else ""
    sheet.text(
        15,
        y,
        f"ESCOMPTE 2 % SI PAIEMENT AVANT LE {slashed(extras['discount'])} : {french(discount)} EUR",
    )
    sheet.text(15, y + 4, "REGLEMENT : PRELEVEMENT SEPA (LCR DIRECTE)")
    sheet.text(15, y + 8, f"DATE DE PRELEVEMENT : {due}")
    sheet.text(
        15,
        y + 12,
        "Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire : 40 EUR.",
    )


LAYOUT = Layout("fr_fournitures", "FR", "reportlab", make, draw)
