"""Campsite's yearly pitch invoice to a mobile-home owner: French and Belgian owners, 7 pt seeds."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Line, Party
from tests.parsing.blind5.sheet import FpdfSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day, money
from tests.parsing.blind8.ink import block, row
from tests.parsing.blind9 import folks
from tests.parsing.blind9.desk import deduct, share
from tests.parsing.blind9.wording import fr_money, slash

from ..kit import totals

FEES = (
    ("Redevance annuelle d'emplacement", 2100, 3900, Decimal(10)),
    ("Forfait eau et électricité", 280, 620, Decimal(20)),
    ("Taxe de séjour forfaitaire", 45, 120, Decimal(0)),
    ("Hivernage et raccordement", 90, 240, Decimal(20)),
    ("Badge barrière supplémentaire", 15, 30, Decimal(20)),
)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    belgian = seed % 3 == 1
    if belgian:
        first, last = folks.person(rng, folks.BE_FIRST, folks.BE_LAST)
        name = f"{first} {last}"
        postcode, city = folks.pick(rng, folks.BE_TOWNS)
        street = f"{folks.pick(rng, folks.BE_STREETS)} {rng.randint(1, 160)}"
        phone = folks.phone(rng, "BE")
        printed = folks.international(phone)
        country = "BE"
    else:
        civility, first, last = folks.french_person(rng)
        name = f"{civility} {last.upper()} {first}"
        postcode, city = folks.pick(rng, folks.FR_TOWNS)
        street = folks.french_street(rng)
        phone = folks.phone(rng, "FR")
        printed = folks.national(phone)
        country = "FR"
    email = folks.mail(first, last, "hotmail.com") if seed % 5 != 3 else None
    ref = f"4110{rng.randint(1000, 9999)}"
    party = Party(
        name,
        (street,),
        postcode,
        city,
        country,
        email=email,
        phone=folks.e164(phone),
        customer_ref=ref,
    )
    lines = [
        Line(text, Decimal(1), money(rng, low, high), vat)
        for text, low, high, vat in [FEES[0], *rng.sample(FEES[1:], rng.randint(1, 3))]
    ]
    debit = seed % 5 == 2
    due = issue + dt.timedelta(days=10 if debit else 30)
    number = f"CPD{issue:%y}-{rng.randint(1000, 9999)}"
    invoice = Invoice(number, issue, due, "EUR", party, lines)
    if seed % 4 != 3:
        paid = issue - dt.timedelta(days=rng.randint(30, 90))
        deduct(invoice, f"Acompte versé le {slash(paid)}", share(invoice.gross, 25, 50, rng))
    size = 7.0 if seed % 4 == 0 else 9.0

    sheet = FpdfSheet(path)
    sheet.font("Helvetica", size + 6, bold=True)
    sheet.text(105, 18, "Camping Les Pins Dorés ****", "centre")
    sheet.font("Helvetica", size - 1)
    sheet.text(
        105,
        23,
        "SARL Les Pins Dorés - 140 route de la Corniche, 85470 Brétignolles-sur-Mer",
        "centre",
    )
    sheet.text(
        105,
        27,
        f"Tél. 02 51 90 33 71 - SIRET {folks.siret(rng)} - contact@pinsdores.example",
        "centre",
    )
    sheet.font("Helvetica", size + 1)
    address = [name, street, f"{postcode} {city}"] + (["BELGIQUE"] if belgian else [])
    block(sheet, 115, 44, address, size * 0.55)
    sheet.font("Helvetica", size)
    facts = [
        f"Facture n° {number}",
        f"Date : {slash(issue)}",
        f"Compte client : {ref}",
        f"Emplacement n° {rng.randint(1, 240)} - mobil-home {rng.randint(2008, 2024)}",
        f"Tél. : {printed}",
    ] + ([f"E-mail : {email}"] if email else [])
    block(sheet, 18, 44, facts, size * 0.55)
    sheet.font("Helvetica", size + 3, bold=True)
    sheet.text(18, 84, f"Saison {issue.year + 1} - redevance et charges")
    sheet.font("Helvetica", size)
    y = 94.0
    row(
        sheet,
        y,
        [(18, "Désignation", "left"), (150, "TVA", "right"), (192, "Montant HT", "right")],
    )
    y += size * 0.7
    for line in lines:
        row(
            sheet,
            y,
            [
                (18, line.description, "left"),
                (150, f"{line.vat_rate:g} %", "right"),
                (192, fr_money(line.amount) + " EUR", "right"),
            ],
        )
        y += size * 0.6
    y += 4
    rows = [("Total HT", fr_money(invoice.net) + " EUR")]
    rows += [
        (f"TVA {rate:g} %", fr_money(tax) + " EUR")
        for rate, (_, tax) in invoice.vat_by_rate.items()
        if rate
    ]
    rows.append(("Total TTC", fr_money(invoice.gross) + " EUR"))
    rows += [(d.label, "- " + fr_money(d.amount) + " EUR") for d in invoice.deductions]
    y = totals(sheet, y, rows, 110, 192, size * 0.6)
    sheet.font("Helvetica", size + 1, bold=True)
    row(
        sheet,
        y + 1,
        [(110, "Solde à régler", "left"), (192, fr_money(invoice.to_pay) + " EUR", "right")],
    )
    sheet.font("Helvetica", size)
    y += 12
    if debit:
        sheet.text(18, y, f"Prélevé le {slash(due)} sur le compte du mandat SEPA enregistré.")
    else:
        sheet.text(18, y, f"Solde à régler au plus tard le {slash(due)}.")
    opening = dt.date(issue.year + 1, 4, 1)
    sheet.text(
        18,
        y + size * 0.55,
        f"Ouverture du camping le {slash(opening)} - accès au mobil-home dès cette date.",
    )
    sheet.save()
    return [Piece(invoice)]


LAYOUT = Layout("fr_camping", "FR", "fpdf2", draw)
