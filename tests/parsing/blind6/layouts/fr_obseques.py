"""Funeral home's décompte des frais d'obsèques: fpdf2 with DejaVu Serif, prices incl. VAT.

Families: a title that is not "Facture", the number after a bare "N°"; "Règlement à
réception" with no date printed (the truth is the issue date); the funeral-insurance
contract's share (prise en charge) and a deposit deducted → Reste à régler; the deceased's
name and the dates of death and of the ceremony as distractors; "Mme veuve …" and an
"Indivision successorale" written to "chez Maître …, notaire"; the N° de dossier is the
customer reference (the family's file; no other client number is printed); the family's
"Portable :" under the address, the funeral adviser's mobile as a distractor.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.formats import cents
from tests.parsing.blind5.sheet import FpdfSheet

from ..bill import Bill, Debtor
from ..folks import (
    NOMS,
    PRENOMS_F,
    PRENOMS_M,
    VILLES,
    digits,
    e164,
    fr_name,
    fr_street,
    iban_of,
    national,
    phone,
    pick,
    siret,
    spaced,
)
from ..wording import euros, fr_date, short_fr_date
from .base import Drawn, Layout, lines, pairs

FACE = "DejaVuSerif"
SERVICES = (
    ("Cercueil chêne massif, capiton et plaque", Decimal("1890.00"), Decimal(20)),
    ("Soins de conservation", Decimal("390.00"), Decimal(20)),
    ("Corbillard et chauffeur", Decimal("420.00"), Decimal(20)),
    ("Porteurs (4)", Decimal("560.00"), Decimal(20)),
    ("Séjour en chambre funéraire (3 jours)", Decimal("270.00"), Decimal(20)),
    ("Ouverture et fermeture de caveau", Decimal("480.00"), Decimal(20)),
    ("Vacation de police", Decimal("25.00"), Decimal(0)),
    ("Taxe municipale d'inhumation", Decimal("60.00"), Decimal(0)),
)


def debtor_of(rng: random.Random, seed: int, surname: str) -> tuple[Debtor, str | None]:
    """The payer, and the mobile printed under the address (or none)."""
    postcode, city = pick(rng, VILLES)
    street = (fr_street(rng),)
    kind = seed % 3
    mobile = phone(rng, "FR")
    shown = national(mobile) if seed % 4 != 3 else None
    if kind == 0:
        name = f"Mme veuve {pick(rng, PRENOMS_F)} {surname}"
        head: tuple[str, ...] = ()
    elif kind == 1:
        name = f"Indivision successorale {surname}"
        head = (f"chez Maître {pick(rng, PRENOMS_M)} {pick(rng, NOMS)}, notaire",)
        shown = None
    else:
        civility, first, _ = fr_name(rng)
        name = f"{civility} {first} {surname}"
        head = ()
    block = (name, *head, *street, f"{postcode} {city.upper()}")
    if shown:
        block += (f"Portable : {shown}",)
    return (
        Debtor(
            name,
            block,
            street,
            postcode,
            city.upper(),
            "FR",
            phone=e164(mobile) if shown else None,
            customer_ref=f"D{digits(rng, 5)}",
        ),
        shown,
    )


def draw(rng: random.Random, seed: int, path: Path) -> Drawn:
    surname = pick(rng, NOMS)
    debtor, _ = debtor_of(rng, seed, surname)
    death = dt.date(2026, 1, 3) + dt.timedelta(days=rng.randrange(250))
    ceremony = death + dt.timedelta(days=rng.randrange(3, 7))
    issue = ceremony + dt.timedelta(days=rng.randrange(2, 10))
    number = f"{issue:%y}{digits(rng, 4)}"
    chosen = [SERVICES[0], *rng.sample(SERVICES[1:6], 3), *SERVICES[6:]]
    gross = sum((price for _, price, _ in chosen), Decimal(0))
    insurer = rng.random() < 0.6
    share = Decimal(int(gross / 200) * rng.randrange(20, 60)) if insurer else None
    deposit = Decimal(rng.randrange(3, 10) * 50) if seed % 2 == 0 else None
    to_pay = gross - (share or 0) - (deposit or 0)

    sheet = FpdfSheet(path)
    sheet.font(FACE, 13, bold=True)
    sheet.text(105, 16, "POMPES FUNÈBRES DU VAL DE LOIRE", "centre")
    sheet.font(FACE, 7.5)
    office = phone(rng, "FR", mobile=False)
    sheet.text(
        105,
        21,
        f"8 quai de la Poissonnerie, 49400 Saumur - {national(office)} (24h/24)",
        "centre",
    )
    sheet.text(
        105,
        25,
        f"Habilitation préfectorale n° 26-49-{digits(rng, 3)} - SIRET {siret(rng)}",
        "centre",
    )
    sheet.rule(15, 29, 195, 29, 0.4)
    sheet.font(FACE, 10)
    lines(sheet, 112, 46, debtor.block, 5)
    sheet.font(FACE, 14, bold=True)
    sheet.text(15, 46, "DÉCOMPTE")
    sheet.font(FACE, 9)
    lines(
        sheet,
        15,
        53,
        (
            f"N° {number}",
            f"Saumur, le {fr_date(issue)}",
            f"N° de dossier : {debtor.customer_ref}",
        ),
        5,
    )
    defunct = f"{pick(rng, ('M.', 'Mme'))} {pick(rng, PRENOMS_M + PRENOMS_F)} {surname}"
    adviser = phone(rng, "FR")
    sheet.font(FACE, 9)
    lines(
        sheet,
        15,
        92,
        (
            f"Obsèques de {defunct}, décédé(e) le {short_fr_date(death)},"
            f" inhumé(e) le {short_fr_date(ceremony)}.",
            f"Votre conseiller funéraire : {pick(rng, PRENOMS_M)} {pick(rng, NOMS)},"
            f" {national(adviser)}",
        ),
        5,
    )
    y = 110.0
    sheet.font(FACE, 8.5, bold=True)
    sheet.text(15, y, "Prestations et fournitures")
    sheet.text(160, y, "TVA", "right")
    sheet.text(195, y, "Prix TTC", "right")
    sheet.rule(15, y + 1.5, 195, y + 1.5)
    sheet.font(FACE, 8.5)
    for label, price, rate in chosen:
        y += 5.5
        sheet.text(15, y, label)
        sheet.text(160, y, f"{rate} %" if rate else "-", "right")
        sheet.text(195, y, euros(price), "right")
    sheet.rule(110, y + 2.5, 195, y + 2.5)
    vat = cents(sum((p * r / (100 + r) for _, p, r in chosen), Decimal(0)))
    rows = [("Total TTC", euros(gross)), ("dont TVA", euros(vat))]
    if share:
        rows.append(("Prise en charge contrat obsèques (mutuelle)", f"- {euros(share)}"))
    if deposit:
        rows.append(("Acompte versé", f"- {euros(deposit)}"))
    rows.append(("Reste à régler", euros(to_pay)))
    y = pairs(sheet, 100, 195, y + 9, rows, 5.5, FACE, 9) + 5
    sheet.font(FACE, 9)
    sheet.text(
        15, y, "Règlement à réception, par chèque ou virement. Merci de rappeler le dossier."
    )
    sheet.font(FACE, 6.5)
    sheet.text(15, 282, f"IBAN {spaced(iban_of(rng, 'FR', 23))} - BIC CMCIFR2A")
    sheet.save()
    bill = Bill(
        number,
        issue,
        issue,
        to_pay,
        "EUR",
        debtor,
        deduction=bool(share or deposit),
        due_rule="à réception",
    )
    return [((1,), bill)]


LAYOUT = Layout("fr_obseques", "FR", "fpdf2", draw)
