"""A water board's bill with several meters, each read on two dates.

Two or three meters (main, garden, cellar) with their reading dates `12/01/26` and indexes, the
billing period, the next reading; "Date de facture : 14 avr. 2026"; the contract holder's
address at the left and a different supply address at the right on odd seeds; "Votre
téléphone" and "Votre e-mail" in a contact line (no e-mail on odd seeds); the customer service
and leak emergency lines as distractors; Réf. client beside N° de contrat and meter numbers;
monthly instalments already debited deducted → Solde à payer on even seeds; "Date limite de
paiement" or "Prélevé le" (seeds ≡ 0 mod 3); 5,5 % and 10 % VAT.
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
from ..wording import fr_abbr, fr_money, slash, slash_short

TOWNS = (
    ("74100", "Annemasse"),
    ("74160", "Saint-Julien-en-Genevois"),
    ("74000", "Annecy"),
    ("74200", "Thonon-les-Bains"),
)
METERS = ("Compteur principal", "Compteur jardin", "Compteur sous-sol")


def make(rng: random.Random, seed: int) -> tuple[Invoice, dict[str, object]]:
    civility, first, last = folks.french_name(rng)
    postcode, city = folks.pick(rng, TOWNS if seed % 2 == 0 else folks.VILLES)
    number = folks.phone(rng, "FR")
    party = Party(
        name=f"{civility} {first} {last}".upper()
        if seed % 4 == 0
        else f"{civility} {first} {last}",
        street=(folks.french_street(rng),),
        postcode=postcode,
        city=city,
        country="FR",
        email=None if seed % 2 else folks.email(first, last, "laposte.net"),
        phone=folks.e164(number),
        customer_ref=(
            f"{rng.randrange(100, 999)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
        ),
    )
    start = dt.date(2026, rng.randint(1, 7), rng.randint(5, 15))
    end = start + dt.timedelta(days=rng.randrange(85, 95))
    issue = end + dt.timedelta(days=rng.randrange(3, 8))
    meters = []
    consumption = 0
    for name in METERS[: rng.randint(2, 3)]:
        first_index = rng.randrange(100, 3000)
        used = rng.randrange(5, 60)
        consumption += used
        meters.append(
            (
                name,
                f"{rng.randrange(10, 99)}A{rng.randrange(100000, 999999)}",
                first_index,
                first_index + used,
            )
        )
    lines = [
        Line(
            "Abonnement eau potable (trimestre)",
            Decimal(1),
            Decimal(rng.randrange(1800, 3200)) / 100,
            Decimal("5.5"),
        ),
        Line(
            "Consommation eau potable",
            Decimal(consumption),
            Decimal("2.1400"),
            Decimal("5.5"),
            "m³",
        ),
        Line(
            "Redevance assainissement collectif",
            Decimal(consumption),
            Decimal("2.0300"),
            Decimal(10),
            "m³",
        ),
        Line(
            "Redevance pollution domestique (Agence de l'eau)",
            Decimal(consumption),
            Decimal("0.3300"),
            Decimal("5.5"),
            "m³",
        ),
    ]
    debit = seed % 3 == 0
    due = issue + dt.timedelta(days=rng.randrange(14, 22))
    invoice = Invoice(f"26-{rng.randrange(10**6, 10**7)}", issue, due, "EUR", party, lines)
    if seed % 2 == 0:
        monthly = Decimal(rng.randrange(15, 25))
        if monthly * 3 < invoice.gross:
            invoice.deductions.append(
                Deduction(f"Mensualités déjà prélevées (3 × {fr_money(monthly)} €)", monthly * 3)
            )
    return invoice, {
        "start": start,
        "end": end,
        "meters": meters,
        "debit": debit,
        "phone": folks.national(number),
    }


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    sheet = FpdfSheet(path)
    invoice, extras = make(rng, seed)
    party = invoice.debtor
    start, end = extras["start"], extras["end"]
    assert isinstance(start, dt.date) and isinstance(end, dt.date)
    sheet.font("DejaVuSansCondensed", 12, bold=True)
    sheet.text(15, 17, "Eaux du Val d'Arve")
    sheet.font("DejaVuSansCondensed", 6.5)
    service = folks.national(folks.phone(rng, "FR", mobile=False))
    leak = folks.national(folks.phone(rng, "FR", mobile=False))
    block(
        sheet,
        15,
        21,
        [
            "Régie intercommunale de l'eau et de l'assainissement",
            "12 avenue de la Gare, 74100 Annemasse",
            f"Service clients {service} (lun.–ven. 8h–18h)",
        ],
        3,
    )
    sheet.font("DejaVuSansCondensed", 11, bold=True)
    sheet.text(195, 17, f"FACTURE D'EAU N° {invoice.number}", "right")
    sheet.font("DejaVuSansCondensed", 7.5)
    sheet.text(195, 22, f"Date de facture : {fr_abbr(invoice.issue)}", "right")
    sheet.font("DejaVuSansCondensed", 6.5, bold=True)
    sheet.text(15, 36, "TITULAIRE DU CONTRAT")
    sheet.font("DejaVuSansCondensed", 8.5)
    block(sheet, 15, 41, [party.name, *party.street, f"{party.postcode} {party.city}"], 4)
    sheet.font("DejaVuSansCondensed", 6.5, bold=True)
    sheet.text(110, 36, "ADRESSE DE DESSERTE")
    sheet.font("DejaVuSansCondensed", 8.5)
    if seed % 2:
        town = folks.pick(rng, TOWNS)
        supply = [f"{rng.randrange(1, 80)} chemin des Bois Jolis", f"{town[0]} {town[1]}"]
    else:
        supply = ["Identique à l'adresse du titulaire"]
    block(sheet, 110, 41, supply, 4)
    sheet.font("DejaVuSansCondensed", 7)
    contact = f"Vos coordonnées : Votre téléphone {extras['phone']}"
    if party.email:
        contact += f" · Votre e-mail {party.email}"
    sheet.text(15, 58, contact)
    sheet.box(15, 62, 180, 9, grey=0.92)
    row(
        sheet,
        67.5,
        [
            (17, f"Réf. client {party.customer_ref}", "left"),
            (75, f"N° de contrat C{rng.randrange(10**6, 10**7)}", "left"),
        ],
    )
    row(sheet, 67.5, [(135, f"Période du {slash(start)} au {slash(end)}", "left")])
    y = 79
    sheet.font("DejaVuSansCondensed", 7, bold=True)
    row(
        sheet,
        y,
        [
            (15, "Compteur", "left"),
            (60, "N°", "left"),
            (90, "Ancien relevé", "left"),
            (135, "Nouveau relevé", "left"),
            (195, "Volume", "right"),
        ],
    )
    sheet.font("DejaVuSansCondensed", 7)
    meters = extras["meters"]
    assert isinstance(meters, list)
    for name, serial, old, new in meters:
        y += 4.5
        row(
            sheet,
            y,
            [
                (15, name, "left"),
                (60, serial, "left"),
                (90, f"{slash_short(start)} : {old} m³", "left"),
            ],
        )
        row(
            sheet,
            y,
            [(135, f"{slash_short(end)} : {new} m³", "left"), (195, f"{new - old} m³", "right")],
        )
    y += 5
    sheet.text(15, y, f"Prochaine relève prévue vers le {slash(end + dt.timedelta(days=91))}")
    y += 8
    sheet.font("DejaVuSansCondensed", 7, bold=True)
    row(
        sheet,
        y,
        [
            (15, "Détail", "left"),
            (120, "Quantité", "right"),
            (150, "Prix unitaire", "right"),
            (170, "TVA", "right"),
            (195, "Montant HT", "right"),
        ],
    )
    sheet.rule(15, y + 1.5, 195, y + 1.5)
    sheet.font("DejaVuSansCondensed", 7)
    for line in invoice.lines:
        y += 4.5
        row(
            sheet,
            y,
            [
                (15, line.description, "left"),
                (120, f"{line.quantity} {line.unit}".strip(), "right"),
            ],
        )
        rate = str(line.vat_rate).replace(".", ",")
        row(
            sheet,
            y,
            [
                (150, f"{line.unit_price}".replace(".", ","), "right"),
                (170, f"{rate} %", "right"),
                (195, fr_money(line.amount), "right"),
            ],
        )
    y += 8
    totals = [("Total HT", invoice.net)]
    totals += [
        (f"TVA {str(rate).replace('.', ',')} %", tax)
        for rate, (_, tax) in invoice.vat_by_rate.items()
    ]
    totals += [("Total TTC de la période", invoice.gross)] + [
        (d.label, -d.amount) for d in invoice.deductions
    ]
    for label, amount in totals:
        row(sheet, y, [(110, label, "left"), (195, f"{fr_money(amount)} €", "right")])
        y += 4.2
    sheet.font("DejaVuSansCondensed", 9, bold=True)
    row(
        sheet,
        y + 1,
        [(110, "Solde à payer", "left"), (195, f"{fr_money(invoice.to_pay)} €", "right")],
    )
    sheet.font("DejaVuSansCondensed", 7.5)
    y += 11
    assert invoice.due is not None
    if extras["debit"]:
        sheet.text(
            15,
            y,
            f"Prélevé le {slash(invoice.due)} sur le compte {folks.iban_of(rng, 'FR', 23)[:14]}…",
        )
    else:
        sheet.text(15, y, f"Date limite de paiement : {slash(invoice.due)}")
    sheet.font("DejaVuSansCondensed", 6.5)
    sheet.text(15, y + 5, f"Urgence fuite 24h/24 : {leak}")
    sheet.save()
    return [Piece(invoice)]


LAYOUT = Layout("fr_eau", "FR", "fpdf2", draw)
