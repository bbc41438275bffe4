"""Galway catering-equipment supplier's invoice in English (fpdf2, Times, centred letterhead).

Irish addresses: street, town, "Co. …" county line and the Eircode on its own line (`H91
X2KP`); "INVOICE TO" beside a rival "DELIVER TO"; "Account No." beside "Your Order No."; dates
dd/mm/yyyy and "Due Date 03 Dec 2026"; "Less: payment on account" and a "Balance brought
forward" on some → "TOTAL DUE"; VAT 23 % and 13.5 %; French customers with a FRANCE line and
the reverse charge; two CREDIT NOTEs printed positive (no due date); the debtor's mobile and
e-mail under the address, the sales rep's mobile as a distractor.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Deduction, Invoice, Line, Party
from tests.parsing.blind5.people import english_name, pick
from tests.parsing.blind5.sheet import FpdfSheet

from ..bill import Piece, issue_day, money, write
from ..folks import STREETS_IE, TOWNS_FR, TOWNS_IE, eircode, phone_e164, printed, slug, street_fr
from ..wording import commas, english_short, slashed

VENUES = (
    "The Salthill Kitchen Ltd",
    "Quayside Bistro",
    "Mulberry Café",
    "Corrib House Hotel Ltd",
    "An Bácús Bakery",
    "Harbour Lights Restaurant",
)
GOODS = (
    ("Combi steam oven 10-grid, install incl.", "13.5", 3900, 6400),
    ("Commercial dishwasher, pass-through", "23", 2100, 3800),
    ("Stainless prep table 1800 mm", "23", 380, 620),
    ("Blast chiller service visit", "13.5", 140, 260),
    ("Induction wok hob 5 kW", "23", 790, 1150),
    ("Gastronorm pans 1/1 (box of 6)", "23", 95, 160),
)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    credit = seed in (6, 15)
    due = None if credit else issue + dt.timedelta(days=30)
    french = seed % 7 == 4
    venue = pick(rng, VENUES)
    if french:
        postcode, city = pick(rng, TOWNS_FR)
        street = (street_fr(rng),)
        tail = [f"{postcode} {city}", "FRANCE"]
        country = "FR"
        venue = f"SARL {venue.replace(' Ltd', '')}"
    else:
        key, city, county = pick(rng, TOWNS_IE[3:])
        postcode = eircode(rng, key)
        street = (f"{rng.randint(1, 90)} {pick(rng, STREETS_IE)}",)
        if seed % 3 == 0:
            street = (f"Unit {rng.randint(1, 30)}", street[0])
        tail = [city, county, postcode] if county else [city, postcode]
        country = "IE"
    _, first, last = english_name(rng)
    mobile = phone_e164(rng, country) if seed % 4 != 1 else None
    house = slug(venue.removeprefix("SARL ").removesuffix(" Ltd"))
    email = f"accounts@{house}.{'fr' if french else 'ie'}" if seed % 2 else None
    attention = f"Attn: {first} {last}, Accounts" if seed % 3 == 2 else None
    ref = f"{slug(venue.removeprefix('SARL '))[:4].upper()}{rng.randint(100, 999)}"
    debtor = Party(
        venue,
        street,
        postcode,
        city,
        country,
        attention=attention,
        email=email,
        phone=mobile,
        customer_ref=ref,
    )
    lines = []
    for label, rate, low, high in rng.sample(GOODS, rng.randint(1, 4)):
        lines.append(
            Line(
                label,
                Decimal(rng.randint(1, 3)),
                money(rng, low, high),
                Decimal(0) if french else Decimal(rate),
            )
        )
    number = f"{'CN' if credit else 'INV'}-{rng.randint(20000, 29999)}"
    invoice = Invoice(number, issue, due, "EUR", debtor, lines, credit_note=credit)
    if not credit and seed % 3 == 1:
        invoice.deductions.append(Deduction("Less: payment on account", money(rng, 200, 900)))
    if not credit and seed % 5 == 0:
        invoice.deductions.append(Deduction("Balance brought forward", -money(rng, 80, 600)))

    sheet = FpdfSheet(path)
    sheet.font("Times", 16, bold=True)
    sheet.text(105, 18, "CORRIB CATERING EQUIPMENT LTD", align="centre")
    sheet.font("Times", 8)
    sheet.text(
        105,
        23,
        "Unit 7, Galway Technology Park, Parkmore, Galway H91 A2F6  ·  091 770 412  ·  "
        "sales@corribce.ie",
        align="centre",
    )
    sheet.text(105, 27, "VAT No. IE 6388047V  ·  Registered in Ireland No. 512834", align="centre")
    sheet.rule(15, 30, 195, 30)
    sheet.font("Times", 18, bold=True)
    sheet.text(195, 42, "CREDIT NOTE" if credit else "INVOICE", align="right")
    sheet.font("Times", 8, bold=True)
    sheet.text(15, 40, "INVOICE TO")
    sheet.text(80, 40, "DELIVER TO")
    sheet.font("Times", 9.5)
    block = (venue, *([attention] if attention else []), *street, *tail)
    y = write(sheet, 15, 45, block, 4.3)
    sheet.font("Times", 8.5)
    extra = []
    if mobile:
        extra.append(f"Mob: {printed(mobile, 'international' if french else 'national')}")
    if email:
        extra.append(f"Email: {email}")
    write(sheet, 15, y + 1, extra, 4)
    if french:
        site_postcode, site_city = pick(rng, TOWNS_FR)
        site = (street_fr(rng), f"{site_postcode} {site_city}", "FRANCE")
    else:
        site_key, site_city, _ = pick(rng, TOWNS_IE[3:])
        site = (f"{rng.randint(1, 90)} {pick(rng, STREETS_IE)}", site_city, eircode(rng, site_key))
    write(sheet, 80, 45, (venue, "Goods inwards", *site), 4.3)
    facts = [
        ("Invoice No." if not credit else "Credit Note No.", number),
        ("Date", slashed(issue)),
        ("Account No.", ref),
        ("Your Order No.", f"{rng.randint(4000, 4999)}/{rng.randint(10, 99)}"),
    ]
    if due:
        facts += [("Terms", "30 days"), ("Due Date", english_short(due))]
    y = 48
    for label, value in facts:
        sheet.font("Times", 8)
        sheet.text(145, y, label)
        sheet.font("Times", 9, bold=True)
        sheet.text(195, y, value, align="right")
        y += 4.6
    y = 90
    sheet.box(15, y - 4.5, 180, 6.5, grey=0.88)
    sheet.font("Times", 8.5, bold=True)
    for x, label, align in (
        (17, "Description", "left"),
        (120, "Qty", "right"),
        (145, "Unit €", "right"),
        (165, "VAT %", "right"),
        (193, "Net €", "right"),
    ):
        sheet.text(x, y, label, align=align)
    sheet.font("Times", 9)
    y += 7
    for line in lines:
        sheet.text(17, y, line.description)
        sheet.text(120, y, str(line.quantity), align="right")
        sheet.text(145, y, commas(line.unit_price), align="right")
        sheet.text(165, y, str(line.vat_rate), align="right")
        sheet.text(193, y, commas(line.amount), align="right")
        y += 5
    if credit:
        sheet.text(
            17,
            y + 2,
            f"Credit against invoice INV-{rng.randint(20000, 29999)}: goods returned damaged.",
        )
    if french:
        sheet.text(
            17,
            y + 2,
            "Intra-Community supply: VAT reverse charged to the customer (Art. 196 Directive "
            "2006/112/EC).",
        )
    y += 12
    rows = [("Net total", invoice.net), ("VAT", invoice.vat), ("Invoice total", invoice.gross)]
    rows += [(d.label, -d.amount) for d in invoice.deductions]
    for label, value in rows:
        sheet.text(140, y, label)
        sheet.text(
            193, y, f"€{commas(value)}" if value >= 0 else f"-€{commas(-value)}", align="right"
        )
        y += 5
    sheet.font("Times", 11, bold=True)
    sheet.text(140, y + 2, "TOTAL CREDIT" if credit else "TOTAL DUE")
    sheet.text(193, y + 2, f"€{commas(invoice.to_pay)}", align="right")
    sheet.font("Times", 8)
    write(
        sheet,
        15,
        262,
        (
            "Payment by EFT to Corrib Catering Equipment Ltd, IBAN IE64 IRCE 9205 0112 3456 78, "
            "BIC IRCEIE2D.",
            "Your account manager: Ciarán Folan, 087 914 2236. Please quote your account number "
            "with payment.",
        ),
        4,
    )
    sheet.save()
    return [Piece(invoice)]
