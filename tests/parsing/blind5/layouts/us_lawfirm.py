"""A Philadelphia law firm's statement for professional services, on Letter paper.

Bill To with "City, ST 12345-6789"; Client No. (the customer reference) beside a Matter No.
that begins with it (distractor); time entries with their own dates; Terms Net 30 with a
Due Date; a retainer or payment received as "Amount paid" → Balance due (USD); the firm's own
Suite, phone and e-mail in the letterhead.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from ..people import english_name, pick
from ..sheet import Sheet
from ..wording import american, english, us_long
from .base import Layout, issue_day

STREETS = (
    "Pine Street",
    "Lancaster Avenue",
    "Old York Road",
    "Germantown Pike",
    "Baltimore Pike",
    "Haverford Road",
    "Route 70",
)
TOWNS = (
    ("Cherry Hill", "NJ", "08002"),
    ("Wilmington", "DE", "19801"),
    ("Bryn Mawr", "PA", "19010"),
    ("Media", "PA", "19063"),
    ("Doylestown", "PA", "18901"),
    ("Haddonfield", "NJ", "08033"),
    ("Newark", "DE", "19711"),
)
COMPANIES = (
    "Keystone Millwork, Inc.",
    "Brandywine Dental Group, P.C.",
    "Delaware Valley Logistics LLC",
    "Schuylkill Tap Room LLC",
    "Radnor Pediatrics, P.A.",
)
WORK = (
    "Review and revise lease amendment",
    "Telephone conference with client re settlement",
    "Draft operating agreement",
    "Research re non-compete enforceability",
    "Prepare correspondence to opposing counsel",
    "Attend deposition",
    "Review title report and survey",
)


def make(rng: random.Random, seed: int) -> Invoice:
    _, first, last = english_name(rng)
    company = seed % 3 == 0
    town, state, zip5 = pick(rng, TOWNS)
    plus4 = f"-{rng.randrange(1000, 9999)}" if seed % 2 else ""
    street = [f"{rng.randrange(100, 9999)} {pick(rng, STREETS)}"]
    if seed % 5 == 1:
        street.append(f"Suite {rng.randrange(100, 499)}")
    client = f"{rng.randrange(10000, 39999)}"
    debtor = Party(
        name=pick(rng, COMPANIES) if company else f"{first} {last}",
        street=tuple(street),
        postcode=zip5 + plus4,
        city=town,
        country="US",
        state=state,
        attention=f"Attn: {first} {last}" if company else None,
        email=f"{first[0]}{last}@{pick(rng, ('gmail.com', 'comcast.net', 'verizon.net'))}".lower()
        if seed % 4
        else None,
        customer_ref=client,
    )
    issue = issue_day(rng)
    rate = Decimal(pick(rng, (275, 325, 395, 450)))
    lines = []
    for offset in sorted(rng.sample(range(5, 28), rng.randrange(3, 7))):
        day = issue - dt.timedelta(days=offset)
        hours = Decimal(rng.randrange(2, 36)) / 10
        lines.append(Line(pick(rng, WORK), hours, rate, Decimal(0), american(day)))
    lines.append(Line("Filing fee, Court of Common Pleas", Decimal(1), Decimal("145.00"), 0))
    invoice = Invoice(
        number=f"{rng.randrange(118000, 129999)}",
        issue=issue,
        due=issue + dt.timedelta(days=30),
        currency="USD",
        debtor=debtor,
        lines=lines,
    )
    if seed % 3 != 2:
        invoice.deductions.append(
            Deduction("Amount paid", Decimal(pick(rng, (500, 750, 1000, 1500))))
        )
    invoice.extras["matter"] = f"{client}-{rng.randrange(1, 12):03d}"
    return invoice


def draw(sheet: Sheet, invoice: Invoice) -> None:
    debtor = invoice.debtor
    sheet.font("Times", 16, bold=True)
    sheet.text(108, 20, "HARTWELL & OYELARAN LLP", "centre")
    sheet.font("Times", 9)
    sheet.text(108, 25, "Attorneys at Law", "centre")
    sheet.text(108, 29, "1200 Market Street, Suite 1450, Philadelphia, PA 19107-3301", "centre")
    sheet.text(108, 33, "(215) 963-4410  |  billing@hartwell-oyelaran.com", "centre")
    sheet.rule(20, 37, 196, 37, 0.6)
    sheet.font("Times", 12, bold=True)
    sheet.text(20, 47, "STATEMENT FOR PROFESSIONAL SERVICES")
    sheet.font("Times", 10, bold=True)
    sheet.text(20, 57, "Bill To:")
    sheet.font("Times", 10)
    block = [debtor.name] + ([debtor.attention] if debtor.attention else [])
    block += [*debtor.street, f"{debtor.city}, {debtor.state} {debtor.postcode}"]
    if debtor.email:
        block.append(debtor.email)
    y = 62.0
    for line in block:
        sheet.text(20, y, line)
        y += 4.6
    facts = (
        ("Invoice No.", invoice.number),
        ("Invoice Date", us_long(invoice.issue)),
        ("Client No.", debtor.customer_ref or ""),
        ("Matter No.", invoice.extras["matter"]),
        ("Terms", "Net 30"),
        ("Due Date", american(invoice.due) if invoice.due else ""),
    )
    y = 57.0
    for label, value in facts:
        sheet.font("Times", 10, bold=True)
        sheet.text(128, y, label)
        sheet.font("Times", 10)
        sheet.text(196, y, value, "right")
        y += 4.8
    sheet.font("Times", 10, bold=True)
    y = 100.0
    sheet.text(20, y, "Date")
    sheet.text(45, y, "Description")
    sheet.text(145, y, "Hours", "right")
    sheet.text(168, y, "Rate", "right")
    sheet.text(196, y, "Amount", "right")
    sheet.rule(20, y + 1.5, 196, y + 1.5)
    sheet.font("Times", 10)
    y += 6
    for line in invoice.lines:
        sheet.text(20, y, line.unit or american(invoice.issue))
        sheet.text(45, y, line.description)
        if line.unit:
            sheet.text(145, y, f"{line.quantity:.2f}", "right")
            sheet.text(168, y, english(line.unit_price), "right")
        sheet.text(196, y, english(line.amount), "right")
        y += 5
    sheet.rule(120, y - 2, 196, y - 2)
    fees = sum((line.amount for line in invoice.lines if line.unit), Decimal(0))
    rows = [
        ("Total fees", english(fees)),
        ("Total disbursements", english(invoice.net - fees)),
        ("Total current charges", english(invoice.gross)),
    ]
    rows += [(d.label, f"({english(d.amount)})") for d in invoice.deductions]
    y += 3
    for label, value in rows:
        sheet.text(120, y, label)
        sheet.text(196, y, f"${value}", "right")
        y += 5
    sheet.font("Times", 11, bold=True)
    sheet.text(120, y + 1, "Balance due (USD)")
    sheet.text(196, y + 1, f"${english(invoice.to_pay)}", "right")
    sheet.font("Times", 8)
    sheet.text(20, 250, "Please reference your Client and Matter numbers with your remittance.")
    sheet.text(20, 254, "Wire: PNC Bank, ABA 031000053, Acct 8026-114-771 (IOLTA excluded).")


LAYOUT = Layout("us_lawfirm", "US", "fpdf2", make, draw, size="Letter")
