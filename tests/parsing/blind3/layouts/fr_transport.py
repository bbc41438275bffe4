"""A road haulier's monthly delivery statement-invoice from its transport-management system,
Helvetica 6 pt: 40–110 delivery lines (date, consignment note, consignee town, weight) over
two or three pages with a header grid repeated on each page (Facture n°, Compte client,
Période), page totals carried over (Report), fuel surcharge, consignees' names and towns as
distractors."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Invoice, Line

from ..idioms import cents, plain_fr, slashed
from ..press import Press
from ..residents import NOMS, VILLES_FR, fr_party, show_phone
from .base import Layout, address, issued

PER_PAGE = 44


class FrTransport(Layout):
    key = "fr_transport"
    country = "FR"
    producer = "reportlab"
    seeds = 20

    def invoice(self, rng: random.Random, seed: int) -> Invoice:
        day = issued(rng).replace(day=1) - dt.timedelta(days=1)
        lines = []
        for _ in range(rng.randint(40, 110)):
            when = day.replace(day=rng.randint(1, day.day))
            postcode, city = rng.choice(VILLES_FR)
            kilos = rng.randint(30, 2400)
            lines.append(
                Line(
                    (
                        f"{slashed(when)}|LV{rng.randint(100000, 999999)}|Ets "
                        f"{rng.choice(NOMS)}|{postcode} {city}|{kilos} kg"
                    ),
                    Decimal(1),
                    cents(Decimal(38) + Decimal(kilos) * Decimal("0.071")),
                    Decimal(20),
                )
            )
        lines.sort(
            key=lambda line: line.description[6:10] + line.description[3:5] + line.description[:2]
        )
        fuel = cents(sum((line.amount for line in lines), Decimal(0)) * Decimal("0.124"))
        lines.append(Line("Surcharge carburant 12,4 %", Decimal(1), fuel, Decimal(20)))
        return Invoice(
            number=f"TR{day.year}{day.month:02d}-{rng.randint(100, 999)}",
            issue=day,
            due=day + dt.timedelta(days=rng.choice((30, 45))),
            currency="EUR",
            debtor=fr_party(
                rng,
                company=True,
                email=seed % 2 == 1,
                phone=seed % 3 == 0,
                ref=f"{rng.randint(10000, 69999)}",
                cedex=seed % 4 == 2,
            ),
            lines=lines,
            extras={"period": day.replace(day=1)},
        )

    def header(self, press: Press, inv: Invoice, page: int, pages: int) -> None:
        press.font("sans", 12, bold=True)
        press.text(12, 14, "TRANSPORTS GAUTRAND & CIE")
        press.font("sans", 6)
        press.text(
            12,
            18,
            (
                "Messagerie - affrètement - ZA de la Plaine, 69800 Saint-Priest - Tél. "
                "04 78 20 63 11 - exploitation@gautrand-transports.fr"
            ),
        )
        cells = (
            ("Facture n°", inv.number),
            ("Date", slashed(inv.issue)),
            ("Compte client", inv.debtor.customer_ref or ""),
            ("Période", f"{slashed(inv.extras['period'])} - {slashed(inv.issue)}"),
            ("Page", f"{page}/{pages}"),
        )
        x = 12
        for label, value in cells:
            width = 52 if label == "Période" else 33
            press.box(x, 22, width, 9)
            press.font("sans", 5.5)
            press.text(x + 1.5, 25, label)
            press.font("sans", 7, bold=True)
            press.text(x + 1.5, 29.5, value)
            x += width + 1

    def draw(self, press: Press, inv: Invoice) -> None:
        deliveries = inv.lines[:-1]
        chunks = [deliveries[i : i + PER_PAGE] for i in range(0, len(deliveries), PER_PAGE)]
        pages = len(chunks) + (1 if len(chunks[-1]) > PER_PAGE - 12 else 0)
        carried = Decimal(0)
        for number, chunk in enumerate(chunks, start=1):
            press.page()
            self.header(press, inv, number, pages)
            y = 38
            if number == 1:
                press.font("sans", 8)
                block = address(inv.debtor, "FR")
                for i, words in enumerate(block):
                    press.text(115, 40 + i * 4, words)
                extra = [
                    w
                    for w in (
                        inv.debtor.email,
                        inv.debtor.phone and show_phone(inv.debtor.phone, 0),
                    )
                    if w
                ]
                for i, words in enumerate(extra):
                    press.text(115, 40 + (len(block) + i) * 4 + 1, words)
                y = 72
            press.font("sans", 6, bold=True)
            for x, head in (
                (12, "Date"),
                (30, "Récépissé"),
                (50, "Destinataire"),
                (95, "Ville de livraison"),
                (150, "Poids"),
            ):
                press.text(x, y, head)
            press.text(198, y, "Montant HT", "r")
            press.rule(12, y + 1, 198, y + 1)
            press.font("sans", 6)
            if carried:
                y += 3.4
                press.text(50, y, "Report")
                press.text(198, y, plain_fr(carried), "r")
            for line in chunk:
                y += 3.4
                for x, part in zip((12, 30, 50, 95, 150), line.description.split("|"), strict=True):
                    press.text(x, y, part)
                press.text(198, y, plain_fr(line.amount), "r")
                carried += line.amount
            if number < pages:
                y += 4
                press.font("sans", 6, bold=True)
                press.text(150, y, "A reporter")
                press.text(198, y, plain_fr(carried), "r")
                press.font("sans", 6)
        if pages > len(chunks):
            press.page()
            self.header(press, inv, pages, pages)
            y = 40
        else:
            y += 6
        fuel = inv.lines[-1]
        press.font("sans", 7)
        rows = (
            ("Total prestations HT", carried),
            (fuel.description, fuel.amount),
            ("Total HT", inv.net),
            ("TVA 20 %", inv.vat),
        )
        for label, amount in rows:
            y += 4
            press.text(130, y, label)
            press.text(198, y, plain_fr(amount) + " EUR", "r")
        y += 6
        press.font("sans", 9, bold=True)
        press.text(130, y, "NET A PAYER TTC")
        press.text(198, y, plain_fr(inv.to_pay) + " EUR", "r")
        press.font("sans", 6.5)
        press.text(
            12,
            y + 8,
            (
                f"Échéance : {slashed(inv.due)} - LCR ou virement. Tout "
                "retard entraîne une indemnité de 40 EUR."
            ),
        )
