"""A Stuttgart manufacturer's DIN 5008 invoice in English: return line, cash discount, advance "
"paid."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ..formats import cents, de_money, dot_date
from ..model import Deduction, Invoice
from ..pen import Pen
from ..people import de_debtor, fr_debtor
from .common import MM, Item, Layout, en_quantity, issue_day, pick_lines

FONT = "Helvetica"
BOLD = "Helvetica-Bold"
RETURN = "Kessler Antriebstechnik GmbH · Industriestr. 14 · 70565 Stuttgart"
CATALOGUE = (
    Item("Planetary gearbox PG-60, ratio 10:1", "pc.", 380, 720, "19", (1, 2, 4, 10)),
    Item("Servo motor SM-400, 400 W", "pc.", 520, 890, "19", (1, 2, 5)),
    Item("Motor cable 5 m, shielded", "pc.", 38, 75, "19", (2, 5, 10)),
    Item("Commissioning on site (technician)", "h", 95, 125, "19", (4, 8, 16)),
    Item("Travel expenses (flat rate)", "", 180, 450, "19", (1,)),
    Item("Packaging and freight", "", 45, 160, "19", (1,)),
)


def invoice(rng: random.Random, seed: int) -> Invoice:
    ref = f"K{rng.randint(20000, 29999)}"
    if rng.random() < 0.25:
        base = fr_debtor(rng, business=True, email=False, phone=False, ref=ref)
        debtor = replace(base, attention=None, box=None, cedex=None)
    else:
        debtor = replace(de_debtor(rng, ref=ref), email=None, phone=None)
    issue = issue_day(rng)
    lines = pick_lines(rng, CATALOGUE, rng.randint(2, 6))
    if debtor.country != "DE":
        lines = [replace(line, vat_rate=Decimal(0)) for line in lines]
    inv = Invoice(
        number=f"RE-{issue.year}-{rng.randint(10000, 29999)}",
        issue=issue,
        due=issue + dt.timedelta(days=rng.choice((30, 30, 60))),
        currency="EUR",
        debtor=debtor,
        lines=lines,
        extras={
            "discount": issue + dt.timedelta(days=rng.choice((10, 14))),
            "delivery": issue - dt.timedelta(days=rng.randint(1, 12)),
        },
    )
    if seed % 5 == 2:
        inv.deductions.append(
            Deduction(
                f"Less advance payment (invoice AR-{issue.year}-{rng.randint(100, 999)})",
                Decimal(int(inv.gross * Decimal("0.3"))),
            )
        )
    return inv


def draw(canvas: Canvas, inv: Invoice) -> None:
    pen = Pen(canvas, FONT, 9.5)
    _, height = A4
    debtor = inv.debtor
    pen.text(125 * MM, height - 18 * MM, "KESSLER", BOLD, 20)
    pen.text(125 * MM, height - 23 * MM, "Antriebstechnik · Drive Technology", FONT, 7.5)
    pen.rule(0, height - 87 * MM, 5 * MM, height - 87 * MM, 0.3)
    pen.rule(0, height - 192 * MM, 5 * MM, height - 192 * MM, 0.3)

    pen.text(25 * MM, height - 41 * MM, RETURN, FONT, 6.5)
    block = [debtor.name]
    if debtor.attention:
        block.append(debtor.attention)
    block += [*debtor.street, f"{debtor.postcode} {debtor.city}"]
    if debtor.country != "DE":
        block.append("FRANCE")
    pen.lines(25 * MM, height - 51 * MM, block, 12, FONT, 10)

    info = [
        ("Customer no.", debtor.customer_ref or ""),
        ("Invoice no.", inv.number),
        ("Invoice date", dot_date(inv.issue)),
        ("Delivery date", dot_date(inv.extras["delivery"])),
        ("Your contact", "Mr Jens Albrecht"),
        ("Phone", "+49 711 780 44 21"),
        ("E-mail", "j.albrecht@kessler-antriebe.de"),
    ]
    y = height - 32 * MM
    for label, value in info:
        pen.text(125 * MM, y, label, FONT, 7.5)
        pen.text(152 * MM, y, value, FONT, 7.5)
        y -= 10

    y = height - 92 * MM
    pen.text(25 * MM, y, f"Invoice {inv.number}", BOLD, 12)
    y = pen.lines(
        25 * MM,
        y - 18,
        ("Dear Sir or Madam,", "we invoice the following goods and services delivered to you:"),
        12,
        FONT,
        9.5,
    )
    widths = (28, 215, 45, 35, 70, 80)
    y -= 6
    pen.row(
        25 * MM,
        y,
        widths,
        ("Item", "Description", "Qty", "Unit", "Unit price EUR", "Total EUR"),
        "llrlrr",
        BOLD,
        8.5,
    )
    pen.rule(25 * MM, y - 4, 25 * MM + sum(widths), y - 4)
    y -= 16
    for index, line in enumerate(inv.lines, start=1):
        cells = (
            f"{index * 10}",
            line.description,
            en_quantity(line.quantity),
            line.unit,
            de_money(line.unit_price, ""),
            de_money(line.amount, ""),
        )
        pen.row(25 * MM, y, widths, cells, "llrlrr", FONT, 8.5)
        y -= 12
    pen.rule(25 * MM, y + 4, 25 * MM + sum(widths), y + 4)
    y -= 10
    rows = [("Net amount", de_money(inv.net, ""))]
    rows += [(f"VAT {r:.0f} %", de_money(tax, "")) for r, (_, tax) in inv.vat_by_rate.items()]
    rows.append(("Invoice total EUR", de_money(inv.gross, "")))
    rows += [(d.label, "-" + de_money(d.amount, "")) for d in inv.deductions]
    if inv.deductions:
        rows.append(("Amount payable EUR", de_money(inv.to_pay, "")))
    for label, amount in rows:
        strong = label.endswith("EUR")
        pen.right(150 * MM, y, label, BOLD if strong else FONT, 9)
        pen.right(25 * MM + sum(widths) - 3, y, amount, BOLD if strong else FONT, 9)
        y -= 13
    discounted = de_money(cents(inv.to_pay * 98 / 100), "")
    terms = [
        f"Terms of payment: 2 % cash discount if paid by {dot_date(inv.extras['discount'])} (EUR "
        f"{discounted}),",
        f"net by {dot_date(inv.due)} without deduction." if inv.due else "",
    ]
    if debtor.country != "DE":
        terms.append(
            "Tax-free intra-Community supply – reverse charge (Art. 196 Directive 2006/112/EC)."
        )
    terms += ["", "Yours faithfully,", "Kessler Antriebstechnik GmbH"]
    pen.lines(25 * MM, y - 12, terms, 12, FONT, 9)
    columns = (
        ("Kessler Antriebstechnik GmbH", "Industriestr. 14", "70565 Stuttgart, Germany"),
        (
            "Managing director: Dr. Ute Kessler",
            "Register court Stuttgart HRB 734512",
            "VAT ID DE 812 345 679",
        ),
        ("Baden-Württembergische Bank", "IBAN DE12 6005 0101 0004 1234 56", "BIC SOLADEST600"),
    )
    for index, column in enumerate(columns):
        pen.lines(25 * MM + index * 60 * MM, 16 * MM, column, 8, FONT, 6)


LAYOUT = Layout(
    key="din_en",
    country="DE",
    style="DIN 5008 form A letter in English from a German maker, Helvetica, German number format",
    families=(
        "small-print return-address line above the window",
        "2 % cash discount date that is not the due date",
        "advance payment deducted → Amount payable",
        "German 5-digit postcodes, z. Hd. line",
        "French debtors with a FRANCE line, reverse charge",
    ),
    invoice=invoice,
    draw=draw,
)
