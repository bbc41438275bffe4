"""A utility's two-page bill in small print: direct debit, yearly instalment schedules."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ..formats import cents, fr_date, fr_long_date, fr_money, national_phone
from ..model import Deduction, Invoice, Line
from ..pen import Pen
from ..people import fr_debtor
from .common import Layout, add_months, instalments, issue_day, quantity, rate

FONT = "DejaVuCond"
BOLD = "DejaVuCond-Bold"


def invoice(rng: random.Random, seed: int) -> Invoice:
    debtor = fr_debtor(
        rng,
        business=rng.random() < 0.2,
        civility=rng.random() < 0.7,
        email=rng.random() < 0.5,
        phone=rng.random() < 0.5,
        ref=str(rng.randint(100000000, 999999999)),
    )
    issue = issue_day(rng)
    mode = rng.choice(("debit", "debit", "schedule", "transfer"))
    peak = Decimal(rng.randint(300, 4200))
    off = Decimal(rng.randint(100, 2400))
    lines = [
        Line(
            "Abonnement",
            Decimal(rng.choice((1, 2, 12))),
            Decimal(rng.choice(("15.47", "19.76", "24.02"))),
            Decimal("5.5"),
            "mois",
        ),
        Line("Consommation heures pleines", peak, Decimal("0.2516"), Decimal(20), "kWh"),
        Line("Consommation heures creuses", off, Decimal("0.1828"), Decimal(20), "kWh"),
        Line("Accise sur l'électricité", peak + off, Decimal("0.0225"), Decimal(20), "kWh"),
        Line(
            "Contribution tarifaire d'acheminement (CTA)",
            Decimal(1),
            Decimal(rng.randint(300, 2400)) / 100,
            Decimal("5.5"),
        ),
    ]
    inv = Invoice(
        number=str(rng.randint(1000000000, 9999999999)),
        issue=issue,
        due=None,
        currency="EUR",
        debtor=debtor,
        lines=lines,
        extras={
            "mode": mode,
            "contract": f"CT-{rng.randint(100000, 999999)}",
            "pdl": f"{rng.randint(10**13, 10**14 - 1)}",
        },
    )
    if mode != "schedule" and rng.random() < 0.5:
        monthly = cents(inv.gross / 12 * Decimal(rng.choice(("0.7", "0.8", "0.9"))))
        inv.deductions.append(
            Deduction(f"Mensualités déjà réglées (11 × {fr_money(monthly)})", monthly * 11)
        )
    if mode == "schedule":
        count = rng.choice((3, 6, 10))
        first = issue + dt.timedelta(days=rng.choice((10, 15, 20)))
        plan = [
            (add_months(first, i), amount)
            for i, amount in enumerate(instalments(inv.to_pay, count))
        ]
        inv.extras["plan"] = plan
        inv.due = first
    else:
        inv.due = issue + dt.timedelta(days=rng.choice((10, 14, 15)))
    return inv


def draw(canvas: Canvas, inv: Invoice) -> None:
    pen = Pen(canvas, FONT, 7)
    _, height = A4
    debtor = inv.debtor
    pen.box(30, height - 75, 120, 40, fill=0.85)
    pen.text(40, height - 55, "ÉRA", BOLD, 18)
    pen.text(40, height - 68, "Énergie Rhône-Alpes", FONT, 7)

    block = [debtor.name]
    if debtor.attention:
        block.append(debtor.attention)
    block += [*debtor.street, *([debtor.box] if debtor.box else [])]
    block.append(
        f"{debtor.postcode} {debtor.city.upper()}{' ' + debtor.cedex if debtor.cedex else ''}"
    )
    pen.lines(320, height - 120, block, 11, FONT, 9)

    y = height - 120
    pen.text(30, y, "Vos références", BOLD, 8)
    refs = [
        f"Réf. client : {debtor.customer_ref}",
        f"N° de contrat : {inv.extras['contract']}",
        f"Point de livraison : {inv.extras['pdl']}",
        f"Titulaire : {debtor.name}",
    ]
    y = pen.lines(30, y - 11, refs, 9, FONT, 6.5)
    if debtor.phone or debtor.email:
        pen.text(30, y - 6, "Vos coordonnées", BOLD, 7)
        contact = [
            f"Tél. {national_phone(debtor.phone)}" if debtor.phone else "",
            debtor.email or "",
        ]
        y = pen.lines(30, y - 15, [c for c in contact if c], 9, FONT, 6.5)
    pen.lines(
        30,
        y - 8,
        ("Service client : 09 70 81 22 33 (appel non surtaxé)", "service.client@era-energie.fr"),
        9,
        FONT,
        6.5,
    )

    y = height - 255
    pen.text(30, y, f"Facture du {fr_long_date(inv.issue)}", BOLD, 12)
    pen.text(30, y - 14, f"N° de facture : {inv.number}", FONT, 8)
    pen.box(30, y - 120, 535, 90)
    rows = [("Montant total de votre facture TTC", fr_money(inv.gross))]
    rows += [(d.label, fr_money(-d.amount)) for d in inv.deductions]
    if inv.deductions:
        rows.append(("Reste à payer", fr_money(inv.to_pay)))
    row_y = y - 48
    for label, amount in rows:
        pen.text(45, row_y, label, FONT, 9)
        pen.right(550, row_y, amount, BOLD, 10)
        row_y -= 15

    y -= 145
    mode = inv.extras["mode"]
    if mode == "debit" and inv.due:
        pen.text(
            30,
            y,
            f"Montant prélevé le {fr_date(inv.due)} sur votre compte FR76 **** **** **** 4521",
            BOLD,
            9,
        )
        pen.text(30, y - 11, "Prélevé le : " + fr_date(inv.due), FONT, 7)
    elif mode == "transfer" and inv.due:
        pen.text(30, y, f"À payer avant le {fr_date(inv.due)} par virement ou TIP SEPA.", BOLD, 9)
    else:
        pen.text(30, y, "Votre échéancier de paiement", BOLD, 9)
        row_y = y - 14
        for number, (day, amount) in enumerate(inv.extras["plan"], start=1):
            pen.text(40, row_y, f"Échéance {number}", FONT, 7)
            pen.text(110, row_y, fr_date(day), FONT, 7)
            pen.right(230, row_y, fr_money(amount), FONT, 7)
            row_y -= 9
        pen.text(260, y - 14, "Les échéances sont prélevées sur votre compte.", FONT, 7)
    pen.lines(
        30,
        70,
        (
            "ÉRA Énergie Rhône-Alpes SA au capital de 2 400 000 € – 7 quai Perrache 69002 Lyon – "
            "RCS Lyon 821 445 102 – "
            "SIRET 821 445 102 00019 – TVA FR12 821445102",
            "En cas de retard, pénalités au taux de trois fois le taux d'intérêt légal et "
            "indemnité forfaitaire de 40 €.",
        ),
        7,
        FONT,
        5.5,
    )
    pen.right(565, 40, "Page 1/2", FONT, 6)
    canvas.showPage()

    pen.text(30, height - 50, f"Détail de votre facture n° {inv.number}", BOLD, 9)
    widths = (210, 70, 70, 40, 80)
    y = height - 75
    pen.row(
        30,
        y,
        widths,
        ("Libellé", "Quantité", "Prix unitaire HT", "TVA", "Montant HT"),
        "lrrrr",
        BOLD,
        6,
    )
    y -= 10
    for line in inv.lines:
        cells = (
            line.description,
            f"{quantity(line.quantity)} {line.unit}",
            f"{line.unit_price:.4f}".replace(".", ","),
            f"{rate(line.vat_rate)} %",
            fr_money(line.amount),
        )
        pen.row(30, y, widths, cells, "lrrrr", FONT, 6)
        y -= 8
    y -= 6
    for vat_rate, (base, tax) in inv.vat_by_rate.items():
        pen.row(
            30,
            y,
            widths,
            ("TVA", fr_money(base), "", f"{rate(vat_rate)} %", fr_money(tax)),
            "lrrrr",
            FONT,
            6,
        )
        y -= 8
    pen.row(30, y, widths, ("Total TTC", "", "", "", fr_money(inv.gross)), "lrrrr", BOLD, 6)
    paragraphs = (
        "Votre contrat : offre Tarif Bleu option heures creuses. Puissance souscrite 9 kVA. Les "
        "prix sont ceux en vigueur à la date de consommation.",
        "Réclamations : service client ÉRA, TSA 40012, 69429 Lyon Cedex 03. Médiateur national de "
        "l'énergie : www.energie-mediateur.fr.",
        "Le défaut de paiement peut entraîner une réduction de puissance ou la suspension de la "
        "fourniture après relance restée sans effet.",
    )
    pen.lines(30, y - 30, paragraphs, 7, FONT, 5.5)
    pen.right(565, 40, "Page 2/2", FONT, 6)


LAYOUT = Layout(
    key="fr_energie",
    country="FR",
    style="utility bill, condensed sans 5.5–9 pt, two pages, references column left",
    families=(
        "multi-page",
        "échéancier (instalment schedule)",
        "Prélevé le / montant prélevé le",
        "monthly payments already made deducted",
        "Réf. client in a side column",
        "5.5–6 pt text",
    ),
    invoice=invoice,
    draw=draw,
)
