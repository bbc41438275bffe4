"""Belgian notary's statement of costs (état de frais), printed two to a file on a few seeds."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Line, Party
from tests.parsing.blind5.sheet import LabSheet, Sheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day, money
from tests.parsing.blind8.ink import block, row
from tests.parsing.blind9 import folks
from tests.parsing.blind9.desk import deduct
from tests.parsing.blind9.wording import dash, eu_money, fr_long

from ..kit import totals

COSTS = (
    ("Honoraires (barème légal)", 350, 2400, Decimal(21)),
    ("Frais de recherches et formalités", 90, 380, Decimal(21)),
    ("Frais d'expédition et de copies", 25, 120, Decimal(21)),
    ("Droits d'enregistrement", 400, 9000, Decimal(0)),
    ("Frais d'hypothèque (transcription)", 60, 330, Decimal(0)),
    ("Droit d'écriture", 50, 50, Decimal(0)),
)
RUNS = (9, 19)


def debtor(rng: random.Random, seed: int) -> tuple[Party, list[str], str]:
    first, last = folks.person(rng, folks.BE_FIRST, folks.BE_LAST)
    civility = "Madame" if first in ("Amandine", "Ludivine", "Manon", "Noémie") else "Monsieur"
    postcode, city = folks.pick(rng, folks.BE_TOWNS)
    street = f"{folks.pick(rng, folks.BE_STREETS)} {rng.randint(1, 240)}"
    if seed % 3 == 1:
        street += f" bte {rng.randint(1, 24)}"
    phone = folks.phone(rng, "BE")
    email = folks.mail(first, last, "skynet.be") if seed % 2 == 0 else None
    party = Party(
        f"{civility} {first} {last}",
        (street,),
        postcode,
        city,
        "BE",
        email=email,
        phone=folks.e164(phone),
        customer_ref=f"{rng.randint(10, 99)}.{rng.randint(100, 999)}",
    )
    return party, [party.name, street, f"{postcode} {city}"], folks.international(phone)


def page(sheet: Sheet, rng: random.Random, seed: int) -> Piece:
    issue = issue_day(rng)
    party, address, phone = debtor(rng, seed)
    lines = [
        Line(text, Decimal(1), money(rng, low, high), vat)
        for text, low, high, vat in rng.sample(COSTS, rng.randint(3, 5))
    ]
    number = f"EF/{issue:%Y}/{rng.randint(1000, 9999)}"
    at_once = seed % 4 == 0
    due = issue if at_once else issue + dt.timedelta(days=15)
    invoice = Invoice(number, issue, due, "EUR", party, lines)
    if seed % 3 != 0:
        paid = (invoice.gross * Decimal("0.6")).quantize(Decimal("1"))
        deduct(invoice, f"Provision reçue le {dash(issue - dt.timedelta(days=40))}", paid)
    sheet.font("Times", 15, bold=True)
    sheet.text(105, 18, "Étude du Notaire Hubert GILSOUL", "centre")
    sheet.font("Times", 9)
    sheet.text(105, 24, "Notaire associé – Société notariale SRL", "centre")
    sheet.text(105, 28.5, "Place Verte 14, 4800 Verviers – Tél. +32 87 22 41 90", "centre")
    sheet.text(105, 33, f"TVA {folks.be_vat_number(rng)} – RPM Liège, division Verviers", "centre")
    sheet.rule(20, 36, 190, 36)
    sheet.font("Times", 9)
    block(
        sheet,
        20,
        46,
        [
            f"Dossier : {rng.randint(2024, 2026)}/{rng.randint(100, 999)}",
            f"Acte : vente {party.name.split()[-1]} / {folks.pick(rng, folks.BE_LAST)}",
            f"Répertoire n° {rng.randint(10000, 99999)}",
            f"Votre n° de client : {party.customer_ref}",
            f"GSM : {phone}",
            f"Courriel : {party.email}" if party.email else "",
        ],
        4.4,
    )
    sheet.font("Times", 11)
    block(sheet, 115, 48, address, 5)
    sheet.font("Times", 10)
    sheet.text(115, 72, f"Verviers, le {fr_long(issue)}")
    sheet.font("Times", 13, bold=True)
    sheet.text(20, 84, f"ÉTAT DE FRAIS ET HONORAIRES n° {number}")
    sheet.font("Times", 10)
    y = 96.0
    row(sheet, y, [(20, "Poste", "left"), (150, "TVA", "right"), (190, "Montant", "right")])
    y += 6
    for line in lines:
        row(
            sheet,
            y,
            [
                (20, line.description, "left"),
                (150, f"{line.vat_rate:g} %", "right"),
                (190, eu_money(line.amount) + " €", "right"),
            ],
        )
        y += 5
    sheet.rule(110, y - 2, 190, y - 2)
    y += 3
    rows = [("Total hors TVA", eu_money(invoice.net) + " €")]
    rows += [
        (f"TVA {rate:g} % sur {eu_money(base)} €", eu_money(tax) + " €")
        for rate, (base, tax) in invoice.vat_by_rate.items()
        if rate
    ]
    rows.append(("Total de l'état", eu_money(invoice.gross) + " €"))
    rows += [(d.label, "- " + eu_money(d.amount) + " €") for d in invoice.deductions]
    y = totals(sheet, y, rows, 110, 190, 5)
    sheet.font("Times", 11, bold=True)
    row(
        sheet,
        y + 1,
        [(110, "Solde à payer", "left"), (190, eu_money(invoice.to_pay) + " €", "right")],
    )
    sheet.font("Times", 10)
    y += 14
    terms = None
    if at_once:
        terms = "Payable à réception"
        sheet.text(20, y, f"{terms} sur le compte de tiers de l'étude.")
    else:
        sheet.text(20, y, f"À payer pour le {dash(due)} au plus tard.")
    sheet.text(20, y + 5, f"IBAN {folks.iban_of(rng, 'BE', 12)} – BIC GKCCBEBB")
    sheet.text(20, y + 10, f"Communication structurée : {folks.structured_communication(rng)}")
    return Piece(invoice, terms=terms)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    sheet = LabSheet(path)
    pieces = []
    for index in range(2 if seed in RUNS else 1):
        if index:
            sheet.new_page()
        piece = page(sheet, rng, seed + index)
        pieces.append(Piece(piece.invoice, (index + 1,), piece.terms))
    sheet.save()
    return pieces


LAYOUT = Layout("be_notaire", "BE", "reportlab", draw)
