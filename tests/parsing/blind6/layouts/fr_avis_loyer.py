"""Lyon letting agent's monthly avis d'échéance to a tenant: reportlab with embedded DejaVu
Sans, a shaded band of references, the tenant's contacts in a sentence of the body.

Families: "AVIS D'ÉCHÉANCE" with the number after a bare "N°" in the band; the housing
benefit paid to the landlord ("APL versée par la CAF") deducted → Montant à régler;
"Solde antérieur" printed as a debit (unpaid, added: it IS part of the amount) or as a
credit ("Solde antérieur créditeur", deducted); "Terme payable le 1er …" (long French date
with "1er") on even seeds, "sera prélevé le dd/mm/yyyy" on odd ones; "Code locataire" (the
customer reference) beside the lot and the landlord's name (distractors); HLM-style "Bât. /
Esc. / Appt" lines; "M. et Mme", "Mme veuve"; the tenant's phone and e-mail in the body
("Coordonnées enregistrées : …"), the caretaker's mobile as a distractor.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.formats import cents
from tests.parsing.blind5.sheet import LabSheet

from ..bill import Bill, Debtor
from ..folks import (
    PRENOMS_F,
    digits,
    e164,
    fr_name,
    iban_of,
    mail,
    national,
    phone,
    pick,
    siret,
    spaced,
)
from ..wording import euros, fr_date, fr_long_date
from .base import Drawn, Layout, grid, lines, pairs

FACE = "DejaVuSans"
TOWNS = (
    ("69100", "Villeurbanne"),
    ("69200", "Vénissieux"),
    ("69008", "Lyon"),
    ("69120", "Vaulx-en-Velin"),
    ("69500", "Bron"),
)
ADDRESSES = (
    "12 avenue Salvador Allende",
    "5 rue des Canuts",
    "48 boulevard des Étoiles",
    "3 place du Onze Novembre",
    "27 rue Pierre Baizet",
)


def debtor_of(rng: random.Random, seed: int) -> tuple[Debtor, str]:
    """The tenant, and the body sentence with its contacts (empty when none is on file)."""
    civility, first, last = fr_name(rng)
    kind = seed % 3
    if kind == 0:
        name = f"M. et Mme {last}"
    elif kind == 1:
        name = f"Mme veuve {last} {pick(rng, PRENOMS_F)}"
    else:
        name = f"{civility} {first} {last}"
    postcode, city = pick(rng, TOWNS)
    flat = f"Bât. {pick(rng, 'ABCDE')} - Esc. {rng.randrange(1, 5)} - Appt {rng.randrange(11, 99)}"
    street = (flat, pick(rng, ADDRESSES))
    mobile = phone(rng, "FR")
    email = mail(first, last, rng, ("free.fr", "sfr.fr", "hotmail.fr"))
    shown = seed % 4
    said = []
    if shown in (0, 1):
        said.append(f"tél. {national(mobile)}")
    if shown in (0, 2):
        said.append(f"courriel {email}")
    sentence = f"Coordonnées enregistrées : {', '.join(said)}." if said else ""
    debtor = Debtor(
        name,
        (name, *street, f"{postcode} {city.upper()}"),
        street,
        postcode,
        city.upper(),
        "FR",
        email=email if shown in (0, 2) else None,
        phone=e164(mobile) if shown in (0, 1) else None,
        customer_ref=f"L{digits(rng, 6)}",
    )
    return debtor, sentence


def draw(rng: random.Random, seed: int, path: Path) -> Drawn:
    debtor, sentence = debtor_of(rng, seed)
    month = rng.randrange(2, 12)
    term = dt.date(2026, month, 1)
    issue = term - dt.timedelta(days=rng.randrange(8, 16))
    number = f"AE{term:%y%m}{digits(rng, 5)}"
    rent = Decimal(rng.randrange(380, 760)) + Decimal(rng.randrange(100)) / 100
    charges = Decimal(rng.randrange(60, 160))
    waste = Decimal(rng.randrange(8, 18))
    total_month = rent + charges + waste
    apl = Decimal(rng.randrange(120, 330)) + Decimal(rng.randrange(100)) / 100
    apl = apl if seed % 5 != 4 else None
    balance = seed % 3
    previous = Decimal(rng.randrange(20, 400)) if balance else None
    to_pay = total_month - (apl or 0)
    if previous and balance == 1:
        to_pay += previous
    elif previous:
        previous = min(previous, cents(to_pay / 2))
        to_pay -= previous

    sheet = LabSheet(path)
    sheet.font(FACE, 12, bold=True)
    sheet.text(15, 17, "Rhône Habitat Gestion")
    sheet.font(FACE, 7)
    office = phone(rng, "FR", mobile=False)
    lines(
        sheet,
        15,
        22,
        (
            "Administrateur de biens - carte professionnelle CPI 6901 2026 000 0" + digits(rng, 5),
            "41 cours Gambetta, 69003 Lyon",
            f"Service locataires : {national(office)} - locataires@rhone-habitat-gestion.fr",
            f"SIRET {siret(rng)}",
        ),
        3.2,
    )
    sheet.font(FACE, 10)
    lines(sheet, 110, 48, debtor.block, 5)
    sheet.font(FACE, 14, bold=True)
    sheet.text(15, 84, "AVIS D'ÉCHÉANCE")
    sheet.font(FACE, 8)
    sheet.text(15, 89, f"Lyon, le {fr_date(issue)} - terme : {fr_month(term)}")
    grid(
        sheet,
        15,
        93,
        (
            ("N°", number),
            ("Code locataire", debtor.customer_ref or ""),
            ("Lot", f"{rng.randrange(1, 300):03d} / cave {rng.randrange(1, 80)}"),
            (
                "Propriétaire",
                pick(rng, ("SCI du Parc Lumière", "Indivision Berthet", "SA Gerland")),
            ),
        ),
        (36, 32, 34, 78),
        (6, 8.5),
        FACE,
        grey=0.93,
    )
    y = 114.0
    keeper = phone(rng, "FR")
    sheet.font(FACE, 8)
    body = [f"Gardienne de la résidence : Mme {pick(rng, ('Ferreira', 'Benali', 'Girard'))},"]
    body[0] += f" {national(keeper)} (du lundi au vendredi)."
    if sentence:
        body.append(sentence + " Merci de nous signaler tout changement.")
    y = lines(sheet, 15, y, body, 4.5) + 4
    rows = [
        (f"Loyer principal ({fr_month(term)})", euros(rent)),
        ("Provision sur charges", euros(charges)),
        ("Taxe d'enlèvement des ordures ménagères", euros(waste)),
        ("Total du terme", euros(total_month)),
    ]
    if apl:
        rows.append(("APL versée par la CAF (tiers payant)", f"- {euros(apl)}"))
    if previous and balance == 1:
        rows.append(("Solde antérieur", euros(previous)))
    elif previous:
        rows.append(("Solde antérieur créditeur", f"- {euros(previous)}"))
    rows.append(("Montant à régler", euros(to_pay)))
    y = pairs(sheet, 15, 150, y, rows, 5.5, FACE, 9) + 5
    sheet.font(FACE, 8.5)
    if seed % 2 == 0:
        due = term
        sheet.text(
            15, y, f"Terme payable d'avance, le {fr_long_date(term)}, par virement ou chèque."
        )
        sheet.text(15, y + 4.5, f"IBAN {spaced(iban_of(rng, 'FR', 23))}")
    else:
        due = term + dt.timedelta(days=rng.randrange(0, 9))
        sheet.text(15, y, f"Ce montant sera prélevé le {fr_date(due)} sur votre compte.")
    sheet.font(FACE, 6)
    sheet.text(
        15,
        285,
        f"Cumul des loyers quittancés en 2026 : {euros(total_month * month)}."
        " Une quittance vous sera adressée après encaissement.",
    )
    sheet.save()
    bill = Bill(number, issue, due, to_pay, "EUR", debtor, deduction=bool(apl or balance == 2))
    return [((1,), bill)]


def fr_month(day: dt.date) -> str:
    return fr_long_date(day).split(" ", 1)[1]


LAYOUT = Layout("fr_avis_loyer", "FR", "reportlab", draw)
