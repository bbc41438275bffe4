"""Five more designers of the sixth learning set: a caterer billing councils and associations
(names of two to seventy letters, wrapping, in capitals for some), a medical laboratory (the
health insurance's and the mutual's shares deducted on some months, `Reste à charge`), an
architect's fee notes (`Déjà facturé` on later stages), a Swiss printer in francs (`1'234.50`
on some), a garage (an insurer's share on some repairs, parts lists running onto page 2)."""

from __future__ import annotations

import random
from decimal import Decimal

from tests.parsing.learning_layouts4.data import (
    Debtor,
    Sheet,
    Truth,
    cents,
    issue_day,
    long_date,
    plus_days,
    short_date,
)
from tests.parsing.learning_layouts5.parts import item_table, totals
from tests.parsing.learning_layouts6.designs_a import Design
from tests.parsing.learning_layouts6.parts import client, euros, priced, separator


def traiteur_collectivites(sheet: Sheet, seed: int) -> list[Truth]:
    """A caterer: the number in a framed box top right, the debtor under it (names from `SCI
    Lorh` to a council's seventy letters over three lines, in capitals for some), `À régler
    avant le …` on some, `Conditions : 30 jours` on the others."""
    rng = random.Random(f"traiteur6-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"T-{rng.randint(10000, 99999)}"
    who = client(rng, seed, capitals=0.4, width=28)
    sep = separator(rng, seed)
    pen.text(40, 45, "Saveurs d'Alsace Traiteur", 15, bold=True)
    pen.text(40, 60, "Réceptions · Plateaux-repas · Buffets - 67210 Obernai", 8)
    pen.box(340, 35, 210, 40)
    pen.text(350, 52, f"FACTURE N° {number}", 11, bold=True)
    pen.text(350, 67, f"du {long_date(issued)}", 9)
    pen.lines(340, 110, who.block, 10, 13)
    dishes = ["Buffet froid 60 couverts", "Plateaux-repas", "Vin d'honneur", "Service (h)",
              "Location vaisselle", "Livraison"]  # fmt: skip
    count = 2 if seed == 0 else rng.randint(1, 9)
    lines = priced(rng, count, dishes, 30, 3200)
    y = item_table(sheet, 240, lines, ("Prestation", "Montant HT"), f"{number} (suite)",
                   lambda v: euros(v, sep, ""))  # fmt: skip
    net = sum((v for _, v in lines), Decimal(0))
    vat = cents(net * Decimal("0.1"))
    rows = [("Montant HT", euros(net, sep)), ("TVA 10 %", euros(vat, sep)),
            ("Montant TTC", euros(net + vat, sep))]  # fmt: skip
    y = totals(sheet, y + 22, rows, f"{number} (suite)")
    due = plus_days(issued, 30)
    if seed == 0 or rng.random() < 0.5:
        pen.text(40, y + 12, f"À régler avant le {short_date(due)}.")
    else:
        pen.text(40, y + 12, "Conditions : 30 jours date de facture.")
    pages = tuple(range(1, sheet.page + 1))
    return [Truth(number, issued, due, net + vat, net + vat, Debtor(who.name), pages=pages)]


def laboratoire_parts(sheet: Sheet, seed: int) -> list[Truth]:
    """A medical laboratory's invoice to a patient: acts with their codes; on some months the
    health insurance's share, and on some of those the mutual's too, deducted before `Reste à
    charge` (the others end on `Montant dû`); due `à réception` or on a printed date."""
    rng = random.Random(f"labo6-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"LB{issued:%y%m%d}{rng.randint(100, 999)}"
    who = client(rng, seed, capitals=0.5)
    pen.text(40, 45, "Laboratoire de biologie médicale BioRhin", 13, bold=True)
    pen.text(40, 60, "18 boulevard du Champ de Mars - 68000 Colmar", 8)
    pen.text(330, 100, "Patient / Assuré", 8)
    pen.lines(330, 113, who.block, 10, 13)
    pen.text(40, 200, f"Facture {number}", 12, bold=True)
    pen.text(40, 216, f"Date de facturation : {short_date(issued)}")
    acts = ["B 0552 Hémogramme", "B 1207 Glycémie", "B 0593 Bilan lipidique", "B 1610 TSH",
            "Forfait prélèvement", "B 4001 Ferritine"]  # fmt: skip
    count = 2 if seed == 0 else rng.randint(1, 8)
    lines = priced(rng, count, acts, 3, 45)
    y = item_table(sheet, 245, lines, ("Acte", "Montant"), f"{number} (suite)",
                   lambda v: euros(v, "", ""))  # fmt: skip
    total = sum((v for _, v in lines), Decimal(0))
    rows = [("Total des actes", euros(total, ""))]
    shares = Decimal(0)
    if seed and rng.random() < 0.6:
        amo = cents(total * Decimal("0.6"))
        rows.append(("Part Assurance Maladie", euros(-amo, "")))
        shares += amo
        if rng.random() < 0.5:
            amc = cents((total - amo) * Decimal("0.5"))
            rows.append(("Part mutuelle", euros(-amc, "")))
            shares += amc
        rows.append(("Reste à charge", euros(total - shares, "")))
    else:
        rows.append(("Montant dû", euros(total, "")))
    y = totals(sheet, y + 22, rows, f"{number} (suite)", x=300)
    if seed == 0 or rng.random() < 0.5:
        due = plus_days(issued, 15)
        pen.text(40, y + 12, f"À payer avant le {short_date(due)}")
    else:
        due = issued
        pen.text(40, y + 12, "Règlement à réception.")
    pages = tuple(range(1, sheet.page + 1))
    return [Truth(number, issued, due, total, total - shares, Debtor(who.name), pages=pages)]


def architecte_honoraires(sheet: Sheet, seed: int) -> list[Truth]:
    """An architect's fee note per project stage: the debtor on the left, `Note d'honoraires
    n°` with the stage, the fee as a percentage of the works; later stages deduct `Déjà
    facturé` and end on `Reste dû`, the first ones on `Net à payer`; `Échéance` or `à 30
    jours`; amounts in the tens of thousands with separators on some."""
    rng = random.Random(f"archi6-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"NH{issued.year}-{rng.randint(1, 300):03d}"
    who = client(rng, seed, capitals=0.2)
    sep = separator(rng, seed, " ")
    pen.text(40, 45, "Atelier d'architecture Muller & Sauter", 13, bold=True)
    pen.text(40, 60, "Architectes DPLG - 2 quai de la Poissonnerie - 68000 Colmar", 8)
    pen.lines(40, 105, who.block, 10, 13)
    pen.text(330, 105, f"Note d'honoraires n° {number}", 11, bold=True)
    pen.text(330, 121, f"Colmar, le {short_date(issued)}")
    stages = ["Esquisse", "APS", "APD", "PRO", "DCE", "ACT", "VISA", "DET", "AOR"]
    stage = 1 if seed == 0 else rng.randint(1, len(stages))
    works = Decimal(rng.randint(80, 2400) * 1000)
    fee = cents(works * Decimal("0.09"))
    pen.text(40, 215, f"Projet : {rng.choice(['Maison individuelle', 'Extension', 'Bureaux'])}")
    pen.text(40, 228, f"Montant prévisionnel des travaux : {euros(works, sep)} HT")
    lines = []
    for index in range(stage):
        share = Decimal(100 // len(stages)) if index < len(stages) - 1 else Decimal(12)
        lines.append((f"Phase {stages[index]} ({share} %)", cents(fee * share / 100)))
    y = item_table(sheet, 255, lines, ("Phase", "Honoraires HT"), f"{number} (suite)",
                   lambda v: euros(v, sep, ""))  # fmt: skip
    net = sum((v for _, v in lines), Decimal(0))
    vat = cents(net * Decimal("0.2"))
    total = net + vat
    rows = [("Cumul HT", euros(net, sep)), ("TVA 20 %", euros(vat, sep)),
            ("Cumul TTC", euros(total, sep))]  # fmt: skip
    billed = Decimal(0)
    if stage > 1:
        billed = cents(sum((v for _, v in lines[:-1]), Decimal(0)) * Decimal("1.2"))
        rows += [("Déjà facturé", euros(-billed, sep)), ("Reste dû", euros(total - billed, sep))]
    else:
        rows.append(("Net à payer", euros(total, sep)))
    y = totals(sheet, y + 22, rows, f"{number} (suite)")
    due = plus_days(issued, 30)
    if seed == 0 or rng.random() < 0.5:
        pen.text(40, y + 12, f"Échéance : {short_date(due)}")
    else:
        pen.text(40, y + 12, "Honoraires payables à 30 jours date de facture.")
    pages = tuple(range(1, sheet.page + 1))
    return [Truth(number, issued, due, total, total - billed, Debtor(who.name), pages=pages)]


def _francs(value: Decimal, separator: str) -> str:
    whole, cents_ = f"{abs(value):.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{'-' if value < 0 else ''}{separator.join(groups)}.{cents_}"


def imprimerie_suisse(sheet: Sheet, seed: int) -> list[Truth]:
    """A printer in Basel billing in Swiss francs: `Rechnung / Facture`, `Montant CHF`, the
    apostrophe thousands separator on some, a `Rabais` row on some, `Payable jusqu'au` on some
    and `Payable à 30 jours net` on the others."""
    rng = random.Random(f"suisse6-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"{rng.randint(20000, 89999)}"
    who = client(rng, seed, capitals=0.2)
    sep = separator(rng, seed, "'")
    pen.text(40, 45, "Druckerei Basilea AG", 15, bold=True)
    pen.text(40, 60, "Dornacherstrasse 210 - 4053 Basel - CHE-112.334.556 MWST", 8)
    pen.lines(330, 105, who.block, 10, 13)
    pen.text(40, 200, "Facture", 14, bold=True)
    pen.text(40, 218, f"Numéro de facture : {number}")
    pen.text(40, 231, f"Date : {issued:%d.%m.%Y}")
    jobs = ["Catalogue 48 pages x 2000", "Dépliants 3 volets", "Papier à en-tête",
            "Enveloppes C5 imprimées", "Mise en page (h)"]  # fmt: skip
    count = 2 if seed == 0 else rng.randint(1, 14)
    lines = priced(rng, count, jobs, 60, 4200)
    y = item_table(sheet, 258, lines, ("Désignation", "Montant CHF"), f"{number} (suite)",
                   lambda v: _francs(v, sep))  # fmt: skip
    net = sum((v for _, v in lines), Decimal(0))
    rows = [("Sous-total", _francs(net, sep))]
    discount = Decimal(0)
    if seed and rng.random() < 0.3:
        discount = cents(net * Decimal("0.05"))
        rows.append(("Rabais 5 %", _francs(-discount, sep)))
    vat = cents((net - discount) * Decimal("0.081"))
    total = net - discount + vat
    rows += [("TVA 8,1 %", _francs(vat, sep)), ("Total CHF", _francs(total, sep))]
    y = totals(sheet, y + 22, rows, f"{number} (suite)")
    due = plus_days(issued, 30)
    if seed == 0 or rng.random() < 0.5:
        pen.text(40, y + 12, f"Payable jusqu'au {due:%d.%m.%Y}")
    else:
        pen.text(40, y + 12, "Payable à 30 jours net.")
    pages = tuple(range(1, sheet.page + 1))
    return [Truth(number, issued, due, total, total, Debtor(who.name), "CHF", pages=pages)]


def garage_assurance(sheet: Sheet, seed: int) -> list[Truth]:
    """A garage: vehicle and mileage lines, parts and labour from one to thirty-five lines
    (page 2 on long repairs), on some an insurer's share (`Prise en charge assurance`) and a
    `Franchise - reste à votre charge` total; `Date d'échéance` or `Paiement comptant`."""
    rng = random.Random(f"garage6-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"G{rng.randint(10000, 99999)}"
    who = client(rng, seed, capitals=0.4)
    sep = separator(rng, seed)
    pen.text(40, 45, "GARAGE DU VIGNOBLE", 15, bold=True)
    pen.text(40, 60, "Agent Renault - route du Vin - 68340 Riquewihr", 8)
    pen.lines(330, 100, who.block, 10, 13)
    pen.text(40, 190, f"FACTURE {number}", 13, bold=True)
    pen.text(40, 206, f"Date : {short_date(issued)}")
    plate = f"{rng.choice('ABCDEFGH')}{rng.choice('KLMNP')}-{rng.randint(100, 999)}-XZ"
    pen.text(230, 206, f"Véhicule : {plate} - {rng.randint(8000, 240000)} km")
    parts = [
        "Plaquettes de frein AV",
        "Disques de frein",
        "Vidange huile 5W30",
        "Filtre à huile",
        "Main d'œuvre (h)",
        "Pare-brise",
        "Kit distribution",
        "Pneu 205/55 R16",
    ]
    count = 2 if seed == 0 else rng.randint(1, 35)
    lines = priced(rng, count, parts, 8, 700)
    continued = f"Facture {number} (suite)"
    y = item_table(sheet, 235, lines, ("Pièces et main d'œuvre", "Total HT"), continued,
                   lambda v: euros(v, sep, ""))  # fmt: skip
    net = sum((v for _, v in lines), Decimal(0))
    vat = cents(net * Decimal("0.2"))
    total = net + vat
    rows = [("Total HT", euros(net, sep)), ("TVA 20 %", euros(vat, sep)),
            ("Total TTC", euros(total, sep))]  # fmt: skip
    insurer = Decimal(0)
    if seed and rng.random() < 0.35:
        insurer = total - cents(rng.choice((150, 300, 450)))
        if insurer > 0:
            rows += [
                ("Prise en charge assurance", euros(-insurer, sep)),
                ("Franchise - reste à votre charge", euros(total - insurer, sep)),
            ]
        else:
            insurer = Decimal(0)
    y = totals(sheet, y + 22, rows, continued)
    if seed == 0 or rng.random() < 0.5:
        due = plus_days(issued, 30)
        pen.text(40, y + 12, f"Date d'échéance : {short_date(due)}")
    else:
        due = issued
        pen.text(40, y + 12, "Paiement comptant à la livraison du véhicule.")
    pages = tuple(range(1, sheet.page + 1))
    return [Truth(number, issued, due, total, total - insurer, Debtor(who.name), pages=pages)]


DESIGNS_B: dict[str, Design] = {
    "traiteur_collectivites": traiteur_collectivites,
    "laboratoire_parts": laboratoire_parts,
    "architecte_honoraires": architecte_honoraires,
    "imprimerie_suisse": imprimerie_suisse,
    "garage_assurance": garage_assurance,
}
