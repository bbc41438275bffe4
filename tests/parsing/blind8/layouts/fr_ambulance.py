"""An ambulance and approved-taxi firm's invoice for a patient's transports.

The patient in a box at the top (with a birth date and a mutual-insurance member number), the
payer's name and address on two lines below the transports table ("Facture à adresser à :"),
"GSM" after the town; each transport dated `12/03/26` with its departure and arrival addresses
(hospitals with their own postcodes); the crew's mobile and the dispatch line as distractors;
Part AMO (65 %) deducted → Reste à la charge du patient, except on seeds ≡ 3 mod 4; "Date
limite de règlement" on odd seeds, "à régler sous 30 jours date de facture" with no date on
even ones; no customer number printed.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Deduction, Invoice, Line, Party
from tests.parsing.blind5.sheet import FpdfSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day

from .. import folks
from ..ink import block, row
from ..wording import fr_long, fr_money, slash, slash_short

TERMS = "à régler sous 30 jours date de facture"
TOWNS = (("37000", "Tours"), ("37100", "Tours"), ("37300", "Joué-lès-Tours"), ("37400", "Amboise"))
HOSPITALS = (
    "CHU Bretonneau, 2 boulevard Tonnellé, 37000 Tours",
    "Hôpital Trousseau, avenue de la République, 37170 Chambray-lès-Tours",
    "Clinique de l'Alliance, 1 boulevard Alfred Nobel, 37540 Saint-Cyr-sur-Loire",
    "Centre de dialyse, 10 rue Édouard Vaillant, 37000 Tours",
)


def make(rng: random.Random, seed: int) -> tuple[Invoice, dict[str, str]]:
    civility, first, last = folks.french_name(rng)
    postcode, city = folks.pick(rng, TOWNS)
    number = folks.phone(rng, "FR")
    party = Party(
        name=f"{civility} {first} {last}",
        street=(folks.french_street(rng),),
        postcode=postcode,
        city=city,
        country="FR",
        phone=folks.e164(number),
    )
    kin_civility, kin_first, _ = folks.french_name(rng)
    patient = party.name if seed % 2 else f"{kin_civility} {kin_first} {last}"
    issue = issue_day(rng)
    count = rng.randint(2, 6)
    lines = []
    for _ in range(count):
        km = Decimal(rng.randrange(6, 45))
        lines.append(
            Line(f"{km} km", Decimal(1), Decimal(rng.randrange(5500, 9800)) / 100, Decimal(0))
        )
    due = issue + dt.timedelta(days=30)
    invoice = Invoice(
        f"T{issue:%y}-{rng.randrange(1000, 99999):05d}", issue, due, "EUR", party, lines
    )
    if seed % 4 != 3:
        amo = (invoice.gross * Decimal("0.65")).quantize(Decimal("0.01"))
        invoice.deductions.append(Deduction("Part AMO (65 %) – tiers payant", amo))
    return invoice, {"patient": patient, "gsm": folks.french_dotted(number)}


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    sheet = FpdfSheet(path)
    invoice, extras = make(rng, seed)
    party = invoice.debtor
    sheet.font("Helvetica", 11, bold=True)
    sheet.text(15, 18, "AMBULANCES DU VAL DE LOIRE")
    sheet.font("Helvetica", 7)
    dispatch = folks.national(folks.phone(rng, "FR", mobile=False))
    block(
        sheet,
        15,
        22,
        [
            "Ambulances – VSL – Taxi conventionné · 14 rue de la Parmentière, 37520 La Riche",
            f"Régulation 24h/24 : {dispatch} · SIRET {folks.siret(rng)} · Agrément ARS n°"
            f" 37-{rng.randrange(100, 999)}",
        ],
        3.2,
    )
    sheet.font("Helvetica", 11, bold=True)
    sheet.text(195, 18, f"FACTURE N° {invoice.number}", "right")
    sheet.font("Helvetica", 7.5)
    sheet.text(195, 23, f"Facturé le {fr_long(invoice.issue)}", "right")
    sheet.box(15, 32, 100, 17)
    born = dt.date(1935 + rng.randrange(60), rng.randint(1, 12), rng.randint(1, 28))
    block(
        sheet,
        17,
        36,
        [
            f"Patient : {extras['patient']}",
            f"Né(e) le {slash(born)} · N° adhérent mutuelle {rng.randrange(10**7, 10**8)}",
            f"Prescription du {slash(invoice.issue - dt.timedelta(days=rng.randrange(20, 60)))} ·"
            f" Dr {folks.pick(rng, folks.NOMS_WINE)}",
        ],
        4,
    )
    y = 58
    sheet.font("Helvetica", 7, bold=True)
    row(
        sheet,
        y,
        [
            (15, "Date", "left"),
            (30, "Trajet", "left"),
            (150, "Bon n°", "left"),
            (170, "Distance", "left"),
            (195, "Montant", "right"),
        ],
    )
    sheet.rule(15, y + 1.5, 195, y + 1.5)
    sheet.font("Helvetica", 7)
    day = invoice.issue - dt.timedelta(days=rng.randrange(25, 40))
    for index, line in enumerate(invoice.lines):
        y += 4.5
        day += dt.timedelta(days=rng.randrange(1, 5))
        hospital = folks.pick(rng, HOSPITALS)
        trip = f"Domicile > {hospital}" if index % 2 == 0 else f"{hospital} > Domicile"
        row(
            sheet,
            y,
            [
                (15, slash_short(day), "left"),
                (30, trip, "left"),
                (150, str(rng.randrange(10**5, 10**6)), "left"),
            ],
        )
        row(sheet, y, [(170, line.description, "left"), (195, fr_money(line.amount), "right")])
    y += 8
    totals = [("Total transports", invoice.gross)] + [
        (d.label, -d.amount) for d in invoice.deductions
    ]
    for label, amount in totals:
        row(sheet, y, [(120, label, "left"), (195, f"{fr_money(amount)} EUR", "right")])
        y += 4.5
    sheet.font("Helvetica", 8.5, bold=True)
    final = (
        "Reste à la charge du patient"
        if invoice.deductions
        else "Total à régler (non pris en charge)"
    )
    row(sheet, y + 1, [(120, final, "left"), (195, f"{fr_money(invoice.to_pay)} EUR", "right")])
    y += 12
    sheet.font("Helvetica", 7.5)
    sheet.text(15, y, f"Facture à adresser à : {party.name}")
    sheet.text(15, y + 4, f"{party.street[0]}, {party.postcode} {party.city} - GSM {extras['gsm']}")
    sheet.font("Helvetica", 7)
    crew = folks.pick(rng, folks.PRENOMS)
    crew_phone = folks.french_dotted(folks.phone(rng, "FR"))
    sheet.text(
        15, y + 12, f"Équipage : {crew} (DEA), joignable au {crew_phone} le jour du transport."
    )
    assert invoice.due is not None
    if seed % 2:
        sheet.text(15, y + 16, f"Date limite de règlement : {slash(invoice.due)}")
        terms = None
    else:
        sheet.text(15, y + 16, f"Montant {TERMS}, par chèque ou virement.")
        terms = TERMS
    sheet.text(15, y + 20, f"IBAN {folks.iban_of(rng, 'FR', 23)}")
    sheet.save()
    return [Piece(invoice, terms=terms)]


LAYOUT = Layout("fr_ambulance", "FR", "fpdf2", draw)
