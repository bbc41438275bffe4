"""An IT services firm billing consultants by the day (régie), Helvetica from fpdf2: the
invoice on page 1 and the signed time sheet (relevé d'activité, 6 pt, one row per day) on
page 2; Votre n° client beside a purchase-order number; "45 jours fin de mois" terms with
the date; some documents are credit notes (AVOIR) printed positive, quoting the invoice
they cancel."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Invoice, Line

from ..idioms import euros, slashed
from ..press import Press
from ..residents import fr_party, person, show_phone
from .base import Layout, address, issued

ROLES = (
    "Développeur Python senior",
    "Architecte cloud",
    "Chef de projet technique",
    "Ingénieur DevOps",
)


class FrRegie(Layout):
    key = "fr_regie"
    country = "FR"
    producer = "fpdf2"
    seeds = 22

    def invoice(self, rng: random.Random, seed: int) -> Invoice:
        day = issued(rng)
        credit = seed % 6 == 5
        consultants = [
            (person(rng, civility=False), rng.choice(ROLES)) for _ in range(rng.randint(1, 2))
        ]
        lines = [
            Line(
                f"{role} - {name}",
                Decimal(rng.randint(2, 6) if credit else rng.randint(12, 21)),
                Decimal(rng.choice((450, 520, 580, 650, 720))),
                Decimal(20),
                "j",
            )
            for name, role in consultants
        ]
        end_of_month = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(
            days=1
        )
        return Invoice(
            number=f"{'AV' if credit else 'F'}-{day.year}{rng.randint(10000, 99999)}",
            issue=day,
            due=None if credit else end_of_month + dt.timedelta(days=45),
            currency="EUR",
            debtor=fr_party(
                rng,
                company=True,
                phone=seed % 2 == 0,
                ref=f"{rng.randint(41100000, 41199999)}",
                cedex=seed % 5 == 2,
            ),
            lines=lines,
            credit_note=credit,
            extras={
                "order": f"PO-{rng.randint(4500000000, 4599999999)}",
                "cancels": f"F-{day.year}{rng.randint(10000, 99999)}",
                "month": day.replace(day=1) - dt.timedelta(days=1),
            },
        )

    def draw(self, press: Press, inv: Invoice) -> None:
        multi = not inv.credit_note
        press.page()
        press.font("sans", 16, bold=True)
        press.text(15, 20, "NUMERIS CONSULTING")
        press.font("sans", 7.5)
        press.text(15, 25, "SAS au capital de 150 000 € - 88 rue de la Villette, 69003 Lyon")
        press.text(15, 29, "04 72 33 90 18 - adv@numeris-consulting.fr - RCS Lyon 901 442 310")
        press.font("sans", 9)
        block = address(inv.debtor, "FR")
        for i, words in enumerate(block):
            press.text(115, 45 + i * 4.8, words)
        y = 45 + len(block) * 4.8 + 1
        press.font("sans", 7.5)
        contacts = [
            c for c in (inv.debtor.email, inv.debtor.phone and show_phone(inv.debtor.phone, 1)) if c
        ]
        if contacts:
            press.text(115, y, " / ".join(contacts))
        press.font("sans", 13, bold=True)
        title = f"AVOIR N° {inv.number}" if inv.credit_note else f"FACTURE N° {inv.number}"
        press.text(15, 85, title)
        press.font("sans", 8.5)
        facts = [
            f"Date : {slashed(inv.issue)}",
            f"Votre n° client : {inv.debtor.customer_ref}",
            f"Votre commande : {inv.extras['order']}",
        ]
        if inv.credit_note:
            facts.append(f"Annule et remplace partiellement la facture {inv.extras['cancels']}")
        else:
            first = inv.extras["month"].replace(day=1)
            facts.append(f"Période : {slashed(first)} au {slashed(inv.extras['month'])}")
        for i, words in enumerate(facts):
            press.text(15, 92 + i * 4.6, words)
        y = 118
        press.font("sans", 8, bold=True)
        press.rule(15, y - 4, 195, y - 4)
        for x, head, align in (
            (15, "Prestation", "l"),
            (130, "Jours", "r"),
            (160, "TJM HT", "r"),
            (195, "Total HT", "r"),
        ):
            press.text(x, y, head, align)
        press.rule(15, y + 1.5, 195, y + 1.5)
        press.font("sans", 8.5)
        for line in inv.lines:
            y += 6
            press.text(15, y, line.description)
            press.text(130, y, str(line.quantity), "r")
            press.text(160, y, euros(line.unit_price), "r")
            press.text(195, y, euros(line.amount), "r")
        y += 10
        for label, amount in (("Total HT", inv.net), ("TVA 20 %", inv.vat)):
            press.text(130, y, label)
            press.text(195, y, euros(amount), "r")
            y += 5
        press.font("sans", 10, bold=True)
        press.text(130, y + 2, "Total TTC de l'avoir" if inv.credit_note else "Net à payer TTC")
        press.text(195, y + 2, euros(inv.to_pay), "r")
        press.font("sans", 8)
        if inv.due:
            press.text(
                15,
                y + 16,
                (
                    "Conditions : 45 jours fin de mois, soit le "
                    f"{slashed(inv.due)}. Escompte pour paiement anticipé : néant."
                ),
            )
            press.text(15, y + 21, "Relevé d'activité signé en page 2.")
        else:
            press.text(
                15,
                y + 16,
                "Montant porté au crédit de votre compte, imputable sur vos prochaines factures.",
            )
        press.text(15, 280, f"Page 1/{2 if multi else 1}")
        if multi:
            self.timesheet(press, inv)

    def timesheet(self, press: Press, inv: Invoice) -> None:
        press.page()
        press.font("sans", 11, bold=True)
        press.text(15, 18, f"Relevé d'activité - facture {inv.number}")
        press.font("sans", 6)
        y = 26
        last = inv.extras["month"]
        for line in inv.lines:
            press.text(15, y, line.description)
            worked = 0
            day = last.replace(day=1)
            while worked < int(line.quantity) and day <= last:
                if day.weekday() < 5:
                    y += 3.2
                    press.text(20, y, slashed(day))
                    press.text(45, y, "1,0 j")
                    press.text(60, y, "Sprint run / support applicatif")
                    worked += 1
                day += dt.timedelta(days=1)
            y += 6
        press.text(15, y + 4, "Validé par le responsable client (signature électronique).")
        press.text(15, 280, "Page 2/2")
