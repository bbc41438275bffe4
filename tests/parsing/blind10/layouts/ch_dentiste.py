"""Lausanne dental practice's invoice with a QR-bill payment part (on page 2 for a few seeds)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Line, Party
from tests.parsing.blind5.sheet import FpdfSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day
from tests.parsing.blind8.ink import block, row
from tests.parsing.blind9 import folks
from tests.parsing.blind9.desk import deduct
from tests.parsing.blind9.wording import ch_money, dotted, qr_money

from ..kit import totals

ACTS = (
    ("4.0010", "Examen et bilan bucco-dentaire", 6, 14),
    ("4.0340", "Radiographie rétro-alvéolaire", 2, 6),
    ("4.0520", "Détartrage, par 5 minutes", 4, 12),
    ("4.1050", "Obturation composite, 2 faces", 8, 18),
    ("4.2110", "Traitement de racine, par canal", 14, 30),
    ("4.3020", "Couronne céramique", 40, 90),
    ("4.0800", "Anesthésie locale", 1, 3),
)
POINT = Decimal("3.10")
ON_PAGE_TWO = (8, 18)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    first, last = folks.person(rng, folks.CH_FIRST, folks.CH_LAST)
    woman = first in ("Séverine", "Mélanie", "Carole")
    name = f"{'Madame' if woman else 'Monsieur'} {first} {last}"
    french = seed % 5 == 4
    if french:
        postcode, city = folks.pick(rng, folks.FR_NEAR_GENEVA)
        street = folks.french_street(rng)
        phone = folks.phone(rng, "FR")
    else:
        postcode, city = folks.pick(rng, folks.CH_TOWNS)
        street = f"{folks.pick(rng, folks.CH_STREETS)} {rng.randint(1, 120)}"
        phone = folks.phone(rng, "CH")
    email = folks.mail(first, last, "bluewin.ch") if seed % 3 != 1 else None
    ref = f"{rng.randint(100000, 199999)}"
    party = Party(
        name,
        (street,),
        postcode,
        city,
        "FR" if french else "CH",
        email=email,
        phone=folks.e164(phone),
        customer_ref=ref,
    )
    lines = [
        Line(f"{code} {text}", Decimal(rng.randint(low, high)), POINT, Decimal(0), "pts")
        for code, text, low, high in rng.sample(ACTS, rng.randint(2, 5))
    ]
    due = issue + dt.timedelta(days=30)
    number = f"{issue:%Y}-{rng.randint(10000, 99999)}"
    invoice = Invoice(number, issue, due, "CHF", party, lines)
    if seed % 3 == 0:
        deduct(
            invoice,
            f"Acompte versé le {dotted(issue - dt.timedelta(days=21))}",
            Decimal(rng.choice((100, 150, 200, 250))),
        )

    sheet = FpdfSheet(path)
    sheet.font("Helvetica", 14, bold=True)
    sheet.text(20, 20, "Cabinet dentaire du Flon")
    sheet.font("Helvetica", 8)
    block(
        sheet,
        20,
        25,
        [
            "Dr méd. dent. Bastien Mottier, SSO",
            "Rue Centrale 18, 1003 Lausanne - 021 312 44 70",
            f"IDE {folks.ch_uid_number(rng)} - non assujetti à la TVA (soins médicaux)",
        ],
        3.6,
    )
    sheet.font("Helvetica", 10)
    address = [name, street, f"{postcode} {city}"] + (["FRANCE"] if french else [])
    block(sheet, 120, 48, address, 4.8)
    sheet.font("Helvetica", 8.5)
    contact = [f"Tél. {folks.national(phone)}"] + ([f"E-mail {email}"] if email else [])
    block(sheet, 120, 70, contact, 4.2)
    born = dt.date(rng.randint(2008, 2019), rng.randint(1, 12), rng.randint(1, 28))
    patient = folks.pick(rng, ("Lucie", "Nathan", "Zoé", "Robin"))
    facts = [
        ("Facture n°", number),
        ("Date", f"Lausanne, le {dotted(issue)}"),
        ("N° de débiteur", ref),
        (
            "Patient(e)",
            f"{patient} {last}, né(e) le {dotted(born)}",
        ),
        ("Date d'échéance", dotted(due)),
    ]
    for index, (label, value) in enumerate(facts):
        row(sheet, 48 + 4.6 * index, [(20, label, "left"), (52, value, "left")])
    sheet.font("Helvetica", 12, bold=True)
    sheet.text(20, 88, "Facture de traitement dentaire")
    sheet.font("Helvetica", 8.5)
    y = 98.0
    row(sheet, y, [(20, "Position", "left"), (140, "Points", "right"), (190, "CHF", "right")])
    y += 6
    for line in lines:
        row(
            sheet,
            y,
            [
                (20, line.description, "left"),
                (140, f"{line.quantity:g}", "right"),
                (190, ch_money(line.amount), "right"),
            ],
        )
        y += 5
    y += 3
    rows = [(f"Total ({POINT} CHF / point)", ch_money(invoice.gross))]
    rows += [(d.label, "-" + ch_money(d.amount)) for d in invoice.deductions]
    y = totals(sheet, y, rows, 110, 190, 5)
    sheet.font("Helvetica", 10, bold=True)
    row(
        sheet,
        y + 1,
        [(110, "Montant dû", "left"), (190, f"CHF {ch_money(invoice.to_pay)}", "right")],
    )
    pages: tuple[int, ...] = (1,)
    if seed in ON_PAGE_TWO:
        sheet.font("Helvetica", 8)
        sheet.text(20, 200, "Bulletin de versement QR en page 2.")
        sheet.new_page()
        pages = (1, 2)
    top = 192.0
    sheet.rule(0, top, 210, top, 0.2)
    sheet.rule(62, top, 62, 297, 0.2)
    sheet.font("Helvetica", 11, bold=True)
    sheet.text(5, top + 7, "Récépissé")
    sheet.text(67, top + 7, "Section paiement")
    sheet.font("Helvetica", 6.5, bold=True)
    account = folks.iban_of(rng, "CH", 17)
    payable = [name, street, f"{postcode} {city}"]
    left = [
        "Compte / Payable à",
        account,
        "Cabinet dentaire du Flon",
        "1003 Lausanne",
        "",
        "Payable par",
        *payable,
    ]
    sheet.font("Helvetica", 7)
    block(sheet, 5, top + 13, left, 3.4)
    sheet.box(67, top + 12, 46, 46)
    sheet.text(80, top + 36, "[ code QR ]")
    right = [
        "Compte / Payable à",
        account,
        "Cabinet dentaire du Flon",
        "Rue Centrale 18",
        "1003 Lausanne",
    ]
    right += ["", "Informations supplémentaires", f"Facture {number}", "", "Payable par", *payable]
    block(sheet, 118, top + 13, right, 3.4)
    row(sheet, top + 68, [(5, "Monnaie   Montant", "left"), (67, "Monnaie   Montant", "left")])
    row(
        sheet,
        top + 72,
        [
            (5, f"CHF   {qr_money(invoice.to_pay)}", "left"),
            (67, f"CHF   {qr_money(invoice.to_pay)}", "left"),
        ],
    )
    sheet.save()
    return [Piece(invoice, pages)]


LAYOUT = Layout("ch_dentiste", "CH", "fpdf2", draw)
