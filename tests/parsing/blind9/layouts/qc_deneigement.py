"""Quebec snow-removal contract invoice on Letter: TPS and TVQ, three instalments, deposit."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Line, Party
from tests.parsing.blind5.sheet import LabSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day, money
from tests.parsing.blind8.ink import block, row

from .. import folks
from ..desk import deduct
from ..wording import fr_long, fr_money, iso

SERVICES = (
    ("Déneigement stationnement résidentiel – saison", 420, 980),
    ("Déneigement des marches et du perron", 90, 260),
    ("Épandage d'abrasif", 60, 180),
    ("Piquets de balisage et installation", 35, 70),
    ("Déneigement de toiture (forfait)", 180, 420),
)
CREDITS = (12,)
CENT = Decimal("0.01")


def taxed(rng: random.Random) -> list[Line]:
    """Lines whose TPS and TVQ, each rounded, add up to the combined rate's rounding."""
    while True:
        lines = [
            Line(text, Decimal(1), money(rng, low, high), Decimal("14.975"))
            for text, low, high in rng.sample(SERVICES, rng.randint(1, 3))
        ]
        base = sum((line.amount for line in lines), Decimal(0))
        tps = (base * Decimal("0.05")).quantize(CENT)
        tvq = (base * Decimal("0.09975")).quantize(CENT)
        if tps + tvq == (base * Decimal("0.14975")).quantize(CENT):
            return lines


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    credit = seed in CREDITS
    first, last = folks.person(rng, folks.QC_FIRST, folks.QC_LAST)
    city, postcode = folks.pick(rng, folks.QC_TOWNS)
    street = [f"{rng.randint(100, 9800)}, {folks.pick(rng, folks.QC_STREETS)}"]
    if seed % 3 == 2:
        street[0] += f", app. {rng.randint(1, 12)}"
    phone = folks.phone(rng, "CA", mobile=seed % 2 == 0)
    email = folks.mail(first, last, "videotron.ca") if seed % 4 != 3 else None
    client = f"{rng.randint(1000, 9999)}"
    debtor = Party(
        f"{first} {last}",
        tuple(street),
        postcode,
        city,
        "CA",
        email=email,
        phone=folks.e164(phone),
        customer_ref=client,
    )
    lines = taxed(rng)
    number = f"{'NC' if credit else 'F'}-{issue:%Y}-{rng.randint(100, 999)}"
    first_due = issue + dt.timedelta(days=rng.randint(10, 20))
    invoice = Invoice(
        number,
        issue,
        None if credit else first_due,
        "CAD",
        debtor,
        lines[:1] if credit else lines,
        credit_note=credit,
    )
    base = invoice.net
    tps = (base * Decimal("0.05")).quantize(CENT)
    tvq = (base * Decimal("0.09975")).quantize(CENT)
    if not credit and seed % 2 == 1:
        deduct(invoice, "Dépôt reçu à la signature du contrat", money(rng, 100, 200))

    sheet = LabSheet(path, size="Letter")
    sheet.font("Helvetica", 15, bold=True)
    sheet.text(20, 22, "Déneigement Laurentides Plus inc.")
    sheet.font("Helvetica", 8)
    block(
        sheet,
        20,
        27,
        [
            "1450, boulevard Curé-Labelle, Saint-Jérôme (Québec) J7Z 2A1",
            "Tél. : 450 436-5520 – info@deneigementplus.ca",
            f"TPS : {folks.digits(rng, 9)} RT0001 – TVQ : {folks.digits(rng, 10)} TQ0001",
        ],
        3.6,
    )
    sheet.font("Helvetica", 13, bold=True)
    sheet.text(196, 22, "NOTE DE CRÉDIT" if credit else "FACTURE", "right")
    sheet.font("Helvetica", 8.5)
    for index, text in enumerate(
        (
            f"No : {number}",
            f"Date : {iso(issue)}",
            f"Numéro de client : {client}",
            f"Numéro de contrat : S{issue:%y}-{rng.randint(100, 999)}",
        )
    ):
        sheet.text(196, 28 + 4.5 * index, text, "right")
    sheet.font("Helvetica", 7.5)
    sheet.text(20, 50, "FACTURER À")
    sheet.font("Helvetica", 10)
    lines_out = [debtor.name, *street, f"{city} (Québec)  {postcode}"]
    lines_out += [folks.national(phone)] + ([email] if email else [])
    block(sheet, 20, 55, lines_out, 4.6)
    sheet.font("Helvetica", 8)
    sheet.text(120, 55, f"Saison {issue.year}-{issue.year + 1} : du 15 novembre au 15 avril")
    y = 92.0
    row(sheet, y, [(20, "Description", "left"), (190, "Montant", "right")])
    y += 6
    for line in invoice.lines:
        row(
            sheet, y, [(20, line.description, "left"), (190, fr_money(line.amount) + " $", "right")]
        )
        y += 5
    sheet.rule(20, y, 190, y)
    y += 6
    rows = [
        ("Sous-total", base),
        ("TPS (5 %)", tps),
        ("TVQ (9,975 %)", tvq),
        ("Total", invoice.gross),
    ]
    rows += [(d.label, -d.amount) for d in invoice.deductions]
    for label, value in rows:
        row(sheet, y, [(110, label, "left"), (190, fr_money(value) + " $", "right")])
        y += 5
    sheet.font("Helvetica", 10, bold=True)
    final = "Crédit total (CAD)" if credit else "Solde dû (CAD)"
    row(sheet, y + 1, [(110, final, "left"), (190, fr_money(invoice.to_pay) + " $", "right")])
    sheet.font("Helvetica", 8.5)
    y += 14
    if credit:
        sheet.text(20, y, "Crédit appliqué à votre compte client.")
    else:
        third = (invoice.to_pay / 3).quantize(CENT)
        parts = [invoice.to_pay - 2 * third, third, third]
        sheet.text(20, y, "Modalités : trois versements égaux")
        for index, part in enumerate(parts):
            when = first_due + dt.timedelta(days=31 * index)
            sheet.text(
                25,
                y + 5 * (index + 1),
                f"{index + 1}er versement le {fr_long(when)} : {fr_money(part)} $"
                if index == 0
                else f"{index + 1}e versement le {fr_long(when)} : {fr_money(part)} $",
            )
    sheet.save()
    return [Piece(invoice)]


LAYOUT = Layout("qc_deneigement", "CA", "reportlab", draw)
