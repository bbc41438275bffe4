"""A plumber's invoice from a quoting app: DejaVu Sans, site address beside the billing one,
deposit deducted and the rest in dated instalments."""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice

from .. import folks
from ..sheet import Sheet
from ..wording import eur_fr, fr_slash, to_cents
from .base import COUNTRY_NAMES_FR, Layout, block, issue_day, later, some_lines

WORK = (
    ("Fourniture et pose chauffe-eau thermodynamique 200 l", 1800, 2900),
    ("Remplacement ballon d'eau chaude 150 l", 700, 1200),
    ("Création salle d'eau : douche à l'italienne", 2400, 4800),
    ("Fourniture WC suspendu + bâti", 380, 690),
    ("Main d'œuvre plomberie", 45, 60),
    ("Déplacement", 30, 45),
    ("Raccordements cuivre et PER", 120, 380),
    ("Évacuation et recyclage ancien matériel", 40, 90),
)


def invoice(rng: random.Random, seed: int) -> Invoice:
    client = folks.french(rng, business=rng.random() < 0.25)
    client, printed = folks.with_contacts(client, rng, email=0.7, phone=0.8)
    client = replace(client, customer_ref=f"C{rng.randrange(1, 2000):05d}")
    site = folks.french(rng)
    issue = issue_day(rng)
    lines = some_lines(rng, WORK, (2, 5), (Decimal(10), Decimal("5.5"), Decimal(20)))
    inv = Invoice(
        number=f"FA-{issue.year}{rng.randrange(1, 800):04d}",
        issue=issue,
        due=None,
        currency="EUR",
        debtor=client,
        lines=lines,
        extras={
            "phone": printed,
            "site": site,
            "quote": f"DE-{issue.year}{rng.randrange(1, 800):04d}",
        },
    )
    if rng.random() < 0.7:
        inv.deductions.append(
            Deduction("Acompte de 30 % versé à la commande", to_cents(inv.gross * Decimal("0.3")))
        )
    parts = rng.choice((1, 2, 3))
    first = later(issue, rng.choice((10, 15, 30)))
    share = to_cents(inv.to_pay / parts)
    schedule = [(later(first, 30 * k), share) for k in range(parts - 1)]
    schedule.append((later(first, 30 * (parts - 1)), inv.to_pay - share * (parts - 1)))
    inv.due = first
    inv.extras["schedule"] = schedule
    return inv


def draw(sheet: Sheet, inv: Invoice) -> None:
    sheet.page()
    sheet.box(0, 0, 595.28, 8, shade=0.3)
    sheet.font("dejavu", 14, bold=True)
    sheet.text(45, 50, "Hydro'Services 37")
    sheet.font("dejavu", 7.5)
    block(
        sheet,
        45,
        63,
        (
            "Plomberie - Chauffage - Sanitaire",
            "ZA des Granges, 12 rue Ampère, 37300 Joué-lès-Tours",
            "02 47 80 33 19 - contact@hydroservices37.fr",
            "RGE QualiPAC n° E-E182344 - Décennale MAAF n° 142 998 331",
        ),
        9.5,
    )
    sheet.font("dejavu", 16, bold=True)
    sheet.text(550, 50, "FACTURE", "right")
    sheet.font("dejavu", 8.5)
    block(
        sheet,
        400,
        66,
        (
            f"N° : {inv.number}",
            f"Date : {fr_slash(inv.issue)}",
            f"Code client : {inv.debtor.customer_ref}",
            f"Votre devis : {inv.extras['quote']}",
        ),
        11,
    )
    sheet.font("dejavu", 7, bold=True)
    sheet.text(45, 140, "ADRESSE DU CHANTIER")
    sheet.text(310, 140, "ADRESSE DE FACTURATION")
    sheet.font("dejavu", 9)
    site = inv.extras["site"]
    block(sheet, 45, 154, [*site.street, f"{site.postcode} {site.city}"], 11.5)
    end = block(sheet, 310, 154, folks.address_lines(inv.debtor, "FR", COUNTRY_NAMES_FR), 11.5)
    sheet.font("dejavu", 8)
    if inv.extras["phone"]:
        sheet.text(310, end + 2, f"Tél : {inv.extras['phone']}")
    if inv.debtor.email:
        sheet.text(310, end + 12, f"Mail : {inv.debtor.email}")
    y = 260
    sheet.box(45, y - 11, 505, 15, shade=0.92)
    sheet.font("dejavu", 7.5, bold=True)
    for text, x, align in (
        ("Désignation", 48, "left"),
        ("TVA", 330, "right"),
        ("Qté", 370, "right"),
        ("PU HT", 450, "right"),
        ("Montant HT", 547, "right"),
    ):
        sheet.text(x, y, text, align)
    sheet.font("dejavu", 7.5)
    for line in inv.lines:
        y += 13
        sheet.text(48, y, line.description)
        sheet.text(330, y, f"{line.vat_rate} %".replace(".", ","), "right")
        sheet.text(370, y, str(line.quantity), "right")
        sheet.text(450, y, eur_fr(line.unit_price), "right")
        sheet.text(547, y, eur_fr(line.amount), "right")
    y += 24
    rows = [("Total HT", eur_fr(inv.net))]
    rows += [
        (f"TVA {rate} %".replace(".", ","), eur_fr(tax))
        for rate, (_, tax) in inv.vat_by_rate.items()
    ]
    rows.append(("Total TTC", eur_fr(inv.gross)))
    rows += [(d.label, "- " + eur_fr(d.amount)) for d in inv.deductions]
    rows.append(("Net à payer", eur_fr(inv.to_pay)))
    for label, value in rows:
        sheet.font("dejavu", 8, bold=label == "Net à payer")
        sheet.text(330, y, label)
        sheet.text(547, y, value, "right")
        y += 12
    schedule = inv.extras["schedule"]
    y += 16
    sheet.font("dejavu", 8, bold=True)
    if len(schedule) == 1:
        sheet.text(45, y, f"Échéance : {fr_slash(schedule[0][0])}")
    else:
        sheet.text(45, y, "Modalités de règlement :")
        sheet.font("dejavu", 8)
        for index, (day, amount) in enumerate(schedule, start=1):
            y += 11
            sheet.text(
                60, y, f"{index}e versement de {eur_fr(amount)} au plus tard le {fr_slash(day)}"
            )
    sheet.font("dejavu", 6.5)
    sheet.text(
        45,
        790,
        "TVA à taux réduit selon attestation simplifiée fournie par le client "
        "(art. 279-0 bis du CGI). Escompte pour paiement anticipé : néant.",
    )


LAYOUT = Layout("fr_plombier", "FR", "fpdf2", invoice, draw)
