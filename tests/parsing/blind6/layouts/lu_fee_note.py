"""Luxembourg business-law firm's FEE NOTE in English: fpdf2 with core Times, centred
letterhead, a matter box, amounts as "EUR 1,234.56".

Families: "Fee note" with the number after the title ("FEE NOTE No. …"); professional fees
and disbursements, 17 % VAT (reverse charge for clients in other EU states: no VAT); a
retainer received deducted → "Balance due"; "Payable within 30 days, i.e. by 12 March
2026"; "Client no." (the customer reference) beside "Matter" and "Our ref." (distractors);
companies (S.à r.l., S.A., Ltd, SRL) with an "Attn:" line; clients in Luxembourg (L-nnnn),
the United Kingdom (postcode on its own line, UNITED KINGDOM), Belgium and Monaco (with a
country line); the client's e-mail and phone as "Contact: …" under the address or none; the
partner's direct line and e-mail as distractors.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.formats import cents, grouped
from tests.parsing.blind5.sheet import FpdfSheet

from ..bill import Bill, Debtor
from ..folks import (
    digits,
    e164,
    en_name,
    fr_name,
    iban_of,
    international,
    mail,
    phone,
    pick,
    spaced,
)
from ..wording import plain_uk_date
from .base import Drawn, Layout, lines, pairs

FACE = "Times"
LU = (
    ("L-1724", "Luxembourg"),
    ("L-2453", "Luxembourg"),
    ("L-8070", "Bertrange"),
    ("L-5365", "Munsbach"),
)
LU_STREETS = (
    "boulevard Prince Henri",
    "rue Eugène Ruppert",
    "Parc d'Activités Syrdall",
    "rue du Puits Romain",
)
UK = (("London", "EC2V 7HH"), ("London", "W1K 3JN"), ("Manchester", "M2 4WU"), ("Leeds", "LS1 5AB"))
UK_STREETS = ("Gresham Street", "Mount Row", "King Street", "Park Row")
BE = (("1050", "Ixelles"), ("1000", "Bruxelles"), ("4000", "Liège"))
BE_STREETS = ("Avenue Louise", "Rue Royale", "Boulevard d'Avroy")
MC_STREETS = ("boulevard des Moulins", "avenue de la Costa", "rue Grimaldi")
MATTERS = (
    "Incorporation of a SOPARFI and shareholders' agreement",
    "Review of a commercial lease, Kirchberg offices",
    "Employment dispute before the Tribunal du travail",
    "Share purchase agreement and closing memorandum",
    "Domiciliation and corporate housekeeping 2026",
)


def money(amount: Decimal) -> str:
    text = grouped(amount, ",", ".")
    return f"(EUR {text[1:]})" if text.startswith("-") else f"EUR {text}"


def debtor_of(rng: random.Random, seed: int) -> Debtor:
    where = pick(rng, ("LU", "LU", "GB", "BE", "MC"))
    first, last = en_name(rng) if where == "GB" else fr_name(rng)[1:]
    company = seed % 3 != 2
    if where == "LU":
        postcode, city = pick(rng, LU)
        street = f"{rng.randrange(1, 120)}, {pick(rng, LU_STREETS)}"
        tail: tuple[str, ...] = (f"{postcode} {city}",)
        suffix = pick(rng, ("S.à r.l.", "S.A.", "SCSp"))
    elif where == "GB":
        city, postcode = pick(rng, UK)
        street = f"{rng.randrange(1, 200)} {pick(rng, UK_STREETS)}"
        tail = (city.upper(), postcode, "UNITED KINGDOM")
        suffix = "Ltd"
    elif where == "BE":
        postcode, city = pick(rng, BE)
        street = f"{pick(rng, BE_STREETS)} {rng.randrange(1, 300)}"
        tail = (f"{postcode} {city}", "BELGIQUE")
        suffix = "SRL"
    else:
        postcode, city = "98000", "Monaco"
        street = f"{rng.randrange(1, 40)} {pick(rng, MC_STREETS)}"
        tail = (f"{postcode} {city}", "MONACO")
        suffix = "S.A.M."
    brand = f"{pick(rng, ('Aldring', 'Norvest', 'Halcyon', 'Moselle'))}"
    name = f"{brand} {pick(rng, ('Capital', 'Holdings', 'Trading'))} {suffix}"
    head: tuple[str, ...] = (name, f"Attn: {first} {last}")
    if not company:
        name = f"{'Mr' if rng.random() < 0.5 else 'Ms'} {first} {last}"
        head = (name,)
    number = phone(rng, where, mobile=not company)
    email = mail(first[0], last, rng, ("aldring.lu", "mail.com", "norvest.eu"))
    shown = seed % 4
    contact = []
    if shown in (0, 1):
        contact.append(f"Contact: {international(number)}")
    if shown in (0, 2):
        contact.append(email)
    return Debtor(
        name,
        (*head, street, *tail, *contact),
        (street,),
        postcode,
        city,
        where,
        email=email if shown in (0, 2) else None,
        phone=e164(number) if shown in (0, 1) else None,
        customer_ref=f"{rng.randrange(1000, 9999)}",
    )


def draw(rng: random.Random, seed: int, path: Path) -> Drawn:
    debtor = debtor_of(rng, seed)
    issue = dt.date(2026, 1, 15) + dt.timedelta(days=rng.randrange(230))
    number = f"FN{issue:%y}/{rng.randrange(100, 999):04d}"
    hours = Decimal(rng.randrange(6, 80)) / 2
    rate = Decimal(pick(rng, ("290", "350", "420")))
    fees = cents(hours * rate)
    disbursements = Decimal(rng.randrange(20, 400))
    business = any(line.startswith("Attn:") for line in debtor.block)
    taxed = debtor.country == "LU" or not business
    vat = cents((fees + disbursements) * Decimal("0.17")) if taxed else Decimal(0)
    gross = fees + disbursements + vat
    retainer = Decimal(rng.randrange(1, 6) * 1000) if seed % 2 == 0 else None
    if retainer and retainer >= gross:
        retainer = Decimal(int(gross / 2000) * 1000) or None
    to_pay = gross - (retainer or 0)
    due = issue + dt.timedelta(days=30)

    sheet = FpdfSheet(path)
    sheet.font(FACE, 15, bold=True)
    sheet.text(105, 18, "KIEFFER WEIS & PARTNERS", "centre")
    sheet.font(FACE, 8)
    sheet.text(
        105, 23, "Avocats à la Cour - 14, avenue de la Porte-Neuve, L-2227 Luxembourg", "centre"
    )
    sheet.text(105, 27, f"VAT LU{digits(rng, 8)} - RCS Luxembourg B{digits(rng, 6)}", "centre")
    sheet.rule(15, 31, 195, 31, 0.3)
    sheet.font(FACE, 10.5)
    lines(sheet, 20, 50, debtor.block, 4.8)
    sheet.font(FACE, 8.5)
    partner = phone(rng, "LU", mobile=False)
    matter = pick(rng, MATTERS)
    sheet.box(120, 44, 75, 27)
    lines(
        sheet,
        123,
        49,
        (
            f"Client no.: {debtor.customer_ref}",
            f"Matter: {debtor.customer_ref}/{digits(rng, 3)}",
            f"Our ref.: JW/{digits(rng, 4)}",
            "Partner: Joëlle Weis",
            f"Direct line: {international(partner)}",
        ),
        4.3,
    )
    sheet.font(FACE, 14, bold=True)
    sheet.text(15, 92, f"FEE NOTE No. {number}")
    sheet.font(FACE, 10)
    sheet.text(15, 98, f"Luxembourg, {plain_uk_date(issue)}")
    sheet.text(15, 106, f"Re: {matter}")
    rows = [
        (f"Professional fees: {hours} hours at {money(rate)}", money(fees)),
        ("Disbursements (registry, couriers, translations)", money(disbursements)),
    ]
    if vat:
        rows.append(("VAT 17%", money(vat)))
    else:
        rows.append(("VAT: not charged, art. 44 and 196 Directive 2006/112/EC", money(Decimal(0))))
    rows.append(("Total fee note", money(gross)))
    if retainer:
        rows.append(("Less: retainer received", money(-retainer)))
    rows.append(("Balance due", money(to_pay)))
    y = pairs(sheet, 15, 195, 118, rows, 6, FACE, 10) + 6
    sheet.font(FACE, 9.5)
    lines(
        sheet,
        15,
        y,
        (
            f"Payable within 30 days, i.e. by {plain_uk_date(due)}, to",
            f"IBAN {spaced(iban_of(rng, 'LU', 16))} (BIC BCEELULL), quoting {number}.",
            "Queries: billing@kwp-law.lu",
        ),
        5,
    )
    sheet.save()
    bill = Bill(number, issue, due, to_pay, "EUR", debtor, deduction=retainer is not None)
    return [((1,), bill)]


LAYOUT = Layout("lu_fee_note", "LU", "fpdf2", draw)
