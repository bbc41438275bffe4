"""A Brussels syndic's yearly statement of charges, provisions paid deducted from the total."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from .. import people
from ..sheet import Sheet
from ..wording import dashed, german, slashed
from .base import COUNTRY_LINES, Layout, issued, money

COMMUNES = (
    ("1050", "Ixelles"),
    ("1180", "Uccle"),
    ("1030", "Schaerbeek"),
    ("1150", "Woluwe-Saint-Pierre"),
    ("1060", "Saint-Gilles"),
    ("1410", "Waterloo"),
    ("1348", "Louvain-la-Neuve"),
    ("4000", "Liège"),
)
RUES = (
    "Avenue Louise",
    "Rue du Bailli",
    "Chaussée de Waterloo",
    "Avenue Brugmann",
    "Rue de la Victoire",
    "Clos des Érables",
    "Boulevard d'Avroy",
)
POSTES = (
    "Chauffage et eau chaude",
    "Ascenseur (entretien)",
    "Nettoyage des communs",
    "Électricité des communs",
    "Assurance incendie",
    "Honoraires du syndic",
    "Fonds de réserve",
)


def structured(rng: random.Random) -> str:
    body = rng.randrange(10**9, 10**10)
    check = body % 97 or 97
    digits = f"{body:010d}{check:02d}"
    return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"


def invent(rng: random.Random, seed: int) -> Invoice:
    first, last = rng.choice(people.PRENOMS), rng.choice(people.NOMS)
    abroad = seed % 5 == 2
    if abroad:
        postcode, city = rng.choice(people.VILLES)
        street = (f"{rng.randrange(1, 90)} {rng.choice(people.VOIES)}",)
        country = "FR"
    else:
        postcode, city = rng.choice(COMMUNES)
        number = f"{rng.randrange(1, 300)}"
        if seed % 2:
            number += f" bte {rng.randrange(1, 30)}"
        street = (f"{rng.choice(RUES)} {number}",)
        country = "BE"
    mobile = people.phone(rng, "BE", "04" + str(rng.choice((7, 8, 9))), 7)
    name = f"{rng.choice(('M.', 'Mme', 'M. et Mme'))} {last} {first}"
    if seed % 4 == 3:
        name = f"Indivision {last}"
    debtor = Party(
        name=name,
        street=street,
        postcode=postcode,
        city=city,
        country=country,
        email=people.email_for(rng, first, last, ("skynet.be", "proximus.be", "telenet.be"))
        if seed % 3
        else None,
        phone=people.e164(mobile) if seed % 2 == 0 and not abroad else None,
        customer_ref=f"{rng.randrange(100, 999)}/{rng.randrange(10, 99)}"
        if seed % 6 != 5
        else None,
    )
    lines = [
        Line(
            f"{poste} ({rng.randrange(80, 400)}/10.000)",
            Decimal(1),
            money(rng, 60, 900),
            Decimal(0),
        )
        for poste in rng.sample(POSTES, rng.randrange(4, 7))
    ]
    day = issued(rng)
    inv = Invoice(
        number=f"DC{day.year}-{rng.randrange(100, 999)}",
        issue=day,
        due=day + dt.timedelta(days=30),
        currency="EUR",
        debtor=debtor,
        lines=lines,
        extras={
            "mobile": mobile,
            "lot": f"Appartement {rng.randrange(1, 8)}{rng.choice('ABCD')}, "
            f"cave {rng.randrange(1, 40)}",
            "building": f"ACP Résidence {rng.choice(('Les Érables', 'Parc Louise', 'Van Dyck'))}",
            "bce": f"0{rng.randrange(800, 899)}.{rng.randrange(100, 999)}."
            f"{rng.randrange(100, 999)}",
            "com": structured(rng),
            "period": f"01/01/{day.year - 1} au 31/12/{day.year - 1}",
        },
    )
    provisions = (inv.gross * Decimal(rng.choice((60, 75, 85))) / 100).quantize(Decimal("0.01"))
    inv.deductions.append(Deduction("Provisions versées sur l'exercice", provisions))
    return inv


def draw(sheet: Sheet, inv: Invoice) -> None:
    sheet.page()
    sheet.write(20, 20, "SYNDIC IMMO-GESTION SPRL", 12, bold=True)
    sheet.write(20, 25, "Chaussée de Charleroi 112, 1060 Bruxelles", 8)
    sheet.write(20, 29, "IPI 504.112 · Tél. +32 2 537 44 10 · compta@immogestion.be", 8)
    d = inv.debtor
    sheet.write(20, 42, inv.extras["building"], 9, bold=True)
    sheet.write(20, 47, f"BCE {inv.extras['bce']}", 8)
    sheet.write(20, 52, f"Lot : {inv.extras['lot']}", 8)
    y = 55
    rows = [d.name, *d.street, f"{d.postcode} {d.city}"]
    if d.country != "BE":
        rows.append(COUNTRY_LINES[d.country].upper())
    for row in rows:
        sheet.write(118, y, row, 10)
        y += 5
    y += 3
    if d.phone:
        sheet.write(118, y, f"GSM {people.national(inv.extras['mobile'])}", 8.5)
        y += 4.5
    if d.email:
        sheet.write(118, y, d.email, 8.5)
    sheet.write(20, 92, "DÉCOMPTE ANNUEL DES CHARGES", 13, bold=True)
    sheet.write(20, 98, f"Exercice du {inv.extras['period']}", 9)
    y = 106
    sheet.box(20, y, 170, 12, shade=0.92)
    heads = [("Numéro", inv.number), ("Date", dashed(inv.issue))]
    if d.customer_ref:
        heads.append(("Copropriétaire n°", d.customer_ref))
    heads.append(("Assemblée générale", slashed(inv.issue - dt.timedelta(days=40))))
    for i, (label, value) in enumerate(heads):
        sheet.write(23 + 42 * i, y + 4.5, label, 7)
        sheet.write(23 + 42 * i, y + 9.5, value, 9.5, bold=True)
    y += 22
    for line in inv.lines:
        sheet.write(22, y, line.description, 9.5)
        sheet.write(188, y, german(line.amount), 9.5, align="right")
        y += 6
    sheet.rule(110, y - 2, 190, y - 2)
    y += 4
    rows2 = [("Total de vos charges", german(inv.gross))]
    rows2 += [(ded.label, f"- {german(ded.amount)}") for ded in inv.deductions]
    rows2.append(("Solde en votre défaveur", german(inv.to_pay)))
    for label, value in rows2:
        bold = label.startswith("Solde")
        sheet.write(110, y, label, 9.5, bold=bold)
        sheet.write(188, y, value, 9.5, bold=bold, align="right")
        y += 6
    assert inv.due
    y += 10
    sheet.write(
        20,
        y,
        f"À payer avant le {slashed(inv.due)} sur le compte BE71 0961 2345 6769 "
        f"avec la communication {inv.extras['com']}",
        8.5,
    )
    sheet.write(20, y + 5, "Opérations non soumises à la TVA (art. 44 Code TVA).", 8.5)


LAYOUT = Layout("be_syndic", "BE", "reportlab", 20, invent, draw)
