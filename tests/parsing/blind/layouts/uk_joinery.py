"""A UK sole trader's invoice: postcode on its own line, counties, "Less amount paid", 3rd "
"November."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ..formats import en_money, national_phone, uk_long_date
from ..model import Deduction, Invoice
from ..pen import Pen
from ..people import uk_debtor
from .common import Item, Layout, en_quantity, issue_day, pick_lines

CATALOGUE = (
    Item("Supply and fit oak staircase balustrade", "", 850, 1900, "20", (1,)),
    Item("Bespoke fitted wardrobe (alcove)", "", 900, 1600, "20", (1, 2)),
    Item("Labour – joiner (per day)", "day", 180, 240, "20", (1, 2, 3, 5)),
    Item("Hang internal doors incl. ironmongery", "door", 85, 140, "20", (2, 4, 6)),
    Item("Sash window overhaul and draught-proofing", "window", 220, 380, "20", (1, 2, 4)),
    Item("Timber and sundries", "", 60, 320, "20", (1,)),
    Item("Waste removal", "", 45, 120, "20", (1,)),
)


def invoice(rng: random.Random, seed: int) -> Invoice:
    debtor = uk_debtor(
        rng,
        business=rng.random() < 0.3,
        ref=f"HAR{rng.randint(10, 999):03d}" if rng.random() < 0.75 else None,
    )
    issue = issue_day(rng)
    credit = seed % 9 == 7
    inv = Invoice(
        number=f"{'CN' if credit else ''}{rng.randint(300, 999):04d}",
        issue=issue,
        due=None if credit else issue + dt.timedelta(days=rng.choice((7, 14, 30))),
        currency="GBP",
        debtor=debtor,
        lines=pick_lines(rng, CATALOGUE, 1 if credit else rng.randint(1, 4)),
        credit_note=credit,
    )
    if not credit and rng.random() < 0.4:
        inv.deductions.append(
            Deduction(
                "Less amount paid", Decimal(int(inv.gross * Decimal(rng.choice(("0.25", "0.5")))))
            )
        )
    return inv


def draw(canvas: Canvas, inv: Invoice) -> None:
    pen = Pen(canvas, "Times-Roman", 10.5)
    width, height = A4
    debtor = inv.debtor
    pen.center(width / 2, height - 55, "J. HARROW & SON", "Times-Bold", 20)
    pen.center(width / 2, height - 70, "Joinery · Carpentry · Sash Windows", "Times-Italic", 10)
    pen.center(
        width / 2,
        height - 84,
        "The Old Forge, Stable Yard, Witney, Oxfordshire OX28 6BH · 01993 702 118 · "
        "jharrowandson@btinternet.com",
        "Times-Roman",
        8,
    )
    pen.rule(50, height - 92, width - 50, height - 92, 0.8)

    title = "CREDIT NOTE" if inv.credit_note else "INVOICE"
    pen.text(50, height - 125, title, "Times-Bold", 16)
    block = [debtor.name, *debtor.street, debtor.city.upper()]
    if debtor.county:
        block.append(debtor.county)
    block.append(debtor.postcode)
    pen.lines(50, height - 150, block, 13, "Times-Roman", 11)
    side = []
    if debtor.phone:
        side.append(f"Tel: {national_phone(debtor.phone)}")
    if debtor.email:
        side.append(f"Email: {debtor.email}")
    pen.lines(215, height - 150, side, 12, "Times-Italic", 9)

    details = [
        ("Invoice No:" if not inv.credit_note else "Credit Note No:", inv.number),
        ("Date:", uk_long_date(inv.issue)),
    ]
    if debtor.customer_ref:
        details.append(("Account No:", debtor.customer_ref))
    if inv.due:
        details.append(("Payment due:", uk_long_date(inv.due)))
    y = height - 150
    for label, value in details:
        pen.right(470, y, label, "Times-Bold", 10)
        pen.text(476, y, value, "Times-Roman", 10)
        y -= 13

    widths = (300, 45, 75, 75)
    y = height - 290
    pen.box(50, y - 5, sum(widths), 17, fill=0.88)
    pen.row(50, y, widths, ("Description", "Qty", "Rate", "Amount"), "lrrr", "Times-Bold", 10)
    y -= 20
    for line in inv.lines:
        cells = (
            line.description,
            en_quantity(line.quantity),
            en_money(line.unit_price, "£"),
            en_money(line.amount, "£"),
        )
        pen.row(50, y, widths, cells, "lrrr", "Times-Roman", 10)
        y -= 15
    pen.rule(50, y + 6, 50 + sum(widths), y + 6)
    y -= 12
    rows = [
        ("Subtotal", en_money(inv.net, "£")),
        ("VAT @ 20%", en_money(inv.vat, "£")),
        ("Total", en_money(inv.gross, "£")),
    ]
    rows += [(d.label, f"({en_money(d.amount, '£')})") for d in inv.deductions]
    rows.append(("Amount credited" if inv.credit_note else "Amount due", en_money(inv.to_pay, "£")))
    for label, amount in rows:
        strong = label in ("Total", "Amount due", "Amount credited")
        pen.right(460, y, label, "Times-Bold" if strong else "Times-Roman", 10.5)
        pen.right(545, y, amount, "Times-Bold" if strong else "Times-Roman", 10.5)
        y -= 15
    y -= 25
    if inv.credit_note:
        pen.text(50, y, "This credit will be set against your next invoice.", "Times-Italic", 10)
    else:
        pen.lines(
            50,
            y,
            (
                "Payment by bank transfer please: Lloyds Bank, sort code 30-94-57, account "
                "01234567,",
                f"quoting invoice {inv.number}. Cheques payable to J. Harrow & Son.",
            ),
            13,
            "Times-Roman",
            10,
        )
    pen.center(
        width / 2,
        50,
        "J. Harrow & Son is a trading name of James Harrow. VAT Reg No: GB 284 6129 07",
        "Times-Roman",
        8,
    )
    pen.center(width / 2, 40, "Thank you for your custom.", "Times-Italic", 8)


LAYOUT = Layout(
    key="uk_joinery",
    country="GB",
    style="UK sole trader, Times, centred letterhead, details column on the right",
    families=(
        "postcode on its own line, counties, town in capitals",
        "Less amount paid → Amount due",
        "dates like 3rd November 2026",
        "VAT Reg No",
        "credit notes printed positive",
        "phone/e-mail in a side block beside the address",
    ),
    invoice=invoice,
    draw=draw,
)
