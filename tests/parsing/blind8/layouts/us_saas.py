"""An Austin SaaS vendor's subscription invoice on Letter paper, US habits throughout.

Month-first dates (`03/04/2026`) beside a billing period `Mar 4, 2026 – Apr 3, 2026`, a renewal
date and a subscription start; "Due date" written `April 3, 2026` on even seeds, "Payment
terms: Net 30" with no date on odd ones; the Bill To address on one line inside a grid cell on
even seeds; a "Billing contact" with a "Cell" number apart from the address; the customer
success manager's and support's phones as distractors; Account ID beside PO number and
subscription ID; credits applied and amount paid deducted; two CREDIT MEMOs printed positive;
French customers billed in USD with a France line.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Deduction, Invoice, Line, Party
from tests.parsing.blind5.sheet import LabSheet, Sheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day

from .. import folks
from ..ink import block, row
from ..wording import en_abbr, en_long, en_money, us

CREDITS = (6, 15)
TERMS = "Payment terms: Net 30"
PLANS = (
    ("Growth plan – annual seats", 40, 90),
    ("Additional seats (prorated)", 20, 60),
    ("Data retention add-on (24 months)", 150, 400),
    ("Premium support", 200, 600),
    ("API overage – 1M events", 35, 80),
)
FIRMS = ("Logistics LLC", "Outfitters Inc.", "Dental Group PC", "Roasting Co.", "Analytics LLC")


def debtor(rng: random.Random, seed: int) -> tuple[Party, str, str]:
    first, last = folks.person(rng, folks.US_FIRST, folks.US_LAST)
    if seed % 5 == 3:
        _civility, first, last = folks.french_name(rng)
        postcode, city = folks.pick(rng, folks.VILLES)
        name = f"{folks.pick(rng, ('Boréalis', 'Quadrille', 'Octave'))} SAS"
        party_street: tuple[str, ...] = (folks.french_street(rng),)
        country, state, number = "FR", None, folks.phone(rng, "FR")
        printed = folks.international(number)
        domain = name.split()[0].lower().replace("é", "e") + ".fr"
    else:
        city, state, postcode = folks.pick(rng, folks.US_TOWNS)
        if rng.random() < 0.4:
            postcode = f"{postcode}-{rng.randrange(1000, 9999)}"
        name = f"{last} {folks.pick(rng, FIRMS)}"
        street = f"{rng.randrange(100, 4999)} {folks.pick(rng, folks.US_STREETS)}"
        party_street = (
            (street, f"Suite {rng.randrange(100, 900)}") if rng.random() < 0.5 else (street,)
        )
        country, number = "US", folks.phone(rng, "US")
        printed = folks.national(number)
        domain = last.lower() + ".com"
    party = Party(
        name=name,
        street=party_street,
        postcode=postcode,
        city=city,
        country=country,
        state=state,
        email=folks.email(first, last, domain),
        phone=folks.e164(number),
        customer_ref=f"TM-{rng.randrange(1000, 99999):06d}",
        business=True,
    )
    return party, f"{first} {last}", printed


def address_lines(party: Party, one_line: bool) -> list[str]:
    town = (
        f"{party.city}, {party.state} {party.postcode}"
        if party.country == "US"
        else f"{party.postcode} {party.city}"
    )
    country = "France" if party.country == "FR" else ""
    if one_line:
        return [party.name, ", ".join([*party.street, town, *([country] if country else [])])]
    return [party.name, *party.street, town, country]


def make(rng: random.Random, seed: int) -> tuple[Invoice, str, str]:
    party, contact, printed = debtor(rng, seed)
    issue = issue_day(rng)
    credit = seed in CREDITS
    lines = [
        Line(text, Decimal(rng.randrange(1, 30)), Decimal(rng.randrange(low, high)), Decimal(0))
        for text, low, high in rng.sample(PLANS, rng.randint(2, 4))
    ]
    invoice = Invoice(
        number=f"{'CM' if credit else 'INV'}-{rng.randrange(10000, 99999)}",
        issue=issue,
        due=None if credit else issue + dt.timedelta(days=30),
        currency="USD",
        debtor=party,
        lines=lines,
        credit_note=credit,
    )
    if not credit and seed % 3 == 0 and invoice.gross > 1500:
        invoice.deductions.append(Deduction("Credits applied", Decimal(rng.randrange(50, 300))))
        invoice.deductions.append(Deduction("Amount paid", Decimal(rng.randrange(100, 900))))
    return invoice, contact, printed


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    sheet: Sheet = LabSheet(path, size="Letter")
    invoice, contact, printed = make(rng, seed)
    party = invoice.debtor
    sheet.font("Helvetica", 14, bold=True)
    sheet.text(18, 20, "Tallgrass Metrics")
    sheet.font("Helvetica", 7.5)
    support = folks.national(folks.phone(rng, "US", mobile=False))
    block(
        sheet,
        18,
        26,
        [
            "Tallgrass Metrics, Inc.",
            "600 Congress Ave, Suite 1400",
            "Austin, TX 78701",
            f"Support {support} · billing@tallgrassmetrics.io",
        ],
        3.4,
    )
    sheet.font("Helvetica", 18, bold=True)
    sheet.text(198, 22, "CREDIT MEMO" if invoice.credit_note else "INVOICE", "right")
    sheet.font("Helvetica", 7.5)
    start = invoice.issue
    renewal = start.replace(year=start.year + 1)
    period_end = start + dt.timedelta(days=29)
    grid = [
        ("Invoice #" if not invoice.credit_note else "Memo #", invoice.number),
        ("Invoice date", us(invoice.issue)),
        ("Account ID", party.customer_ref or ""),
        ("PO Number", f"PO-{rng.randrange(1000, 9999)}"),
    ]
    for index, (label, value) in enumerate(grid):
        sheet.box(18 + index * 45, 46, 45, 11)
        row(sheet, 50, [(20 + index * 45, label, "left")])
        row(sheet, 55, [(20 + index * 45, value, "left")])
    one_line = seed % 2 == 0
    sheet.box(18, 60, 100 if one_line else 90, 26)
    sheet.font("Helvetica", 7, bold=True)
    sheet.text(20, 64, "BILL TO")
    sheet.font("Helvetica", 8)
    block(sheet, 20, 69, address_lines(party, one_line), 4)
    sheet.font("Helvetica", 7, bold=True)
    sheet.text(125, 64, "BILLING CONTACT")
    sheet.font("Helvetica", 8)
    block(sheet, 125, 69, [contact, f"Cell: {printed}", party.email or ""], 4)
    sheet.font("Helvetica", 7.5)
    block(
        sheet,
        18,
        94,
        [
            f"Subscription ID sub_{rng.randrange(10**9, 10**10)} · started"
            f" {en_abbr(start.replace(day=1) - dt.timedelta(days=200))}",
            f"Billing period {en_abbr(start)} – {en_abbr(period_end)} · auto-renews on"
            f" {us(renewal)}",
        ],
        4,
    )
    y = 108
    sheet.font("Helvetica", 7.5, bold=True)
    row(
        sheet,
        y,
        [
            (18, "DESCRIPTION", "left"),
            (130, "QTY", "right"),
            (160, "UNIT PRICE", "right"),
            (198, "AMOUNT", "right"),
        ],
    )
    sheet.rule(18, y + 1.5, 198, y + 1.5)
    sheet.font("Helvetica", 7.5)
    for line in invoice.lines:
        y += 5
        row(sheet, y, [(18, line.description, "left"), (130, f"{line.quantity}", "right")])
        row(
            sheet,
            y,
            [
                (160, f"${en_money(line.unit_price)}", "right"),
                (198, f"${en_money(line.amount)}", "right"),
            ],
        )
    y += 10
    totals = [("Subtotal", invoice.net), ("Sales tax (0%)", invoice.vat)]
    totals += [(d.label, -d.amount) for d in invoice.deductions]
    for label, amount in totals:
        text = f"(${en_money(-amount)})" if amount < 0 else f"${en_money(amount)}"
        row(sheet, y, [(140, label, "left"), (198, text, "right")])
        y += 4.5
    sheet.font("Helvetica", 9.5, bold=True)
    final = "Total credit (USD)" if invoice.credit_note else "Amount due (USD)"
    row(sheet, y + 1, [(140, final, "left"), (198, f"${en_money(invoice.to_pay)}", "right")])
    sheet.font("Helvetica", 7.5)
    y += 12
    manager = folks.person(rng, folks.US_FIRST, folks.US_LAST)
    manager_phone = folks.international(folks.phone(rng, "US"))
    sheet.text(
        18,
        y,
        f"Your Customer Success Manager: {manager[0]} {manager[1]} · {manager_phone} ·"
        f" {manager[0].lower()}@tallgrassmetrics.io",
    )
    terms = None
    if invoice.due is None:
        sheet.text(18, y + 4.5, "This credit memo will be applied to your next invoice.")
    elif seed % 2 == 0:
        sheet.text(18, y + 4.5, f"Due date: {en_long(invoice.due)} · ACH or card on file")
    else:
        sheet.text(18, y + 4.5, f"{TERMS} · ACH or card on file")
        terms = TERMS
    sheet.save()
    return [Piece(invoice, terms=terms)]


LAYOUT = Layout("us_saas", "US", "reportlab", draw)
