"""Furniture shop's invoice after delivery; credit notes printed positive on two, negative on two"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Party
from tests.parsing.blind5.sheet import LabSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day
from tests.parsing.blind8.ink import block, row
from tests.parsing.blind9 import folks
from tests.parsing.blind9.desk import Item, deduct, pick_lines, share
from tests.parsing.blind9.wording import fr_money, slash

from ..kit import totals

GOODS = (
    Item("Canapé 3 places tissu bouclette", 890, 2400, Decimal(20), "u", 1),
    Item("Matelas ressorts ensachés 160 × 200", 540, 1290, Decimal(20), "u", 1),
    Item("Table de repas chêne, allonges", 690, 1850, Decimal(20), "u", 1),
    Item("Chaise velours piétement métal", 89, 189, Decimal(20), "u", 6),
    Item("Buffet enfilade noyer", 790, 1690, Decimal(20), "u", 1),
    Item("Livraison et montage à domicile", 49, 149, Decimal(20), "forfait", 1),
)
CREDITS_POSITIVE = (3, 13)
CREDITS_NEGATIVE = (8, 18)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    civility, first, last = folks.french_person(rng)
    name = f"{'Madame' if civility == 'Mme' else 'Monsieur'} {first} {last}"
    postcode, city = folks.pick(rng, folks.FR_TOWNS)
    street = [folks.french_street(rng)]
    if seed % 4 == 1:
        street.insert(0, f"Appartement {rng.randint(1, 40)}, bâtiment {folks.pick(rng, 'ABCD')}")
    phone = folks.phone(rng, "FR")
    email = folks.mail(first, last, "free.fr") if seed % 3 != 2 else None
    ref = f"C{rng.randint(100000, 999999)}"
    party = Party(
        name,
        tuple(street),
        postcode,
        city,
        "FR",
        email=email,
        phone=folks.e164(phone),
        customer_ref=ref,
    )
    credit = seed in CREDITS_POSITIVE + CREDITS_NEGATIVE
    sign = Decimal(-1) if seed in CREDITS_NEGATIVE else Decimal(1)
    lines = pick_lines(rng, GOODS, 1 if credit else rng.randint(2, 4))
    due = None if credit else issue + dt.timedelta(days=rng.choice((8, 15)))
    number = f"{'AV' if credit else 'FA'}{issue:%y}{rng.randint(10000, 99999)}"
    invoice = Invoice(number, issue, due, "EUR", party, lines, credit_note=credit)
    if not credit and seed % 2 == 0:
        ordered = issue - dt.timedelta(days=rng.randint(20, 75))
        deduct(
            invoice,
            f"Acompte versé à la commande du {slash(ordered)}",
            share(invoice.gross, 20, 40, rng),
        )

    sheet = LabSheet(path)
    sheet.font("DejaVuSerif", 17, bold=True)
    sheet.text(18, 20, "Maison Lavandière")
    sheet.font("DejaVuSerif", 8)
    block(
        sheet,
        18,
        26,
        [
            "Ameublement · Literie · Décoration",
            "Zone commerciale Mendès-France, 79000 Niort · 05 49 28 61 30",
            f"SAS au capital de 80 000 € · SIRET {folks.siret(rng)}",
        ],
        3.6,
    )
    sheet.font("DejaVuSerif", 8, bold=True)
    sheet.text(18, 46, "Facturation")
    sheet.text(110, 46, "Livraison")
    sheet.font("DejaVuSerif", 10)
    block(sheet, 18, 52, [name, *street, f"{postcode} {city}"], 4.8)
    delivery_town = folks.pick(rng, folks.FR_TOWNS)
    block(
        sheet,
        110,
        52,
        [f"{last} (résidence secondaire)", folks.french_street(rng), " ".join(delivery_town)],
        4.8,
    )
    sheet.font("DejaVuSerif", 8.5)
    contact = [f"Vos coordonnées : tél. {folks.dotted(phone)}"] + (
        [f"courriel {email}"] if email else []
    )
    block(sheet, 18, 72, contact, 4.2)
    sheet.font("DejaVuSerif", 13, bold=True)
    sheet.text(18, 90, f"{'AVOIR' if credit else 'FACTURE'} N° {number}")
    sheet.font("DejaVuSerif", 8.5)
    order = f"BC-{rng.randint(10000, 99999)}"
    facts = [f"Date : {slash(issue)}", f"Réf. client : {ref}", f"Commande : {order}"]
    if credit:
        facts.append(
            f"Sur facture n° FA{issue:%y}{rng.randint(10000, 99999)} (retour de marchandise)"
        )
    else:
        facts.append(f"Livrée le {slash(issue - dt.timedelta(days=1))}")
    block(sheet, 18, 96, facts, 4.4)
    y = 120.0
    row(
        sheet,
        y,
        [
            (18, "Article", "left"),
            (130, "Qté", "right"),
            (160, "P.U. HT", "right"),
            (195, "Total HT", "right"),
        ],
    )
    y += 6
    for line in lines:
        row(
            sheet,
            y,
            [
                (18, line.description, "left"),
                (130, f"{line.quantity:g}", "right"),
                (160, fr_money(sign * line.unit_price), "right"),
                (195, fr_money(sign * line.amount) + " €", "right"),
            ],
        )
        y += 5
    y += 4
    rows = [
        ("Total HT", fr_money(sign * invoice.net) + " €"),
        ("TVA 20 %", fr_money(sign * invoice.vat) + " €"),
        ("Total TTC", fr_money(sign * invoice.gross) + " €"),
    ]
    rows += [(d.label, "-" + fr_money(d.amount) + " €") for d in invoice.deductions]
    y = totals(sheet, y, rows, 110, 195, 5)
    sheet.font("DejaVuSerif", 10.5, bold=True)
    closing = "Montant de l'avoir" if credit else "Reste à payer"
    row(
        sheet,
        y + 1,
        [(110, closing, "left"), (195, fr_money(sign * invoice.to_pay) + " €", "right")],
    )
    sheet.font("DejaVuSerif", 8.5)
    y += 13
    if credit:
        sheet.text(
            18,
            y,
            "Cet avoir sera remboursé par virement sous 14 jours "
            "ou imputé sur votre prochain achat.",
        )
    else:
        sheet.text(
            18, y, f"Date d'échéance : {slash(due)} – règlement par carte, chèque ou virement."
        )
        sheet.text(18, y + 5, "Pas d'escompte pour paiement anticipé.")
    sheet.save()
    return [Piece(invoice)]


LAYOUT = Layout("fr_ameublement", "FR", "reportlab", draw)
