"""Five designers of the fourth learning set: a plumber sending two to four invoices in one PDF,
a property manager sending an owner's statement followed by its invoices, a wholesaler whose
long orders push the totals onto page 2, a home-care service deducting subsidies, a builder
with deposits, five-figure amounts and credit notes in the invoices' layout."""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal

from tests.parsing.learning_layouts4.data import (
    Debtor,
    Sheet,
    Truth,
    amounts,
    cents,
    debtor_block,
    issue_day,
    long_date,
    money,
    plus_days,
    short_date,
)

Design = Callable[[Sheet, int], list[Truth]]


def plombier_lots(sheet: Sheet, seed: int) -> list[Truth]:
    """Two to four one-page invoices per file (three in the corrected file); a table of one to
    eight lines, an optional deposit row, an optional intervention date, long French dates."""
    rng = random.Random(f"plombier-{seed}")
    count = 3 if seed == 0 else rng.randint(2, 4)
    truths = []
    for index in range(count):
        if index:
            sheet.next_page()
        truths.append(_plombier_invoice(sheet, rng, seed if index == 0 else 100 + index))
    return truths


def _plombier_invoice(sheet: Sheet, rng: random.Random, seed: int) -> Truth:
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"F{issued.year % 100}-{rng.choice((7, 48, 312, 1207, 12044)) + rng.randint(0, 9)}"
    name, block = debtor_block(rng, seed)
    pen.text(40, 50, "PLOMBERIE - CHAUFFAGE KLEIN", 14, bold=True)
    pen.text(40, 66, "Sanitaire · Chauffage · Dépannage 7j/7", 8)
    pen.text(40, 78, "3 rue du Ruisseau - 68720 Illfurth - Tél. 03 89 25 41 07", 8)
    pen.text(40, 90, "SIRET 512 334 871 00024 - TVA FR41512334871", 8)
    pen.lines(330, 120, block, 10, 13)
    pen.text(40, 150, "FACTURE", 16, bold=True)
    pen.text(40, 172, f"N° {number}")
    pen.text(40, 186, f"Date : {long_date(issued)}")
    y = 200
    if seed == 0 or rng.random() < 0.5:
        pen.text(40, y, f"Intervention du {long_date(plus_days(issued, -rng.randint(1, 9)))}")
        y += 14
    pen.text(40, y, f"Code client : C{rng.randint(100, 9999)}")
    y = 250
    pen.text(40, y, "Désignation", 9, bold=True)
    pen.right(380, y, "Qté", 9, bold=True)
    pen.right(460, y, "P.U. HT", 9, bold=True)
    pen.right(550, y, "Total HT", 9, bold=True)
    pen.rule(y + 5)
    lines = amounts(rng, 2 if seed == 0 else rng.randint(1, 8), big=False)
    works = ["Remplacement mitigeur", "Déplacement", "Main d'œuvre (heure)", "Joint fibre",
             "Détartrage chauffe-eau", "Flexible inox 50 cm", "Purge radiateurs"]  # fmt: skip
    for line in lines:
        y += 15
        pen.text(40, y, rng.choice(works))
        pen.right(380, y, "1")
        pen.right(460, y, money(line, symbol=""))
        pen.right(550, y, money(line, symbol=""))
    net = sum(lines, Decimal(0))
    vat = cents(net * Decimal("0.10"))
    total = net + vat
    deposit = Decimal(0)
    if seed != 0 and rng.random() < 0.4:
        deposit = cents(round(total * Decimal("0.3"), -1))
    due = plus_days(issued, 30)
    y += 30
    rows = [("Total HT", net), ("TVA 10 %", vat), ("Total TTC", total)]
    if deposit:
        rows.append((f"Acompte versé le {long_date(plus_days(issued, -12))}", -deposit))
    for label, value in rows:
        pen.text(330, y, label)
        pen.right(550, y, money(value))
        y += 14
    pen.text(330, y + 4, "Net à payer", 11, bold=True)
    pen.right(550, y + 4, money(total - deposit), 11, bold=True)
    pen.text(40, y + 30, f"Date d'échéance : {long_date(due)}")
    pen.text(40, y + 44, "Règlement par virement ou chèque à l'ordre de Klein Plomberie", 8)
    pen.text(40, 800, "IBAN FR76 1027 8030 0000 0204 5120 146 - BIC CMCIFR2A", 7)
    return Truth(number, issued, due, total, total - deposit, Debtor(name), pages=(sheet.page,))


