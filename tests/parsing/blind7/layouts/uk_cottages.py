"""Highland holiday-cottage agency's booking invoice (reportlab, DejaVu Serif, Inverness).

The lead guest's billing address at the left with the town, an optional county and the
postcode on its own line (Scottish and English districts), or a French address with a FRANCE
line; "Customer no." (the reference) beside "Booking ref." and the property code in a details
column at the right; the guest's mobile and e-mail in a "Your contact details" box beside the
address; the cottage's own address, arrival and departure dates as distractors; the 25 %
deposit received deducted → "Balance due"; "Balance payable by 12th January 2027" (the due
date, before arrival); a refundable security deposit as a distractor amount; £1,234.56.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Deduction, Invoice, Line, Party
from tests.parsing.blind5.people import email_of, english_name, french_name, pick
from tests.parsing.blind5.sheet import LabSheet

from ..bill import Piece, issue_day, money, write
from ..folks import STREETS_GB, TOWNS_FR, TOWNS_GB, phone_e164, printed, street_fr
from ..wording import commas, english_long, english_ordinal

COTTAGES = (
    ("Birch Cottage", "Tomich, by Cannich, Strathglass"),
    ("The Old Schoolhouse", "Foyers, Loch Ness side"),
    ("Corrie Bothy", "Glen Affric estate, by Cannich"),
    ("Heron's Rest", "Plockton waterfront"),
    ("Stag Lodge", "Dalwhinnie, Badenoch"),
)
UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def postcode_in(rng: random.Random, district: str) -> str:
    return f"{district} {rng.randint(1, 9)}{pick(rng, UNIT_LETTERS)}{pick(rng, UNIT_LETTERS)}"


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    arrival = issue + dt.timedelta(days=rng.randint(70, 160))
    due = arrival - dt.timedelta(days=rng.choice((28, 42, 56)))
    french = seed % 6 == 5
    if french:
        civility, first, last = french_name(rng)
        name = f"{civility} {first} {last}"
        postcode, city = pick(rng, TOWNS_FR)
        street = (street_fr(rng),)
        tail = [f"{postcode} {city}", "FRANCE"]
        country = "FR"
    else:
        civility, first, last = english_name(rng)
        name = f"{civility} {first} {last}" if seed % 2 else f"{civility} {first[0]} {last}"
        district, city, county = pick(rng, TOWNS_GB)
        postcode = postcode_in(rng, district)
        street = (f"{rng.randint(1, 140)} {pick(rng, STREETS_GB)}",)
        if seed % 4 == 2:
            street = (f"Flat {rng.randint(1, 9)}/{rng.randint(1, 3)}", street[0])
        tail = [city.upper() if seed % 3 == 0 else city, *([county] if county else []), postcode]
        country = "GB"
    mobile = phone_e164(rng, country)
    email = email_of(first, last, rng) if seed % 3 != 1 else None
    ref = f"G{rng.randint(10000, 99999)}"
    debtor = Party(
        name, street, postcode, city, country, email=email, phone=mobile, customer_ref=ref
    )
    nights = rng.choice((3, 4, 7, 10, 14))
    cottage, place = pick(rng, COTTAGES)
    lines = [
        Line(f"{cottage}, {nights} nights", Decimal(1), money(rng, 95, 210) * nights, Decimal(0))
    ]
    if seed % 2 == 0:
        lines.append(
            Line("Dog (per stay)", Decimal(rng.randint(1, 2)), Decimal("35.00"), Decimal(0))
        )
    lines.append(Line("Linen and towels", Decimal(rng.randint(2, 6)), Decimal("18.50"), Decimal(0)))
    number = f"GAL{issue:%y}/{rng.randint(1000, 9999)}"
    invoice = Invoice(number, issue, due, "GBP", debtor, lines)
    deposit = (invoice.gross * Decimal("0.25")).quantize(Decimal("0.01"))
    invoice.deductions.append(Deduction("Less deposit received", deposit))

    sheet = LabSheet(path)
    sheet.font("DejaVuSerif", 15, bold=True)
    sheet.text(20, 22, "Glen Affric Holiday Lets")
    sheet.font("DejaVuSerif", 7.5)
    write(
        sheet,
        20,
        28,
        (
            "14 Ardconnel Terrace, Inverness IV2 3AE",
            "01463 712 904 · stay@glenaffriclets.co.uk",
            "VAT reg. 318 5524 09",
        ),
        3.6,
    )
    sheet.font("DejaVuSerif", 13, bold=True)
    sheet.text(190, 22, "Booking Invoice", align="right")
    details = (
        ("Invoice no.", number),
        ("Invoice date", english_ordinal(issue)),
        ("Customer no.", ref),
        ("Booking ref.", f"BK{rng.randint(100000, 999999)}"),
        ("Property code", f"{cottage[:3].upper()}-{rng.randint(1, 9)}"),
    )
    y = 30
    for label, value in details:
        sheet.font("DejaVuSerif", 7)
        sheet.text(140, y, label)
        sheet.font("DejaVuSerif", 8)
        sheet.text(190, y, value, align="right")
        y += 4.2
    sheet.font("DejaVuSerif", 9.5)
    write(sheet, 20, 58, (name, *street, *tail), 4.4)
    sheet.box(112, 54, 78, 16)
    sheet.font("DejaVuSerif", 7)
    sheet.text(114, 58, "Your contact details")
    sheet.font("DejaVuSerif", 8)
    write(
        sheet,
        114,
        62.5,
        (f"Mobile: {printed(mobile, 'international')}", f"Email: {email or 'not given'}"),
        4,
    )
    y = 92
    sheet.font("DejaVuSerif", 8.5)
    write(
        sheet,
        20,
        y,
        (
            f"Your stay at {cottage}, {place}",
            f"Arrival {english_long(arrival)} from 4 pm – departure "
            f"{english_long(arrival + dt.timedelta(days=nights))} by 10 am",
        ),
        4.6,
    )
    y = 110
    sheet.rule(20, y - 4, 190, y - 4)
    for line in lines:
        sheet.text(20, y, line.description)
        sheet.text(
            150, y, f"{line.quantity} x £{commas(line.unit_price)}" if line.quantity != 1 else ""
        )
        sheet.text(190, y, f"£{commas(line.amount)}", align="right")
        y += 5.5
    sheet.rule(20, y - 2, 190, y - 2)
    y += 4
    for label, value in (
        ("Total for your stay", invoice.gross),
        (invoice.deductions[0].label, -deposit),
    ):
        sheet.text(120, y, label)
        sheet.text(
            190, y, f"£{commas(value)}" if value >= 0 else f"(£{commas(-value)})", align="right"
        )
        y += 5.5
    sheet.font("DejaVuSerif", 10, bold=True)
    sheet.text(120, y + 1, "Balance due")
    sheet.text(190, y + 1, f"£{commas(invoice.to_pay)}", align="right")
    sheet.font("DejaVuSerif", 8.5)
    write(
        sheet,
        20,
        y + 14,
        (
            f"Balance payable by {english_ordinal(due) if seed % 2 else english_long(due)}, six "
            "weeks or so before arrival.",
            "A refundable security deposit of £150.00 is held on your card and released after "
            "departure.",
            "Prices include VAT where applicable. Bank: sort code 80-22-60, account 10457731.",
        ),
        4.6,
    )
    sheet.font("DejaVuSerif", 6)
    sheet.text(
        20,
        282,
        "Glen Affric Holiday Lets Ltd, registered in Scotland SC512877. Cancellation terms "
        "overleaf.",
    )
    sheet.save()
    return [Piece(invoice)]
