"""Sassuolo tile maker's export invoice written in English (fpdf2, DejaVu Sans Condensed).

"SOLD TO" at the left (French and Belgian companies with a country line, Italian ones at home
with 22 % VAT) beside a rival "SHIP TO" (a warehouse or site); a boxed facts grid with
"Invoice No. 2026/FE/00412", "Date", "Customer code" (the reference), "Your order" and
"Agent" (distractors); intra-EU supplies without VAT (art. 41); continental amounts 1.234,56;
on even seeds two instalments "30/60 days end of month" printed as a table (due date = the
first, amount = the whole), on odd seeds one "Due date"; one CREDIT NOTE printed positive.
"""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Line, Party
from tests.parsing.blind5.people import pick
from tests.parsing.blind5.sheet import FpdfSheet

from ..bill import Piece, issue_day, money, write
from ..folks import (
    COMPANY_WORDS,
    STREETS_BE,
    STREETS_IT,
    TOWNS_BE,
    TOWNS_FR,
    TOWNS_IT,
    phone_e164,
    printed,
    slug,
    street_fr,
)
from ..wording import COUNTRY_LINES, dots, end_of_month_then, slashed

TILES = (
    "Porcelain tile 'Pietra di Luna' 60x120 rett., m²",
    "Porcelain tile 'Cotto Antico' 30x60, m²",
    "Wall tile 'Riflessi' white gloss 7,5x30, m²",
    "Outdoor tile 'Travertino' 20 mm 60x60, m²",
    "Skirting 'Pietra di Luna' 8x60, pcs",
)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    credit = seed == 9
    schedule = seed % 2 == 0 and not credit
    country = pick(rng, ("FR", "FR", "FR", "BE", "IT"))
    word = pick(rng, COMPANY_WORDS)
    if country == "FR":
        name = f"SAS Carrelages {word}"
        postcode, city = pick(rng, TOWNS_FR)
        street = (street_fr(rng),)
        town_line = f"{postcode} {city}"
    elif country == "BE":
        name = f"SRL Carrelages {word}"
        postcode, city = pick(rng, TOWNS_BE)
        street = (f"{pick(rng, STREETS_BE)} {rng.randint(1, 200)}",)
        town_line = f"{postcode} {city}"
    else:
        name = f"Edilpiastrelle {word} S.r.l."
        postcode, city, province = pick(rng, TOWNS_IT)
        street = (f"{pick(rng, STREETS_IT)}, {rng.randint(1, 120)}",)
        town_line = f"{postcode} {city} ({province})"
    tel = phone_e164(rng, country, mobile=False) if seed % 3 else None
    email = f"achats@{slug(word)}-carrelages.{country.lower()}" if seed % 4 in (1, 2) else None
    ref = f"C{rng.randint(10000, 39999)}"
    debtor = Party(name, street, postcode, city, country, email=email, phone=tel, customer_ref=ref)
    rate = Decimal(22) if country == "IT" else Decimal(0)
    lines = [
        Line(label, Decimal(rng.randint(12, 480)), money(rng, 14, 58), rate)
        for label in rng.sample(TILES, rng.randint(1, 3))
    ]
    lines.append(Line("Pallets and packing", Decimal(rng.randint(1, 6)), Decimal("18.00"), rate))
    first = end_of_month_then(issue, 30)
    second = end_of_month_then(issue, 60)
    due = None if credit else (first if schedule else end_of_month_then(issue, 60))
    number = f"{issue.year}/{'NC' if credit else 'FE'}/{rng.randint(1, 3000):05d}"
    invoice = Invoice(number, issue, due, "EUR", debtor, lines, credit_note=credit)

    sheet = FpdfSheet(path)
    sheet.font("DejaVuSansCondensed", 14, bold=True)
    sheet.text(15, 18, "CERAMICHE VAL SECCHIA S.p.A.")
    sheet.font("DejaVuSansCondensed", 7)
    write(
        sheet,
        15,
        23,
        (
            "Via Radici in Piano, 412 – 41049 Sassuolo (MO) – Italy",
            "Tel. +39 0536 812 440 – export@valsecchia-ceramiche.it",
            "VAT IT 02946710364 – Share capital € 2.000.000 i.v. – REA MO-338120",
        ),
        3.4,
    )
    sheet.font("DejaVuSansCondensed", 16, bold=True)
    sheet.text(195, 20, "CREDIT NOTE" if credit else "INVOICE", align="right")
    facts = (
        ("Invoice No." if not credit else "Credit note No.", number),
        ("Date", slashed(issue)),
        ("Customer code", ref),
        ("Your order", f"{word[:3].upper()}-{rng.randint(100, 999)}"),
        ("Agent", pick(rng, ("Rossi G.", "Bertolini M.", "Ferri L."))),
    )
    x = 15
    for label, value in facts:
        sheet.box(x, 38, 36, 11)
        sheet.font("DejaVuSansCondensed", 6)
        sheet.text(x + 1.5, 41.5, label)
        sheet.font("DejaVuSansCondensed", 8.5, bold=True)
        sheet.text(x + 1.5, 46.5, value)
        x += 36
    sheet.font("DejaVuSansCondensed", 7, bold=True)
    sheet.text(15, 58, "SOLD TO")
    sheet.text(110, 58, "SHIP TO")
    sheet.font("DejaVuSansCondensed", 9)
    block = [name, *street, town_line]
    if country != "IT":
        block.append(COUNTRY_LINES[country])
    y = write(sheet, 15, 63, block, 4.3)
    sheet.font("DejaVuSansCondensed", 7.5)
    contacts = []
    if tel:
        contacts.append(f"Tel. {printed(tel, 'international')}")
    if email:
        contacts.append(f"E-mail {email}")
    write(sheet, 15, y + 0.5, contacts, 3.8)
    sheet.font("DejaVuSansCondensed", 9)
    if country == "FR":
        ship_postcode, ship_city = pick(rng, TOWNS_FR)
        ship = ("Dépôt / warehouse", street_fr(rng), f"{ship_postcode} {ship_city}", "FRANCE")
    elif country == "BE":
        ship_postcode, ship_city = pick(rng, TOWNS_BE)
        ship = (
            "Magasin",
            f"{pick(rng, STREETS_BE)} {rng.randint(1, 200)}",
            f"{ship_postcode} {ship_city}",
            "BELGIQUE",
        )
    else:
        ship_postcode, ship_city, prov = pick(rng, TOWNS_IT)
        ship = (
            "Cantiere",
            f"{pick(rng, STREETS_IT)}, {rng.randint(1, 120)}",
            f"{ship_postcode} {ship_city} ({prov})",
        )
    write(sheet, 110, 63, ship, 4.3)
    y = 98
    sheet.box(15, y - 4.5, 180, 6.5, grey=0.9)
    sheet.font("DejaVuSansCondensed", 7.5, bold=True)
    for x, label, align in (
        (17, "Description", "left"),
        (130, "Qty", "right"),
        (155, "Price EUR", "right"),
        (170, "VAT", "right"),
        (193, "Amount EUR", "right"),
    ):
        sheet.text(x, y, label, align=align)
    sheet.font("DejaVuSansCondensed", 8)
    y += 7
    for line in lines:
        sheet.text(17, y, line.description)
        sheet.text(130, y, str(line.quantity), align="right")
        sheet.text(155, y, dots(line.unit_price), align="right")
        sheet.text(170, y, f"{line.vat_rate}%", align="right")
        sheet.text(193, y, dots(line.amount), align="right")
        y += 5
    if credit:
        sheet.text(
            17,
            y + 1,
            f"Price adjustment on invoice {issue.year}/FE/{rng.randint(1, 3000):05d} (shade "
            "difference).",
        )
        y += 5
    y += 8
    rows = [("Taxable amount", invoice.net), (f"VAT {rate}%", invoice.vat)]
    for label, value in rows:
        sheet.text(140, y, label)
        sheet.text(193, y, dots(value), align="right")
        y += 5
    sheet.font("DejaVuSansCondensed", 10, bold=True)
    sheet.text(140, y + 1, "TOTAL EUR")
    sheet.text(193, y + 1, dots(invoice.to_pay), align="right")
    sheet.font("DejaVuSansCondensed", 7.5)
    y += 12
    if rate == 0:
        sheet.text(
            15,
            y,
            "Non-taxable intra-EU supply, art. 41 D.L. 331/93 – reverse charge by the customer.",
        )
        y += 5
    if schedule:
        half = (invoice.to_pay / 2).quantize(Decimal("0.01"))
        sheet.font("DejaVuSansCondensed", 8, bold=True)
        sheet.text(15, y, "Payment: bank transfer 30/60 days end of month")
        sheet.font("DejaVuSansCondensed", 8)
        write(
            sheet,
            15,
            y + 5,
            (
                f"1st instalment  {slashed(first)}   EUR {dots(half)}",
                f"2nd instalment  {slashed(second)}   EUR {dots(invoice.to_pay - half)}",
            ),
            4.5,
        )
    elif not credit:
        sheet.text(15, y, f"Payment: bank transfer 60 days end of month – Due date {slashed(due)}")
    sheet.font("DejaVuSansCondensed", 6.5)
    sheet.text(
        15,
        280,
        "Bank: BPER Banca, Sassuolo – IBAN IT60 X054 2811 1010 0000 0123 456 – SWIFT BPMOIT22XXX",
    )
    sheet.save()
    return [Piece(invoice)]
