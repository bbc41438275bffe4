"""Somerset boarding kennels' invoice: postcode on its own line, Direct Debit date, side block."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Party
from tests.parsing.blind5.sheet import LabSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day, money
from tests.parsing.blind8.ink import block, row

from .. import folks
from ..desk import Item, deduct, pick_lines
from ..wording import en_money, uk_long

STAYS = (
    Item("Dog boarding – standard kennel, per night", 18, 26, Decimal(20), "night", 14),
    Item("Cat boarding – chalet, per night", 12, 17, Decimal(20), "night", 14),
    Item("Shared kennel supplement", 6, 10, Decimal(20), "night", 10),
    Item("Full groom and nail clip", 35, 60, Decimal(20)),
    Item("Administration of medication", 2, 4, Decimal(20), "day", 10),
    Item("Collection and drop-off", 15, 30, Decimal(20)),
)
CREDITS = (8, 15)
PETS = ("Biscuit", "Monty", "Hazel", "Pickle", "Bramble", "Rolo")


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    credit = seed in CREDITS
    first, last = folks.person(rng, folks.UK_FIRST, folks.UK_LAST)
    civility = "Mrs" if first in ("Philippa", "Jocasta", "Morwenna", "Eleanor") else "Mr"
    town, county, outward = folks.pick(rng, folks.UK_TOWNS)
    postcode = folks.uk_postcode(rng, outward)
    street = [f"{rng.randint(1, 90)} {folks.pick(rng, folks.UK_STREETS)}"]
    if seed % 3 == 0:
        street.insert(0, folks.pick(rng, folks.UK_HOUSES))
    phone = folks.phone(rng, "GB", mobile=seed % 4 != 3)
    email = folks.mail(first, last, "btinternet.com") if seed % 5 != 2 else None
    account = f"K{rng.randint(1000, 9999)}"
    city = town.upper() if seed % 2 else town
    debtor = Party(
        f"{civility} {first[0]} {last}" if seed % 2 else f"{civility} {first} {last}",
        tuple(street),
        postcode,
        town,
        "GB",
        county=county,
        email=email,
        phone=folks.e164(phone),
        customer_ref=account,
    )
    lines = pick_lines(rng, STAYS, rng.randint(2, 4))
    number = f"{'CN' if credit else 'INV'}-{rng.randint(10000, 99999)}"
    direct_debit = seed % 2 == 0
    due = None if credit else issue + dt.timedelta(days=rng.choice((7, 10, 14)))
    invoice = Invoice(
        number, issue, due, "GBP", debtor, lines[:1] if credit else lines, credit_note=credit
    )
    if not credit:
        deduct(invoice, "Less: deposit paid at booking", money(rng, 20, 60))

    sheet = LabSheet(path)
    sheet.font("Helvetica", 16, bold=True)
    sheet.text(105, 22, "QUANTOCK VIEW KENNELS & CATTERY", "centre")
    sheet.font("Helvetica", 8)
    sheet.text(
        105,
        28,
        "Lydeard Lane, Bishops Lydeard, Taunton, Somerset TA4 3QZ · 01823 400 512",
        "centre",
    )
    sheet.text(
        105,
        32,
        f"VAT Reg No GB {folks.digits(rng, 3)} {folks.digits(rng, 4)} {folks.digits(rng, 2)}",
        "centre",
    )
    sheet.font("Helvetica", 10)
    address = [debtor.name, *street, city, county, postcode]
    block(sheet, 20, 50, address, 4.8)
    sheet.font("Helvetica", 8)
    side = ["Your details", f"Tel: {folks.national(phone)}"] + (
        [f"Email: {email}"] if email else []
    )
    block(sheet, 85, 50, side, 4.4)
    sheet.font("Helvetica", 13, bold=True)
    sheet.text(190, 50, "CREDIT NOTE" if credit else "INVOICE", "right")
    sheet.font("Helvetica", 8.5)
    block(
        sheet,
        140,
        57,
        [f"Number: {number}", f"Date: {uk_long(issue)}", f"Account No.: {account}"],
        4.6,
    )
    pet = folks.pick(rng, PETS)
    arrival = issue - dt.timedelta(days=rng.randint(8, 20))
    sheet.text(20, 86, f"Guest: {pet} – stay from {uk_long(arrival)} to {uk_long(issue)}")
    y = 98.0
    row(
        sheet,
        y,
        [
            (20, "Description", "left"),
            (130, "Qty", "right"),
            (160, "Rate", "right"),
            (190, "Amount", "right"),
        ],
    )
    y += 6
    for line in invoice.lines:
        row(
            sheet,
            y,
            [
                (20, line.description, "left"),
                (130, f"{line.quantity:g}", "right"),
                (160, en_money(line.unit_price, "£"), "right"),
                (190, en_money(line.amount, "£"), "right"),
            ],
        )
        y += 5
    sheet.rule(20, y, 190, y)
    y += 6
    for label, value in (
        ("Subtotal", invoice.net),
        ("VAT @ 20%", invoice.vat),
        ("Total", invoice.gross),
    ):
        row(sheet, y, [(120, label, "left"), (190, en_money(value, "£"), "right")])
        y += 5
    for d in invoice.deductions:
        row(sheet, y, [(120, d.label, "left"), (190, f"({en_money(d.amount, '£')})", "right")])
        y += 5
    sheet.font("Helvetica", 10, bold=True)
    final = "Credit total" if credit else "Balance due"
    row(sheet, y + 1, [(120, final, "left"), (190, en_money(invoice.to_pay, "£"), "right")])
    sheet.font("Helvetica", 8.5)
    y += 14
    if credit:
        sheet.text(20, y, "This credit will be refunded to the card used at booking.")
    elif direct_debit and due:
        sheet.text(20, y, f"This amount will be collected by Direct Debit on {uk_long(due)}.")
    elif due:
        sheet.text(20, y, f"Payment due: {uk_long(due)} by bank transfer (sort code 30-94-57).")
    vet = folks.phone(rng, "GB", mobile=False)
    sheet.text(20, y + 5, f"Our duty vet: Priory Veterinary Practice, {folks.national(vet)}")
    sheet.save()
    return [Piece(invoice)]


LAYOUT = Layout("uk_kennels", "GB", "reportlab", draw)
