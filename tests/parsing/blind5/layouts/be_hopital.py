"""A Liège clinic's patient invoice: the mutuality's share (tiers payant) deducted.

Structured communication +++123/4567/89012+++ with its mod-97 check; "À payer avant le"
(dd-mm-yyyy); three money columns (total, mutualité, à charge du patient); Réf. client in an
info box beside the stay and patient numbers (distractors); the patient (a child, on some
seeds) differs from the person billed; Belgian street-then-number with "bte"; debtors living
in France with a FRANCE line; GSM below the address on some.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from ..people import PRENOMS, e164, email_of, french_name, international, phone, pick
from ..sheet import Sheet
from ..wording import dashed, french
from .base import Layout, issue_day, money

RUES = ("Rue Saint-Gilles", "Boulevard de la Sauvenière", "Rue des Guillemins", "Quai de Rome")
RUES += ("Avenue de l'Observatoire", "Rue Hors-Château", "Rue du Laveu")
VILLES_BE = (
    ("4000", "Liège"),
    ("4020", "Liège"),
    ("4100", "Seraing"),
    ("4800", "Verviers"),
    ("4500", "Huy"),
    ("4600", "Visé"),
    ("4040", "Herstal"),
)
VILLES_FR = (("08600", "Givet"), ("08000", "Charleville-Mézières"), ("59600", "Maubeuge"))
ACTES = (
    ("Honoraires consultation spécialiste", 45, 70, Decimal("0.75")),
    ("Imagerie médicale (RX thorax)", 30, 60, Decimal("0.85")),
    ("Biologie clinique - forfait", 20, 45, Decimal("0.9")),
    ("Séjour en hôpital de jour", 120, 260, Decimal("0.8")),
    ("Supplément chambre particulière", 60, 120, Decimal("0")),
    ("Produits pharmaceutiques", 15, 70, Decimal("0.6")),
)


def communication(rng: random.Random) -> str:
    base = rng.randrange(10**9, 10**10)
    check = base % 97 or 97
    text = f"{base:010d}{check:02d}"
    return f"+++{text[:3]}/{text[3:7]}/{text[7:]}+++"


def make(rng: random.Random, seed: int) -> Invoice:
    civility, first, last = french_name(rng)
    abroad = seed % 5 == 2
    if abroad:
        postcode, city = pick(rng, VILLES_FR)
        street = (f"{rng.randrange(1, 90)} rue de la Meuse",)
    else:
        postcode, city = pick(rng, VILLES_BE)
        box = f" bte {rng.randrange(1, 20)}" if seed % 3 == 0 else ""
        street = (f"{pick(rng, RUES)} {rng.randrange(1, 200)}{box}",)
    gsm = phone(rng, "FR" if abroad else "BE") if seed % 2 else None
    civil = {"Mme": "Madame", "M.": "Monsieur"}[civility]
    debtor = Party(
        name=f"{civil} {last.upper()} {first}",
        street=street,
        postcode=postcode,
        city=city,
        country="FR" if abroad else "BE",
        phone=e164(gsm) if gsm else None,
        email=email_of(first, last, rng) if seed % 4 == 1 else None,
        customer_ref=f"{rng.randrange(1000000, 9999999)}",
    )
    acts = rng.sample(ACTES, rng.randrange(2, 5))
    lines = [
        Line(name, Decimal(1), money(rng, low, high), Decimal(0)) for name, low, high, _ in acts
    ]
    share = sum(
        (round(line.amount * part, 2) for line, (_, _, _, part) in zip(lines, acts, strict=True)),
        Decimal(0),
    )
    issue = issue_day(rng)
    invoice = Invoice(
        number=f"{issue.year}/{rng.randrange(100000, 999999):07d}",
        issue=issue,
        due=issue + dt.timedelta(days=rng.choice((21, 30, 45))),
        currency="EUR",
        debtor=debtor,
        lines=lines,
        deductions=[Deduction("Intervention mutualité (tiers payant)", share)],
    )
    child = seed % 3 == 1
    invoice.extras.update(
        parts=[
            round(line.amount * part, 2) for line, (_, _, _, part) in zip(lines, acts, strict=True)
        ],
        patient=f"{pick(rng, PRENOMS)} {last.upper()}" if child else f"{first} {last.upper()}",
        stay=f"{rng.randrange(10**7, 10**8)}",
        stay_day=issue - dt.timedelta(days=rng.randrange(15, 60)),
        gsm=gsm,
        comm=communication(rng),
    )
    return invoice


def draw(sheet: Sheet, invoice: Invoice) -> None:
    debtor = invoice.debtor
    extras = invoice.extras
    sheet.font("Times", 15, bold=True)
    sheet.text(18, 20, "Clinique Saint-Remacle")
    sheet.font("Times", 8)
    sheet.text(18, 25, "ASBL · Boulevard d'Avroy 212 · 4000 Liège · Tél. 04 224 81 11")
    sheet.text(18, 29, "BCE 0412.356.778 · Service facturation patients : 04 224 85 60")
    sheet.font("Times", 10)
    block = [debtor.name, *debtor.street, f"{debtor.postcode} {debtor.city}"]
    if debtor.country == "FR":
        block.append("FRANCE")
    y = 55.0
    for line in block:
        sheet.text(112, y, line)
        y += 4.8
    sheet.font("Times", 8.5)
    if extras["gsm"]:
        sheet.text(112, y + 2, f"GSM : {international(extras['gsm'])}")
        y += 4.4
    if debtor.email:
        sheet.text(112, y + 2, debtor.email)
    sheet.box(18, 48, 78, 30)
    facts = (
        ("Facture n°", invoice.number),
        ("Date", dashed(invoice.issue)),
        ("Réf. client", debtor.customer_ref or ""),
        ("N° de séjour", extras["stay"]),
        ("Patient", extras["patient"]),
        ("Admission", dashed(extras["stay_day"])),
    )
    for n, (label, value) in enumerate(facts):
        sheet.text(21, 53 + 4.3 * n, label)
        sheet.text(45, 53 + 4.3 * n, value)
    sheet.font("Times", 13, bold=True)
    sheet.text(18, 92, "FACTURE PATIENT")
    sheet.font("Times", 9, bold=True)
    y = 104.0
    sheet.text(18, y, "Prestation")
    sheet.text(135, y, "Montant", "right")
    sheet.text(162, y, "Mutualité", "right")
    sheet.text(192, y, "À votre charge", "right")
    sheet.rule(18, y + 1.5, 192, y + 1.5)
    sheet.font("Times", 9)
    y += 6
    for line, part in zip(invoice.lines, extras["parts"], strict=True):
        sheet.text(18, y, line.description)
        sheet.text(135, y, french(line.amount), "right")
        sheet.text(162, y, french(part), "right")
        sheet.text(192, y, french(line.amount - part), "right")
        y += 5
    sheet.rule(18, y - 2, 192, y - 2)
    y += 4
    rows = [
        ("Total des prestations", f"{french(invoice.gross)} €"),
        ("Intervention de votre mutualité", f"- {french(invoice.deductions[0].amount)} €"),
    ]
    for label, value in rows:
        sheet.text(110, y, label)
        sheet.text(192, y, value, "right")
        y += 5
    sheet.font("Times", 11, bold=True)
    sheet.text(110, y + 1, "Montant à payer")
    sheet.text(192, y + 1, f"{french(invoice.to_pay)} €", "right")
    sheet.font("Times", 9)
    y += 14
    due = dashed(invoice.due) if invoice.due else ""
    sheet.text(18, y, f"À payer avant le {due} sur le compte BE68 5390 0754 7034,")
    sheet.text(18, y + 4.6, f"avec la communication structurée {extras['comm']}.")
    sheet.text(18, y + 9.2, "Prestations exonérées de TVA (art. 44 § 2, 1° du Code de la TVA).")


LAYOUT = Layout("be_hopital", "BE", "reportlab", make, draw)
