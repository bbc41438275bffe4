"""A travel agency's invoice for a package holiday, dense with dates.

Booking date, departure and return as `sam. 13 juin 2026`, flights as `13JUN26`, an option
date, travellers with their birth dates; the 30 % deposit paid at booking deducted → Solde à
régler; "Solde à régler au plus tard le …" (thirty days before departure: the due date); the
customer's "Portable" and e-mail in a side box; the assistance company's emergency number and the
travel adviser's line as distractors; Code client beside N° de dossier; a credit note (AVOIR
for a cancelled option) printed positive on seeds 9 and 18.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Deduction, Invoice, Line, Party
from tests.parsing.blind5.sheet import LabSheet
from tests.parsing.blind7.bill import Layout, Piece

from .. import folks
from ..ink import block, row
from ..wording import airline, fr_long, fr_money, fr_weekday, slash

CREDITS = (9, 18)
TRIPS = (
    ("Circuit « Splendeurs de l'Andalousie » 8 jours", "AGP"),
    ("Séjour club Crète, Hersonissos, 7 nuits", "HER"),
    ("Autotour Écosse, Highlands et îles", "EDI"),
    ("Croisière fjords de Norvège, 10 jours", "BGO"),
)


def make(rng: random.Random, seed: int) -> tuple[Invoice, dict[str, object]]:
    civility, first, last = folks.french_name(rng)
    postcode, city = folks.pick(rng, folks.VILLES)
    number = folks.phone(rng, "FR")
    party = Party(
        name=f"{civility} {first} {last}",
        street=(
            f"Résidence {folks.pick(rng, ('Les Cèdres', 'Le Parc', 'Bellevue'))}, bât."
            f" {rng.choice('ABC')}",
            folks.french_street(rng),
        )
        if seed % 3 == 0
        else (folks.french_street(rng),),
        postcode=postcode,
        city=city,
        country="FR",
        email=folks.email(first, last, folks.pick(rng, ("orange.fr", "sfr.fr", "gmail.com"))),
        phone=folks.e164(number),
        customer_ref=f"CL{rng.randrange(100000, 999999)}",
    )
    booked = dt.date(2026, rng.randint(1, 6), rng.randint(1, 28))
    departure = booked + dt.timedelta(days=rng.randrange(70, 200))
    departure += dt.timedelta(days=(5 - departure.weekday()) % 7)
    trip, airport = folks.pick(rng, TRIPS)
    emergency = folks.international(folks.phone(rng, "FR", mobile=False))
    travellers = rng.randint(1, 4)
    credit = seed in CREDITS
    issue = booked + dt.timedelta(days=rng.randrange(0, 3))
    if credit:
        lines = [
            Line(
                "Annulation option « excursion en mer » (non consommée)",
                Decimal(travellers),
                Decimal(rng.randrange(45, 120)),
                Decimal(0),
            )
        ]
    else:
        lines = [
            Line(trip, Decimal(travellers), Decimal(rng.randrange(890, 2400)), Decimal(0)),
            Line(
                "Assurance annulation multirisque",
                Decimal(travellers),
                Decimal(rng.randrange(38, 95)),
                Decimal(0),
            ),
            Line(
                "Taxes aéroport et surcharge carburant",
                Decimal(travellers),
                Decimal(rng.randrange(60, 140)),
                Decimal(0),
            ),
        ]
    due = None if credit else departure - dt.timedelta(days=30)
    invoice = Invoice(
        f"{'AV' if credit else 'FV'}{issue:%y}{rng.randrange(10000, 99999)}",
        issue,
        due,
        "EUR",
        party,
        lines,
        credit_note=credit,
    )
    if not credit:
        deposit = (invoice.gross * Decimal("0.3")).quantize(Decimal(1))
        invoice.deductions.append(Deduction(f"Acompte 30 % versé le {slash(booked)}", deposit))
    extras = {
        "booked": booked,
        "departure": departure,
        "back": departure + dt.timedelta(days=7),
        "airport": airport,
        "emergency": emergency,
        "travellers": travellers,
        "mobile": folks.international(number) if seed % 2 else folks.national(number),
    }
    return invoice, extras


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    sheet = LabSheet(path)
    invoice, extras = make(rng, seed)
    party = invoice.debtor
    sheet.font("DejaVuSerif", 14, bold=True)
    sheet.text(20, 20, "Horizons Vagabonds")
    sheet.font("DejaVuSerif", 7)
    block(
        sheet,
        20,
        25,
        [
            "Agence de voyages · 3 cours de l'Intendance, 33000 Bordeaux",
            f"IM033{rng.randrange(100000, 999999)} · Garantie APST · SIRET {folks.siret(rng)}",
        ],
        3.3,
    )
    sheet.font("DejaVuSerif", 9)
    block(sheet, 20, 45, [party.name, *party.street, f"{party.postcode} {party.city}"], 4.4)
    sheet.box(125, 40, 67, 22, grey=0.94)
    sheet.font("DejaVuSerif", 7.5)
    block(
        sheet,
        128,
        45,
        [
            "Vos coordonnées",
            f"Portable : {extras['mobile']}",
            f"Courriel : {party.email}",
            f"Code client : {party.customer_ref}",
        ],
        4,
    )
    sheet.font("DejaVuSerif", 12, bold=True)
    title = "AVOIR" if invoice.credit_note else "FACTURE"
    sheet.text(20, 74, f"{title} N° {invoice.number}")
    sheet.font("DejaVuSerif", 8)
    booked, departure, back = extras["booked"], extras["departure"], extras["back"]
    assert (
        isinstance(booked, dt.date) and isinstance(departure, dt.date) and isinstance(back, dt.date)
    )
    block(
        sheet,
        20,
        80,
        [
            f"Émise le {slash(invoice.issue)} · Dossier n° {rng.randrange(100000, 999999)} réservé"
            f" le {fr_long(booked)}",
            f"Voyage du {fr_weekday(departure)} au {fr_weekday(back)}",
            f"Vols : AF{rng.randrange(1000, 9999)} CDG-{extras['airport']} {airline(departure)} ·"
            f" AF{rng.randrange(1000, 9999)} {extras['airport']}-CDG {airline(back)}",
            f"Option « excursion » à confirmer avant le {slash(departure - dt.timedelta(days=45))}",
        ],
        4.3,
    )
    y = 104
    sheet.font("DejaVuSerif", 7.5, bold=True)
    row(sheet, y, [(20, "Voyageurs", "left")])
    sheet.font("DejaVuSerif", 7.5)
    for _ in range(int(str(extras["travellers"]))):
        y += 4
        born = dt.date(1950 + rng.randrange(65), rng.randint(1, 12), rng.randint(1, 28))
        row(
            sheet,
            y,
            [
                (
                    22,
                    f"{folks.pick(rng, folks.PRENOMS)} {party.name.split()[-1].upper()}, né(e) le"
                    f" {slash(born)}",
                    "left",
                )
            ],
        )
    y += 9
    sheet.font("DejaVuSerif", 7.5, bold=True)
    row(
        sheet,
        y,
        [
            (20, "Prestation", "left"),
            (140, "Pers.", "right"),
            (165, "Prix/pers.", "right"),
            (192, "Montant", "right"),
        ],
    )
    sheet.rule(20, y + 1.5, 192, y + 1.5)
    sheet.font("DejaVuSerif", 7.5)
    for line in invoice.lines:
        y += 5
        row(sheet, y, [(20, line.description, "left"), (140, f"{line.quantity}", "right")])
        row(
            sheet,
            y,
            [
                (165, fr_money(line.unit_price), "right"),
                (192, f"{fr_money(line.amount)} €", "right"),
            ],
        )
    y += 10
    totals = [("Prix total du voyage", invoice.gross)] + [
        (d.label, -d.amount) for d in invoice.deductions
    ]
    for label, amount in totals:
        row(sheet, y, [(110, label, "left"), (192, f"{fr_money(amount)} €", "right")])
        y += 5
    sheet.font("DejaVuSerif", 9.5, bold=True)
    final = "Montant remboursé" if invoice.credit_note else "Solde à régler"
    row(sheet, y + 1, [(110, final, "left"), (192, f"{fr_money(invoice.to_pay)} €", "right")])
    sheet.font("DejaVuSerif", 7.5)
    y += 12
    if invoice.due is not None:
        sheet.text(
            20,
            y,
            f"Solde à régler au plus tard le {slash(invoice.due)}, soit 30 jours avant le départ.",
        )
    else:
        sheet.text(20, y, "Remboursement par virement sous 14 jours.")
    adviser = folks.national(folks.phone(rng, "FR", mobile=False))
    sheet.text(20, y + 4.5, f"Votre conseillère : {folks.pick(rng, folks.PRENOMS)}, {adviser}")
    sheet.text(20, y + 9, f"Assistance sur place 24h/24 : {extras['emergency']}")
    sheet.text(
        20,
        y + 13.5,
        "TVA sur marge – régime particulier des agences de voyages (art. 266-1-e du CGI).",
    )
    sheet.save()
    return [Piece(invoice)]


LAYOUT = Layout("fr_agence_voyage", "FR", "reportlab", draw)
