"""A Black Forest mail-order shop's invoice in German and French for goods bought on account.

Invoice, order and delivery dates side by side in a grid (`12.03.2026`); billing address at the
left and a delivery address at the right — a gift to someone else with that person's phone
"for DHL" on even seeds, the buyer's own on odd ones; the buyer's e-mail in a "Kundenkonto /
Compte client" line under the billing address; French, Belgian and German buyers (destination
VAT 20 %, 21 %, 19 %); a voucher and a part already paid by PayPal deducted; "Zahlbar bis /
À payer avant le" with the date; the shop's hotline; two GUTSCHRIFT / AVOIR for returned goods
printed positive; Kunden-Nr. / N° client beside Bestell-Nr.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Deduction, Invoice, Line, Party
from tests.parsing.blind5.sheet import LabSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day

from .. import folks
from ..ink import block, row
from ..wording import dotted, eu_money

CREDITS = (4, 15)
GOODS = (
    ("Kuckucksuhr „Hirschjagd“ / Coucou « chasse au cerf »", 180, 640),
    ("Schwarzwälder Schinken 1 kg / Jambon de Forêt-Noire", 24, 39),
    ("Kirschwasser 0,7 l / Eau-de-vie de cerise", 29, 52),
    ("Bollenhut-Figur, handbemalt / Figurine peinte à la main", 35, 90),
    ("Wanduhr Eiche / Pendule murale en chêne", 95, 260),
)
VAT = {"FR": Decimal(20), "BE": Decimal(21), "DE": Decimal(19)}
COUNTRY_LINES = {"FR": "Frankreich / France", "BE": "Belgien / Belgique"}


def buyer(rng: random.Random, seed: int) -> tuple[Party, str]:
    kind = seed % 5
    if kind == 3:
        first, last = folks.person(rng, folks.AT_FIRST, folks.AT_LAST)
        name = (
            f"{'Frau' if first in ('Johanna', 'Theresa', 'Magdalena') else 'Herr'} {first} {last}"
        )
        postcode, city = folks.pick(rng, folks.DE_TOWNS)
        street = f"{folks.pick(rng, folks.DE_STREETS)} {rng.randrange(1, 80)}"
        country, number, domain = "DE", folks.phone(rng, "DE"), "web.de"
    elif kind == 1:
        civility, first, last = folks.french_name(rng)
        name = f"{civility} {first} {last}"
        postcode, city = folks.pick(rng, folks.BE_TOWNS)
        street = f"Avenue des Lilas {rng.randrange(1, 120)}"
        country, number, domain = "BE", folks.phone(rng, "BE"), "telenet.be"
    else:
        civility, first, last = folks.french_name(rng)
        name = f"{civility} {first} {last}"
        postcode, city = folks.pick(rng, folks.VILLES)
        street = folks.french_street(rng)
        country, number, domain = "FR", folks.phone(rng, "FR"), "free.fr"
    party = Party(
        name=name,
        street=(street,),
        postcode=postcode,
        city=city,
        country=country,
        email=folks.email(first, last, domain),
        phone=folks.e164(number) if seed % 2 else None,
        customer_ref=str(rng.randrange(100000, 199999)),
    )
    return party, folks.international(number)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    sheet = LabSheet(path)
    party, own_phone = buyer(rng, seed)
    issue = issue_day(rng)
    credit = seed in CREDITS
    rate = VAT[party.country]
    chosen = rng.sample(GOODS, rng.randint(1, 3) if credit else rng.randint(2, 4))
    lines = [
        Line(text, Decimal(rng.randint(1, 3)), Decimal(rng.randrange(low, high)), rate)
        for text, low, high in chosen
    ]
    invoice = Invoice(
        f"{'GS' if credit else 'RE'}-2026-{rng.randrange(10000, 99999):06d}",
        issue,
        None if credit else issue + dt.timedelta(days=14),
        "EUR",
        party,
        lines,
        credit_note=credit,
    )
    if not credit and seed % 3 == 0:
        invoice.deductions.append(
            Deduction("Gutschein / Bon d'achat", Decimal(rng.choice((10, 15, 25))))
        )
    if not credit and seed % 4 == 2:
        paid = (invoice.gross * Decimal("0.4")).quantize(Decimal(1))
        invoice.deductions.append(Deduction("Bereits bezahlt (PayPal) / Déjà payé", paid))
    sheet.font("DejaVuSansCondensed", 13, bold=True)
    sheet.text(20, 18, "Schwarzwald Manufaktur")
    sheet.font("DejaVuSansCondensed", 6.5)
    hotline = folks.international(folks.phone(rng, "DE", mobile=False))
    block(
        sheet,
        20,
        22.5,
        [
            "Schwarzwald Manufaktur Versand GmbH · Kaiser-Joseph-Straße 212 · 79098 Freiburg",
            f"USt-IdNr. {folks.vat_number(rng, 'DE')} · HRB {rng.randrange(700000, 799999)}"
            f" Freiburg · Kundenservice / Service client {hotline}",
        ],
        3,
    )
    sheet.font("DejaVuSansCondensed", 6.5, bold=True)
    sheet.text(20, 38, "RECHNUNGSADRESSE / ADRESSE DE FACTURATION")
    sheet.text(112, 38, "LIEFERADRESSE / ADRESSE DE LIVRAISON")
    sheet.font("DejaVuSansCondensed", 8.5)
    town = f"{party.postcode} {party.city}"
    y = block(
        sheet, 20, 43, [party.name, *party.street, town, COUNTRY_LINES.get(party.country, "")], 4
    )
    sheet.font("DejaVuSansCondensed", 7)
    sheet.text(20, y + 1, f"Kundenkonto / Compte client : {party.email}")
    if seed % 2 == 0:
        civility, first, last = folks.french_name(rng)
        gift_town = folks.pick(rng, folks.VILLES)
        gift_phone = folks.international(folks.phone(rng, "FR"))
        ship = [
            f"{civility} {first} {last}",
            folks.french_street(rng),
            f"{gift_town[0]} {gift_town[1]}",
        ]
        ship.append(f"Tel. für DHL / pour DHL : {gift_phone}")
    else:
        ship = ["identisch / identique", f"Tel. für DHL / pour DHL : {own_phone}"]
    sheet.font("DejaVuSansCondensed", 8.5)
    block(sheet, 112, 43, ship, 4)
    sheet.font("DejaVuSansCondensed", 12, bold=True)
    title = "GUTSCHRIFT / AVOIR" if credit else "RECHNUNG / FACTURE"
    sheet.text(20, 72, f"{title} {invoice.number}")
    sheet.font("DejaVuSansCondensed", 7)
    ordered = issue - dt.timedelta(days=rng.randrange(2, 9))
    delivered = issue - dt.timedelta(days=rng.randrange(0, 2))
    grid = [
        ("Datum / Date", dotted(issue)),
        ("Kunden-Nr. / N° client", party.customer_ref or ""),
        ("Bestell-Nr. / Commande", f"302-{rng.randrange(10**6, 10**7)}"),
        ("Bestellt / Commandé le", dotted(ordered)),
        ("Geliefert / Livré le", dotted(delivered)),
    ]
    for index, (label, value) in enumerate(grid):
        sheet.box(20 + index * 34, 76, 34, 10, grey=0.93)
        row(sheet, 79.5, [(21.5 + index * 34, label, "left")])
        row(sheet, 84, [(21.5 + index * 34, value, "left")])
    y = 96
    sheet.font("DejaVuSansCondensed", 7.5, bold=True)
    row(sheet, y, [(20, "Artikel / Article", "left"), (130, "Menge", "right")])
    row(sheet, y, [(158, "Einzelpreis", "right"), (190, "Netto / HT", "right")])
    sheet.rule(20, y + 1.5, 190, y + 1.5)
    sheet.font("DejaVuSansCondensed", 7.5)
    for line in invoice.lines:
        y += 5
        row(sheet, y, [(20, line.description, "left"), (130, f"{line.quantity}", "right")])
        row(sheet, y, [(158, eu_money(line.unit_price), "right")])
        row(sheet, y, [(190, f"{eu_money(line.amount)} €", "right")])
    y += 10
    totals = [("Netto / Total HT", invoice.net), (f"MwSt. / TVA {rate} %", invoice.vat)]
    totals += [("Brutto / Total TTC", invoice.gross)]
    totals += [(d.label, -d.amount) for d in invoice.deductions]
    for label, amount in totals:
        row(sheet, y, [(110, label, "left"), (190, f"{eu_money(amount)} €", "right")])
        y += 4.5
    sheet.font("DejaVuSansCondensed", 9.5, bold=True)
    final = "Gutschriftbetrag / Montant de l'avoir" if credit else "Offener Betrag / Reste à payer"
    row(sheet, y + 1, [(110, final, "left"), (190, f"{eu_money(invoice.to_pay)} €", "right")])
    sheet.font("DejaVuSansCondensed", 7.5)
    y += 12
    if invoice.due is None:
        sheet.text(
            20, y, "Erstattung auf Ihr PayPal-Konto / Remboursement sur votre compte PayPal."
        )
    else:
        sheet.text(20, y, "Kauf auf Rechnung / Achat sur facture – Zahlungsziel 14 Tage / 14 jours")
        sheet.text(20, y + 4.5, f"Zahlbar bis / À payer avant le {dotted(invoice.due)}")
    sheet.text(20, y + 9, f"IBAN {folks.iban_of(rng, 'DE', 18)} · BIC SOLADES1FRB")
    sheet.save()
    return [Piece(invoice)]


LAYOUT = Layout("de_versand", "DE", "reportlab", draw)
