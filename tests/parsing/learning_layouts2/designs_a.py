"""Second learning set, designers 1–6: a header grid whose columns come and go, captions under
their values and labels after them, a utility bill that prints its due twice (summary and
payment slip) or a direct-debit date, a garage numbering by month, an amount due whose label
follows what was deducted, due dates given only as terms or a direct-debit date."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from tests.parsing.generator.render import Pen, fr_date, fr_long
from tests.parsing.heldout.draw import short_fr
from tests.parsing.learning_layouts2.data import Truth, truth, with_terms
from tests.parsing.learning_layouts2.draw import (
    MOIS,
    block,
    eur_fr,
    items,
    legal,
    letterhead,
    sign,
    totals,
)


def grid_columns_between(pen: Pen, seed: int) -> Truth:
    """A boxed grid of labels over values under the window; an order-reference column only on
    some invoices, so the number's and due date's columns move; a credit note prints no due."""
    t, printed, rng = truth("grid", seed, deposit=seed in (2, 5), credit=seed == 6)
    number = f"{'AV' if t.credit else 'FC'}{t.issued:%y}-{rng.randrange(1, 99999):05d}"
    t = replace(t, number=number, due_shown=not t.credit)
    letterhead(pen, t)
    block(pen, printed, 320, 140)
    pen.text(40, 250, "AVOIR" if t.credit else "FACTURE", 18, bold=True)
    cells = [("Date", fr_date(t.issued)), ("Code client", t.customer_ref)]
    if rng.random() < 0.5:
        cells.append(("Réf. commande", f"BC{rng.randrange(10000, 99999)}"))
    cells += [
        ("N° pièce", t.number),
        ("Échéance", fr_date(t.due) if t.due_shown else "-"),
        ("Page", "1/1"),
    ]
    width = 515 / len(cells)
    for index, (label, value) in enumerate(cells):
        x = 40 + index * width
        pen.box(x, 265, width, 34)
        pen.text(x + 4, 277, label, 7.5, bold=True)
        pen.text(x + 4, 293, value, 9)
    y = items(pen, t, 330, eur_fr)
    k = sign(t)
    rows = [("Total HT", t.net * k), ("TVA 20 %", t.vat * k), ("Total TTC", t.total * k)]
    if t.deposit:
        rows.append((f"Acompte versé le {fr_date(t.issued - timedelta(days=20))}", -t.deposit))
    rows.append(("Net à payer", t.total_due if not t.credit else -t.total))
    totals(pen, rows, eur_fr, y, 330)
    legal(pen, t)
    return t


def captions_under_values(pen: Pen, seed: int) -> Truth:
    """Tiles of a big value over a small caption (number, dates, amount due); totals printed
    value first, label after it; credit notes have no due-date tile."""
    t, printed, rng = truth("tiles", seed, deposit=seed in (3, 7), credit=seed == 5)
    number = f"{'A' if t.credit else 'F'}-{t.issued.year}-{rng.randrange(1, 999):03d}"
    t = replace(t, number=number, due_shown=not t.credit)
    letterhead(pen, t)
    pen.text(400, 60, "Avoir" if t.credit else "Facture", 22, bold=True)
    due = t.total_due if not t.credit else -t.total
    tiles = [(t.number, "Numéro"), (short_fr(t.issued), "Émise le")]
    if t.due_shown:
        tiles.append((short_fr(t.due), "À payer avant le"))
    tiles.append((eur_fr(due), "Montant à rembourser" if t.credit else "Montant dû"))
    for index, (value, caption) in enumerate(tiles):
        pen.text(40 + index * 130, 150, value, 12, bold=True)
        pen.text(40 + index * 130, 162, caption, 7)
    pen.text(40, 200, "Facturé à", 8, bold=True)
    y = block(pen, printed, 40, 214, 9.5)
    pen.text(320, 200, f"Votre référence client : {t.customer_ref}", 8.5)
    y = items(pen, t, max(y + 20, 300), eur_fr)
    k = sign(t)
    rows = [(t.net * k, "Total HT"), (t.vat * k, "TVA (20 %)"), (t.total * k, "Total TTC")]
    if t.deposit:
        rows.append((-t.deposit, "Déjà réglé"))
        rows.append((due, "Reste dû"))
    for value, label in rows:
        pen.right(420, y, eur_fr(value), 9)
        pen.text(430, y, label, 9)
        y += 15
    legal(pen, t)
    return t


def summary_and_slip(pen: Pen, seed: int) -> Truth:
    """A water bill: the number and date in its title line, a summary box with the amount and
    its deadline (or the direct-debit date), the same labels again on a payment slip at the foot
    (not printed when the bill is debited)."""
    debit = seed in (1, 4, 7)
    t, printed, rng = truth("water", seed, deposit=seed in (2, 6), items=(2, 4))
    t = replace(
        t,
        number=f"{t.issued:%Y%m}{rng.randrange(1, 99999):05d}",
        due=t.issued + timedelta(days=21 if debit else 15),
    )
    pen.text(40, 50, t.seller.name, 14, bold=True)
    pen.text(40, 64, "Service des eaux - relation clientèle 09 69 32 00 00", 8)
    block(pen, printed, 330, 120, contacts=False)
    pen.text(40, 230, f"Facture n° {t.number} du {fr_date(t.issued)}", 12, bold=True)
    pen.text(40, 246, f"Référence client : {t.customer_ref}", 9)
    pen.box(330, 220, 225, 44)
    due_label = "Prélevé le" if debit else "Date limite de paiement"
    amount_label = "Montant prélevé" if debit else "Montant à payer"
    pen.text(338, 236, amount_label, 9, bold=True)
    pen.right(548, 236, eur_fr(t.total_due), 10, bold=True)
    pen.text(338, 254, due_label, 9)
    pen.right(548, 254, fr_date(t.due), 9)
    y = items(pen, t, 300, eur_fr, ("Détail de votre facture", "Volume", "Prix", "Montant HT"))
    rows = [("Total HT", t.net), ("TVA", t.vat), ("Total TTC", t.total)]
    if t.deposit:
        rows.append(("Déduction des acomptes déjà facturés", -t.deposit))
    rows.append((amount_label, t.total_due))
    totals(pen, rows, eur_fr, y, 300)
    if not debit:
        pen.canvas.setDash(3, 3)
        pen.rule(640)
        pen.canvas.setDash()
        pen.text(40, 660, "TALON DE PAIEMENT - à joindre à votre règlement", 8, bold=True)
        pen.lines(40, 676, [f"Référence client : {t.customer_ref}", f"N° facture : {t.number}"])
        pen.lines(
            330, 676, [f"{amount_label} : {eur_fr(t.total_due)}", f"{due_label} : {fr_date(t.due)}"]
        )
    else:
        pen.text(40, 660, "Cette facture sera prélevée sur votre compte. Ne pas payer.", 8)
    legal(pen, t)
    return t


def number_by_month(pen: Pen, seed: int) -> Truth:
    """A garage: the number's prefix is the month (`MAR26-0042`), a repair order number and a
    licence plate beside it, labels and values in a key–value column."""
    t, printed, rng = truth("garage", seed, credit=seed == 5, items=(1, 7))
    prefix = f"{'AV-' if t.credit else ''}{MOIS[t.issued.month - 1]}{t.issued:%y}"
    t = replace(t, number=f"{prefix}-{rng.randrange(1, 9999):04d}", due_shown=not t.credit)
    letterhead(pen, t)
    block(pen, printed, 330, 130)
    pen.text(40, 150, "AVOIR" if t.credit else "FACTURE", 16, bold=True)
    rows = [("Numéro :", t.number), ("Date :", fr_date(t.issued))]
    if t.due_shown:
        rows.append(("Échéance :", fr_date(t.due)))
    plate = f"{rng.choice('ABCDEF')}{rng.choice('HJKLM')}-{rng.randrange(100, 999)}-"
    plate += f"{rng.choice('NPQRS')}{rng.choice('TVWXZ')}"
    rows += [
        ("OR n° :", f"{rng.randrange(10000, 99999)}"),
        ("Immatriculation :", plate),
        ("Kilométrage :", f"{rng.randrange(10, 250)} {rng.randrange(100, 999)} km"),
    ]
    for index, (label, value) in enumerate(rows):
        pen.text(40, 175 + index * 13, label, 9)
        pen.text(130, 175 + index * 13, value, 9, bold=index == 0)
    y = items(pen, t, 290, eur_fr, ("Prestation / pièce", "Qté", "PU HT", "Total HT"))
    k = sign(t)
    totals(
        pen,
        [
            ("Total HT", t.net * k),
            ("TVA 20 %", t.vat * k),
            ("Total TTC", t.total * k),
            ("Net à payer", t.total * k),
        ],
        eur_fr,
        y,
    )
    legal(pen, t)
    return t


def due_label_follows_deduction(pen: Pen, seed: int) -> Truth:
    """A heating installer: with nothing deducted, the last line is `Total TTC`; with a deposit,
    `Reste à payer`; with an energy-saving grant, `Reste à votre charge`. Dates spelled out."""
    kind = ["none", "deposit", "none", "grant", "deposit", "none", "grant", "deposit"][seed % 8]
    t, printed, rng = truth("heating", seed, deposit=kind != "none", items=(1, 4))
    t = replace(t, number=f"{t.issued.year}-{rng.randrange(1, 9999):04d}")
    letterhead(pen, t)
    pen.text(330, 60, f"Facture N° {t.number}", 13, bold=True)
    pen.text(330, 76, f"Date : {fr_long(t.issued)}", 9)
    pen.text(330, 89, f"Échéance : {fr_long(t.due)}", 9)
    pen.text(330, 140, "Client", 8, bold=True)
    block(pen, printed, 330, 154, 9.5)
    y = items(pen, t, 290, eur_fr)
    rows = [("Total HT", t.net), ("TVA 20 %", t.vat), ("Total TTC", t.total)]
    if kind == "deposit":
        rows += [("Acompte versé à la commande", -t.deposit), ("Reste à payer", t.total_due)]
    elif kind == "grant":
        rows += [("Prime CEE déduite", -t.deposit), ("Reste à votre charge", t.total_due)]
    totals(pen, rows, eur_fr, y, 330)
    legal(pen, t)
    return t


def terms_or_debit(pen: Pen, seed: int) -> Truth:
    """A consultant who prints no due date: `Paiement à 30 jours`, `45 jours fin de mois`,
    `à réception`, or the date the amount will be debited (`Prélevé le …`)."""
    kind = ["days30", "eom45", "debit", "days30", "receipt", "debit", "eom45", "days30"][seed % 8]
    t, printed, rng = truth("consult", seed, items=(1, 3))
    t = replace(t, number=f"HC{t.issued:%y}{rng.randrange(1, 999):03d}")
    phrase = {
        "days30": "Paiement à 30 jours",
        "eom45": "Paiement à 45 jours fin de mois",
        "receipt": "Paiement à réception de la facture",
    }
    if kind == "debit":
        t = replace(t, due=t.issued + timedelta(days=rng.randrange(5, 12)))
        payment = f"Montant prélevé le {fr_date(t.due)} sur votre compte FR76 ***** 0412"
    else:
        t = with_terms(t, kind)
        payment = f"{phrase[kind]} par virement."
    letterhead(pen, t)
    block(pen, printed, 330, 130, 9.5)
    pen.text(40, 240, f"Facture n° : {t.number}     Date : {fr_date(t.issued)}", 10, bold=True)
    pen.text(40, 256, f"Mission : {rng.choice(['Audit', 'Accompagnement', 'Formation'])}", 9)
    y = items(pen, t, 290, eur_fr, ("Prestation", "Jours", "Tarif HT", "Montant HT"))
    y = totals(pen, [("Total HT", t.net), ("TVA 20 %", t.vat), ("Total TTC", t.total)], eur_fr, y)
    pen.text(40, y + 20, payment, 9)
    legal(pen, t)
    return t


DESIGNS_A = {
    "grid_columns_between": grid_columns_between,
    "captions_under_values": captions_under_values,
    "summary_and_slip": summary_and_slip,
    "number_by_month": number_by_month,
    "due_label_follows_deduction": due_label_follows_deduction,
    "terms_or_debit": terms_or_debit,
}
