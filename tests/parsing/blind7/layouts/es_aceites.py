"""Andalusian olive-oil mill's export invoice written in French (reportlab, Helvetica).

Number on the title line ("FACTURE N° A26/000412"); "Code client" as a Spanish 430… account
code beside "Votre commande" and a lot number (distractors); the client in a framed box at
the right under "Client :" (French shops and restaurants with a FRANCE line, a few in the
overseas departments, a few Spanish at home with 10 % IVA); dates dd-mm-yyyy; 1.234,56 €;
"Prélèvement (recibo domiciliado) le dd-mm-yyyy" (the due date) on even seeds, "Conditions :
30 jours fin de mois le 10" with no date on odd seeds (truth computed); an acompte deducted
on some; the intra-EU exemption; the transporter's phone as a distractor.
"""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Deduction, Invoice, Line, Party
from tests.parsing.blind5.people import french_name, pick
from tests.parsing.blind5.sheet import LabSheet

from ..bill import Piece, issue_day, money, write
from ..folks import OVERSEAS_FR, STREETS_ES, TOWNS_ES, TOWNS_FR, phone_e164, printed, street_fr
from ..wording import dashed, dots, end_of_month_then

SHOPS = ("Épicerie fine", "Restaurant", "Cave et comptoir", "Traiteur", "Bistrot")
SHOP_NAMES = (
    "La Bastide",
    "Le Comptoir d'Elsa",
    "Saveurs du Sud",
    "L'Olivier bleu",
    "Chez Mariette",
)
OILS = (
    ("Huile d'olive vierge extra Picual, bidon 5 l", 32, 48),
    ("Huile d'olive vierge extra Arbequina, bouteille 75 cl (x6)", 44, 66),
    ("Huile d'olive AOP Sierra Mágina, bouteille 50 cl (x12)", 78, 110),
    ("Olives manzanilla, seau 2 kg", 11, 19),
)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    debit = seed % 2 == 0
    terms = "Conditions : 30 jours fin de mois le 10"
    due = issue.replace(day=min(issue.day + 20, 28)) if debit else end_of_month_then(issue, 30, 10)
    if due <= issue:
        due = end_of_month_then(issue, 0, 5)
    civility, first, last = french_name(rng)
    kind = seed % 10
    if kind in (3, 8):
        country = "ES"
        name = f"{pick(rng, ('Restaurante', 'Ultramarinos'))} {last} S.L."
        postcode, city = pick(rng, TOWNS_ES)
        street = (f"{pick(rng, STREETS_ES)}, {rng.randint(1, 140)}",)
        town_line = f"{postcode} {city}"
        rate = Decimal(10)
    else:
        country = "FR"
        name = f"{pick(rng, SHOPS)} {pick(rng, SHOP_NAMES)}"
        postcode, city = pick(rng, OVERSEAS_FR) if kind == 5 else pick(rng, TOWNS_FR)
        street = (street_fr(rng),)
        town_line = f"{postcode} {city}"
        rate = Decimal(0)
    tel = phone_e164(rng, country) if seed % 4 != 3 and kind != 5 else None
    ref = f"4300{rng.randint(1000, 9999)}"
    attention = f"À l'att. de {civility} {first} {last}" if seed % 3 == 0 else None
    debtor = Party(
        name, street, postcode, city, country, phone=tel, customer_ref=ref, attention=attention
    )
    lines = [
        Line(label, Decimal(rng.randint(2, 40)), money(rng, low, high), rate)
        for label, low, high in rng.sample(OILS, rng.randint(2, 4))
    ]
    lines.append(Line("Port et emballage (palette)", Decimal(1), money(rng, 45, 160), rate))
    number = f"A{issue:%y}/{rng.randint(1, 4000):06d}"
    invoice = Invoice(number, issue, due, "EUR", debtor, lines)
    if seed % 5 == 1:
        invoice.deductions.append(
            Deduction("Acompte versé à la commande", Decimal(rng.choice((200, 300, 500))))
        )

    sheet = LabSheet(path)
    sheet.font("Helvetica", 14, bold=True)
    sheet.text(18, 20, "ACEITES SIERRA DE JÓDAR, S.L.")
    sheet.font("Helvetica", 7.5)
    write(
        sheet,
        18,
        26,
        (
            "Carretera de Úbeda, km 3 – 23500 Jódar (Jaén) – España",
            "NIF B23415706 – Tél. +34 953 78 21 40 – pedidos@aceitesjodar.es",
        ),
        3.8,
    )
    sheet.font("Helvetica", 15, bold=True)
    sheet.text(18, 46, f"FACTURE N° {number}")
    sheet.font("Helvetica", 8.5)
    write(
        sheet,
        18,
        54,
        (
            f"Date : {dashed(issue)}",
            f"Code client : {ref}",
            f"Votre commande : {pick(rng, ('tél.', 'courriel', 'salon'))} du "
            f"{dashed(issue.replace(day=1))}",
            f"Lot : L{issue:%y}{rng.randint(100, 999)}",
        ),
        4.5,
    )
    sheet.box(110, 40, 82, 38)
    sheet.font("Helvetica", 7, bold=True)
    sheet.text(113, 45, "Client :")
    sheet.font("Helvetica", 9.5)
    block = [name, *([attention] if attention else []), *street, town_line]
    block.append("ESPAÑA" if country == "ES" else "FRANCE")
    y = write(sheet, 113, 50.5, block, 4.4)
    if tel:
        sheet.font("Helvetica", 8)
        sheet.text(113, y, f"Tél. : {printed(tel, 'international')}")
    y = 92
    sheet.font("Helvetica", 7.5, bold=True)
    for x, label, align in (
        (18, "Désignation", "left"),
        (128, "Qté", "right"),
        (152, "Prix unit.", "right"),
        (166, "IVA", "right"),
        (192, "Montant", "right"),
    ):
        sheet.text(x, y, label, align=align)
    sheet.rule(18, y + 1.5, 192, y + 1.5)
    sheet.font("Helvetica", 8)
    y += 6
    for line in lines:
        sheet.text(18, y, line.description)
        sheet.text(128, y, str(line.quantity), align="right")
        sheet.text(152, y, f"{dots(line.unit_price)} €", align="right")
        sheet.text(166, y, f"{line.vat_rate}%", align="right")
        sheet.text(192, y, f"{dots(line.amount)} €", align="right")
        y += 5
    y += 7
    rows = [
        ("Base imposable", invoice.net),
        (f"IVA {rate} %", invoice.vat),
        ("Total facture", invoice.gross),
    ]
    rows += [(d.label, -d.amount) for d in invoice.deductions]
    for label, value in rows:
        sheet.text(120, y, label)
        sheet.text(192, y, f"{dots(value)} €", align="right")
        y += 5
    sheet.font("Helvetica", 10, bold=True)
    sheet.text(120, y + 2, "NET À PAYER")
    sheet.text(192, y + 2, f"{dots(invoice.to_pay)} €", align="right")
    sheet.font("Helvetica", 8)
    y += 14
    if debit:
        sheet.text(18, y, f"Prélèvement (recibo domiciliado) le {dashed(due)} sur votre compte.")
    else:
        sheet.text(18, y, f"{terms}, par virement.")
    if rate == 0 and city not in {c for _, c in OVERSEAS_FR}:
        sheet.text(
            18,
            y + 5,
            "Livraison intracommunautaire exonérée de TVA (art. 25 Ley 37/1992) – autoliquidation.",
        )
    elif rate == 0:
        sheet.text(18, y + 5, "Exportation exonérée de TVA (art. 21 Ley 37/1992).")
    sheet.text(
        18, y + 10, "Transport : Transportes Mágina, tél. +34 953 12 04 77, livraison sous 5 jours."
    )
    sheet.font("Helvetica", 6.5)
    sheet.text(
        18,
        282,
        "IBAN ES91 2100 0418 4502 0005 1332 – Inscrite au Registre du commerce de Jaén, tome "
        "412, folio 88.",
    )
    sheet.save()
    return [Piece(invoice, terms=None if debit else terms)]
