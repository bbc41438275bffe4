"""Heating engineer's invoice after an installation: deposit paid, escompte date, instalments."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Party
from tests.parsing.blind5.sheet import FpdfSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day
from tests.parsing.blind8.ink import block, row

from .. import folks
from ..desk import Column, Item, deduct, lines_table, pick_lines, quantity, rate, vat_rows
from ..wording import fr_money, slash

WORKS = (
    Item("Chaudière gaz à condensation 25 kW", 2400, 3900, Decimal("5.5"), "u", 1),
    Item("Pompe à chaleur air/eau 8 kW", 6200, 9800, Decimal("5.5"), "u", 1),
    Item("Ballon thermodynamique 200 L", 1300, 2100, Decimal("5.5"), "u", 1),
    Item("Radiateur acier 1500 W", 180, 320, Decimal("10"), "u", 6),
    Item("Main d'œuvre pose et raccordement", 52, 68, Decimal("10"), "h", 16),
    Item("Mise en service et réglages", 90, 160, Decimal("10"), "forfait", 1),
    Item("Désembouage du circuit", 280, 450, Decimal("10"), "forfait", 1),
    Item("Robinet thermostatique", 28, 55, Decimal("20"), "u", 8),
    Item("Évacuation et recyclage ancien matériel", 60, 120, Decimal("20"), "forfait", 1),
    Item("Vase d'expansion 18 L", 45, 80, Decimal("20"), "u", 1),
    Item("Tube multicouche 16 mm", 3, 6, Decimal("10"), "m", 40),
    Item("Raccords et petites fournitures", 40, 95, Decimal("10"), "lot", 1),
)
EXTRA = tuple(
    Item(f"Radiateur acier {watts} W – pièce {room}", 160, 340, Decimal("10"), "u", 2)
    for watts, room in (
        (1000, "chambre 1"),
        (1250, "chambre 2"),
        (750, "salle d'eau"),
        (2000, "séjour"),
        (1500, "bureau"),
        (1000, "chambre 3"),
        (500, "WC"),
        (1750, "cuisine"),
        (1250, "entrée"),
        (2000, "véranda"),
    )
)


def euros(amount: Decimal) -> str:
    return fr_money(amount) + " €"


def debtor_of(rng: random.Random, seed: int) -> tuple[Party, list[str], str]:
    phone = folks.phone(rng, "FR", mobile=seed % 3 != 0)
    ref = f"CLT{rng.randint(1000, 9999)}"
    if seed % 4 == 1:
        name = f"SCI {folks.pick(rng, ('Les Tilleuls', 'Du Moulin Vert', 'Kerjean Patrimoine'))}"
        att = f"À l'attention de M. {folks.pick(rng, folks.FR_LAST)}"
        street = [f"ZA de {folks.pick(rng, ('Kerivin', 'la Garenne'))}", folks.french_street(rng)]
        if seed in (1, 9):
            postcode, city = folks.FR_CEDEX[seed % 4]
            box = f"CS {rng.randint(10000, 99999)}"
        else:
            postcode, city = folks.pick(rng, folks.FR_TOWNS)
            box = f"BP {rng.randint(10, 999)}"
        email = f"gestion@sci-{rng.randint(10, 99)}.fr"
        party = Party(
            name,
            tuple(street),
            postcode,
            city,
            "FR",
            attention=att,
            box=box,
            email=email,
            phone=folks.e164(phone),
            customer_ref=ref,
            business=True,
        )
        lines = [name, att, *street, box, f"{postcode} {city}"]
    else:
        civility, first, last = folks.french_person(rng)
        postcode, city = folks.pick(rng, folks.FR_TOWNS)
        street = [folks.french_street(rng)]
        email = folks.mail(first, last, "free.fr") if seed % 2 == 0 else None
        party = Party(
            f"{civility} {first} {last}",
            tuple(street),
            postcode,
            city,
            "FR",
            email=email,
            phone=folks.e164(phone),
            customer_ref=ref,
        )
        lines = [party.name, *street, f"{postcode} {city}"]
    return party, lines, folks.national(phone)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    debtor, address, phone = debtor_of(rng, seed)
    long = seed in (6, 16)
    lines = pick_lines(rng, WORKS, rng.randint(4, 7))
    if long:
        lines += pick_lines(rng, EXTRA, 10) + pick_lines(rng, WORKS, 12)
    number = f"F{issue:%Y}-{rng.randint(100, 999):04d}"
    due = issue + dt.timedelta(days=30)
    invoice = Invoice(number, issue, due, "EUR", debtor, lines)
    paid = (invoice.gross * Decimal("0.3")).quantize(Decimal("1"))
    paid_on = issue - dt.timedelta(days=rng.randint(20, 60))
    deduct(invoice, f"Acompte versé le {slash(paid_on)} (chèque n° {folks.digits(rng, 7)})", paid)
    schedule = seed % 5 == 2
    if schedule:
        invoice.due = issue + dt.timedelta(days=10)

    sheet = FpdfSheet(path)
    sheet.font("DejaVuSans", 14, bold=True)
    sheet.text(15, 20, "THERMI'CONFORT")
    sheet.font("DejaVuSans", 7)
    block(
        sheet,
        15,
        25,
        [
            "Chauffage – Plomberie – Énergies renouvelables",
            "Parc d'activités du Vern, 29200 Brest",
            "Tél. 02 98 41 22 70",
            f"SIRET {folks.siret(rng)} – RGE QualiPAC",
        ],
        3.2,
    )
    sheet.font("DejaVuSans", 16, bold=True)
    sheet.text(195, 20, "FACTURE", "right")
    sheet.font("DejaVuSans", 7)
    sheet.box(110, 27, 85, 14, grey=0.92)
    row(
        sheet,
        31,
        [
            (112, "Facture n°", "left"),
            (137, "Date", "left"),
            (157, "Code client", "left"),
            (178, "Tél. client", "left"),
        ],
    )
    sheet.font("DejaVuSans", 7.5, bold=True)
    row(
        sheet,
        37,
        [
            (112, number, "left"),
            (137, slash(issue), "left"),
            (157, debtor.customer_ref or "", "left"),
            (178, phone, "left"),
        ],
    )
    sheet.font("DejaVuSans", 7)
    sheet.text(15, 52, "FACTURÉ À")
    sheet.font("DejaVuSans", 9)
    y = block(sheet, 15, 57, address, 4.2)
    sheet.font("DejaVuSans", 7)
    if debtor.email:
        sheet.text(15, y, f"E-mail : {debtor.email}")
    site_city = folks.pick(rng, folks.FR_TOWNS)
    tech = folks.phone(rng, "FR")
    block(
        sheet,
        110,
        52,
        [
            "ADRESSE D'INTERVENTION",
            f"Lieu-dit {folks.pick(rng, ('Ker Huel', 'Le Quinquis'))}",
            f"{site_city[0]} {site_city[1]}",
            f"Technicien : {folks.pick(rng, folks.FR_MEN)} – {folks.national(tech)}",
            f"Devis n° D{issue:%y}-{rng.randint(100, 999)} accepté le "
            f"{slash(issue - dt.timedelta(days=75))}",
        ],
        3.6,
    )
    columns = [
        Column(15, "Désignation", "left", lambda line: line.description),
        Column(118, "Qté", "right", quantity),
        Column(128, "Unité", "left", lambda line: line.unit),
        Column(160, "P.U. HT", "right", lambda line: euros(line.unit_price)),
        Column(172, "TVA", "right", rate),
        Column(195, "Total HT", "right", lambda line: euros(line.amount)),
    ]
    first = lines[:18] if long else lines
    y = lines_table(sheet, 90, columns, first, 4.6)
    pages: tuple[int, ...] = (1,)
    if long:
        sheet.text(195, 285, "Suite page 2/2", "right")
        sheet.new_page()
        sheet.text(15, 15, f"Facture n° {number} – page 2/2")
        y = lines_table(sheet, 25, columns, lines[18:], 4.6)
        pages = (1, 2)
    sheet.rule(15, y, 195, y)
    y += 6
    rows = [
        ("Total HT", euros(invoice.net)),
        *vat_rows(invoice, euros),
        ("Total TTC", euros(invoice.gross)),
    ]
    rows += [(d.label, euros(-d.amount)) for d in invoice.deductions]
    for label, value in rows:
        row(sheet, y, [(100, label, "left"), (195, value, "right")])
        y += 4.4
    sheet.font("DejaVuSans", 9, bold=True)
    row(sheet, y + 1, [(100, "NET À PAYER", "left"), (195, euros(invoice.to_pay), "right")])
    sheet.font("DejaVuSans", 7)
    y += 10
    if schedule:
        parts = [invoice.to_pay - 2 * (invoice.to_pay / 3).quantize(Decimal("0.01"))]
        parts += [(invoice.to_pay / 3).quantize(Decimal("0.01"))] * 2
        sheet.text(15, y, "Règlement en 3 échéances sans frais :")
        for index, part in enumerate(parts):
            when = invoice.due + dt.timedelta(days=30 * index)
            sheet.text(20, y + 4 * (index + 1), f"{index + 1}/3 le {slash(when)} : {euros(part)}")
        y += 18
    else:
        sheet.text(15, y, f"Échéance : {slash(due)}")
        discount = (invoice.to_pay * Decimal("0.02")).quantize(Decimal("0.01"))
        early = issue + dt.timedelta(days=8)
        sheet.text(
            15, y + 4, f"Escompte 2 % si règlement avant le {slash(early)} : {euros(discount)}"
        )
        y += 8
    sheet.text(
        15,
        y + 2,
        "Pénalités de retard : 3 fois le taux d'intérêt légal ; "
        "indemnité forfaitaire de recouvrement : 40 €.",
    )
    sheet.save()
    return [Piece(invoice, pages)]


LAYOUT = Layout("fr_chauffagiste", "FR", "fpdf2", draw)
