"""Québec property manager's commercial rent invoice: TPS and TVQ, "Solde dû", some 7 pt."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.formats import cents
from tests.parsing.blind.model import Invoice, Line, Party
from tests.parsing.blind5.sheet import FpdfSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day, money
from tests.parsing.blind8.ink import block, row
from tests.parsing.blind9 import folks
from tests.parsing.blind9.desk import deduct
from tests.parsing.blind9.wording import add_months, fr_long, fr_money, iso

from ..kit import totals

CHARGES = (
    ("Loyer de base", 1400, 5200),
    ("Frais d'exploitation (quote-part)", 180, 900),
    ("Taxes foncières (quote-part)", 120, 640),
    ("Stationnement intérieur", 90, 260),
    ("Enseigne extérieure", 40, 120),
)
TRADES = ("Boulangerie", "Clinique dentaire", "Librairie", "Quincaillerie", "Café")
KINDS = ("inc.", "ltée", "S.E.N.C.")


def taxed(rng: random.Random) -> list[Line]:
    """Lines whose TPS and TVQ, each rounded on the subtotal, add up to the combined rate's tax."""
    while True:
        chosen = [CHARGES[0], *rng.sample(CHARGES[1:], rng.randint(1, 3))]
        lines = [
            Line(text, Decimal(1), money(rng, low, high), Decimal("14.975"))
            for text, low, high in chosen
        ]
        net = sum((line.amount for line in lines), Decimal(0))
        if cents(net * Decimal("0.05")) + cents(net * Decimal("0.09975")) == cents(
            net * Decimal("0.14975")
        ):
            return lines


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    last = folks.pick(rng, folks.QC_LAST)
    name = f"{folks.pick(rng, TRADES)} {last} {folks.pick(rng, KINDS)}"
    city, postcode = folks.pick(rng, folks.QC_TOWNS)
    street = [f"{rng.randint(100, 9999)}, {folks.pick(rng, folks.QC_STREETS)}"]
    street.append(f"local {rng.randint(101, 120)}")
    phone = folks.phone(rng, "CA", mobile=False)
    first = folks.pick(rng, folks.QC_FIRST)
    email = folks.mail(first, last, "videotron.ca") if seed % 4 != 2 else None
    ref = f"LOC-{rng.randint(1000, 9999)}"
    party = Party(
        name,
        tuple(street),
        postcode,
        city,
        "CA",
        email=email,
        phone=folks.e164(phone),
        customer_ref=ref,
        business=True,
    )
    due = add_months(issue, 1, 1)
    number = f"L-{issue:%Y}-{rng.randint(10000, 99999)}"
    invoice = Invoice(number, issue, due, "CAD", party, taxed(rng))
    tps = cents(invoice.net * Decimal("0.05"))
    tvq = cents(invoice.net * Decimal("0.09975"))
    if seed % 2 == 0:
        deduct(invoice, "Paiement reçu - merci", money(rng, 300, 1200))
    size = 7.0 if seed % 3 == 0 else 9.0

    sheet = FpdfSheet(path, size="Letter")
    sheet.font("DejaVuSans", size + 5, bold=True)
    sheet.text(18, 20, "Gestion Immobilière Belvédère inc.")
    sheet.font("DejaVuSans", size - 1)
    block(
        sheet,
        18,
        26,
        [
            "2100, rue Sherbrooke Ouest, bureau 700, Montréal (Québec)  H3H 1G5",
            "514 933-2210 · comptes@belvedere-gestion.example",
            f"TPS 81{folks.digits(rng, 7)} RT0001 · TVQ 12{folks.digits(rng, 8)} TQ0001",
        ],
        size * 0.5,
    )
    sheet.font("DejaVuSans", size + 1)
    block(sheet, 18, 50, [name, *street, f"{city} (Québec)  {postcode}"], size * 0.55)
    sheet.font("DejaVuSans", size)
    block(sheet, 130, 50, ["Contact facturation", folks.national(phone), email or ""], size * 0.5)
    sheet.font("DejaVuSans", size + 4, bold=True)
    sheet.text(18, 82, f"FACTURE DE LOYER {number}")
    sheet.font("DejaVuSans", size)
    block(
        sheet,
        18,
        90,
        [
            f"Date de facturation : {iso(issue)}",
            f"Numéro de locataire : {ref}",
            f"Bail n° B-{rng.randint(100, 999)} · immeuble {rng.randint(1, 9)}",
            f"Période : {fr_long(due).split(' ', 1)[1]}",
        ],
        size * 0.55,
    )
    y = 118.0
    row(sheet, y, [(18, "Description", "left"), (195, "Montant", "right")])
    y += size * 0.7
    for line in invoice.lines:
        row(
            sheet, y, [(18, line.description, "left"), (195, fr_money(line.amount) + " $", "right")]
        )
        y += size * 0.6
    y += 3
    rows = [
        ("Sous-total", fr_money(invoice.net) + " $"),
        ("TPS (5 %)", fr_money(tps) + " $"),
        ("TVQ (9,975 %)", fr_money(tvq) + " $"),
        ("Total", fr_money(invoice.gross) + " $"),
    ]
    rows += [(d.label, "-" + fr_money(d.amount) + " $") for d in invoice.deductions]
    y = totals(sheet, y, rows, 120, 195, size * 0.6)
    sheet.font("DejaVuSans", size + 1, bold=True)
    row(
        sheet,
        y + 1,
        [(120, "Solde dû (CAD)", "left"), (195, fr_money(invoice.to_pay) + " $", "right")],
    )
    sheet.font("DejaVuSans", size)
    y += 12
    sheet.text(18, y, f"Date d'échéance : {fr_long(due)}")
    sheet.text(18, y + size * 0.6, "Des frais de 2 % par mois s'appliquent après l'échéance.")
    sheet.save()
    return [Piece(invoice)]


LAYOUT = Layout("qc_gestion_locative", "CA", "fpdf2", draw)
