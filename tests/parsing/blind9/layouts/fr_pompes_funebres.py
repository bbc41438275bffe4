"""Funeral director's invoice: funeral-insurance capital and deposit deducted, terms or a date."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Party
from tests.parsing.blind5.sheet import FpdfSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day, money
from tests.parsing.blind8.ink import block, row

from .. import folks
from ..desk import Item, deduct, pick_lines
from ..wording import fr_long, fr_money, slash

SERVICES = (
    Item("Cercueil chêne massif, capitonnage et plaque", 1200, 2600, Decimal("20")),
    Item("Soins de conservation", 280, 420, Decimal("20")),
    Item("Transport du défunt avant mise en bière", 190, 320, Decimal("10")),
    Item("Corbillard et chauffeur", 260, 420, Decimal("10")),
    Item("Porteurs (4)", 300, 480, Decimal("20")),
    Item("Vacation de police", 20, 25, Decimal("0")),
    Item("Ouverture et fermeture de caveau", 350, 600, Decimal("20")),
    Item("Gravure sur monument", 150, 330, Decimal("20")),
    Item("Composition florale", 90, 260, Decimal("20")),
    Item("Avis de décès dans la presse", 120, 260, Decimal("20")),
    Item("Salon funéraire (par jour)", 90, 150, Decimal("20"), "jour", 3),
    Item("Démarches administratives", 150, 250, Decimal("20")),
)
TWO_PAGES = (2, 12)
ELDERS = ("Marcel", "Germaine", "Raymonde", "Henri", "Lucienne", "Fernand", "Odette")


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    civility, first, last = folks.french_person(rng)
    postcode, city = folks.pick(rng, folks.FR_TOWNS)
    street = [folks.french_street(rng)]
    if seed % 4 == 0:
        street.insert(0, f"Le Clos des {folks.pick(rng, ('Chênes', 'Vignes', 'Noyers'))}")
    phone = folks.phone(rng, "FR", mobile=seed % 3 != 0)
    ref = f"C{rng.randint(10000, 99999)}"
    name = f"{'Madame' if civility == 'Mme' else 'Monsieur'} {first} {last}"
    debtor = Party(
        name, tuple(street), postcode, city, "FR", phone=folks.e164(phone), customer_ref=ref
    )
    terms = None
    due = issue + dt.timedelta(days=30)
    if seed % 2:
        terms = "Règlement à 30 jours date de facture"
    number = f"PF {issue:%Y} {rng.randint(100, 999)}"
    invoice = Invoice(
        number, issue, due, "EUR", debtor, pick_lines(rng, SERVICES, rng.randint(6, 10))
    )
    if seed % 3 != 1:
        deduct(
            invoice,
            f"Capital obsèques versé par la mutuelle (contrat n° {folks.digits(rng, 8)})",
            min(money(rng, 1500, 3000), invoice.gross / 2),
        )
    deduct(
        invoice,
        f"Acompte versé le {slash(issue - dt.timedelta(days=rng.randint(3, 12)))}",
        money(rng, 300, 800),
    )

    sheet = FpdfSheet(path)
    sheet.font("Times", 16, bold=True)
    sheet.text(105, 20, "POMPES FUNÈBRES MERCADIER & FILS", "centre")
    sheet.font("Times", 9)
    sheet.text(105, 26, "Organisation d'obsèques – Marbrerie – Contrats obsèques", "centre")
    sheet.text(
        105, 31, "27 avenue de la Libération, 24000 Périgueux – 05 53 08 44 21 (7 j / 7)", "centre"
    )
    sheet.rule(20, 35, 190, 35)
    sheet.font("Times", 11)
    block(sheet, 115, 50, [name, *street, f"{postcode} {city}", f"Tél. : {folks.dotted(phone)}"], 5)
    sheet.font("Times", 10)
    block(
        sheet,
        20,
        50,
        [f"Facture n° {number}", f"Périgueux, le {fr_long(issue)}", f"Code client : {ref}"],
        5,
    )
    deceased = f"{folks.pick(rng, ELDERS)} {last}"
    died = issue - dt.timedelta(days=rng.randint(8, 25))
    sheet.font("Times", 10)
    sheet.text(
        20,
        82,
        f"Obsèques de {deceased}, décédé(e) le {slash(died)} ; inhumation le "
        f"{slash(died + dt.timedelta(days=5))} au cimetière de "
        f"{folks.pick(rng, folks.FR_TOWNS)[1]}.",
    )
    y = 94.0
    row(
        sheet,
        y,
        [
            (20, "Prestations et fournitures", "left"),
            (140, "TVA", "right"),
            (190, "Montant HT", "right"),
        ],
    )
    y += 6
    for line in invoice.lines:
        amount = fr_money(line.amount) + " €"
        row(
            sheet,
            y,
            [
                (20, line.description, "left"),
                (140, f"{line.vat_rate:g} %", "right"),
                (190, amount, "right"),
            ],
        )
        y += 5.2
    pages: tuple[int, ...] = (1,)
    if seed in TWO_PAGES:
        sheet.text(190, 280, "Total et conditions de règlement au verso", "right")
        sheet.new_page()
        pages = (1, 2)
        sheet.text(20, 20, f"Facture n° {number} (suite)")
        y = 32.0
    sheet.rule(20, y, 190, y)
    y += 6
    rows = [("Total HT", invoice.net)]
    rows += [(f"TVA {r:g} %", tax) for r, (_, tax) in invoice.vat_by_rate.items() if r]
    rows.append(("Total TTC", invoice.gross))
    for label, value in rows:
        row(sheet, y, [(100, label, "left"), (190, fr_money(value) + " €", "right")])
        y += 5
    for d in invoice.deductions:
        row(sheet, y, [(60, d.label, "left"), (190, "- " + fr_money(d.amount) + " €", "right")])
        y += 5
    sheet.font("Times", 11, bold=True)
    row(
        sheet,
        y + 2,
        [(100, "Reste à régler", "left"), (190, fr_money(invoice.to_pay) + " €", "right")],
    )
    sheet.font("Times", 10)
    y += 14
    sheet.text(20, y, terms + "." if terms else f"Date limite de règlement : {slash(due)}.")
    adviser = folks.phone(rng, "FR")
    sheet.text(
        20,
        y + 5,
        f"Votre conseiller funéraire : M. {folks.pick(rng, folks.FR_LAST)} – "
        f"{folks.national(adviser)}",
    )
    sheet.font("Times", 7)
    sheet.text(
        105,
        285,
        f"Habilitation préfectorale n° 24-{rng.randint(100, 999)} – SIRET {folks.siret(rng)}",
        "centre",
    )
    sheet.save()
    return [Piece(invoice, pages, terms)]


LAYOUT = Layout("fr_pompes_funebres", "FR", "fpdf2", draw)
