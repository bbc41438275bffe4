"""A car-rental agency's invoice after a rental: plate, mileage, times and a driver.

Departure and return with times ("le 12/03/2026 à 09h30"), the driver's licence date, the
plate and the odometer readings; the card imprint (caution) as a distractor amount; companies
billed with a building name before the street ("Immeuble Le Ponant"), "Service comptabilité
fournisseurs" and CS + CEDEX on some, their driver's mobile as a distractor and the invoice
address e-mail in the footer ("Facture transmise à …"); private renters who drive themselves,
their "Portable" in the driver line; a deposit paid at booking deducted on even seeds;
"Échéance" or "Paiement à 30 jours fin de mois" with no date (seeds ≡ 1 mod 4, companies);
two AVOIRs printed positive; Réf. client beside the contract number.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Deduction, Invoice, Line, Party
from tests.parsing.blind5.sheet import LabSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day

from .. import folks
from ..ink import block, row
from ..wording import end_of_month, fr_money, slash

CREDITS = (7, 19)
TERMS = "Paiement à 30 jours fin de mois"
BUILDINGS = ("Immeuble Le Ponant", "Le Sextant – Bâtiment B", "Tour Europa", "Parc Arenice, bât. 3")


def make(rng: random.Random, seed: int) -> tuple[Invoice, dict[str, object]]:
    civility, first, last = folks.french_name(rng)
    company = seed % 2 == 1
    mobile = folks.phone(rng, "FR")
    if company:
        form = folks.pick(rng, ("SAS", "SARL", "SA"))
        name = f"{form} {folks.pick(rng, ('Azur Froid', 'Riviera Events', 'Méditerranée Conseil'))}"
        cedex = seed % 5 == 1
        postcode, city = folks.pick(rng, folks.CEDEX) if cedex else folks.pick(rng, folks.VILLES)
        party = Party(
            name=name,
            street=(folks.pick(rng, BUILDINGS), folks.french_street(rng)),
            postcode=postcode,
            city=city,
            country="FR",
            attention="Service comptabilité fournisseurs",
            box=f"CS {rng.randrange(10000, 99999)}" if cedex else None,
            email=f"factures@{name.split()[1].lower()}-{name.split()[-1].lower()}.fr",
            customer_ref=f"RC{rng.randrange(10000, 99999)}",
            business=True,
        )
        driver = f"{civility} {first} {last}"
    else:
        postcode, city = folks.pick(rng, folks.VILLES)
        party = Party(
            name=f"{civility} {first} {last}",
            street=(folks.french_street(rng),),
            postcode=postcode,
            city=city,
            country="FR",
            phone=folks.e164(mobile),
            customer_ref=f"RC{rng.randrange(10000, 99999)}",
        )
        driver = party.name
    issue = issue_day(rng)
    credit = seed in CREDITS
    days = rng.randint(2, 9)
    if credit:
        lines = [
            Line(
                "Remboursement franchise après expertise",
                Decimal(1),
                Decimal(rng.randrange(150, 600)),
                Decimal(20),
            )
        ]
    else:
        lines = [
            Line(
                f"Location catégorie {rng.choice('BCDE')} – {days} jours",
                Decimal(days),
                Decimal(rng.randrange(39, 95)),
                Decimal(20),
            ),
            Line("Rachat de franchise", Decimal(days), Decimal(rng.randrange(9, 19)), Decimal(20)),
            Line(
                "Kilomètres supplémentaires",
                Decimal(rng.randrange(0, 300)),
                Decimal("0.25"),
                Decimal(20),
            ),
        ]
    terms = company and seed % 4 == 1 and not credit
    due = (
        None
        if credit
        else end_of_month(issue + dt.timedelta(days=30))
        if terms
        else issue + dt.timedelta(days=15)
    )
    invoice = Invoice(
        f"LA-{issue.year}-{rng.randrange(1000, 99999):05d}",
        issue,
        due,
        "EUR",
        party,
        lines,
        credit_note=credit,
    )
    if not credit and seed % 2 == 0 and invoice.gross > 300:
        invoice.deductions.append(
            Deduction("Acompte réglé à la réservation", Decimal(rng.randrange(50, 150)))
        )
    return invoice, {
        "driver": driver,
        "mobile": folks.french_dotted(mobile),
        "days": days,
        "terms": terms,
    }


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    sheet = LabSheet(path)
    invoice, extras = make(rng, seed)
    party = invoice.debtor
    siret = folks.siret(rng)
    sheet.font("Helvetica", 14, bold=True)
    sheet.text(20, 18, "LOC'AZUR VÉHICULES")
    sheet.font("Helvetica", 7)
    block(
        sheet,
        20,
        23,
        [
            "Location de véhicules de tourisme et utilitaires",
            "455 promenade des Anglais, 06200 Nice",
            f"SIRET {siret} · TVA {folks.fr_vat(siret)}",
        ],
        3.2,
    )
    sheet.font("Helvetica", 9)
    lines = [
        party.name,
        party.attention or "",
        *party.street,
        party.box or "",
        f"{party.postcode} {party.city}",
    ]
    block(sheet, 115, 42, lines, 4.3)
    sheet.font("Helvetica", 12, bold=True)
    sheet.text(
        20, 78, f"{'AVOIR' if invoice.credit_note else 'FACTURE DE LOCATION'} N° {invoice.number}"
    )
    sheet.font("Helvetica", 7.5)
    back = invoice.issue - dt.timedelta(days=rng.randrange(0, 3))
    out = back - dt.timedelta(days=int(str(extras["days"])))
    km = rng.randrange(5000, 60000)
    licence = dt.date(1975 + rng.randrange(30), rng.randint(1, 12), rng.randint(1, 28))
    driver_line = f"Conducteur : {extras['driver']}, permis délivré le {slash(licence)}"
    driver_line += f" · Portable {extras['mobile']}"
    block(
        sheet,
        20,
        85,
        [
            f"Date : {slash(invoice.issue)} · Réf. client {party.customer_ref} · Contrat n°"
            f" {rng.randrange(10**6, 10**7)}",
            f"Départ le {slash(out)} à {rng.randrange(8, 12)}h{rng.choice(('00', '15', '30'))} –"
            f" Agence Nice Aéroport T2 · Retour le {slash(back)} à"
            f" {rng.randrange(14, 20)}h{rng.choice(('05', '40'))}",
            f"Véhicule {rng.choice('FGH')}{rng.choice('ABKL')}-{rng.randrange(100, 999)}-"
            f"{rng.choice('MNPR')}{rng.choice('STVX')} · km départ {km} · km retour"
            f" {km + rng.randrange(200, 1500)}",
            driver_line,
        ],
        4.3,
    )
    y = 108
    sheet.font("Helvetica", 7.5, bold=True)
    row(
        sheet,
        y,
        [
            (20, "Désignation", "left"),
            (135, "Qté", "right"),
            (160, "P.U. HT", "right"),
            (190, "Total HT", "right"),
        ],
    )
    sheet.rule(20, y + 1.5, 190, y + 1.5)
    sheet.font("Helvetica", 7.5)
    for line in invoice.lines:
        y += 5
        row(sheet, y, [(20, line.description, "left"), (135, f"{line.quantity}", "right")])
        row(
            sheet,
            y,
            [(160, fr_money(line.unit_price), "right"), (190, fr_money(line.amount), "right")],
        )
    y += 10
    totals = [("Total HT", invoice.net), ("TVA 20 %", invoice.vat), ("Total TTC", invoice.gross)]
    totals += [(d.label, -d.amount) for d in invoice.deductions]
    for label, amount in totals:
        row(sheet, y, [(115, label, "left"), (190, f"{fr_money(amount)} €", "right")])
        y += 4.5
    sheet.font("Helvetica", 9.5, bold=True)
    final = "Montant remboursé" if invoice.credit_note else "Net à payer"
    row(sheet, y + 1, [(115, final, "left"), (190, f"{fr_money(invoice.to_pay)} €", "right")])
    sheet.font("Helvetica", 7.5)
    y += 12
    sheet.text(
        20,
        y,
        f"Caution : empreinte carte bancaire de {fr_money(Decimal(rng.choice((800, 1200, 1500))))}"
        " € (non débitée, libérée au retour).",
    )
    if invoice.due is None:
        sheet.text(20, y + 4.5, "Remboursement sur la carte utilisée lors de la location.")
    elif extras["terms"]:
        sheet.text(20, y + 4.5, f"{TERMS}, par virement.")
    else:
        sheet.text(20, y + 4.5, f"Échéance : {slash(invoice.due)}")
    if party.email:
        sheet.font("Helvetica", 6.5)
        sheet.text(
            20,
            280,
            f"Facture transmise à {party.email} · Assistance 24h/24"
            f" {folks.national(folks.phone(rng, 'FR', mobile=False))}",
        )
    sheet.save()
    return [Piece(invoice, terms=TERMS if extras["terms"] else None)]


LAYOUT = Layout("fr_location_auto", "FR", "reportlab", draw)
