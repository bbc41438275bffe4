"""An Ontario renovation contractor's invoice in English, HST 13 %, Bill To beside Job Site."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from .. import people
from ..sheet import Sheet
from ..wording import dollars, long_us, short_us
from .base import Layout, issued, money

TOWNS = (
    ("Toronto", "M4C", "416"),
    ("Hamilton", "L8P", "905"),
    ("Ottawa", "K1S", "613"),
    ("London", "N6A", "519"),
    ("Kingston", "K7L", "613"),
    ("Guelph", "N1H", "519"),
    ("Barrie", "L4M", "705"),
    ("Oakville", "L6J", "905"),
)
STREETS = (
    "Danforth Ave",
    "Queen St E",
    "Bank St",
    "Wellington Rd",
    "King St W",
    "Elm Grove Rd",
    "Lakeshore Blvd W",
    "Maple Crescent",
)
WORK = (
    ("Drywall install and taping", "sq ft", 2.4),
    ("Framing labour", "hr", 68),
    ("Tile - supply and install", "sq ft", 14.5),
    ("Electrical rough-in (licensed ECRA)", "hr", 95),
    ("Disposal bin 14 yd", "ea", 480),
    ("Baseboard and trim", "lin ft", 7.25),
)


def postal(rng: random.Random, fsa: str) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa} {rng.randrange(10)}{rng.choice(letters)}{rng.randrange(10)}"


def invent(rng: random.Random, seed: int) -> Invoice:
    first, last = rng.choice(people.FIRST), rng.choice(people.LAST)
    town, fsa, area = rng.choice(TOWNS)
    street = [f"{rng.randrange(10, 2999)} {rng.choice(STREETS)}"]
    if seed % 3 == 0:
        street = (
            [f"Unit {rng.randrange(2, 40)}", street[0]]
            if seed % 2
            else [f"{street[0]}, Suite {rng.randrange(100, 900)}"]
        )
    cell = people.phone(rng, "CA", area, 7)
    debtor = Party(
        name=f"{first} {last}" if seed % 4 else f"{last} Property Holdings Inc.",
        street=tuple(street),
        postcode=postal(rng, fsa),
        city=town,
        country="CA",
        email=people.email_for(rng, first, last, ("gmail.com", "rogers.com", "bell.net"))
        if seed % 5
        else None,
        phone=people.e164(cell) if seed % 3 != 2 else None,
        customer_ref=f"CUST-{rng.randrange(1000, 9999)}" if seed % 4 != 1 else None,
    )
    lines = []
    for description, unit, price in rng.sample(WORK, rng.randrange(2, 5)):
        qty = Decimal(rng.randrange(1, 4)) if unit == "ea" else Decimal(rng.randrange(4, 300))
        lines.append(Line(description, qty, Decimal(str(price)), Decimal(13), unit))
    day = issued(rng)
    inv = Invoice(
        number=f"{rng.randrange(1040, 1999)}",
        issue=day,
        due=day + dt.timedelta(days=rng.choice((14, 30))),
        currency="CAD",
        debtor=debtor,
        lines=lines,
        extras={
            "cell": cell,
            "po": f"PO {rng.randrange(20000, 89999)}",
            "site": f"{rng.randrange(10, 2999)} {rng.choice(STREETS)}, {rng.choice(TOWNS)[0]}",
            "quote": f"Q-{rng.randrange(300, 999)}",
        },
    )
    if seed % 2 == 1:
        inv.deductions.append(Deduction("Less: deposit received", money(rng, 500, 1500)))
    return inv


def draw(sheet: Sheet, inv: Invoice) -> None:
    sheet.page()
    sheet.box(0, 0, sheet.width, 30, shade=0.85)
    sheet.write(15, 14, "NORTHBRIDGE RENOVATIONS LTD.", 15, bold=True)
    sheet.write(15, 21, "88 Industrial Pkwy S, Aurora, ON L4G 3V6  ·  (905) 727-4410", 8)
    sheet.write(15, 26, "HST # 81234 5678 RT0001  ·  WSIB covered", 8)
    sheet.write(200, 16, "INVOICE", 20, bold=True, align="right")
    facts = [("Invoice #", inv.number), ("Date", long_us(inv.issue))]
    assert inv.due
    facts.append(("Due", short_us(inv.due)))
    if inv.debtor.customer_ref:
        facts.append(("Account", inv.debtor.customer_ref))
    facts += [("Your PO", inv.extras["po"]), ("Quote", inv.extras["quote"])]
    y = 40
    for label, value in facts:
        sheet.write(150, y, label, 8.5, bold=True)
        sheet.write(200, y, value, 8.5, align="right")
        y += 5
    d = inv.debtor
    sheet.write(15, 40, "BILL TO", 8, bold=True)
    y = 46
    for row in [d.name, *d.street, f"{d.city}, ON  {d.postcode}"]:
        sheet.write(15, y, row, 9.5)
        y += 4.8
    if d.phone:
        sheet.write(15, y, f"Cell: {people.national(inv.extras['cell'])}", 8.5)
        y += 4.8
    if d.email:
        sheet.write(15, y, d.email, 8.5)
    sheet.write(80, 40, "JOB SITE", 8, bold=True)
    site = inv.extras["site"].split(", ")
    sheet.write(80, 46, site[0], 9.5)
    sheet.write(80, 50.8, f"{site[1]}, ON", 9.5)
    y = 85
    sheet.box(15, y, 186, 7, shade=0.85)
    for x, title, align in (
        (17, "DESCRIPTION", "left"),
        (120, "QTY", "right"),
        (150, "RATE", "right"),
        (198, "AMOUNT", "right"),
    ):
        sheet.write(x, y + 5, title, 8, bold=True, align=align)
    y += 13
    for line in inv.lines:
        sheet.write(17, y, line.description, 9)
        sheet.write(120, y, f"{line.quantity} {line.unit}", 9, align="right")
        sheet.write(150, y, dollars(line.unit_price), 9, align="right")
        sheet.write(198, y, dollars(line.amount), 9, align="right")
        y += 6.5
    sheet.rule(120, y, 200, y)
    y += 6
    rows = [
        ("Subtotal", dollars(inv.net)),
        ("HST (ON) 13%", dollars(inv.vat)),
        ("Total", dollars(inv.gross)),
    ]
    rows += [(ded.label, f"({dollars(ded.amount)})") for ded in inv.deductions]
    for label, value in rows:
        sheet.write(150, y, label, 9, align="right")
        sheet.write(198, y, value, 9, align="right")
        y += 5.5
    sheet.box(110, y - 1, 91, 9, shade=0.9)
    sheet.write(150, y + 5, "Balance Due (CAD)", 10, bold=True, align="right")
    sheet.write(198, y + 5, dollars(inv.to_pay), 10, bold=True, align="right")
    sheet.write(15, y + 25, "Payment by e-Transfer to accounts@northbridgereno.ca or cheque.", 8.5)
    sheet.write(15, y + 30, "2% per month (26.82% per annum) charged on overdue balances.", 8.5)
    sheet.write(15, y + 35, "Thank you for your business!", 8.5, bold=True)


LAYOUT = Layout("ca_ontario", "CA", "fpdf2", 20, invent, draw, letter=True)
