"""A private school's yearly fees invoice with a three-instalment direct-debit schedule.

The family's paying parents ("M. et Mme …") billed for one to three pupils (their names and
classes as distractors); a sibling reduction line; the registration deposit deducted →
"Reste à payer"; an échéancier of three prélèvements (the due date is the first one, the
amount the whole rest, as the earlier sets decided); Code famille as the customer
reference; no VAT (teaching).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from ..people import (
    PRENOMS,
    VILLES_FR,
    e164,
    email_of,
    french_name,
    french_street,
    national,
    phone,
    pick,
)
from ..sheet import Sheet
from ..wording import french, french_long, slashed
from .base import Layout, money
from .common import signed

CLASSES = ("6e A", "5e B", "4e C", "3e A", "CM2", "CE1", "2nde 3", "1re G2")


def schedule(total: Decimal, first: dt.date) -> list[tuple[dt.date, Decimal]]:
    """Debits in October, January and April; the first carries the odd cents."""
    part = (total / 3).quantize(Decimal("0.01"), rounding="ROUND_DOWN")
    days = [
        first,
        first.replace(year=first.year + 1, month=1),
        first.replace(year=first.year + 1, month=4),
    ]
    return [(days[0], total - 2 * part), (days[1], part), (days[2], part)]


def make(rng: random.Random, seed: int) -> Invoice:
    civility, first, last = french_name(rng)
    postcode, city = pick(rng, VILLES_FR)
    both = seed % 2 == 0
    mobile = phone(rng, "FR")
    debtor = Party(
        name=f"M. et Mme {last}" if both else f"{civility} {first} {last}",
        street=(french_street(rng),),
        postcode=postcode,
        city=city,
        country="FR",
        email=email_of(first, last, rng),
        phone=e164(mobile) if seed % 3 else None,
        customer_ref=f"FAM-{rng.randrange(1000, 3999)}",
    )
    count = 1 + seed % 3
    pupils = list(zip(rng.sample(PRENOMS, count), rng.sample(CLASSES, count), strict=True))
    lines = []
    for name, form in pupils:
        lines.append(
            Line(
                f"Contribution des familles – {name} ({form})", Decimal(1), money(rng, 620, 980), 0
            )
        )
        if rng.random() < 0.7:
            lines.append(
                Line(f"Demi-pension 4 jours – {name}", Decimal(1), money(rng, 700, 900), 0)
            )
    if len(pupils) > 1:
        lines.append(Line("Réduction fratrie", Decimal(1), -money(rng, 80, 160), 0))
    issue = dt.date(2026, 9, rng.randrange(1, 20))
    deposit = Decimal(pick(rng, (100, 150, 200)))
    invoice = Invoice(
        number=f"SC2627-{rng.randrange(1, 2000):05d}",
        issue=issue,
        due=None,
        currency="EUR",
        debtor=debtor,
        lines=lines,
        deductions=[Deduction("Acompte d'inscription versé", deposit)],
    )
    debits = schedule(invoice.to_pay, dt.date(2026, 10, pick(rng, (5, 8, 10))))
    invoice.due = debits[0][0]
    invoice.extras.update(pupils=pupils, debits=debits, mobile=mobile if seed % 3 else None)
    return invoice


def draw(sheet: Sheet, invoice: Invoice) -> None:
    debtor = invoice.debtor
    extras = invoice.extras
    sheet.font("DejaVuSerif", 13, bold=True)
    sheet.text(105, 18, "Institution Sainte-Clotilde", "centre")
    sheet.font("DejaVuSerif", 7.5)
    sheet.text(
        105, 23, "École – Collège – Lycée privés sous contrat d'association avec l'État", "centre"
    )
    sheet.text(
        105,
        27,
        "3 rue des Ursulines · 49100 Angers · 02 41 87 55 10 · compta@ste-clotilde.fr",
        "centre",
    )
    sheet.font("DejaVuSerif", 8, bold=True)
    sheet.text(20, 45, "Responsable financier")
    sheet.font("DejaVuSerif", 9.5)
    y = 50.0
    block = [debtor.name, *debtor.street, f"{debtor.postcode} {debtor.city}"]
    for line in block:
        sheet.text(20, y, line)
        y += 4.6
    sheet.font("DejaVuSerif", 8)
    contact = [debtor.email or ""]
    if extras["mobile"]:
        contact.insert(0, f"Tél. : {national(extras['mobile'])}")
    for line in contact:
        sheet.text(20, y + 1, line)
        y += 4
    sheet.font("DejaVuSerif", 9)
    facts = (
        ("Facture n°", invoice.number),
        ("Émise le", french_long(invoice.issue)),
        ("Code famille", debtor.customer_ref or ""),
        ("Année scolaire", "2026-2027"),
    )
    for n, (label, value) in enumerate(facts):
        sheet.text(120, 50 + 5 * n, label)
        sheet.text(152, 50 + 5 * n, value)
    sheet.font("DejaVuSerif", 12, bold=True)
    sheet.text(20, 88, "FACTURE ANNUELLE DE SCOLARITÉ")
    sheet.font("DejaVuSerif", 8.5)
    names = ", ".join(f"{name} ({form})" for name, form in extras["pupils"])
    sheet.text(20, 94, f"Élève(s) : {names}")
    y = 106.0
    sheet.rule(20, y - 4, 190, y - 4)
    for line in invoice.lines:
        sheet.text(20, y, line.description)
        sheet.text(190, y, signed(line.amount, french), "right")
        y += 5
    sheet.rule(20, y - 2.5, 190, y - 2.5)
    y += 3
    rows = [("Total de l'année", french(invoice.gross))]
    rows += [(d.label, f"- {french(d.amount)}") for d in invoice.deductions]
    rows.append(("Reste à payer", french(invoice.to_pay)))
    for label, value in rows:
        sheet.text(115, y, label)
        sheet.text(190, y, f"{value} €", "right")
        y += 5
    sheet.text(20, y + 3, "Établissement d'enseignement : opérations non soumises à la TVA.")
    y += 14
    sheet.font("DejaVuSerif", 9, bold=True)
    sheet.text(20, y, "Échéancier – prélèvements SEPA")
    sheet.font("DejaVuSerif", 8.5)
    for n, (day, amount) in enumerate(extras["debits"], start=1):
        y += 5
        sheet.text(24, y, f"{n}er prélèvement" if n == 1 else f"{n}e prélèvement")
        sheet.text(70, y, f"le {slashed(day)}")
        sheet.text(130, y, f"{french(amount)} €", "right")


LAYOUT = Layout("fr_ecole", "FR", "fpdf2", make, draw)
