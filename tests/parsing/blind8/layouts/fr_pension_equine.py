"""A riding stable's monthly boarding invoice to a horse's owner.

The horse's name, breed and SIRE number as distractors; boarding "du 01/03/2026 au 31/03/2026";
the farrier's and vet's visits dated in the lines with their own phones; the owner's address
after a house name ("Le Clos des Aubépines") at the right, their "Port." and e-mail on one line
under it; "Prélèvement SEPA le 05/04/2026" (the due date) with the mandate's signature date;
a partial payment received deducted on seeds ≡ 2 mod 3; an AVOIR printed positive on seed 13;
N° cavalier as the customer reference beside the horse's box number.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Deduction, Invoice, Line, Party
from tests.parsing.blind5.sheet import FpdfSheet
from tests.parsing.blind7.bill import Layout, Piece

from .. import folks
from ..ink import block, row
from ..wording import add_months, end_of_month, fr_money, slash

CREDIT = 13
HORSES = (
    "Quartz du Bocage",
    "Ulysse de la Vire",
    "Tornade Bleue",
    "Sirocco d'Arvor",
    "Vanille des Prés",
)
BREEDS = ("Selle Français", "Connemara", "Pur-sang arabe", "Haflinger")
HOUSES = ("Le Clos des Aubépines", "La Grange aux Hiboux", "Villa Les Mimosas", "Le Pré Fleuri")


def make(rng: random.Random, seed: int) -> tuple[Invoice, str]:
    civility, first, last = folks.french_name(rng)
    postcode, city = folks.pick(rng, folks.VILLES)
    number = folks.phone(rng, "FR")
    street = (
        (folks.pick(rng, HOUSES), folks.french_street(rng))
        if seed % 2 == 0
        else (folks.french_street(rng),)
    )
    party = Party(
        name=f"{civility} {first} {last}",
        street=street,
        postcode=postcode,
        city=city,
        country="FR",
        email=folks.email(first, last, folks.pick(rng, ("orange.fr", "wanadoo.fr", "gmail.com"))),
        phone=folks.e164(number),
        customer_ref=f"CAV-{rng.randrange(100, 999)}",
    )
    month = dt.date(2026, rng.randint(1, 10), 1)
    issue = end_of_month(month)
    credit = seed == CREDIT
    if credit:
        lines = [
            Line(
                "Remboursement leçon annulée (intempéries)",
                Decimal(1),
                Decimal(rng.randrange(30, 55)),
                Decimal(20),
            )
        ]
    else:
        lines = [
            Line(
                f"Pension box paille du {slash(month)} au {slash(issue)}",
                Decimal(1),
                Decimal(rng.randrange(380, 560)),
                Decimal("5.5"),
            ),
            Line(
                "Travail du cheval (forfait 8 séances)",
                Decimal(1),
                Decimal(rng.randrange(140, 240)),
                Decimal(20),
            ),
            Line(
                "Complément alimentaire et foin supplémentaire",
                Decimal(rng.randrange(1, 5)),
                Decimal(rng.randrange(12, 30)),
                Decimal("5.5"),
            ),
        ]
    due = None if credit else add_months(issue, 1, 5)
    invoice = Invoice(
        f"PE{issue:%y%m}-{rng.randrange(10, 99)}",
        issue,
        due,
        "EUR",
        party,
        lines,
        credit_note=credit,
    )
    if not credit and seed % 3 == 2:
        invoice.deductions.append(
            Deduction("Règlement partiel reçu (chèque)", Decimal(rng.randrange(100, 250)))
        )
    return invoice, folks.french_dotted(number) if seed % 2 else folks.international(number)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    sheet = FpdfSheet(path)
    invoice, printed = make(rng, seed)
    party = invoice.debtor
    sheet.font("DejaVuSerif", 13, bold=True)
    sheet.text(20, 20, "Écurie du Haras de Kervoas")
    sheet.font("DejaVuSerif", 7)
    manager = folks.french_dotted(folks.phone(rng, "FR"))
    block(
        sheet,
        20,
        25,
        [
            "Pension – Enseignement – Valorisation",
            "Lieu-dit Kervoas, 29800 Landerneau",
            f"Gérante : {manager} · SIRET {folks.siret(rng)}",
        ],
        3.3,
    )
    sheet.font("DejaVuSerif", 9)
    y = block(sheet, 118, 42, [party.name, *party.street, f"{party.postcode} {party.city}"], 4.4)
    sheet.font("DejaVuSerif", 7.5)
    sheet.text(118, y + 1, f"Port. {printed} · {party.email}")
    sheet.font("DejaVuSerif", 12, bold=True)
    sheet.text(20, 76, f"{'AVOIR' if invoice.credit_note else 'FACTURE'} {invoice.number}")
    sheet.font("DejaVuSerif", 8)
    horse = folks.pick(rng, HORSES)
    block(
        sheet,
        20,
        82,
        [
            f"Du {slash(invoice.issue)} · N° cavalier {party.customer_ref} · Box n°"
            f" {rng.randrange(1, 40)}",
            f"Cheval : {horse} ({folks.pick(rng, BREEDS)}, SIRE"
            f" {rng.randrange(10**7, 10**8)}{rng.choice('ABCDEFGH')})",
        ],
        4.3,
    )
    y = 98
    sheet.font("DejaVuSerif", 7.5, bold=True)
    row(
        sheet,
        y,
        [
            (20, "Désignation", "left"),
            (140, "Qté", "right"),
            (160, "TVA", "right"),
            (190, "Total HT", "right"),
        ],
    )
    sheet.rule(20, y + 1.5, 190, y + 1.5)
    sheet.font("DejaVuSerif", 7.5)
    for line in invoice.lines:
        y += 5
        row(sheet, y, [(20, line.description, "left"), (140, f"{line.quantity}", "right")])
        row(
            sheet,
            y,
            [
                (160, f"{str(line.vat_rate).replace('.', ',')} %", "right"),
                (190, fr_money(line.amount), "right"),
            ],
        )
    if not invoice.credit_note:
        farrier = invoice.issue - dt.timedelta(days=rng.randrange(5, 25))
        vet = invoice.issue - dt.timedelta(days=rng.randrange(2, 20))
        y += 7
        sheet.text(
            20,
            y,
            f"Pour mémoire : maréchal-ferrant passé le {slash(farrier)} (facturé directement,"
            f" {folks.french_dotted(folks.phone(rng, 'FR'))}),",
        )
        sheet.text(
            20,
            y + 4,
            f"vaccin grippe-tétanos le {slash(vet)} par le Dr vétérinaire"
            f" {folks.pick(rng, folks.NOMS_WINE)}"
            f" ({folks.national(folks.phone(rng, 'FR', mobile=False))}).",
        )
        y += 4
    y += 10
    totals = [("Total HT", invoice.net)]
    totals += [
        (f"TVA {str(rate).replace('.', ',')} %", tax)
        for rate, (_, tax) in invoice.vat_by_rate.items()
    ]
    totals += [("Total TTC", invoice.gross)] + [(d.label, -d.amount) for d in invoice.deductions]
    for label, amount in totals:
        row(sheet, y, [(110, label, "left"), (190, f"{fr_money(amount)} €", "right")])
        y += 4.5
    sheet.font("DejaVuSerif", 9.5, bold=True)
    final = "Montant de l'avoir" if invoice.credit_note else "Net à payer"
    row(sheet, y + 1, [(110, final, "left"), (190, f"{fr_money(invoice.to_pay)} €", "right")])
    sheet.font("DejaVuSerif", 7.5)
    y += 12
    signed = dt.date(2024, rng.randint(1, 12), rng.randint(1, 28))
    if invoice.due is not None:
        sheet.text(
            20,
            y,
            f"Prélèvement SEPA le {slash(invoice.due)} – mandat RUM"
            f" KERV{rng.randrange(1000, 9999)} signé le {slash(signed)}",
        )
    else:
        sheet.text(20, y, "Avoir à valoir sur la pension du mois prochain.")
    sheet.save()
    return [Piece(invoice)]


LAYOUT = Layout("fr_pension_equine", "FR", "fpdf2", draw)
