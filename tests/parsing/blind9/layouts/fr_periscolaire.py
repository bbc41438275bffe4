"""Town hall's monthly school-canteen and after-school bill, printed in runs on a few seeds."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Line, Party
from tests.parsing.blind5.sheet import FpdfSheet, Sheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day, money
from tests.parsing.blind8.ink import block, row

from .. import folks
from ..desk import deduct
from ..wording import fr_long, fr_money, slash

CHILDREN = ("Léna", "Timéo", "Maëlle", "Noé", "Inès", "Sacha", "Lison", "Malo")
CLASSES = ("PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2")
SERVICES = (
    ("Restauration scolaire", "repas", 3, 5),
    ("Accueil du matin", "séance", 1, 2),
    ("Accueil du soir", "séance", 2, 3),
    ("Mercredi loisirs (journée)", "journée", 8, 15),
)
RUNS = (4, 13)


def family(rng: random.Random, seed: int) -> tuple[Party, list[str], str]:
    civility, first, last = folks.french_person(rng)
    postcode, city = "29000", "Quimper"
    street = [folks.french_street(rng)]
    if seed % 3 == 0:
        street.insert(0, f"Bâtiment {folks.pick(rng, 'ABCD')}, appartement {rng.randint(1, 40)}")
    name = f"M. et Mme {last}" if seed % 2 else f"{civility} {first} {last}"
    phone = folks.phone(rng, "FR")
    email = folks.mail(first, last, "gmail.com")
    code = f"FAM-{rng.randint(1000, 9999)}"
    party = Party(
        name,
        tuple(street),
        postcode,
        city,
        "FR",
        email=email,
        phone=folks.e164(phone),
        customer_ref=code,
    )
    contact = f"Coordonnées de la famille : {folks.glued(phone)} · {email}"
    return party, [name, *street, f"{postcode} {city.upper()}"], contact


def bill(
    rng: random.Random, seed: int, issue: dt.date
) -> tuple[Invoice, list[str], str, list[str]]:
    debtor, address, contact = family(rng, seed)
    kids = rng.sample(CHILDREN, rng.randint(1, 2))
    lines = []
    for kid in kids:
        grade = folks.pick(rng, CLASSES)
        for service, unit, low, high in rng.sample(SERVICES, rng.randint(1, 3)):
            lines.append(
                Line(
                    f"{service} – {kid} ({grade})",
                    Decimal(rng.randint(3, 16)),
                    money(rng, low, high),
                    Decimal(0),
                    unit,
                )
            )
    number = f"{issue:%Y}-{issue:%m}-{rng.randint(1, 9999):05d}"
    sepa = seed % 4 != 3
    due = issue + dt.timedelta(days=rng.randint(10, 15)) if sepa else issue + dt.timedelta(days=30)
    invoice = Invoice(number, issue, due, "EUR", debtor, lines)
    if seed % 3 == 1:
        deduct(
            invoice,
            "Tarif solidaire – aide du CCAS",
            (invoice.gross * Decimal("0.25")).quantize(Decimal("0.01")),
        )
    if seed in (7, 15):
        deduct(
            invoice,
            f"Avoir n° AV-{issue:%Y}-{rng.randint(10, 99):04d} déduit (absences justifiées)",
            money(rng, 8, 20),
        )
    notes = [f"Date de prélèvement : {fr_long(due)}" if sepa else f"À payer avant le {slash(due)}"]
    return invoice, address, contact, notes


def page(
    sheet: Sheet, invoice: Invoice, address: list[str], contact: str, notes: list[str]
) -> None:
    issue = invoice.issue
    sheet.font("DejaVuSerif", 13, bold=True)
    sheet.text(15, 18, "COMMUNE DE QUIMPER")
    sheet.font("DejaVuSerif", 8)
    block(
        sheet,
        15,
        23,
        [
            "Direction de l'Éducation – Service Enfance",
            "Hôtel de Ville, 44 place Saint-Corentin",
            "29000 Quimper – 02 98 98 89 89",
        ],
        3.6,
    )
    sheet.font("DejaVuSerif", 10)
    block(sheet, 112, 45, address, 4.8)
    sheet.font("DejaVuSerif", 11, bold=True)
    month = issue.replace(day=1) - dt.timedelta(days=1)
    sheet.text(15, 75, f"FACTURE PÉRISCOLAIRE – {fr_long(month).split(' ', 1)[1].upper()}")
    sheet.font("DejaVuSerif", 8)
    cells = (
        ("Facture n°", invoice.number),
        ("Émise le", fr_long(issue)),
        ("Code famille", invoice.debtor.customer_ref or ""),
        ("Quotient familial", "QF 3"),
    )
    for index, (label, value) in enumerate(cells):
        x = 15 + index * 45
        sheet.box(x, 80, 45, 12)
        sheet.text(x + 2, 84, label)
        sheet.text(x + 2, 89.5, value)
    y = 102.0
    row(
        sheet,
        y,
        [
            (15, "Prestation", "left"),
            (125, "Nombre", "right"),
            (160, "Tarif", "right"),
            (195, "Montant", "right"),
        ],
    )
    y += 6
    for line in invoice.lines:
        row(
            sheet,
            y,
            [
                (15, line.description, "left"),
                (125, f"{line.quantity:g} {line.unit}", "right"),
                (160, fr_money(line.unit_price) + " €", "right"),
                (195, fr_money(line.amount) + " €", "right"),
            ],
        )
        y += 4.6
    sheet.rule(15, y, 195, y)
    y += 6
    row(
        sheet,
        y,
        [(95, "Total des prestations", "left"), (195, fr_money(invoice.gross) + " €", "right")],
    )
    for d in invoice.deductions:
        y += 4.6
        row(sheet, y, [(95, d.label, "left"), (195, "- " + fr_money(d.amount) + " €", "right")])
    sheet.font("DejaVuSerif", 10, bold=True)
    row(
        sheet,
        y + 7,
        [(95, "Montant à payer", "left"), (195, fr_money(invoice.to_pay) + " €", "right")],
    )
    sheet.font("DejaVuSerif", 8)
    block(sheet, 15, y + 18, [*notes, "TVA non applicable – article 256 B du CGI"], 4)
    sheet.font("DejaVuSerif", 6.5)
    sheet.text(15, 282, contact)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    sheet = FpdfSheet(path)
    pieces = []
    for index in range(2 if seed in RUNS else 1):
        if index:
            sheet.new_page()
        invoice, address, contact, notes = bill(rng, seed + index, issue)
        page(sheet, invoice, address, contact, notes)
        pieces.append(Piece(invoice, (index + 1,)))
    sheet.save()
    return pieces


LAYOUT = Layout("fr_periscolaire", "FR", "fpdf2", draw)
