"""A US print shop's invoice on Letter from its web app: fpdf2 Helvetica, Remit To block,
Bill To with City, ST ZIP+4, payments deducted, long jobs over two pages."""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice

from .. import folks
from ..sheet import LETTER, Sheet
from ..wording import us_abbr, us_slash, usd
from .base import COUNTRY_NAMES_EN, Layout, block, issue_day, later, price, some_lines

JOBS = (
    ("Business cards 16pt matte, 500", 35, 70),
    ("Tri-fold brochures 100# gloss, 1000", 180, 420),
    ("Vinyl banner 3x8 ft w/ grommets", 90, 160),
    ("Yard signs 18x24 corrugated", 9, 16),
    ("Postcards 6x9 EDDM, 2500", 320, 600),
    ("Design / prepress (hour)", 65, 95),
    ("Foam board mount 24x36", 28, 45),
    ("Letterhead 70# uncoated, 500", 60, 110),
    ("Envelopes #10 window, 500", 55, 90),
    ("Rush fee", 25, 75),
    ("Window decals (set)", 40, 120),
    ("Table throw 6 ft full color", 210, 340),
    ("Retractable banner stand", 150, 260),
    ("Door hangers, 1000", 140, 230),
)


def invoice(rng: random.Random, seed: int) -> Invoice:
    debtor = folks.american(rng, business=rng.random() < 0.7)
    debtor, printed = folks.with_contacts(debtor, rng, email=0.7, phone=0.5)
    if rng.random() < 0.85:
        debtor = replace(debtor, customer_ref=f"{rng.randrange(10000, 99999)}")
    issue = issue_day(rng)
    count = (2, 5) if seed % 4 else (13, 14)
    lines = some_lines(rng, JOBS, count, Decimal("5.5"))
    deductions = []
    if rng.random() < 0.4:
        deductions.append(Deduction("Payment received - thank you", price(rng, 50, 200)))
    net = rng.choice((15, 30))
    return Invoice(
        number=f"{rng.randrange(4000, 9999)}",
        issue=issue,
        due=later(issue, net),
        currency="USD",
        debtor=debtor,
        lines=lines * (3 if seed % 4 == 0 else 1),
        deductions=deductions,
        extras={"phone": printed, "po": f"PO-{rng.randrange(1000, 9999)}", "terms": f"Net {net}"},
    )


def head(sheet: Sheet, inv: Invoice, page: int, pages: int) -> None:
    sheet.font("sans", 16, bold=True)
    sheet.text(40, 56, "PRAIRIE PRESS & SIGN CO.")
    sheet.font("sans", 22, bold=True)
    sheet.text(572, 58, "INVOICE", "right")
    sheet.font("sans", 8)
    sheet.text(572, 72, f"Page {page} of {pages}", "right")


def draw(sheet: Sheet, inv: Invoice) -> None:
    pages = 2 if len(inv.lines) > 26 else 1
    sheet.page(LETTER)
    head(sheet, inv, 1, pages)
    sheet.font("sans", 8)
    block(
        sheet,
        40,
        70,
        (
            "REMIT TO: 1420 N Grand Ave, Suite B",
            "Lincoln, NE 68521-2204",
            "(402) 476-1180 | billing@prairiepress.com",
        ),
        10,
    )
    grid = [("Invoice #", inv.number), ("Invoice Date", us_slash(inv.issue))]
    if inv.debtor.customer_ref:
        grid.append(("Customer ID", inv.debtor.customer_ref))
    grid += [
        ("P.O. #", inv.extras["po"]),
        ("Terms", inv.extras["terms"]),
        ("Due Date", us_abbr(inv.due)),
    ]
    y = 100
    for label, value in grid:
        sheet.font("sans", 8, bold=True)
        sheet.text(400, y, label)
        sheet.font("sans", 8)
        sheet.text(572, y, value, "right")
        y += 11
    sheet.font("sans", 8, bold=True)
    sheet.text(40, 130, "BILL TO")
    sheet.font("sans", 9.5)
    end = block(sheet, 40, 142, folks.address_lines(inv.debtor, "US", COUNTRY_NAMES_EN), 11.5)
    sheet.font("sans", 8)
    contacts = [c for c in (inv.debtor.email, inv.extras["phone"]) if c]
    block(sheet, 40, end + 2, contacts, 10)
    y = 250
    sheet.box(40, y - 10, 532, 14, shade=0.8)
    sheet.font("sans", 8, bold=True)
    for text, x, align in (
        ("QTY", 44, "left"),
        ("ITEM / DESCRIPTION", 80, "left"),
        ("RATE", 420, "right"),
        ("TAX", 460, "right"),
        ("AMOUNT", 568, "right"),
    ):
        sheet.text(x, y, text, align)
    sheet.font("sans", 8)
    for index, line in enumerate(inv.lines):
        if index == 27:
            sheet.text(568, y + 16, "Continued on next page", "right")
            sheet.page(LETTER)
            head(sheet, inv, 2, pages)
            y = 100
        y += 13
        sheet.text(44, y, str(line.quantity))
        sheet.text(80, y, line.description)
        sheet.text(420, y, f"{line.unit_price:,.2f}", "right")
        sheet.text(460, y, "T", "right")
        sheet.text(568, y, f"{line.amount:,.2f}", "right")
    y += 24
    rows = [
        ("Subtotal", usd(inv.net)),
        ("Sales Tax (5.5%)", usd(inv.vat)),
        ("Total", usd(inv.gross)),
    ]
    rows += [(d.label, "-" + usd(d.amount)) for d in inv.deductions]
    rows.append(("BALANCE DUE", usd(inv.to_pay)))
    for label, value in rows:
        sheet.font("sans", 8.5, bold=label == "BALANCE DUE")
        sheet.text(400, y, label)
        sheet.text(568, y, value, "right")
        y += 12
    sheet.font("sans", 7)
    sheet.text(
        40,
        760,
        "Make checks payable to Prairie Press & Sign Co. A 1.5% monthly finance "
        "charge applies to past-due balances.",
    )


LAYOUT = Layout("us_print", "US", "fpdf2", invoice, draw)
