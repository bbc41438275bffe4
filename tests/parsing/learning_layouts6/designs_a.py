"""Five designers of the sixth learning set whose invoices change from month to month: a
plumber (a deposit row on some, tables of one to thirty lines running onto page 2), a nursing
home (an APA deduction and `Reste à charge` on some months, residents' names in capitals on
some), a haulier (header grid, forty lines on some, thousands separators only sometimes), an
office supplier sending credit notes in its invoices' layout (amounts printed positive on some),
a property manager sending two invoices per file to CS/BP addresses."""

from __future__ import annotations

import random
from collections.abc import Callable
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
from tests.parsing.learning_layouts6.parts import client, euros, priced, separator

Design = Callable[[Sheet, int], list[Truth]]


def plombier_acompte(sheet: Sheet, seed: int) -> list[Truth]:
    """`Facture n° … du …` on one line, the debtor on the right; one to thirty lines (page 2 on
    long ones); an `Acompte reçu le …` row on some; `Échéance :` printed on some, `Paiement à
    30 jours` on the others."""
    rng = random.Random(f"plombier6-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"F{issued:%y}{rng.randint(1, 2999):04d}"
    who = client(rng, seed)
    sep = separator(rng, seed)
    pen.text(40, 45, "SANITAIRE CHAUFFAGE WEBER", 14, bold=True)
    pen.text(40, 60, "3 rue du Ladhof - 68000 Colmar - 03 89 41 22 10", 8)
    pen.text(40, 71, "SIRET 511 223 884 00021", 8)
    pen.lines(330, 110, who.block, 10, 13)
    pen.text(40, 215, f"Facture n° {number} du {short_date(issued)}", 12, bold=True)
    works = ["Remplacement chauffe-eau 200 L", "Déplacement", "Main d'œuvre (h)",
             "Robinet thermostatique", "Recherche de fuite", "Raccords cuivre",
             "Entretien chaudière gaz", "Groupe de sécurité"]  # fmt: skip
    count = 3 if seed == 0 else rng.randint(1, 30)
    lines = priced(rng, count, works, 15, 2400)
    continued = f"Facture n° {number} (suite)"
    y = item_table(sheet, 245, lines, ("Désignation", "Montant HT"), continued,
                   lambda v: euros(v, sep, ""))  # fmt: skip
    net = sum((v for _, v in lines), Decimal(0))
    vat = cents(net * Decimal("0.1"))
    total = net + vat
    rows = [("Total HT", euros(net, sep)), ("TVA 10 %", euros(vat, sep)),
            ("Total TTC", euros(total, sep))]  # fmt: skip
    deposit = cents(total * Decimal("0.3")) if seed and rng.random() < 0.4 else Decimal(0)
    if deposit:
        when = short_date(plus_days(issued, -rng.randint(10, 40)))
        rows.append((f"Acompte reçu le {when}", euros(-deposit, sep)))
    rows.append(("Net à payer", euros(total - deposit, sep)))
    y = totals(sheet, y + 22, rows, continued)
    due = plus_days(issued, 30)
    if seed == 0 or rng.random() < 0.5:
        pen.text(40, y + 12, f"Échéance : {short_date(due)}", 9, bold=True)
    else:
        pen.text(40, y + 12, "Paiement à 30 jours date de facture par virement.")
    pen.text(40, 805, "IBAN FR76 3000 3023 5000 0504 1122 334 - Société Générale", 7)
    pages = tuple(range(1, sheet.page + 1))
    return [Truth(number, issued, due, total, total - deposit, Debtor(who.name), pages=pages)]


def ehpad_reste_a_charge(sheet: Sheet, seed: int) -> list[Truth]:
    """A nursing home's monthly invoice to a resident's family: days of stay and extras; on some
    months an `APA à déduire` row and `Reste à charge` (the others end on `Total à payer`); the
    direct-debit date (`Prélevé le …`) printed on some months, `Payable à réception` on the
    others; the resident's name in capitals on some."""
    rng = random.Random(f"ehpad6-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"H{issued:%Y%m}-{rng.randint(1, 400):03d}"
    who = client(rng, seed, capitals=0.5)
    sep = separator(rng, seed, " ")
    pen.text(40, 40, "EHPAD Les Magnolias", 15, bold=True)
    pen.text(40, 56, "Établissement d'hébergement pour personnes âgées dépendantes", 8)
    pen.text(40, 67, "7 rue de l'Hôpital - 68500 Guebwiller", 8)
    pen.text(40, 110, "Facturé à :", 8)
    pen.lines(40, 123, who.block, 10, 13)
    pen.text(330, 110, "FACTURE", 16, bold=True)
    pen.text(330, 130, f"Numéro : {number}")
    pen.text(330, 143, f"Émise le : {long_date(issued)}")
    pen.text(330, 156, f"Période : {issued.month:02d}/{issued.year}")
    days = 28 if seed == 0 else rng.randint(10, 31)
    rate = Decimal("74.50")
    lines = [(f"Hébergement {days} jours x 74,50", rate * days)]
    extras = ["Blanchissage du linge", "Coiffure", "Pédicure", "Téléphone", "Repas invité"]
    for _ in range(0 if seed == 0 else rng.randint(0, 6)):
        lines.append((rng.choice(extras), cents(rng.randint(800, 6500) / 100)))
    y = item_table(sheet, 240, lines, ("Prestations", "Montant"), f"Facture {number} (suite)",
                   lambda v: euros(v, sep, ""))  # fmt: skip
    total = sum((v for _, v in lines), Decimal(0))
    rows = [("Total des prestations", euros(total, sep))]
    apa = Decimal(0)
    if seed and rng.random() < 0.5:
        apa = cents(Decimal(days) * Decimal("12.35"))
        rows += [("APA à déduire", euros(-apa, sep)), ("Reste à charge", euros(total - apa, sep))]
    else:
        rows.append(("Total à payer", euros(total, sep)))
    y = totals(sheet, y + 22, rows, f"Facture {number} (suite)", x=300)
    if seed == 0 or rng.random() < 0.6:
        due = plus_days(issued, 10)
        pen.text(40, y + 14, f"Prélevé le {short_date(due)} sur votre compte.")
    else:
        due = issued
        pen.text(40, y + 14, "Payable à réception de la facture.")
    pages = tuple(range(1, sheet.page + 1))
    return [Truth(number, issued, due, total, total - apa, Debtor(who.name), pages=pages)]


def transporteur_grille(sheet: Sheet, seed: int) -> list[Truth]:
    """A haulier: the debtor on the left under `Client`, a header grid on the right (number,
    date, due date), two to forty transport lines with large amounts (page 2 on long ones),
    thousands separators on some months only; the grid's due date left empty and `45 jours
    date de facture` printed under the totals on some."""
    rng = random.Random(f"transport6-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"TR{rng.randint(100000, 999999)}"
    who = client(rng, seed, capitals=0.2, width=30)
    sep = separator(rng, seed, ".")
    pen.text(40, 40, "TRANSPORTS KLEIN & CIE", 15, bold=True)
    pen.text(40, 56, "ZI Nord - 15 rue de l'Étang - 67800 Hoenheim", 8)
    pen.text(40, 100, "Client", 8, bold=True)
    pen.lines(40, 113, who.block, 9.5, 12)
    grid = [("N° facture", number), ("Date", short_date(issued))]
    terms = seed != 0 and rng.random() < 0.4
    due = plus_days(issued, 45)
    grid.append(("Échéance", "" if terms else short_date(due)))
    for row, (label, value) in enumerate(grid):
        pen.text(340, 100 + row * 16, label, 8, bold=True)
        pen.text(430, 100 + row * 16, value, 9)
    runs = [
        "Mulhouse > Lyon semi 13,6 m",
        "Colmar > Paris Rungis frigo",
        "Messagerie 3 palettes",
        "Strasbourg > Bâle express",
        "Attente chargement (h)",
        "Hayon et rendez-vous",
    ]
    count = 2 if seed == 0 else rng.randint(2, 40)
    lines = priced(rng, count, runs, 90, 3800)
    continued = f"Facture {number} - page suivante"
    y = item_table(sheet, 215, lines, ("Transport", "HT"), continued,
                   lambda v: euros(v, sep, ""), step=14)  # fmt: skip
    net = sum((v for _, v in lines), Decimal(0))
    vat = cents(net * Decimal("0.2"))
    rows = [("Total HT", euros(net, sep)), ("TVA 20 %", euros(vat, sep)),
            ("Total TTC", euros(net + vat, sep))]  # fmt: skip
    y = totals(sheet, y + 20, rows, continued)
    if terms:
        pen.text(40, y + 12, "Règlement : 45 jours date de facture.")
    pages = tuple(range(1, sheet.page + 1))
    return [Truth(number, issued, due, net + vat, net + vat, Debtor(who.name), pages=pages)]


def fournitures_avoirs(sheet: Sheet, seed: int) -> list[Truth]:
    """An office supplier: `FACTURE` or `AVOIR` over the same grid; credit notes print their
    amounts negative on some, positive under `Montant de l'avoir` on others; invoices carry
    `Date d'échéance`; one to twelve lines."""
    rng = random.Random(f"bureau6-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    credit = seed in (3, 8) or (seed > 8 and rng.random() < 0.3)
    number = f"{'AV' if credit else 'FA'}{issued:%y}-{rng.randint(1, 99999):05d}"
    who = client(rng, seed)
    sep = separator(rng, seed)
    negative = credit and rng.random() < 0.5
    pen.text(40, 45, "Bureau Plus Alsace", 14, bold=True)
    pen.text(40, 60, "Fournitures et mobilier de bureau - 68200 Mulhouse", 8)
    pen.text(330, 50, "AVOIR" if credit else "FACTURE", 18, bold=True)
    pen.text(330, 72, f"N° {number}")
    pen.text(330, 85, f"Date : {short_date(issued)}")
    if credit:
        pen.text(330, 98, f"Sur facture FA{issued:%y}-{rng.randint(1, 99999):05d}")
    pen.lines(330, 130, who.block, 10, 13)
    goods = ["Ramettes A4 80 g (carton)", "Cartouches toner noir", "Classeurs à levier",
             "Fauteuil ergonomique", "Stylos bille (boîte)", "Agendas 2026"]  # fmt: skip
    count = 2 if seed == 0 else rng.randint(1, 12)
    lines = priced(rng, count, goods, 4, 900)
    sign = -1 if negative else 1

    def shown(value: Decimal) -> str:
        return euros(sign * value, sep, "")

    y = item_table(sheet, 230, lines, ("Article", "Montant HT"), f"{number} (suite)", shown)
    net = sum((v for _, v in lines), Decimal(0))
    vat = cents(net * Decimal("0.2"))
    total = net + vat
    last = "Montant de l'avoir" if credit else "Total TTC"
    rows = [("Total HT", euros(sign * net, sep)), ("TVA 20 %", euros(sign * vat, sep)),
            (last, euros(sign * total, sep))]  # fmt: skip
    y = totals(sheet, y + 22, rows, f"{number} (suite)")
    pages = tuple(range(1, sheet.page + 1))
    if credit:
        pen.text(40, y + 12, "Avoir à déduire de votre prochain règlement.")
        return [Truth(number, issued, None, total, -total, Debtor(who.name), credit=True,
                      pages=pages)]  # fmt: skip
    due = plus_days(issued, 30)
    pen.text(40, y + 12, f"Date d'échéance : {short_date(due)}")
    return [Truth(number, issued, due, total, total, Debtor(who.name), pages=pages)]


def syndic_lots(sheet: Sheet, seed: int) -> list[Truth]:
    """A property manager's file of two invoices (one page each) for works billed to
    co-owners' companies, most at CS/BP addresses; `Date limite de règlement` on some,
    `à réception` on the others; a `Provision déjà versée` row on some."""
    rng = random.Random(f"syndic6-{seed}")
    truths = []
    for index in range(2):
        if index:
            sheet.next_page()
        truths.append(_syndic(sheet, rng, seed if index == 0 else 50 + seed * 3 + index))
    return truths


def _syndic(sheet: Sheet, rng: random.Random, seed: int) -> Truth:
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"SY/{issued.year}/{rng.randint(1, 9999):04d}"
    who = client(rng, seed, capitals=0.3)
    sep = separator(rng, seed)
    pen.text(40, 45, "Cabinet Immobilier Arnold - Syndic", 13, bold=True)
    pen.text(40, 60, "40 avenue de la Liberté - 68100 Mulhouse", 8)
    pen.lines(320, 95, who.block, 10, 13)
    pen.text(40, 180, "FACTURE", 14, bold=True)
    pen.text(40, 198, f"Référence : {number}")
    pen.text(40, 211, f"Mulhouse, le {long_date(issued)}")
    works = ["Quote-part ravalement façade", "Remplacement interphone", "Nettoyage parties "
             "communes", "Contrat ascenseur (trimestre)", "Honoraires travaux"]  # fmt: skip
    count = 1 if seed == 0 else rng.randint(1, 8)
    lines = priced(rng, count, works, 40, 6000)
    y = item_table(sheet, 240, lines, ("Objet", "Montant"), f"{number} (suite)",
                   lambda v: euros(v, sep, ""))  # fmt: skip
    total = sum((v for _, v in lines), Decimal(0))
    rows = [("Total TTC", euros(total, sep))]
    provision = Decimal(0)
    if seed >= 50 and rng.random() < 0.4:
        provision = cents(total * Decimal("0.25"))
        rows.append(("Provision déjà versée", euros(-provision, sep)))
    rows.append(("Solde à régler", euros(total - provision, sep)))
    y = totals(sheet, y + 20, rows, f"{number} (suite)")
    if seed < 50 or rng.random() < 0.5:
        due = plus_days(issued, 20)
        pen.text(40, y + 12, f"Date limite de règlement : {short_date(due)}")
    else:
        due = issued
        pen.text(40, y + 12, "Règlement à réception de la présente facture.")
    return Truth(number, issued, due, total, total - provision, Debtor(who.name),
                 pages=(sheet.page,))  # fmt: skip


DESIGNS_A: dict[str, Design] = {
    "plombier_acompte": plombier_acompte,
    "ehpad_reste_a_charge": ehpad_reste_a_charge,
    "transporteur_grille": transporteur_grille,
    "fournitures_avoirs": fournitures_avoirs,
    "syndic_lots": syndic_lots,
}
