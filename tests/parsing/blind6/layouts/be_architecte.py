"""Namur architects' note d'honoraires per stage of the works: reportlab with embedded DejaVu
Sans Condensed, two-column letterhead, a GSM box at the left of the address.

Families: "Note d'honoraires n° …" (number after the title on its line); earlier stages
invoiced and paid ("Acomptes perçus (états 1 à n)") deducted → Solde à payer; "À payer au plus
tard le dd-mm-yyyy" with a structured communication; Belgian street-then-number with "bte",
4-digit postcodes; clients in Luxembourg (L-nnnn and a country line) and France (FRANCE
line); "Réf. client" beside "Dossier" (the building project, a distractor); the client's
GSM and e-mail in a side box, the site engineer's GSM as a distractor; 21 % and 6 % VAT.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.formats import cents
from tests.parsing.blind5.sheet import LabSheet

from ..bill import Bill, Debtor
from ..folks import (
    PRENOMS_F,
    PRENOMS_M,
    VILLES,
    be_vat_number,
    digits,
    e164,
    fr_name,
    fr_street,
    iban_of,
    international,
    mail,
    national,
    phone,
    pick,
    spaced,
)
from ..wording import dash_date, dotted_euros
from .base import Drawn, Layout, lines, pairs

FACE = "DejaVuSansCondensed"
BELGIQUE = (
    ("5000", "Namur"),
    ("5100", "Jambes"),
    ("1300", "Wavre"),
    ("6700", "Arlon"),
    ("5500", "Dinant"),
)
LUXEMBOURG = (("L-4002", "Esch-sur-Alzette"), ("L-9001", "Ettelbruck"), ("L-4501", "Differdange"))
RUES = ("Rue de Fer", "Chaussée de Louvain", "Avenue Cardinal Mercier", "Rue des Brasseurs")
LU_RUES = ("rue de l'Alzette", "avenue de la Gare", "rue du Canal")
SURNAMES = ("Dethier", "Lambotte", "Marchal", "Renard", "Collignon", "Baudoux", "Stassart")


def debtor_of(rng: random.Random, seed: int) -> tuple[Debtor, tuple[str, ...]]:
    civility, first, _ = fr_name(rng)
    last = pick(rng, SURNAMES)
    where = seed % 5
    if where in (0, 1, 2):
        postcode, city = pick(rng, BELGIQUE)
        street = f"{pick(rng, RUES)} {rng.randrange(1, 200)}"
        if rng.random() < 0.4:
            street += f" bte {rng.randrange(1, 20)}"
        country, region, tail = "BE", "BE", ()
    elif where == 3:
        postcode, city = pick(rng, LUXEMBOURG)
        street = f"{rng.randrange(1, 90)}, {pick(rng, LU_RUES)}"
        country, region, tail = "LU", "LU", ("GRAND-DUCHÉ DE LUXEMBOURG",)
    else:
        postcode, city = pick(rng, VILLES)
        street = fr_street(rng)
        country, region, tail = "FR", "FR", ("FRANCE",)
    if seed % 4 == 0:
        trade = pick(rng, ("Invest", "Habitat", "Logistique"))
        name = f"{pick(rng, ('SRL', 'SA', 'ASBL'))} {last} {trade}"
    elif seed % 4 == 1:
        name = f"M. et Mme {last}-{pick(rng, SURNAMES)}"
    else:
        name = f"{civility} {first} {last}"
    gsm = phone(rng, region)
    email = mail(first, last, rng, ("skynet.be", "proximus.be", "pt.lu", "gmail.com"))
    shown = rng.randrange(3)
    box = [f"Réf. client : {last[:3].upper()}{digits(rng, 3)}"]
    if shown != 2:
        box.append(f"GSM {international(gsm)}")
    if shown == 0:
        box.append(email)
    debtor = Debtor(
        name,
        (name, street, f"{postcode} {city}", *tail),
        (street,),
        postcode,
        city,
        country,
        email=email if shown == 0 else None,
        phone=e164(gsm) if shown != 2 else None,
        customer_ref=box[0].split(" : ")[1],
    )
    return debtor, tuple(box)


def draw(rng: random.Random, seed: int, path: Path) -> Drawn:
    debtor, box = debtor_of(rng, seed)
    issue = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randrange(230))
    number = f"{issue:%Y}/{rng.randrange(10, 199):03d}"
    stage = rng.randrange(1, 5)
    budget = Decimal(rng.randrange(180, 900) * 1000)
    rate = Decimal(pick(rng, ("6", "21", "21")))
    fee = cents(budget * Decimal("0.09"))
    share = Decimal(20) * stage
    earned = cents(fee * share / 100)
    earlier = cents(fee * Decimal(20) * (stage - 1) / 100)
    net = earned - earlier
    vat = cents(net * rate / 100)
    paid = cents(earlier * (100 + rate) / 100)
    to_pay = net + vat
    gross_all = paid + to_pay
    due = issue + dt.timedelta(days=30)
    structured = f"+++{digits(rng, 3)}/{digits(rng, 4)}/{digits(rng, 5)}+++"

    sheet = LabSheet(path)
    sheet.font(FACE, 12, bold=True)
    sheet.text(18, 17, "Atelier d'architecture Meuse & Sambre")
    sheet.font(FACE, 7.5)
    office = phone(rng, "BE", mobile=False)
    engineer = phone(rng, "BE")
    lines(
        sheet,
        18,
        22,
        (
            "Architectes associés SRL",
            "Boulevard d'Herbatte 18, 5000 Namur",
            f"Tél. {national(office)}",
        ),
        3.5,
    )
    lines(
        sheet,
        120,
        22,
        (
            f"TVA {be_vat_number(rng)}",
            "Ordre des Architectes - Conseil de Namur",
            "info@meuse-sambre-archi.be",
        ),
        3.5,
    )
    sheet.box(18, 46, 70, 20)
    sheet.font(FACE, 8)
    lines(sheet, 21, 51, box, 4.5)
    sheet.font(FACE, 10)
    lines(sheet, 112, 50, debtor.block, 5)
    sheet.font(FACE, 13, bold=True)
    sheet.text(18, 88, f"Note d'honoraires n° {number}")
    sheet.font(FACE, 9)
    lines(
        sheet,
        18,
        95,
        (
            f"Namur, le {dash_date(issue)}",
            f"Dossier : {pick(rng, ('Transformation', 'Extension', 'Construction neuve'))}"
            f" {pick(rng, RUES)} - permis n° PU/{issue:%Y}/{digits(rng, 4)}",
            f"Ingénieur de chantier : {pick(rng, PRENOMS_M + PRENOMS_F)} Gilson,"
            f" GSM {national(engineer)}",
        ),
        5,
    )
    y = 118.0
    rows = [
        ("Budget des travaux (HTVA)", dotted_euros(budget)),
        ("Honoraires convenus : 9 % du budget", dotted_euros(fee)),
        (f"État d'avancement n° {stage} : {share} % des honoraires", dotted_euros(earned)),
    ]
    if stage > 1:
        rows.append((f"Déjà facturé (états 1 à {stage - 1})", f"- {dotted_euros(earlier)}"))
    rows += [
        ("Honoraires du présent état (HTVA)", dotted_euros(net)),
        (f"TVA {rate} %", dotted_euros(vat)),
        ("Total de l'état TVAC", dotted_euros(net + vat)),
    ]
    y = pairs(sheet, 18, 192, y, rows, 5.5, FACE, 9.5, bold_last=False) + 2
    sheet.rule(100, y - 3, 192, y - 3)
    closing = []
    if stage > 1:
        closing = [
            ("Honoraires cumulés TVAC", dotted_euros(gross_all)),
            (f"Acomptes perçus (états 1 à {stage - 1})", f"- {dotted_euros(paid)}"),
        ]
    closing.append(("Solde à payer", dotted_euros(to_pay)))
    y = pairs(sheet, 100, 192, y + 3, closing, 5.5, FACE, 9.5) + 6
    sheet.font(FACE, 9)
    lines(
        sheet,
        18,
        y,
        (
            f"À payer au plus tard le {dash_date(due)} sur le compte"
            f" {spaced(iban_of(rng, 'BE', 12))}",
            f"avec la communication structurée {structured}",
        ),
        5,
    )
    sheet.font(FACE, 6.5)
    sheet.text(18, 286, "Conditions générales au verso. Tout litige relève des tribunaux de Namur.")
    sheet.save()
    bill = Bill(number, issue, due, to_pay, "EUR", debtor, deduction=stage > 1)
    return [((1,), bill)]


LAYOUT = Layout("be_architecte", "BE", "reportlab", draw)
