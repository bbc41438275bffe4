"""Guadeloupe air-conditioning installer's facture d'intervention: fpdf2 with core Helvetica
(Windows-1252), a ruled table, a contact box beside the header grid.

Families: the number after a bare "Réf. :" under the title; DOM VAT at 8,5 %; postcodes
971xx/972xx (country FR) with "Lot.", "Imm." and "Section" lines; "Déjà réglé" (a payment on
account) deducted → Solde à payer; "Paiement à 15 jours net" with the date printed
("Date limite de paiement") or, on seeds ≡ 0 mod 4, "Payable à réception" with no date
(the truth is the issue date); "Compte client" in the header grid beside N° d'intervention
(a distractor); the client's phone ("Tél. client") and e-mail in a box at the right of the
grid, the technician's mobile as a distractor; companies with "Service comptabilité".
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind5.sheet import FpdfSheet

from ..bill import Bill, Debtor, Item, gross_of, net_of, vat_by_rate
from ..folks import (
    ANTILLES,
    NOMS_ANTILLES,
    PRENOMS_M,
    digits,
    e164,
    fr_name,
    iban_of,
    international,
    mail,
    phone,
    pick,
    siret,
    spaced,
)
from ..wording import euros, fr_date
from .base import Column, Drawn, Layout, grid, lines, pairs, ruled_table

FACE = "Helvetica"
JOBS = (
    ("Entretien annuel climatiseur split", Decimal("95.00")),
    ("Recharge fluide R32 (kg)", Decimal("78.00")),
    ("Remplacement condensateur", Decimal("135.00")),
    ("Nettoyage unité extérieure", Decimal("60.00")),
    ("Déplacement zone 2", Decimal("45.00")),
    ("Fourniture télécommande universelle", Decimal("38.00")),
)
LOTS = (
    "Lot. Les Hauts de Jarry",
    "Imm. Les Palmiers",
    "Section Belle-Plaine",
    "Lot. Morne Vergain",
)
VOIES = ("rue Frébault", "chemin de Petit-Pérou", "rue des Balisiers", "route de Grand-Camp")


def debtor_of(rng: random.Random, seed: int) -> tuple[Debtor, tuple[str, ...]]:
    civility, first, last = fr_name(rng, NOMS_ANTILLES)
    postcode, city, region = pick(rng, ANTILLES)
    street: tuple[str, ...] = (f"{rng.randrange(1, 60)} {pick(rng, VOIES)}",)
    if rng.random() < 0.5:
        street = (pick(rng, LOTS), *street)
    company = seed % 3 == 0
    if company:
        trade = pick(rng, ("Caraïbes Distribution", "Karukera Bureautique", "Ti Kaz Immo"))
        name = f"{pick(rng, ('SARL', 'SAS', 'EURL'))} {trade}"
        block = (name, "Service comptabilité", *street, f"{postcode} {city.upper()}")
        number = phone(rng, region, mobile=False)
        email = f"compta{digits(rng, 2)}@{pick(rng, ('caraibes-distrib.fr', 'karukera.gp'))}"
    else:
        name = f"{civility} {first} {last}"
        block = (name, *street, f"{postcode} {city.upper()}")
        number = phone(rng, region)
        email = mail(first, last, rng, ("orange.fr", "wanadoo.fr", "outlook.fr"))
    shown = rng.randrange(3)
    box: tuple[str, ...] = ()
    if shown != 2:
        box += (f"Tél. client : {international(number)}",)
    if shown == 0:
        box += (f"E-mail : {email}",)
    debtor = Debtor(
        name,
        block,
        street,
        postcode,
        city.upper(),
        "FR",
        email=email if shown == 0 else None,
        phone=e164(number) if shown != 2 else None,
        customer_ref=f"411{digits(rng, 5)}",
    )
    return debtor, box


def draw(rng: random.Random, seed: int, path: Path) -> Drawn:
    debtor, box = debtor_of(rng, seed)
    issue = dt.date(2026, 2, 2) + dt.timedelta(days=rng.randrange(230))
    number = f"FI{issue:%y%m}{digits(rng, 3)}"
    items = [
        Item(label, Decimal(rng.randrange(1, 4)), price, Decimal("8.5"))
        for label, price in rng.sample(JOBS, rng.randrange(2, 5))
    ]
    gross = gross_of(items)
    paid = Decimal(rng.randrange(5, 20) * 10) if seed % 2 == 1 else None
    to_pay = gross - (paid or 0)

    sheet = FpdfSheet(path)
    sheet.font(FACE, 15, bold=True)
    sheet.text(15, 17, "FRESKO CLIM' ANTILLES")
    sheet.font(FACE, 7.5)
    office = phone(rng, "GP", mobile=False)
    lines(
        sheet,
        15,
        22,
        (
            "Climatisation - Froid - Ventilation",
            "ZI de Jarry, rue Ferdinand Forest, 97122 Baie-Mahault",
            f"Tél. {international(office)} - atelier@fresko-clim.gp",
            f"SIRET {siret(rng)} - Attestation de capacité fluides n° {digits(rng, 6)}",
        ),
        3.4,
    )
    sheet.font(FACE, 10)
    lines(sheet, 112, 46, debtor.block, 4.8)
    sheet.font(FACE, 14, bold=True)
    sheet.text(15, 84, "FACTURE D'INTERVENTION")
    sheet.font(FACE, 9)
    sheet.text(15, 90, f"Réf. : {number}")
    grid(
        sheet,
        15,
        94,
        (
            ("Date", fr_date(issue)),
            ("Compte client", debtor.customer_ref or ""),
            ("N° d'intervention", f"BI-{digits(rng, 5)}"),
        ),
        (28, 30, 32),
        (6.5, 8.5),
        FACE,
    )
    if box:
        sheet.box(112, 94, 83, 10)
        sheet.font(FACE, 7.5)
        lines(sheet, 114, 98, box, 3.8)
    technician = phone(rng, "GP")
    sheet.font(FACE, 8)
    sheet.text(
        15,
        111,
        f"Technicien : {pick(rng, PRENOMS_M)} {pick(rng, NOMS_ANTILLES)}"
        f" - {international(technician)}",
    )
    columns = (
        Column("Désignation", 92),
        Column("Qté", 14, "right"),
        Column("PU HT", 26, "right"),
        Column("TVA", 18, "right"),
        Column("Montant HT", 30, "right"),
    )
    rows = [
        [i.description, str(i.quantity), euros(i.unit_price), "8,5 %", euros(i.amount)]
        for i in items
    ]
    y = ruled_table(sheet, 15, 115, columns, rows, FACE, 8) + 7
    totals = [("Total HT", euros(net_of(items)))]
    totals += [
        (f"TVA {str(r).replace('.', ',')} %", euros(t)) for r, (_, t) in vat_by_rate(items).items()
    ]
    totals.append(("Total TTC", euros(gross)))
    if paid:
        totals.append(("Déjà réglé (acompte sur place)", f"- {euros(paid)}"))
    totals.append(("Solde à payer", euros(to_pay)))
    y = pairs(sheet, 120, 195, y, totals, 5, FACE, 9) + 5
    sheet.font(FACE, 9)
    rule = None
    if seed % 4 == 0:
        due, rule = issue, "à réception"
        sheet.text(15, y, "Payable à réception de facture.")
    else:
        due = issue + dt.timedelta(days=15)
        sheet.text(15, y, "Paiement à 15 jours net.")
        sheet.font(FACE, 9, bold=True)
        sheet.text(15, y + 5, f"Date limite de paiement : {fr_date(due)}")
    sheet.font(FACE, 6.5)
    sheet.text(15, 284, f"Virement : IBAN {spaced(iban_of(rng, 'FR', 23))} - BIC BNPAGPGP")
    sheet.save()
    bill = Bill(
        number, issue, due, to_pay, "EUR", debtor, deduction=paid is not None, due_rule=rule
    )
    return [((1,), bill)]


LAYOUT = Layout("fr_gpe_clim", "FR", "fpdf2", draw)
