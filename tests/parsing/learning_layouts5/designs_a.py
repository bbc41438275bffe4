"""Five designers of the fifth learning set, each with a corrected first invoice that differs
from the next ones: a landscaper (quote number, site address beside the billing address, a
deposit on some), a joiner whose one-line first invoice is followed by tables of up to
twenty-five lines that push the totals to page 2, a home-help service deducting subsidies on
some invoices only, an accountant with two- or four-line debtor blocks, an optional attention
line and an optional customer-reference row, an office supplier sending credit notes in its
invoices' layout."""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal

from tests.parsing.learning_layouts4.data import (
    COMPANIES,
    PERSONS,
    PLACES,
    STREETS,
    Debtor,
    Sheet,
    Truth,
    cents,
    debtor_block,
    issue_day,
    long_date,
    money,
    plus_days,
    short_date,
)
from tests.parsing.learning_layouts5.parts import item_table, items, totals, two_or_four

Design = Callable[[Sheet, int], list[Truth]]


def paysagiste_chantier(sheet: Sheet, seed: int) -> list[Truth]:
    """A gardener's invoice: the billing address on the right, `Chantier :` and the site's
    address on the left at the same height, `Devis n°` and its date, one to twenty-five lines,
    an `Acompte versé` row on some, the due date printed on some and `Paiement à 30 jours` on
    the others; the corrected one has two lines, no deposit and a printed due date."""
    rng = random.Random(f"paysagiste-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"{issued.year}-{rng.randint(3, 480):03d}"
    if seed == 0:
        name, block = PERSONS[0], [PERSONS[0], STREETS[2], "67000 Strasbourg"]
    else:
        name = rng.choice(PERSONS + COMPANIES[:2])
        postcode, city = rng.choice(PLACES)
        block = [name, rng.choice(STREETS), f"{postcode} {city}"]
    pen.text(40, 45, "Jardins & Paysages Meyer", 15, bold=True)
    pen.text(40, 62, "Création · Entretien · Élagage", 8)
    pen.text(40, 73, "Lieu-dit Steinacker - 68740 Nambsheim - 06 71 22 80 14", 8)
    pen.text(40, 84, "SIRET 802 114 556 00017 - TVA FR09802114556", 8)
    site_postcode, site_city = rng.choice(PLACES)
    site = [rng.choice(["Jardin", "Propriété", "Résidence Le Parc"]), rng.choice(STREETS),
            f"{site_postcode} {site_city}"]  # fmt: skip
    pen.text(40, 125, "Chantier :", 9, bold=True)
    pen.lines(40, 138, site, 9, 12)
    pen.text(330, 125, "Adresse de facturation", 8)
    pen.lines(330, 138, block, 10, 13)
    pen.text(40, 205, f"FACTURE N° {number}", 14, bold=True)
    pen.text(40, 222, f"Date : {short_date(issued)}")
    quote = f"D{issued.year % 100}-{rng.randint(10, 999)}"
    pen.text(230, 222, f"Devis n° {quote} accepté le {short_date(plus_days(issued, -40))}")
    works = ["Taille de haies", "Tonte et ramassage", "Évacuation des déchets verts",
             "Plantation arbustes", "Scarification pelouse", "Main d'œuvre (h)",
             "Paillage écorce de pin", "Fourniture terre végétale m3"]  # fmt: skip
    lines = items(rng, 2 if seed == 0 else rng.randint(1, 25), works)
    continued = f"Facture {number} (suite)"
    y = item_table(sheet, 250, lines, ("Désignation", "Montant HT"), continued, money)
    net = sum((v for _, v in lines), Decimal(0))
    vat = cents(net * Decimal("0.1"))
    total = net + vat
    deposit = cents(total * Decimal("0.3")) if seed and rng.random() < 0.4 else Decimal(0)
    rows = [("Total HT", money(net)), ("TVA 10 %", money(vat)), ("Total TTC", money(total))]
    if deposit:
        rows.append((f"Acompte versé (devis {quote})", money(-deposit)))
        rows.append(("Reste à payer", money(total - deposit)))
    else:
        rows.append(("Net à payer", money(total)))
    y = totals(sheet, y + 24, rows, continued)
    due = plus_days(issued, 30)
    if seed == 0 or rng.random() < 0.5:
        pen.text(40, y + 10, f"Échéance : {short_date(due)}", 9, bold=True)
    else:
        pen.text(40, y + 10, "Paiement à 30 jours date de facture, par virement ou chèque.")
    pen.text(40, 805, "IBAN FR76 1027 8035 1200 0201 4470 112 - Crédit Mutuel", 7)
    pages = tuple(range(1, sheet.page + 1))
    return [Truth(number, issued, due, total, total - deposit, Debtor(name), pages=pages)]


def menuisier_pages(sheet: Sheet, seed: int) -> list[Truth]:
    """A joiner's invoice with a header grid (number, date, client code); the corrected one has
    a single line, the next from one to twenty-five tall lines, so the totals and the due date
    move down the page or onto page 2 under a `Facture … - suite` heading."""
    rng = random.Random(f"menuisier-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"MF{issued:%y%m}{rng.randint(1, 99):02d}"
    name, block = debtor_block(rng, seed, companies=0.5)
    pen.text(40, 45, "MENUISERIE HUBER", 16, bold=True)
    pen.text(40, 62, "Fenêtres · Portes · Escaliers sur mesure", 8)
    pen.text(40, 73, "12 rue de l'Industrie - 68190 Ensisheim - 03 89 81 00 42", 8)
    pen.lines(330, 110, block, 10, 13)
    code = f"411H{rng.randint(10, 999)}"
    grid = (("Facture", number), ("Date", short_date(issued)), ("Code client", code))
    for col, (label, value) in enumerate(grid):
        pen.text(40 + col * 95, 200, label, 7.5, bold=True)
        pen.text(40 + col * 95, 212, value, 9.5)
    works = ["Fenêtre PVC 2 vantaux", "Porte d'entrée chêne", "Pose et réglage",
             "Escalier quart tournant hêtre", "Volet roulant motorisé", "Dépose menuiserie",
             "Plinthes chêne (ml)", "Quincaillerie"]  # fmt: skip
    lines = items(rng, 1 if seed == 0 else rng.randint(1, 25), works)
    continued = f"Facture {number} - suite"
    y = item_table(sheet, 245, lines, ("Désignation", "Total HT"), continued, step=24)
    net = sum((v for _, v in lines), Decimal(0))
    vat = cents(net * Decimal("0.2"))
    total = net + vat
    rows = [("Total HT", money(net)), ("TVA 20 %", money(vat)), ("Total TTC", money(total))]
    y = totals(sheet, y + 22, rows, continued)
    due = plus_days(issued, 45)
    sheet.pen.text(40, y + 12, f"À régler avant le {short_date(due)}", 9, bold=True)
    pages = tuple(range(1, sheet.page + 1))
    return [Truth(number, issued, due, total, total, Debtor(name), pages=pages)]


def aide_domicile_aides(sheet: Sheet, seed: int) -> list[Truth]:
    """A home-help service's monthly invoice; some deduct an APA or pension-fund share and end
    on `Reste à votre charge`, the others (the corrected one) on `Montant à régler`; the direct
    debit date is the due date."""
    rng = random.Random(f"aide-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"AD-{issued.year}-{rng.randint(1, 9999):05d}"
    name, block = debtor_block(rng, seed, companies=0.0)
    pen.text(40, 45, "ADMR Val d'Argent - Aide à domicile", 13, bold=True)
    pen.text(40, 60, "5 place du Prensureux - 68160 Sainte-Marie-aux-Mines", 8)
    pen.lines(330, 110, block, 10, 13)
    pen.text(40, 190, f"Facture n° {number}", 12, bold=True)
    pen.text(40, 206, f"Émise le {long_date(issued)}")
    month = plus_days(issued.replace(day=1), -1)
    pen.text(40, 220, f"Prestations du mois de {long_date(month)[2:].strip()}")
    hours = [cents(rng.randint(2, 40) / 2) for _ in range(1 if seed == 0 else rng.randint(1, 4))]
    kinds = ["Aide à la personne", "Entretien du logement", "Accompagnement courses",
             "Garde de nuit"]  # fmt: skip
    lines = [(f"{rng.choice(kinds)} - {h} h x 24,90 €", cents(h * Decimal("24.90"))) for h in hours]
    y = item_table(sheet, 250, lines, ("Prestation", "Montant"), f"Facture {number} (suite)", money)
    total = sum((v for _, v in lines), Decimal(0))
    share = Decimal(0)
    rows = [("Total des prestations", money(total))]
    if seed and rng.random() < 0.5:
        share = cents(total * Decimal(rng.choice(("0.4", "0.55", "0.7"))))
        payer = rng.choice(("Participation APA - Conseil départemental", "Prise en charge CARSAT"))
        rows += [(payer, money(-share)), ("Reste à votre charge", money(total - share))]
    else:
        rows.append(("Montant à régler", money(total)))
    y = totals(sheet, y + 24, rows, f"Facture {number} (suite)", x=300)
    due = plus_days(issued, 10)
    pen.text(40, y + 12, f"Prélèvement le {short_date(due)} sur votre compte.")
    pen.text(40, 800, "Service agréé - crédit d'impôt de 50 % (art. 199 sexdecies du CGI)", 7)
    pages = tuple(range(1, sheet.page + 1))
    return [Truth(number, issued, due, total, total - share, Debtor(name), pages=pages)]


def cabinet_adresses(sheet: Sheet, seed: int) -> list[Truth]:
    """An accountant's fee note: the debtor block of two lines on the corrected one, of three to
    five on others (attention line, building); a `Votre référence :` row on some, an order
    number row on some, the amounts in a small grid."""
    rng = random.Random(f"cabinet-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    number = f"NH{issued.year % 100}/{rng.randint(1, 760):04d}"
    name, block = two_or_four(rng, seed)
    pen.text(40, 45, "Fiducial Rhin Expertise", 14, bold=True)
    pen.text(40, 61, "Expertise comptable - Commissariat aux comptes", 8)
    pen.text(40, 72, "18 quai Kléber - 67000 Strasbourg", 8)
    pen.lines(320, 115, block, 10, 13)
    pen.text(40, 200, "NOTE D'HONORAIRES", 14, bold=True)
    pen.text(40, 220, f"N° : {number}")
    pen.text(40, 234, f"Date : {short_date(issued)}")
    y = 248
    if seed and rng.random() < 0.5:
        pen.text(40, y, f"Votre référence : CL-{rng.randint(100, 9999)}")
        y += 14
    if seed and rng.random() < 0.3:
        pen.text(40, y, f"Bon de commande n° {rng.randint(4500000, 4599999)}")
        y += 14
    missions = ["Tenue comptable", "Bilan et liasse fiscale", "Déclarations de TVA",
                "Bulletins de paie", "Conseil juridique", "Assemblée générale"]  # fmt: skip
    lines = items(rng, 3 if seed == 0 else rng.randint(1, 6), missions, big=rng.random() < 0.3)
    y = item_table(sheet, y + 24, lines, ("Mission", "Honoraires HT"), f"{number} (suite)", money)
    net = sum((v for _, v in lines), Decimal(0))
    vat = cents(net * Decimal("0.2"))
    rows = [("Total HT", money(net)), ("TVA 20 %", money(vat)), ("Total TTC", money(net + vat))]
    y = totals(sheet, y + 24, rows, f"{number} (suite)")
    due = plus_days(issued, 15)
    pen.text(40, y + 12, f"Date d'échéance : {short_date(due)}")
    pages = tuple(range(1, sheet.page + 1))
    return [Truth(number, issued, due, net + vat, net + vat, Debtor(name), pages=pages)]


def avoirs_meme_modele(sheet: Sheet, seed: int) -> list[Truth]:
    """An office supplier whose credit notes print the invoices' layout: `AVOIR` for `FACTURE`,
    the amounts negative on some and positive on others, `Net en votre faveur` for
    `Net à payer`, no due date; the corrected document is an invoice."""
    rng = random.Random(f"avoirs-{seed}")
    pen = sheet.pen
    issued = issue_day(rng, seed)
    credit = seed in (2, 5, 9) or (seed > 10 and rng.random() < 0.3)
    number = f"{'AV' if credit else 'FA'}{issued.year}{rng.randint(1, 9999):05d}"
    name, block = debtor_block(rng, seed)
    pen.text(40, 45, "BUROTEC ALSACE", 15, bold=True)
    pen.text(40, 61, "Fournitures et mobilier de bureau - 3 rue de Bâle - 68300 Saint-Louis", 8)
    pen.lines(330, 105, block, 10, 13)
    pen.text(40, 195, "AVOIR" if credit else "FACTURE", 16, bold=True)
    pen.text(40, 215, f"Numéro : {number}")
    pen.text(40, 229, f"Date : {short_date(issued)}")
    if credit:
        pen.text(40, 243, f"Sur facture FA{issued.year}{rng.randint(1, 9999):05d}")
    supplies = ["Ramettes papier A4 (carton)", "Cartouche toner noir", "Fauteuil ergonomique",
                "Classeurs à levier (x10)", "Agrafeuse", "Retour marchandise"]  # fmt: skip
    lines = items(rng, 2 if seed == 0 else rng.randint(1, 7), supplies)
    negative = credit and rng.random() < 0.5
    sign = Decimal(-1) if negative else Decimal(1)
    y = item_table(sheet, 270, [(label, v * sign) for label, v in lines],
                   ("Article", "Montant HT"), f"{number} (suite)", money)  # fmt: skip
    net = sum((v for _, v in lines), Decimal(0))
    vat = cents(net * Decimal("0.2"))
    total = net + vat
    rows = [("Total HT", money(net * sign)), ("TVA 20 %", money(vat * sign))]
    rows.append(("Net en votre faveur" if credit else "Net à payer", money(total * sign)))
    y = totals(sheet, y + 24, rows, f"{number} (suite)")
    if credit:
        pen.text(40, y + 12, "Montant déduit de votre prochaine facture.")
        return [Truth(number, issued, None, total, -total, Debtor(name), credit=True)]
    due = plus_days(issued, 30)
    pen.text(40, y + 12, f"Échéance : {short_date(due)}")
    pages = tuple(range(1, sheet.page + 1))
    return [Truth(number, issued, due, total, total, Debtor(name), pages=pages)]


DESIGNS_A: dict[str, Design] = {
    design.__name__: design
    for design in (
        paysagiste_chantier,
        menuisier_pages,
        aide_domicile_aides,
        cabinet_adresses,
        avoirs_meme_modele,
    )
}
