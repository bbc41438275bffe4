"""Lausanne property manager's décompte de chauffage et frais accessoires: fpdf2 with core
Helvetica, amounts in CHF with apostrophes, a second page with the distribution key on
seeds ≡ 0 mod 4.

Families: "Décompte" titled with the number after a bare "N°"; the tenant's monthly
advances (acomptes versés) deducted from the year's charges → "Solde en notre faveur";
"Payable dans les 30 jours" with "Échéance dd.mm.yyyy"; Swiss 4-digit postcodes followed by
the canton ("1700 Fribourg FR" - FR is the canton, not France; "1003 Lausanne VD"); "Réf.
locataire" (the customer reference) beside the building and the object number
(distractors); "Madame et Monsieur …"; the tenant's mobile and e-mail under the address or
none; the concierge's and the agency's phones as distractors; two-page décomptes.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.formats import cents
from tests.parsing.blind5.sheet import FpdfSheet

from ..bill import Bill, Debtor
from ..folks import ch_uid_number, digits, e164, fr_name, mail, national, phone, pick
from ..wording import dot_date, francs
from .base import Drawn, Layout, lines, pairs

FACE = "Helvetica"
TOWNS = (
    ("1003", "Lausanne", "VD"),
    ("1700", "Fribourg", "FR"),
    ("1950", "Sion", "VS"),
    ("2000", "Neuchâtel", "NE"),
    ("1260", "Nyon", "VD"),
    ("1400", "Yverdon-les-Bains", "VD"),
)
RUES = (
    "Avenue de la Harpe",
    "Chemin des Roches",
    "Rue du Midi",
    "Route de Berne",
    "Rue de l'Industrie",
)
POSTS = (
    ("Combustible (mazout), livraisons de l'exercice", "chauffage"),
    ("Entretien et révision de la chaudière", "chauffage"),
    ("Eau chaude : énergie", "eau chaude"),
    ("Électricité des parties communes", "frais accessoires"),
    ("Conciergerie et nettoyage", "frais accessoires"),
    ("Frais d'administration du décompte (3 %)", "frais accessoires"),
)


def debtor_of(rng: random.Random, seed: int) -> Debtor:
    civility, first, last = fr_name(rng)
    name = pick(
        rng,
        (
            f"Madame et Monsieur {last}",
            f"{'Madame' if civility == 'Mme' else 'Monsieur'} {first} {last}",
        ),
    )
    postcode, city, canton = pick(rng, TOWNS)
    street = (f"{pick(rng, RUES)} {rng.randrange(1, 80)}",)
    if rng.random() < 0.4:
        street = (f"Appartement {rng.randrange(1, 12)}.{rng.randrange(1, 6)}", *street)
    mobile = phone(rng, "CH")
    email = mail(first, last, rng, ("bluewin.ch", "gmail.com", "sunrise.ch"))
    shown = seed % 3
    block = (name, *street, f"{postcode} {city} {canton}")
    if shown != 2:
        block += (f"Mobile {national(mobile)}",)
    if shown == 0:
        block += (email,)
    return Debtor(
        name,
        block,
        street,
        postcode,
        city,
        "CH",
        email=email if shown == 0 else None,
        phone=e164(mobile) if shown != 2 else None,
        customer_ref=f"{rng.randrange(100, 999)}.{digits(rng, 2)}.{digits(rng, 3)}",
    )


def draw(rng: random.Random, seed: int, path: Path) -> Drawn:
    debtor = debtor_of(rng, seed)
    issue = dt.date(2026, rng.randrange(7, 11), rng.randrange(1, 28))
    number = f"{rng.randrange(1000, 9999)}-{digits(rng, 4)}"
    share = Decimal(rng.randrange(5, 25)) / 1000
    posts = [(label, key, Decimal(rng.randrange(8000, 60000))) for label, key in POSTS]
    charges = [(label, cents(amount * share)) for label, _, amount in posts]
    total = sum((amount for _, amount in charges), Decimal(0))
    advances = Decimal(rng.randrange(80, 200)) * 12
    balance = total - advances
    if balance <= 0:
        advances = cents(total * Decimal("0.8"))
        balance = total - advances
    due = issue + dt.timedelta(days=30)
    two_pages = seed % 4 == 0

    sheet = FpdfSheet(path)
    sheet.font(FACE, 13, bold=True)
    sheet.text(15, 17, "Régie du Léman SA")
    sheet.font(FACE, 7.5)
    agency = phone(rng, "CH", mobile=False)
    lines(
        sheet,
        15,
        22,
        (
            "Gérance - Location - Copropriété",
            "Place de la Riponne 5, case postale, 1002 Lausanne",
            f"Tél. {national(agency)}  -  decomptes@regie-leman.ch",
            f"IDE {ch_uid_number(rng)} TVA",
        ),
        3.4,
    )
    sheet.font(FACE, 10)
    lines(sheet, 118, 48, debtor.block, 4.8)
    sheet.font(FACE, 12, bold=True)
    sheet.text(15, 86, "DÉCOMPTE DE CHAUFFAGE ET FRAIS ACCESSOIRES")
    sheet.font(FACE, 8.5)
    concierge = phone(rng, "CH")
    lines(
        sheet,
        15,
        93,
        (
            f"N° {number}",
            f"Lausanne, le {dot_date(issue)}",
            f"Réf. locataire : {debtor.customer_ref}",
            f"Immeuble : {pick(rng, RUES)} {rng.randrange(1, 60)} - objet n° {digits(rng, 5)}",
            f"Période : 01.07.{issue.year - 1} au 30.06.{issue.year}",
            f"Concierge : M. {pick(rng, ('Da Silva', 'Rochat', 'Favre'))}, {national(concierge)}",
        ),
        4.3,
    )
    y = 126.0
    sheet.font(FACE, 8.5, bold=True)
    sheet.text(15, y, "Poste")
    sheet.text(160, y, "CHF", "right")
    sheet.rule(15, y + 1.5, 195, y + 1.5)
    sheet.font(FACE, 8.5)
    for label, amount in charges:
        y += 5
        sheet.text(15, y, label)
        sheet.text(160, y, francs(amount), "right")
    rows = [
        ("Total de votre part", francs(total)),
        (f"Acomptes versés (12 x {francs(advances / 12)})", f"-{francs(advances)}"),
        ("Solde en notre faveur", f"CHF {francs(balance)}"),
    ]
    y = pairs(sheet, 90, 160, y + 9, rows, 5.5, FACE, 9) + 5
    sheet.font(FACE, 8.5)
    lines(
        sheet,
        15,
        y,
        (
            "Payable dans les 30 jours au moyen du bulletin QR joint.",
            f"Échéance {dot_date(due)}",
            "Toute contestation doit nous parvenir par écrit dans ce délai (art. 4 OBLF).",
        ),
        4.5,
    )
    pages = 1
    if two_pages:
        sheet.text(195, 285, "./.", "right")
        sheet.new_page()
        pages = 2
        sheet.font(FACE, 9, bold=True)
        sheet.text(15, 20, f"Décompte N° {number} - clé de répartition (page 2/2)")
        sheet.font(FACE, 8)
        y = 30.0
        for label, key, amount in posts:
            sheet.text(15, y, f"{label} ({key})")
            sheet.text(150, y, francs(amount), "right")
            sheet.text(195, y, f"{share * 1000:.0f} ‰", "right")
            y += 5
        sheet.text(15, y + 4, "Votre quote-part est calculée selon les millièmes de l'objet loué.")
    sheet.save()
    bill = Bill(number, issue, due, balance, "CHF", debtor, deduction=True)
    return [(tuple(range(1, pages + 1)), bill)]


LAYOUT = Layout("ch_regie", "CH", "fpdf2", draw)
