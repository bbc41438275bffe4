"""An optician's and hearing-aid shop's invoice: Sécu and mutuelle shares, pages stored sideways."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from ..formats import cents, fr_date, fr_money, national_phone
from ..model import Deduction, Invoice
from ..pen import Pen
from ..people import fr_debtor
from .common import Item, Layout, add_months, instalments, issue_day, pick_lines, rate

FONT = "DejaVuSerif"
BOLD = "DejaVuSerif-Bold"
CATALOGUE = (
    Item("Monture Lindberg titane réf. 5512", "u", 180, 420, "20", (1,)),
    Item("Verres progressifs Varilux (paire)", "paire", 380, 760, "20", (1,)),
    Item("Verres unifocaux antireflet (paire)", "paire", 90, 240, "20", (1,)),
    Item("Lentilles mensuelles (6 mois)", "boîte", 38, 62, "20", (2, 4)),
    Item("Audioprothèse contour d'oreille (classe II)", "u", 1100, 1900, "5.5", (1, 2)),
    Item("Kit d'entretien audioprothèse", "u", 15, 35, "5.5", (1,)),
)


def invoice(rng: random.Random, seed: int) -> Invoice:
    debtor = fr_debtor(
        rng,
        business=False,
        email=rng.random() < 0.7,
        phone=rng.random() < 0.95,
        ref=f"{rng.randint(10000, 99999)}",
    )
    issue = issue_day(rng)
    lines = pick_lines(rng, CATALOGUE, rng.randint(1, 3))
    inv = Invoice(
        number=f"OPT{issue.year % 100}{rng.randint(10000, 99999)}",
        issue=issue,
        due=None,
        currency="EUR",
        debtor=debtor,
        lines=lines,
        tax_per_line=True,
        extras={
            "rotation": ("upright", "sideways", "rotate", "upright")[seed % 4],
            "wording": rng.choice(("Reste à charge", "Reste à votre charge")),
        },
    )
    secu = cents(inv.gross * Decimal(rng.choice(("0.04", "0.06", "0.12"))))
    inv.deductions.append(Deduction("Part Sécurité sociale", secu))
    if rng.random() < 0.85:
        mutual = cents((inv.gross - secu) * Decimal(rng.choice(("0.3", "0.5", "0.65"))))
        inv.deductions.append(
            Deduction(
                rng.choice(("Prise en charge mutuelle", "Part mutuelle (tiers payant)")), mutual
            )
        )
    if rng.random() < 0.4:
        first = issue + dt.timedelta(days=rng.choice((0, 5, 10)))
        inv.extras["plan"] = [
            (add_months(first, i), amount) for i, amount in enumerate(instalments(inv.to_pay, 3))
        ]
        inv.due = first
    else:
        inv.due = issue + dt.timedelta(days=rng.choice((15, 30)))
    return inv


def page(pen: Pen, inv: Invoice) -> None:
    _, height = A4
    debtor = inv.debtor
    pen.text(50, height - 60, "Optique Lumière", BOLD, 20)
    pen.text(50, height - 76, "Opticien – audioprothésiste diplômé", FONT, 8)
    pen.lines(
        400,
        height - 55,
        ("5 place Bellecour", "69002 Lyon", "04 72 40 18 33", "lyon@optique-lumiere.fr"),
        10,
        FONT,
        7.5,
    )
    pen.text(50, height - 125, f"Facture n° {inv.number}", BOLD, 12)
    pen.text(50, height - 140, f"Établie le {fr_date(inv.issue)}", FONT, 9)
    pen.text(50, height - 152, f"N° client : {debtor.customer_ref}", FONT, 9)

    block = [debtor.name, *debtor.street, f"{debtor.postcode} {debtor.city}"]
    y = pen.lines(330, height - 130, block, 12, FONT, 10)
    if debtor.phone:
        y = pen.lines(330, y - 2, (f"Portable : {national_phone(debtor.phone)}",), 11, FONT, 8)
    if debtor.email:
        pen.text(330, y - 2, debtor.email, FONT, 8)

    widths = (260, 40, 50, 70, 75)
    y = height - 250
    pen.row(50, y, widths, ("Article", "Qté", "TVA", "P.U. TTC", "Total TTC"), "lrrrr", BOLD, 8.5)
    pen.rule(50, y - 5, 545, y - 5, 1)
    y -= 18
    for line in inv.lines:
        unit_gross = cents(line.unit_price * (1 + line.vat_rate / 100))
        total_gross = line.amount + line.tax
        cells = (
            line.description,
            str(int(line.quantity)),
            f"{rate(line.vat_rate)} %",
            fr_money(unit_gross),
            fr_money(total_gross),
        )
        pen.row(50, y, widths, cells, "lrrrr", FONT, 8.5)
        y -= 14
    y -= 10
    rows = [("Total TTC", fr_money(inv.gross))]
    rows += [(f"dont TVA {rate(r)} %", fr_money(tax)) for r, (_, tax) in inv.vat_by_rate.items()]
    rows += [(d.label, "– " + fr_money(d.amount)) for d in inv.deductions]
    for label, amount in rows:
        pen.right(440, y, label, FONT, 9)
        pen.right(545, y, amount, FONT, 9)
        y -= 14
    pen.right(440, y - 4, inv.extras["wording"], BOLD, 11)
    pen.right(545, y - 4, fr_money(inv.to_pay), BOLD, 11)
    y -= 40
    if "plan" in inv.extras:
        pen.text(50, y, "Paiement en 3 fois sans frais :", BOLD, 9)
        for day, amount in inv.extras["plan"]:
            y -= 12
            pen.text(70, y, f"{fr_date(day)} : {fr_money(amount)}", FONT, 9)
    elif inv.due:
        pen.text(50, y, f"Montant à régler au plus tard le {fr_date(inv.due)}.", FONT, 9)
    pen.lines(
        50,
        60,
        (
            "Optique Lumière SAS – SIRET 812 004 551 00012 – TVA FR 09 812004551 – Agrément "
            "audioprothèse n° 69-0412",
            "Garantie légale de conformité 2 ans. Ordonnance du Dr Perret conservée au dossier.",
        ),
        9,
        FONT,
        6.5,
    )


def draw(canvas: Canvas, inv: Invoice) -> None:
    pen = Pen(canvas, FONT, 9)
    rotation = inv.extras["rotation"]
    if rotation == "upright":
        page(pen, inv)
        return
    wide, tall = landscape(A4)
    if rotation == "rotate":
        # reportlab takes the page size as displayed: the stored MediaBox stays landscape.
        canvas.setPageSize(A4)
        canvas.setPageRotation(90)
    else:
        canvas.setPageSize((wide, tall))
    canvas.saveState()
    canvas.translate(wide, 0)
    canvas.rotate(90)
    page(pen, inv)
    canvas.restoreState()


LAYOUT = Layout(
    key="fr_optique",
    country="FR",
    style="optician's shop software, DejaVu Serif, prices incl. VAT, debtor right",
    families=(
        "Sécurité sociale and mutuelle shares → Reste à (votre) charge",
        "3-instalment schedule",
        "page content rotated in the stream, with and without /Rotate",
        "N° client under the title",
    ),
    invoice=invoice,
    draw=draw,
)
