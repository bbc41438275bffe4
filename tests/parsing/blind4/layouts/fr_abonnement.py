"""A French SaaS whose invoices come from a Stripe-like billing service: amount due on top,
Facturé à with e-mail, an ID client, some credit notes (avoir) printed positive."""

from __future__ import annotations

import datetime as dt
import random
import string
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from .. import people
from ..sheet import Sheet
from ..wording import euros, long_fr
from .base import COUNTRY_LINES, Layout, issued, money

PLANS = (
    ("Plan Équipe (5 sièges)", 49),
    ("Plan Pro - mensuel", 119),
    ("Plan Entreprise", 390),
    ("Sièges supplémentaires", 9),
    ("Module Signature électronique", 25),
)
ABROAD = (
    ("BE", "1000", "Bruxelles", "Rue Royale"),
    ("LU", "L-1611", "Luxembourg", "avenue de la Gare"),
    ("CH", "1205", "Genève", "Rue de Carouge"),
)


def invent(rng: random.Random, seed: int) -> Invoice:
    _first, _last = rng.choice(people.PRENOMS), rng.choice(people.NOMS)
    company = rng.choice(people.SOCIETES)
    if seed % 5 == 1:
        country, postcode, city, road = rng.choice(ABROAD)
        street = (
            (f"{rng.randrange(1, 150)} {road}",)
            if country != "BE"
            else (f"{road} {rng.randrange(1, 150)}",)
        )
    else:
        country = "FR"
        postcode, city = rng.choice(people.VILLES)
        street = (f"{rng.randrange(1, 150)} {rng.choice(people.VOIES)}",)
        if seed % 4 == 2:
            street += (f"{rng.choice(('2e', '3e', '5e'))} étage",)
    debtor = Party(
        name=company,
        street=street,
        postcode=postcode,
        city=city,
        country=country,
        email=f"compta@{people.fold(company.split(' ', 1)[1]).replace('.', '')}.fr",
        customer_ref="cus_"
        + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(14)),
        business=True,
    )
    credit = seed % 7 == 4
    plans = rng.sample(PLANS, rng.randrange(1, 4))
    lines = [
        Line(
            name,
            Decimal(rng.randrange(1, 6)) if price < 30 else Decimal(1),
            Decimal(price),
            Decimal(20),
        )
        for name, price in plans
    ]
    day = issued(rng)
    prefix = "".join(rng.choice(string.ascii_uppercase) for _ in range(8))
    inv = Invoice(
        number=f"{prefix}-{rng.randrange(1, 60):04d}",
        issue=day,
        due=None if credit else day + dt.timedelta(days=rng.choice((0, 14, 30))),
        currency="EUR",
        debtor=debtor,
        lines=lines,
        credit_note=credit,
        extras={
            "receipt": f"{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}",
            "period": (day, day + dt.timedelta(days=30)),
            "cancels": f"{prefix}-{rng.randrange(1, 60):04d}",
        },
    )
    if not credit and seed % 3 == 0:
        inv.deductions.append(Deduction("Solde créditeur appliqué", money(rng, 10, 60)))
    return inv


def draw(sheet: Sheet, inv: Invoice) -> None:
    sheet.page()
    kind = "Avoir" if inv.credit_note else "Facture"
    sheet.write(20, 25, kind, 20, bold=True)
    sheet.write(190, 25, "Planifio", 16, bold=True, align="right")
    facts = [
        (f"Numéro {'d’avoir' if inv.credit_note else 'de facture'}", inv.number),
        ("Date d'émission", long_fr(inv.issue)),
    ]
    if inv.due:
        facts.append(("Date d'échéance", long_fr(inv.due)))
    if inv.credit_note:
        facts.append(("Facture d'origine", inv.extras["cancels"]))
    y = 38
    for label, value in facts:
        sheet.write(20, y, label, 8.5)
        sheet.write(62, y, value, 8.5)
        y += 5
    sheet.write(20, 64, "Planifio SAS", 8.5, bold=True)
    for i, row in enumerate(
        (
            "18 rue du Faubourg-Montmartre",
            "75009 Paris",
            "France",
            "facturation@planifio.fr",
            "TVA FR 87 894 512 330",
        )
    ):
        sheet.write(20, 69 + 4.5 * i, row, 8.5)
    d = inv.debtor
    sheet.write(85, 64, "Facturé à", 8.5, bold=True)
    rows = [d.name, *d.street, f"{d.postcode} {d.city}", COUNTRY_LINES[d.country]]
    assert d.email
    rows.append(d.email)
    for i, row in enumerate(rows):
        sheet.write(85, 69 + 4.5 * i, row, 8.5)
    sheet.write(140, 64, "Identifiant client", 8.5, bold=True)
    sheet.write(140, 69, str(d.customer_ref), 8.5)
    y = 108
    if inv.credit_note:
        sheet.write(
            20, y, f"{euros(inv.to_pay)} remboursés sur votre moyen de paiement", 14, bold=True
        )
    else:
        assert inv.due
        sheet.write(20, y, f"{euros(inv.to_pay)} dus le {long_fr(inv.due)}", 14, bold=True)
    start, end = inv.extras["period"]
    sheet.write(20, y + 7, f"Période : {long_fr(start)} – {long_fr(end)}", 8.5)
    y += 20
    for x, title, align in (
        (20, "Description", "left"),
        (120, "Qté", "right"),
        (150, "Prix unitaire", "right"),
        (190, "Montant", "right"),
    ):
        sheet.write(x, y, title, 7.5, align=align)
    sheet.rule(20, y + 2, 190, y + 2, 0.2)
    y += 8
    for line in inv.lines:
        sheet.write(20, y, line.description, 8.5)
        sheet.write(120, y, str(line.quantity), 8.5, align="right")
        sheet.write(150, y, euros(line.unit_price), 8.5, align="right")
        sheet.write(190, y, euros(line.amount), 8.5, align="right")
        y += 6
    sheet.rule(110, y - 2, 190, y - 2, 0.2)
    y += 4
    rows2 = [
        ("Sous-total", euros(inv.net)),
        ("TVA (20 % sur " + euros(inv.net) + ")", euros(inv.vat)),
        ("Total", euros(inv.gross)),
    ]
    rows2 += [(ded.label, f"-{euros(ded.amount)}") for ded in inv.deductions]
    last = "Montant crédité" if inv.credit_note else "Montant dû"
    rows2.append((last, euros(inv.to_pay)))
    for label, value in rows2:
        bold = label == last
        sheet.write(110, y, label, 8.5, bold=bold)
        sheet.write(190, y, value, 8.5, bold=bold, align="right")
        y += 5.5
    sheet.write(
        20,
        y + 12,
        f"Reçu n° {inv.extras['receipt']} - Paiement par carte ou prélèvement SEPA.",
        7.5,
    )
    sheet.write(20, 285, f"{inv.number} · {euros(inv.to_pay)} · Page 1 sur 1", 7.5)


LAYOUT = Layout("fr_abonnement", "FR", "fpdf2", 20, invent, draw)
