"""Dental laboratory's invoice: Remit To lockbox, Sold To / Ship To, credit memos negative."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Party
from tests.parsing.blind5.sheet import LabSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day
from tests.parsing.blind8.ink import block, row
from tests.parsing.blind9 import folks
from tests.parsing.blind9.desk import Item, deduct, pick_lines
from tests.parsing.blind9.wording import en_money, us

from ..kit import US_PRACTICE_TOWNS, totals

CASES = (
    Item("Zirconia crown, full contour", 95, 180, Decimal(0), "unit", 3),
    Item("PFM crown, high noble", 140, 260, Decimal(0), "unit", 2),
    Item("E.max veneer", 120, 210, Decimal(0), "unit", 4),
    Item("Implant abutment, custom titanium", 180, 320, Decimal(0), "unit", 2),
    Item("Night guard, hard acrylic", 70, 130, Decimal(0), "unit", 1),
    Item("Partial denture, cast framework", 280, 520, Decimal(0), "arch", 1),
    Item("Return shipping, overnight", 12, 35, Decimal(0), "box", 1),
)
MEMOS = (7, 17)
PRACTICES = ("Family Dentistry", "Dental Arts", "Smile Studio", "Dental Group")


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    first, last = folks.person(rng, folks.US_FIRST, folks.US_LAST)
    town, state, zipcode = folks.pick(rng, folks.US_TOWNS)
    if seed % 3 == 0:
        zipcode = f"{zipcode}-{folks.digits(rng, 4)}"
    practice = f"{last} {folks.pick(rng, PRACTICES)}" + (", PLLC" if seed % 2 else "")
    name = practice if seed % 4 != 1 else f"{first} {last}, DDS"
    street = [f"{rng.randint(100, 9899)} {folks.pick(rng, folks.US_STREETS)}"]
    if seed % 2 == 0:
        street.append(f"Suite {rng.randint(100, 450)}")
    phone = folks.phone(rng, "US", mobile=False)
    email = f"billing@{last.lower()}dental.com" if seed % 3 != 2 else None
    ref = f"D{rng.randint(10000, 99999)}"
    party = Party(
        name,
        tuple(street),
        zipcode,
        town,
        "US",
        state=state,
        email=email,
        phone=folks.e164(phone),
        customer_ref=ref,
        business=True,
    )
    memo = seed in MEMOS
    lines = pick_lines(rng, CASES, 1 if memo else rng.randint(2, 4))
    number = f"{'CM' if memo else ''}{rng.randint(400000, 499999)}"
    due = None if memo else issue + dt.timedelta(days=30)
    invoice = Invoice(number, issue, due, "USD", party, lines, credit_note=memo)
    if not memo and seed % 3 == 1:
        deduct(invoice, "Payments/Credits applied", (invoice.gross / 2).quantize(Decimal("1")))
    sign = Decimal(-1) if memo else Decimal(1)

    sheet = LabSheet(path, size="Letter")
    sheet.font("Helvetica", 15, bold=True)
    sheet.text(18, 18, "Summit Crown & Bridge Dental Laboratory")
    sheet.font("Helvetica", 8)
    sheet.text(
        18, 23, "1450 Wazee Street, Denver, CO 80202  |  (303) 296-0417  |  summitlab.example"
    )
    sheet.font("Helvetica", 14, bold=True)
    sheet.text(198, 18, "CREDIT MEMO" if memo else "INVOICE", "right")
    sheet.font("Helvetica", 7.5)
    sheet.text(140, 30, "REMIT TO")
    block(
        sheet,
        140,
        34,
        ["Summit Dental Lab", f"PO Box {rng.randint(170000, 179999)}", "Denver, CO 80217-3940"],
        3.6,
    )
    sheet.font("Helvetica", 7.5, bold=True)
    sheet.text(18, 48, "SOLD TO")
    sheet.text(110, 48, "SHIP TO")
    sheet.font("Helvetica", 9.5)
    sold = [name, *street, f"{town}, {state} {zipcode}", folks.national(phone)]
    block(sheet, 18, 53, sold + ([email] if email else []), 4.4)
    ship_town, ship_state, ship_zip = folks.pick(rng, US_PRACTICE_TOWNS)
    block(
        sheet,
        110,
        53,
        [
            practice,
            "Attn: Front Desk",
            f"{rng.randint(100, 9899)} {folks.pick(rng, folks.US_STREETS)}",
            f"{ship_town}, {ship_state} {ship_zip}",
        ],
        4.4,
    )
    top = 84.0
    sheet.box(18, top, 180, 12, grey=0.92)
    labels = ("ACCOUNT NO.", "INVOICE NO.", "DATE", "PATIENT", "PAN #", "TERMS")
    patient = f"{folks.pick(rng, folks.US_FIRST)[0]}. {folks.pick(rng, folks.US_LAST)}"
    values = (ref, number, us(issue), patient, f"{rng.randint(10000, 99999)}", "Net 30")
    sheet.font("Helvetica", 7)
    for index, label in enumerate(labels):
        sheet.text(20 + 30 * index, top + 4, label)
    sheet.font("Helvetica", 9)
    for index, value in enumerate(values):
        sheet.text(20 + 30 * index, top + 9.5, value)
    y = 106.0
    sheet.font("Helvetica", 8.5)
    row(
        sheet,
        y,
        [
            (18, "QTY", "left"),
            (32, "DESCRIPTION", "left"),
            (160, "UNIT PRICE", "right"),
            (198, "AMOUNT", "right"),
        ],
    )
    y += 6
    for line in lines:
        row(
            sheet,
            y,
            [
                (18, f"{line.quantity:g}", "left"),
                (32, line.description, "left"),
                (160, en_money(sign * line.unit_price), "right"),
                (198, en_money(sign * line.amount, "$"), "right"),
            ],
        )
        y += 5
    y += 4
    rows = [
        ("Subtotal", en_money(sign * invoice.net, "$")),
        ("Sales tax (exempt)", en_money(Decimal(0), "$")),
        ("Total", en_money(sign * invoice.gross, "$")),
    ]
    rows += [(d.label, en_money(-d.amount, "$")) for d in invoice.deductions]
    y = totals(sheet, y, rows, 130, 198, 5)
    sheet.font("Helvetica", 10, bold=True)
    label = "CREDIT TOTAL (USD)" if memo else "BALANCE DUE (USD)"
    row(sheet, y + 1, [(130, label, "left"), (198, en_money(sign * invoice.to_pay, "$"), "right")])
    sheet.font("Helvetica", 8.5)
    if due:
        sheet.text(18, y + 1, f"Due Date: {us(due)}")
    else:
        sheet.text(
            18, y + 1, f"Applied to invoice {rng.randint(400000, 499999)} - remake at no charge"
        )
    sheet.font("Helvetica", 7)
    sheet.text(
        18, y + 14, "Please include the account number with your remittance to the address above."
    )
    sheet.save()
    return [Piece(invoice)]


LAYOUT = Layout("us_dental_lab", "US", "reportlab", draw)
