"""Removal company's invoice after a move (fpdf2, DejaVu Serif, Tours).

A labelled "CLIENT" block at the left (the billing address: the new home on even seeds, a
third address on odd ones, as when a child pays for a parent's move) beside two rival blocks
"Chargement" and "Livraison" with their own addresses and dates; "Réf. client" beside
"Dossier n°" and the volume and distance (distractors); the client's mobile and e-mail in the
block, the crew leader's mobile as a distractor; arrhes paid deducted → "Solde à régler";
"Solde payable au plus tard le" (long date); on seeds ≡ 0 mod 3 the invoice runs over two
pages (the inventory, then the totals on page 2).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Deduction, Invoice, Line, Party
from tests.parsing.blind5.people import email_of, french_name, pick
from tests.parsing.blind5.sheet import FpdfSheet

from ..bill import Piece, issue_day, money, write
from ..folks import TOWNS_FR, phone_e164, printed, street_fr
from ..wording import euros, french_long, slashed

ROOMS = ("Séjour", "Cuisine", "Chambre 1", "Chambre 2", "Bureau", "Cave", "Garage", "Grenier")
ITEMS = (
    "armoire 2 portes",
    "cartons livres (x12)",
    "canapé 3 places",
    "lave-linge",
    "piano droit",
    "table + 6 chaises",
    "lit 160 démonté",
    "vélos (x2)",
    "bibliothèque",
    "réfrigérateur",
)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    moved = issue - dt.timedelta(days=rng.randint(1, 6))
    due = issue + dt.timedelta(days=rng.choice((8, 15, 30)))
    civility, first, last = french_name(rng)
    name = f"{civility} {first} {last}" if seed % 4 else f"M. et Mme {last}"
    old_postcode, old_city = pick(rng, TOWNS_FR)
    old_street = street_fr(rng)
    new_postcode, new_city = pick(rng, TOWNS_FR)
    new_street = street_fr(rng)
    if seed % 2 == 0:
        postcode, city, street = new_postcode, new_city, (new_street,)
    else:
        postcode, city = pick(rng, TOWNS_FR)
        street = (street_fr(rng),)
        if seed % 3 == 1:
            street = (
                f"Résidence Le Clos {pick(rng, ('Fleuri', 'Saint-Jean', 'des Vignes'))}, appt "
                f"{rng.randint(1, 40)}",
                street[0],
            )
    mobile = phone_e164(rng, "FR")
    email = email_of(first, last, rng) if seed % 5 != 4 else None
    ref = f"CL-{rng.randint(1000, 9999)}-{last[:3].upper()}"
    debtor = Party(name, street, postcode, city, "FR", email=email, phone=mobile, customer_ref=ref)
    volume = rng.randint(18, 65)
    distance = rng.randint(15, 720)
    lines = [
        Line(
            f"Déménagement formule {pick(rng, ('Éco', 'Standard', 'Confort'))} – {volume} m³",
            Decimal(1),
            money(rng, 28, 42) * volume,
            Decimal(20),
        ),
        Line(f"Transport {distance} km", Decimal(distance), Decimal("1.85"), Decimal(20)),
    ]
    if seed % 3 != 2:
        lines.append(
            Line("Monte-meubles (demi-journée)", Decimal(1), money(rng, 220, 380), Decimal(20))
        )
    lines.append(
        Line(
            "Fourniture cartons et adhésifs",
            Decimal(rng.randint(20, 80)),
            Decimal("2.40"),
            Decimal(20),
        )
    )
    number = f"DM{issue:%y}-{rng.randint(100, 999)}{seed:02d}"
    invoice = Invoice(number, issue, due, "EUR", debtor, lines)
    arrhes = (invoice.gross * Decimal("0.3")).quantize(Decimal("1"))
    invoice.deductions.append(
        Deduction(
            f"Arrhes versées le {slashed(moved - dt.timedelta(days=rng.randint(20, 50)))}", arrhes
        )
    )
    two_pages = seed % 3 == 0

    sheet = FpdfSheet(path)
    sheet.font("DejaVuSerif", 14, bold=True)
    sheet.text(15, 20, "Déménagements Touraine Val de Loire")
    sheet.font("DejaVuSerif", 7.5)
    write(
        sheet,
        15,
        26,
        (
            "ZA des Granges Galand, 37550 Saint-Avertin",
            "02 47 27 51 66 · contact@dtvl-demenagement.fr · Licence de transport n° "
            "2024/24/0003187",
        ),
        3.8,
    )
    sheet.font("DejaVuSerif", 11, bold=True)
    sheet.text(195, 42, "FACTURE", align="right")
    sheet.font("DejaVuSerif", 8.5)
    write(
        sheet,
        150,
        48,
        (
            f"n° {number}",
            f"du {french_long(issue)}",
            f"Réf. client : {ref}",
            f"Dossier n° {rng.randint(2600, 2999)}/{seed:02d}",
        ),
        4.4,
    )
    sheet.font("DejaVuSerif", 7.5, bold=True)
    sheet.text(15, 44, "CLIENT")
    sheet.font("DejaVuSerif", 9.5)
    y = write(sheet, 15, 49, (name, *street, f"{postcode} {city}"), 4.4)
    sheet.font("DejaVuSerif", 8)
    contacts = [f"Portable : {printed(mobile, 'dotted')}"] + (
        [f"Courriel : {email}"] if email else []
    )
    write(sheet, 15, y + 0.5, contacts, 4)
    y = 82
    sheet.box(15, y - 5, 87, 22)
    sheet.box(108, y - 5, 87, 22)
    sheet.font("DejaVuSerif", 7.5, bold=True)
    sheet.text(17, y, f"Chargement le {slashed(moved)}")
    sheet.text(
        110, y, f"Livraison le {slashed(moved + dt.timedelta(days=1 if distance > 300 else 0))}"
    )
    sheet.font("DejaVuSerif", 8)
    write(
        sheet,
        17,
        y + 5,
        (
            old_street,
            f"{old_postcode} {old_city}",
            f"Étage {rng.randint(0, 5)}, {pick(rng, ('avec', 'sans'))} ascenseur",
        ),
        4,
    )
    write(
        sheet,
        110,
        y + 5,
        (new_street, f"{new_postcode} {new_city}", "Chef d'équipe : Kévin Moreau, 06 48 20 17 93"),
        4,
    )
    y = 112
    sheet.font("DejaVuSerif", 8, bold=True)
    sheet.text(15, y, "Prestation")
    sheet.text(150, y, "Qté")
    sheet.text(195, y, "Montant HT", align="right")
    sheet.rule(15, y + 1.5, 195, y + 1.5)
    sheet.font("DejaVuSerif", 8.5)
    y += 6
    for line in lines:
        sheet.text(15, y, line.description)
        sheet.text(150, y, str(line.quantity))
        sheet.text(195, y, euros(line.amount), align="right")
        y += 5
    y += 4
    sheet.font("DejaVuSerif", 7)
    sheet.text(
        15,
        y,
        f"Inventaire ({volume} m³ déclarés, valeur déclarée {euros(Decimal(volume * 450))}) :",
    )
    y += 4
    count = rng.randint(24, 40) if two_pages else rng.randint(5, 9)
    for index in range(count):
        sheet.text(15 + (index % 2) * 90, y, f"{pick(rng, ROOMS)} – {pick(rng, ITEMS)}")
        if index % 2:
            y += 3.6
    pages = (1,)
    if two_pages:
        sheet.text(195, 285, "suite au verso – page 1/2", align="right")
        sheet.new_page()
        sheet.font("DejaVuSerif", 7.5)
        sheet.text(15, 15, f"Facture n° {number} – page 2/2")
        y = 30
        pages = (1, 2)
    y += 8
    sheet.font("DejaVuSerif", 8.5)
    rows = [("Total HT", invoice.net), ("TVA 20 %", invoice.vat), ("Total TTC", invoice.gross)]
    rows += [(d.label, -d.amount) for d in invoice.deductions]
    for label, value in rows:
        sheet.text(120, y, label)
        sheet.text(195, y, euros(value), align="right")
        y += 5
    sheet.font("DejaVuSerif", 10.5, bold=True)
    sheet.text(120, y + 2, "Solde à régler")
    sheet.text(195, y + 2, euros(invoice.to_pay), align="right")
    sheet.font("DejaVuSerif", 8.5)
    write(
        sheet,
        15,
        y + 14,
        (
            f"Solde payable au plus tard le {french_long(due)}, par chèque ou virement.",
            "IBAN FR76 1551 9390 4400 0201 4560 142 – SIRET 492 118 036 00024 – TVA FR63492118036",
        ),
        4.6,
    )
    sheet.save()
    return [Piece(invoice, pages)]
