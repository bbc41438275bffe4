"""A UK digital agency's cloud-accounting invoice: right-hand grid, long pages, credit notes."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ..formats import en_money, uk_short_date
from ..model import Deduction, Invoice
from ..pen import Pen
from ..people import uk_debtor
from .common import Item, Layout, en_quantity, issue_day, pick_lines

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
CATALOGUE = (
    Item("Website hosting – managed (monthly)", "", 45, 180, "20", (1, 3, 12)),
    Item("Design sprint – UX workshop", "", 1200, 3400, "20", (1,)),
    Item("Front-end development (hours)", "", 65, 95, "20", (4, 8, 16, 24)),
    Item("Content writing (per page)", "", 70, 140, "20", (2, 5, 10)),
    Item("SEO audit and report", "", 450, 900, "20", (1,)),
    Item("Support retainer", "", 250, 600, "20", (1,)),
    Item("Stock photography licence", "", 12, 49, "20", (3, 6, 10)),
    Item("Email campaign set-up", "", 180, 420, "20", (1, 2)),
    Item("Analytics dashboard maintenance", "", 80, 160, "20", (1, 2)),
    Item("Domain renewal (.co.uk)", "", 9, 15, "20", (1, 2, 5)),
)
ROWS_PER_PAGE = 24


def invoice(rng: random.Random, seed: int) -> Invoice:
    debtor = uk_debtor(rng, business=True, ref=f"CUS-{rng.randint(1000, 9999)}")
    debtor = replace(debtor, email=None, phone=None)
    issue = issue_day(rng)
    credit = seed % 6 == 2
    count = 1 if credit else rng.choice((2, 4, 6, 9, 30, 42))
    inv = Invoice(
        number=f"{'CN' if credit else 'INV'}-{rng.randint(1000, 9999):06d}",
        issue=issue,
        due=None if credit else issue + dt.timedelta(days=rng.choice((14, 30))),
        currency="GBP",
        debtor=debtor,
        lines=pick_lines(rng, CATALOGUE, count),
        credit_note=credit,
        extras={"po": f"PO{rng.randint(10000, 99999)}", "fao": rng.random() < 0.5},
    )
    if not credit and seed % 4 == 1:
        inv.deductions.append(Deduction("Less Amount Paid", Decimal(int(inv.gross / 3))))
    return inv


def header(pen: Pen, inv: Invoice, page: int, pages: int) -> float:
    width, height = A4
    debtor = inv.debtor
    title = "CREDIT NOTE" if inv.credit_note else "TAX INVOICE"
    pen.text(40, height - 60, title, BOLD, 18)
    block = [debtor.name]
    if inv.extras["fao"]:
        block.append("FAO Accounts Payable")
    block += [*debtor.street, debtor.city]
    if debtor.county:
        block.append(debtor.county)
    block += [debtor.postcode, "UNITED KINGDOM"]
    pen.lines(40, height - 95, block, 11, FONT, 8.5)
    grid = [
        ("Credit Note Date" if inv.credit_note else "Invoice Date", uk_short_date(inv.issue)),
        ("Credit Note Number" if inv.credit_note else "Invoice Number", inv.number),
        ("Reference", inv.extras["po"]),
        ("Customer ID", debtor.customer_ref or ""),
    ]
    if inv.due:
        grid.append(("Due Date", uk_short_date(inv.due)))
    y = height - 95
    for label, value in grid:
        pen.text(300, y, label, BOLD, 7.5)
        pen.text(300, y - 9, value, FONT, 8)
        y -= 22
    pen.lines(
        445,
        height - 95,
        (
            "Brightwater Digital Ltd",
            "Unit 5, The Boatyard",
            "Bristol",
            "BS1 6UB",
            "0117 496 0321",
            "hello@brightwater.digital",
        ),
        10,
        FONT,
        7.5,
    )
    pen.right(width - 40, 40, f"Page {page} of {pages}", FONT, 7)
    return height - 230


def draw(canvas: Canvas, inv: Invoice) -> None:
    pen = Pen(canvas, FONT, 8)
    widths = (265, 50, 70, 40, 90)
    chunks = [inv.lines[i : i + ROWS_PER_PAGE] for i in range(0, len(inv.lines), ROWS_PER_PAGE)]
    for page, chunk in enumerate(chunks, start=1):
        if page > 1:
            canvas.showPage()
        y = header(pen, inv, page, len(chunks))
        pen.row(
            40,
            y,
            widths,
            ("Description", "Quantity", "Unit Price", "VAT", "Amount GBP"),
            "lrrrr",
            BOLD,
            7.5,
        )
        pen.rule(40, y - 5, 40 + sum(widths), y - 5, 0.8)
        y -= 17
        for line in chunk:
            cells = (
                line.description,
                en_quantity(line.quantity),
                en_money(line.unit_price),
                "20%",
                en_money(line.amount),
            )
            pen.row(40, y, widths, cells, "lrrrr", FONT, 7.5)
            pen.rule(40, y - 4, 40 + sum(widths), y - 4, 0.2)
            y -= 14
        if page < len(chunks):
            pen.right(40 + sum(widths), y - 10, "Continued on next page", FONT, 7)
    rows = [("Subtotal", en_money(inv.net)), ("TOTAL VAT 20%", en_money(inv.vat))]
    rows.append(("CREDIT NOTE TOTAL GBP" if inv.credit_note else "TOTAL GBP", en_money(inv.gross)))
    rows += [(d.label, en_money(d.amount)) for d in inv.deductions]
    if not inv.credit_note:
        rows.append(("AMOUNT DUE GBP", en_money(inv.to_pay)))
    y -= 20
    for label, amount in rows:
        strong = label.isupper() and "VAT" not in label
        pen.right(440, y, label, BOLD if strong else FONT, 8.5)
        pen.right(40 + sum(widths) - 3, y, amount, BOLD if strong else FONT, 8.5)
        y -= 14
    if inv.due:
        pen.text(40, y - 20, f"Due Date: {uk_short_date(inv.due)}", BOLD, 8.5)
        pen.lines(
            40,
            y - 34,
            (
                "Bank: Starling Bank · Sort Code 60-83-71 · Account 22019834",
                "Please use the invoice number as your payment reference.",
            ),
            10,
            FONT,
            7.5,
        )
    pen.lines(
        40,
        70,
        (
            "Company Registration No: 08124456. Registered Office: Unit 5, The Boatyard, Bristol, "
            "BS1 6UB, United Kingdom.",
            "VAT Registration No: GB 987 6543 21. Late payments may attract interest under the "
            "Late Payment of Commercial Debts (Interest) Act 1998.",
        ),
        8,
        FONT,
        5.5,
    )


LAYOUT = Layout(
    key="uk_agency",
    country="GB",
    style="UK agency on cloud accounting, DejaVu Sans, label-over-value column",
    families=(
        "multi-page long invoices with page n of m",
        "Less Amount Paid → AMOUNT DUE GBP",
        "credit notes printed positive",
        "FAO line, postcode on its own line",
        "Customer ID next to a PO reference distractor",
        "5.5 pt legal footer",
    ),
    invoice=invoice,
    draw=draw,
)
