"""An office-supply distributor's dense invoice in 5.5 pt type, some pages stored with /Rotate."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from decimal import Decimal

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from ..formats import en_money, international_phone, us_long_date
from ..model import Deduction, Invoice
from ..pen import Pen
from ..people import us_debtor
from .common import Item, Layout, en_quantity, issue_day, pick_lines

FONT = "DejaVuCond"
BOLD = "DejaVuCond-Bold"
SIZE = 5.5
CATALOGUE = (
    Item("COPY PAPER 8.5X11 20LB 10RM/CS", "CS", 38, 58, "7", (1, 2, 5, 10)),
    Item("TONER CARTRIDGE HP 58A BLACK", "EA", 89, 140, "7", (1, 2, 4)),
    Item("BALLPOINT PEN MED BLUE 12/BX", "BX", 4, 9, "7", (2, 5, 10)),
    Item("STAPLES STANDARD 5000/BX", "BX", 3, 6, "7", (1, 4)),
    Item("FILE FOLDER LETTER 1/3 CUT 100/BX", "BX", 11, 19, "7", (1, 2, 6)),
    Item("SHIPPING LABELS 2X4 1000/PK", "PK", 24, 39, "7", (1, 3)),
    Item("BREAKROOM COFFEE K-CUP 96/CS", "CS", 52, 74, "7", (1, 2)),
    Item("DESK CHAIR MESH MID-BACK", "EA", 149, 289, "7", (1, 2)),
    Item("DELIVERY SURCHARGE", "EA", 9, 25, "0", (1,)),
    Item("DRY ERASE MARKERS ASST 8/PK", "PK", 7, 13, "7", (2, 4)),
)


def invoice(rng: random.Random, seed: int) -> Invoice:
    debtor = us_debtor(
        rng, business=True, ref=f"{rng.randint(100000, 999999)}-{rng.randint(10, 99)}"
    )
    debtor = replace(
        debtor,
        name=debtor.name.upper(),
        street=tuple(s.upper() for s in debtor.street),
        city=debtor.city.upper(),
    )
    issue = issue_day(rng)
    inv = Invoice(
        number=f"SI{rng.randint(1000000, 9999999)}",
        issue=issue,
        due=issue + dt.timedelta(days=rng.choice((30, 45, 60))),
        currency="USD",
        debtor=debtor,
        lines=pick_lines(rng, CATALOGUE, rng.randint(3, 16)),
        extras={
            "rotate": seed % 3 == 1,
            "order": f"SO-{rng.randint(100000, 999999)}",
            "rep": rng.choice(("K. BAUER", "T. NGUYEN", "L. ORTIZ")),
        },
    )
    if seed % 4 == 0:
        inv.deductions.append(
            Deduction("LESS: DEPOSIT RECEIVED", Decimal(int(inv.gross * Decimal("0.25"))))
        )
    return inv


def draw(canvas: Canvas, inv: Invoice) -> None:
    if inv.extras["rotate"]:
        # reportlab takes the page size as displayed: the stored MediaBox stays portrait.
        canvas.setPageSize((LETTER[1], LETTER[0]))
        canvas.setPageRotation(90)
    else:
        canvas.setPageSize(LETTER)
    pen = Pen(canvas, FONT, SIZE)
    _, height = LETTER
    debtor = inv.debtor
    pen.text(36, height - 36, "NORTHWIND OFFICE SUPPLY, INC.", BOLD, 8)
    pen.lines(
        36,
        height - 44,
        (
            "4400 COMMERCE BLVD · HARRISBURG, PA 17110",
            "AR DEPT (717) 555-0166 · AR@NORTHWINDSUPPLY.COM",
        ),
        7,
        FONT,
        SIZE,
    )
    pen.text(400, height - 36, "INVOICE", BOLD, 10)
    rows = (
        ("INVOICE NUMBER", inv.number),
        ("INVOICE DATE", us_long_date(inv.issue).upper()),
        ("ACCOUNT NUMBER", debtor.customer_ref or ""),
        ("SALES ORDER", inv.extras["order"]),
        ("SALES REP", inv.extras["rep"]),
        ("TERMS", f"NET {(inv.due - inv.issue).days}" if inv.due else ""),
        ("DUE DATE", us_long_date(inv.due).upper() if inv.due else ""),
    )
    y = height - 48
    for label, value in rows:
        pen.text(400, y, label, BOLD, SIZE)
        pen.text(470, y, value, FONT, SIZE)
        y -= 7
    pen.text(36, height - 80, "SOLD TO:", BOLD, SIZE)
    block = [debtor.name, *debtor.street, f"{debtor.city}, {debtor.state} {debtor.postcode}"]
    y = pen.lines(36, height - 87, block, 7, FONT, SIZE + 0.5)
    if debtor.phone:
        y = pen.lines(36, y, (f"TEL {international_phone(debtor.phone)}",), 7, FONT, SIZE)
    if debtor.email:
        pen.text(36, y, debtor.email, FONT, SIZE)
    pen.text(200, height - 80, "SHIP TO:", BOLD, SIZE)
    pen.lines(
        200,
        height - 87,
        ("RECEIVING DOCK B", *debtor.street, f"{debtor.city}, {debtor.state} {debtor.postcode}"),
        7,
        FONT,
        SIZE + 0.5,
    )

    widths = (40, 230, 35, 30, 55, 35, 60)
    y = height - 150
    pen.row(
        36,
        y,
        widths,
        ("ITEM NO", "DESCRIPTION", "ORD", "UOM", "UNIT PRICE", "TAX", "EXTENSION"),
        "llrlrcr",
        BOLD,
        SIZE,
    )
    pen.rule(36, y - 2, 36 + sum(widths), y - 2, 0.3)
    y -= 8
    for index, line in enumerate(inv.lines, start=1):
        cells = (
            f"{41000 + index * 37}",
            line.description,
            en_quantity(line.quantity),
            line.unit,
            en_money(line.unit_price),
            "Y" if line.vat_rate else "N",
            en_money(line.amount),
        )
        pen.row(36, y, widths, cells, "llrlrcr", FONT, SIZE)
        y -= 7
    y -= 8
    totals = [
        ("MERCHANDISE", en_money(inv.net)),
        ("SALES TAX 7.00%", en_money(inv.vat)),
        ("INVOICE TOTAL", en_money(inv.gross)),
    ]
    totals += [(d.label, en_money(-d.amount)) for d in inv.deductions]
    totals.append(("AMOUNT DUE", f"USD {en_money(inv.to_pay, '$')}"))
    for label, amount in totals:
        pen.right(400, y, label, BOLD, SIZE + 0.5)
        pen.right(36 + sum(widths), y, amount, BOLD if label == "AMOUNT DUE" else FONT, SIZE + 0.5)
        y -= 8
    terms = (
        "ALL CLAIMS FOR SHORTAGES OR DAMAGES MUST BE MADE WITHIN 5 DAYS OF RECEIPT. RETURNS "
        "REQUIRE AN RMA NUMBER AND ARE SUBJECT TO A 15% RESTOCKING FEE.",
        "PAST DUE ACCOUNTS ARE SUBJECT TO A SERVICE CHARGE OF 1.5% PER MONTH (18% ANNUAL). REMIT "
        "TO: NORTHWIND OFFICE SUPPLY, INC., P.O. BOX 6021, HARRISBURG, PA 17106-6021.",
    )
    pen.lines(36, 60, terms, 7, FONT, 5)


LAYOUT = Layout(
    key="us_supply",
    country="US",
    style="distributor's dense invoice, condensed capitals in 5–6.5 pt, Sold To / Ship To",
    families=(
        "5–6 pt text",
        "page stored with /Rotate",
        "CITY, ST 12345-6789 in capitals",
        "Account Number with a hyphen",
        "deposit received → Amount Due",
        "dates like November 3, 2026",
    ),
    invoice=invoice,
    draw=draw,
)
