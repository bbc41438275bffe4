"""Menton sailing club's appel de cotisation: reportlab Helvetica in 6.5–7.5 pt, a facts box
beside the address, a payment schedule.

Families: a title that is not "Facture", the number after the title on its line; Code
adhérent (the customer reference) beside a N° de licence and a berth number (distractors);
a schedule of 3 or 4 SEPA debits on even seeds (the due date is the first, the total the
whole amount) or "Date limite de paiement" on odd seeds; "Solde antérieur" (an unpaid
balance, printed and added: it IS part of the amount to pay); members in Monaco (98000,
country MC, +377 phones) and in the Alpes-Maritimes; the member's mobile as "Mob." and
e-mail in the facts box, the harbour master's phone as a distractor.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind5.sheet import LabSheet

from ..bill import Bill, Debtor
from ..folks import (
    digits,
    e164,
    fr_name,
    iban_of,
    international,
    mail,
    national,
    phone,
    pick,
    spaced,
)
from ..wording import add_months, euros, fr_date
from .base import Drawn, Layout, lines, pairs

FACE = "Helvetica"
MONACO = (
    "Le Millefiori, 1 rue des Genêts",
    "Le Mirabeau, 1 avenue Princesse Grace",
    "Villa Les Agaves, 7 boulevard du Jardin Exotique",
    "Le Castellara, 21 boulevard d'Italie",
)
RIVIERA = (
    ("06500", "Menton"),
    ("06190", "Roquebrune-Cap-Martin"),
    ("06240", "Beausoleil"),
    ("06300", "Nice"),
    ("06320", "Cap-d'Ail"),
)
VOIES = ("avenue de Verdun", "promenade du Soleil", "rue Longue", "chemin de la Madone")


def debtor_of(rng: random.Random, seed: int) -> tuple[Debtor, tuple[str, ...]]:
    """The member, and the contact lines of the facts box."""
    civility, first, last = fr_name(rng)
    name = f"{civility} {first} {last}"
    ref = f"ADH-{digits(rng, 4)}"
    if seed % 3 == 0:
        street = (pick(rng, MONACO),)
        if rng.random() < 0.5:
            street = (f"Appartement {rng.randrange(2, 90)}, {rng.randrange(1, 12)}e étage", *street)
        postcode, city, country, region = "98000", "MONACO", "MC", "MC"
        block = (name, *street, "98000 MONACO")
    else:
        street = (f"{rng.randrange(1, 90)} {pick(rng, VOIES)}",)
        postcode, city = pick(rng, RIVIERA)
        city, country, region = city.upper(), "FR", "FR"
        block = (name, *street, f"{postcode} {city}")
    mobile = phone(rng, region)
    email = mail(first, last, rng, ("gmail.com", "monaco.mc", "orange.fr"))
    shown = rng.randrange(4)
    facts: tuple[str, ...] = (f"Code adhérent : {ref}", f"N° de licence FFV : {digits(rng, 7)}")
    if shown != 3:
        facts += (f"Mob. {international(mobile)}",)
    if shown in (0, 1):
        facts += (email,)
    debtor = Debtor(
        name,
        block,
        street,
        postcode,
        city,
        country,
        email=email if shown in (0, 1) else None,
        phone=e164(mobile) if shown != 3 else None,
        customer_ref=ref,
    )
    return debtor, facts


def draw(rng: random.Random, seed: int, path: Path) -> Drawn:
    debtor, facts = debtor_of(rng, seed)
    small = 6.5 if seed % 3 == 0 else 7.5
    issue = dt.date(2025, 12, 1) + dt.timedelta(days=rng.randrange(60))
    number = f"AC26-{digits(rng, 4)}"
    dues = [
        ("Cotisation annuelle 2026 (membre actif)", Decimal(rng.choice((240, 285, 310)))),
        ("Licence FFV adulte 2026", Decimal("62.00")),
    ]
    if rng.random() < 0.7:
        dues.append(
            (
                f"Place de port, ponton {pick(rng, 'ABCD')} n° {rng.randrange(1, 80)}",
                Decimal(rng.randrange(9, 30) * 100),
            )
        )
    previous = Decimal(rng.randrange(4, 30) * 10) if seed % 4 in (1, 2) else None
    total = sum((amount for _, amount in dues), Decimal(0)) + (previous or 0)

    sheet = LabSheet(path)
    sheet.font(FACE, 12, bold=True)
    sheet.text(15, 16, "Yacht Club de Menton-Garavan")
    sheet.font(FACE, small)
    club = phone(rng, "FR", mobile=False)
    harbour = phone(rng, "FR", mobile=False)
    lines(
        sheet,
        15,
        21,
        (
            "Association loi 1901 - Port de Garavan, quai Auréglia, 06500 Menton",
            f"Secrétariat {national(club)} - secretariat@ycmg-menton.fr",
            f"Capitainerie (urgences) : {national(harbour)}",
        ),
        3,
    )
    sheet.box(15, 40, 75, 26)
    sheet.font(FACE, small)
    lines(sheet, 18, 45, facts, 4)
    sheet.font(FACE, 9)
    lines(sheet, 112, 46, debtor.block, 4.5)
    sheet.font(FACE, 12, bold=True)
    sheet.text(15, 82, f"APPEL DE COTISATION 2026  N° {number}")
    sheet.font(FACE, small)
    sheet.text(15, 87, f"Menton, le {fr_date(issue)}")
    y = 97.0
    sheet.font(FACE, small, bold=True)
    sheet.text(15, y, "Objet")
    sheet.text(195, y, "Montant", "right")
    sheet.rule(15, y + 1.2, 195, y + 1.2, 0.2)
    sheet.font(FACE, small)
    for label, amount in dues:
        y += 4.2
        sheet.text(15, y, label)
        sheet.text(195, y, euros(amount), "right")
    rows = [("Cotisations et services 2026", euros(total - (previous or 0)))]
    if previous:
        rows.append(("Solde antérieur (restant dû sur 2025)", euros(previous)))
    rows.append(("Total à régler", euros(total)))
    y = pairs(sheet, 110, 195, y + 7, rows, 4.5, FACE, small + 1) + 4
    sheet.font(FACE, small)
    sheet.text(15, y, "Association non assujettie à la TVA (art. 261-7-1° du CGI).")
    y += 6
    if seed % 2 == 0:
        count = 3 if seed % 4 == 0 else 4
        share = (total / count).quantize(Decimal("0.01"))
        first = add_months(issue, 1, 5)
        sheet.font(FACE, small + 0.5, bold=True)
        sheet.text(15, y, "Échéancier de prélèvement SEPA")
        sheet.font(FACE, small)
        for index in range(count):
            day = add_months(first, index, 5)
            amount = share if index < count - 1 else total - share * (count - 1)
            y += 4
            sheet.text(20, y, f"Prélèvement n° {index + 1} le {fr_date(day)}")
            sheet.text(110, y, euros(amount), "right")
        due = first
        y += 5
        sheet.text(
            15, y, f"Mandat RUM YCMG-{digits(rng, 6)} - ICS FR{digits(rng, 2)}ZZZ{digits(rng, 6)}"
        )
    else:
        due = issue + dt.timedelta(days=rng.choice((30, 31, 45)))
        sheet.font(FACE, small + 1, bold=True)
        sheet.text(15, y, f"Date limite de paiement : {fr_date(due)}")
        sheet.font(FACE, small)
        sheet.text(15, y + 4.5, f"Virement : IBAN {spaced(iban_of(rng, 'FR', 23))}")
    sheet.font(FACE, 5.5)
    sheet.text(
        15,
        285,
        "Toute cotisation non réglée à la date limite entraîne la suspension de l'accès au ponton"
        " (règlement intérieur, art. 12).",
    )
    sheet.save()
    bill = Bill(number, issue, due, total, "EUR", debtor)
    return [((1,), bill)]


LAYOUT = Layout("fr_club_voile", "FR", "reportlab", draw)
