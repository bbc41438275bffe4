"""Saint-Denis (La Réunion) home-help company's monthly relevé de facturation: reportlab with
embedded DejaVu Serif, a "Vos coordonnées" box left of the address.

Families: a title that is not "Facture" and the number after a bare "Réf."; hours priced
incl. VAT; the URSSAF immediate advance of the tax credit (even seeds) and prefinanced CESU
(seeds ≡ 1 mod 3) deducted → Reste à votre charge; "sera prélevé le …" as the due date; the
year's total and the tax-certificate amount as distractor amounts; "Mme veuve …", "M. et
Mme …"; DOM postcodes 974xx (country FR); the debtor's +262 phone and e-mail in the side
box, the helper's mobile as a distractor; two relevés in one file on seeds ≡ 0 mod 5.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.formats import FR_MONTHS, cents
from tests.parsing.blind5.sheet import LabSheet

from ..bill import Bill, Debtor
from ..folks import (
    NOMS,
    PRENOMS_F,
    REUNION,
    digits,
    e164,
    fr_name,
    fr_street,
    iban_of,
    international,
    mail,
    phone,
    pick,
    siret,
    spaced,
)
from ..wording import euros, fr_date, fr_long_date
from .base import Drawn, Layout, lines, pairs

FACE = "DejaVuSerif"
VOIES_974 = (
    "chemin des Goyaviers",
    "rue du Père Lafosse",
    "allée des Flamboyants",
    "rue Juliette Dodu",
    "chemin Piton Bois de Nèfles",
    "rue des Letchis",
)
SERVICES = (
    ("Entretien du logement", Decimal("27.90")),
    ("Repassage", Decimal("27.90")),
    ("Aide aux courses", Decimal("29.50")),
    ("Jardinage (petits travaux)", Decimal("33.00")),
)


def debtor_of(rng: random.Random) -> tuple[Debtor, str]:
    """The debtor, and its mobile as the side box prints it."""
    civility, first, last = fr_name(rng)
    kind = rng.randrange(3)
    if kind == 0:
        name = f"Mme veuve {pick(rng, PRENOMS_F)} {last}"
    elif kind == 1:
        name = f"M. et Mme {first} {last}"
    else:
        name = f"{civility} {first} {last}"
    postcode, city = pick(rng, REUNION)
    street: tuple[str, ...] = (fr_street(rng, VOIES_974),)
    if rng.random() < 0.35:
        street = (f"Résidence Les Vacoas, bât. {pick(rng, 'ABC')}, appt {rng.randrange(1, 40)}",)
        street += (fr_street(rng, VOIES_974),)
    shown = rng.randrange(4)
    mobile = phone(rng, "RE")
    email = mail(first, last, rng, ("orange.re", "wanadoo.fr", "gmail.com"))
    debtor = Debtor(
        name,
        (name, *street, f"{postcode} {city.upper()}"),
        street,
        postcode,
        city.upper(),
        "FR",
        email=email if shown in (0, 2) else None,
        phone=e164(mobile) if shown in (0, 1) else None,
        customer_ref=f"974-{digits(rng, 5)}",
    )
    return debtor, international(mobile)


def relevé(
    sheet: LabSheet, rng: random.Random, seed: int, month: int, letterhead: tuple[str, ...]
) -> Bill:
    debtor, mobile = debtor_of(rng)
    issue = dt.date(2026, month + 1, rng.randrange(1, 6))
    number = f"RF-26{month:02d}-{digits(rng, 4)}"
    sheet.font(FACE, 12, bold=True)
    sheet.text(15, 16, "Kaz Services Réunion")
    sheet.font(FACE, 7.5)
    lines(sheet, 15, 21, letterhead, 3.4)
    sheet.box(15, 44, 80, 28)
    sheet.font(FACE, 8, bold=True)
    sheet.text(18, 49, "Vos coordonnées")
    sheet.font(FACE, 8)
    facts = [f"N° client : {debtor.customer_ref}"]
    if debtor.phone:
        facts.append(f"Tél. : {mobile}")
    if debtor.email:
        facts.append(f"Courriel : {debtor.email}")
    lines(sheet, 18, 54, facts, 4.5)
    sheet.font(FACE, 10)
    lines(sheet, 110, 50, debtor.block, 5)
    sheet.font(FACE, 13, bold=True)
    sheet.text(15, 88, f"RELEVÉ DE FACTURATION - {FR_MONTHS[month - 1]} 2026")
    sheet.font(FACE, 9)
    sheet.text(15, 94, f"Réf. {number}     émis le {fr_date(issue)}")
    helper = phone(rng, "RE")
    sheet.text(
        15,
        100,
        f"Intervenante : {pick(rng, PRENOMS_F)} {pick(rng, NOMS)} (joignable au"
        f" {international(helper)} pour les plannings)",
    )
    y = 110.0
    sheet.font(FACE, 8.5, bold=True)
    for x, title, align in ((15, "Prestation", "left"), (120, "Heures", "right")):
        sheet.text(x, y, title, align)
    sheet.text(150, y, "Tarif TTC", "right")
    sheet.text(195, y, "Montant TTC", "right")
    sheet.rule(15, y + 1.5, 195, y + 1.5)
    sheet.font(FACE, 8.5)
    gross = Decimal(0)
    for label, rate in rng.sample(SERVICES, rng.randrange(1, 4)):
        hours = Decimal(rng.randrange(4, 31)) / 2
        amount = cents(hours * rate)
        gross += amount
        y += 5.5
        sheet.text(15, y, label)
        sheet.text(120, y, f"{hours:.1f}".replace(".", ","), "right")
        sheet.text(150, y, euros(rate), "right")
        sheet.text(195, y, euros(amount), "right")
    sheet.rule(15, y + 2, 195, y + 2)
    tax = cents(gross * 10 / 110)
    rows = [("Total TTC", euros(gross)), ("dont TVA 10 %", euros(tax))]
    due_total = gross
    if seed % 2 == 0:
        advance = cents(gross / 2)
        rows.append(("Avance immédiate de crédit d'impôt (URSSAF)", f"- {euros(advance)}"))
        due_total -= advance
    if seed % 3 == 1:
        cesu = min(due_total, Decimal(rng.randrange(2, 6) * 15))
        rows.append((f"Règlement CESU préfinancés ({int(cesu / 15)} titres)", f"- {euros(cesu)}"))
        due_total -= cesu
    rows.append(("Reste à votre charge", euros(due_total)))
    y = pairs(sheet, 100, 195, y + 8, rows, 5.5, FACE, 9) + 4
    debit = issue + dt.timedelta(days=rng.randrange(8, 15))
    sheet.font(FACE, 9)
    sheet.text(
        15, y, f"Le reste à votre charge sera prélevé le {fr_long_date(debit)} sur votre compte."
    )
    year_total = gross * month + Decimal(rng.randrange(0, 300))
    sheet.font(FACE, 7.5)
    lines(
        sheet,
        15,
        y + 8,
        (
            f"Total facturé depuis le 1er janvier 2026 : {euros(year_total)}",
            f"Montant retenu pour l'attestation fiscale annuelle à ce jour : {euros(year_total)}",
            "50 % des sommes restant à votre charge ouvrent droit à crédit d'impôt"
            " (art. 199 sexdecies du CGI).",
            f"Mandat SEPA {digits(rng, 8)} - IBAN du créancier {spaced(iban_of(rng, 'FR', 23))}",
        ),
        3.6,
    )
    deducted = seed % 2 == 0 or seed % 3 == 1
    return Bill(number, issue, debit, due_total, "EUR", debtor, deduction=deducted)


def draw(rng: random.Random, seed: int, path: Path) -> Drawn:
    sheet = LabSheet(path)
    month = rng.randrange(1, 10)
    office = phone(rng, "RE", mobile=False)
    letterhead = (
        "Services à la personne - déclaration SAP n° " + digits(rng, 9),
        "12 rue de Paris, 97400 Saint-Denis",
        f"Standard : {international(office)} - bonjour@kazservices.re",
        f"SIRET {siret(rng)}",
    )
    drawn: Drawn = [((1,), relevé(sheet, rng, seed, month, letterhead))]
    if seed % 5 == 0:
        sheet.new_page()
        drawn.append(((2,), relevé(sheet, rng, seed + 1, month, letterhead)))
    sheet.save()
    return drawn


LAYOUT = Layout("fr_sap_reunion", "FR", "reportlab", draw)
