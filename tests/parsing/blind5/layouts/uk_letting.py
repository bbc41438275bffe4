"""A Cheltenham letting agent's invoice to a landlord, collected by Direct Debit.

The landlord's postcode on its own line under the town in capitals and the county; house
names; the let property's address (distractor) in the body; "Account number" (the customer
reference) beside a tenancy reference; the landlord's phone and e-mail in a side block beside
the address; "will be collected by Direct Debit on or after" as the due date; an amount paid
on account deducted on some seeds; the agent's own phone and e-mail in the letterhead.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from ..people import e164, email_of, english_name, national, phone, pick
from ..sheet import Sheet
from ..wording import english, english_ordinal
from .base import Layout, issue_day, money

HOUSES = ("Rose Cottage", "The Old Forge", "Willow Barn", "Orchard House", "Holly Lodge")
STREETS = ("Mill Lane", "Church Street", "Station Road", "The Green", "Kingsmead Close")
TOWNS = (
    ("CIRENCESTER", "Gloucestershire", "GL7"),
    ("TEWKESBURY", "Gloucestershire", "GL20"),
    ("STROUD", "Gloucestershire", "GL5"),
    ("EVESHAM", "Worcestershire", "WR11"),
    ("CHIPPING NORTON", "Oxfordshire", "OX7"),
    ("MALVERN", "Worcestershire", "WR14"),
)
LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
PROPERTIES = ("Lansdown Road", "Hewlett Road", "Suffolk Square", "Pittville Lawn")


def make(rng: random.Random, seed: int) -> Invoice:
    civility, first, last = english_name(rng)
    town, county, outward = pick(rng, TOWNS)
    postcode = f"{outward} {rng.randrange(1, 9)}{pick(rng, LETTERS)}{pick(rng, LETTERS)}"
    street = [f"{rng.randrange(1, 80)} {pick(rng, STREETS)}"]
    if seed % 3 == 0:
        street.insert(0, pick(rng, HOUSES))
    mobile = phone(rng, "GB") if seed % 5 != 4 else None
    debtor = Party(
        name=f"{civility} {first[0]} {last}" if seed % 2 else f"{civility} {first} {last}",
        street=tuple(street),
        postcode=postcode,
        city=town.title() if seed % 4 == 1 else town,
        country="GB",
        county=county,
        email=email_of(first, last, rng).split("@")[0] + "@btinternet.com" if seed % 3 else None,
        phone=e164(mobile) if mobile else None,
        customer_ref=f"LL{rng.randrange(1000, 9999):06d}",
    )
    rent = money(rng, 850, 1900, 500)
    share = Decimal(pick(rng, ("10", "12", "14")))
    lines = [
        Line(f"Management fee {share}% of rent received", Decimal(1), rent * share / 100, 20),
    ]
    if seed % 2 == 0:
        lines.append(Line("Landlord gas safety certificate", Decimal(1), money(rng, 60, 95), 20))
    if seed % 3 == 1:
        lines.append(Line("Inventory check-out report", Decimal(1), money(rng, 90, 160), 20))
    issue = issue_day(rng)
    invoice = Invoice(
        number=f"INV-{issue:%y}-{rng.randrange(1, 9999):04d}",
        issue=issue,
        due=issue + dt.timedelta(days=rng.randrange(10, 16)),
        currency="GBP",
        debtor=debtor,
        lines=lines,
    )
    if seed % 4 == 2:
        invoice.deductions.append(Deduction("Less: amount paid on account", money(rng, 20, 60)))
    invoice.extras.update(
        mobile=mobile,
        rent=rent,
        property=f"Flat {rng.randrange(1, 9)}, {rng.randrange(2, 60)} {pick(rng, PROPERTIES)}",
        tenancy=f"T/{rng.randrange(10000, 99999)}",
    )
    return invoice


def draw(sheet: Sheet, invoice: Invoice) -> None:
    debtor = invoice.debtor
    extras = invoice.extras
    sheet.font("Helvetica", 15, bold=True)
    sheet.text(190, 20, "Fernside Lettings", "right")
    sheet.font("Helvetica", 8)
    for n, line in enumerate(
        (
            "4 Imperial Square, Cheltenham GL50 1QB",
            "01242 580 331  ·  accounts@fernside-lettings.co.uk",
            "VAT Reg No 318 4471 26",
        )
    ):
        sheet.text(190, 25 + 4 * n, line, "right")
    sheet.font("Helvetica", 10)
    block = [debtor.name, *debtor.street, debtor.city, debtor.county or "", debtor.postcode]
    y = 52.0
    for line in block:
        sheet.text(22, y, line)
        y += 4.8
    sheet.font("Helvetica", 8, bold=True)
    sheet.text(112, 52, "Your details")
    sheet.font("Helvetica", 8)
    side = []
    if extras["mobile"]:
        side.append(f"Mobile  {national(extras['mobile'])}")
    if debtor.email:
        side.append(f"Email  {debtor.email}")
    side.append("Preferred contact: email" if debtor.email else "Preferred contact: post")
    for n, line in enumerate(side):
        sheet.text(112, 57 + 4.2 * n, line)
    sheet.font("Helvetica", 14, bold=True)
    sheet.text(22, 94, "INVOICE")
    sheet.font("Helvetica", 9)
    facts = (
        ("Invoice number", invoice.number),
        ("Invoice date", english_ordinal(invoice.issue)),
        ("Account number", debtor.customer_ref or ""),
        ("Tenancy ref", extras["tenancy"]),
        ("Property", f"{extras['property']}, Cheltenham GL50 2JA"),
    )
    for n, (label, value) in enumerate(facts):
        sheet.text(22, 102 + 4.6 * n, label)
        sheet.text(60, 102 + 4.6 * n, value)
    y = 134.0
    sheet.box(22, y - 4.5, 168, 6.5, grey=0.88)
    sheet.font("Helvetica", 9, bold=True)
    sheet.text(24, y, "Description")
    sheet.text(150, y, "Net", "right")
    sheet.text(168, y, "VAT", "right")
    sheet.text(188, y, "Gross", "right")
    sheet.font("Helvetica", 9)
    sheet.text(24, y + 7, f"Rent received for the period: £{english(extras['rent'])}")
    y += 13
    for line in invoice.lines:
        sheet.text(24, y, line.description)
        sheet.text(150, y, english(line.amount), "right")
        sheet.text(168, y, english(line.tax), "right")
        sheet.text(188, y, english(line.amount + line.tax), "right")
        y += 5
    y += 4
    rows = [("Total net", invoice.net), ("VAT @ 20%", invoice.vat), ("Total", invoice.gross)]
    for label, value in rows:
        sheet.text(130, y, label)
        sheet.text(188, y, f"£{english(value)}", "right")
        y += 5
    for deduction in invoice.deductions:
        sheet.text(130, y, deduction.label)
        sheet.text(188, y, f"-£{english(deduction.amount)}", "right")
        y += 5
    sheet.font("Helvetica", 10, bold=True)
    sheet.text(130, y + 1, "Balance to pay")
    sheet.text(188, y + 1, f"£{english(invoice.to_pay)}", "right")
    sheet.font("Helvetica", 9)
    y += 14
    due = english_ordinal(invoice.due) if invoice.due else ""
    sheet.text(22, y, f"£{english(invoice.to_pay)} will be collected by Direct Debit on or after")
    sheet.text(
        22, y + 4.6, f"{due} from the account you hold with us (mandate FL-{debtor.customer_ref})."
    )
    sheet.font("Helvetica", 6)
    sheet.text(22, 285, "Fernside Lettings Ltd, registered in England and Wales no. 07345120.")


LAYOUT = Layout("uk_letting", "GB", "reportlab", make, draw)
