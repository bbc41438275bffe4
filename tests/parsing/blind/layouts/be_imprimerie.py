"""A Belgian print shop: structured communication, TVA BE0…, "À payer avant le", notes de crédit."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ..formats import de_money, fr_date, international_phone
from ..model import Invoice
from ..pen import Pen
from ..people import be_debtor, fr_debtor
from .common import Item, Layout, issue_day, pick_lines, quantity, rate

CATALOGUE = (
    Item("Flyers A5 recto-verso 350 g", "ex.", 0.04, 0.12, "21", (1000, 2500, 5000)),
    Item("Cartes de visite pelliculées", "ex.", 0.08, 0.2, "21", (250, 500, 1000)),
    Item("Brochure 16 pages agrafée", "ex.", 1.2, 3.4, "21", (100, 250, 500)),
    Item("Bâche PVC 3 x 1 m avec œillets", "pce", 45, 95, "21", (1, 2, 4)),
    Item("Livre broché 180 pages", "ex.", 4.5, 9.0, "6", (50, 100, 300)),
    Item("Mise en page et BAT", "h", 55, 75, "21", (1, 2, 4)),
    Item("Livraison Bruxelles-Wallonie", "forfait", 25, 60, "21", (1,)),
)


def structured(base: int) -> str:
    """Belgian structured communication: ten digits and their mod-97 check, as "
    "+++ddd/dddd/ddddd+++."""
    check = base % 97 or 97
    digits = f"{base:010d}{check:02d}"
    return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"


def invoice(rng: random.Random, seed: int) -> Invoice:
    ref = f"{rng.randint(1000, 9999)}"
    if rng.random() < 0.2:
        debtor = replace(
            fr_debtor(rng, business=True, email=rng.random() < 0.5, phone=False),
            customer_ref=ref,
            attention=None,
        )
    else:
        debtor = be_debtor(rng, business=rng.random() < 0.6, ref=ref)
    issue = issue_day(rng)
    credit = seed % 7 == 5
    return Invoice(
        number=f"{issue.year}/{rng.randint(100, 2999):05d}",
        issue=issue,
        due=None if credit else issue + dt.timedelta(days=rng.choice((15, 30, 30))),
        currency="EUR",
        debtor=debtor,
        lines=pick_lines(rng, CATALOGUE, rng.randint(1, 2) if credit else rng.randint(1, 5)),
        credit_note=credit,
        extras={
            "communication": structured(rng.randint(10**8, 10**10 - 1)),
            "order": f"BC-{rng.randint(100, 999)}",
            "country_line": debtor.country == "FR" or rng.random() < 0.3,
        },
    )


def draw(canvas: Canvas, inv: Invoice) -> None:
    pen = Pen(canvas, "Helvetica", 9)
    _, height = A4
    debtor = inv.debtor
    pen.text(45, height - 55, "DELVAUX", "Helvetica-Bold", 22)
    pen.text(45, height - 68, "imprimerie · édition · grand format", "Helvetica", 8)
    pen.lines(
        45,
        height - 90,
        (
            "Rue de l'Industrie 27",
            "5030 Gembloux",
            "Tél. +32 81 61 22 40",
            "info@delvaux-imprimerie.be",
        ),
        10,
        "Helvetica",
        7.5,
    )

    block = [debtor.name, *debtor.street, f"{debtor.postcode} {debtor.city}"]
    if inv.extras["country_line"]:
        block.append({"FR": "FRANCE", "BE": "BELGIQUE"}[debtor.country])
    y = pen.lines(320, height - 140, block, 12, "Helvetica", 10)
    if debtor.email:
        y = pen.lines(320, y - 4, (f"E-mail : {debtor.email}",), 10, "Helvetica", 7.5)
    if debtor.phone:
        pen.text(320, y - 4, f"GSM : {international_phone(debtor.phone)}", "Helvetica", 7.5)

    title = "NOTE DE CRÉDIT" if inv.credit_note else "FACTURE"
    pen.text(45, height - 250, title, "Helvetica-Bold", 15)
    info = [
        ("Numéro", inv.number),
        ("Date", fr_date(inv.issue)),
        ("N° de client", debtor.customer_ref or ""),
        ("Votre référence", inv.extras["order"]),
    ]
    if debtor.country == "BE" and debtor.business:
        ref = debtor.customer_ref or "000"
        info.append(("Votre n° TVA", f"BE0{ref[:3]}.517.{ref[-3:]}"))
    y = height - 272
    for label, value in info:
        pen.text(45, y, label, "Helvetica", 8.5)
        pen.text(150, y, value, "Helvetica-Bold", 8.5)
        y -= 12

    widths = (250, 60, 75, 40, 80)
    y -= 20
    pen.rule(45, y + 12, 550, y + 12, 1.2)
    pen.row(
        45,
        y,
        widths,
        ("Description", "Quantité", "Prix unit.", "TVA", "Montant HTVA"),
        "lrrrr",
        "Helvetica-Bold",
        8.5,
    )
    pen.rule(45, y - 5, 550, y - 5, 0.4)
    y -= 18
    for line in inv.lines:
        cells = (
            line.description,
            f"{quantity(line.quantity)} {line.unit}",
            de_money(line.unit_price, ""),
            f"{rate(line.vat_rate)}%",
            de_money(line.amount),
        )
        pen.row(45, y, widths, cells, "lrrrr", "Helvetica", 8.5)
        y -= 13
    y -= 15
    rows = [("Total HTVA", de_money(inv.net))]
    rows += [
        (f"TVA {rate(r)}% sur {de_money(base)}", de_money(tax))
        for r, (base, tax) in inv.vat_by_rate.items()
    ]
    label = "Total note de crédit" if inv.credit_note else "Total à payer"
    for text, amount in rows:
        pen.right(450, y, text, "Helvetica", 9)
        pen.right(550, y, amount, "Helvetica", 9)
        y -= 13
    y -= 6
    pen.box(300, y - 6, 250, 18, fill=0.9)
    pen.right(450, y, label, "Helvetica-Bold", 10)
    pen.right(545, y, de_money(inv.to_pay), "Helvetica-Bold", 10)

    y -= 50
    if inv.credit_note:
        pen.text(
            45,
            y,
            "Ce montant sera déduit de votre prochaine facture ou remboursé sur simple demande.",
            "Helvetica",
            8.5,
        )
    elif inv.due:
        pen.text(45, y, f"À payer avant le {fr_date(inv.due)}", "Helvetica-Bold", 10)
        pen.lines(
            45,
            y - 15,
            (
                "sur le compte IBAN BE71 0961 2345 6769 – BIC GKCCBEBB",
                f"avec la communication structurée {inv.extras['communication']}",
            ),
            12,
            "Helvetica",
            9,
        )
    pen.lines(
        45,
        55,
        (
            "Delvaux Imprimerie SRL – TVA BE0456.789.123 – RPM Liège, division Namur",
            "Conditions générales au verso. Toute réclamation doit parvenir dans les 8 jours. En "
            "cas de non-paiement à l'échéance, "
            "un intérêt de retard de 8 % l'an et une indemnité forfaitaire de 10 % (min. 40 €) "
            "seront dus de plein droit.",
        ),
        9,
        "Helvetica",
        6,
    )


LAYOUT = Layout(
    key="be_imprimerie",
    country="BE",
    style="Belgian print shop, Helvetica, key–value info column, debtor at the right",
    families=(
        "structured communication +++…+++",
        "TVA BE0…",
        "À payer avant le",
        "notes de crédit printed positive",
        "4-digit postcodes, number after the street name",
        "French debtors with a country line",
    ),
    invoice=invoice,
    draw=draw,
)
