"""An agricultural cooperative's monthly invoice of deliveries over several pages, paid by
direct debit on a printed date, an acompte deducted on some."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from .. import people
from ..sheet import Sheet
from ..wording import figures, long_fr, slashed
from .base import Layout, issued, money

BOURGS = (
    ("12450", "Luc-la-Primaube"),
    ("46320", "Assier"),
    ("81190", "Mirandol-Bourgnounac"),
    ("12160", "Baraqueville"),
    ("82160", "Caylus"),
    ("46100", "Figeac"),
)
LIEUX = ("Lieu-dit Les Granges", "Lieu-dit La Bessière", "Le Mas de Nègre", "Hameau de Pradals")
FERMES = ("EARL du Moulin Bas", "GAEC des Trois Chênes", "SCEA de la Combe", "EARL Fontanilles")
PRODUITS = (
    ("Ammonitrate 33,5 % vrac", "t", 412, 20),
    ("Semences orge Etincel", "dose", 96, 10),
    ("Aliment bovin VL 18 %", "t", 389, 10),
    ("GNR - gazole non routier", "hl", 118, 20),
    ("Ficelle agricole 130 m/kg", "bob", 21, 20),
    ("Sel minéral 25 kg", "sac", 14, 10),
    ("Enrubanneuse film 750 mm", "rlx", 78, 20),
)
PER_PAGE = 34


def invent(rng: random.Random, seed: int) -> Invoice:
    first, last = rng.choice(people.PRENOMS), rng.choice(people.NOMS)
    postcode, city = rng.choice(BOURGS)
    farm = seed % 3 != 0
    street = [rng.choice(LIEUX)] if seed % 2 else [f"{rng.randrange(1, 40)} route de {city}"]
    if seed % 2 and seed % 4 == 1:
        street.append(f"{rng.randrange(100, 2000)} chemin de la Borie")
    box = f"BP {rng.randrange(2, 60)}" if seed % 5 == 4 else None
    mobile = people.french_mobile(rng)
    debtor = Party(
        name=rng.choice(FERMES) if farm else f"M. {last.upper()} {first}",
        street=tuple(street),
        postcode=postcode,
        city=city,
        country="FR",
        attention=f"M. {first} {last}" if farm else None,
        box=box,
        email=people.email_for(rng, first, last, ("wanadoo.fr", "orange.fr"))
        if seed % 4 == 0
        else None,
        phone=people.e164(mobile) if seed % 3 != 1 else None,
        customer_ref=f"{rng.randrange(1000, 99999):06d}",
        business=farm,
    )
    day = issued(rng)
    month_start = day.replace(day=1) - dt.timedelta(days=1)
    lines = []
    for _ in range(rng.randrange(24, 80)):
        what, unit, price, rate = rng.choice(PRODUITS)
        qty = Decimal(rng.randrange(1, 60)) / (10 if unit in {"t", "hl"} else 1)
        delivered = month_start - dt.timedelta(days=rng.randrange(0, 28))
        bl = f"BL{rng.randrange(100000, 999999)}"
        unit_price = Decimal(price) + Decimal(rng.randrange(0, 99)) / 100
        lines.append(
            Line(f"{slashed(delivered)} {bl} {what}", qty, unit_price, Decimal(rate), unit)
        )
    inv = Invoice(
        number=f"FA{rng.randrange(2600000, 2699999)}",
        issue=day,
        due=day + dt.timedelta(days=rng.choice((10, 15, 20))),
        currency="EUR",
        debtor=debtor,
        lines=lines,
        extras={
            "mobile": mobile,
            "pacage": f"0{rng.randrange(12000000, 82999999)}",
            "rum": f"RUM-COOP-{rng.randrange(10000, 99999)}",
            "period": month_start,
        },
    )
    if seed % 2 == 0:
        inv.deductions.append(
            Deduction(f"Acompte du {slashed(day - dt.timedelta(days=20))}", money(rng, 300, 1500))
        )
    return inv


def header(sheet: Sheet, inv: Invoice, page: int, pages: int) -> None:
    sheet.write(12, 14, "COOPÉRATIVE AGRICOLE DU SÉGALA", 11, bold=True, face="mono")
    sheet.write(12, 18.5, "Z.A. de la Gare - 12800 Naucelle - Tél 05 65 69 20 33", 7.5, face="mono")
    sheet.write(12, 22.5, "Agrément phytos MP01234 - TVA FR45 776 123 456", 7.5, face="mono")
    sheet.write(198, 14, f"FACTURE N° {inv.number}", 10, bold=True, face="mono", align="right")
    sheet.write(198, 18.5, f"du {slashed(inv.issue)}", 8, face="mono", align="right")
    sheet.write(
        198,
        22.5,
        f"Adhérent n° {inv.debtor.customer_ref}  page {page}/{pages}",
        8,
        face="mono",
        align="right",
    )


def draw(sheet: Sheet, inv: Invoice) -> None:
    first_rows = PER_PAGE - 14
    chunks = [inv.lines[:first_rows]]
    rest = inv.lines[first_rows:]
    while rest:
        chunks.append(rest[:PER_PAGE])
        rest = rest[PER_PAGE:]
    totals_alone = len(chunks[-1]) > PER_PAGE - 14
    pages = len(chunks) + (1 if totals_alone else 0)
    d = inv.debtor
    y = 0.0
    for number, chunk in enumerate(chunks, 1):
        sheet.page()
        header(sheet, inv, number, pages)
        y = 32
        if number == 1:
            rows = [d.name]
            if d.attention:
                rows.append(d.attention)
            rows += list(d.street)
            if d.box:
                rows.append(d.box)
            rows.append(f"{d.postcode} {d.city.upper()}")
            for index, row in enumerate(rows):
                sheet.write(110, 38 + 4.6 * index, row, 9.5, face="mono")
            yy = 40 + 4.6 * len(rows)
            if d.phone:
                sheet.write(110, yy, f"Tél {people.national(inv.extras['mobile'])}", 8, face="mono")
                yy += 4
            if d.email:
                sheet.write(110, yy, d.email, 8, face="mono")
            sheet.write(12, 40, f"N° PACAGE : {inv.extras['pacage']}", 8, face="mono")
            sheet.write(12, 44, "Livraisons du mois de", 8, face="mono")
            sheet.write(12, 48, long_fr(inv.extras["period"]).split(" ", 1)[1], 8, face="mono")
            y = 98
        sheet.rule(12, y - 4, 198, y - 4)
        for x, title, align in (
            (12, "Date     Bon      Article", "left"),
            (140, "Qté", "right"),
            (165, "P.U. HT", "right"),
            (185, "Mt HT", "right"),
            (198, "TVA", "right"),
        ):
            sheet.write(x, y, title, 7.5, bold=True, face="mono", align=align)
        y += 5
        for line in chunk:
            sheet.write(12, y, line.description, 7, face="mono")
            sheet.write(
                140,
                y,
                f"{str(line.quantity).replace('.', ',')} {line.unit}",
                7,
                face="mono",
                align="right",
            )
            sheet.write(165, y, figures(line.unit_price), 7, face="mono", align="right")
            sheet.write(185, y, figures(line.amount), 7, face="mono", align="right")
            sheet.write(198, y, f"{line.vat_rate}%", 7, face="mono", align="right")
            y += 4.6
        if number < len(chunks) or totals_alone:
            sheet.write(198, 285, "A reporter ...", 7.5, face="mono", align="right")
    if totals_alone:
        sheet.page()
        header(sheet, inv, pages, pages)
        y = 40
    totals(sheet, inv, y + 6)


def totals(sheet: Sheet, inv: Invoice, y: float) -> None:
    rows = [("TOTAL HT", figures(inv.net))]
    rows += [
        (f"TVA {rate}% sur {figures(base)}", figures(tax))
        for rate, (base, tax) in inv.vat_by_rate.items()
    ]
    rows.append(("TOTAL TTC", figures(inv.gross)))
    rows += [(ded.label, f"-{figures(ded.amount)}") for ded in inv.deductions]
    rows.append(("NET A PAYER EUR", figures(inv.to_pay)))
    for label, value in rows:
        bold = label.startswith(("NET", "TOTAL TTC"))
        sheet.write(110, y, label, 8.5, bold=bold, face="mono")
        sheet.write(198, y, value, 8.5, bold=bold, face="mono", align="right")
        y += 4.8
    assert inv.due
    sheet.write(
        12,
        y + 6,
        f"Ce montant sera prélevé le {slashed(inv.due)} sur votre compte "
        f"(mandat {inv.extras['rum']}).",
        8,
        face="mono",
    )
    sheet.write(
        12,
        y + 10.5,
        "Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire 40 EUR.",
        7,
        face="mono",
    )


LAYOUT = Layout("fr_coop", "FR", "fpdf2", 20, invent, draw)
