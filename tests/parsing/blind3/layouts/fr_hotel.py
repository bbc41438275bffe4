"""A hotel's folio from a property-management system in Courier: nights listed with their
dates, tourist tax outside VAT, deposit (arrhes) deducted → Solde à régler, folio and room
numbers beside the invoice number, the guest's company billed; some folios are credit notes
(AVOIR) printed positive."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line

from ..idioms import cents, plain_fr, slashed
from ..press import Press
from ..residents import fr_party, person, show_phone
from .base import Layout, address, issued, price


class FrHotel(Layout):
    key = "fr_hotel"
    country = "FR"
    producer = "fpdf2"
    seeds = 22

    def invoice(self, rng: random.Random, seed: int) -> Invoice:
        day = issued(rng)
        credit = seed % 7 == 4
        nights = rng.randint(1, 4)
        rate = price(rng, 89, 240)
        arrival = day - dt.timedelta(days=nights)
        lines = [
            Line(
                f"{slashed(arrival + dt.timedelta(days=n))} Nuitée chambre",
                Decimal(1),
                rate,
                Decimal(10),
            )
            for n in range(nights)
        ]
        if credit:
            lines = [Line("Geste commercial - nuitée", Decimal(1), rate, Decimal(10))]
        else:
            lines.append(
                Line("Petit-déjeuner buffet", Decimal(nights), Decimal("16.50"), Decimal(10))
            )
            if rng.random() < 0.5:
                lines.append(Line("Bar / restaurant", Decimal(1), price(rng, 20, 90), Decimal(20)))
            lines.append(Line("Taxe de séjour", Decimal(nights), Decimal("2.30"), Decimal(0)))
        inv = Invoice(
            number=f"{'AV' if credit else 'FA'}{rng.randint(200000, 299999)}",
            issue=day,
            due=None if credit else day + dt.timedelta(days=30),
            currency="EUR",
            debtor=fr_party(rng, company=True, phone=False, ref=f"C{rng.randint(10000, 99999)}"),
            lines=lines,
            credit_note=credit,
            extras={
                "folio": str(rng.randint(40000, 49999)),
                "room": str(rng.randint(101, 418)),
                "guest": person(rng, civility=False),
                "arrival": arrival,
            },
        )
        if not credit and seed % 3 != 2:
            inv.deductions.append(Deduction("Arrhes versées", cents(rate * Decimal("0.3"))))
        return inv

    def draw(self, press: Press, inv: Invoice) -> None:
        press.page()
        press.font("serif", 16, bold=True)
        press.text(105, 18, "Hôtel Le Cormoran ***", "c")
        press.font("serif", 8)
        press.text(105, 23, "3 quai Duguay-Trouin - 35400 Saint-Malo - Tél. 02 99 40 18 77", "c")
        press.text(105, 27, "reception@hotel-cormoran.fr - SIRET 530 117 842 00014", "c")
        press.font("mono", 9)
        for i, words in enumerate(address(inv.debtor, "FR")):
            press.text(115, 44 + i * 4.5, words)
        if inv.debtor.email:
            press.text(115, 44 + 4.5 * len(address(inv.debtor, "FR")), inv.debtor.email)
        press.font("mono", 12, bold=True)
        title = "AVOIR" if inv.credit_note else "FACTURE"
        press.text(15, 80, f"{title} N° {inv.number}")
        press.font("mono", 8.5)
        facts = (
            f"Folio      : {inv.extras['folio']}      Chambre : {inv.extras['room']}",
            f"Client     : {inv.extras['guest']}",
            f"Arrivée    : {slashed(inv.extras['arrival'])}   Départ : {slashed(inv.issue)}",
            f"Compte     : {inv.debtor.customer_ref}",
            f"Date fact. : {slashed(inv.issue)}",
        )
        for i, words in enumerate(facts):
            press.text(15, 87 + i * 4.2, words)
        y = 116
        press.text(15, y, "-" * 100)
        press.text(
            15,
            y + 4,
            "Date / Libellé                              Qté    P.U. HT   TVA    Total HT",
        )
        press.text(15, y + 8, "-" * 100)
        y += 8
        for line in inv.lines:
            y += 4.5
            press.text(15, y, line.description[:42])
            press.text(125, y, f"{line.quantity}", "r")
            press.text(148, y, plain_fr(line.unit_price), "r")
            press.text(163, y, f"{line.vat_rate}%", "r")
            press.text(194, y, plain_fr(line.amount), "r")
        press.text(15, y + 4, "-" * 100)
        y += 6
        rows = [("Total HT", inv.net)]
        rows += [(f"TVA {rate} %", tax) for rate, (_, tax) in inv.vat_by_rate.items() if rate]
        rows.append(("Total TTC EUR", inv.gross))
        rows += [(d.label, -d.amount) for d in inv.deductions]
        for label, amount in rows:
            y += 4.5
            press.text(120, y, label)
            press.text(194, y, plain_fr(amount) if amount >= 0 else "-" + plain_fr(amount), "r")
        y += 7
        press.font("mono", 10, bold=True)
        last = "Montant de l'avoir EUR" if inv.credit_note else "Solde à régler EUR"
        press.text(110, y, last)
        press.text(194, y, plain_fr(inv.to_pay), "r")
        press.font("mono", 8)
        if inv.due:
            press.text(
                15, y + 12, f"Date d'échéance : {slashed(inv.due)} - virement ou carte bancaire."
            )
        else:
            press.text(
                15, y + 12, "Avoir à valoir sur votre prochain séjour ou remboursable sur demande."
            )
        press.text(
            15,
            y + 17,
            "Réservations groupes : Mme Solenn Le Goff, " + show_phone("+33611429087", 0),
        )
