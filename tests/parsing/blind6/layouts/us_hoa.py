"""Texas homeowners' association STATEMENT from a management company: fpdf2 with core Courier
on Letter, dense 7 pt activity lines, a remittance stub at the foot.

Families: "Statement" with the number after a bare "Statement #"; "Previous Balance" (an
unpaid balance, added: it IS part of the amount due) and "Amount paid" (payments received,
deducted) → "Amount Due"; "Payment due" printed as MM/DD/YYYY; a late-fee date as a
distractor; "Account no." (the customer reference) beside the lot number; owners written
"c/o" someone, estates, trusts; City, ST ZIP+4; the owner's "Cell:" under the address or
none, the manager's phone and the gate office's as distractors.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind5.sheet import FpdfSheet

from ..bill import Bill, Debtor
from ..folks import digits, e164, en_name, mail, national, phone, pick
from ..wording import dollars
from .base import Drawn, Layout, lines, pairs

FACE = "Courier"
TOWNS = (
    ("Austin", "TX", "78745"),
    ("Round Rock", "TX", "78664"),
    ("San Marcos", "TX", "78666"),
    ("Georgetown", "TX", "78626"),
    ("New Braunfels", "TX", "78130"),
)
STREETS = (
    "Live Oak Bend",
    "Cedar Elm Dr",
    "Pecan Hollow Ln",
    "Bluebonnet Trl",
    "Mesquite Ridge Rd",
)


def us_date(day: dt.date) -> str:
    return day.strftime("%m/%d/%Y")


def debtor_of(rng: random.Random, seed: int) -> tuple[Debtor, str]:
    first, last = en_name(rng)
    kind = seed % 4
    care = None
    if kind == 0:
        name = f"Estate of {first} {last}"
        care = f"c/o {pick(rng, ('Harriet', 'Owen', 'Isla'))} {last}"
    elif kind == 1:
        name = f"{last} Family Trust"
        care = f"c/o {first} {last}, Trustee"
    else:
        name = f"{first} {last}"
    town, state, zipcode = pick(rng, TOWNS)
    postcode = f"{zipcode}-{digits(rng, 4)}" if seed % 3 else zipcode
    street: tuple[str, ...] = (f"{rng.randrange(100, 9999)} {pick(rng, STREETS)}",)
    if rng.random() < 0.3:
        street = (*street, f"Unit {rng.randrange(1, 40)}")
    cell = phone(rng, "US")
    email = mail(first, last, rng, ("gmail.com", "yahoo.com", "att.net"))
    shown = seed % 3
    block = (name, *((care,) if care else ()), *street, f"{town}, {state} {postcode}")
    if shown != 2:
        block += (f"Cell: {national(cell)}",)
    if shown == 0:
        block += (f"Email: {email}",)
    debtor = Debtor(
        name,
        block,
        street,
        postcode,
        town,
        "US",
        email=email if shown == 0 else None,
        phone=e164(cell) if shown != 2 else None,
        customer_ref=f"{rng.randrange(10, 99)}-{digits(rng, 5)}",
    )
    return debtor, f"Lot {rng.randrange(1, 300)}, Block {pick(rng, 'ABCDEFG')}"


def draw(rng: random.Random, seed: int, path: Path) -> Drawn:
    debtor, lot = debtor_of(rng, seed)
    issue = dt.date(2026, rng.randrange(1, 11), 1)
    number = f"S{issue:%y%m}-{digits(rng, 5)}"
    previous = Decimal(rng.randrange(0, 4) * 95) if seed % 2 == 0 else Decimal(0)
    paid = previous if seed % 4 == 0 else Decimal(rng.randrange(0, 2) * 95)
    charges = [
        ("Quarterly assessment", Decimal(rng.choice((285, 310, 345)))),
        ("Pool & amenity fee", Decimal("45.00")),
    ]
    if seed % 5 == 3:
        charges.append(("Violation fine - trash cans visible", Decimal("50.00")))
    new = sum((amount for _, amount in charges), Decimal(0))
    due_total = previous - paid + new
    due = issue + dt.timedelta(days=rng.choice((14, 20, 30)))

    sheet = FpdfSheet(path, "Letter")
    sheet.font(FACE, 11, bold=True)
    sheet.text(15, 15, "STONE CREEK RANCH HOMEOWNERS ASSOCIATION")
    sheet.font(FACE, 7.5)
    manager = phone(rng, "US", mobile=False)
    gate = phone(rng, "US", mobile=False)
    lines(
        sheet,
        15,
        20,
        (
            "c/o Hill Country Community Management, Inc.",
            "4101 Parmer Ln Ste 210, Austin, TX 78727-3315",
            f"Tel {national(manager)}   Gate office {national(gate)}",
        ),
        3.4,
    )
    sheet.font(FACE, 13, bold=True)
    sheet.text(200, 15, "STATEMENT", "right")
    sheet.font(FACE, 8)
    facts = (
        ("Statement #", number),
        ("Statement Date", us_date(issue)),
        ("Account no.", debtor.customer_ref or ""),
        ("Property", lot),
        ("Payment due", us_date(due)),
    )
    y = 22.0
    for label, value in facts:
        sheet.text(135, y, label)
        sheet.text(200, y, value, "right")
        y += 4
    sheet.font(FACE, 9)
    lines(sheet, 20, 52, debtor.block, 4.3)
    y = 92.0
    sheet.font(FACE, 7, bold=True)
    sheet.text(15, y, "DATE")
    sheet.text(40, y, "DESCRIPTION")
    sheet.text(200, y, "AMOUNT", "right")
    sheet.rule(15, y + 1.2, 200, y + 1.2, 0.2)
    sheet.font(FACE, 7)
    activity = [(issue - dt.timedelta(days=31), "Balance forward", previous)]
    if paid:
        activity.append(
            (issue - dt.timedelta(days=rng.randrange(5, 25)), "Payment - thank you", -paid)
        )
    activity += [(issue, label, amount) for label, amount in charges]
    for day, label, amount in activity:
        y += 3.8
        sheet.text(15, y, us_date(day))
        sheet.text(40, y, label)
        sheet.text(200, y, dollars(amount), "right")
    rows = [
        ("Previous Balance", dollars(previous)),
        ("Amount paid", dollars(-paid) if paid else dollars(Decimal(0))),
        ("New Charges", dollars(new)),
        ("Amount Due", dollars(due_total)),
    ]
    y = pairs(sheet, 120, 200, y + 8, rows, 4.5, FACE, 8) + 3
    late = due + dt.timedelta(days=15)
    sheet.font(FACE, 7)
    lines(
        sheet,
        15,
        y,
        (
            f"A late fee of $25.00 will be assessed on balances unpaid after {us_date(late)}.",
            "Pay online at stonecreekranch-hoa.org or mail the stub below with your check.",
        ),
        3.6,
    )
    sheet.rule(15, 225, 200, 225, 0.2)
    sheet.font(FACE, 7)
    lines(
        sheet,
        15,
        231,
        (
            "REMITTANCE - detach and return",
            f"Account no. {debtor.customer_ref}   Amount enclosed: ________",
            "Make checks payable to Stone Creek Ranch HOA, PO Box 90277, Austin, TX 78709-0277",
        ),
        3.6,
    )
    sheet.save()
    bill = Bill(number, issue, due, due_total, "USD", debtor, deduction=paid > 0)
    return [((1,), bill)]


LAYOUT = Layout("us_hoa", "US", "fpdf2", draw)
