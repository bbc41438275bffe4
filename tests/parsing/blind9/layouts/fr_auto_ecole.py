"""Driving school's package invoice: registration fee paid, three instalments, credit notes."""

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
from ..wording import fr_abbr, fr_money, slash

PACKAGES = (
    ("Forfait permis B – 20 heures de conduite", 1090, 1390),
    ("Forfait conduite accompagnée (AAC) – 20 heures", 1190, 1490),
    ("Forfait boîte automatique – 13 heures", 890, 1090),
)
EXTRAS = (
    ("Heure de conduite supplémentaire", 52, 62),
    ("Accompagnement à l'examen pratique", 55, 75),
    ("Code de la route – accès en ligne 6 mois", 25, 40),
)
CREDITS = (9, 19)
NETTED = (5, 14)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    credit = seed in CREDITS
    civility, first, last = folks.french_person(rng)
    pupil = folks.pick(rng, ("Enzo", "Louane", "Nathan", "Chloé", "Mathis", "Jade"))
    postcode, city = folks.pick(rng, folks.FR_TOWNS)
    street = [folks.french_street(rng)]
    phone = folks.phone(rng, "FR")
    email = folks.mail(first, last, "hotmail.fr") if seed % 3 != 2 else None
    ref = f"{rng.randint(2020, 2026)}{rng.randint(100, 999)}"
    debtor = Party(
        f"{civility} {first} {last}",
        tuple(street),
        postcode,
        city,
        "FR",
        email=email,
        phone=folks.e164(phone),
        customer_ref=ref,
    )
    if credit:
        lines = [
            Line(
                "Heures de conduite non effectuées (désistement)",
                Decimal(rng.randint(2, 6)),
                money(rng, 50, 60),
                Decimal(20),
            )
        ]
        number = f"AV{issue:%y}-{rng.randint(100, 999)}"
        invoice = Invoice(number, issue, None, "EUR", debtor, lines, credit_note=True)
    else:
        label, low, high = folks.pick(rng, PACKAGES)
        net = (money(rng, low, high) / Decimal("1.2")).quantize(Decimal("0.01"))
        lines = [Line(label, Decimal(1), net, Decimal(20))]
        for text, lo, hi in rng.sample(EXTRAS, rng.randint(0, 2)):
            lines.append(Line(text, Decimal(rng.randint(1, 4)), money(rng, lo, hi), Decimal(20)))
        number = f"FA{issue:%y}-{rng.randint(1000, 9999)}"
        invoice = Invoice(number, issue, issue + dt.timedelta(days=10), "EUR", debtor, lines)
        deduct(
            invoice,
            f"Frais d'inscription réglés le {slash(issue - dt.timedelta(days=rng.randint(5, 40)))}",
            money(rng, 90, 150),
        )
        if seed in NETTED:
            deduct(
                invoice,
                f"Avoir n° AV{issue:%y}-{rng.randint(100, 999)} déduit",
                money(rng, 40, 120),
            )

    sheet = LabSheet(path)
    sheet.font("Helvetica", 17, bold=True)
    sheet.text(20, 24, "ÉCOLE DE CONDUITE LE VOLANT BIGOUDEN")
    sheet.font("Helvetica", 8)
    sheet.text(
        20,
        30,
        "8 place de la République, 29120 Pont-l'Abbé · 02 98 87 14 03 · agrément E 12 029 0042 0",
    )
    sheet.rule(20, 33, 190, 33, 0.8)
    sheet.font("Helvetica", 9.5)
    block(sheet, 20, 46, ["Responsable légal :", debtor.name, *street, f"{postcode} {city}"], 4.6)
    sheet.font("Helvetica", 8)
    side = ["Vos coordonnées", f"Portable : {folks.national(phone)}"]
    if email:
        side.append(f"E-mail : {email}")
    block(sheet, 95, 50.6, side, 4.2)
    title = "AVOIR" if credit else "FACTURE"
    sheet.font("Helvetica", 14, bold=True)
    sheet.text(190, 46, title, "right")
    sheet.font("Helvetica", 8.5)
    block(sheet, 150, 52, [f"N° {number}", f"du {fr_abbr(issue)}", f"N° client : {ref}"], 4.4)
    sheet.text(20, 80, f"Élève : {pupil} {last} – NEPH {folks.digits(rng, 12)}")
    y = 92.0
    row(
        sheet,
        y,
        [
            (20, "Désignation", "left"),
            (125, "Qté", "right"),
            (155, "P.U. HT", "right"),
            (190, "Total HT", "right"),
        ],
    )
    y += 6
    for line in invoice.lines:
        row(
            sheet,
            y,
            [
                (20, line.description, "left"),
                (125, f"{line.quantity:g}", "right"),
                (155, fr_money(line.unit_price), "right"),
                (190, fr_money(line.amount), "right"),
            ],
        )
        y += 5
    sheet.rule(20, y, 190, y)
    y += 6
    rows = [("Total HT", invoice.net), ("TVA 20 %", invoice.vat), ("Total TTC", invoice.gross)]
    for label, value in rows:
        row(sheet, y, [(110, label, "left"), (190, fr_money(value) + " €", "right")])
        y += 5
    for d in invoice.deductions:
        row(sheet, y, [(80, d.label, "left"), (190, "-" + fr_money(d.amount) + " €", "right")])
        y += 5
    sheet.font("Helvetica", 10, bold=True)
    final = "Montant de l'avoir" if credit else "Solde à régler"
    row(sheet, y + 2, [(110, final, "left"), (190, fr_money(invoice.to_pay) + " €", "right")])
    sheet.font("Helvetica", 8.5)
    y += 14
    if credit:
        sheet.text(20, y, "Montant remboursé par virement sous 15 jours.")
    else:
        third = (invoice.to_pay / 3).quantize(Decimal("0.01"))
        parts = [invoice.to_pay - 2 * third, third, third]
        sheet.text(20, y, "Paiement en 3 fois sans frais par prélèvement :")
        for index, part in enumerate(parts):
            when = invoice.due + dt.timedelta(days=30 * index) if invoice.due else issue
            sheet.text(
                25,
                y + 5 * (index + 1),
                f"Échéance {index + 1} : {slash(when)} – {fr_money(part)} €",
            )
    exam = issue + dt.timedelta(days=rng.randint(40, 90))
    sheet.text(20, 250, f"Date prévisionnelle d'examen pratique : {slash(exam)}")
    sheet.font("Helvetica", 6.5)
    sheet.text(
        20,
        285,
        f"SARL au capital de 8 000 € – SIRET {folks.siret(rng)} – "
        f"TVA {folks.fr_vat(folks.siret(rng))}",
    )
    sheet.save()
    return [Piece(invoice)]


LAYOUT = Layout("fr_auto_ecole", "FR", "reportlab", draw)
