"""Luxembourg joinery's invoice: facts and "Échéance" in a right-hand column, runs of two."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Party
from tests.parsing.blind5.sheet import LabSheet, Sheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day
from tests.parsing.blind8.ink import block, row
from tests.parsing.blind9 import folks
from tests.parsing.blind9.desk import Item, deduct, pick_lines, share
from tests.parsing.blind9.wording import eu_money, slash

from ..kit import totals

JOBS = (
    Item("Cuisine équipée chêne massif – fourniture", 4200, 9800, Decimal(17), "forfait", 1),
    Item("Pose de parquet contrecollé", 38, 64, Decimal(17), "m²", 60),
    Item("Portes intérieures laquées", 320, 610, Decimal(17), "pce", 6),
    Item("Dressing sur mesure", 1800, 3900, Decimal(17), "forfait", 1),
    Item("Main-d'œuvre menuisier", 58, 72, Decimal(17), "h", 30),
)
RUNS = (5, 15)


def client(rng: random.Random, seed: int) -> tuple[Party, list[str], list[str]]:
    company = seed % 3 == 2
    first, last = folks.person(rng, folks.FR_MEN + folks.FR_WOMEN, folks.LU_LAST)
    if company:
        name = f"{last} {folks.pick(rng, ('Immobilier', 'Promotions', 'Invest'))} S.à r.l."
    else:
        name = f"{'Madame' if first in folks.FR_WOMEN else 'Monsieur'} {first} {last}"
    postcode, city = folks.pick(rng, folks.LU_TOWNS)
    street = f"{rng.randint(1, 180)}, {folks.pick(rng, folks.LU_STREETS)}"
    phone = folks.phone(rng, "LU")
    email = f"{first[0].lower()}.{last.lower()}@pt.lu" if seed % 4 != 0 else None
    party = Party(
        name,
        (street,),
        postcode,
        city,
        "LU",
        email=email,
        phone=folks.e164(phone),
        customer_ref=f"C{rng.randint(1000, 9999)}",
        business=company,
    )
    contact = [f"GSM : {folks.international(phone)}"] + ([f"E-mail : {email}"] if email else [])
    return party, [name, street, f"{postcode} {city}"], contact


def page(sheet: Sheet, rng: random.Random, seed: int) -> Piece:
    issue = issue_day(rng)
    party, address, contact = client(rng, seed)
    housing = seed % 3 == 0
    lines = pick_lines(rng, JOBS, rng.randint(2, 4))
    if housing:
        lines = [dataclasses.replace(line, vat_rate=Decimal(3)) for line in lines]
    due = issue + dt.timedelta(days=30)
    number = f"F{issue:%y}/{rng.randint(1000, 9999)}"
    invoice = Invoice(number, issue, due, "EUR", party, lines)
    if seed % 2 == 0:
        billed = issue - dt.timedelta(days=rng.randint(25, 80))
        deduct(invoice, f"Acompte facturé le {slash(billed)}", share(invoice.gross, 30, 50, rng))
    sheet.font("DejaVuSansCondensed", 15, bold=True)
    sheet.text(18, 20, "Menuiserie Kieffer & Fils")
    sheet.font("DejaVuSansCondensed", 8)
    block(
        sheet,
        18,
        25,
        [
            "8, Z.I. Op der Héi, L-9809 Hosingen",
            f"TVA {folks.lu_vat_number(rng)} · "
            f"Autorisation d'établissement n° 10{folks.digits(rng, 5)}",
        ],
        3.6,
    )
    sheet.font("DejaVuSansCondensed", 10)
    block(sheet, 18, 50, address, 4.8)
    sheet.font("DejaVuSansCondensed", 8.5)
    block(sheet, 18, 68, contact, 4.2)
    sheet.box(140, 40, 55, 44, grey=0.93)
    facts = [
        ("Facture", number),
        ("Date", slash(issue)),
        ("N° client", party.customer_ref or ""),
        ("Chantier", f"{folks.pick(rng, folks.LU_TOWNS)[1]}"),
        ("Échéance", slash(due)),
    ]
    for index, (label, value) in enumerate(facts):
        sheet.text(143, 46 + 8 * index, label)
        sheet.text(143, 50 + 8 * index, value)
    y = 98.0
    sheet.font("DejaVuSansCondensed", 8.5)
    row(
        sheet,
        y,
        [
            (18, "Désignation", "left"),
            (120, "Quantité", "right"),
            (150, "Prix unitaire", "right"),
            (195, "Montant HT", "right"),
        ],
    )
    y += 6
    for line in lines:
        row(
            sheet,
            y,
            [
                (18, line.description, "left"),
                (120, f"{line.quantity:g} {line.unit}", "right"),
                (150, eu_money(line.unit_price), "right"),
                (195, eu_money(line.amount) + " €", "right"),
            ],
        )
        y += 5
    y += 4
    label = "TVA 3 % (logement, application directe)" if housing else "TVA 17 %"
    rows = [
        ("Total HT", eu_money(invoice.net) + " €"),
        (label, eu_money(invoice.vat) + " €"),
        ("Total TTC", eu_money(invoice.gross) + " €"),
    ]
    rows += [(d.label, "- " + eu_money(d.amount) + " €") for d in invoice.deductions]
    y = totals(sheet, y, rows, 105, 195, 5)
    sheet.font("DejaVuSansCondensed", 10, bold=True)
    row(
        sheet,
        y + 1,
        [(105, "Solde à payer", "left"), (195, eu_money(invoice.to_pay) + " €", "right")],
    )
    sheet.font("DejaVuSansCondensed", 8)
    sheet.text(
        18,
        y + 12,
        f"Virement sur IBAN {folks.iban_of(rng, 'LU', 16)} (BIC BILLLULL) "
        "en rappelant le n° de facture.",
    )
    return Piece(invoice)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    sheet = LabSheet(path)
    pieces = []
    for index in range(2 if seed in RUNS else 1):
        if index:
            sheet.new_page()
        pieces.append(Piece(page(sheet, rng, seed + index).invoice, (index + 1,)))
    sheet.save()
    return pieces


LAYOUT = Layout("lu_menuiserie", "LU", "reportlab", draw)
