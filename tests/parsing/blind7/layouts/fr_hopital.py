"""Public hospital's "avis des sommes à payer" (reportlab, Times 6.5–8 pt, Trésor public style).

Number in a boxed grid under a bare "N° de facture" beside the distractor "N° de titre" and
the year; "N° débiteur" is the customer reference; the debtor in capitals, surname first, at
the right window with no label; the patient (a child on some seeds), stay dates and stay
number as distractors; Assurance Maladie and mutuelle shares deducted → Montant restant à votre
charge; "À régler avant le" (long date); the Service de gestion comptable's own address and
phone as distractors; a second page of care details on seeds ≡ 1 mod 4.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Deduction, Invoice, Line, Party
from tests.parsing.blind5.people import PRENOMS, french_name, pick
from tests.parsing.blind5.sheet import LabSheet

from ..bill import Piece, issue_day, money, write
from ..folks import TOWNS_FR, street_fr
from ..wording import euros, french_long, slashed

CARE = (
    ("Forfait journalier hospitalier", "20.00"),
    ("Ticket modérateur – séjour en médecine", "0"),
    ("Chambre particulière (confort)", "65.00"),
    ("Participation forfaitaire acte > 120 €", "24.00"),
    ("Consultation externe spécialiste", "30.00"),
    ("Passage aux urgences (forfait patient urgences)", "19.61"),
)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    due = issue + dt.timedelta(days=rng.choice((30, 45)))
    civility, first, last = french_name(rng)
    title = "MME" if civility == "Mme" else "M."
    name = f"{title} {last.upper()} {first.upper()}"
    postcode, city = pick(rng, TOWNS_FR[:12])
    street = (street_fr(rng).upper(),)
    if seed % 6 == 4:
        street = (f"APPT {rng.randint(2, 60)}", street[0])
    ref = f"{rng.randint(100000, 999999)}"
    debtor = Party(name, street, postcode, city.upper(), "FR", customer_ref=ref)
    patient = (
        f"{pick(rng, PRENOMS).upper()} {last.upper()}" if seed % 3 == 0 else name[len(title) + 1 :]
    )
    days = rng.randint(1, 9)
    lines = []
    for label, unit in rng.sample(CARE, rng.randint(2, 4)):
        price = Decimal(unit) if unit != "0" else money(rng, 150, 900)
        qty = Decimal(days) if "journalier" in label or "particulière" in label else Decimal(1)
        lines.append(Line(label, qty, price, Decimal(0)))
    number = f"{issue.year}{rng.randint(1, 9)}{rng.randint(100000, 999999)}"
    invoice = Invoice(number, issue, due, "EUR", debtor, lines)
    base = lines[0].amount
    if seed % 2 == 0:
        invoice.deductions.append(
            Deduction(
                "Part Assurance Maladie (AMO)", (base * Decimal("0.8")).quantize(Decimal("0.01"))
            )
        )
    if seed % 4 != 3:
        share = (invoice.gross - sum(d.amount for d in invoice.deductions)) * Decimal("0.6")
        invoice.deductions.append(
            Deduction("Part organisme complémentaire (AMC)", share.quantize(Decimal("0.01")))
        )
    two_pages = seed % 4 == 1
    admitted = issue - dt.timedelta(days=rng.randint(12, 40))

    sheet = LabSheet(path)
    sheet.font("Times", 9, bold=True)
    write(sheet, 15, 15, ("CENTRE HOSPITALIER", "DE CHÂTELLERAULT"), 4.2)
    sheet.font("Times", 7)
    write(
        sheet,
        15,
        25,
        (
            "Rue du Docteur Luc Montagnier – CS 90669",
            "86106 CHÂTELLERAULT CEDEX",
            "Bureau des frais de séjour : 05 49 02 90 90",
        ),
        3.2,
    )
    sheet.font("Times", 12, bold=True)
    sheet.text(105, 44, "AVIS DES SOMMES À PAYER", align="centre")
    cells = (
        ("Exercice", str(issue.year)),
        ("N° de titre", f"{rng.randint(1000, 9999)}"),
        ("N° de facture", number),
        ("Date d'émission", slashed(issue)),
        ("N° débiteur", ref),
    )
    x = 15
    for label, value in cells:
        sheet.box(x, 48, 36, 10)
        sheet.font("Times", 6.5)
        sheet.text(x + 1.5, 51.5, label)
        sheet.font("Times", 8, bold=True)
        sheet.text(x + 1.5, 56, value)
        x += 36
    sheet.font("Times", 9)
    write(sheet, 118, 72, (name, *street, f"{postcode} {city.upper()}"), 4.2)
    sheet.font("Times", 7.5)
    write(
        sheet,
        15,
        72,
        (
            f"Patient(e) : {patient}",
            f"N° de séjour : {rng.randint(26000000, 26999999)}",
            f"Séjour du {slashed(admitted)} au {slashed(admitted + dt.timedelta(days=days))}",
            "Service : médecine polyvalente",
        ),
        3.8,
    )
    y = 100
    sheet.font("Times", 7, bold=True)
    sheet.text(15, y, "Désignation")
    sheet.text(130, y, "Quantité")
    sheet.text(195, y, "Montant", align="right")
    sheet.rule(15, y + 1.5, 195, y + 1.5)
    sheet.font("Times", 7.5)
    y += 6
    for line in lines:
        sheet.text(15, y, line.description)
        sheet.text(130, y, str(line.quantity))
        sheet.text(195, y, euros(line.amount), align="right")
        y += 4.5
    if two_pages:
        sheet.text(15, y + 4, "Détail des actes et suite de l'avis en page 2/2")
        sheet.new_page()
        sheet.font("Times", 7)
        sheet.text(15, 15, f"Avis n° {number} – page 2/2")
        y = 25
        for step in range(rng.randint(4, 9)):
            act = admitted + dt.timedelta(days=step % (days + 1))
            sheet.text(
                15, y, f"{slashed(act)}   Acte CCAM {rng.randint(1000, 9999)}   pris en charge"
            )
            y += 4
        y += 4
    y += 3
    sheet.font("Times", 8)
    rows = [("Total des sommes dues", invoice.gross)]
    rows += [(d.label, -d.amount) for d in invoice.deductions]
    for label, value in rows:
        sheet.text(110, y, label)
        sheet.text(195, y, euros(value), align="right")
        y += 4.5
    sheet.font("Times", 9.5, bold=True)
    sheet.box(108, y - 2, 89, 7, grey=0.9)
    sheet.text(110, y + 3, "MONTANT RESTANT À VOTRE CHARGE")
    sheet.text(195, y + 3, euros(invoice.to_pay), align="right")
    y += 14
    sheet.font("Times", 8, bold=True)
    sheet.text(15, y, f"À régler avant le {french_long(due)}")
    sheet.font("Times", 7)
    write(
        sheet,
        15,
        y + 5,
        (
            "Par internet : www.payfip.gouv.fr, identifiant collectivité 012345, référence "
            f"{number}.",
            "Par chèque à l'ordre du Trésor public, adressé au Service de gestion comptable,",
            "12 boulevard de Blossac, 86100 Châtellerault – Tél. 05 49 21 43 00.",
            "Passé ce délai, des poursuites pourront être engagées (article L. 1617-5 du CGCT).",
        ),
        3.5,
    )
    pages = sheet.save()
    return [Piece(invoice, tuple(range(1, pages + 1)))]
