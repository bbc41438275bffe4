"""Five more designers of the fifth learning set: a wholesaler whose small first order is
followed by orders in the tens of thousands (thousands separators only then), an association's
supplier whose debtors' long names wrap onto two lines, a laundry sending two to five invoices
in one file, a printer whose due date is printed on some invoices and follows from the terms on
the others, and an English consultancy in pounds with a deposit, an FAO line and credit notes."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from tests.parsing.generator.render import MONTHS_EN
from tests.parsing.learning_layouts4.data import (
    COMPANIES,
    PLACES,
    STREETS,
    Debtor,
    Sheet,
    Truth,
    cents,
    debtor_block,
    english_money,
    issue_day,
    long_date,
    money,
    plus_days,
    short_date,
)
from tests.parsing.learning_layouts5.parts import (
    LONG_NAMES,
    item_table,
    items,
    totals,
    two_or_four,
    wrapped,
)

Design = Callable[[Sheet, int], list[Truth]]


def grossiste_milliers(sheet: Sheet, seed: int) -> list[Truth]:
    """A wholesaler: the corrected order is small (no thousands separator anywhere); most next
    ones reach thousands (`12 480,00`), some stay small; a `Remise 3 %` row on some."""
    rng = random.Random(f"grossiste-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"V{rng.randint(100000, 999999)}"
    name, block = debtor_block(rng, seed, companies=1.0)
    pen.text(40, 45, "Rhin Distribution Alimentaire", 14, bold=True)
    pen.text(40, 60, "Marché de gros - 67100 Strasbourg - RCS Strasbourg 441 207 119", 8)
    pen.lines(330, 100, block, 10, 13)
    pen.text(40, 190, f"Facture {number} du {short_date(issued)}", 13, bold=True)
    goods = ["Farine T65 (25 kg) x 40", "Huile de colza (20 l) x 12", "Sucre semoule palette",
             "Levure fraîche carton", "Beurre AOP", "Chocolat de couverture"]  # fmt: skip
    big = seed != 0 and rng.random() < 0.7
    lines = items(rng, 3 if seed == 0 else rng.randint(1, 9), goods, big=big)

    def plain(value: Decimal) -> str:
        return money(value, thousands=" ", symbol="")

    y = item_table(sheet, 220, lines, ("Article", "Montant HT"), f"Facture {number} (suite)", plain)
    net = sum((v for _, v in lines), Decimal(0))
    rows = [("Total HT", plain(net))]
    if seed and rng.random() < 0.4:
        discount = cents(net * Decimal("0.03"))
        rows.append(("Remise 3 %", plain(-discount)))
        net -= discount
        rows.append(("Net HT", plain(net)))
    vat = cents(net * Decimal("0.055"))
    rows += [("TVA 5,5 %", plain(vat)), ("Total TTC EUR", plain(net + vat))]
    y = totals(sheet, y + 24, rows, f"Facture {number} (suite)")
    due = plus_days(issued, 30)
    pen.text(
        40, y + 12, f"Échéance le {short_date(due)} - pénalités de retard 3 fois le taux légal"
    )
    pages = tuple(range(1, sheet.page + 1))
    return [Truth(number, issued, due, net + vat, net + vat, Debtor(name), pages=pages)]


def association_noms_longs(sheet: Sheet, seed: int) -> list[Truth]:
    """A coach company billing associations and councils: the corrected debtor's name fits one
    line; on most next ones it wraps onto two or three lines in the window."""
    rng = random.Random(f"autocars-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"{issued.year}{rng.randint(1, 1800):04d}"
    if seed == 0:
        name = "Association Sportive de Wittenheim"
    else:
        name = rng.choice(LONG_NAMES) if rng.random() < 0.75 else rng.choice(COMPANIES)
    postcode, city = rng.choice(PLACES)
    block = [*wrapped(name), rng.choice(STREETS), f"{postcode} {city}"]
    pen.text(40, 45, "Autocars Royer Voyages", 15, bold=True)
    pen.text(40, 62, "Transport de groupes - 4 route de Cernay - 68700 Uffholtz", 8)
    pen.lines(320, 110, block, 10, 13)
    pen.text(40, 220, f"FACTURE N° {number}", 13, bold=True)
    pen.text(40, 238, f"Date de facture : {short_date(issued)}")
    trips = [f"Sortie du {short_date(plus_days(issued, -rng.randint(3, 30)))} - autocar 57 places",
             "Péage et stationnement", "Repas chauffeur", "Supplément dimanche"]  # fmt: skip
    lines = items(rng, 2 if seed == 0 else rng.randint(1, 4), trips)
    y = item_table(sheet, 270, lines, ("Prestation", "Montant TTC"), f"{number} (suite)", money)
    total = sum((v for _, v in lines), Decimal(0))
    y = totals(sheet, y + 24, [("Total TTC", money(total))], f"{number} (suite)")
    due = plus_days(issued, 30)
    pen.text(40, y + 12, f"Date limite de paiement : {short_date(due)}")
    pages = tuple(range(1, sheet.page + 1))
    return [Truth(number, issued, due, total, total, Debtor(name), pages=pages)]


def lots_pressing(sheet: Sheet, seed: int) -> list[Truth]:
    """A laundry for restaurants and hotels sending two to five one-page invoices per file
    (two in the corrected one); a `Réf. client` row on some, an `Avance reçue` row on some, the
    due date printed on some and `Règlement à 15 jours` on the others."""
    rng = random.Random(f"pressing-{seed}")
    count = 2 if seed == 0 else rng.randint(2, 5)
    truths = []
    for index in range(count):
        if index:
            sheet.next_page()
        truths.append(_pressing(sheet, rng, seed if index == 0 else 100 + seed * 7 + index))
    return truths


def _pressing(sheet: Sheet, rng: random.Random, seed: int) -> Truth:
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"BL{issued:%y}-{rng.randint(1, 30000)}"
    name, block = debtor_block(rng, seed, companies=0.9)
    pen.text(40, 45, "Blanchisserie du Ried", 14, bold=True)
    pen.text(40, 60, "Linge hôtelier et restauration - 67600 Sélestat", 8)
    pen.lines(330, 100, block, 10, 13)
    pen.text(40, 185, "Facture", 14, bold=True)
    pen.text(40, 203, f"N° {number}")
    pen.text(40, 217, f"Date {short_date(issued)}")
    y = 231
    if seed >= 100 and rng.random() < 0.5:
        pen.text(40, y, f"Réf. client : R{rng.randint(1000, 9999)}")
        y += 14
    linen = ["Nappes 140x240", "Serviettes coton (lot de 50)", "Draps 240x300", "Tabliers",
             "Peignoirs", "Enlèvement et livraison"]  # fmt: skip
    lines = items(rng, 2 if seed == 0 else rng.randint(1, 8), linen)
    y = item_table(sheet, y + 20, lines, ("Article", "Montant HT"), f"{number} (suite)", money)
    net = sum((v for _, v in lines), Decimal(0))
    vat = cents(net * Decimal("0.2"))
    total = net + vat
    rows = [("Total HT", money(net)), ("TVA 20 %", money(vat)), ("Total TTC", money(total))]
    advance = Decimal(0)
    if seed >= 100 and rng.random() < 0.3:
        advance = cents(rng.randint(20, 90))
        rows.append(("Avance reçue", money(-advance)))
    rows.append(("Net à payer", money(total - advance)))
    y = totals(sheet, y + 20, rows, f"{number} (suite)")
    due = plus_days(issued, 15)
    if seed < 100 or rng.random() < 0.5:
        pen.text(40, y + 12, f"Échéance : {short_date(due)}")
    else:
        pen.text(40, y + 12, "Règlement à 15 jours date de facture.")
    return Truth(number, issued, due, total, total - advance, Debtor(name), pages=(sheet.page,))


def conditions_echeance(sheet: Sheet, seed: int) -> list[Truth]:
    """A printer: the corrected invoice prints `Date d'échéance`; the next print it on some,
    `45 jours date de facture` or `comptant à réception` on others; a customer-reference row
    and an attention line on some; the date in full (`Colmar, le 1er mars 2026`)."""
    rng = random.Random(f"imprimerie-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"IMP-{rng.randint(1000, 99999)}"
    name, block = two_or_four(rng, seed, persons=0.2, attention=0.6)
    pen.text(40, 45, "Imprimerie Kaeppelin", 15, bold=True)
    pen.text(40, 61, "Offset · Numérique · Façonnage - 29 rue Vauban - 68000 Colmar", 8)
    pen.lines(320, 105, block, 10, 13)
    pen.text(320, 190, f"Colmar, le {long_date(issued)}")
    pen.text(40, 215, f"Facture {number}", 13, bold=True)
    y = 232
    if seed and rng.random() < 0.5:
        pen.text(40, y, f"Code client : {rng.randint(411000, 411999)}")
        y += 14
    jobs = ["Flyers A5 quadri x 5000", "Brochures 16 pages x 500", "Cartes de visite x 1000",
            "Affiches A2 x 200", "Calage et BAT", "Livraison"]  # fmt: skip
    lines = items(rng, 2 if seed == 0 else rng.randint(1, 10), jobs)
    y = item_table(sheet, y + 20, lines, ("Travaux", "Prix HT"), f"{number} (suite)", money)
    net = sum((v for _, v in lines), Decimal(0))
    vat = cents(net * Decimal("0.2"))
    rows = [("Total HT", money(net)), ("TVA 20 %", money(vat)), ("Total TTC", money(net + vat))]
    y = totals(sheet, y + 24, rows, f"{number} (suite)")
    kind = "date" if seed == 0 else rng.choice(("date", "days45", "receipt"))
    due = {"date": plus_days(issued, 30), "days45": plus_days(issued, 45), "receipt": issued}[kind]
    terms = {
        "date": f"Date d'échéance : {short_date(due)}",
        "days45": "Conditions de paiement : 45 jours date de facture.",
        "receipt": "Conditions de paiement : comptant à réception.",
    }[kind]
    pen.text(40, y + 12, terms)
    pages = tuple(range(1, sheet.page + 1))
    return [Truth(number, issued, due, net + vat, net + vat, Debtor(name), pages=pages)]


def _english_day(day: date) -> str:
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


UK_DEBTORS = [
    ("Harbour Lane Bakery Ltd", ["14 Harbour Lane", "Whitstable", "Kent", "CT5 1AB"]),
    ("Mr Oliver Pennington", ["Flat 3, 22 Mill Road", "Cambridge", "CB1 2AD"]),
    ("Northgate Dental Practice", ["FAO: Practice Manager", "7 Northgate", "Chester", "CH1 2HQ"]),
    ("Ms Priya Raman", ["88 Kingsway", "London", "WC2B 6AA"]),
    ("Fenwick & Daughters Joinery Limited", ["Unit 4, Riverside Estate", "Leeds", "LS11 5DE"]),
]


def uk_consultancy(sheet: Sheet, seed: int) -> list[Truth]:
    """An English consultancy in pounds: `Invoice No.`, long dates, `Payment due` printed on
    some and `Terms: 30 days` on others, a `Less deposit received` row on some before
    `Balance due`, credit notes (`CREDIT NOTE`, `Credit total`) among them; the corrected one
    is a plain invoice with a due date."""
    rng = random.Random(f"uk-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    credit = seed in (4, 8) or (seed > 10 and rng.random() < 0.2)
    number = f"{'CN' if credit else 'INV'}-{rng.randint(1000, 4999)}"
    name, lines = UK_DEBTORS[0] if seed == 0 else rng.choice(UK_DEBTORS)
    pen.text(40, 45, "Ashdown Digital Consulting Ltd", 14, bold=True)
    pen.text(40, 60, "2 Bank Street, Tunbridge Wells, TN1 1AA - VAT GB 214 5581 09", 8)
    pen.lines(40, 105, [name, *lines], 10, 13)
    pen.text(330, 105, "CREDIT NOTE" if credit else "INVOICE", 16, bold=True)
    pen.text(330, 125, f"{'Credit note' if credit else 'Invoice'} No. {number}")
    pen.text(330, 139, f"Date: {_english_day(issued)}")
    if seed and rng.random() < 0.4:
        pen.text(330, 153, f"Your ref: PO-{rng.randint(10000, 99999)}")
    work = ["Discovery workshop", "Website audit", "Content migration (days)", "Hosting setup",
            "Training session", "Project management"]  # fmt: skip
    rows = items(rng, 2 if seed == 0 else rng.randint(1, 12), work, big=rng.random() < 0.3)

    def pounds(value: Decimal) -> str:
        return english_money(value, "£").replace("£ ", "£")

    y = item_table(sheet, 220, rows, ("Description", "Amount"), f"{number} (continued)", pounds)
    net = sum((v for _, v in rows), Decimal(0))
    vat = cents(net * Decimal("0.2"))
    total = net + vat
    summary = [("Subtotal", pounds(net)), ("VAT 20%", pounds(vat))]
    deposit = Decimal(0)
    if credit:
        summary.append(("Credit total", pounds(total)))
    elif seed and rng.random() < 0.4:
        deposit = cents(total * Decimal("0.25"))
        summary += [("Total", pounds(total)), ("Less deposit received", pounds(-deposit))]
        summary.append(("Balance due", pounds(total - deposit)))
    else:
        summary.append(("Total due", pounds(total)))
    y = totals(sheet, y + 24, summary, f"{number} (continued)")
    pages = tuple(range(1, sheet.page + 1))
    if credit:
        pen.text(40, y + 12, "This credit will be applied to your next invoice.")
        return [Truth(number, issued, None, total, -total, Debtor(name), "GBP", True, pages)]
    due = plus_days(issued, 30)
    if seed == 0 or rng.random() < 0.5:
        pen.text(40, y + 12, f"Payment due: {_english_day(due)}")
    else:
        pen.text(40, y + 12, "Terms: 30 days from the invoice date.")
    return [Truth(number, issued, due, total, total - deposit, Debtor(name), "GBP", pages=pages)]


DESIGNS_B: dict[str, Design] = {
    design.__name__: design
    for design in (
        grossiste_milliers,
        association_noms_longs,
        lots_pressing,
        conditions_echeance,
        uk_consultancy,
    )
}
