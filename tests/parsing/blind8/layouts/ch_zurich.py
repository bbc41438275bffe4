"""A Zurich translation agency's invoice in French, German habits kept, with a QR-bill part.

The place and date as "Zürich, 3.4.26" (even seeds) or "Zürich, 03.04.2026"; deliveries dated
`28.3.26`; "Natel" and e-mail under the client's address; the project manager's direct line as
a distractor; "Kunden-Nr. / N° client" beside "Votre référence" and the order date; an advance
received deducted (seeds ≡ 0 mod 3); "Payable dans les 30 jours, échéance 03.05.2026", or
"Zahlbar innert 30 Tagen / payable dans les 30 jours" with no date (odd seeds); CHF 1'234.50;
the payment part repeating the client under "Payable par".
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Deduction, Invoice, Line, Party
from tests.parsing.blind5.sheet import FpdfSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day

from .. import folks
from ..ink import block, row
from ..wording import ch_money, dotted, dotted_short

TERMS = "Zahlbar innert 30 Tagen / payable dans les 30 jours"
JOBS = (
    ("Traduction DE>FR – rapport annuel", 1800, 6000),
    ("Traduction EN>FR – contrat cadre", 900, 3500),
    ("Relecture et révision – site web", 600, 2500),
    ("Traduction DE>FR – notice technique", 1200, 4000),
)


def make(rng: random.Random, seed: int) -> tuple[Invoice, str]:
    civility, first, last = folks.french_name(rng)
    postcode, city = folks.pick(rng, folks.CH_TOWNS)
    number = folks.phone(rng, "CH")
    company = seed % 2 == 0
    name = (
        f"Fiduciaire {last} SA"
        if company
        else f"{'Madame' if civility == 'Mme' else 'Monsieur'} {first} {last}"
    )
    party = Party(
        name=name,
        street=(f"{folks.pick(rng, folks.CH_STREETS)} {rng.randrange(1, 90)}",),
        postcode=postcode,
        city=city,
        country="CH",
        email=folks.email(first, last, "bluewin.ch"),
        phone=folks.e164(number),
        customer_ref=f"K-{rng.randrange(1000, 9999)}",
        business=company,
    )
    issue = issue_day(rng)
    lines = []
    for text, low, high in rng.sample(JOBS, rng.randint(1, 3)):
        words = Decimal(rng.randrange(low, high))
        lines.append(
            Line(f"{text} ({ch_money(words)[:-3]} mots)", words, Decimal("0.28"), Decimal("8.1"))
        )
    invoice = Invoice(
        f"26-{rng.randrange(100, 999):04d}",
        issue,
        issue + dt.timedelta(days=30),
        "CHF",
        party,
        lines,
    )
    advance = (invoice.gross * Decimal("0.3") / 100).quantize(Decimal(1)) * 100
    if seed % 3 == 0 and advance >= 100:
        invoice.deductions.append(Deduction("Acompte reçu", advance))
    return invoice, folks.national(number)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    sheet = FpdfSheet(path)
    invoice, natel = make(rng, seed)
    party = invoice.debtor
    sheet.font("Helvetica", 13, bold=True)
    sheet.text(20, 18, "LIMMAT SPRACHDIENSTE")
    sheet.font("Helvetica", 7)
    office = folks.international(folks.phone(rng, "CH", mobile=False))
    block(
        sheet,
        20,
        23,
        [
            "Übersetzungsbüro Limmat GmbH · Seefeldstrasse 88 · 8008 Zürich",
            f"Tel. {office} · MWST {folks.vat_number(rng, 'CH')} MWST",
        ],
        3.2,
    )
    sheet.font("Helvetica", 9)
    y = block(sheet, 120, 45, [party.name, *party.street, f"{party.postcode} {party.city}"], 4.4)
    sheet.font("Helvetica", 7.5)
    block(sheet, 120, y + 1, [f"Natel {natel}", party.email or ""], 3.8)
    place = dotted_short(invoice.issue) if seed % 2 == 0 else dotted(invoice.issue)
    sheet.text(20, 72, f"Zürich, {place}")
    sheet.font("Helvetica", 12, bold=True)
    sheet.text(20, 80, f"Facture / Rechnung Nr. {invoice.number}")
    sheet.font("Helvetica", 7.5)
    order = invoice.issue - dt.timedelta(days=rng.randrange(15, 45))
    sheet.text(
        20,
        86,
        f"Kunden-Nr. / N° client {party.customer_ref} · Votre référence : projet"
        f" {rng.choice(('Orion', 'Vega', 'Lyra'))} · commande du {dotted_short(order)}",
    )
    y = 96
    sheet.font("Helvetica", 7.5, bold=True)
    row(
        sheet,
        y,
        [
            (20, "Prestation", "left"),
            (120, "Livré le", "left"),
            (150, "Mots", "right"),
            (190, "CHF", "right"),
        ],
    )
    sheet.rule(20, y + 1.5, 190, y + 1.5)
    sheet.font("Helvetica", 7.5)
    for line in invoice.lines:
        y += 5
        delivered = invoice.issue - dt.timedelta(days=rng.randrange(1, 10))
        row(
            sheet,
            y,
            [(20, line.description.split(" (")[0], "left"), (120, dotted_short(delivered), "left")],
        )
        row(
            sheet,
            y,
            [(150, ch_money(line.quantity)[:-3], "right"), (190, ch_money(line.amount), "right")],
        )
    y += 9
    totals = [
        ("Total hors TVA", invoice.net),
        ("TVA 8,1 %", invoice.vat),
        ("Total TTC", invoice.gross),
    ]
    totals += [(d.label, -d.amount) for d in invoice.deductions]
    for label, amount in totals:
        row(sheet, y, [(115, label, "left"), (190, ch_money(amount), "right")])
        y += 4.5
    sheet.font("Helvetica", 9.5, bold=True)
    row(
        sheet,
        y + 1,
        [(115, "Montant à payer CHF", "left"), (190, ch_money(invoice.to_pay), "right")],
    )
    sheet.font("Helvetica", 7.5)
    y += 11
    assert invoice.due is not None
    if seed % 2:
        sheet.text(20, y, f"{TERMS}.")
    else:
        sheet.text(20, y, f"Payable dans les 30 jours, échéance {dotted(invoice.due)}.")
    manager = folks.international(folks.phone(rng, "CH", mobile=False))
    sheet.text(
        20,
        y + 4.5,
        f"Cheffe de projet : Regula {folks.pick(rng, ('Hüppi', 'Brändli', 'Gisler'))}, ligne"
        f" directe {manager}",
    )
    sheet.rule(0, 192, 210, 192, 0.2)
    sheet.font("Helvetica", 10, bold=True)
    sheet.text(5, 199, "Récépissé")
    sheet.text(67, 199, "Section paiement")
    sheet.font("Helvetica", 6.5)
    account = folks.iban_of(rng, "CH", 17)
    payer = [party.name, *party.street, f"{party.postcode} {party.city}"]
    block(
        sheet,
        5,
        205,
        [
            "Compte / Payable à",
            account,
            "Limmat Sprachdienste GmbH",
            "8008 Zürich",
            "",
            "Payable par",
            *payer,
        ],
        3,
    )
    block(
        sheet,
        120,
        205,
        [
            "Compte / Payable à",
            account,
            "Limmat Sprachdienste GmbH",
            "Seefeldstrasse 88",
            "8008 Zürich",
            "Payable par",
            *payer,
        ],
        3,
    )
    block(
        sheet,
        67,
        265,
        ["Monnaie   Montant", f"CHF   {ch_money(invoice.to_pay).replace(chr(39), ' ')}"],
        3.5,
    )
    sheet.save()
    return [Piece(invoice, terms=TERMS if seed % 2 else None)]


LAYOUT = Layout("ch_zurich", "CH", "fpdf2", draw)
