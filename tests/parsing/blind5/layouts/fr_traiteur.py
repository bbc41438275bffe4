"""An Avignon caterer's invoice, its page stored turned: `/Rotate 90` with the content turned
in the stream (even seeds), or the content turned by the text matrix on a landscape page with
no `/Rotate` (odd seeds, a page that shows sideways).

The client's phone and e-mail in a block beside the address; the reception venue's address
and the event date (distractors); food at 10 % and drinks and service at 20 % VAT; a 30 %
deposit paid on order deducted → "Reste à payer"; "Date d'échéance"; Réf. client.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from ..people import (
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
from ..wording import french, french_long, slashed
from .base import Layout, issue_day, money
from .common import quantity

MENU = (
    ("Cocktail dînatoire 12 pièces / pers.", Decimal(10), 24, 38),
    ("Buffet froid provençal / pers.", Decimal(10), 28, 45),
    ("Pièce montée (nougatine)", Decimal("5.5"), 180, 320),
    ("Vin rouge AOP Ventoux (bouteille)", Decimal(20), 9, 16),
    ("Service maître d'hôtel (heure)", Decimal(20), 32, 40),
    ("Location vaisselle et nappage", Decimal(20), 120, 260),
)
DOMAINES = ("Domaine de la Verrière", "Mas des Oliviers", "Château de Beaucastel-le-Vieux")
VILLAGES = ("Gordes", "Bonnieux", "Lourmarin", "Pernes-les-Fontaines")
EVENTS = ("Mariage", "Anniversaire", "Baptême", "Départ en retraite")


def make(rng: random.Random, seed: int) -> Invoice:
    civility, first, last = french_name(rng)
    postcode, city = pick(rng, VILLES_FR)
    mobile = phone(rng, "FR")
    debtor = Party(
        name=f"{civility} {first} {last}",
        street=(french_street(rng),),
        postcode=postcode,
        city=city,
        country="FR",
        email=email_of(first, last, rng) if seed % 5 != 3 else None,
        phone=e164(mobile),
        customer_ref=f"CLT-{rng.randrange(100, 2000):05d}",
    )
    guests = Decimal(rng.randrange(30, 140))
    lines = []
    for name, rate, low, high in rng.sample(MENU, rng.randrange(3, 6)):
        count = (
            guests
            if "pers." in name
            else Decimal(rng.randrange(4, 30) if name.endswith(("bouteille)", "heure)")) else 1)
        )
        lines.append(Line(name, count, money(rng, low, high), rate))
    issue = issue_day(rng)
    invoice = Invoice(
        number=f"T{issue:%y%m}-{rng.randrange(10, 99)}",
        issue=issue,
        due=issue + dt.timedelta(days=pick(rng, (8, 15, 30))),
        currency="EUR",
        debtor=debtor,
        lines=lines,
    )
    deposit = (invoice.gross * Decimal("0.3")).quantize(Decimal("0.01"))
    invoice.deductions.append(Deduction("Acompte versé à la commande (30 %)", deposit))
    party = rng.randrange(2, 9)
    invoice.extras.update(
        mobile=mobile,
        event=f"{pick(rng, EVENTS)} du {french_long(issue - dt.timedelta(days=party))}",
        venue=f"{pick(rng, DOMAINES)}, 84{rng.randrange(100, 870):03d} {pick(rng, VILLAGES)}",
        guests=guests,
    )
    return invoice


def draw(sheet: Sheet, invoice: Invoice) -> None:
    debtor = invoice.debtor
    extras = invoice.extras
    sheet.font("DejaVuSerif", 16, bold=True)
    sheet.text(18, 22, "Maison Sarrazin")
    sheet.font("DejaVuSerif", 8)
    sheet.text(18, 27, "Traiteur – Organisation de réceptions")
    sheet.text(18, 31, "8 place Pie – 84000 Avignon – 04 90 82 17 64 – contact@maison-sarrazin.fr")
    sheet.font("DejaVuSerif", 8, bold=True)
    sheet.text(18, 48, "Client")
    sheet.text(100, 48, "Contact")
    sheet.font("DejaVuSerif", 9.5)
    y = 53.0
    for line in [debtor.name, *debtor.street, f"{debtor.postcode} {debtor.city}"]:
        sheet.text(18, y, line)
        y += 4.6
    sheet.font("DejaVuSerif", 8.5)
    sheet.text(100, 53, f"Tél. {french_dotted(extras['mobile'])}")
    if debtor.email:
        sheet.text(100, 57.6, debtor.email)
    sheet.font("DejaVuSerif", 8.5)
    facts = (
        ("Facture n°", invoice.number),
        ("Date", slashed(invoice.issue)),
        ("Réf. client", debtor.customer_ref or ""),
        ("Date d'échéance", slashed(invoice.due) if invoice.due else ""),
    )
    for n, (label, value) in enumerate(facts):
        sheet.text(144, 48 + 4.6 * n, label)
        sheet.text(192, 48 + 4.6 * n, value, "right")
    sheet.font("DejaVuSerif", 13, bold=True)
    sheet.text(18, 84, "FACTURE")
    sheet.font("DejaVuSerif", 8.5)
    sheet.text(18, 90, f"Prestation : {extras['event']} – {extras['guests']} convives")
    sheet.text(18, 94.5, f"Lieu de la réception : {extras['venue']}")
    y = 106.0
    sheet.font("DejaVuSerif", 8.5, bold=True)
    for text, x, align in (
        ("Désignation", 18, "left"),
        ("Qté", 120, "right"),
        ("P.U. HT", 145, "right"),
        ("TVA", 160, "right"),
        ("Total HT", 192, "right"),
    ):
        sheet.text(x, y, text, align)
    sheet.rule(18, y + 1.5, 192, y + 1.5)
    sheet.font("DejaVuSerif", 8.5)
    y += 6
    for line in invoice.lines:
        sheet.text(18, y, line.description)
        sheet.text(120, y, quantity(line.quantity), "right")
        sheet.text(145, y, french(line.unit_price), "right")
        sheet.text(160, y, f"{quantity(line.vat_rate)} %", "right")
        sheet.text(192, y, french(line.amount), "right")
        y += 5
    y += 4
    rows = [("Total HT", french(invoice.net))]
    rows += [
        (f"TVA {quantity(rate)} %", french(tax)) for rate, (_, tax) in invoice.vat_by_rate.items()
    ]
    rows.append(("Total TTC", french(invoice.gross)))
    rows += [(d.label, f"- {french(d.amount)}") for d in invoice.deductions]
    for label, value in rows:
        sheet.text(110, y, label)
        sheet.text(192, y, f"{value} €", "right")
        y += 5
    sheet.font("DejaVuSerif", 10, bold=True)
    sheet.text(110, y + 1, "Reste à payer")
    sheet.text(192, y + 1, f"{french(invoice.to_pay)} €", "right")
    sheet.font("DejaVuSerif", 7)
    sheet.text(18, 280, "SARL Maison Sarrazin – SIRET 512 447 330 00021 – TVA FR 61 512447330")


LAYOUT = Layout(
    "fr_traiteur",
    "FR",
    "reportlab",
    make,
    draw,
    turn=lambda seed: "rotate" if seed % 2 == 0 else "sideways",
)
