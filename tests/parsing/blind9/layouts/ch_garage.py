"""Geneva garage's repair invoice with the QR-bill payment part (Récépissé / Section paiement)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Party
from tests.parsing.blind5.sheet import FpdfSheet, Sheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day, money
from tests.parsing.blind8.ink import block, row

from .. import folks
from ..desk import Item, deduct, pick_lines
from ..wording import ch_money, dotted, qr_money

PARTS = (
    Item("Service selon plan d'entretien constructeur", 290, 540, Decimal("8.1")),
    Item("Plaquettes de frein avant", 120, 240, Decimal("8.1")),
    Item("Disques de frein avant (paire)", 180, 360, Decimal("8.1")),
    Item("Pneus hiver 205/55 R16", 110, 190, Decimal("8.1"), "pce", 4),
    Item("Main-d'oeuvre atelier", 135, 165, Decimal("8.1"), "h", 5),
    Item("Contrôle antipollution", 60, 90, Decimal("8.1")),
    Item("Huile moteur 5W-30", 18, 26, Decimal("8.1"), "l", 5),
    Item("Batterie 70 Ah", 190, 280, Decimal("8.1")),
)
SPLIT = (5, 15)


def payment_part(sheet: Sheet, top: float, invoice: Invoice, lines: list[str], iban: str) -> None:
    sheet.rule(0, top, 210, top, 0.2)
    sheet.rule(62, top, 62, 297, 0.2)
    sheet.font("Helvetica", 11, bold=True)
    sheet.text(5, top + 7, "Récépissé")
    sheet.text(67, top + 7, "Section paiement")
    sheet.font("Helvetica", 6, bold=True)
    sheet.text(5, top + 14, "Compte / Payable à")
    sheet.text(118, top + 14, "Compte / Payable à")
    sheet.font("Helvetica", 7)
    block(
        sheet,
        5,
        top + 18,
        [iban, "Garage des Acacias SA", "Route des Acacias 54", "1227 Carouge"],
        3.2,
    )
    block(
        sheet,
        118,
        top + 18,
        [iban, "Garage des Acacias SA", "Route des Acacias 54", "1227 Carouge"],
        3.4,
    )
    sheet.font("Helvetica", 6, bold=True)
    sheet.text(5, top + 34, "Payable par")
    sheet.text(118, top + 40, "Payable par")
    sheet.font("Helvetica", 7)
    block(sheet, 5, top + 38, lines, 3.2)
    block(sheet, 118, top + 44, lines, 3.4)
    sheet.font("Helvetica", 6, bold=True)
    sheet.text(5, top + 62, "Monnaie    Montant")
    sheet.text(67, top + 72, "Monnaie    Montant")
    sheet.font("Helvetica", 8)
    sheet.text(5, top + 66, f"CHF         {qr_money(invoice.to_pay)}")
    sheet.text(67, top + 76, f"CHF         {qr_money(invoice.to_pay)}")
    sheet.box(67, top + 14, 46, 46)
    sheet.font("Helvetica", 6)
    sheet.text(70, top + 38, "(code QR)")


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    france = seed % 4 == 2
    first, last = folks.person(rng, folks.CH_FIRST, folks.CH_LAST)
    civility = "Madame" if first in ("Séverine", "Mélanie", "Carole") else "Monsieur"
    if france:
        postcode, city = folks.pick(rng, folks.FR_NEAR_GENEVA)
        street = folks.french_street(rng)
        country, phone = "FR", folks.phone(rng, "FR")
    else:
        postcode, city = folks.pick(rng, folks.CH_TOWNS)
        street = f"{folks.pick(rng, folks.CH_STREETS)} {rng.randint(1, 120)}"
        country, phone = "CH", folks.phone(rng, "CH")
    email = folks.mail(first, last, "bluewin.ch") if seed % 3 != 1 else None
    ref = f"{rng.randint(10000, 99999)}"
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
    terms = None
    due = issue + dt.timedelta(days=30)
    if seed % 4 == 1:
        terms = "Payable net à 30 jours"
    number = f"{issue:%y}{rng.randint(10000, 99999)}"
    invoice = Invoice(number, issue, due, "CHF", debtor, pick_lines(rng, PARTS, rng.randint(3, 5)))
    if seed % 3 == 0:
        deduct(invoice, "Acompte reçu à la commande", money(rng, 100, 300))

    sheet = FpdfSheet(path)
    sheet.font("Helvetica", 15, bold=True)
    sheet.text(20, 20, "GARAGE DES ACACIAS SA")
    sheet.font("Helvetica", 8)
    block(
        sheet,
        20,
        25,
        [
            "Agence officielle – mécanique, carrosserie, pneus",
            "Route des Acacias 54, 1227 Carouge – 022 342 18 60",
            f"IDE {folks.ch_uid_number(rng)} TVA",
        ],
        3.6,
    )
    sheet.font("Helvetica", 10)
    address = [debtor.name, street, f"{postcode} {city}"] + (["FRANCE"] if france else [])
    block(sheet, 118, 48, address, 4.8)
    sheet.font("Helvetica", 8.5)
    mobile = folks.national(phone) if not france else folks.international(phone)
    contact = [f"Natel : {mobile}"] + ([f"E-mail : {email}"] if email else [])
    block(sheet, 118, 48 + 4.8 * len(address) + 2, contact, 4.2)
    facts = [f"Facture n° {number}", f"Carouge, le {dotted(issue)}", f"N° client : {ref}"]
    block(sheet, 20, 48, facts, 4.8)
    plate = (
        f"GE {rng.randint(100000, 999999)}"
        if not france
        else f"{folks.pick(rng, 'ABCDEFG')}{folks.pick(rng, 'HJKLMN')}-{rng.randint(100, 999)}-PX"
    )
    first_reg = dt.date(rng.randint(2012, 2022), rng.randint(1, 12), rng.randint(1, 28))
    block(
        sheet,
        20,
        66,
        [
            f"Véhicule : {plate} – km {rng.randint(20000, 190000)}",
            f"1re mise en circulation : {dotted(first_reg)}",
            f"Ordre de réparation n° OR{rng.randint(1000, 9999)}",
        ],
        4.2,
    )
    y = 90.0
    row(
        sheet,
        y,
        [
            (20, "Désignation", "left"),
            (130, "Qté", "right"),
            (160, "Prix", "right"),
            (190, "Montant CHF", "right"),
        ],
    )
    y += 6
    for line in invoice.lines:
        row(
            sheet,
            y,
            [
                (20, line.description, "left"),
                (130, f"{line.quantity:g}", "right"),
                (160, ch_money(line.unit_price), "right"),
                (190, ch_money(line.amount), "right"),
            ],
        )
        y += 5
    sheet.rule(20, y, 190, y)
    y += 6
    for label, value in (
        ("Total hors TVA", invoice.net),
        ("TVA 8,1 %", invoice.vat),
        ("Total TTC", invoice.gross),
    ):
        row(sheet, y, [(115, label, "left"), (190, f"CHF {ch_money(value)}", "right")])
        y += 5
    for d in invoice.deductions:
        row(sheet, y, [(115, d.label, "left"), (190, f"CHF -{ch_money(d.amount)}", "right")])
        y += 5
    sheet.font("Helvetica", 10, bold=True)
    row(
        sheet,
        y + 1,
        [(115, "Montant dû", "left"), (190, f"CHF {ch_money(invoice.to_pay)}", "right")],
    )
    sheet.font("Helvetica", 8.5)
    y += 12
    sheet.text(20, y, terms + "." if terms else f"Payable à 30 jours, échéance le {dotted(due)}.")
    iban = folks.iban_of(rng, "CH", 17)
    payer = [debtor.name, street, f"{postcode} {city}"]
    pages: tuple[int, ...] = (1,)
    if seed in SPLIT:
        sheet.text(20, y + 5, "Le bulletin de versement QR figure en page 2.")
        sheet.new_page()
        pages = (1, 2)
    payment_part(sheet, 192, invoice, payer, iban)
    sheet.save()
    return [Piece(invoice, pages, terms)]


LAYOUT = Layout("ch_garage", "CH", "fpdf2", draw)
