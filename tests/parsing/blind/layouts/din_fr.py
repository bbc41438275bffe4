"""An Alsatian firm's DIN 5008 letter-invoice in French: return-address line, escompte date."""

from __future__ import annotations

import datetime as dt
import random

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ..formats import cents, dot_date, fr_money
from ..model import Invoice
from ..pen import Pen
from ..people import fr_debtor
from .common import MM, Item, Layout, issue_day, pick_lines, quantity

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
RETURN = "Weber Haustechnik SARL · 3 rue du Rhin · 67100 Strasbourg"
CATALOGUE = (
    Item("Pompe à chaleur air/eau 8 kW", "pce", 6200, 9800, "5.5", (1,)),
    Item("Ballon tampon 100 L", "pce", 420, 780, "5.5", (1,)),
    Item("Vanne trois voies motorisée", "pce", 180, 320, "20", (1, 2)),
    Item("Heures de montage", "h", 58, 72, "20", (4, 8, 14, 22)),
    Item("Mise en service et réglages", "forfait", 250, 450, "20", (1,)),
    Item("Petit matériel de raccordement", "forfait", 60, 240, "20", (1,)),
    Item("Contrôle d'étanchéité des circuits", "forfait", 120, 210, "20", (1,)),
)


def invoice(rng: random.Random, seed: int) -> Invoice:
    business = rng.random() < 0.5
    debtor = fr_debtor(
        rng,
        business=business,
        box=business and rng.random() < 0.4,
        email=False,
        phone=False,
        ref=f"{rng.randint(10000, 69999)}",
    )
    issue = issue_day(rng)
    discount_days = rng.choice((8, 10, 14))
    return Invoice(
        number=f"{issue.year}-{rng.randint(100, 1999):04d}",
        issue=issue,
        due=issue + dt.timedelta(days=rng.choice((30, 30, 45))),
        currency="EUR",
        debtor=debtor,
        lines=pick_lines(rng, CATALOGUE, rng.randint(2, 6)),
        extras={
            "discount": issue + dt.timedelta(days=discount_days),
            "order": issue - dt.timedelta(days=rng.randint(20, 80)),
        },
    )


def draw(canvas: Canvas, inv: Invoice) -> None:
    pen = Pen(canvas, FONT, 9.5)
    width, height = A4
    debtor = inv.debtor
    pen.rule(0, height - 105 * MM, 5 * MM, height - 105 * MM, 0.3)
    pen.rule(0, height - 148.5 * MM, 7 * MM, height - 148.5 * MM, 0.3)
    pen.rule(0, height - 210 * MM, 5 * MM, height - 210 * MM, 0.3)
    pen.right(width - 20 * MM, height - 20 * MM, "WEBER", BOLD, 22)
    pen.right(width - 20 * MM, height - 26 * MM, "Haustechnik · Chauffage · Sanitaire", FONT, 8)

    pen.text(25 * MM, height - 50 * MM, RETURN, FONT, 6)
    pen.rule(25 * MM, height - 51 * MM, 100 * MM, height - 51 * MM, 0.3)
    block = [debtor.name]
    if debtor.attention:
        block.append(debtor.attention)
    block += [*debtor.street, *([debtor.box] if debtor.box else [])]
    block.append(f"{debtor.postcode} {debtor.city}{' ' + debtor.cedex if debtor.cedex else ''}")
    pen.lines(25 * MM, height - 63 * MM, block, 12, FONT, 10)

    info = (
        ("Votre n° client", debtor.customer_ref or ""),
        ("Votre commande du", dot_date(inv.extras["order"])),
        ("Facture n°", inv.number),
        ("Interlocuteur", "Thomas Weber"),
        ("Téléphone", "03 88 61 24 70"),
        ("E-mail", "t.weber@weber-haustechnik.fr"),
        ("Date", dot_date(inv.issue)),
    )
    y = height - 50 * MM
    for label, value in info:
        pen.text(125 * MM, y, label, FONT, 7.5)
        pen.text(158 * MM, y, value, FONT, 7.5)
        y -= 10

    y = height - 103 * MM
    pen.text(25 * MM, y, f"Facture n° {inv.number}", BOLD, 11)
    y = pen.lines(
        25 * MM,
        y - 20,
        (
            "Madame, Monsieur,",
            "",
            "Nous vous remercions de votre commande et vous facturons les prestations suivantes :",
        ),
        12,
        FONT,
        9.5,
    )
    widths = (25, 205, 50, 40, 70, 80)
    y -= 6
    pen.row(
        25 * MM,
        y,
        widths,
        ("Pos.", "Désignation", "Quantité", "Unité", "Prix unitaire", "Montant"),
        "llrlrr",
        BOLD,
        8.5,
    )
    pen.rule(25 * MM, y - 4, 25 * MM + sum(widths), y - 4)
    y -= 16
    for index, line in enumerate(inv.lines, start=1):
        cells = (
            str(index),
            line.description,
            quantity(line.quantity),
            line.unit,
            fr_money(line.unit_price),
            fr_money(line.amount),
        )
        pen.row(25 * MM, y, widths, cells, "llrlrr", FONT, 8.5)
        y -= 12
    pen.rule(25 * MM, y + 4, 25 * MM + sum(widths), y + 4)
    y -= 10
    rows = [("Montant net", fr_money(inv.net))]
    rows += [
        (f"TVA {str(r).replace('.', ',')} %", fr_money(tax))
        for r, (_, tax) in inv.vat_by_rate.items()
    ]
    rows.append(("Montant total", fr_money(inv.gross)))
    for label, amount in rows:
        strong = label == "Montant total"
        pen.right(150 * MM, y, label, BOLD if strong else FONT, 9)
        pen.right(25 * MM + sum(widths) - 3, y, amount, BOLD if strong else FONT, 9)
        y -= 13
    discounted = cents(inv.gross * 98 / 100)
    terms = (
        "Conditions de paiement : escompte de 2 % pour tout règlement avant le "
        f"{dot_date(inv.extras['discount'])}, "
        f"soit {fr_money(discounted)} ;",
        f"net sans escompte au plus tard le {dot_date(inv.due)}." if inv.due else "",
        "",
        "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.",
    )
    pen.lines(25 * MM, y - 15, terms, 12, FONT, 9)
    foot = height - 280 * MM
    columns = (
        ("Weber Haustechnik SARL", "3 rue du Rhin", "67100 Strasbourg"),
        ("Gérant : Thomas Weber", "SIRET 502 887 341 00021", "TVA FR 83 502887341"),
        ("Crédit Mutuel Strasbourg", "IBAN FR76 1027 8010 0000 0456 7890 112", "BIC CMCIFR2A"),
    )
    for index, column in enumerate(columns):
        pen.lines(25 * MM + index * 60 * MM, foot, column, 8, FONT, 6)


LAYOUT = Layout(
    key="din_fr",
    country="FR",
    style="DIN 5008 form B letter in French, DejaVu Sans, info block right, fold marks",
    families=(
        "small-print return-address line above the window",
        "escompte (Skonto) date that is not the due date",
        "seller's contact person in the info block (distractor)",
        "dates dd.mm.yyyy",
        "attention line, CS/BP + CEDEX",
    ),
    invoice=invoice,
    draw=draw,
)
