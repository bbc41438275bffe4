"""Five more designers: a wine exporter billing in dollars, pounds, francs or euros with a euro
counter-value, an after-school club deducting what was already paid, a hotel sending a
company's folios (and refunds) in one PDF, an IT consultancy whose timesheets run onto page 2,
a garage dating its invoices `Colmar, le …` with credit notes of the same layout."""

from __future__ import annotations

import random
from decimal import Decimal

from tests.parsing.learning_layouts4.data import (
    Debtor,
    Sheet,
    Truth,
    amounts,
    cents,
    debtor_block,
    english_money,
    issue_day,
    long_date,
    money,
    plus_days,
    short_date,
)
from tests.parsing.learning_layouts4.designs_a import Design

RATES = {"USD": Decimal("1.0832"), "GBP": Decimal("0.8571"), "CHF": Decimal("0.9412")}


def exportateur_devises(sheet: Sheet, seed: int) -> list[Truth]:
    """Bilingual labels; the invoice in USD (seed 0), GBP, CHF or EUR, amounts written
    `USD 12,345.67`; outside the euro a counter-value in euros under the total; foreign
    debtors."""
    rng = random.Random(f"export-{seed}")
    pen = sheet.pen
    currency = "USD" if seed == 0 else rng.choice(("USD", "GBP", "CHF", "EUR"))
    issued = issue_day(rng, seed)
    number = f"EX-{issued.year % 100}-{rng.randint(1, 4000):04d}"
    name, block = debtor_block(rng, seed, foreign=0.6)
    pen.text(40, 48, "Alsace Crémant Export SARL", 14, bold=True)
    pen.text(40, 64, "Route des Vins 41 - 68750 Bergheim - France", 8)
    pen.text(40, 76, "EORI FR52211430900017 - TVA FR52211430900", 8)
    pen.text(330, 48, "FACTURE / INVOICE", 13, bold=True)
    pen.text(330, 66, f"N° / No. : {number}")
    pen.text(330, 80, f"Date : {short_date(issued)}")
    pen.text(40, 120, "Facturé à / Bill to:", 8, bold=True)
    pen.lines(40, 134, block, 10, 13)
    pen.text(330, 134, "Livré à / Ship to:", 8, bold=True)
    pen.text(330, 148, "Voir adresse de facturation / same as billing", 8)

    def price(value: Decimal) -> str:
        return money(value) if currency == "EUR" else english_money(value, currency)

    y = 240
    pen.text(40, y, "Désignation / Description", 9, bold=True)
    pen.right(400, y, "Cartons / Cases", 9, bold=True)
    pen.right(550, y, f"Montant / Amount ({currency})", 9, bold=True)
    pen.rule(y + 5)
    lines = amounts(rng, 2 if seed == 0 else rng.randint(1, 6), big=rng.random() < 0.4)
    for line in lines:
        y += 15
        pen.text(40, y, rng.choice(("Crémant d'Alsace Brut", "Riesling Grand Cru", "Pinot Noir")))
        pen.right(400, y, str(rng.randint(5, 200)))
        pen.right(550, y, price(line))
    total = sum(lines, Decimal(0))
    y += 30
    pen.text(300, y, "Total HT / Net amount")
    pen.right(550, y, price(total))
    pen.text(300, y + 14, "TVA / VAT 0 % (export, art. 262 I CGI)")
    pen.right(550, y + 14, price(Decimal(0)))
    pen.text(300, y + 32, "Net à payer / Total due", 11, bold=True)
    pen.right(550, y + 32, price(total), 11, bold=True)
    y += 50
    if currency != "EUR":
        rate = RATES[currency]
        euros = cents(total / rate)
        rated = f"(1 EUR = {rate} {currency})"
        pen.text(300, y, f"Contre-valeur / Equivalent {rated} : {money(euros)}", 8)
        y += 14
    due = plus_days(issued, 60)
    pen.text(40, y + 10, f"Échéance / Due date : {short_date(due)}")
    pen.text(40, y + 24, "Incoterm EXW Bergheim - Paiement par virement SWIFT", 8)
    return [Truth(number, issued, due, total, total, Debtor(name), currency=currency)]


