"""Home-care service's monthly bill, all in 5.5–6.5 pt: APA and CESU deducted, debit date due."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Party
from tests.parsing.blind5.sheet import FpdfSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day
from tests.parsing.blind8.ink import block, row

from .. import folks
from ..desk import Column, Item, deduct, deduction_rows, lines_table, pick_lines, quantity, share
from ..wording import fr_long, fr_money, slash

CARE = (
    Item("Aide à la toilette et à l'habillage", 24, 29, Decimal("5.5"), "h", 30),
    Item("Préparation et prise des repas", 24, 28, Decimal("5.5"), "h", 25),
    Item("Entretien du logement", 23, 27, Decimal("5.5"), "h", 20),
    Item("Accompagnement courses et rendez-vous", 25, 30, Decimal("5.5"), "h", 8),
    Item("Intervention dimanche et jour férié (majoration)", 6, 9, Decimal("5.5"), "h", 6),
)


def euros(amount: Decimal) -> str:
    return fr_money(amount) + " €"


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    civility, first, last = folks.french_person(rng)
    postcode, city = folks.pick(rng, folks.FR_TOWNS)
    street = [folks.french_street(rng)]
    if seed % 3 == 1:
        street.insert(0, f"Résidence {folks.pick(rng, ('Les Hortensias', 'Le Clos Fleuri'))}")
    mobile = folks.phone(rng, "FR", mobile=seed % 4 != 2)
    email = folks.mail(first, last, "orange.fr") if seed % 5 != 3 else None
    ref = f"B{rng.randint(10000, 99999)}"
    debtor = Party(
        f"{civility} {first} {last}",
        tuple(street),
        postcode,
        city,
        "FR",
        email=email,
        phone=folks.e164(mobile),
        customer_ref=ref,
    )
    debit = issue + dt.timedelta(days=rng.randint(8, 12))
    number = f"SAD{issue:%y%m}-{rng.randint(1000, 9999)}"
    invoice = Invoice(number, issue, debit, "EUR", debtor, pick_lines(rng, CARE, rng.randint(2, 4)))
    deduct(invoice, "Participation APA – Conseil départemental", share(invoice.gross, 35, 70, rng))
    if seed % 2 == 0:
        deduct(invoice, "CESU préfinancés remis", Decimal(rng.randint(3, 12) * 15))

    small = 5.5 if seed % 3 == 0 else 6.5
    lead = small * 0.5
    sheet = FpdfSheet(path)
    sheet.font("Helvetica", 11, bold=True)
    sheet.text(15, 18, "LES MAINS TENDUES")
    sheet.font("Helvetica", small)
    block(
        sheet,
        15,
        23,
        [
            "Service d'aide et d'accompagnement à domicile – autorisé par le Conseil départemental",
            f"4 rue de la Poste, {postcode} {city} – 05 55 21 {rng.randint(10, 99)} 40",
            f"SIRET {folks.siret(rng)} – Déclaration SAP n° SAP{folks.digits(rng, 9)}",
        ],
        lead,
    )
    sheet.box(120, 14, 75, 16)
    row(
        sheet,
        19,
        [(122, "Facture n°", "left"), (150, "Réf. client", "left"), (172, "Émise le", "left")],
    )
    sheet.font("Helvetica", small + 1, bold=True)
    row(sheet, 25, [(122, number, "left"), (150, ref, "left"), (172, slash(issue), "left")])
    sheet.font("Helvetica", small)
    sheet.text(15, 48, "VOS COORDONNÉES")
    block(
        sheet,
        15,
        48 + lead * 1.5,
        [f"Tél. : {folks.national(mobile)}", f"Courriel : {email}" if email else ""],
        lead,
    )
    sheet.font("Helvetica", small + 1.5)
    block(sheet, 115, 48, [debtor.name, *street, f"{postcode} {city}"], lead * 1.4)
    sheet.font("Helvetica", small)
    month = issue.replace(day=1) - dt.timedelta(days=1)
    sheet.text(15, 80, f"Prestations du mois de {fr_long(month)[len(str(month.day)) + 1 :]}")
    helper = folks.person(rng, folks.FR_WOMEN, folks.FR_LAST)
    sheet.text(15, 80 + lead, f"Intervenante principale : {helper[0]} {helper[1]}")
    y = lines_table(
        sheet,
        92,
        [
            Column(15, "Prestation", "left", lambda line: line.description),
            Column(120, "Heures", "right", quantity),
            Column(145, "Tarif horaire HT", "right", lambda line: euros(line.unit_price)),
            Column(170, "TVA", "right", lambda line: "5,5 %"),
            Column(195, "Montant HT", "right", lambda line: euros(line.amount)),
        ],
        invoice.lines,
        lead * 1.3,
    )
    sheet.rule(15, y, 195, y)
    y += lead * 1.5
    rows = [
        ("Total HT", euros(invoice.net)),
        ("TVA 5,5 %", euros(invoice.vat)),
        ("Total TTC", euros(invoice.gross)),
        *deduction_rows(invoice, euros),
    ]
    for label, value in rows:
        row(sheet, y, [(120, label, "left"), (195, value, "right")])
        y += lead * 1.3
    sheet.font("Helvetica", small + 2, bold=True)
    row(
        sheet, y + 1, [(120, "Reste à votre charge", "left"), (195, euros(invoice.to_pay), "right")]
    )
    sheet.font("Helvetica", small)
    y += lead * 4
    sheet.text(
        15, y, f"Prélevé le {slash(debit)} sur le compte {folks.iban_of(rng, 'FR', 23)[:14]}…"
    )
    credit = invoice.to_pay / 2
    sheet.text(15, y + lead * 1.3, f"Crédit d'impôt estimé (50 %) : {euros(credit)}")
    boss = folks.phone(rng, "FR", mobile=True)
    sheet.text(15, y + lead * 2.6, f"Votre responsable de secteur : {folks.national(boss)}")
    sheet.save()
    return [Piece(invoice)]


LAYOUT = Layout("fr_aide_seniors", "FR", "fpdf2", draw)
