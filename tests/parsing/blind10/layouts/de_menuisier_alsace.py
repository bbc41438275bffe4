"""Baden joiner's invoice written in French for Alsace clients: DIN letter, Skonto, turned pages."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Party
from tests.parsing.blind5.sheet import LabSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day
from tests.parsing.blind8.ink import block, row
from tests.parsing.blind9 import folks
from tests.parsing.blind9.desk import Item, deduct, pick_lines, share
from tests.parsing.blind9.wording import dotted, eu_money

from ..kit import ALSACE, totals

WORKS = (
    Item("Fenêtre chêne triple vitrage, pose comprise", 780, 1650, Decimal(10), "u", 3),
    Item("Porte d'entrée bois massif", 1900, 3400, Decimal(10), "u", 1),
    Item("Escalier hêtre quart tournant", 3200, 5400, Decimal(10), "u", 1),
    Item("Placard sur mesure", 900, 2300, Decimal(10), "u", 2),
    Item("Heures de main-d'œuvre (Arbeitsstunden)", 48, 62, Decimal(10), "h", 16),
    Item("Déplacement Kehl – chantier", 45, 90, Decimal(20), "forfait", 1),
)
TURNED = (3, 13)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    civility, first, last = folks.french_person(rng)
    name = f"{'Madame' if civility == 'Mme' else 'Monsieur'} {first} {last}"
    if seed % 5 == 2:
        name = f"M. et Mme {last}"
    postcode, city = folks.pick(rng, ALSACE)
    street = [folks.french_street(rng)]
    phone = folks.phone(rng, "FR", mobile=seed % 3 != 0)
    email = folks.mail(first, last, "orange.fr") if seed % 4 != 1 else None
    ref = f"{rng.randint(20000, 29999)}"
    party = Party(
        name,
        tuple(street),
        postcode,
        city,
        "FR",
        email=email,
        phone=folks.e164(phone),
        customer_ref=ref,
    )
    due = issue + dt.timedelta(days=30)
    skonto = issue + dt.timedelta(days=10)
    number = f"RE-{issue:%Y}-{rng.randint(1000, 9999)}"
    invoice = Invoice(number, issue, due, "EUR", party, pick_lines(rng, WORKS, rng.randint(2, 4)))
    if seed % 2 == 1:
        placed = issue - dt.timedelta(days=rng.randint(20, 60))
        label = f"Acompte AR-{rng.randint(100, 999)} du {dotted(placed)}"
        deduct(invoice, label, share(invoice.gross, 20, 40, rng))

    sheet = LabSheet(path, turn="rotate" if seed in TURNED else "upright")
    sheet.font("DejaVuSans", 15, bold=True)
    sheet.text(20, 18, "Schreinerei Wälde GmbH")
    sheet.font("DejaVuSans", 8)
    sheet.text(20, 23, "Menuiserie – Fenêtres – Escaliers · Meisterbetrieb seit 1987")
    sheet.font("DejaVuSans", 6)
    sheet.text(20, 47, "Schreinerei Wälde GmbH · Hauptstraße 41 · D-77694 Kehl · Allemagne")
    sheet.rule(20, 48, 105, 48, 0.2)
    sheet.font("DejaVuSans", 10)
    block(sheet, 20, 54, [name, *street, f"{postcode} {city}", "FRANCE"], 4.8)
    sheet.font("DejaVuSans", 8.5)
    contact = [f"Tél. : {folks.national(phone)}"] + ([f"Courriel : {email}"] if email else [])
    block(sheet, 20, 79, contact, 4.2)
    info = [
        ("N° client / Kundennr.", ref),
        ("Date / Datum", dotted(issue)),
        ("Votre interlocuteur", "Jonas Wälde"),
        ("Tél. direct", "+49 7851 88 42-17"),
        (
            "Devis / Angebot",
            f"AN-{rng.randint(1000, 9999)} du {dotted(issue - dt.timedelta(days=70))}",
        ),
    ]
    for index, (label, value) in enumerate(info):
        row(sheet, 50 + 4.6 * index, [(125, label, "left"), (195, value, "right")])
    sheet.font("DejaVuSans", 12, bold=True)
    sheet.text(20, 100, f"FACTURE n° {number} (Rechnung)")
    sheet.font("DejaVuSans", 8.5)
    sheet.text(
        20,
        106,
        f"Chantier : {street[0]}, {city} – travaux terminés le "
        f"{dotted(issue - dt.timedelta(days=3))}",
    )
    y = 116.0
    row(
        sheet,
        y,
        [
            (20, "Désignation", "left"),
            (125, "Qté", "right"),
            (150, "P.U. HT", "right"),
            (172, "TVA", "right"),
            (195, "Montant HT", "right"),
        ],
    )
    y += 6
    for line in invoice.lines:
        row(
            sheet,
            y,
            [
                (20, line.description, "left"),
                (125, f"{line.quantity:g} {line.unit}", "right"),
                (150, eu_money(line.unit_price), "right"),
                (172, f"{line.vat_rate:g} %", "right"),
                (195, eu_money(line.amount) + " €", "right"),
            ],
        )
        y += 5
    y += 4
    rows = [("Total HT", eu_money(invoice.net) + " €")]
    rows += [
        (f"TVA française {rate:g} %", eu_money(tax) + " €")
        for rate, (_, tax) in invoice.vat_by_rate.items()
    ]
    rows.append(("Total TTC", eu_money(invoice.gross) + " €"))
    rows += [(d.label, "- " + eu_money(d.amount) + " €") for d in invoice.deductions]
    y = totals(sheet, y, rows, 100, 195, 5)
    sheet.font("DejaVuSans", 10, bold=True)
    row(
        sheet,
        y + 1,
        [(100, "Reste à payer", "left"), (195, eu_money(invoice.to_pay) + " €", "right")],
    )
    sheet.font("DejaVuSans", 8.5)
    y += 13
    discount = (invoice.to_pay * Decimal("0.02")).quantize(Decimal("0.01"))
    sheet.text(
        20,
        y,
        f"Skonto : 2 % d'escompte ({eu_money(discount)} €) si paiement jusqu'au {dotted(skonto)}.",
    )
    sheet.text(20, y + 5, f"Payable net jusqu'au {dotted(due)} (zahlbar ohne Abzug).")
    sheet.text(
        20, y + 10, f"Sparkasse Hanauerland · IBAN {folks.iban_of(rng, 'DE', 18)} · BIC SOLADES1KEL"
    )
    sheet.save()
    return [Piece(invoice)]


LAYOUT = Layout("de_menuisier_alsace", "DE", "reportlab", draw)
