"""A US small-business invoice: Bill To beside a Service Address, Net 30, Payments/Credits, "
"Balance Due."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from ..formats import en_money, national_phone, us_date
from ..model import Deduction, Invoice
from ..pen import Pen
from ..people import us_debtor
from .common import Item, Layout, en_quantity, issue_day, pick_lines

CATALOGUE = (
    Item("Lawn mowing and edging", "visit", 45, 85, "0", (2, 4, 5)),
    Item("Spring cleanup", "", 180, 420, "0", (1,)),
    Item("Mulch, installed (cubic yard)", "yd", 55, 80, "8.25", (3, 5, 8)),
    Item("Shrub trimming", "hr", 55, 75, "0", (2, 3, 6)),
    Item("Irrigation system start-up", "", 85, 140, "0", (1,)),
    Item("Perennials, 1 gal.", "ea", 9, 16, "8.25", (6, 12, 24)),
    Item("Leaf removal", "", 150, 380, "0", (1,)),
    Item("Tree pruning (under 25 ft)", "ea", 120, 260, "0", (1, 2)),
)
TERMS = (("Net 30", 30), ("Net 15", 15), ("Net 10", 10), ("Due on receipt", 0))


def invoice(rng: random.Random, seed: int) -> Invoice:
    debtor = us_debtor(
        rng,
        business=rng.random() < 0.4,
        ref=f"{rng.randint(1000, 9999)}" if rng.random() < 0.8 else None,
    )
    issue = issue_day(rng)
    terms, days = rng.choice(TERMS)
    inv = Invoice(
        number=str(rng.randint(1040, 4999)),
        issue=issue,
        due=issue + dt.timedelta(days=days),
        currency="USD",
        debtor=debtor,
        lines=pick_lines(rng, CATALOGUE, rng.randint(1, 6)),
        extras={
            "terms": terms,
            "service": rng.random() < 0.5,
            "site": f"{rng.randint(100, 990)} Ridge Court",
        },
    )
    if rng.random() < 0.4:
        inv.deductions.append(
            Deduction(
                "Payments/Credits", Decimal(int(inv.gross * Decimal(rng.choice(("0.2", "0.5")))))
            )
        )
    return inv


def draw(canvas: Canvas, inv: Invoice) -> None:
    canvas.setPageSize(LETTER)
    pen = Pen(canvas, "Helvetica", 9)
    width, height = LETTER
    debtor = inv.debtor
    pen.text(40, height - 50, "Cascade Landscaping LLC", "Helvetica-Bold", 15)
    pen.lines(
        40,
        height - 64,
        (
            "2210 Industrial Park Rd",
            "Eugene, OR 97402",
            "(541) 555-0148",
            "billing@cascadelandscaping.com",
        ),
        10,
        "Helvetica",
        8,
    )
    pen.right(width - 40, height - 50, "Invoice", "Helvetica-Bold", 22)
    widths = (80, 80)
    pen.grid(
        width - 200,
        height - 65,
        widths,
        ("Date", "Invoice #"),
        (us_date(inv.issue), inv.number),
        8,
        "Helvetica-Bold",
        "Helvetica",
        shade=0.85,
    )

    city_line = f"{debtor.city}, {debtor.state} {debtor.postcode}"
    pen.box(40, height - 235, 240, 95)
    pen.text(45, height - 152, "Bill To", "Helvetica-Bold", 8.5)
    y = pen.lines(45, height - 166, [debtor.name, *debtor.street, city_line], 11, "Helvetica", 9)
    if inv.extras["service"]:
        pen.box(320, height - 235, 252, 95)
        pen.text(325, height - 152, "Service Address", "Helvetica-Bold", 8.5)
        pen.lines(
            325, height - 166, [debtor.name, inv.extras["site"], city_line], 11, "Helvetica", 9
        )
    contact = []
    if debtor.phone:
        contact.append(f"Phone: {national_phone(debtor.phone)}")
    if debtor.email:
        contact.append(f"E-mail: {debtor.email}")
    pen.lines(45, height - 250, contact, 10, "Helvetica", 8)

    labels = ("P.O. No.", "Terms", "Due Date", "Customer #")
    values = (
        "",
        inv.extras["terms"],
        us_date(inv.due) if inv.due else "",
        debtor.customer_ref or "",
    )
    bottom = pen.grid(
        width - 372,
        height - 285,
        (83, 83, 83, 83),
        labels,
        values,
        8,
        "Helvetica-Bold",
        "Helvetica",
        shade=0.85,
    )

    widths2 = (60, 260, 50, 80, 82)
    y = bottom - 25
    pen.box(40, y - 5, sum(widths2), 16, fill=0.85)
    pen.row(
        40,
        y,
        widths2,
        ("Item", "Description", "Qty", "Rate", "Amount"),
        "llrrr",
        "Helvetica-Bold",
        8.5,
    )
    y -= 18
    for index, line in enumerate(inv.lines, start=1):
        taxable = " *" if line.vat_rate else ""
        cells = (
            f"SVC-{index:02d}",
            line.description + taxable,
            en_quantity(line.quantity),
            en_money(line.unit_price),
            en_money(line.amount),
        )
        pen.row(40, y, widths2, cells, "llrrr", "Helvetica", 8.5)
        y -= 13
    y -= 15
    rows = [
        ("Subtotal", en_money(inv.net, "$")),
        ("Sales Tax (8.25%)", en_money(inv.vat, "$")),
        ("Total", en_money(inv.gross, "$")),
    ]
    rows += [(d.label, en_money(-d.amount, "$")) for d in inv.deductions]
    rows.append(("Balance Due", en_money(inv.to_pay, "$")))
    for label, amount in rows:
        strong = label in ("Total", "Balance Due")
        pen.right(470, y, label, "Helvetica-Bold" if strong else "Helvetica", 9.5)
        pen.right(568, y, amount, "Helvetica-Bold" if strong else "Helvetica", 9.5)
        y -= 14
    pen.text(
        40,
        90,
        "* Taxable item. Thank you for your business! Please make checks payable to Cascade "
        "Landscaping LLC.",
        "Helvetica-Oblique",
        8,
    )
    pen.text(
        40,
        78,
        "A finance charge of 1.5% per month will be applied to balances past due.",
        "Helvetica",
        7,
    )
    pen.text(40, 66, "Oregon CCB #204418 · EIN 93-1234567", "Helvetica", 7)


LAYOUT = Layout(
    key="us_landscaping",
    country="US",
    style="US small-business template, Helvetica, boxed grids, Bill To and Service Address",
    families=(
        "City, ST 12345-6789",
        "Net 30 terms with a Due Date cell",
        "Payments/Credits → Balance Due",
        "MM/DD/YYYY",
        "Service Address distractor",
        "Customer # in a grid",
    ),
    invoice=invoice,
    draw=draw,
)
