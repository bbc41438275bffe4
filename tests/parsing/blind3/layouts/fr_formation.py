"""A training organisation's invoice (organisme de formation) from a course-management web
app in DejaVu: VAT-exempt training, the OPCO's direct share deducted → Reste à charge de
l'entreprise, the invoice number on the title line with the convention and activity
declaration numbers close by, Code client in a side panel, trainees listed as name
distractors."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line

from ..idioms import cents, euros, long_fr, slashed
from ..press import Press
from ..residents import fr_party, person, show_phone
from .base import Layout, address, issued, price

COURSES = (
    "Habilitation électrique B1V-BR",
    "Sauveteur secouriste du travail (SST)",
    "Excel avancé - tableaux croisés",
    "Management d'équipe - niveau 1",
    "CACES R489 catégorie 3",
    "Anglais professionnel - 20 h",
)
OPCOS = ("OPCO Atlas", "OPCO EP", "AKTO", "OPCO 2i", "Constructys")


class FrFormation(Layout):
    key = "fr_formation"
    country = "FR"
    producer = "fpdf2"
    seeds = 22

    def invoice(self, rng: random.Random, seed: int) -> Invoice:
        day = issued(rng)
        course = rng.choice(COURSES)
        trainees = [person(rng, civility=False) for _ in range(rng.randint(1, 3))]
        lines = [
            Line(
                f"{course} - {name}",
                Decimal(rng.choice((1, 2, 3))),
                price(rng, 250, 690),
                Decimal(0),
                "jour",
            )
            for name in trainees
        ]
        lines.append(
            Line(
                "Frais de support pédagogique", Decimal(len(trainees)), Decimal("35.00"), Decimal(0)
            )
        )
        inv = Invoice(
            number=f"FC{day.strftime('%y%m')}-{rng.randint(1, 999):03d}",
            issue=day,
            due=day + dt.timedelta(days=30),
            currency="EUR",
            debtor=fr_party(
                rng, company=True, ref=f"ENT-{rng.randint(1000, 9999)}", cedex=seed % 6 == 1
            ),
            lines=lines,
            extras={
                "convention": f"CV-{day.year}-{rng.randint(100, 999)}",
                "opco": rng.choice(OPCOS),
                "start": day - dt.timedelta(days=rng.randint(5, 20)),
            },
        )
        if seed % 4 != 3:
            share = cents(inv.gross * Decimal(rng.choice((40, 50, 60, 75))) / 100)
            inv.deductions.append(
                Deduction(f"Prise en charge {inv.extras['opco']} (subrogation)", share)
            )
        return inv

    def draw(self, press: Press, inv: Invoice) -> None:
        press.page()
        press.box(0, 0, 210, 30, shade=0.93)
        press.font("dejavu", 15, bold=True)
        press.text(14, 14, "Formalis Compétences")
        press.font("dejavu", 7)
        press.text(
            14,
            19,
            "12 avenue de la Forêt-Noire, 67000 Strasbourg · 03 88 24 61 90 · contact@formalis.fr",
        )
        press.text(
            14,
            23,
            (
                "Déclaration d'activité n° 44 67 08124 67 (ne vaut pas "
                "agrément de l'État) · SIRET 849 221 307 00019"
            ),
        )
        press.font("dejavu", 13, bold=True)
        press.text(14, 44, f"Facture n° {inv.number}")
        press.font("dejavu", 8)
        press.text(
            14,
            50,
            (
                f"Émise le {long_fr(inv.issue)} · Convention de "
                f"formation n° {inv.extras['convention']}"
            ),
        )
        press.text(14, 55, f"Session du {slashed(inv.extras['start'])}")
        press.box(14, 62, 70, 26)
        panel = (
            ("Code client", inv.debtor.customer_ref or ""),
            ("Financeur", inv.extras["opco"]),
            ("Échéance", slashed(inv.due) if inv.due else ""),
        )
        for i, (label, value) in enumerate(panel):
            press.font("dejavu", 7)
            press.text(17, 68 + i * 7, label)
            press.font("dejavu", 8.5, bold=True)
            press.text(42, 68 + i * 7, value)
        press.font("dejavu", 7)
        press.text(110, 40, "FACTURÉ À")
        press.font("dejavu", 9)
        block = address(inv.debtor, "FR")
        for i, words in enumerate(block):
            press.text(110, 46 + i * 4.6, words)
        y = 46 + len(block) * 4.6 + 1
        press.font("dejavu", 7.5)
        if inv.debtor.email:
            press.text(110, y, inv.debtor.email)
        if inv.debtor.phone:
            press.text(110, y + 4, "Tél. " + show_phone(inv.debtor.phone, 1))
        y = 100
        press.font("dejavu", 7.5, bold=True)
        press.box(14, y - 4.5, 182, 6.5, shade=0.85)
        for x, head, align in (
            (16, "Action de formation / stagiaire", "l"),
            (140, "Jours", "r"),
            (165, "Prix jour", "r"),
            (194, "Montant", "r"),
        ):
            press.text(x, y, head, align)
        press.font("dejavu", 7.5)
        for line in inv.lines:
            y += 6
            press.text(16, y, line.description)
            press.text(140, y, str(line.quantity), "r")
            press.text(165, y, euros(line.unit_price), "r")
            press.text(194, y, euros(line.amount), "r")
        y += 10
        press.font("dejavu", 8.5)
        rows = [("Total HT", euros(inv.net)), ("TVA", "exonérée"), ("Total TTC", euros(inv.gross))]
        rows += [(d.label, "- " + euros(d.amount)) for d in inv.deductions]
        for label, value in rows:
            press.text(110, y, label)
            press.text(194, y, value, "r")
            y += 5.5
        press.font("dejavu", 10, bold=True)
        press.text(110, y + 2, "Reste à charge de l'entreprise")
        press.text(194, y + 2, euros(inv.to_pay), "r")
        press.font("dejavu", 6.5)
        press.text(14, y + 14, "Exonération de TVA - article 261-4-4° a du CGI.")
        press.text(
            14,
            y + 18,
            "Votre conseillère : Mme Laure Kieffer · "
            + show_phone("+33788214455", 2)
            + " · laure.kieffer@formalis.fr",
        )
        press.text(
            14,
            y + 22,
            "Pénalités de retard : 3 fois le taux d'intérêt légal ; indemnité forfaitaire de 40 €.",
        )