def syndic_releve(sheet: Sheet, seed: int) -> list[Truth]:
    """An owner's statement on page 1 (all their invoices, a payment), then one to three
    invoices, the owner's name in capitals, an optional previous balance added to the amount
    due, short dates."""
    rng = random.Random(f"syndic-{seed}")
    count = 2 if seed == 0 else rng.randint(1, 3)
    name, block = debtor_block(rng, seed, capitals=True)
    issued = issue_day(rng, seed)
    invoices = []
    for index in range(count):
        lines = amounts(rng, 1 if seed == 0 else rng.randint(1, 5), big=False)
        previous = Decimal(0)
        if seed != 0 and rng.random() < 0.35:
            previous = cents(rng.randint(4000, 90000) / 100)
        number = f"H{issued.year}/{rng.randint(1, 3200):04d}"
        invoices.append((number, lines, previous, index))
    pen = sheet.pen
    _syndic_letterhead(sheet)
    pen.lines(330, 130, block, 10, 13)
    pen.text(40, 200, "RELEVÉ DE COMPTE PROPRIÉTAIRE", 13, bold=True)
    pen.text(40, 216, f"Arrêté au {short_date(issued)}")
    y = 250
    for label, x in (("Date", 40), ("Pièce", 110), ("Libellé", 200)):
        pen.text(x, y, label, 9, bold=True)
    pen.right(470, y, "Débit", 9, bold=True)
    pen.right(550, y, "Crédit", 9, bold=True)
    balance = Decimal(0)
    for number, lines, _previous, _index in invoices:
        y += 15
        amount = cents(sum(lines, Decimal(0)) * Decimal("1.2"))
        pen.text(40, y, short_date(issued))
        pen.text(110, y, number)
        pen.text(200, y, "Honoraires de gestion")
        pen.right(470, y, money(amount, symbol=""))
        balance += amount
    y += 15
    paid = cents(rng.randint(5000, 30000) / 100)
    pen.text(40, y, short_date(plus_days(issued, -20)))
    pen.text(110, y, "RGLT")
    pen.text(200, y, "Votre règlement, merci")
    pen.right(550, y, money(paid, symbol=""))
    pen.text(330, y + 30, "Solde du compte", 10, bold=True)
    pen.right(550, y + 30, money(balance - paid), 10, bold=True)
    truths = []
    for number, lines, previous, _index in invoices:
        sheet.next_page()
        truths.append(_syndic_invoice(sheet, rng, issued, number, lines, previous, block, name))
    return truths


def _syndic_letterhead(sheet: Sheet) -> None:
    pen = sheet.pen
    pen.text(40, 50, "Cabinet Immobilier Vauban", 15, bold=True)
    pen.text(40, 66, "Gestion locative - Syndic de copropriété - Transactions", 8)
    pen.text(40, 78, "18 quai Vauban, 68100 Mulhouse - 03 89 66 12 40 - contact@vauban-immo.fr", 8)
    pen.text(40, 90, "Carte professionnelle CPI 6801 2019 000 041 237", 7)


def _syndic_invoice(
    sheet: Sheet,
    rng: random.Random,
    issued,
    number: str,
    lines: list[Decimal],
    previous: Decimal,
    block: list[str],
    name: str,
) -> Truth:
    pen = sheet.pen
    _syndic_letterhead(sheet)
    pen.lines(330, 130, block, 10, 13)
    pen.text(40, 150, "Facture d'honoraires", 13, bold=True)
    pen.text(40, 168, f"Numéro : {number}")
    pen.text(40, 182, f"Date de facture : {short_date(issued)}")
    pen.text(40, 196, f"Lot n° {rng.randint(1, 60)} - Immeuble Le Panorama")
    y = 240
    pen.text(40, y, "Libellé", 9, bold=True)
    pen.right(550, y, "Montant HT", 9, bold=True)
    labels = ["Honoraires de gestion courante", "Frais d'envoi recommandé", "Vacation AG",
              "Établissement état des lieux", "Frais de relance"]  # fmt: skip
    for index, line in enumerate(lines):
        y += 15
        pen.text(40, y, labels[index % len(labels)])
        pen.right(550, y, money(line, symbol=""))
    net = sum(lines, Decimal(0))
    vat = cents(net * Decimal("0.20"))
    total = net + vat
    y += 30
    rows = [("Total HT", net), ("TVA 20 %", vat), ("Total TTC de la facture", total)]
    if previous:
        rows.append(("Solde antérieur", previous))
    for label, value in rows:
        pen.text(300, y, label)
        pen.right(550, y, money(value))
        y += 14
    pen.text(300, y + 4, "TOTAL À PAYER", 11, bold=True)
    pen.right(550, y + 4, money(total + previous), 11, bold=True)
    due = plus_days(issued, 15)
    pen.text(40, y + 34, f"À payer avant le {short_date(due)} par virement (RIB ci-dessous).")
    pen.text(40, 800, "IBAN FR76 3000 3021 5400 0500 1234 567 - Société Générale Mulhouse", 7)
    return Truth(number, issued, due, total, total + previous, Debtor(name), pages=(sheet.page,))


