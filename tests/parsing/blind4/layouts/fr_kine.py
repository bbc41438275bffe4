"""A physiotherapist's note d'honoraires, the health insurance's share paid to the practice."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from .. import people
from ..sheet import Sheet
from ..wording import figures, slashed
from .base import Layout, issued

ACTES = (
    ("AMS 7,5", Decimal("16.13")),
    ("AMK 8,5", Decimal("18.28")),
    ("RAM 7,5", Decimal("16.13")),
    ("AMC 10", Decimal("21.50")),
)


def invent(rng: random.Random, seed: int) -> Invoice:
    first, last = rng.choice(people.PRENOMS), rng.choice(people.NOMS)
    postcode, city = rng.choice(people.VILLES[:6])
    street = [
        f"{rng.randrange(1, 80)}{rng.choice(('', ' bis', ' ter'))} {rng.choice(people.VOIES)}"
    ]
    if seed % 4 == 1:
        street.insert(0, rng.choice(people.RESIDENCES))
    box = f"BP {rng.randrange(10, 400)}" if seed % 7 == 3 else None
    mobile = people.french_mobile(rng)
    debtor = Party(
        name=f"{rng.choice(('Mme', 'M.'))} {last} {first}",
        street=tuple(street),
        postcode=postcode,
        city=city,
        country="FR",
        box=box,
        email=people.email_for(rng, first, last, ("gmail.com", "sfr.fr", "hotmail.fr"))
        if seed % 2
        else None,
        phone=people.e164(mobile) if seed % 3 else None,
        customer_ref=f"P{rng.randrange(1000, 9999)}" if seed % 4 != 2 else None,
    )
    code, price = rng.choice(ACTES)
    sessions = rng.randrange(6, 16)
    day = issued(rng)
    inv = Invoice(
        number=f"{day.year}{day.month:02d}-{rng.randrange(10, 400):03d}",
        issue=day,
        due=day + dt.timedelta(days=rng.choice((10, 15, 30))),
        currency="EUR",
        debtor=debtor,
        lines=[
            Line(f"Séances de rééducation {code}", Decimal(sessions), price, Decimal(0)),
            Line("Dépassement (DE)", Decimal(sessions), Decimal(rng.choice((3, 5, 8))), Decimal(0)),
        ],
        extras={
            "mobile": mobile,
            "child": f"{rng.choice(people.PRENOMS)} {last}" if seed % 3 == 0 else None,
            "first": day - dt.timedelta(days=rng.randrange(40, 90)),
            "prescriber": f"Dr {rng.choice(people.NOMS)}",
            "dates": sorted(day - dt.timedelta(days=rng.randrange(1, 40)) for _ in range(3)),
        },
    )
    if seed % 2 == 0:
        share = (Decimal(sessions) * price * Decimal("0.6")).quantize(Decimal("0.01"))
        inv.deductions.append(Deduction("Part Assurance Maladie (tiers payant, 60 %)", share))
    return inv


def draw(sheet: Sheet, inv: Invoice) -> None:
    sheet.page()
    sheet.write(15, 18, "Cabinet de kinésithérapie des Capucins", 12, bold=True, face="narrow")
    sheet.write(15, 23, "Julien Roustan - Masseur-kinésithérapeute D.E.", 8.5, face="narrow")
    sheet.write(15, 27, "2 rue des Capucins, 31000 Toulouse - 05.61.22.47.09", 8.5, face="narrow")
    sheet.write(15, 31, "N° ADELI 31 7 01234 5 - RPPS 10101234567", 8.5, face="narrow")
    d = inv.debtor
    sheet.write(15, 50, "Patient(e) / payeur :", 8, face="narrow")
    y = 55
    rows = [d.name, *d.street]
    if d.box:
        rows.append(d.box)
    rows.append(f"{d.postcode} {d.city}")
    for row in rows:
        sheet.write(15, y, row, 10, face="narrow")
        y += 4.8
    if d.phone:
        sheet.write(
            15, y + 1, f"Port. {people.french_grouped(inv.extras['mobile'])}", 8.5, face="narrow"
        )
        y += 4.5
    if d.email:
        sheet.write(15, y + 1, d.email, 8.5, face="narrow")
    sheet.write(195, 50, "NOTE D'HONORAIRES", 14, bold=True, face="narrow", align="right")
    sheet.write(195, 57, f"N° {inv.number}", 10, face="narrow", align="right")
    sheet.write(195, 62, f"Toulouse, le {slashed(inv.issue)}", 9, face="narrow", align="right")
    if d.customer_ref:
        sheet.write(195, 67, f"N° client : {d.customer_ref}", 9, face="narrow", align="right")
    y = 92
    if inv.extras["child"]:
        sheet.write(15, y, f"Soins dispensés à : {inv.extras['child']} (enfant)", 9, face="narrow")
        y += 5
    sheet.write(
        15,
        y,
        f"Prescription du {slashed(inv.extras['first'])} par le {inv.extras['prescriber']}",
        9,
        face="narrow",
    )
    y += 5
    seen = ", ".join(slashed(day) for day in inv.extras["dates"])
    sheet.write(15, y, f"Dernières séances : {seen}", 9, face="narrow")
    y += 10
    sheet.box(15, y, 180, 7, shade=0.9)
    for x, title, align in (
        (17, "Acte", "left"),
        (120, "Nb", "right"),
        (150, "P.U.", "right"),
        (193, "Montant", "right"),
    ):
        sheet.write(x, y + 5, title, 8.5, bold=True, face="narrow", align=align)
    y += 13
    for line in inv.lines:
        sheet.write(17, y, line.description, 9.5, face="narrow")
        sheet.write(120, y, str(line.quantity), 9.5, face="narrow", align="right")
        sheet.write(150, y, figures(line.unit_price), 9.5, face="narrow", align="right")
        sheet.write(193, y, figures(line.amount), 9.5, face="narrow", align="right")
        y += 6
    y += 4
    rows2 = [("Total des honoraires", f"{figures(inv.gross)} €")]
    rows2 += [(ded.label, f"-{figures(ded.amount)} €") for ded in inv.deductions]
    rows2.append(("Reste à votre charge", f"{figures(inv.to_pay)} €"))
    for label, value in rows2:
        bold = label.startswith("Reste")
        sheet.write(105, y, label, 9.5, bold=bold, face="narrow")
        sheet.write(193, y, value, 9.5, bold=bold, face="narrow", align="right")
        y += 6
    assert inv.due
    y += 8
    sheet.write(15, y, f"Échéance : {slashed(inv.due)}", 10, bold=True, face="narrow")
    sheet.write(
        15,
        y + 6,
        "Acquitté le : ____ / ____ / ______    Mode : chèque / espèces / virement",
        8.5,
        face="narrow",
    )
    sheet.write(
        15,
        y + 12,
        "TVA non applicable, article 261-4-1° du CGI. Membre d'une AGA, "
        "règlement par chèque accepté.",
        8,
        face="narrow",
    )


LAYOUT = Layout("fr_kine", "FR", "fpdf2", 20, invent, draw)
