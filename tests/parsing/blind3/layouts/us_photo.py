"""A US wedding and portrait photographer's invoice from a studio-management web app,
Helvetica on Letter: Bill To with City, ST ZIP(+4), the session date and venue as date and
address distractors, a retainer paid deducted → Balance Due, Client ID beside the invoice
number, Due Date in Month D, YYYY, an optional sales-tax line."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from ..idioms import american, cents, dollars, long_us
from ..press import LETTER, Press
from ..residents import ascii_fold, nanp, show_phone
from .base import Layout, issued, price

FIRST = ["Olivia", "Ethan", "Madison", "Caleb", "Harper", "Logan", "Avery", "Wyatt"]
LAST = ["Brennan", "Castillo", "Dawson", "Ferreira", "Holloway", "Kowalski", "Nguyen", "Whitaker"]
TOWNS = (
    ("Asheville", "NC", "28801", "828"),
    ("Boise", "ID", "83702", "208"),
    ("Savannah", "GA", "31401", "912"),
    ("Madison", "WI", "53703", "608"),
    ("Portland", "ME", "04101", "207"),
    ("Tucson", "AZ", "85701", "520"),
)
STREETS = ("Magnolia Ave", "W Jefferson St", "Bayview Dr", "Old Mill Rd", "N 5th Street")
PACKAGES = (
    ("Wedding collection - 8 hours coverage", 2200, 4800),
    ("Engagement session", 350, 650),
    ("Family portrait session", 250, 480),
    ("Heirloom album 10x10, 30 pages", 600, 1200),
    ("Second shooter", 400, 900),
    ("Fine-art prints package", 150, 420),
)


def bride(rng: random.Random, seed: int) -> Party:
    town, state, zip_code, area = rng.choice(TOWNS)
    if seed % 3 == 0:
        zip_code += f"-{rng.randint(1000, 9999)}"
    first, last = rng.choice(FIRST), rng.choice(LAST)
    street = [f"{rng.randint(12, 9800)} {rng.choice(STREETS)}"]
    if seed % 4 == 1:
        street.append(f"Apt {rng.randint(1, 40)}{rng.choice('ABC')}")
    return Party(
        name=f"{first} {last}",
        street=tuple(street),
        postcode=zip_code,
        city=town,
        country="US",
        state=state,
        email=f"{ascii_fold(first)}{ascii_fold(last)}@gmail.com",
        phone=nanp(rng, area) if seed % 5 != 2 else None,
        customer_ref=f"C-{rng.randint(1000, 9999)}",
    )


class UsPhoto(Layout):
    key = "us_photo"
    country = "US"
    producer = "fpdf2"
    seeds = 22

    def invoice(self, rng: random.Random, seed: int) -> Invoice:
        day = issued(rng)
        taxed = seed % 2 == 0
        picked = rng.sample(PACKAGES, rng.randint(1, 3))
        lines = [
            Line(text, Decimal(1), price(rng, low, high), Decimal("7.25") if taxed else Decimal(0))
            for text, low, high in picked
        ]
        inv = Invoice(
            number=f"INV-{rng.randint(1000, 1999)}",
            issue=day,
            due=day + dt.timedelta(days=rng.choice((14, 30))),
            currency="USD",
            debtor=bride(rng, seed),
            lines=lines,
            extras={
                "session": day + dt.timedelta(days=rng.randint(20, 120)),
                "venue": "The Grove Barn, 410 Orchard Ln",
            },
        )
        if seed % 4 != 3:
            inv.deductions.append(
                Deduction(
                    "Retainer paid", cents(inv.gross * Decimal(rng.choice((25, 30, 50))) / 100)
                )
            )
        return inv

    def draw(self, press: Press, inv: Invoice) -> None:
        debtor = inv.debtor
        press.page(LETTER)
        press.font("sans", 18, bold=True)
        press.text(18, 22, "Juniper & Light Photography")
        press.font("sans", 8)
        press.text(
            18, 27, "PO Box 2291, Asheville, NC 28802  |  (828) 555-0147  |  hello@juniperlight.co"
        )
        press.font("sans", 22)
        press.text(198, 44, "INVOICE", "r")
        rows = (
            ("Invoice #", inv.number),
            ("Client ID", debtor.customer_ref or ""),
            ("Issued", american(inv.issue)),
            ("Due Date", long_us(inv.due) if inv.due else ""),
        )
        for i, (label, value) in enumerate(rows):
            press.font("sans", 8)
            press.text(150, 52 + i * 5, label)
            press.font("sans", 9, bold=True)
            press.text(198, 52 + i * 5, value, "r")
        press.font("sans", 8, bold=True)
        press.text(18, 50, "BILL TO")
        press.font("sans", 10)
        block = [debtor.name, *debtor.street, f"{debtor.city}, {debtor.state} {debtor.postcode}"]
        for i, words in enumerate(block):
            press.text(18, 56 + i * 5, words)
        y = 56 + len(block) * 5 + 1
        press.font("sans", 8.5)
        for words in (debtor.email, debtor.phone and show_phone(debtor.phone, 0)):
            if words:
                press.text(18, y, words)
                y += 4.5
        press.font("sans", 8.5)
        press.text(
            18,
            95,
            f"Session date: {american(inv.extras['session'])}  -  Venue: {inv.extras['venue']}",
        )
        y = 106
        press.rule(18, y, 198, y, 0.4)
        press.font("sans", 8.5, bold=True)
        press.text(18, y + 5, "Description")
        press.text(198, y + 5, "Amount", "r")
        press.rule(18, y + 7, 198, y + 7)
        press.font("sans", 9)
        y += 7
        for line in inv.lines:
            y += 6
            press.text(18, y, line.description)
            press.text(198, y, dollars(line.amount), "r")
        y += 10
        rows2 = [("Subtotal", dollars(inv.net))]
        if inv.vat:
            rows2.append(("Sales tax (7.25%)", dollars(inv.vat)))
        rows2.append(("Total", dollars(inv.gross)))
        rows2 += [(d.label, "-" + dollars(d.amount)) for d in inv.deductions]
        for label, value in rows2:
            press.text(140, y, label)
            press.text(198, y, value, "r")
            y += 5.5
        press.box(138, y - 3, 62, 9, shade=0.9)
        press.font("sans", 11, bold=True)
        press.text(140, y + 3, "Balance Due (USD)")
        press.text(198, y + 3, dollars(inv.to_pay), "r")
        press.font("sans", 7.5)
        press.text(
            18,
            y + 20,
            (
                "Thank you! Pay online with the link in your client portal, "
                "or by check payable to Juniper & Light LLC."
            ),
        )
        press.text(
            18, y + 24, "A 1.5% monthly late fee applies to balances unpaid after the due date."
        )
