"""Judo club's family membership invoice: three members, Pass'Sport, debits, runs of two."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Line, Party
from tests.parsing.blind5.sheet import FpdfSheet, Sheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day, money
from tests.parsing.blind8.ink import block, row
from tests.parsing.blind9 import folks
from tests.parsing.blind9.desk import deduct
from tests.parsing.blind9.wording import fr_long, fr_money, slash

from ..kit import LOIRE, instalments, monthly, totals

KIDS = ("Lilou", "Timéo", "Maëlys", "Noa", "Célestin", "Anouk", "Gabin")
RUNS = (4, 14)


def family(rng: random.Random, seed: int) -> tuple[Party, list[str], list[str]]:
    civility, first, last = folks.french_person(rng)
    name = f"M. et Mme {last}" if seed % 3 == 2 else f"{civility} {first} {last}"
    postcode, city = folks.pick(rng, LOIRE)
    street = [folks.french_street(rng)]
    if seed % 4 == 1:
        street.insert(
            0, f"Résidence {folks.pick(rng, ('Les Tilleuls', 'Le Clos Fleuri', 'Val de Cher'))}"
        )
    phone = folks.phone(rng, "FR")
    email = folks.mail(first, last, "laposte.net")
    party = Party(
        name,
        tuple(street),
        postcode,
        city,
        "FR",
        email=email,
        phone=folks.e164(phone),
        customer_ref=f"F{rng.randint(100, 999)}-{rng.randint(10, 99)}",
    )
    printed = folks.dotted(phone) if seed % 2 else folks.international(phone)
    contact = ["Contact facturation", f"Tél. {printed}", email]
    return party, [name, *street, f"{postcode} {city.upper()}"], contact


def page(sheet: Sheet, rng: random.Random, seed: int, issue: dt.date) -> Piece:
    party, address, contact = family(rng, seed)
    last = party.name.split()[-1]
    members = [folks.pick(rng, folks.FR_WOMEN + folks.FR_MEN), *rng.sample(KIDS, 2)]
    lines = [
        Line(
            f"Cotisation + licence FFJDA – {m} {last}", Decimal(1), money(rng, 150, 230), Decimal(0)
        )
        for m in members
    ]
    lines.append(
        Line("Réduction famille (3e adhérent)", Decimal(1), -money(rng, 30, 60), Decimal(0))
    )
    debits = seed % 2 == 0
    first_debit = dt.date(issue.year, issue.month, 5) + dt.timedelta(days=31)
    first_debit = first_debit.replace(day=5)
    due = first_debit if debits else issue + dt.timedelta(days=20)
    number = f"JC-{issue:%Y}-{rng.randint(1000, 9999)}"
    invoice = Invoice(number, issue, due, "EUR", party, lines)
    if seed % 3 == 0:
        deduct(invoice, "Pass'Sport (État) – 2 × 50,00 €", Decimal(100))
    if seed % 5 == 1:
        deduct(invoice, "Coupons Sport ANCV reçus", Decimal(rng.choice((40, 60, 80))))

    sheet.font("DejaVuSans", 14, bold=True)
    sheet.text(20, 20, "Judo Club du Val de Loire")
    sheet.font("DejaVuSans", 7.5)
    block(
        sheet,
        20,
        25,
        [
            "Association loi 1901 · Dojo municipal, 2 allée du Stade, 37400 Amboise",
            "Affiliée FFJDA · 02 47 30 18 64 · tresorier@judo-valdeloire.example",
        ],
        3.4,
    )
    sheet.font("DejaVuSans", 10)
    block(sheet, 20, 48, address, 4.8)
    sheet.font("DejaVuSans", 8.5)
    sheet.box(120, 43, 75, 19)
    block(sheet, 123, 48, contact, 4.4)
    sheet.font("DejaVuSans", 12, bold=True)
    sheet.text(20, 78, f"FACTURE COTISATIONS n° {number}")
    sheet.font("DejaVuSans", 8.5)
    sheet.text(20, 84, f"Émise le {fr_long(issue)} – saison sportive {issue.year}-{issue.year + 1}")
    cells = (("N° famille", party.customer_ref), ("Adhérents", "3"), ("Dojo", "Amboise"))
    for index, (label, value) in enumerate(cells):
        sheet.box(20 + 40 * index, 88, 40, 11)
        sheet.text(22 + 40 * index, 92, label)
        sheet.text(22 + 40 * index, 97, value)
    y = 110.0
    row(sheet, y, [(20, "Adhérent / prestation", "left"), (195, "Montant", "right")])
    y += 6
    for line in lines:
        row(
            sheet, y, [(20, line.description, "left"), (195, fr_money(line.amount) + " €", "right")]
        )
        y += 5
    y += 3
    rows = [("Total cotisations", fr_money(invoice.gross) + " €")]
    rows += [(d.label, "-" + fr_money(d.amount) + " €") for d in invoice.deductions]
    y = totals(sheet, y, rows, 110, 195, 5)
    sheet.font("DejaVuSans", 10, bold=True)
    row(
        sheet,
        y + 1,
        [(110, "Reste à régler", "left"), (195, fr_money(invoice.to_pay) + " €", "right")],
    )
    sheet.font("DejaVuSans", 8.5)
    y += 12
    if debits:
        dates = monthly(first_debit, 3)
        parts = instalments(invoice.to_pay, 3)
        sheet.text(20, y, "Échéancier – 3 prélèvements SEPA :")
        for index, (day, part) in enumerate(zip(dates, parts, strict=True)):
            sheet.text(
                24,
                y + 5 + 4.5 * index,
                f"Prélèvement {index + 1} le {slash(day)} : {fr_money(part)} €",
            )
    else:
        sheet.text(20, y, f"À régler avant le {slash(due)} (chèque, virement ou espèces au dojo).")
    sheet.font("DejaVuSans", 7)
    sheet.text(20, 280, "TVA non applicable, article 261-7-1° du CGI.")
    return Piece(invoice)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    sheet = FpdfSheet(path)
    pieces = []
    for index in range(2 if seed in RUNS else 1):
        if index:
            sheet.new_page()
        piece = page(sheet, rng, seed + index, issue)
        pieces.append(Piece(piece.invoice, (index + 1,)))
    sheet.save()
    return pieces


LAYOUT = Layout("fr_club_judo", "FR", "fpdf2", draw)
