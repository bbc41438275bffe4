"""Walloon roofer's invoice: structured communication, 6 % / 21 % VAT, GSM in the info column."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Party
from tests.parsing.blind5.sheet import LabSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day
from tests.parsing.blind8.ink import block, row

from .. import folks
from ..desk import Item, deduct, pick_lines, share
from ..wording import dash, eu_money

ROOF = (
    Item("Dépose de l'ancienne couverture en ardoises", 18, 28, Decimal(6), "m²", 90),
    Item("Pose ardoises naturelles 32x22", 62, 88, Decimal(6), "m²", 90),
    Item("Isolation sarking 120 mm", 38, 55, Decimal(6), "m²", 90),
    Item("Gouttières zinc demi-rondes", 42, 65, Decimal(6), "m", 30),
    Item("Fenêtre de toit 78x118", 520, 840, Decimal(6), "pc", 2),
    Item("Location nacelle", 180, 320, Decimal(21), "jour", 3),
    Item("Conteneur déchets 10 m³", 260, 390, Decimal(21), "pc", 1),
    Item("Réparation de solin en plomb", 90, 210, Decimal(6), "forfait", 1),
)
CREDITS = (5, 13)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    credit = seed in CREDITS
    france = seed % 6 == 4
    first, last = folks.person(rng, folks.BE_FIRST, folks.BE_LAST)
    civility = "Madame" if first in ("Amandine", "Ludivine", "Manon", "Noémie") else "Monsieur"
    if france:
        postcode, city = folks.pick(rng, folks.FR_TOWNS)
        street = folks.french_street(rng)
        country, phone = "FR", folks.phone(rng, "FR")
    else:
        postcode, city = folks.pick(rng, folks.BE_TOWNS)
        street = f"{folks.pick(rng, folks.BE_STREETS)} {rng.randint(1, 220)}"
        if seed % 3 == 0:
            street += f" bte {rng.randint(1, 12)}"
        country, phone = "BE", folks.phone(rng, "BE")
    email = folks.mail(first, last, "skynet.be") if seed % 4 != 2 else None
    ref = f"{rng.randint(100, 999)}/{last[:3].upper()}"
    debtor = Party(
        f"{civility} {first} {last}",
        (street,),
        postcode,
        city,
        country,
        email=email,
        phone=folks.e164(phone),
        customer_ref=ref,
    )
    lines = pick_lines(rng, ROOF, rng.randint(3, 6))
    number = f"{issue:%Y}-{rng.randint(100, 999):04d}"
    due = None if credit else issue + dt.timedelta(days=rng.choice((15, 30)))
    invoice = Invoice(
        number, issue, due, "EUR", debtor, lines[:1] if credit else lines, credit_note=credit
    )
    if not credit and seed % 2 == 0:
        paid_on = issue - dt.timedelta(days=rng.randint(20, 50))
        deduct(
            invoice,
            f"Acompte facturé le {dash(paid_on)} (facture {issue:%Y}-{rng.randint(100, 999):04d})",
            share(invoice.gross, 20, 40, rng),
        )

    sheet = LabSheet(path)
    sheet.font("DejaVuSans", 14, bold=True)
    sheet.text(20, 22, "Toitures Hubinon & Fils SRL")
    sheet.font("DejaVuSans", 7.5)
    block(
        sheet,
        20,
        27,
        [
            "Couverture – zinguerie – isolation de toiture",
            "Rue de la Station 41, 4890 Thimister-Clermont",
            f"TVA {folks.be_vat_number(rng)} – Tél. 087 44 61 20",
        ],
        3.4,
    )
    sheet.font("DejaVuSans", 10)
    address = [debtor.name, street, f"{postcode} {city}"] + (["FRANCE"] if france else [])
    block(sheet, 115, 50, address, 4.8)
    sheet.font("DejaVuSans", 8)
    title = "NOTE DE CRÉDIT" if credit else "FACTURE"
    facts = [
        (title, number),
        ("Date", dash(issue)),
        ("Réf. client", ref),
        ("Votre GSM", folks.national(phone) if not france else folks.international(phone)),
    ]
    if email:
        facts.append(("Votre e-mail", email))
    y = 50.0
    for label, value in facts:
        row(sheet, y, [(20, label, "left"), (48, value, "left")])
        y += 4.6
    chantier = (
        f"Chantier : {folks.pick(rng, folks.BE_STREETS)} {rng.randint(1, 99)}, "
        f"{folks.pick(rng, folks.BE_TOWNS)[1]}"
    )
    sheet.text(20, 84, chantier)
    y = 96.0
    row(
        sheet,
        y,
        [
            (20, "Description", "left"),
            (125, "Quantité", "right"),
            (150, "P.U.", "right"),
            (165, "TVA", "right"),
            (190, "Total HTVA", "right"),
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
                (165, f"{line.vat_rate:g} %", "right"),
                (190, eu_money(line.amount) + " €", "right"),
            ],
        )
        y += 5
    sheet.rule(20, y, 190, y)
    y += 6
    rows = [("Total HTVA", invoice.net)]
    rows += [
        (f"TVA {r:g} % sur {eu_money(base)}", tax) for r, (base, tax) in invoice.vat_by_rate.items()
    ]
    rows.append(("Total TVAC", invoice.gross))
    for label, value in rows:
        row(sheet, y, [(110, label, "left"), (190, eu_money(value) + " €", "right")])
        y += 5
    for d in invoice.deductions:
        row(sheet, y, [(60, d.label, "left"), (190, "-" + eu_money(d.amount) + " €", "right")])
        y += 5
    sheet.font("DejaVuSans", 10, bold=True)
    final = "Montant de la note de crédit" if credit else "Solde à payer"
    row(sheet, y + 1, [(100, final, "left"), (190, eu_money(invoice.to_pay) + " €", "right")])
    sheet.font("DejaVuSans", 8)
    y += 14
    if due:
        sheet.text(
            20, y, f"À payer pour le {dash(due)} sur le compte {folks.iban_of(rng, 'BE', 12)}"
        )
        sheet.text(20, y + 5, f"Communication structurée : {folks.structured_communication(rng)}")
    else:
        sheet.text(20, y, "Montant remboursé sur votre compte dans les 15 jours.")
    sheet.text(
        20,
        y + 10,
        "TVA 6 % : logement de plus de 10 ans, attestation du client sur base de l'AR n° 20.",
    )
    sheet.save()
    return [Piece(invoice)]


LAYOUT = Layout("be_toiture", "BE", "reportlab", draw)
