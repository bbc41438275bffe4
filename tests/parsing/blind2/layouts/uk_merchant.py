"""A UK builders' merchant's trade invoices from its branch system, printed in runs of two or
three: Helvetica 7 pt, invoice and delivery addresses side by side, a header grid."""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal

from tests.parsing.blind.model import Invoice

from .. import folks
from ..sheet import Sheet
from ..wording import gbp, uk_abbr, uk_long
from .base import COUNTRY_NAMES_EN, Layout, block, issue_day, later, month_end, some_lines

STOCK = (
    ("CEMENT OPC 25KG", 6, 9),
    ("BUILDING SAND BULK BAG", 45, 62),
    ("CLS TIMBER 38X63 2.4M", 3, 6),
    ("PLASTERBOARD 12.5MM 2400X1200", 8, 13),
    ("COPPER PIPE 15MM 3M", 14, 22),
    ("DECKING BOARD 3.6M", 9, 16),
    ("CONCRETE BLOCK 7N 100MM", 1, 3),
    ("MULTI FINISH PLASTER 25KG", 10, 14),
    ("DELIVERY CHARGE", 25, 45),
)


def invoice(rng: random.Random, seed: int) -> Invoice:
    debtor = folks.british(rng, business=rng.random() < 0.75)
    debtor, printed = folks.with_contacts(debtor, rng, email=0.5, phone=0.6)
    debtor = replace(debtor, customer_ref=f"{debtor.name[:3].upper()}{rng.randrange(100, 999)}")
    issue = issue_day(rng)
    credit = seed % 8 == 6
    return Invoice(
        number=f"{'CN' if credit else 'INV'}{rng.randrange(1000000, 9999999)}",
        issue=issue,
        due=None if credit else month_end(month_end(issue, 1)),
        currency="GBP",
        debtor=debtor,
        lines=some_lines(rng, STOCK, (2, 7), Decimal(20)),
        credit_note=credit,
        extras={
            "phone": printed,
            "order": f"{rng.choice(('PO', 'JOB', ''))}{rng.randrange(1000, 99999)}",
            "site": folks.british(rng),
            "discount": None if credit or seed % 3 else later(issue, 10),
        },
    )


def draw(sheet: Sheet, inv: Invoice) -> None:
    sheet.page()
    sheet.font("sans", 12, bold=True)
    sheet.text(36, 46, "HARGREAVES BUILDING SUPPLIES")
    sheet.font("sans", 6.5)
    sheet.text(
        36,
        56,
        "Branch 014 · Canal Wharf, Wakefield WF1 5PQ · Tel 01924 370 512 · "
        "accounts@hargreaves-bs.co.uk · VAT No GB 284 5521 90",
    )
    sheet.font("sans", 14, bold=True)
    sheet.text(559, 46, "CREDIT NOTE" if inv.credit_note else "SALES INVOICE", "right")
    grid = [
        ("Account No", inv.debtor.customer_ref),
        ("Document No", inv.number),
        ("Date / Tax Point", uk_abbr(inv.issue)),
        ("Your Order No", inv.extras["order"]),
        ("Payment Due", uk_long(inv.due) if inv.due else "n/a"),
    ]
    for index, (label, value) in enumerate(grid):
        x = 36 + index * 104.6
        sheet.box(x, 68, 104.6, 26)
        sheet.font("sans", 6, bold=True)
        sheet.text(x + 3, 76, label.upper())
        sheet.font("sans", 7.5)
        sheet.text(x + 3, 89, value or "")
    sheet.font("sans", 6.5, bold=True)
    sheet.text(36, 112, "INVOICE TO")
    sheet.text(220, 112, "DELIVER TO")
    sheet.text(410, 112, "CONTACT")
    sheet.font("sans", 7.5)
    block(sheet, 36, 122, folks.address_lines(inv.debtor, "GB", COUNTRY_NAMES_EN), 9.5)
    site = inv.extras["site"]
    block(sheet, 220, 122, ["Site: " + site.street[-1], site.city, site.postcode], 9.5)
    block(
        sheet, 410, 122, [f"T: {inv.extras['phone'] or '-'}", f"E: {inv.debtor.email or '-'}"], 9.5
    )
    y = 200
    sheet.box(36, y - 9, 523, 13, shade=0.88)
    sheet.font("sans", 6.5, bold=True)
    for text, x, align in (
        ("PRODUCT", 39, "left"),
        ("DESCRIPTION", 90, "left"),
        ("QTY", 360, "right"),
        ("PRICE", 420, "right"),
        ("VAT", 460, "right"),
        ("NET", 556, "right"),
    ):
        sheet.text(x, y, text, align)
    sheet.font("sans", 7)
    for index, line in enumerate(inv.lines):
        y += 11
        sheet.text(39, y, f"{7000 + 13 * index:06d}")
        sheet.text(90, y, line.description)
        sheet.text(360, y, str(line.quantity), "right")
        sheet.text(420, y, f"{line.unit_price:.2f}", "right")
        sheet.text(460, y, "S", "right")
        sheet.text(556, y, f"{line.amount:,.2f}", "right")
    y += 24
    rows = [
        ("Goods Net", gbp(inv.net)),
        ("VAT @ 20%", gbp(inv.vat)),
        ("CREDIT TOTAL" if inv.credit_note else "INVOICE TOTAL", gbp(inv.to_pay)),
    ]
    for label, value in rows:
        sheet.font("sans", 7.5, bold=label.endswith("TOTAL"))
        sheet.text(430, y, label)
        sheet.text(556, y, value, "right")
        y += 11
    sheet.font("sans", 6.5)
    terms = (
        "Credit to be applied against your account."
        if inv.credit_note
        else "Terms: strictly net, payment due by the end of the month following invoice."
    )
    sheet.text(36, y + 14, terms)
    if inv.extras["discount"]:
        sheet.text(
            36,
            y + 23,
            "Settlement discount of 2.5% may be deducted if paid in full by "
            f"{uk_long(inv.extras['discount'])}.",
        )
    sheet.text(36, 812, "Sort code 40-11-62 · Account 81726354 · Please quote your account number.")
    sheet.font("sans", 5.5)
    sheet.text(
        36,
        822,
        "Goods remain our property until paid for in full. E&OE. Registered in "
        "England No. 01924370.",
    )


LAYOUT = Layout("uk_merchant", "GB", "reportlab", invoice, draw, batch_sizes=(2, 3))
