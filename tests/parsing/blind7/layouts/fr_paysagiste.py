"""Landscape gardener's invoice from an old desktop accounting package (reportlab, Courier
7.5–9 pt).

The invoice number printed only at the foot ("Référence à rappeler lors du règlement") and as
a barcode-like line between asterisks; the title "FACTURE du 3 nov. 2026" (abbreviated French
month); the debtor unlabelled at the right window; a "Lieu d'intervention" with its own
address on some seeds; "Code client" in a box at the left; an acompte deducted on some; the
50 % tax-credit notice for services to individuals with the eligible amount (distractors);
"Échéance : dd/mm/yyyy" on even seeds, "Règlement à réception de facture" with no date on odd
ones (truth: the issue date); the debtor's phone on a "Tél. client" line on some; 10 % VAT.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Deduction, Invoice, Line, Party
from tests.parsing.blind5.people import email_of, french_name, pick
from tests.parsing.blind5.sheet import LabSheet

from ..bill import Piece, issue_day, money, write
from ..folks import TOWNS_VIENNE, phone_e164, printed, street_fr
from ..wording import euros, french_short, slashed

WORKS = (
    ("Tonte pelouse et ramassage", "h", 32, 38),
    ("Taille de haies (thuyas, lauriers)", "h", 34, 42),
    ("Évacuation déchets verts en déchetterie", "forfait", 45, 90),
    ("Débroussaillage terrain", "h", 36, 44),
    ("Plantation arbustes (fournitures comprises)", "u", 18, 45),
    ("Scarification et regarnissage gazon", "m2", 2, 4),
)
TERMS = "Règlement à réception de facture"


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    printed_due = seed % 2 == 0
    due = issue + dt.timedelta(days=rng.choice((15, 30))) if printed_due else issue
    civility, first, last = french_name(rng)
    name = (
        f"{'Madame' if civility == 'Mme' else 'Monsieur'} {last.upper()} {first}"
        if seed % 3 == 0
        else f"{civility} {first} {last}"
    )
    postcode, city = pick(rng, TOWNS_VIENNE)
    street = (street_fr(rng),)
    if seed % 5 == 1:
        street = (
            f"Lieu-dit {pick(rng, ('La Grange Neuve', 'Les Petits Prés', 'Le Bois Joli'))}",
            street[0],
        )
    tel = phone_e164(rng, "FR", mobile=seed % 2 == 1) if seed % 4 != 2 else None
    email = email_of(first, last, rng) if seed % 3 == 2 else None
    ref = f"{last[:4].upper()}{rng.randint(1, 99):02d}"
    debtor = Party(name, street, postcode, city, "FR", email=email, phone=tel, customer_ref=ref)
    lines = []
    for label, unit, low, high in rng.sample(WORKS, rng.randint(2, 5)):
        qty = Decimal(rng.randint(2, 12) if unit != "m2" else rng.randint(40, 300))
        lines.append(Line(label, qty, money(rng, low, high), Decimal(10), unit))
    number = f"FA{issue:%y%m}-{rng.randint(1, 400):04d}"
    invoice = Invoice(number, issue, due, "EUR", debtor, lines)
    if seed % 4 == 1:
        invoice.deductions.append(Deduction("Acompte reçu", Decimal(rng.choice((100, 150, 250)))))

    sheet = LabSheet(path)
    sheet.font("Courier", 11, bold=True)
    sheet.text(15, 18, "LES JARDINS DU CLAIN")
    sheet.font("Courier", 7.5)
    write(
        sheet,
        15,
        23,
        (
            "Paysagiste - Entretien de jardins",
            "7 chemin de la Varenne 86280 Saint-Benoît",
            "Tel 05 49 88 17 02 - jardinsduclain@orange.fr",
            "SIRET 539 027 448 00015 - Agrément SAP n° SAP539027448",
        ),
        3.6,
    )
    sheet.font("Courier", 9)
    y = write(sheet, 115, 50, (name, *street, f"{postcode} {city.upper()}"), 4.3)
    sheet.box(15, 48, 55, 14)
    sheet.font("Courier", 7.5)
    sheet.text(17, 53, "Code client")
    sheet.font("Courier", 9, bold=True)
    sheet.text(17, 58.5, ref)
    sheet.font("Courier", 7.5)
    contacts = []
    if tel:
        contacts.append(f"Tél. client : {printed(tel)}")
    if email:
        contacts.append(f"Mail : {email}")
    write(sheet, 15, 70, contacts, 3.8)
    if seed % 3 == 1:
        site_postcode, site_city = pick(rng, TOWNS_VIENNE)
        write(
            sheet,
            115,
            y + 4,
            ("Lieu d'intervention :", f"{street_fr(rng)}", f"{site_postcode} {site_city}"),
            3.8,
        )
    sheet.font("Courier", 12, bold=True)
    sheet.text(15, 92, f"FACTURE du {french_short(issue)}")
    sheet.rule(15, 95, 195, 95)
    y = 101
    sheet.font("Courier", 7.5, bold=True)
    sheet.text(15, y, "DESIGNATION")
    sheet.text(120, y, "QTE")
    sheet.text(140, y, "P.U. HT")
    sheet.text(195, y, "MONTANT HT", align="right")
    sheet.font("Courier", 8)
    y += 5.5
    for line in lines:
        sheet.text(15, y, line.description[:48])
        sheet.text(120, y, f"{line.quantity} {line.unit}")
        sheet.text(140, y, euros(line.unit_price, ""))
        sheet.text(195, y, euros(line.amount, ""), align="right")
        y += 4.5
    sheet.rule(15, y, 195, y)
    y += 6
    rows = [("TOTAL HT", invoice.net), ("TVA 10 %", invoice.vat), ("TOTAL TTC", invoice.gross)]
    rows += [(d.label.upper(), -d.amount) for d in invoice.deductions]
    for label, value in rows:
        sheet.text(120, y, label)
        sheet.text(195, y, euros(value, " EUR"), align="right")
        y += 4.5
    sheet.font("Courier", 9, bold=True)
    sheet.text(120, y + 1.5, "NET A PAYER")
    sheet.text(195, y + 1.5, euros(invoice.to_pay, " EUR"), align="right")
    sheet.font("Courier", 8)
    y += 12
    sheet.text(15, y, f"Échéance : {slashed(due)}" if printed_due else TERMS)
    eligible = invoice.gross
    write(
        sheet,
        15,
        y + 8,
        (
            "Prestation de services à la personne (entretien de jardin) ouvrant droit",
            f"au crédit d'impôt de 50 % : montant éligible {euros(eligible)}, crédit estimé "
            f"{euros((eligible / 2).quantize(Decimal('0.01')))}.",
            "Pas d'escompte pour paiement anticipé. Pénalités : 3 fois le taux légal.",
        ),
        4,
    )
    sheet.font("Courier", 8)
    sheet.text(15, 270, f"Référence à rappeler lors du règlement : {number}")
    sheet.font("Courier", 10)
    sheet.text(15, 277, f"*{number.replace('-', '')}*")
    sheet.save()
    return [Piece(invoice, terms=None if printed_due else TERMS)]
