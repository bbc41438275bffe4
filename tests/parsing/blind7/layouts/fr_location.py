"""Construction-equipment rental agency's invoices (reportlab, DejaVu Sans Mono 7–8.5 pt).

A six-cell grid "N° facture", "Date", "Compte client" (the reference), "N° contrat", "Agence",
"Page"; the company debtor at the right window (attention line, BP line on some), a rival
"Chantier" address at the left; rental periods with their dates; the refundable deposit
cheque as a distractor amount; "Mode de règlement : LCR directe à 45 jours fin de mois –
Échéance LCR : dd/mm/yyyy" (the due date); two AVOIRs for early returns printed positive, no
due date; on seeds ≡ 0 mod 5 the file is the agency's print run of two invoices to two
customers, one page each.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Line, Party
from tests.parsing.blind5.people import french_name, pick
from tests.parsing.blind5.sheet import LabSheet, Sheet

from ..bill import Piece, issue_day, money, write
from ..folks import COMPANY_WORDS, TOWNS_FR, phone_e164, printed, slug, street_fr
from ..wording import end_of_month_then, euros, slashed

MACHINES = (
    ("Mini-pelle 2,5 t", 95, 140),
    ("Nacelle ciseaux 10 m", 110, 160),
    ("Chariot télescopique 14 m", 180, 260),
    ("Plaque vibrante 90 kg", 28, 45),
    ("Bétonnière 350 l", 22, 35),
    ("Échafaudage roulant 8 m", 40, 65),
)
TRADES = ("Maçonnerie", "Terrassement", "Charpente", "Couverture", "Paysage", "Bâtiment")


def customer(rng: random.Random, seed: int) -> Party:
    word = pick(rng, COMPANY_WORDS)
    name = f"{pick(rng, ('SARL', 'SAS', 'EURL'))} {pick(rng, TRADES)} {word}"
    postcode, city = pick(rng, TOWNS_FR)
    street = (street_fr(rng),)
    if seed % 4 == 2:
        street = (f"ZA de la {pick(rng, ('Croix Blanche', 'Belle Étoile', 'Gare'))}", street[0])
    box = f"BP {rng.randint(10, 400)}" if seed % 3 == 1 else None
    civility, first, last = french_name(rng)
    attention = f"À l'attention de {civility} {first} {last}" if seed % 2 else None
    tel = phone_e164(rng, "FR", mobile=False) if seed % 5 != 3 else None
    email = f"compta@{slug(word)}-{slug(city.split()[0])}.fr" if seed % 3 == 0 else None
    ref = f"C0{rng.randint(10000, 99999)}"
    return Party(
        name,
        street,
        postcode,
        city,
        "FR",
        attention=attention,
        box=box,
        email=email,
        phone=tel,
        customer_ref=ref,
        business=True,
    )


def page(sheet: Sheet, rng: random.Random, invoice: Invoice) -> None:
    debtor = invoice.debtor
    credit = invoice.credit_note
    sheet.font("DejaVuSansMono", 11, bold=True)
    sheet.text(15, 18, "LOCAMAT OUEST")
    sheet.font("DejaVuSansMono", 7)
    write(
        sheet,
        15,
        23,
        (
            "Location de matériel BTP et espaces verts",
            "Agence du Mans - 14 rue Nationale 72000 Le Mans",
            "Tél 02 43 85 20 10 - lemans@locamat-ouest.fr",
        ),
        3.4,
    )
    sheet.font("DejaVuSansMono", 9)
    block = [debtor.name, *([debtor.attention] if debtor.attention else []), *debtor.street]
    block += [*([debtor.box] if debtor.box else []), f"{debtor.postcode} {debtor.city.upper()}"]
    y = write(sheet, 112, 45, block, 4.2)
    sheet.font("DejaVuSansMono", 7.5)
    extra = ([f"Tél : {printed(debtor.phone)}"] if debtor.phone else []) + (
        [debtor.email] if debtor.email else []
    )
    write(sheet, 112, y + 0.5, extra, 3.6)
    site_postcode, site_city = pick(rng, TOWNS_FR)
    sheet.font("DejaVuSansMono", 7.5, bold=True)
    sheet.text(15, 48, "Chantier :")
    sheet.font("DejaVuSansMono", 7.5)
    write(
        sheet,
        15,
        52,
        (
            f"Lotissement {pick(rng, ('Les Hauts du Val', 'Le Pré Vert', 'Les Coteaux'))}",
            street_fr(rng),
            f"{site_postcode} {site_city}",
        ),
        3.6,
    )
    sheet.font("DejaVuSansMono", 13, bold=True)
    sheet.text(15, 80, "AVOIR" if credit else "FACTURE DE LOCATION")
    cells = (
        ("N° facture" if not credit else "N° avoir", invoice.number),
        ("Date", slashed(invoice.issue)),
        ("Compte client", debtor.customer_ref or ""),
        ("N° contrat", f"LC{rng.randint(100000, 999999)}"),
        ("Agence", "072"),
        ("Page", "1/1"),
    )
    x = 15
    for label, value in cells:
        sheet.box(x, 84, 30, 10)
        sheet.font("DejaVuSansMono", 6)
        sheet.text(x + 1, 87.5, label)
        sheet.font("DejaVuSansMono", 8, bold=True)
        sheet.text(x + 1, 92, value)
        x += 30
    y = 103
    sheet.font("DejaVuSansMono", 7)
    for line in invoice.lines:
        sheet.text(15, y, line.description)
        sheet.text(140, y, f"{line.quantity} {line.unit}")
        sheet.text(195, y, euros(line.amount, ""), align="right")
        y += 4.2
    if credit:
        sheet.text(
            15,
            y + 2,
            f"Avoir sur facture n° F{invoice.issue:%y}{rng.randint(10000, 99999)} : retour "
            "anticipé du matériel.",
        )
    y += 10
    sheet.font("DejaVuSansMono", 8)
    for label, value in (("Total HT", invoice.net), ("TVA 20,00 %", invoice.vat)):
        sheet.text(130, y, label)
        sheet.text(195, y, euros(value), align="right")
        y += 4.4
    sheet.font("DejaVuSansMono", 9, bold=True)
    sheet.text(130, y + 1, "TOTAL TTC" if credit else "NET A PAYER TTC")
    sheet.text(195, y + 1, euros(invoice.to_pay), align="right")
    sheet.font("DejaVuSansMono", 7.5)
    y += 12
    if not credit and invoice.due:
        sheet.text(15, y, "Mode de règlement : LCR directe à 45 jours fin de mois")
        sheet.text(15, y + 4, f"Échéance LCR : {slashed(invoice.due)}")
    sheet.text(
        15,
        y + 10,
        f"Dépôt de garantie : {euros(Decimal(rng.choice((800, 1500, 2500))))} (chèque non "
        "encaissé, restitué au retour)",
    )
    sheet.font("DejaVuSansMono", 6)
    sheet.text(
        15, 283, "Locamat Ouest SAS - SIRET 418 227 619 00046 - TVA FR45418227619 - RCS Le Mans"
    )


def invoice_for(rng: random.Random, seed: int, issue: dt.date, credit: bool) -> Invoice:
    debtor = customer(rng, seed)
    days = rng.randint(1, 15)
    first_day = issue - dt.timedelta(days=days + rng.randint(0, 5))
    lines = []
    for label, low, high in rng.sample(MACHINES, rng.randint(1, 3)):
        lines.append(
            Line(
                f"{label} du {slashed(first_day)} ({days} j)",
                Decimal(days),
                money(rng, low, high),
                Decimal(20),
                "j",
            )
        )
    lines.append(
        Line("Transport aller/retour", Decimal(1), money(rng, 60, 180), Decimal(20), "forf.")
    )
    lines.append(
        Line("Assurance bris de machine", Decimal(1), money(rng, 12, 60), Decimal(20), "forf.")
    )
    number = f"{'A' if credit else 'F'}{issue:%y}{rng.randint(10000, 99999)}"
    due = None if credit else end_of_month_then(issue, 45)
    return Invoice(number, issue, due, "EUR", debtor, lines, credit_note=credit)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    sheet = LabSheet(path)
    count = 2 if seed % 5 == 0 else 1
    pieces = []
    issue = issue_day(rng)
    for index in range(count):
        if index:
            sheet.new_page()
        invoice = invoice_for(rng, seed + index, issue, credit=seed in (7, 17))
        page(sheet, rng, invoice)
        pieces.append(Piece(invoice, (index + 1,)))
    sheet.save()
    return pieces