def periscolaire_deja_regle(sheet: Sheet, seed: int) -> list[Truth]:
    """An after-school club billing families monthly: one to four children's lines, an optional
    amount already paid and an optional family allowance deducted, `Reste à payer`."""
    rng = random.Random(f"periscolaire-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"PS{issued.year % 100}{issued.month:02d}{rng.randint(1, 450):03d}"
    name, block = debtor_block(rng, seed, companies=0.1)
    pen.text(40, 46, "Association Les P'tits Loups", 14, bold=True)
    pen.text(40, 62, "Accueil périscolaire et cantine - 4 rue de l'École 68490 Ottmarsheim", 8)
    pen.text(40, 74, "Association inscrite au registre du tribunal de Mulhouse vol. XXI n° 88", 7)
    pen.text(40, 110, f"Facture n° {number}", 11, bold=True)
    pen.text(40, 126, f"Émise le {long_date(issued)}")
    pen.lines(330, 110, block, 10, 13)
    y = 220
    pen.text(40, y, "Enfant / prestation", 9, bold=True)
    pen.right(550, y, "Montant", 9, bold=True)
    children = ["Léa", "Noah", "Inès", "Hugo"]
    total = Decimal(0)
    for child in children[: 2 if seed == 0 else rng.randint(1, 4)]:
        meals = rng.randint(4, 20)
        amount = cents(meals * Decimal("4.85"))
        total += amount
        y += 15
        pen.text(40, y, f"{child} - cantine ({meals} repas)")
        pen.right(550, y, money(amount))
    deductions = []
    if seed != 0 and rng.random() < 0.4:
        deductions.append(("Aide CAF (quotient familial)", cents(total * Decimal("0.25"))))
    if seed != 0 and rng.random() < 0.45:
        paid = cents(min(total * Decimal("0.5"), Decimal(rng.randint(10, 60))))
        deductions.append((f"Déjà réglé (chèque du {long_date(plus_days(issued, -5))})", paid))
    y += 28
    pen.text(300, y, "Total du mois")
    pen.right(550, y, money(total))
    for label, value in deductions:
        y += 14
        pen.text(300, y, label)
        pen.right(550, y, money(-value))
    due = sum((value for _label, value in deductions), Decimal(0))
    y += 20
    pen.text(300, y, "Reste à payer", 11, bold=True)
    pen.right(550, y, money(total - due), 11, bold=True)
    day = plus_days(issued, 15)
    pen.text(40, y + 30, f"À régler avant le {long_date(day)} (chèque, espèces, CESU)")
    return [Truth(number, issued, day, total, total - due, Debtor(name))]


def hotel_folios(sheet: Sheet, seed: int) -> list[Truth]:
    """A company's stays, two or three folios per PDF, one of them at times a refund (credit
    note, negative, no due date); arrival and departure dates beside the issue date; an
    optional deposit paid on booking."""
    rng = random.Random(f"hotel-{seed}")
    count = 2 if seed == 0 else rng.randint(2, 3)
    name, block = debtor_block(rng, seed)
    truths = []
    for index in range(count):
        if index:
            sheet.next_page()
        credit = seed != 0 and index > 0 and rng.random() < 0.3
        first = seed if index == 0 else 100 + index
        truths.append(_folio(sheet, rng, first, name, block, credit))
    return truths


def _folio(
    sheet: Sheet, rng: random.Random, seed: int, name: str, block: list[str], credit: bool
) -> Truth:
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"{'AV' if credit else ''}{issued.year % 100}-{rng.randint(1, 99999):06d}"
    pen.text(220, 46, "HÔTEL LE RÉGENT ***", 15, bold=True)
    pen.text(205, 62, "9 rue des Clefs - 68000 Colmar - +33 3 89 41 00 10", 8)
    pen.text(40, 110, f"Colmar, le {long_date(issued)}")
    pen.lines(330, 110, block, 10, 13)
    pen.text(40, 200, f"{'AVOIR' if credit else 'FACTURE'} N° {number}", 12, bold=True)
    arrival = plus_days(issued, -rng.randint(2, 6))
    nights = rng.randint(1, 4)
    guest = rng.choice(("M. Olivier Brandt", "Mme Sarah Klein", "M. Hamid Saïdi"))
    leaving = plus_days(arrival, nights)
    pen.text(40, 218, f"Séjour du {short_date(arrival)} au {short_date(leaving)}")
    pen.text(40, 232, f"Chambre {rng.randint(101, 320)} - {guest}")
    y = 264
    pen.text(40, y, "Prestation", 9, bold=True)
    pen.right(550, y, "Montant TTC", 9, bold=True)
    sign = -1 if credit else 1
    if credit:
        items = [("Geste commercial - nuit offerte", cents(rng.randint(80, 160)))]
    else:
        items = [("Nuitée chambre double", cents(rng.randint(89, 189))) for _ in range(nights)]
        extras = ("Petit-déjeuner", "Minibar", "Parking", "Dîner restaurant")
        items += [(rng.choice(extras), cents(rng.randint(8, 95))) for _ in range(rng.randint(0, 4))]
        items.append(("Taxe de séjour", cents(Decimal("1.65") * nights)))
    for label, value in items:
        y += 14
        pen.text(40, y, label)
        pen.right(550, y, money(sign * value))
    total = sum((value for _label, value in items), Decimal(0))
    y += 28
    pen.text(330, y, "Total TTC")
    pen.right(550, y, money(sign * total))
    pen.text(330, y + 14, "dont TVA 10 %", 8)
    pen.right(550, y + 14, money(sign * cents(total / 11)), 8)
    if credit:
        pen.text(330, y + 34, "Montant remboursé", 11, bold=True)
        pen.right(550, y + 34, money(-total), 11, bold=True)
        return Truth(number, issued, None, total, -total, Debtor(name), credit=True,
                     pages=(sheet.page,))  # fmt: skip
    arrhes = Decimal(0)
    if seed != 0 and rng.random() < 0.4:
        arrhes = cents(min(total / 2, Decimal(50)))
        pen.text(330, y + 28, f"Arrhes versées le {short_date(plus_days(arrival, -20))}")
        pen.right(550, y + 28, money(-arrhes))
        y += 14
    pen.text(330, y + 34, "Solde à régler", 11, bold=True)
    pen.right(550, y + 34, money(total - arrhes), 11, bold=True)
    due = plus_days(issued, 30)
    pen.text(40, y + 64, f"Échéance : {short_date(due)}")
    return Truth(number, issued, due, total, total - arrhes, Debtor(name), pages=(sheet.page,))


def conseil_pages(sheet: Sheet, seed: int) -> list[Truth]:
    """Timesheet lines (one to twenty-five); past twelve the table continues, and the totals
    go, on page 2; an optional commercial discount and an optional unpaid previous balance
    added; Belgian, Luxembourg and CEDEX debtors."""
    rng = random.Random(f"conseil-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"NC-{issued.year}-{rng.randint(1, 999):03d}"
    name, block = debtor_block(rng, seed, foreign=0.3)
    count = 4 if seed == 0 else rng.choice((1, 2, 5, 11, 13, 16, 20, 25))
    pen.text(40, 50, "Numéris Conseil", 16, bold=True)
    pen.text(40, 66, "SAS - 27 boulevard de l'Europe 68100 Mulhouse - RCS 801 552 301", 8)
    pen.box(380, 40, 175, 56)
    pen.text(390, 56, "FACTURE", 12, bold=True)
    pen.text(390, 72, f"N° {number}")
    pen.text(390, 86, long_date(issued))
    pen.text(40, 120, "Client", 8, bold=True)
    pen.lines(40, 134, block, 10, 13)
    y = 250
    pen.text(40, y, "Prestation", 9, bold=True)
    pen.right(420, y, "Jours", 9, bold=True)
    pen.right(480, y, "TJM", 9, bold=True)
    pen.right(550, y, "Total HT", 9, bold=True)
    tasks = ["Développement module facturation", "Recette fonctionnelle", "Support N2",
             "Atelier de cadrage", "Migration base de données", "Revue de code"]  # fmt: skip
    net = Decimal(0)
    for index in range(count):
        if index == 16:
            pen.text(40, 810, f"Facture {number} - page 1/2", 7)
            sheet.next_page()
            pen.text(40, 50, f"Facture {number} (suite)", 10, bold=True)
            y = 80
        days = Decimal(rng.choice(("0.5", "1", "2", "3.5", "5")))
        amount = cents(days * 650)
        net += amount
        y += 14
        pen.text(40, y, f"{rng.choice(tasks)} - semaine {index + 1}")
        pen.right(420, y, f"{days}".replace(".", ","))
        pen.right(480, y, money(Decimal(650)))
        pen.right(550, y, money(amount))
    if 12 < count <= 16:
        pen.text(40, 810, f"Facture {number} - page 1/2", 7)
        sheet.next_page()
        pen.text(40, 50, f"Facture {number} (suite)", 10, bold=True)
        y = 80
    discount = cents(net * Decimal("0.05")) if seed != 0 and rng.random() < 0.3 else Decimal(0)
    previous = cents(rng.randint(300, 9000)) if seed != 0 and rng.random() < 0.3 else Decimal(0)
    y += 30
    rows = [("Total HT", net)]
    if discount:
        rows.append(("Remise commerciale 5 %", -discount))
    vat = cents((net - discount) * Decimal("0.20"))
    total = net - discount + vat
    rows += [("TVA 20 %", vat), ("Total TTC", total)]
    if previous:
        rows.append(("Solde antérieur impayé", previous))
    for label, value in rows:
        pen.text(330, y, label)
        pen.right(550, y, money(value))
        y += 14
    pen.text(330, y + 4, "Montant à régler", 11, bold=True)
    pen.right(550, y + 4, money(total + previous), 11, bold=True)
    due = plus_days(issued, 30)
    pen.text(40, y + 30, f"Date d'échéance : {long_date(due)}")
    pen.text(40, y + 44, "Indemnité forfaitaire pour frais de recouvrement : 40 €", 7)
    pages = tuple(range(1, sheet.page + 1))
    return [Truth(number, issued, due, total, total + previous, Debtor(name), pages=pages)]


def garage_dates(sheet: Sheet, seed: int) -> list[Truth]:
    """`Colmar, le 3 septembre 2026` at the top right, `N° 26/457` growing with the year, a
    vehicle block, one to fifteen parts and labour lines, an optional insurer's share
    deducted; credit notes (seeds 4 and 7) of the same layout."""
    rng = random.Random(f"garage-{seed}")
    pen = sheet.pen
    credit = seed in (4, 7)
    issued = issue_day(rng, seed)
    number = f"{issued.year % 100}/{rng.choice((9, 87, 457, 1203, 10388)) + rng.randint(0, 9)}"
    name, block = debtor_block(rng, seed, capitals=seed % 2 == 1)
    pen.text(40, 46, "Garage de l'Europe", 15, bold=True)
    pen.text(40, 62, "Agent Renault - 120 route de Bâle 68000 Colmar", 8)
    pen.right(555, 46, f"Colmar, le {long_date(issued)}")
    pen.lines(330, 100, block, 10, 13)
    pen.text(40, 110, f"Véhicule : Clio IV - {rng.choice(('AB-123-CD', 'GH-908-KL'))}", 9)
    pen.text(40, 124, f"Kilométrage : {rng.randint(5000, 190000)} km", 9)
    pen.text(40, 138, f"Mise en circulation : {short_date(plus_days(issued, -2000))}", 9)
    pen.text(40, 190, f"{'AVOIR' if credit else 'FACTURE'} N° {number}", 13, bold=True)
    y = 220
    if credit:
        pen.text(40, y, f"Avoir sur facture {issued.year % 100}/{rng.randint(1, 900)}")
        y += 16
    pen.text(40, y, "Désignation", 9, bold=True)
    pen.right(550, y, "Montant HT", 9, bold=True)
    parts = ["Plaquettes de frein AV", "Vidange + filtre", "Main d'œuvre 1,5 h",
             "Pneu 195/55 R16", "Balais essuie-glace", "Diagnostic électronique"]  # fmt: skip
    count = 1 if credit else (3 if seed == 0 else rng.randint(1, 15))
    lines = amounts(rng, count, big=False)
    sign = -1 if credit else 1
    for line in lines:
        y += 14
        pen.text(40, y, rng.choice(parts))
        pen.right(550, y, money(sign * line))
    net = sum(lines, Decimal(0))
    vat = cents(net * Decimal("0.20"))
    total = net + vat
    y += 28
    for label, value in (("Total HT", net), ("TVA 20 %", vat), ("Total TTC", total)):
        pen.text(330, y, label)
        pen.right(550, y, money(sign * value))
        y += 14
    if credit:
        pen.text(330, y + 6, "Total avoir", 11, bold=True)
        pen.right(550, y + 6, money(-total), 11, bold=True)
        return [Truth(number, issued, None, total, -total, Debtor(name), credit=True)]
    insurer = Decimal(0)
    if seed != 0 and rng.random() < 0.3:
        insurer = cents(total * Decimal("0.7"))
        pen.text(330, y, "Prise en charge assurance")
        pen.right(550, y, money(-insurer))
        y += 14
    pen.text(330, y + 6, "Net à payer", 11, bold=True)
    pen.right(550, y + 6, money(total - insurer), 11, bold=True)
    due = plus_days(issued, 30)
    pen.text(40, y + 36, f"Échéance : {long_date(due)}")
    return [Truth(number, issued, due, total, total - insurer, Debtor(name))]


DESIGNS_B: dict[str, Design] = {
    "exportateur_devises": exportateur_devises,
    "periscolaire_deja_regle": periscolaire_deja_regle,
    "hotel_folios": hotel_folios,
    "conseil_pages": conseil_pages,
    "garage_dates": garage_dates,
}
