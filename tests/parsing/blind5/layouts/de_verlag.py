"""A Munich trade publisher's subscription invoice in English, a DIN 5008 form A letter.

The publisher's return address in 6 pt on one line above the window; an information block
at the right with Customer no. (the customer reference), Subscription no. and "Your contact"
with the publisher's clerk and her phone (distractors); dd.mm.yyyy dates and German number
format; print at 7 % and digital access at 19 % VAT; "Please transfer … by" as the due date;
customers in Germany and Austria (AUSTRIA line) with "z. Hd." lines for companies; an advance
payment deducted on some seeds; CREDIT NOTE printed positive for a cancelled subscription.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from ..people import e164, international, phone, pick
from ..sheet import Sheet
from ..wording import dotted, german
from .base import Layout, issue_day, money

VORNAMEN = ("Annegret", "Wiebke", "Friederike", "Lorenz", "Volker", "Eberhard", "Henrike")
NACHNAMEN = ("Brandstätter", "Oberhuber", "Kleinschmidt", "Wendeborn", "Hufnagel", "Zöllner")
STRASSEN = ("Lindwurmstraße", "Am Mühlbach", "Keplerstraße", "Hauptplatz", "Birkenweg")
ORTE_DE = (
    ("80469", "München"),
    ("93047", "Regensburg"),
    ("86150", "Augsburg"),
    ("90402", "Nürnberg"),
)
ORTE_AT = (("5020", "Salzburg"), ("6020", "Innsbruck"), ("4020", "Linz"))
FIRMEN = ("Hufnagel Haustechnik GmbH", "Kanzlei Wendeborn & Partner", "Brauerei Zöllner KG")
CREDIT_SEEDS = {6, 13}


def make(rng: random.Random, seed: int) -> Invoice:
    first, last = pick(rng, VORNAMEN), pick(rng, NACHNAMEN)
    austria = seed % 4 == 1
    postcode, city = pick(rng, ORTE_AT if austria else ORTE_DE)
    company = seed % 3 == 0
    women = {"Annegret", "Wiebke", "Friederike", "Henrike"}
    title = "Ms" if first in women else "Mr"
    tel = phone(rng, "AT" if austria else "DE") if seed % 2 == 0 else None
    debtor = Party(
        name=pick(rng, FIRMEN) if company else f"{title} {first} {last}",
        street=(f"{pick(rng, STRASSEN)} {rng.randrange(1, 120)}",),
        postcode=postcode,
        city=city,
        country="AT" if austria else "DE",
        attention=f"z. Hd. {first} {last}" if company else None,
        phone=e164(tel) if tel else None,
        email=f"{first[0]}.{last}@{pick(rng, ('t-online.de', 'gmx.net', 'web.de'))}".lower()
        .replace("ä", "ae")
        .replace("ö", "oe")
        if seed % 3 == 1
        else None,
        customer_ref=f"{rng.randrange(700000, 799999)}",
    )
    lines = [
        Line(
            "Fachzeitschrift Holzbau-Praxis, annual subscription (12 issues)",
            Decimal(1),
            money(rng, 129, 189),
            Decimal(7),
        ),
    ]
    if seed % 2:
        lines.append(
            Line("Digital archive access, 12 months", Decimal(1), money(rng, 39, 79), Decimal(19))
        )
    issue = issue_day(rng)
    credit = seed in CREDIT_SEEDS
    invoice = Invoice(
        number=f"{'GS' if credit else 'RE'}-{issue.year}-{rng.randrange(10000, 99999)}",
        issue=issue,
        due=None if credit else issue + dt.timedelta(days=14),
        currency="EUR",
        debtor=debtor,
        lines=lines,
        credit_note=credit,
    )
    if not credit and seed % 5 == 2:
        invoice.deductions.append(Deduction("Less advance payment received", money(rng, 20, 60)))
    invoice.extras.update(
        subscription=f"ABO-{rng.randrange(100000, 999999)}",
        tel=tel,
        period=f"{dotted(issue)} – {dotted(issue + dt.timedelta(days=364))}",
        original=f"RE-{issue.year}-{rng.randrange(10000, 99999)}",
    )
    return invoice


def draw(sheet: Sheet, invoice: Invoice) -> None:
    debtor = invoice.debtor
    extras = invoice.extras
    sheet.font("Helvetica", 16, bold=True)
    sheet.text(25, 22, "BRENNER FACHVERLAG")
    sheet.font("Helvetica", 6)
    sheet.text(25, 45, "Brenner Fachverlag GmbH · Postfach 20 14 33 · 80014 München")
    sheet.rule(25, 46.2, 105, 46.2, 0.2)
    sheet.font("Helvetica", 10)
    block = [debtor.name] + ([debtor.attention] if debtor.attention else [])
    block += [*debtor.street, f"{debtor.postcode} {debtor.city}"]
    if debtor.country == "AT":
        block.append("AUSTRIA")
    y = 52.0
    for line in block:
        sheet.text(25, y, line)
        y += 4.5
    sheet.font("Helvetica", 8)
    facts = [
        ("Customer no.", debtor.customer_ref or ""),
        ("Subscription no.", extras["subscription"]),
        ("Invoice no." if not invoice.credit_note else "Credit note no.", invoice.number),
        ("Date", dotted(invoice.issue)),
        ("Your contact", "Petra Lindner"),
        ("Phone", "+49 89 2183 4410"),
        ("E-mail", "abo@brenner-fachverlag.de"),
    ]
    for n, (label, value) in enumerate(facts):
        sheet.text(125, 32 + 4.2 * n, label)
        sheet.text(155, 32 + 4.2 * n, value)
    sheet.font("Helvetica", 12, bold=True)
    sheet.text(25, 98.5, "CREDIT NOTE" if invoice.credit_note else "INVOICE")
    sheet.font("Helvetica", 9.5)
    salutation = "Dear Sir or Madam," if debtor.attention else f"Dear {debtor.name},"
    sheet.text(25, 108, salutation)
    body = (
        f"we hereby credit the subscription cancelled with invoice {extras['original']}:"
        if invoice.credit_note
        else f"thank you for subscribing. We invoice the period {extras['period']}:"
    )
    sheet.text(25, 114, body)
    y = 124.0
    sheet.font("Helvetica", 8.5, bold=True)
    sheet.text(25, y, "Item")
    sheet.text(150, y, "VAT", "right")
    sheet.text(185, y, "Net EUR", "right")
    sheet.rule(25, y + 1.5, 185, y + 1.5)
    sheet.font("Helvetica", 8.5)
    y += 6
    for line in invoice.lines:
        sheet.text(25, y, line.description)
        sheet.text(150, y, f"{line.vat_rate} %", "right")
        sheet.text(185, y, german(line.amount), "right")
        y += 5
    y += 3
    rows = [("Net amount", german(invoice.net))]
    rows += [
        (f"VAT {rate} % on {german(base)}", german(tax))
        for rate, (base, tax) in invoice.vat_by_rate.items()
    ]
    rows.append(("Total", german(invoice.gross)))
    rows += [(d.label, f"-{german(d.amount)}") for d in invoice.deductions]
    for label, value in rows:
        sheet.text(105, y, label)
        sheet.text(185, y, f"{value} €", "right")
        y += 5
    sheet.font("Helvetica", 9.5, bold=True)
    last = "Credit amount" if invoice.credit_note else "Amount payable"
    sheet.text(105, y + 1, last)
    sheet.text(185, y + 1, f"{german(invoice.to_pay)} €", "right")
    sheet.font("Helvetica", 9.5)
    y += 12
    if invoice.credit_note:
        sheet.text(25, y, "The amount will be refunded to the account we debited.")
    else:
        due = dotted(invoice.due) if invoice.due else ""
        sheet.text(25, y, f"Please transfer {german(invoice.to_pay)} € by {due} to")
        sheet.text(25, y + 5, "IBAN DE12 7002 0270 0015 3378 90 quoting your customer number.")
    if extras["tel"]:
        sheet.text(
            25, y + 12, f"We will call you on {international(extras['tel'])} before renewal."
        )
    if debtor.email:
        sheet.text(25, y + 17, f"Your invoices are also sent to {debtor.email}.")
    sheet.font("Helvetica", 6.5)
    sheet.text(
        25, 285, "Brenner Fachverlag GmbH · Amtsgericht München HRB 41177 · USt-IdNr. DE129 334 871"
    )


LAYOUT = Layout("de_verlag", "DE", "reportlab", make, draw)
