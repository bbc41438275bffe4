"""Ohio-valley HVAC service company's invoice on Letter: customer grid, amount paid, 2% 10."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Line, Party
from tests.parsing.blind5.sheet import FpdfSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day, money
from tests.parsing.blind8.ink import block, row

from .. import folks
from ..desk import Item, deduct, pick_lines
from ..wording import en_long, en_money, us

WORK = (
    Item("Diagnostic service call", 89, 149, Decimal(0)),
    Item("Replace capacitor 45/5 MFD", 140, 260, Decimal(0)),
    Item("Furnace tune-up and safety inspection", 99, 169, Decimal(0)),
    Item("Refrigerant R-410A (per lb)", 70, 110, Decimal(0), "lb", 4),
    Item("Labor (per hour)", 95, 135, Decimal(0), "hr", 5),
    Item("Condensate pump replacement", 180, 320, Decimal(0)),
    Item("Smart thermostat installed", 240, 390, Decimal(0)),
    Item("Air filter 16x25x1 MERV 11", 12, 22, Decimal(0), "ea", 4),
)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    first, last = folks.person(rng, folks.US_FIRST, folks.US_LAST)
    town, state, zipcode = folks.pick(rng, folks.US_TOWNS)
    if seed % 2 == 0:
        zipcode = f"{zipcode}-{folks.digits(rng, 4)}"
    street = [f"{rng.randint(100, 9899)} {folks.pick(rng, folks.US_STREETS)}"]
    if seed % 3 == 1:
        street.append(f"Apt {rng.randint(1, 30)}{folks.pick(rng, 'ABCD')}")
    phone = folks.phone(rng, "US")
    email = folks.mail(first, last, "yahoo.com") if seed % 4 != 1 else None
    customer = f"{rng.randint(10000, 99999)}"
    name = f"{first} {last}"
    debtor = Party(
        name,
        tuple(street),
        zipcode,
        town,
        "US",
        state=state,
        email=email,
        phone=folks.e164(phone),
        customer_ref=customer,
    )
    terms = None
    due = issue + dt.timedelta(days=15)
    if seed % 4 == 3:
        due, terms = issue + dt.timedelta(days=30), "Terms: Net 30"
    number = f"{rng.randint(20000, 89999)}"
    lines = pick_lines(rng, WORK, rng.randint(2, 5))
    tax = (sum(line.amount for line in lines) * Decimal("0.0575")).quantize(Decimal("0.01"))
    invoice = Invoice(
        number, issue, due, "USD", debtor, [*lines, Line("Sales tax", Decimal(1), tax, Decimal(0))]
    )
    if seed % 2 == 1:
        deduct(invoice, "Amount paid (card on site)", money(rng, 50, 150))

    sheet = FpdfSheet(path, size="Letter")
    sheet.font("Helvetica", 15, bold=True)
    sheet.text(15, 18, "BUCKEYE COMFORT HEATING & AIR")
    sheet.font("Helvetica", 8)
    block(
        sheet,
        15,
        23,
        [
            "2250 Refugee Rd, Columbus, OH 43207",
            "(614) 497-2210 - service@buckeyecomfort.com",
            "License # HVAC.48213",
        ],
        3.6,
    )
    sheet.font("Helvetica", 18, bold=True)
    sheet.text(200, 20, "SERVICE INVOICE", "right")
    sheet.font("Helvetica", 9)
    sheet.text(200, 27, f"Invoice # {number}", "right")
    sheet.text(200, 32, f"Invoice Date: {us(issue)}", "right")
    sheet.font("Helvetica", 8)
    sheet.text(15, 45, "BILL TO")
    sheet.text(110, 45, "SERVICE LOCATION")
    sheet.font("Helvetica", 10)
    block(sheet, 15, 50, [name, *street, f"{town}, {state} {zipcode}"], 4.6)
    site_town, site_state, site_zip = folks.pick(rng, folks.US_TOWNS)
    block(
        sheet,
        110,
        50,
        [
            f"{rng.randint(100, 9899)} {folks.pick(rng, folks.US_STREETS)}",
            f"{site_town}, {site_state} {site_zip}",
            "(rental property)",
        ],
        4.6,
    )
    sheet.font("Helvetica", 7.5)
    heads = ("CUSTOMER #", "PHONE", "EMAIL", "TECHNICIAN", "PO NUMBER")
    tech = folks.person(rng, folks.US_FIRST, folks.US_LAST)
    values = (
        customer,
        folks.national(phone),
        email or "",
        f"{tech[0]} {tech[1][0]}.",
        f"PO-{rng.randint(1000, 9999)}",
    )
    widths = (25, 32, 60, 35, 33)
    x = 15.0
    for head, value, width in zip(heads, values, widths, strict=True):
        sheet.box(x, 70, width, 10)
        sheet.text(x + 1.5, 73.5, head)
        sheet.text(x + 1.5, 78, value)
        x += width
    y = 92.0
    row(
        sheet,
        y,
        [
            (15, "DESCRIPTION", "left"),
            (140, "QTY", "right"),
            (170, "RATE", "right"),
            (200, "AMOUNT", "right"),
        ],
    )
    y += 6
    for line in lines:
        row(
            sheet,
            y,
            [
                (15, line.description, "left"),
                (140, f"{line.quantity:g}", "right"),
                (170, en_money(line.unit_price), "right"),
                (200, en_money(line.amount), "right"),
            ],
        )
        y += 5
    sheet.rule(15, y, 200, y)
    y += 6
    rows = [("Subtotal", invoice.net - tax), ("Sales Tax (5.75%)", tax), ("Total", invoice.gross)]
    rows += [(d.label, -d.amount) for d in invoice.deductions]
    for label, value in rows:
        row(sheet, y, [(130, label, "left"), (200, en_money(value, "$"), "right")])
        y += 5
    sheet.font("Helvetica", 11, bold=True)
    row(sheet, y + 1, [(130, "Balance Due", "left"), (200, en_money(invoice.to_pay, "$"), "right")])
    sheet.font("Helvetica", 8.5)
    y += 14
    if terms:
        sheet.text(15, y, terms)
    else:
        sheet.text(15, y, f"Terms: Net 15 - Due Date: {en_long(due)}")
    if seed % 2 == 0:
        early = issue + dt.timedelta(days=10)
        sheet.text(15, y + 5, f"Take a 2% discount if paid in full by {us(early)}.")
    sheet.text(
        15, y + 10, "Thank you for choosing Buckeye Comfort! 24/7 emergency line: (614) 497-2299"
    )
    sheet.save()
    return [Piece(invoice, terms=terms)]


LAYOUT = Layout("us_hvac", "US", "fpdf2", draw)
