"""A Niort nursing home's (EHPAD) monthly bill to the resident's paying relative.

Hébergement and dépendance priced per day; APA en établissement and, on some seeds, the
housing aid paid to the home, deducted → "Reste à votre charge"; "Montant prélevé le" as the
due date; a header grid with Code client (a 411 account code) beside N° résident and the
period; the resident (a namesake of the payer) as a name distractor; the payer's phone and
e-mail in a box to the left of the address; the home's own contacts in the letterhead.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from ..people import (
    CEDEX_FR,
    VILLES_FR,
    e164,
    email_of,
    french_dotted,
    french_name,
    french_street,
    phone,
    pick,
)
from ..sheet import Sheet
from ..wording import MOIS, french, slashed
from .base import Layout, money
from .common import quantity


def make(rng: random.Random, seed: int) -> Invoice:
    civility, first, last = french_name(rng)
    postcode, city = pick(rng, CEDEX_FR if seed % 10 == 7 else VILLES_FR)
    mobile = phone(rng, "FR") if seed % 4 != 3 else None
    street = [french_street(rng)]
    if seed % 5 == 0:
        street.insert(0, f"Résidence Le Clos {pick(rng, ('Fleuri', 'des Lys', 'Saint-Jean'))}")
    debtor = Party(
        name=f"{civility} {first} {last}",
        street=tuple(street),
        postcode=postcode,
        city=city,
        country="FR",
        email=email_of(first, last, rng) if seed % 3 else None,
        phone=e164(mobile) if mobile else None,
        customer_ref=f"411R{rng.randrange(1000, 9999)}",
    )
    year, month = 2026, rng.randrange(1, 12)
    days = calendar.monthrange(year, month)[1]
    stay = Decimal(days - (rng.randrange(1, 6) if seed % 6 == 2 else 0))
    lines = [
        Line("Hébergement (prix de journée)", stay, money(rng, 66, 82), Decimal("5.5"), "j"),
        Line("Tarif dépendance GIR 5-6", stay, money(rng, 5, 8), Decimal("5.5"), "j"),
    ]
    if seed % 2:
        lines.append(
            Line("Entretien du linge personnel", Decimal(1), money(rng, 25, 45), Decimal(20))
        )
    issue = dt.date(year, month + 1, rng.randrange(1, 5))
    apa = money(rng, 120, 420)
    deductions = [Deduction("APA en établissement (Conseil départemental)", apa)]
    if seed % 3 == 1:
        deductions.append(
            Deduction("Aide au logement (ALS) versée à l'établissement", money(rng, 90, 240))
        )
    invoice = Invoice(
        number=f"FH{year}{month:02d}-{rng.randrange(100, 999)}",
        issue=issue,
        due=dt.date(year, month + 1, 10 + rng.randrange(0, 6)),
        currency="EUR",
        debtor=debtor,
        lines=lines,
        deductions=deductions,
    )
    elder, elder_first, _ = french_name(rng)
    invoice.extras.update(
        resident=f"{elder} {elder_first} {last}",
        room=rng.randrange(101, 248),
        file=f"R{rng.randrange(1000, 9999)}",
        period=f"{MOIS[month - 1]} {year}",
        mobile=mobile,
    )
    return invoice


def draw(sheet: Sheet, invoice: Invoice) -> None:
    debtor = invoice.debtor
    extras = invoice.extras
    sheet.font("DejaVuSans", 12, bold=True)
    sheet.text(15, 17, "EHPAD Les Jardins de la Sèvre")
    sheet.font("DejaVuSans", 7)
    sheet.text(15, 21.5, "12 chemin du Moulin d'Âne – 79000 Niort – Tél. 05 49 73 20 10")
    sheet.text(15, 25, "accueil@jardins-sevre.fr – FINESS 790 012 345")
    sheet.font("DejaVuSans", 9)
    y = 50.0
    for line in [debtor.name, *debtor.street, f"{debtor.postcode} {debtor.city}"]:
        sheet.text(112, y, line)
        y += 4.6
    sheet.box(15, 45, 80, 20)
    sheet.font("DejaVuSans", 7, bold=True)
    sheet.text(17, 49.5, "Vos coordonnées (payeur)")
    sheet.font("DejaVuSans", 7.5)
    sheet.text(
        17, 54, f"Tél. : {french_dotted(extras['mobile'])}" if extras["mobile"] else "Tél. : —"
    )
    sheet.text(
        17, 58, f"Courriel : {debtor.email}" if debtor.email else "Courriel : non communiqué"
    )
    sheet.text(17, 62, "Mode de règlement : prélèvement SEPA")
    sheet.font("DejaVuSans", 13, bold=True)
    sheet.text(15, 80, f"FACTURE DE SÉJOUR N° {invoice.number}")
    heads = ("Code client", "N° résident", "Chambre", "Période", "Date de facture")
    values = (
        debtor.customer_ref or "",
        extras["file"],
        str(extras["room"]),
        extras["period"],
        slashed(invoice.issue),
    )
    for n, (head, value) in enumerate(zip(heads, values, strict=True)):
        x = 15 + 36 * n
        sheet.box(x, 85, 36, 12)
        sheet.font("DejaVuSans", 6.5, bold=True)
        sheet.text(x + 2, 89, head)
        sheet.font("DejaVuSans", 8)
        sheet.text(x + 2, 94.5, value)
    sheet.font("DejaVuSans", 8.5)
    sheet.text(15, 105, f"Résident(e) : {extras['resident']}")
    y = 116.0
    sheet.font("DejaVuSans", 8, bold=True)
    for text, x, align in (
        ("Prestation", 15, "left"),
        ("Jours / qté", 125, "right"),
        ("Prix unitaire", 152, "right"),
        ("TVA", 165, "right"),
        ("Montant TTC", 195, "right"),
    ):
        sheet.text(x, y, text, align)
    sheet.rule(15, y + 1.5, 195, y + 1.5)
    sheet.font("DejaVuSans", 8)
    y += 6
    for line in invoice.lines:
        sheet.text(15, y, line.description)
        sheet.text(125, y, quantity(line.quantity), "right")
        sheet.text(152, y, french(line.unit_price), "right")
        sheet.text(165, y, f"{line.vat_rate} %".replace(".", ","), "right")
        sheet.text(195, y, french(line.amount + line.tax), "right")
        y += 5
    y += 4
    rows = [
        ("Total HT", french(invoice.net)),
        ("dont TVA", french(invoice.vat)),
        ("Total du séjour TTC", french(invoice.gross)),
    ]
    rows += [(d.label, f"- {french(d.amount)}") for d in invoice.deductions]
    for label, value in rows:
        sheet.text(100, y, label)
        sheet.text(195, y, f"{value} €", "right")
        y += 5
    sheet.font("DejaVuSans", 9.5, bold=True)
    sheet.box(98, y - 3.5, 99, 7, grey=0.9)
    sheet.text(100, y + 1, "Reste à votre charge")
    sheet.text(195, y + 1, f"{french(invoice.to_pay)} €", "right")
    sheet.font("DejaVuSans", 8)
    due = slashed(invoice.due) if invoice.due else ""
    sheet.text(
        15, y + 14, f"Montant prélevé le {due} sur votre compte (RUM EHPAD-{extras['file']})."
    )
    sheet.text(
        15,
        y + 18.5,
        "L'APA est versée directement à l'établissement par le Département des Deux-Sèvres.",
    )


LAYOUT = Layout("fr_ehpad", "FR", "fpdf2", make, draw)
