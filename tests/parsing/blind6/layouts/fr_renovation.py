"""Nantes renovation contractor's mémoire de travaux: fpdf2 with DejaVu Sans, tables ruled with
lines, a header grid under a title that carries the number.

Families: "MÉMOIRE DE TRAVAUX N° …"; "45 jours fin de mois" with the computed date printed
(even seeds) or not (odd seeds: the truth is computed by the record contract); an escompte
date and amount as distractors; acompte versé deducted → Net à payer; AVOIR credit notes
printed negative (seeds 4 and 13, no due date); companies with "Service comptabilité",
bâtiment lines, BP/CS and CEDEX; consumers with résidence/escalier/appartement lines; Code
client in the grid (absent on some); the debtor's phone and e-mail below the address; the
works address and the site foreman's mobile as distractors.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind5.sheet import FpdfSheet

from ..bill import Bill, Debtor, Item, gross_of, net_of, vat_by_rate
from ..folks import (
    CEDEX,
    NOMS,
    PRENOMS_M,
    VILLES,
    digits,
    e164,
    fr_name,
    fr_street,
    fr_vat,
    iban_of,
    mail,
    national,
    phone,
    pick,
    siren,
    spaced,
)
from ..wording import days_end_of_month, euros, fr_date
from .base import Column, Drawn, Layout, grid, lines, pairs, ruled_table

FACE = "DejaVuSans"
CREDIT_SEEDS = (4, 13)
WORKS = (
    ("Dépose et évacuation de l'ancien carrelage", "m²", Decimal("18.50")),
    ("Ragréage autolissant", "m²", Decimal("14.00")),
    ("Fourniture et pose de carrelage grès cérame", "m²", Decimal("62.00")),
    ("Peinture acrylique deux couches, murs", "m²", Decimal("24.00")),
    ("Remplacement bloc-porte isoplane", "u", Decimal("385.00")),
    ("Doublage placo BA13 sur ossature", "m²", Decimal("47.50")),
    ("Main-d'œuvre plomberie", "h", Decimal("52.00")),
)

SPANS = {"m²": (4, 40), "u": (1, 4), "h": (2, 24)}


def debtor_of(rng: random.Random, seed: int) -> tuple[Debtor, str]:
    """The debtor, and how its contact lines read (already in the block)."""
    civility, first, last = fr_name(rng)
    ref = f"C{digits(rng, 5)}" if seed % 6 != 5 else None
    if seed % 3 == 0:
        trade = pick(rng, ("Immobilier", "Gestion", "Patrimoine"))
        company = f"{pick(rng, ('SAS', 'SARL', 'SCI'))} {last} {trade}"
        street = (f"Bâtiment {pick(rng, 'ABCD')}", fr_street(rng))
        if seed % 2 == 0:
            postcode, city = pick(rng, CEDEX)
            post = (f"CS {rng.randrange(10, 99)}{digits(rng, 3)}",)
        else:
            postcode, city = pick(rng, VILLES)
            post = (f"BP {rng.randrange(10, 900)}",)
        landline = phone(rng, "FR", mobile=False)
        email = mail("compta", last, rng, ("gestion-patrimoine.fr", "immo-conseil.fr"))
        block = (company, "Service comptabilité", *street, *post, f"{postcode} {city.upper()}")
        contact = (f"Tél. : {national(landline)}", f"Courriel : {email}")
        return (
            Debtor(
                company,
                (*block, *contact),
                street,
                postcode,
                city.upper(),
                "FR",
                email=email,
                phone=e164(landline),
                customer_ref=ref,
            ),
            "company",
        )
    postcode, city = pick(rng, VILLES)
    name = f"{civility} {first} {last}"
    street = (fr_street(rng),)
    if seed % 3 == 1:
        residence = f"Résidence {pick(rng, ('Les Cèdres', 'Le Clos Fleuri', 'Les Terrasses'))}"
        street = (
            f"{residence}, Esc. {rng.randrange(1, 5)}, Appt {rng.randrange(2, 60)}",
            *street,
        )
    mobile = phone(rng, "FR")
    email = mail(first, last, rng, ("gmail.com", "laposte.net", "free.fr"))
    shown = seed % 4
    contact = []
    if shown != 3:
        contact.append(f"Portable : {national(mobile)}")
    if shown in (0, 1):
        contact.append(email)
    block = (name, *street, f"{postcode} {city.upper()}", *contact)
    return (
        Debtor(
            name,
            block,
            street,
            postcode,
            city.upper(),
            "FR",
            email=email if shown in (0, 1) else None,
            phone=e164(mobile) if shown != 3 else None,
            customer_ref=ref,
        ),
        "person",
    )


def draw(rng: random.Random, seed: int, path: Path) -> Drawn:
    debtor, _ = debtor_of(rng, seed)
    credit = seed in CREDIT_SEEDS
    issue = dt.date(2026, 1, 8) + dt.timedelta(days=rng.randrange(220))
    number = f"{'AV' if credit else 'MT'}{issue:%y}-{rng.randrange(10, 999):04d}"
    items = [
        Item(label, Decimal(rng.randrange(*SPANS[unit])), price, Decimal(pick(rng, ("10", "20"))))
        for label, unit, price in rng.sample(WORKS, rng.randrange(3, 6))
    ]
    units = {label: unit for label, unit, _ in WORKS}
    gross = gross_of(items)
    deposit = (
        (gross * Decimal("0.3")).quantize(Decimal(1)) if not credit and seed % 2 == 1 else None
    )
    to_pay = gross - (deposit or 0)
    sign = "-" if credit else ""

    sheet = FpdfSheet(path)
    sheet.font(FACE, 14, bold=True)
    sheet.text(15, 18, "ATLANTIQUE RÉNOVATION")
    sheet.font(FACE, 7.5)
    office = phone(rng, "FR", mobile=False)
    head = siren(rng)
    lines(
        sheet,
        15,
        23,
        (
            "Plâtrerie - Peinture - Carrelage - Petite plomberie",
            "ZA de la Lorie, 11 rue des Forgerons, 44190 CLISSON",
            f"Tél. {national(office)}  -  devis@atlantique-renovation.fr",
            f"SAS au capital de 20 000 €  -  RCS Nantes {head}  -  TVA {fr_vat(head)}",
        ),
        3.4,
    )
    sheet.font(FACE, 9.5)
    lines(sheet, 112, 44, debtor.block, 4.6)
    title = "AVOIR" if credit else "MÉMOIRE DE TRAVAUX"
    sheet.font(FACE, 15, bold=True)
    sheet.text(15, 92, f"{title} N° {number}")
    site = pick(rng, VILLES)
    cells = [("Date", fr_date(issue))]
    if debtor.customer_ref:
        cells.append(("Code client", debtor.customer_ref))
    cells.append(("Chantier", f"{fr_street(rng)}, {site[0]} {site[1]}"))
    grid(sheet, 15, 97, cells, (30, 30, 120)[-len(cells) :], (6.5, 8.5), FACE, 10, 0.95)
    y = 113.0
    sheet.font(FACE, 8)
    if credit:
        origin = f"MT{issue:%y}-{rng.randrange(10, 999):04d}"
        sheet.text(
            15, y, f"Avoir sur mémoire n° {origin} : travaux non réalisés, déduits du marché."
        )
        y += 5
    foreman = phone(rng, "FR")
    sheet.text(
        15,
        y,
        f"Conducteur de travaux : {pick(rng, PRENOMS_M)} {pick(rng, NOMS)}, {national(foreman)}",
    )
    y += 4
    columns = (
        Column("Désignation", 86),
        Column("Unité", 14, "centre"),
        Column("Qté", 14, "right"),
        Column("PU HT", 24, "right"),
        Column("TVA", 14, "right"),
        Column("Total HT", 28, "right"),
    )
    rows = [
        [
            item.description,
            units[item.description],
            str(item.quantity),
            euros(item.unit_price),
            f"{item.vat_rate} %",
            sign + euros(item.amount),
        ]
        for item in items
    ]
    y = ruled_table(sheet, 15, y, columns, rows, FACE, 7.5) + 7
    totals = [("Total HT", sign + euros(net_of(items)))]
    totals += [
        (f"TVA {rate} % sur {euros(base)}", sign + euros(tax))
        for rate, (base, tax) in vat_by_rate(items).items()
    ]
    totals.append(("Total TTC", sign + euros(gross)))
    if deposit:
        totals.append(("Acompte versé à la commande", f"- {euros(deposit)}"))
    totals.append(("Montant de l'avoir" if credit else "Net à payer", sign + euros(to_pay)))
    y = pairs(sheet, 118, 195, y, totals, 5, FACE, 8.5) + 4
    sheet.font(FACE, 8)
    due: dt.date | None = None
    rule = None
    if credit:
        sheet.text(15, y, "Cet avoir sera imputé sur votre prochain règlement.")
    else:
        due = days_end_of_month(issue, 45)
        if seed % 2 == 0:
            sheet.text(
                15, y, f"Conditions de règlement : 45 jours fin de mois, soit le {fr_date(due)}"
            )
        else:
            rule = "45 jours fin de mois"
            sheet.text(15, y, "Conditions de règlement : 45 jours fin de mois, par virement")
        y += 4.5
        if seed % 3 != 2:
            early = issue + dt.timedelta(days=10)
            rebate = (to_pay * Decimal("0.02")).quantize(Decimal("0.01"))
            sheet.text(
                15,
                y,
                f"Escompte de 2 % pour règlement avant le {fr_date(early)}, soit {euros(rebate)}.",
            )
    sheet.font(FACE, 6.5)
    lines(
        sheet,
        15,
        278,
        (
            f"IBAN {spaced(iban_of(rng, 'FR', 23))}  -  BIC AGRIFRPP847",
            "Assurance décennale n° " + digits(rng, 8) + " - garantie France métropolitaine."
            " Pénalités de retard au taux légal x 3, indemnité forfaitaire 40 €.",
        ),
        3,
    )
    sheet.save()
    bill = Bill(
        number,
        issue,
        due,
        to_pay,
        "EUR",
        debtor,
        credit_note=credit,
        deduction=deposit is not None,
        due_rule=rule,
    )
    return [((1,), bill)]


LAYOUT = Layout("fr_renovation", "FR", "fpdf2", draw)
