"""Luxembourg cleaning company's monthly contract invoice: debit date, contact box, runs of two."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Line, Party
from tests.parsing.blind5.sheet import FpdfSheet, Sheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day, money
from tests.parsing.blind8.ink import block, row

from .. import folks
from ..wording import dotted, eu_money, fr_long

TASKS = (
    ("Nettoyage des bureaux – forfait mensuel", 600, 2400),
    ("Nettoyage des vitres", 120, 480),
    ("Entretien des sanitaires", 150, 520),
    ("Fourniture de consommables", 40, 190),
    ("Shampoing moquette", 180, 640),
    ("Remise en état après travaux", 300, 900),
)
RUNS = (6, 16)


def client(rng: random.Random, seed: int) -> tuple[Party, list[str], str]:
    france = seed % 5 == 3
    kind = folks.pick(rng, ("S.à r.l.", "S.A.", "SCS"))
    trade = folks.pick(rng, ("Conseil", "Logistique", "Immobilier", "Assurances"))
    name = f"{folks.pick(rng, folks.LU_LAST)} {trade} {kind}"
    if france:
        postcode, city = folks.pick(rng, folks.FR_NEAR_LU)
        street = folks.french_street(rng)
        country = "FR"
        phone = folks.phone(rng, "FR", mobile=False)
    else:
        postcode, city = folks.pick(rng, folks.LU_TOWNS)
        street = f"{rng.randint(1, 180)}, {folks.pick(rng, folks.LU_STREETS)}"
        country = "LU"
        phone = folks.phone(rng, "LU", mobile=seed % 2 == 0)
    first, last = folks.person(rng, folks.FR_MEN + folks.FR_WOMEN, folks.LU_LAST)
    email = f"{first[0].lower()}.{last.lower()}@{name.split()[0].lower()}.lu"
    ref = f"{rng.randint(1, 9)}{folks.digits(rng, 4)}"
    party = Party(
        name,
        (street,),
        postcode,
        city,
        country,
        email=email,
        phone=folks.e164(phone),
        customer_ref=ref,
        business=True,
    )
    lines = [name, street, f"{postcode} {city}"] + (["FRANCE"] if france else [])
    return party, lines, folks.international(phone)


def page(sheet: Sheet, rng: random.Random, seed: int, issue: dt.date) -> Invoice:
    debtor, address, phone = client(rng, seed)
    lines = [
        Line(text, Decimal(1), money(rng, low, high), Decimal(17))
        for text, low, high in rng.sample(TASKS, rng.randint(2, 4))
    ]
    sepa = seed % 3 != 2
    due = issue + dt.timedelta(days=10 if sepa else 30)
    number = f"{issue:%Y}/{rng.randint(1000, 9999)}"
    invoice = Invoice(number, issue, due, "EUR", debtor, lines)
    sheet.font("DejaVuSansCondensed", 14, bold=True)
    sheet.text(15, 20, "Propreté Moselle-Alzette S.à r.l.")
    sheet.font("DejaVuSansCondensed", 7.5)
    block(
        sheet,
        15,
        25,
        [
            "Nettoyage professionnel – bureaux, commerces, copropriétés",
            "23, rue de Luxembourg, L-4220 Esch-sur-Alzette – Tél. +352 54 12 80",
            f"TVA {folks.lu_vat_number(rng)} – RCS B{rng.randint(10000, 99999)}",
        ],
        3.4,
    )
    sheet.font("DejaVuSansCondensed", 6)
    sheet.text(
        115, 44, "Propreté Moselle-Alzette · 23, rue de Luxembourg · L-4220 Esch-sur-Alzette"
    )
    sheet.font("DejaVuSansCondensed", 10)
    block(sheet, 115, 50, address, 4.6)
    sheet.box(15, 46, 80, 26)
    sheet.font("DejaVuSansCondensed", 8)
    block(
        sheet,
        18,
        51,
        [
            "Votre contact enregistré",
            f"N° client : {debtor.customer_ref}",
            f"Téléphone : {phone}",
            f"E-mail : {debtor.email}",
        ],
        4.6,
    )
    sheet.font("DejaVuSansCondensed", 12, bold=True)
    sheet.text(15, 86, f"Facture n° {number}")
    sheet.font("DejaVuSansCondensed", 8.5)
    month = issue.replace(day=1) - dt.timedelta(days=1)
    sheet.text(
        15,
        92,
        f"Date de facture : {dotted(issue)} – prestations de {fr_long(month).split(' ', 1)[1]}",
    )
    sheet.text(
        15,
        97,
        f"Contrat n° CT-{rng.randint(100, 999)} – site : {folks.pick(rng, folks.LU_STREETS)}, "
        f"{folks.pick(rng, folks.LU_TOWNS)[1]}",
    )
    y = 108.0
    row(sheet, y, [(15, "Prestation", "left"), (195, "Montant HT (EUR)", "right")])
    y += 6
    for line in invoice.lines:
        row(sheet, y, [(15, line.description, "left"), (195, eu_money(line.amount), "right")])
        y += 5
    sheet.rule(15, y, 195, y)
    y += 6
    for label, value in (("Total HT", invoice.net), ("TVA 17 %", invoice.vat)):
        row(sheet, y, [(120, label, "left"), (195, eu_money(value) + " EUR", "right")])
        y += 5
    sheet.font("DejaVuSansCondensed", 10, bold=True)
    row(
        sheet,
        y + 1,
        [(120, "Total TTC à payer", "left"), (195, eu_money(invoice.to_pay) + " EUR", "right")],
    )
    sheet.font("DejaVuSansCondensed", 8.5)
    y += 14
    if sepa:
        sheet.text(15, y, f"Date de prélèvement : {dotted(due)} (domiciliation SEPA B2B)")
    else:
        sheet.text(15, y, f"Payable à 30 jours, soit au plus tard le {dotted(due)}")
    sheet.text(15, y + 5, f"IBAN {folks.iban_of(rng, 'LU', 16)} – BIC BCEELULL")
    chef = folks.phone(rng, "LU")
    sheet.text(15, y + 10, f"Chef d'équipe du site : {folks.international(chef)}")
    return invoice


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    sheet = FpdfSheet(path)
    pieces = []
    for index in range(2 if seed in RUNS else 1):
        if index:
            sheet.new_page()
        pieces.append(Piece(page(sheet, rng, seed + index, issue), (index + 1,)))
    sheet.save()
    return pieces


LAYOUT = Layout("lu_nettoyage", "LU", "fpdf2", draw)
