"""Veterinary clinic's invoice, pages stored turned on a few seeds, owner's phone in a grid cell."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Party
from tests.parsing.blind5.sheet import LabSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day
from tests.parsing.blind8.ink import block, row

from .. import folks
from ..desk import Column, Item, deduct, lines_table, pick_lines, quantity
from ..wording import fr_money, slash

ACTS = (
    Item("Consultation", 38, 55, Decimal("20")),
    Item("Vaccin CHPPiL + rage", 55, 78, Decimal("20")),
    Item("Antiparasitaire externe (pipette)", 14, 24, Decimal("20"), "u", 3),
    Item("Vermifuge comprimé", 6, 12, Decimal("20"), "u", 4),
    Item("Bilan sanguin complet", 70, 110, Decimal("20")),
    Item("Détartrage sous anesthésie", 140, 220, Decimal("20")),
    Item("Stérilisation", 160, 290, Decimal("20")),
    Item("Croquettes diététiques 12 kg", 68, 95, Decimal("20"), "sac", 2),
    Item("Identification par transpondeur", 55, 70, Decimal("20")),
)
ANIMALS = (
    ("Filou", "Chat européen"),
    ("Pepsi", "Border collie"),
    ("Nala", "Berger australien"),
    ("Gribouille", "Lapin nain"),
    ("Oslo", "Labrador"),
    ("Mimine", "Chat sacré de Birmanie"),
)
TURNED = (3, 11, 17)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    civility, first, last = folks.french_person(rng)
    postcode, city = folks.pick(rng, folks.FR_TOWNS)
    street = [folks.french_street(rng)]
    phone = folks.phone(rng, "FR")
    email = folks.mail(first, last, "gmail.com") if seed % 4 != 1 else None
    ref = f"{rng.randint(10000, 99999)}"
    debtor = Party(
        f"{civility} {last.upper()} {first}",
        tuple(street),
        postcode,
        city,
        "FR",
        email=email,
        phone=folks.e164(phone),
        customer_ref=ref,
    )
    due = issue + dt.timedelta(days=15)
    number = f"V-{issue:%y}-{rng.randint(10000, 99999)}"
    invoice = Invoice(number, issue, due, "EUR", debtor, pick_lines(rng, ACTS, rng.randint(2, 5)))
    if seed % 2 == 0:
        deduct(
            invoice,
            f"Déjà réglé (CB le {slash(issue)})",
            (invoice.gross * Decimal("0.5")).quantize(Decimal("1")),
        )

    sheet = LabSheet(path, turn="rotate" if seed in TURNED else "upright")
    sheet.box(0, 0, 210, 30, grey=0.85)
    sheet.font("Helvetica", 15, bold=True)
    sheet.text(15, 14, "Clinique vétérinaire des Deux Rives")
    sheet.font("Helvetica", 8)
    sheet.text(
        15, 20, "Dr L. Abgrall – Dr M. Feunteun · 3 quai de l'Odet, 29000 Quimper · 02 98 95 60 12"
    )
    urgent = folks.phone(rng, "FR")
    sheet.text(15, 25, f"Urgences 24 h/24 : {folks.national(urgent)}")
    sheet.font("Helvetica", 11, bold=True)
    sheet.text(195, 40, f"Facture n° {number}", "right")
    sheet.font("Helvetica", 9)
    sheet.text(195, 45, f"Date : {slash(issue)}", "right")
    sheet.text(15, 40, "Propriétaire :")
    sheet.font("Helvetica", 10)
    block(sheet, 15, 46, [debtor.name, *street, f"{postcode} {city}"], 4.6)
    animal, breed = folks.pick(rng, ANIMALS)
    sheet.font("Helvetica", 7)
    top = 68
    cells = [
        (15, "N° client"),
        (45, "Animal"),
        (75, "Espèce / race"),
        (125, "Tél. propriétaire"),
        (160, "E-mail"),
    ]
    for x, label in cells:
        sheet.text(x, top, label)
    sheet.rule(15, top + 1.5, 195, top + 1.5, 0.2)
    sheet.font("Helvetica", 8)
    row(
        sheet,
        top + 6,
        [
            (15, ref, "left"),
            (45, animal, "left"),
            (75, breed, "left"),
            (125, folks.dotted(phone), "left"),
            (160, email or "—", "left"),
        ],
    )
    y = lines_table(
        sheet,
        88,
        [
            Column(15, "Acte / produit", "left", lambda line: line.description),
            Column(130, "Qté", "right", quantity),
            Column(
                160,
                "P.U. TTC",
                "right",
                lambda line: fr_money(line.unit_price * Decimal("1.2")) + " €",
            ),
            Column(195, "Montant HT", "right", lambda line: fr_money(line.amount) + " €"),
        ],
        invoice.lines,
        5,
    )
    y += 4
    rows = [("Total HT", invoice.net), ("TVA 20 %", invoice.vat), ("Total TTC", invoice.gross)]
    for label, value in rows:
        row(sheet, y, [(130, label, "left"), (195, fr_money(value) + " €", "right")])
        y += 5
    for d in invoice.deductions:
        row(sheet, y, [(130, d.label, "left"), (195, "-" + fr_money(d.amount) + " €", "right")])
        y += 5
    sheet.font("Helvetica", 10, bold=True)
    row(sheet, y + 1, [(130, "Reste dû", "left"), (195, fr_money(invoice.to_pay) + " €", "right")])
    sheet.font("Helvetica", 8)
    sheet.text(15, y + 12, f"À régler avant le {slash(due)}.")
    booster = issue + dt.timedelta(days=365)
    sheet.text(15, y + 17, f"Prochain rappel de vaccin pour {animal} : {slash(booster)}")
    sheet.save()
    return [Piece(invoice)]


LAYOUT = Layout("fr_veterinaire", "FR", "reportlab", draw)
