"""A Tyrolean ski hotel's bill in German and French to its guests.

Labels in both languages (`Datum / Date`), the issue date as `3. März 2026`, arrival and
departure as `14.02.2026`, the booking date and a ski pass's days as distractors; Austrian VAT
10 % / 13 % / 20 %; the deposit received deducted → Offener Betrag / Solde à payer; "Zahlbar
bis / Payable jusqu'au 17. März 2026", or "Zahlbar sofort / Payable immédiatement" with no date
(seeds ≡ 3 mod 4: the issue date); French and Belgian guests written `F-69002 Lyon` /
`B-4000 Liège` on odd seeds, with a FRANKREICH / FRANCE line last on even ones, Austrian
guests at home; "Mobil / Portable" and e-mail in the guest box; the ski school's phone as a
distractor; Gast-Nr. / N° client beside the room and booking numbers; a GUTSCHRIFT / AVOIR
printed positive on seed 10.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Deduction, Invoice, Line, Party
from tests.parsing.blind5.sheet import LabSheet
from tests.parsing.blind7.bill import Layout, Piece

from .. import folks
from ..ink import block, row
from ..wording import at_long, dotted, eu_money

CREDIT = 10
TERMS = "Zahlbar sofort / Payable immédiatement"
COUNTRY_LINES = {"FR": "FRANKREICH / FRANCE", "BE": "BELGIEN / BELGIQUE"}
PREFIX = {"FR": "F-", "BE": "B-"}


def make(rng: random.Random, seed: int) -> tuple[Invoice, dict[str, object]]:
    kind = seed % 5
    if kind == 4:
        first, last = folks.person(rng, folks.AT_FIRST, folks.AT_LAST)
        postcode, city = folks.pick(rng, folks.AT_TOWNS)
        street = (
            f"{folks.pick(rng, folks.AT_STREETS)} {rng.randrange(1, 60)}/{rng.randrange(1, 12)}"
        )
        country, name, number = "AT", f"Familie {first} {last}", folks.phone(rng, "AT")
        mail = folks.email(first, last, "gmx.at")
    elif kind == 2:
        civility, first, last = folks.french_name(rng)
        postcode, city = folks.pick(rng, folks.BE_TOWNS)
        street = f"Rue des Armuriers {rng.randrange(1, 90)}"
        country, name, number = "BE", f"{civility} {first} {last}", folks.phone(rng, "BE")
        mail = folks.email(first, last, "skynet.be")
    else:
        civility, first, last = folks.french_name(rng)
        postcode, city = folks.pick(rng, folks.VILLES)
        street = folks.french_street(rng)
        country, name, number = "FR", f"{civility} {first} {last}", folks.phone(rng, "FR")
        mail = folks.email(first, last, "orange.fr")
    party = Party(
        name=name,
        street=(street,),
        postcode=postcode,
        city=city,
        country=country,
        email=mail,
        phone=folks.e164(number),
        customer_ref=str(rng.randrange(40000, 49999)),
    )
    arrival = dt.date(2026, rng.choice((1, 2, 3, 12)), rng.randint(1, 20))
    nights = rng.choice((4, 5, 7))
    departure = arrival + dt.timedelta(days=nights)
    issue = departure
    credit = seed == CREDIT
    guests = rng.randint(2, 4)
    if credit:
        lines = [
            Line(
                "Gutschrift Wellness-Gutschein / Avoir bon bien-être",
                Decimal(1),
                Decimal(rng.randrange(60, 150)),
                Decimal(20),
            )
        ]
    else:
        lines = [
            Line(
                f"Halbpension / Demi-pension {nights} Nächte / nuits",
                Decimal(nights * guests),
                Decimal(rng.randrange(95, 180)),
                Decimal(10),
            ),
            Line(
                "Skipass Zillertal Arena 6 Tage / jours",
                Decimal(guests),
                Decimal(rng.randrange(290, 340)),
                Decimal(13),
            ),
            Line("Getränke / Boissons", Decimal(1), Decimal(rng.randrange(40, 260)), Decimal(20)),
        ]
    immediate = seed % 4 == 3
    due = None if credit else issue if immediate else issue + dt.timedelta(days=14)
    invoice = Invoice(
        f"{issue.year}/{rng.randrange(1000, 9999)}",
        issue,
        due,
        "EUR",
        party,
        lines,
        credit_note=credit,
    )
    booked = arrival - dt.timedelta(days=rng.randrange(40, 160))
    if not credit:
        invoice.deductions.append(
            Deduction(
                f"Anzahlung / Acompte erhalten am {dotted(booked + dt.timedelta(days=5))}",
                Decimal(rng.randrange(300, 800)),
            )
        )
    printed = folks.international(number)
    return invoice, {
        "arrival": arrival,
        "departure": departure,
        "booked": booked,
        "phone": printed,
        "immediate": immediate,
    }


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    sheet = LabSheet(path)
    invoice, extras = make(rng, seed)
    party = invoice.debtor
    reception = folks.international(folks.phone(rng, "AT", mobile=False))
    sheet.font("Helvetica", 15, bold=True)
    sheet.text(105, 18, "HOTEL ALPENROSE ****", "centre")
    sheet.font("Helvetica", 7)
    sheet.text(
        105, 23, "Alpenrose Gerlos GmbH · Gerlos 188 · 6281 Gerlos · Tirol · Österreich", "centre"
    )
    sheet.text(
        105,
        26.5,
        f"UID {folks.vat_number(rng, 'AT')} · FN {rng.randrange(100000, 999999)}k · Tel."
        f" {reception}",
        "centre",
    )
    sheet.font("Helvetica", 9)
    prefix = PREFIX.get(party.country, "") if seed % 2 else ""
    lines = [party.name, *party.street, f"{prefix}{party.postcode} {party.city}"]
    if not prefix:
        lines.append(COUNTRY_LINES.get(party.country, ""))
    block(sheet, 20, 45, lines, 4.4)
    sheet.box(125, 40, 68, 20)
    sheet.font("Helvetica", 7.5)
    block(
        sheet,
        128,
        44.5,
        ["Gast / Client", f"Mobil / Portable : {extras['phone']}", f"E-Mail : {party.email}"],
        4.2,
    )
    sheet.font("Helvetica", 12, bold=True)
    sheet.text(
        20,
        76,
        f"{'GUTSCHRIFT / AVOIR' if invoice.credit_note else 'RECHNUNG / FACTURE'} Nr."
        f" {invoice.number}",
    )
    sheet.font("Helvetica", 7.5)
    arrival, departure, booked = extras["arrival"], extras["departure"], extras["booked"]
    assert (
        isinstance(arrival, dt.date)
        and isinstance(departure, dt.date)
        and isinstance(booked, dt.date)
    )
    grid = [
        ("Datum / Date", at_long(invoice.issue)),
        ("Gast-Nr. / N° client", party.customer_ref or ""),
        ("Zimmer / Chambre", str(rng.randrange(101, 340))),
        ("Anreise / Arrivée", dotted(arrival)),
        ("Abreise / Départ", dotted(departure)),
        ("Buchung / Réservation", f"B{rng.randrange(10000, 99999)} vom {dotted(booked)}"),
    ]
    for index, (label, value) in enumerate(grid):
        x = 20 + (index % 3) * 57
        y = 83 + (index // 3) * 10
        row(sheet, y, [(x, label, "left")])
        row(sheet, y + 4, [(x, value, "left")])
    y = 110
    sheet.font("Helvetica", 7.5, bold=True)
    row(
        sheet,
        y,
        [
            (20, "Leistung / Prestation", "left"),
            (130, "Menge", "right"),
            (150, "MwSt", "right"),
            (190, "Netto / HT", "right"),
        ],
    )
    sheet.rule(20, y + 1.5, 190, y + 1.5)
    sheet.font("Helvetica", 7.5)
    for line in invoice.lines:
        y += 5
        row(sheet, y, [(20, line.description, "left"), (130, f"{line.quantity}", "right")])
        row(sheet, y, [(150, f"{line.vat_rate} %", "right"), (190, eu_money(line.amount), "right")])
    y += 10
    totals = [("Netto / Total HT", invoice.net)]
    totals += [(f"MwSt / TVA {rate} %", tax) for rate, (_, tax) in invoice.vat_by_rate.items()]
    totals += [("Gesamt / Total TTC", invoice.gross)] + [
        (d.label, -d.amount) for d in invoice.deductions
    ]
    for label, amount in totals:
        row(sheet, y, [(105, label, "left"), (190, f"€ {eu_money(amount)}", "right")])
        y += 4.5
    sheet.font("Helvetica", 9.5, bold=True)
    final = (
        "Gutschrift / Montant de l'avoir"
        if invoice.credit_note
        else "Offener Betrag / Solde à payer"
    )
    row(sheet, y + 1, [(105, final, "left"), (190, f"€ {eu_money(invoice.to_pay)}", "right")])
    sheet.font("Helvetica", 7.5)
    y += 12
    terms = None
    if invoice.due is None:
        sheet.text(
            20,
            y,
            "Wird beim nächsten Aufenthalt verrechnet / Déduit lors de votre prochain séjour.",
        )
    elif extras["immediate"]:
        sheet.text(20, y, f"{TERMS} – Kreditkarte oder Überweisung / carte ou virement.")
        terms = TERMS
    else:
        sheet.text(20, y, f"Zahlbar bis / Payable jusqu'au {at_long(invoice.due)}")
    school = folks.international(folks.phone(rng, "AT"))
    sheet.text(20, y + 4.5, f"Skischule Gerlos – Kurse / cours : {school}")
    sheet.text(20, y + 9, f"IBAN {folks.iban_of(rng, 'AT', 16)} · BIC RZTIAT22")
    sheet.save()
    return [Piece(invoice, terms=terms)]


LAYOUT = Layout("at_hotel", "AT", "reportlab", draw)
