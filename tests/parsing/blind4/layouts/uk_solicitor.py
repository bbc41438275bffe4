"""An English solicitors' fee note, centred letterhead, money on account deducted."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from .. import people
from ..sheet import Sheet
from ..wording import long_uk, pounds
from .base import Layout, issued, money

TOWNS = (
    ("HARROGATE", "North Yorkshire", "HG1", 2),
    ("SHREWSBURY", "Shropshire", "SY3", 7),
    ("TAUNTON", "Somerset", "TA1", 4),
    ("CHELMSFORD", "Essex", "CM2", 0),
    ("LEEDS", None, "LS6", 3),
    ("BRISTOL", None, "BS8", 1),
    ("NORWICH", "Norfolk", "NR2", 4),
)
ROADS = (
    "Victoria Road",
    "Ashfield Close",
    "Church Lane",
    "The Paddocks",
    "Kingsway",
    "Mill Hill Drive",
    "St Mary's Street",
)
HOUSES = ("Rose Cottage", "The Old Rectory", "Flat 3, Linden Court", "Hawthorn House")
MATTERS = ("Purchase of", "Sale of", "Probate: estate of the late", "Lease renewal,")


def invent(rng: random.Random, seed: int) -> Invoice:
    first, last = rng.choice(people.FIRST), rng.choice(people.LAST)
    town, county, district, sector = rng.choice(TOWNS)
    street = [f"{rng.randrange(1, 220)} {rng.choice(ROADS)}"]
    if seed % 3 == 0:
        street.insert(0, rng.choice(HOUSES))
    mobile = people.phone(rng, "GB", "07" + str(rng.choice((4, 5, 7, 8, 9))), 8)
    title = rng.choice(("Mr", "Mrs", "Ms", "Dr", "Mr and Mrs"))
    unit = "ABDEFGHJLNPQRSTUWXYZ"
    postcode = f"{district} {sector}{rng.choice(unit)}{rng.choice(unit)}"
    debtor = Party(
        name=f"{title} {first[0]} {last}" if seed % 2 else f"{title} {first} {last}",
        street=tuple(street),
        postcode=postcode,
        city=town.title(),
        country="GB",
        county=county,
        email=people.email_for(rng, first, last, ("btinternet.com", "outlook.com"))
        if seed % 4 != 3
        else None,
        phone=people.e164(mobile) if seed % 3 == 1 else None,
        customer_ref=f"{rng.randrange(100000, 999999)}" if seed % 5 != 2 else None,
    )
    lines = [
        Line("Our professional charges", Decimal(1), money(rng, 650, 3200), Decimal(20)),
        Line("Electronic transfer fee", Decimal(1), Decimal("42.00"), Decimal(20)),
        Line("Search fees (disbursement)", Decimal(1), money(rng, 150, 420), Decimal(0)),
        Line(
            "HM Land Registry fee (disbursement)",
            Decimal(1),
            Decimal(rng.choice((20, 45, 150))),
            Decimal(0),
        ),
    ]
    day = issued(rng)
    inv = Invoice(
        number=f"FN{rng.randrange(40000, 99999)}",
        issue=day,
        due=day + dt.timedelta(days=28),
        currency="GBP",
        debtor=debtor,
        lines=lines,
        extras={
            "mobile": mobile,
            "matter": f"{rng.choice(('JH', 'PKW', 'SLM'))}/{last[:3].upper()}/"
            f"{rng.randrange(1000, 9999)}-{rng.randrange(1, 9)}",
            "property": f"{rng.randrange(1, 99)} {rng.choice(ROADS)}, "
            f"{rng.choice(TOWNS)[0].title()}",
            "what": rng.choice(MATTERS),
        },
    )
    if seed % 3 != 2:
        inv.deductions.append(Deduction("Less: money held on account", money(rng, 200, 600)))
    return inv


def draw(sheet: Sheet, inv: Invoice) -> None:
    sheet.page()
    sheet.write(105, 18, "HOLLINGWORTH & PARRY LLP", 16, bold=True, face="serif", align="center")
    sheet.write(
        105,
        24,
        "Solicitors · 14 Princes Square · York · YO1 8RP · DX 61512 York",
        8.5,
        face="serif",
        align="center",
    )
    sheet.write(
        105,
        28.5,
        "Tel 01904 611 282 · enquiries@hollingworthparry.co.uk",
        8.5,
        face="serif",
        align="center",
    )
    sheet.rule(20, 32, 190, 32, 0.6)
    d = inv.debtor
    y = 48
    rows = [d.name, *d.street, d.city.upper()]
    if d.county:
        rows.append(d.county)
    rows.append(d.postcode)
    for row in rows:
        sheet.write(22, y, row, 10.5, face="serif")
        y += 5
    if d.email:
        sheet.write(22, y + 3, f"By email: {d.email}", 9, face="serif")
    facts = [("Our ref", inv.extras["matter"])]
    if d.customer_ref:
        facts.append(("Client no.", d.customer_ref))
    facts += [("Fee note", inv.number), ("Date / tax point", long_uk(inv.issue))]
    y = 48
    for label, value in facts:
        sheet.write(125, y, f"{label}:", 9.5, face="serif", bold=True)
        sheet.write(158, y, value, 9.5, face="serif")
        y += 5
    sheet.write(22, 95, "FEE NOTE", 13, bold=True, face="serif")
    sheet.write(22, 103, f"Re: {inv.extras['what']} {inv.extras['property']}", 10, face="serif")
    if d.phone:
        sheet.write(
            22,
            108,
            f"(client mobile on file: {people.national(inv.extras['mobile'])})",
            8,
            face="serif",
        )
    y = 120
    sheet.write(140, y, "VAT", 9, bold=True, face="serif", align="right")
    sheet.write(188, y, "£", 9, bold=True, face="serif", align="right")
    y += 8
    for line in inv.lines:
        sheet.write(22, y, line.description, 10, face="serif")
        sheet.write(
            140, y, "20%" if line.vat_rate else "outside scope", 9, face="serif", align="right"
        )
        sheet.write(188, y, pounds(line.amount)[1:], 10, face="serif", align="right")
        y += 6.5
    sheet.rule(130, y - 2, 190, y - 2)
    y += 4
    rows2 = [
        ("Total before VAT", pounds(inv.net)),
        ("VAT at 20%", pounds(inv.vat)),
        ("Total of this fee note", pounds(inv.gross)),
    ]
    rows2 += [(ded.label, f"-{pounds(ded.amount)}") for ded in inv.deductions]
    rows2.append(("BALANCE NOW DUE", pounds(inv.to_pay)))
    for label, value in rows2:
        bold = label == "BALANCE NOW DUE"
        sheet.write(100, y, label, 10, face="serif", bold=bold)
        sheet.write(188, y, value, 10, face="serif", bold=bold, align="right")
        y += 6
    assert inv.due
    y += 10
    sheet.write(
        22,
        y,
        f"Payment is due within 28 days, by {long_uk(inv.due)}. Please quote our reference.",
        9.5,
        face="serif",
    )
    sheet.write(
        22,
        y + 5,
        "Barclays Bank, Client Account, sort code 20-45-77, account 61203398",
        9.5,
        face="serif",
    )
    sheet.write(
        105,
        282,
        "Authorised and regulated by the Solicitors Regulation Authority, SRA "
        "no. 612877. VAT reg. GB 298 4471 26",
        7,
        face="serif",
        align="center",
    )


LAYOUT = Layout("uk_solicitor", "GB", "reportlab", 20, invent, draw)