def grossiste_deux_pages(sheet: Sheet, seed: int) -> list[Truth]:
    """One to twenty-five order lines; past fourteen the page breaks after twenty lines at most
    (`À reporter` / `Report`) and the totals are on page 2; an optional loyalty discount;
    dotted dates and thousands."""
    rng = random.Random(f"grossiste-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"FC-{issued.year}{issued.month:02d}-{rng.randint(1, 2400):04d}"
    name, block = debtor_block(rng, seed, capitals=rng.random() < 0.5)
    count = 6 if seed == 0 else rng.choice((1, 3, 9, 15, 18, 22, 25))
    pen.text(40, 48, "DISTRIBUTION ALIMENTAIRE RHÉNANE", 13, bold=True)
    pen.text(40, 62, "Grossiste CHR - 5 rue de l'Industrie - 67400 Illkirch", 8)
    pen.text(40, 74, "RCS Strasbourg 433 118 209 - TVA FR23433118209", 8)
    pen.lines(320, 110, block, 9, 12)
    pen.text(40, 120, "FACTURE", 14, bold=True)
    pen.text(40, 140, "N° facture")
    pen.text(120, 140, number)
    pen.text(40, 154, "Date")
    pen.text(120, 154, issued.strftime("%d.%m.%Y"))
    pen.text(40, 168, "N° client")
    pen.text(120, 168, f"41 {rng.randint(1000, 9999)}")
    pen.text(40, 182, "Livraison")
    pen.text(120, 182, plus_days(issued, -1).strftime("%d.%m.%Y"))
    goods = ["Farine T55 sac 25 kg", "Huile tournesol 10 L", "Crème UHT 35 % 1 L",
             "Sucre semoule 10 kg", "Beurre doux plaque 1 kg", "Café grains 1 kg",
             "Riz long 5 kg", "Tomates pelées 5/1"]  # fmt: skip
    rows = []
    for _ in range(count):
        quantity = rng.randint(1, 40)
        price = cents(rng.randint(150, 9000) / 100)
        rows.append((rng.choice(goods), quantity, price, cents(quantity * price)))
    first_page = rows if count <= 14 else rows[:20]

    def header(y: float) -> None:
        for label, x in (("Réf.", 40), ("Désignation", 90)):
            pen.text(x, y, label, 8, bold=True)
        for label, x in (("Qté", 380), ("P.U. HT", 460), ("Montant HT", 550)):
            pen.right(x, y, label, 8, bold=True)
        pen.rule(y + 4)

    def row(y: float, item: tuple[str, int, Decimal, Decimal]) -> None:
        pen.text(40, y, f"{rng.randint(10000, 99999)}", 8)
        pen.text(90, y, item[0], 8)
        pen.right(380, y, str(item[1]), 8)
        pen.right(460, y, money(item[2], ".", ""), 8)
        pen.right(550, y, money(item[3], ".", ""), 8)

    y = 220
    header(y)
    for item in first_page:
        y += 14
        row(y, item)
    carried = sum((item[3] for item in first_page), Decimal(0))
    if count > 14:
        pen.text(380, y + 20, "À reporter", 8, bold=True)
        pen.right(550, y + 20, money(carried, ".", ""), 8, bold=True)
        pen.text(40, 810, "Page 1/2", 7)
        sheet.next_page()
        pen.text(40, 48, "DISTRIBUTION ALIMENTAIRE RHÉNANE", 10, bold=True)
        pen.text(40, 62, f"Facture {number} du {issued.strftime('%d.%m.%Y')} - suite", 8)
        y = 100
        header(y)
        y += 14
        pen.text(90, y, "Report", 8, bold=True)
        pen.right(550, y, money(carried, ".", ""), 8, bold=True)
        for item in rows[20:]:
            y += 14
            row(y, item)
        pen.text(40, 810, "Page 2/2", 7)
    gross = sum((item[3] for item in rows), Decimal(0))
    discount = cents(gross * Decimal("0.03")) if seed != 0 and rng.random() < 0.4 else Decimal(0)
    net = gross - discount
    vat = cents(net * Decimal("0.055"))
    total = net + vat
    y += 30
    totals = [("Total HT brut", gross)]
    if discount:
        totals.append(("Remise fidélité 3 %", -discount))
    totals += [("Total HT net", net), ("TVA 5,5 %", vat)]
    for label, value in totals:
        pen.text(360, y, label, 9)
        pen.right(550, y, money(value, ".", " EUR"), 9)
        y += 13
    pen.text(360, y + 4, "NET À PAYER TTC", 10, bold=True)
    pen.right(550, y + 4, money(total, ".", " EUR"), 10, bold=True)
    due = plus_days(issued, 45)
    pen.text(40, y + 4, f"Échéance : {due.strftime('%d.%m.%Y')} - règlement par LCR", 9)
    pages = (1, 2) if count > 14 else (1,)
    return [Truth(number, issued, due, total, total, Debtor(name), pages=pages)]


def aide_domicile(sheet: Sheet, seed: int) -> list[Truth]:
    """Home care billed monthly to persons (names in capitals): one to twelve visits, no VAT,
    optional APA and pension-fund shares deducted, `Reste à votre charge`, long dates."""
    rng = random.Random(f"aide-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"{issued.year}-{issued.month:02d}-{rng.randint(1, 999):03d}"
    name, block = debtor_block(rng, seed, capitals=True, companies=0.0)
    pen.text(40, 50, "ADMR du Sundgau", 15, bold=True)
    pen.text(40, 66, "Aide et accompagnement à domicile", 9)
    pen.text(40, 78, "2 place de la République 68130 Altkirch - 03 89 08 11 72", 8)
    pen.lines(320, 120, block, 10, 13)
    pen.text(40, 130, f"Altkirch, le {long_date(issued)}")
    pen.text(40, 200, f"FACTURE N° {number}", 12, bold=True)
    month = plus_days(issued, -issued.day)
    pen.text(40, 216, f"Prestations du mois de {long_date(month).split(' ', 1)[1]}")
    y = 250
    pen.text(40, y, "Date", 9, bold=True)
    pen.text(120, y, "Intervention", 9, bold=True)
    pen.right(400, y, "Heures", 9, bold=True)
    pen.right(470, y, "Taux", 9, bold=True)
    pen.right(550, y, "Montant", 9, bold=True)
    visits = 4 if seed == 0 else rng.randint(1, 12)
    rate = Decimal("26.40")
    total = Decimal(0)
    for index in range(visits):
        y += 14
        hours = Decimal(rng.choice(("1", "1.5", "2", "3")))
        amount = cents(hours * rate)
        total += amount
        pen.text(40, y, short_date(plus_days(month, -27 + index * 2)))
        pen.text(120, y, rng.choice(("Aide au lever", "Courses", "Entretien du logement")))
        pen.right(400, y, f"{hours}".replace(".", ","))
        pen.right(470, y, money(rate, symbol=""))
        pen.right(550, y, money(amount, symbol=""))
    y += 30
    pen.text(300, y, "Total des prestations")
    pen.right(550, y, money(total))
    deductions = Decimal(0)
    if seed != 0 and rng.random() < 0.5:
        share = cents(total * Decimal("0.6"))
        y += 14
        pen.text(300, y, "Participation APA (Conseil départemental)")
        pen.right(550, y, money(-share))
        deductions += share
    if seed != 0 and rng.random() < 0.3:
        share = cents((total - deductions) * Decimal("0.2"))
        y += 14
        pen.text(300, y, "Prise en charge caisse de retraite")
        pen.right(550, y, money(-share))
        deductions += share
    y += 20
    pen.text(300, y, "Reste à votre charge", 11, bold=True)
    pen.right(550, y, money(total - deductions), 11, bold=True)
    due = plus_days(issued, 20)
    pen.text(40, y + 30, f"Date limite de paiement : {long_date(due)}")
    pen.text(40, y + 44, "TVA non applicable, article 261-7-1° ter du CGI", 7)
    pen.text(40, y + 56, "50 % des sommes versées ouvrent droit à un crédit d'impôt.", 7)
    return [Truth(number, issued, due, total, total - deductions, Debtor(name))]


def btp_acompte_avoirs(sheet: Sheet, seed: int) -> list[Truth]:
    """A builder's invoices in five figures (`12.345,67 €`), an optional deposit invoice
    deducted, one to ten work lines; credit notes (seeds 3 and 6) in the same layout, printed
    negative, with no due date."""
    rng = random.Random(f"btp-{seed}")
    pen = sheet.pen
    credit = seed in (3, 6)
    issued = issue_day(rng, seed)
    number = f"{'AV' if credit else 'FA'}{issued.year}-{rng.randint(1, 1500):05d}"
    name, block = debtor_block(rng, seed)
    pen.text(40, 46, "HERTZOG GROS ŒUVRE SAS", 14, bold=True)
    pen.text(40, 62, "Maçonnerie - Béton armé - Terrassement", 8)
    pen.text(40, 74, "Zone artisanale Nord, 12 rue Clément Ader, 68260 Kingersheim", 8)
    pen.text(40, 86, "SAS au capital de 150 000 € - SIRET 389 221 017 00035", 8)
    pen.lines(320, 120, block, 10, 13)
    pen.text(40, 200, "AVOIR" if credit else "FACTURE", 16, bold=True)
    pen.text(40, 220, f"N° {number}")
    pen.text(40, 234, f"Date : {long_date(issued)}")
    pen.text(40, 248, f"Chantier : {rng.choice(('Extension maison', 'Hangar agricole', 'Dalle'))}")
    y = 280
    if credit:
        pen.text(40, y, f"Avoir sur facture FA{issued.year}-{rng.randint(1, 1500):05d}")
        y += 20
    pen.text(40, y, "Désignation des travaux", 9, bold=True)
    pen.right(550, y, "Montant HT", 9, bold=True)
    pen.rule(y + 5)
    count = 1 if credit else (3 if seed == 0 else rng.randint(1, 10))
    lines = amounts(rng, count, big=not credit and (seed == 0 or rng.random() < 0.7))
    sign = -1 if credit else 1
    for line in lines:
        y += 15
        pen.text(40, y, rng.choice(("Fondations", "Élévation murs", "Dalle béton", "Enduit")))
        pen.right(550, y, money(sign * line))
    net = sum(lines, Decimal(0))
    vat = cents(net * Decimal("0.20"))
    total = net + vat
    deposit = Decimal(0)
    if not credit and seed != 0 and rng.random() < 0.5:
        deposit = cents(total * Decimal("0.3"))
    y += 30
    rows = [("Total HT", sign * net), ("TVA 20 %", sign * vat), ("Total TTC", sign * total)]
    if deposit:
        rows.append((f"Acompte facture FA{issued.year}-{rng.randint(1, 900):05d}", -deposit))
    for label, value in rows:
        pen.text(330, y, label)
        pen.right(550, y, money(value, "."))
        y += 14
    if credit:
        pen.text(330, y + 4, "Montant de l'avoir", 11, bold=True)
        pen.right(550, y + 4, money(-total, "."), 11, bold=True)
        pen.text(40, y + 34, "Avoir à déduire de votre prochain règlement.")
        return [Truth(number, issued, None, total, -total, Debtor(name), credit=True)]
    pen.text(330, y + 4, "Net à payer", 11, bold=True)
    pen.right(550, y + 4, money(total - deposit, "."), 11, bold=True)
    due = plus_days(issued, 30)
    pen.text(40, y + 34, f"Échéance : {long_date(due)}")
    pen.text(40, y + 48, "Pénalités de retard : 3 fois le taux d'intérêt légal.", 7)
    return [Truth(number, issued, due, total, total - deposit, Debtor(name))]


DESIGNS_A: dict[str, Design] = {
    "plombier_lots": plombier_lots,
    "syndic_releve": syndic_releve,
    "grossiste_deux_pages": grossiste_deux_pages,
    "aide_domicile": aide_domicile,
    "btp_acompte_avoirs": btp_acompte_avoirs,
}
