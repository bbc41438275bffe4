"""Welsh-borders garden designer's TAX INVOICE: reportlab Helvetica, details grid at the right,
plant schedule that runs onto a second page on seeds ≡ 2 mod 5.

Families: "Tax invoice" with the number after a bare "Invoice #"; "Terms: Net 15" with the
due date printed on even seeds and not on odd ones (the truth is issue + 15 days); "Less
deposit" deducted → Balance due; CREDIT NOTEs printed positive (seeds 5 and 16, no due date);
"Account no." in the grid beside "Your ref." (a purchase order, distractor); postcode on its
own line after the town and county; house names; the customer's "Mob." and e-mail under the
address, the studio's phone and the nursery's as distractors; two-page invoices.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind5.sheet import LabSheet

from ..bill import Bill, Debtor, Item, gross_of, net_of
from ..folks import digits, e164, en_name, gb_vat_number, mail, national, phone, pick
from ..wording import plain_uk_date, pounds
from .base import Drawn, Layout, lines, pairs

FACE = "Helvetica"
CREDIT_SEEDS = (5, 16)
PLACES = (
    ("Hay-on-Wye", "Powys", "HR3 5AE"),
    ("Monmouth", "Monmouthshire", "NP25 3EQ"),
    ("Ludlow", "Shropshire", "SY8 1AX"),
    ("Abergavenny", "Monmouthshire", "NP7 5HF"),
    ("Leominster", "Herefordshire", "HR6 8NZ"),
    ("Crickhowell", "Powys", "NP8 1BW"),
)
HOUSES = ("Ty Gwyn", "The Old Forge", "Orchard Cottage", "Pen-y-Bryn", "Holly Barn")
ROADS = ("Castle Street", "Bridge Lane", "Church Road", "Monnow Way", "Broad Street")
PLANTS = (
    "Betula utilis jacquemontii 2m",
    "Hydrangea paniculata Limelight 5L",
    "Geranium Rozanne 2L",
    "Taxus baccata hedging 60cm",
    "Salvia nemorosa Caradonna 2L",
    "Miscanthus sinensis 10L",
    "Rosa Gertrude Jekyll 4L",
    "Hakonechloa macra 3L",
    "Verbena bonariensis 1L",
    "Malus Evereste 12L",
)


def debtor_of(rng: random.Random, seed: int) -> Debtor:
    first, last = en_name(rng)
    name = pick(rng, (f"{first} {last}", f"Mr & Mrs {last}", f"Dr {first[0]} {last}"))
    town, county, postcode = pick(rng, PLACES)
    street: tuple[str, ...] = (f"{rng.randrange(1, 90)} {pick(rng, ROADS)}",)
    if rng.random() < 0.5:
        street = (pick(rng, HOUSES), *street)
    mobile = phone(rng, "GB")
    email = mail(first, last, rng, ("btinternet.com", "gmail.com", "outlook.com"))
    shown = seed % 3
    block = (name, *street, town.upper() if seed % 2 else town, county, postcode)
    if shown != 2:
        block += (f"Mob. {national(mobile)}",)
    if shown == 0:
        block += (email,)
    return Debtor(
        name,
        block,
        street,
        postcode,
        town,
        "GB",
        email=email if shown == 0 else None,
        phone=e164(mobile) if shown != 2 else None,
        customer_ref=f"GD{digits(rng, 4)}",
    )


def draw(rng: random.Random, seed: int, path: Path) -> Drawn:
    debtor = debtor_of(rng, seed)
    credit = seed in CREDIT_SEEDS
    issue = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randrange(200))
    number = f"{rng.randrange(1000, 1999)}" if not credit else f"CN-{rng.randrange(100, 199)}"
    long_list = seed % 5 == 2
    items = [
        Item(
            "Design consultation and site survey",
            Decimal(1),
            Decimal(rng.randrange(3, 7) * 50),
            Decimal(20),
        ),
    ]
    for plant in rng.sample(PLANTS, 10 if long_list else rng.randrange(3, 6)):
        items.append(
            Item(plant, Decimal(rng.randrange(1, 12)), Decimal(rng.randrange(6, 95)), Decimal(20))
        )
    if long_list:
        items += [
            Item(f"Planting labour, day {day}", Decimal(1), Decimal(240), Decimal(20))
            for day in range(1, rng.randrange(24, 30))
        ]
    gross = gross_of(items)
    deposit = Decimal(int(gross * 4 / 1000) * 100 or 50) if not credit and seed % 2 == 0 else None
    to_pay = gross - (deposit or 0)

    sheet = LabSheet(path)
    sheet.font(FACE, 14, bold=True)
    sheet.text(18, 18, "Marches Garden Design Ltd")
    sheet.font(FACE, 8)
    studio = phone(rng, "GB", mobile=False)
    lines(
        sheet,
        18,
        23,
        (
            "The Potting Shed, Wye Street, Hereford HR2 7RB",
            f"Studio {national(studio)}  ·  hello@marchesgardens.co.uk",
            f"VAT Reg No {gb_vat_number(rng)[2:]}",
        ),
        3.6,
    )
    sheet.font(FACE, 10)
    lines(sheet, 20, 52, debtor.block, 4.6)
    sheet.font(FACE, 16, bold=True)
    sheet.text(192, 52, "CREDIT NOTE" if credit else "TAX INVOICE", "right")
    sheet.font(FACE, 9)
    details = (
        ("Credit note #" if credit else "Invoice #", number),
        ("Date", plain_uk_date(issue)),
        ("Account no.", debtor.customer_ref or ""),
        ("Your ref.", f"PO {digits(rng, 5)}"),
    )
    y = 60.0
    for label, value in details:
        sheet.text(130, y, label)
        sheet.text(192, y, value, "right")
        y += 5
    y = 100.0
    sheet.font(FACE, 8.5, bold=True)
    sheet.text(18, y, "Description")
    sheet.text(140, y, "Qty", "right")
    sheet.text(165, y, "Unit", "right")
    sheet.text(192, y, "Amount", "right")
    sheet.rule(18, y + 1.5, 192, y + 1.5)
    sheet.font(FACE, 8.5)
    pages = 1
    for item in items:
        y += 5
        if y > 262:
            sheet.font(FACE, 7)
            sheet.text(192, 280, "continued overleaf - page 1 of 2", "right")
            sheet.new_page()
            pages = 2
            sheet.font(FACE, 8.5)
            sheet.text(18, 20, f"Invoice # {number} (continued) - page 2 of 2")
            y = 30.0
        sheet.text(18, y, item.description)
        sheet.text(140, y, str(item.quantity), "right")
        sheet.text(165, y, pounds(item.unit_price), "right")
        sheet.text(192, y, pounds(item.amount), "right")
    nursery = phone(rng, "GB", mobile=False)
    rows = [("Subtotal", pounds(net_of(items))), ("VAT @ 20%", pounds(gross - net_of(items)))]
    rows.append(("Total credit" if credit else "Total", pounds(gross)))
    if deposit:
        rows.append(("Less deposit received", f"({pounds(deposit)})"))
    if not credit:
        rows.append(("Balance due", pounds(to_pay)))
    y = pairs(sheet, 120, 192, y + 9, rows, 5, FACE, 9.5) + 4
    sheet.font(FACE, 8.5)
    due: dt.date | None = None
    rule = None
    if credit:
        sheet.text(18, y, "This credit will be set against your next invoice. No payment is due.")
    else:
        due = issue + dt.timedelta(days=15)
        if seed % 2 == 0:
            sheet.text(18, y, f"Terms: Net 15  -  please pay by {plain_uk_date(due)}")
        else:
            rule = "net 15"
            sheet.text(18, y, "Terms: Net 15. Bank transfer to Marches Garden Design Ltd.")
        sheet.text(
            18, y + 4.5, f"Sort code 40-{digits(rng, 2)}-{digits(rng, 2)}  Account {digits(rng, 8)}"
        )
    sheet.font(FACE, 7)
    sheet.text(18, 286, f"Plants supplied by Golden Valley Nurseries, {national(nursery)}.")
    sheet.save()
    bill = Bill(
        number,
        issue,
        due,
        gross if credit else to_pay,
        "GBP",
        debtor,
        credit_note=credit,
        deduction=deposit is not None,
        due_rule=rule,
    )
    return [(tuple(range(1, pages + 1)), bill)]


LAYOUT = Layout("uk_garden", "GB", "reportlab", draw)
