"""Bastia land surveyors' note d'honoraires: two-column letterhead, Times, grid under the title.

Families: a title that is not "Facture" with the number in a grid cell under a bare "N°";
"Payable à réception" with no date printed (the truth is the issue date) or "Date limite de
paiement"; provision versée deducted → Reste dû; Réf. client beside a N° de dossier distractor;
M. et Mme, Indivision and SCI debtors with a "chez" line; lieu-dit lines; Corsican postcodes;
the debtor's phone in the body ("joignable au …"), the notary's and the firm's as distractors.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind5.sheet import LabSheet

from ..bill import Bill, Debtor, Item, gross_of, net_of, vat_by_rate
from ..folks import (
    CORSE,
    NOMS_CORSES,
    VILLES,
    digits,
    e164,
    fr_name,
    fr_street,
    iban_of,
    mail,
    national,
    phone,
    pick,
    siret,
    spaced,
)
from ..wording import euros, fr_date
from .base import Drawn, Layout, grid, lines, pairs

FACE = "Times"
LIEUX = ("Lieu-dit Pietralba", "Lieu-dit U Poghju", "Lieu-dit Les Sept Fontaines")
MISSIONS = (
    ("Bornage contradictoire", Decimal("780.00")),
    ("Lever topographique", Decimal("540.00")),
    ("Division parcellaire", Decimal("920.00")),
    ("Implantation de construction", Decimal("460.00")),
    ("Document modificatif du parcellaire cadastral", Decimal("310.00")),
)


def debtor_of(rng: random.Random, seed: int) -> tuple[Debtor, str, str]:
    """The debtor, and the first name and surname of the person who asked for the work."""
    civility, first, last = fr_name(rng, NOMS_CORSES)
    postcode, city = pick(rng, CORSE) if seed % 3 else pick(rng, VILLES)
    street: tuple[str, ...] = (fr_street(rng),)
    if seed % 5 == 1:
        street = (pick(rng, LIEUX),)
    elif seed % 5 == 3:
        street = (fr_street(rng), pick(rng, LIEUX))
    kind = seed % 4
    if kind == 0:
        name, head = f"M. et Mme {last}", ()
    elif kind == 1:
        name, head = f"Indivision {last}", (f"chez {civility} {first} {last}",)
    elif kind == 2:
        name = f"SCI {pick(rng, ('Les Oliviers', 'U Castellu', 'Marina Vecchia', 'A Torra'))}"
        head = (f"chez {civility} {first} {last}",)
    else:
        name, head = f"{civility} {first} {last}", ()
    block = (name, *head, *street, f"{postcode} {city}".upper())
    debtor = Debtor(name, block, street, postcode, city.upper(), "FR")
    return debtor, first, last


def draw(rng: random.Random, seed: int, path: Path) -> Drawn:
    debtor, first, last = debtor_of(rng, seed)
    issue = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(200))
    number = f"G{issue:%y}/{rng.randrange(100, 999)}"
    ref = f"CL{digits(rng, 4)}"
    dossier = f"{issue:%y}-{digits(rng, 3)}-B"
    mobile = phone(rng, "FR")
    email = mail(first, last, rng, ("orange.fr", "wanadoo.fr", "sfr.fr"))
    contact = seed % 3
    debtor = Debtor(
        debtor.name,
        debtor.block,
        debtor.street,
        debtor.postcode,
        debtor.city,
        "FR",
        email=email if contact == 1 else None,
        phone=e164(mobile) if contact != 2 else None,
        customer_ref=ref,
    )
    items = [
        Item(label, Decimal(1), price + rng.randrange(0, 200), Decimal(20))
        for label, price in rng.sample(MISSIONS, rng.randrange(2, 4))
    ]
    items.append(
        Item("Frais de déplacement", Decimal(rng.randrange(1, 4)), Decimal(45), Decimal(20))
    )
    debours = Decimal(rng.randrange(30, 120))
    gross = gross_of(items) + debours
    provision = Decimal(rng.randrange(2, 6) * 100) if seed % 2 == 0 or seed % 7 == 3 else None
    due_total = gross - (provision or 0)

    sheet = LabSheet(path)
    sheet.font(FACE, 13, bold=True)
    sheet.text(18, 18, "Cabinet Orsoni & Vinciguerra")
    sheet.font(FACE, 8.5)
    seller = phone(rng, "FR", mobile=False)
    lines(
        sheet,
        18,
        23,
        (
            "Géomètres-Experts associés",
            "Immeuble Le Fango, 4 boulevard Benoîte Danesi",
            "20200 BASTIA",
            f"Tél. {national(seller)} - contact@orsoni-geometres.fr",
        ),
        3.8,
    )
    lines(
        sheet,
        120,
        23,
        (
            "Membres de l'Ordre des Géomètres-Experts",
            "Inscription n° 05432 - Conseil régional de Marseille",
            f"SIRET {siret(rng)}",
            "TVA intracommunautaire sur demande",
        ),
        3.8,
    )
    sheet.rule(18, 40, 192, 40, 0.6)
    sheet.font(FACE, 11)
    lines(sheet, 112, 55, debtor.block, 5)
    sheet.font(FACE, 10)
    sheet.text(18, 55, f"Bastia, le {fr_date(issue)}")
    sheet.font(FACE, 16, bold=True)
    sheet.text(18, 92, "NOTE D'HONORAIRES")
    grid(
        sheet,
        18,
        97,
        (
            ("N°", number),
            ("Date", fr_date(issue)),
            ("Réf. client", ref),
            ("N° de dossier", dossier),
        ),
        (35, 35, 35, 40),
        (7, 10),
        FACE,
    )
    parcel = pick(rng, CORSE)
    sheet.font(FACE, 10)
    body = [
        f"Objet : mission sur la parcelle section {pick(rng, 'ABCDE')} n° {rng.randrange(12, 900)},"
        f" commune de {parcel[1]} ({parcel[0]}).",
    ]
    if contact != 2:
        body.append(f"Mission confiée par {first} {last}, joignable au {national(mobile)}.")
    if contact == 1:
        body.append(f"Correspondance électronique : {email}")
    notary = phone(rng, "FR", mobile=False)
    body.append(f"Notaire chargé de l'acte : Maître Ange Rocca-Serra, tél. {national(notary)}.")
    y = lines(sheet, 18, 117, body, 5) + 4
    sheet.font(FACE, 10, bold=True)
    sheet.text(18, y, "Désignation")
    sheet.text(192, y, "Montant HT", "right")
    sheet.rule(18, y + 1.5, 192, y + 1.5)
    sheet.font(FACE, 10)
    y += 7
    for item in items:
        label = item.description
        if item.quantity > 1:
            label = f"{label} ({item.quantity} x {euros(item.unit_price)})"
        sheet.text(20, y, label)
        sheet.text(192, y, euros(item.amount), "right")
        y += 5.5
    sheet.text(20, y, "Débours : dépôt et reproduction de plans (hors champ TVA)")
    sheet.text(192, y, euros(debours), "right")
    y += 4
    sheet.rule(110, y, 192, y)
    rows = [("Total honoraires HT", euros(net_of(items)))]
    rows += [(f"TVA {rate} %", euros(tax)) for rate, (_, tax) in vat_by_rate(items).items()]
    rows += [("Débours", euros(debours)), ("Total TTC", euros(gross))]
    if provision:
        paid = issue - dt.timedelta(days=rng.randrange(20, 90))
        rows.append((f"Provision versée le {fr_date(paid)}", f"- {euros(provision)}"))
    rows.append(("Reste dû", euros(due_total)))
    y = pairs(sheet, 112, 192, y + 6, rows, 5.5, FACE, 10) + 6
    sheet.font(FACE, 10)
    if seed % 2 == 0:
        due, rule = issue, "à réception"
        sheet.text(18, y, "Payable à réception de la présente note, par virement ou chèque.")
    else:
        due, rule = issue + dt.timedelta(days=30), None
        sheet.font(FACE, 10, bold=True)
        sheet.text(18, y, f"Date limite de paiement : {fr_date(due)}")
    sheet.font(FACE, 7.5)
    lines(
        sheet,
        18,
        270,
        (
            f"IBAN {spaced(iban_of(rng, 'FR', 23))} - BIC CCBPFRPPMAR",
            "Pénalités de retard : trois fois le taux d'intérêt légal ; indemnité forfaitaire"
            " pour frais de recouvrement : 40 € (art. L441-10 du code de commerce).",
        ),
        3.6,
    )
    sheet.save()
    bill = Bill(
        number,
        issue,
        due,
        due_total,
        "EUR",
        debtor,
        deduction=provision is not None,
        due_rule=rule,
    )
    return [((1,), bill)]


LAYOUT = Layout("fr_geometre", "FR", "reportlab", draw)
