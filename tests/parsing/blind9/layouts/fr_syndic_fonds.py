"""Property manager's quarterly call for funds: owner's account 450…, credit balance, BP lines."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Line, Party
from tests.parsing.blind5.sheet import LabSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day, money
from tests.parsing.blind8.ink import block, row

from .. import folks
from ..desk import deduct
from ..wording import dotted, fr_money, slash

BUILDINGS = ("Résidence Le Belvédère", "Les Terrasses du Port", "Le Clos Saint-Martin")
QUARTERS = ((1, "1er"), (4, "2e"), (7, "3e"), (10, "4e"))


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    building = folks.pick(rng, BUILDINGS)
    postcode, city = folks.pick(rng, folks.FR_TOWNS)
    phone = folks.phone(rng, "FR", mobile=seed % 3 != 2)
    account = f"450{rng.randint(10000, 99999)}"
    box = None
    if seed % 5 == 2:
        name = f"SCI {folks.pick(rng, ('Patrimoine Vergnaud', 'Les Genêts', 'Castagnède Frères'))}"
        street = [folks.french_street(rng)]
        box = f"BP {rng.randint(100, 9999)}"
        if seed == 7:
            postcode, city = folks.FR_CEDEX[2]
        email = f"sci.gestion{rng.randint(1, 99)}@wanadoo.fr"
    else:
        civility, first, last = folks.french_person(rng)
        name = f"{civility} {first} {last}" if seed % 2 else f"M. et Mme {last}"
        street = [folks.french_street(rng)]
        email = folks.mail(first, last, "sfr.fr")
    debtor = Party(
        name,
        tuple(street),
        postcode,
        city,
        "FR",
        box=box,
        email=email,
        phone=folks.e164(phone),
        customer_ref=account,
    )
    lots = f"{rng.randint(1, 40)}, {rng.randint(41, 80)}"
    share = rng.randint(80, 600)
    lines = [
        Line(
            f"Budget prévisionnel {issue.year} – quote-part {share}/10 000",
            Decimal(1),
            money(rng, 300, 1400),
            Decimal(0),
        ),
        Line(
            "Fonds de travaux (art. 14-2 loi du 10/07/1965)",
            Decimal(1),
            money(rng, 30, 140),
            Decimal(0),
        ),
    ]
    if seed % 3 == 0:
        lines.append(
            Line(
                "Travaux de ravalement votés en AG – appel 1/3",
                Decimal(1),
                money(rng, 400, 2200),
                Decimal(0),
            )
        )
    quarter = ((issue.month - 1) // 3 + 1) % 4
    month, rank = QUARTERS[quarter]
    start = dt.date(issue.year + (quarter == 0), month, 1)
    sepa = seed % 2 == 0
    due = start + dt.timedelta(days=4) if sepa else start
    number = f"AF{issue:%y}{month:02d}-{rng.randint(10000, 99999)}"
    invoice = Invoice(number, issue, due, "EUR", debtor, lines)
    if seed % 2 == 1:
        deduct(invoice, f"Solde créditeur de votre compte au {slash(issue)}", money(rng, 20, 180))

    sheet = LabSheet(path)
    sheet.font("DejaVuSansCondensed", 12, bold=True)
    sheet.text(20, 20, "CABINET ROCHEBRUNE IMMOBILIER")
    sheet.font("DejaVuSansCondensed", 7.5)
    block(
        sheet,
        20,
        25,
        [
            "Syndic de copropriété – carte professionnelle CPI 2901 2026 000 041 233",
            "11 rue Kéréon, 29000 Quimper – 02 98 64 30 30 – syndic@rochebrune-immo.fr",
        ],
        3.4,
    )
    sheet.font("DejaVuSansCondensed", 10)
    block(sheet, 115, 48, [name, *street, box or "", f"{postcode} {city}"], 4.5)
    sheet.font("DejaVuSansCondensed", 8)
    block(
        sheet,
        20,
        48,
        [
            f"Copropriété : {building}",
            f"{folks.french_street(rng)}, {folks.pick(rng, folks.FR_TOWNS)[1]}",
            f"Lots n° {lots}",
            f"Gestionnaire : Mme {folks.pick(rng, folks.FR_LAST)}",
            f"Ligne directe : {folks.national(folks.phone(rng, 'FR', mobile=False))}",
        ],
        4,
    )
    sheet.font("DejaVuSansCondensed", 13, bold=True)
    sheet.text(20, 82, f"APPEL DE FONDS – {rank} TRIMESTRE {start.year}")
    sheet.font("DejaVuSansCondensed", 7.5)
    heads = ("N° d'appel", "Date d'appel", "Compte copropriétaire", "Contact enregistré")
    values = (number, dotted(issue), account, folks.national(phone))
    for index, (head, value) in enumerate(zip(heads, values, strict=True)):
        x = 20 + index * 43
        sheet.box(x, 86, 43, 11, grey=0.93 if index % 2 else None)
        sheet.text(x + 2, 90, head)
        sheet.text(x + 2, 95, value)
    y = 106.0
    for line in invoice.lines:
        row(
            sheet, y, [(20, line.description, "left"), (190, fr_money(line.amount) + " €", "right")]
        )
        y += 5
    sheet.rule(20, y, 190, y)
    y += 5
    row(
        sheet,
        y,
        [(110, "Total de l'appel", "left"), (190, fr_money(invoice.gross) + " €", "right")],
    )
    for d in invoice.deductions:
        y += 5
        row(sheet, y, [(20, d.label, "left"), (190, "- " + fr_money(d.amount) + " €", "right")])
    sheet.font("DejaVuSansCondensed", 10, bold=True)
    row(
        sheet,
        y + 7,
        [(110, "Montant à régler", "left"), (190, fr_money(invoice.to_pay) + " €", "right")],
    )
    sheet.font("DejaVuSansCondensed", 8)
    y += 18
    if sepa:
        sheet.text(
            20,
            y,
            f"Ce montant sera prélevé le {dotted(due)} "
            f"(mandat SEPA n° RUM-{folks.digits(rng, 8)}).",
        )
    else:
        sheet.text(20, y, f"Date d'exigibilité : {dotted(due)}. Règlement par virement ou chèque.")
    sheet.text(
        20,
        y + 5,
        f"Prochaine assemblée générale prévue le {dotted(start + dt.timedelta(days=70))}.",
    )
    sheet.text(20, y + 10, f"Avis envoyé par courriel à {email}")
    sheet.save()
    return [Piece(invoice)]


LAYOUT = Layout("fr_syndic_fonds", "FR", "reportlab", draw)
