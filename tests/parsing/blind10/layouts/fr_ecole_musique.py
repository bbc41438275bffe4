"""Music school's yearly fees with a sibling discount and ten monthly direct debits."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Line, Party
from tests.parsing.blind5.sheet import FpdfSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day, money
from tests.parsing.blind8.ink import block, row
from tests.parsing.blind9 import folks
from tests.parsing.blind9.desk import deduct
from tests.parsing.blind9.wording import add_months, fr_long, fr_money, slash

from ..kit import instalments, monthly, totals

COURSES = ("piano", "violon", "guitare", "flûte traversière", "batterie", "violoncelle")
PUPILS = ("Léa", "Hugo", "Inès", "Jules", "Romane", "Arthur", "Capucine")


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    civility, first, last = folks.french_person(rng)
    name = f"M. et Mme {last}" if seed % 2 == 0 else f"{civility} {first} {last}"
    postcode, city = folks.pick(rng, folks.FR_TOWNS)
    street = [folks.french_street(rng)]
    phone = folks.phone(rng, "FR")
    email = folks.mail(first, last, "gmail.com") if seed % 5 != 2 else None
    ref = f"FAM-{rng.randint(1000, 9999)}"
    party = Party(
        name,
        tuple(street),
        postcode,
        city,
        "FR",
        email=email,
        phone=folks.e164(phone),
        customer_ref=ref,
    )
    pupils = rng.sample(PUPILS, rng.randint(2, 3))
    lines = [
        Line(
            f"{pupil} – formation musicale + {folks.pick(rng, COURSES)} (30 min)",
            Decimal(1),
            money(rng, 420, 690),
            Decimal(0),
        )
        for pupil in pupils
    ]
    lines.append(Line("Location d'instrument (année)", Decimal(1), money(rng, 90, 180), Decimal(0)))
    discount = sum((line.amount for line in lines[1 : len(pupils)]), Decimal(0))
    lines.append(
        Line(
            "Remise fratrie 15 % (2e et 3e enfant)",
            Decimal(1),
            -(discount * Decimal("0.15")).quantize(Decimal("0.01")),
            Decimal(0),
        )
    )
    spread = seed % 4 != 3
    first_debit = add_months(issue, 1, 5)
    due = first_debit if spread else issue + dt.timedelta(days=21)
    number = f"EM{issue:%Y}-{rng.randint(100, 999)}"
    invoice = Invoice(number, issue, due, "EUR", party, lines)
    if seed % 2 == 1:
        deduct(
            invoice,
            f"Frais d'inscription réglés le {slash(issue - dt.timedelta(days=12))}",
            Decimal(rng.choice((30, 45, 60))),
        )
    size = 7.0 if seed % 5 == 1 else 8.5

    sheet = FpdfSheet(path)
    sheet.font("DejaVuSerif", size + 6, bold=True)
    sheet.text(105, 18, "École de musique Arpèges", "centre")
    sheet.font("DejaVuSerif", size - 1)
    sheet.text(
        105,
        23,
        "Association loi 1901 · 9 place du Marché, 16000 Angoulême · 05 45 92 17 08",
        "centre",
    )
    sheet.font("DejaVuSerif", size + 1.5)
    block(sheet, 120, 42, [name, *street, f"{postcode} {city}"], size * 0.6)
    sheet.font("DejaVuSerif", size)
    contact = [f"Portable : {folks.national(phone)}"] + ([f"Courriel : {email}"] if email else [])
    block(sheet, 120, 42 + size * 2.2, contact, size * 0.5)
    block(
        sheet,
        18,
        42,
        [
            f"Facture n° {number}",
            f"Angoulême, le {fr_long(issue)}",
            f"Réf. famille : {ref}",
            f"Année scolaire {issue.year}-{issue.year + 1}",
        ],
        size * 0.6,
    )
    sheet.font("DejaVuSerif", size + 3, bold=True)
    sheet.text(18, 80, "FACTURE ANNUELLE – COURS ET LOCATIONS")
    sheet.font("DejaVuSerif", size)
    y = 90.0
    row(sheet, y, [(18, "Élève / prestation", "left"), (192, "Montant", "right")])
    y += size * 0.7
    for line in lines:
        row(
            sheet, y, [(18, line.description, "left"), (192, fr_money(line.amount) + " €", "right")]
        )
        y += size * 0.6
    y += 3
    rows = [("Total de l'année", fr_money(invoice.gross) + " €")]
    rows += [(d.label, "-" + fr_money(d.amount) + " €") for d in invoice.deductions]
    y = totals(sheet, y, rows, 100, 192, size * 0.6)
    sheet.font("DejaVuSerif", size + 1.5, bold=True)
    row(
        sheet,
        y + 1,
        [(100, "Reste à payer", "left"), (192, fr_money(invoice.to_pay) + " €", "right")],
    )
    sheet.font("DejaVuSerif", size)
    y += 12
    if spread:
        sheet.text(18, y, "Échéancier : 10 prélèvements SEPA, le 5 de chaque mois")
        y += size * 0.6
        for index, (day, part) in enumerate(
            zip(monthly(first_debit, 10), instalments(invoice.to_pay, 10), strict=True)
        ):
            column, line_no = divmod(index, 5)
            sheet.text(
                22 + 60 * column, y + line_no * size * 0.55, f"{slash(day)} : {fr_money(part)} €"
            )
    else:
        sheet.text(18, y, f"Paiement en une fois avant le {slash(due)} (chèque ou virement).")
    sheet.font("DejaVuSerif", size - 1)
    sheet.text(
        18,
        282,
        "TVA non applicable, art. 261-7-1° du CGI · Mandat SEPA RUM ARP-" + folks.digits(rng, 6),
    )
    sheet.save()
    return [Piece(invoice)]


LAYOUT = Layout("fr_ecole_musique", "FR", "fpdf2", draw)
