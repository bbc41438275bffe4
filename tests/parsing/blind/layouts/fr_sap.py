"""A home-care association's monthly bill: subsidies, "Reste à votre charge", direct debit."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ..formats import FR_MONTHS, fr_date, fr_long_date, fr_money, national_phone
from ..model import Deduction, Invoice
from ..pen import Pen
from ..people import fr_debtor
from .common import Item, Layout, month_end, pick_lines, price, quantity, rate

CATALOGUE = (
    Item("Aide à domicile (entretien, courses)", "h", 23.9, 26.5, "5.5", (6, 8.5, 12, 14.5, 20)),
    Item("Aide à la personne (lever, toilette)", "h", 25.5, 28.9, "5.5", (4, 10, 15.5, 22)),
    Item("Garde d'enfants à domicile", "h", 21.0, 24.0, "10", (8, 16, 24)),
    Item("Accompagnement aux rendez-vous", "h", 24.0, 27.0, "5.5", (1, 2, 3)),
    Item("Portage de repas", "repas", 9.2, 11.8, "5.5", (8, 12, 20, 31)),
    Item("Frais de déplacement", "km", 0.45, 0.62, "5.5", (24, 40, 86)),
    Item("Intervention dimanche / jour férié (majoration)", "h", 5.0, 7.5, "5.5", (2, 4)),
)
SUBSIDIES = (
    "Participation APA – Conseil départemental",
    "Prise en charge caisse de retraite (CARSAT)",
    "Participation CAF (PAJE)",
    "Prise en charge mutuelle",
)


def invoice(rng: random.Random, seed: int) -> Invoice:
    month = dt.date(2026, rng.randint(1, 12), 1)
    issue = month_end(month)
    debtor = fr_debtor(
        rng,
        business=False,
        residence=rng.random() < 0.3,
        email=rng.random() < 0.6,
        phone=rng.random() < 0.9,
        ref=f"B-{rng.randint(1000, 9999)}",
    )
    debit = rng.random() < 0.6
    due = issue + dt.timedelta(days=rng.choice((8, 10, 12)) if debit else rng.choice((15, 20)))
    inv = Invoice(
        number=f"{issue.year}{issue.month:02d}-{rng.randint(1, 890):04d}",
        issue=issue,
        due=due,
        currency="EUR",
        debtor=debtor,
        lines=pick_lines(rng, CATALOGUE, rng.randint(1, 4)),
        tax_per_line=True,
        extras={
            "debit": debit,
            "month": month,
            "wording": rng.choice(("Reste à votre charge", "Reste à charge")),
        },
    )
    for label in rng.sample(SUBSIDIES, rng.choice((0, 1, 1, 1, 2))):
        cap = inv.to_pay * Decimal("0.45")
        inv.deductions.append(
            Deduction(label, min(price(rng, 40, 600), cap).quantize(Decimal("0.01")))
        )
    return inv


def draw(canvas: Canvas, inv: Invoice) -> None:
    pen = Pen(canvas, "Times-Roman", 10.5)
    width, height = A4
    pen.text(50, height - 58, "Les Jardins d'Ouest", "Times-Bold", 18)
    pen.lines(
        50,
        height - 74,
        (
            "Association d'aide et de services à domicile",
            "3 place du Marché – 35760 Saint-Grégoire",
            "02 99 41 17 60",
        ),
        12,
        "Times-Italic",
        9.5,
    )
    debtor = inv.debtor
    block = [debtor.name, *debtor.street, f"{debtor.postcode} {debtor.city}"]
    y = pen.lines(50, height - 160, block, 13, "Times-Roman", 11)
    if debtor.phone:
        pen.text(50, y - 4, f"Téléphone : {national_phone(debtor.phone)}", "Times-Roman", 9.5)
        y -= 12
    if debtor.email:
        pen.text(50, y - 4, f"Mail : {debtor.email}", "Times-Roman", 9.5)

    box_x = 340
    pen.box(box_x, height - 215, 205, 82)
    info = (
        ("Facture n°", inv.number),
        ("Date", fr_date(inv.issue)),
        ("Réf. client", debtor.customer_ref or ""),
        ("Période", f"{FR_MONTHS[inv.extras['month'].month - 1]} {inv.issue.year}"),
    )
    y = height - 150
    for label, value in info:
        pen.text(box_x + 8, y, label, "Times-Bold", 10)
        pen.text(box_x + 80, y, f": {value}", "Times-Roman", 10)
        y -= 16

    pen.center(width / 2, height - 260, "FACTURE DE PRESTATIONS", "Times-Bold", 14)
    widths = (245, 55, 45, 75, 75)
    y = height - 295
    pen.rule(50, y + 13, 545, y + 13)
    pen.row(
        50,
        y,
        widths,
        ("Prestation", "Quantité", "TVA", "Prix unitaire", "Montant TTC"),
        "lrrrr",
        "Times-Bold",
        10,
    )
    pen.rule(50, y - 5, 545, y - 5)
    y -= 20
    for line in inv.lines:
        gross = line.amount + line.tax
        cells = (
            line.description,
            f"{quantity(line.quantity)} {line.unit}",
            f"{rate(line.vat_rate)} %",
            fr_money(line.unit_price),
            fr_money(gross),
        )
        pen.row(50, y, widths, cells, "lrrrr", "Times-Roman", 10)
        y -= 15
    pen.rule(50, y + 5, 545, y + 5)
    y -= 15
    rows = [
        ("Total HT", fr_money(inv.net)),
        ("Dont TVA", fr_money(inv.vat)),
        ("Total TTC", fr_money(inv.gross)),
    ]
    rows += [(d.label, "- " + fr_money(d.amount)) for d in inv.deductions]
    for label, amount in rows:
        pen.right(430, y, label, "Times-Roman", 10.5)
        pen.right(545, y, amount, "Times-Roman", 10.5)
        y -= 15
    final = inv.extras["wording"] if inv.deductions else "Net à payer"
    pen.box(300, y - 6, 245, 20, fill=0.92)
    pen.right(430, y, final, "Times-Bold", 11.5)
    pen.right(540, y, fr_money(inv.to_pay), "Times-Bold", 11.5)
    y -= 45
    if inv.extras["debit"]:
        text = [
            f"Date de prélèvement : {fr_date(inv.due)}" if inv.due else "",
            "Prélèvement SEPA sur le compte enregistré (RUM AJO-" + inv.number[-4:] + ").",
        ]
    else:
        text = [
            f"Merci de régler cette facture avant le {fr_long_date(inv.due)}" if inv.due else "",
            "par chèque à l'ordre des Jardins d'Ouest, CESU préfinancé ou virement.",
        ]
    y = pen.lines(50, y, text, 13, "Times-Roman", 10.5)
    half = (inv.to_pay / 2).quantize(Decimal("0.01"))
    pen.lines(
        50,
        y - 12,
        (
            f"Ces prestations ouvrent droit à un crédit d'impôt de 50 % : soit {fr_money(half)}, "
            "selon l'article 199 "
            "sexdecies du CGI.",
            "Une attestation fiscale annuelle vous sera adressée en début d'année.",
        ),
        11,
        "Times-Italic",
        9,
    )
    pen.lines(
        50,
        60,
        (
            "Association loi 1901 – SIRET 438 221 906 00037 – Déclaration SAP n° SAP438221906 – "
            "Autorisation "
            "du Conseil départemental d'Ille-et-Vilaine",
            "TVA acquittée sur les encaissements. En cas de retard de paiement, une pénalité égale "
            "à trois fois "
            "le taux d'intérêt légal sera appliquée.",
        ),
        9,
        "Times-Roman",
        7,
    )


LAYOUT = Layout(
    key="fr_sap",
    country="FR",
    style="home-care association, Times, debtor left, boxed info panel, civility and residences",
    families=(
        "subsidies (APA, CARSAT, CAF, mutuelle) → Reste à (votre) charge",
        "Date de prélèvement as due date",
        "Réf. client in a side panel",
        "phone/e-mail below address",
        "tax-credit amount as distractor",
    ),
    invoice=invoice,
    draw=draw,
)
