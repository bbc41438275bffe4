"""A Bavarian joiner's invoices written in English for international clients, German number
and date formats, a delivery address as a distractor, some credit notes printed positive."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from .. import people
from ..sheet import Sheet
from ..wording import dotted, german
from .base import COUNTRY_LINES, Layout, issued, money

HOME = (
    ("80802", "München", "Leopoldstraße"),
    ("82319", "Starnberg", "Hanfelder Straße"),
    ("83022", "Rosenheim", "Münchener Straße"),
    ("86150", "Augsburg", "Maximilianstraße"),
)
AUSTRIA = (
    ("1060", "Wien", "Mariahilfer Straße"),
    ("5020", "Salzburg", "Linzer Gasse"),
    ("6020", "Innsbruck", "Maria-Theresien-Straße"),
)
NAMES = (
    "Lukas Hofbauer",
    "Sophie Wimmer",
    "James O'Connell",
    "Claire Dubois-Wagner",
    "Anna Lindqvist",
    "Tobias Rieger",
    "Marta Kowalczyk",
)
WORK = (
    ("Solid oak dining table, 220 x 95 cm", 2850),
    ("Built-in wardrobe, walnut veneer", 4100),
    ("Kitchen worktop, fitted", 1380),
    ("Assembly on site (per hour)", 58),
    ("Delivery and installation", 240),
    ("Oiled oak stair treads", 186),
)


def invent(rng: random.Random, seed: int) -> Invoice:
    person = rng.choice(NAMES)
    first, last = person.split(" ", 1)
    austria = seed % 3 == 1
    postcode, city, road = rng.choice(AUSTRIA if austria else HOME)
    street = f"{road} {rng.randrange(1, 120)}" + (f"/{rng.randrange(1, 20)}" if austria else "")
    mobile = people.phone(
        rng, "AT" if austria else "DE", "0664" if austria else "0151", 7 if austria else 8
    )
    company = seed % 4 == 0
    debtor = Party(
        name=f"{last} Architekten GmbH" if company else person,
        street=(street,),
        postcode=postcode,
        city=city,
        country="AT" if austria else "DE",
        attention=f"Attn. {person}" if company else None,
        email=people.email_for(rng, first, last, ("gmx.de", "web.de", "aon.at"))
        if seed % 2
        else None,
        phone=people.e164(mobile) if seed % 4 != 3 else None,
        customer_ref=f"K-{rng.randrange(10000, 99999)}" if seed % 5 != 3 else None,
        business=company,
    )
    credit = seed % 6 == 5
    chosen = rng.sample(WORK, 1 if credit else rng.randrange(2, 4))
    lines = [
        Line(
            name,
            Decimal(rng.randrange(2, 20)) if price < 100 else Decimal(1),
            Decimal(price),
            Decimal(19),
        )
        for name, price in chosen
    ]
    day = issued(rng)
    inv = Invoice(
        number=f"{'GS' if credit else 'RE'}-{day.year}-{rng.randrange(100, 999)}",
        issue=day,
        due=None if credit else day + dt.timedelta(days=rng.choice((10, 14, 30))),
        currency="EUR",
        debtor=debtor,
        lines=lines,
        credit_note=credit,
        extras={
            "mobile": mobile,
            "order": f"AB-{rng.randrange(2000, 2999)}",
            "delivery": f"{rng.choice(HOME)[2]} {rng.randrange(1, 90)}, {rng.choice(HOME)[0]}",
            "delivered": day - dt.timedelta(days=rng.randrange(3, 20)),
            "cancels": f"RE-{day.year}-{rng.randrange(100, 999)}",
        },
    )
    if not credit and seed % 2 == 0:
        inv.deductions.append(
            Deduction(
                f"Less advance payment received {dotted(day - dt.timedelta(days=45))}",
                money(rng, 500, 1500),
            )
        )
    return inv


def draw(sheet: Sheet, inv: Invoice) -> None:
    sheet.page()
    sheet.write(190, 20, "Schreinerei Brandl", 16, bold=True, align="right")
    sheet.write(190, 26, "Meisterbetrieb seit 1987", 8, align="right")
    sheet.write(190, 34, "Gewerbering 7", 8, align="right")
    sheet.write(190, 38, "83646 Bad Tölz, Germany", 8, align="right")
    sheet.write(190, 42, "Phone +49 8041 79 33 10", 8, align="right")
    sheet.write(190, 46, "info@schreinerei-brandl.de", 8, align="right")
    sheet.write(25, 47, "Schreinerei Brandl · Gewerbering 7 · 83646 Bad Tölz", 6.5)
    sheet.rule(25, 48.5, 105, 48.5, 0.2)
    d = inv.debtor
    rows = [d.name]
    if d.attention:
        rows.append(d.attention)
    rows += [*d.street, f"{d.postcode} {d.city}"]
    if d.country != "DE":
        rows.append(COUNTRY_LINES[d.country].upper())
    for i, row in enumerate(rows):
        sheet.write(25, 55 + 4.8 * i, row, 10)
    title = "CREDIT NOTE" if inv.credit_note else "INVOICE"
    sheet.write(25, 98, f"{title} {inv.number}", 14, bold=True)
    facts = [("Date", dotted(inv.issue))]
    if d.customer_ref:
        facts.append(("Customer no.", d.customer_ref))
    facts.append(("Order confirmation", inv.extras["order"]))
    if d.phone:
        facts.append(("Your phone", people.international(inv.extras["mobile"])))
    if d.email:
        facts.append(("Your e-mail", d.email))
    for i, (label, value) in enumerate(facts):
        sheet.write(130, 62 + 5 * i, label, 8.5)
        sheet.write(190, 62 + 5 * i, value, 8.5, align="right")
    y = 106
    if inv.credit_note:
        sheet.write(25, y, f"We credit you the following for invoice {inv.extras['cancels']}:", 9.5)
    else:
        sheet.write(
            25,
            y,
            f"Delivered and installed on {dotted(inv.extras['delivered'])} at: "
            f"{inv.extras['delivery']}",
            9.5,
        )
    y += 10
    sheet.box(25, y - 5, 165, 7, shade=0.88)
    for x, title2, align in (
        (27, "Pos.  Description", "left"),
        (130, "Qty", "right"),
        (158, "Unit price", "right"),
        (188, "Total", "right"),
    ):
        sheet.write(x, y, title2, 8.5, bold=True, align=align)
    y += 8
    for pos, line in enumerate(inv.lines, 1):
        sheet.write(27, y, f"{pos:>3}   {line.description}", 9.5)
        sheet.write(130, y, str(line.quantity), 9.5, align="right")
        sheet.write(158, y, german(line.unit_price), 9.5, align="right")
        sheet.write(188, y, german(line.amount), 9.5, align="right")
        y += 6
    sheet.rule(110, y - 2, 190, y - 2)
    y += 4
    rows2 = [
        ("Net amount", german(inv.net)),
        ("VAT 19 %", german(inv.vat)),
        ("Gross amount", german(inv.gross)),
    ]
    rows2 += [(ded.label, f"- {german(ded.amount)}") for ded in inv.deductions]
    last = "Credit amount" if inv.credit_note else "Amount payable"
    rows2.append((last, german(inv.to_pay)))
    for label, value in rows2:
        bold = label == last
        sheet.write(100, y, label, 9.5, bold=bold)
        sheet.write(188, y, value, 9.5, bold=bold, align="right")
        y += 6
    y += 8
    if inv.credit_note:
        sheet.write(25, y, "The credit will be refunded to your account within 14 days.", 9.5)
    else:
        assert inv.due
        sheet.write(25, y, f"Please pay by {dotted(inv.due)} without deduction.", 9.5)
    sheet.write(
        105,
        283,
        "Sparkasse Bad Tölz-Wolfratshausen · IBAN DE44 7005 4306 0000 1234 56"
        " · USt-IdNr. DE 128 445 901",
        7,
        align="center",
    )


LAYOUT = Layout("de_schreiner", "DE", "reportlab", 20, invent, draw)
