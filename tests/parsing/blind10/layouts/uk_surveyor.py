"""Chartered surveyors' fee invoice in the Welsh Marches: Our ref / Your ref, terms in days."""

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
from tests.parsing.blind9.desk import deduct
from tests.parsing.blind9.wording import en_money, uk_long

from ..kit import SHROPSHIRE, gb_vat_number, totals

SERVICES = (
    ("RICS Level 3 Building Survey", 650, 1450),
    ("Schedule of condition", 280, 720),
    ("Party wall award (adjoining owner)", 900, 1600),
    ("Valuation for probate purposes", 350, 900),
    ("Measured survey and floor plans", 240, 680),
    ("Travel and mileage", 30, 110),
)
CREDITS = (6, 16)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    first, last = folks.person(rng, folks.UK_FIRST, folks.UK_LAST)
    title = "Mrs" if first in ("Philippa", "Jocasta", "Morwenna", "Eleanor") else "Mr"
    name = f"{title} {first} {last}" if seed % 2 == 0 else f"{title} {first[0]} {last}"
    town, county, outward = folks.pick(rng, SHROPSHIRE)
    postcode = folks.uk_postcode(rng, outward)
    street = [f"{rng.randint(1, 98)} {folks.pick(rng, folks.UK_STREETS)}"]
    if seed % 3 == 0:
        street.insert(0, folks.pick(rng, folks.UK_HOUSES))
    phone = folks.phone(rng, "GB", mobile=seed % 5 != 4)
    email = folks.mail(first, last, "btinternet.com") if seed % 4 != 3 else None
    ref = f"{rng.randint(30000, 39999)}"
    party = Party(
        name,
        tuple(street),
        postcode,
        town.upper() if seed % 2 else town,
        "GB",
        county=county,
        email=email,
        phone=folks.e164(phone),
        customer_ref=ref,
    )
    credit = seed in CREDITS
    lines = [
        Line(text, Decimal(1), money(rng, low, high), Decimal(20))
        for text, low, high in rng.sample(SERVICES, 1 if credit else rng.randint(2, 4))
    ]
    in_days = seed % 2 == 1
    due = None if credit else issue + dt.timedelta(days=14)
    number = f"{'CN' if credit else 'INV'}-{rng.randint(10000, 99999)}"
    invoice = Invoice(number, issue, due, "GBP", party, lines, credit_note=credit)
    if not credit and seed % 3 == 1:
        deduct(invoice, "Less: payment on account received", money(rng, 150, 400))

    sheet = FpdfSheet(path)
    sheet.font("Helvetica", 16, bold=True)
    sheet.text(20, 20, "Marcher Hartley LLP")
    sheet.font("Helvetica", 8.5)
    block(
        sheet,
        20,
        26,
        [
            "Chartered Surveyors - Regulated by RICS",
            "The Old Bank, 7 Wyle Cop, Shrewsbury SY1 1XB - 01743 360 412",
            f"VAT Reg. No. {gb_vat_number(rng)}",
        ],
        4,
    )
    sheet.font("Helvetica", 10)
    lines_out = [party.name, *street, party.city, county, postcode]
    block(sheet, 20, 50, lines_out, 4.8)
    sheet.font("Helvetica", 8.5)
    contact = ["Your contact details", f"Tel: {folks.national(phone)}"]
    if email:
        contact.append(f"Email: {email}")
    block(sheet, 120, 50, contact, 4.6)
    sheet.font("Helvetica", 14, bold=True)
    sheet.text(20, 88, "CREDIT NOTE" if credit else "INVOICE")
    sheet.font("Helvetica", 9)
    initials = "".join(
        w[0] for w in folks.pick(rng, ("Jane Tudor", "Owen Price", "Ruth Lacey")).split()
    )
    facts = [
        ("Number", number),
        ("Date", uk_long(issue)),
        ("Client No", ref),
        ("Our ref", f"MH/{issue:%y}/{rng.randint(100, 999)}/{initials}"),
        ("Your ref", f"{folks.pick(rng, ('Survey', 'Valuation', 'Party wall'))} - {street[-1]}"),
    ]
    for index, (label, value) in enumerate(facts):
        row(sheet, 96 + 4.8 * index, [(20, label, "left"), (50, value, "left")])
    y = 128.0
    row(sheet, y, [(20, "Description", "left"), (190, "Amount", "right")])
    y += 6
    for line in lines:
        row(sheet, y, [(20, line.description, "left"), (190, en_money(line.amount, "£"), "right")])
        y += 5
    y += 3
    rows = [
        ("Fees", en_money(invoice.net, "£")),
        ("VAT at 20%", en_money(invoice.vat, "£")),
        ("Total", en_money(invoice.gross, "£")),
    ]
    rows += [(d.label, en_money(-d.amount, "£")) for d in invoice.deductions]
    y = totals(sheet, y, rows, 120, 190, 5)
    sheet.font("Helvetica", 10, bold=True)
    closing = "Total credited" if credit else "Balance due"
    row(sheet, y + 1, [(120, closing, "left"), (190, en_money(invoice.to_pay, "£"), "right")])
    sheet.font("Helvetica", 8.5)
    y += 14
    terms = None
    if credit:
        original = f"INV-{rng.randint(10000, 99999)}"
        sheet.text(20, y, f"This credit note is issued against invoice {original}.")
    elif in_days:
        terms = "Payment due within 14 days of the invoice date"
        sheet.text(20, y, f"{terms}.")
    else:
        sheet.text(20, y, f"Payment due by {uk_long(due)}.")
    sheet.text(
        20,
        y + 5,
        f"Bank: Lloyds - Sort code 30-96-{rng.randint(10, 99)} - Account {folks.digits(rng, 8)}",
    )
    sheet.save()
    return [Piece(invoice, terms=terms)]


LAYOUT = Layout("uk_surveyor", "GB", "fpdf2", draw)
