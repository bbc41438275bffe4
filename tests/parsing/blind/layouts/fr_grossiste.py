"""A food wholesaler's nightly print run: several invoices and credit notes in one PDF, Courier."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ..formats import fr_date, fr_money, national_phone
from ..model import Invoice, Line
from ..pen import Pen
from ..people import fr_debtor
from .common import Item, Layout, issue_day, pick_lines, quantity, rate

FONT = "Courier"
BOLD = "Courier-Bold"
CATALOGUE = (
    Item("HUILE TOURNESOL 5L", "BID", 9.5, 14.9, "5.5", (2, 4, 6, 12)),
    Item("FARINE T55 25KG", "SAC", 14.0, 21.0, "5.5", (1, 2, 4)),
    Item("SUCRE SEMOULE 10KG", "SAC", 9.0, 13.5, "5.5", (1, 2, 3)),
    Item("CAFE GRAINS 1KG ARABICA", "PAQ", 11.0, 19.0, "5.5", (3, 6, 10)),
    Item("LAIT UHT DEMI-ECREME 6X1L", "PACK", 5.2, 7.4, "5.5", (5, 10, 20)),
    Item("BEURRE DOUX 250G X20", "CART", 38.0, 52.0, "5.5", (1, 2)),
    Item("TOMATES PELEES 4/4 X6", "CART", 10.0, 15.0, "5.5", (2, 4, 8)),
    Item("EAU MINERALE 1.5L X6", "PACK", 2.1, 3.6, "5.5", (10, 20, 40)),
    Item("SAC POUBELLE 100L X100", "CART", 14.0, 22.0, "20", (1, 2, 3)),
    Item("PRODUIT VAISSELLE 5L", "BID", 6.5, 11.0, "20", (1, 2, 4)),
    Item("BARQUETTE ALU 1L X100", "CART", 9.0, 16.0, "20", (1, 2)),
    Item("VIN ROUGE BORDEAUX AOC 75CL", "BTL", 3.9, 7.5, "20", (6, 12, 24)),
    Item("FILM ETIRABLE 45CM", "RLX", 4.0, 8.0, "20", (2, 6)),
    Item("RIZ LONG GRAIN 5KG", "SAC", 7.0, 11.0, "5.5", (2, 4, 6)),
    Item("PATES PENNE 5KG", "SAC", 6.0, 9.5, "5.5", (2, 4, 6)),
)
ROWS_PER_PAGE = 26


def invoice(rng: random.Random, seed: int) -> Invoice:
    debtor = fr_debtor(
        rng,
        business=True,
        box=rng.random() < 0.25,
        email=rng.random() < 0.7,
        phone=rng.random() < 0.9,
    )
    debtor = replace(
        debtor,
        name=debtor.name.upper(),
        attention=None,
        customer_ref=f"411{rng.randint(100, 99999):05d}",
    )
    issue = issue_day(rng)
    credit = seed % 6 == 4
    count = rng.choice((1, 2)) if credit else rng.choice((3, 6, 9, 14, 20, 30, 38))
    lines: list[Line] = pick_lines(rng, CATALOGUE, count)
    return Invoice(
        number=f"{'26-A' if credit else '26-'}{rng.randint(1000, 99999):05d}",
        issue=issue,
        due=None if credit else issue + dt.timedelta(days=rng.choice((20, 30, 30, 45))),
        currency="EUR",
        debtor=debtor,
        lines=lines,
        credit_note=credit,
        extras={
            "route": f"TOURNEE {rng.randint(1, 14):02d}",
            "payment": rng.choice(("LCR DIRECTE", "VIREMENT", "CHEQUE")),
        },
    )


def header(pen: Pen, inv: Invoice, page: int, pages: int) -> float:
    _, height = A4
    debtor = inv.debtor
    pen.text(36, height - 45, "COMPTOIR ALIMENTAIRE DU SUD-OUEST", BOLD, 11)
    pen.lines(
        36,
        height - 58,
        ("ZA DE LA GARENNE - 2 RUE DES METIERS", "33610 CESTAS", "TEL 05 56 78 40 12"),
        10,
        FONT,
        8,
    )
    title = "AVOIR" if inv.credit_note else "FACTURE"
    pen.text(360, height - 45, f"{title} N° {inv.number}", BOLD, 11)
    pen.text(360, height - 60, f"DU {fr_date(inv.issue)}", FONT, 9)
    pen.text(360, height - 72, f"COMPTE : {debtor.customer_ref}", FONT, 9)
    pen.text(360, height - 84, f"PAGE {page}/{pages}", FONT, 8)
    block = [debtor.name, *debtor.street]
    if debtor.box:
        block.append(debtor.box)
    block.append(
        f"{debtor.postcode} {debtor.city.upper()}{' ' + debtor.cedex if debtor.cedex else ''}"
    )
    pen.lines(36, height - 120, block, 11, FONT, 9)
    side = []
    if debtor.phone:
        side.append(f"TEL : {national_phone(debtor.phone)}")
    if debtor.email:
        side.append(f"MAIL: {debtor.email}")
    side.append(inv.extras["route"])
    pen.lines(330, height - 120, side, 11, FONT, 8)
    y = height - 200
    pen.rule(36, y + 12, 560, y + 12)
    pen.row(
        36,
        y,
        (64, 216, 40, 44, 70, 34, 56),
        ("CODE", "DESIGNATION", "QTE", "UNITE", "PU HT", "TVA", "MONTANT"),
        "llrlrrr",
        BOLD,
        8,
    )
    pen.rule(36, y - 4, 560, y - 4)
    return y - 16


def draw(canvas: Canvas, inv: Invoice) -> None:
    pen = Pen(canvas, FONT, 8)
    widths = (64, 216, 40, 44, 70, 34, 56)
    chunks = [inv.lines[i : i + ROWS_PER_PAGE] for i in range(0, len(inv.lines), ROWS_PER_PAGE)]
    carried = 0
    for page, chunk in enumerate(chunks, start=1):
        if page > 1:
            canvas.showPage()
        y = header(pen, inv, page, len(chunks))
        if page > 1:
            pen.row(
                36,
                y,
                widths,
                ("", "REPORT", "", "", "", "", fr_money(carried, "")),
                "llrlrrr",
                FONT,
                8,
            )
            y -= 11
        for line in chunk:
            cells = (
                line.description[:3] + "01",
                line.description,
                quantity(line.quantity),
                line.unit,
                fr_money(line.unit_price, ""),
                rate(line.vat_rate),
                fr_money(line.amount, ""),
            )
            pen.row(36, y, widths, cells, "llrlrrr", FONT, 8)
            carried += line.amount
            y -= 11
        if page < len(chunks):
            pen.row(
                36,
                y - 6,
                widths,
                ("", "A REPORTER", "", "", "", "", fr_money(carried, "")),
                "llrlrrr",
                BOLD,
                8,
            )
    y = 190
    pen.rule(36, y + 14, 560, y + 14)
    for vat_rate, (base, tax) in inv.vat_by_rate.items():
        pen.text(
            36,
            y,
            f"BASE TVA {rate(vat_rate)}% : {fr_money(base, '')}   TVA : {fr_money(tax, '')}",
            FONT,
            8,
        )
        y -= 11
    totals = [
        ("TOTAL HT", fr_money(inv.net)),
        ("TOTAL TVA", fr_money(inv.vat)),
        ("TOTAL TTC", fr_money(inv.gross)),
    ]
    totals.append(("MONTANT AVOIR TTC" if inv.credit_note else "NET A PAYER", fr_money(inv.to_pay)))
    y = 190
    for label, amount in totals:
        pen.text(360, y, label, BOLD, 9)
        pen.right(560, y, amount, BOLD, 9)
        y -= 12
    if inv.due:
        pen.text(
            36, 130, f"ECHEANCE : {fr_date(inv.due)}   REGLEMENT : {inv.extras['payment']}", BOLD, 9
        )
    else:
        pen.text(36, 130, "AVOIR A DEDUIRE DE VOTRE PROCHAIN REGLEMENT", BOLD, 9)
    pen.lines(
        36,
        70,
        (
            "SAS COMPTOIR ALIMENTAIRE DU SUD-OUEST CAPITAL 150 000 EUR - SIRET 443 998 120 00015 - "
            "RCS BORDEAUX",
            "TVA INTRACOM FR 61 443998120 - PENALITES DE RETARD 3 FOIS LE TAUX LEGAL - INDEMNITE "
            "FORFAITAIRE 40 EUR",
            "RESERVE DE PROPRIETE : LES MARCHANDISES RESTENT NOTRE PROPRIETE JUSQU'AU PAIEMENT "
            "INTEGRAL.",
        ),
        8,
        FONT,
        6.5,
    )


LAYOUT = Layout(
    key="fr_grossiste",
    country="FR",
    style="wholesaler's batch print run, Courier capitals, account code beside the title",
    families=(
        "batch PDFs (3–5 invoices per file)",
        "multi-page invoices with A REPORTER / REPORT",
        "credit notes (AVOIR) printed positive inside a batch",
        "Compte 411… account code as customer reference",
        "phone/e-mail in a block beside the address",
    ),
    invoice=invoice,
    draw=draw,
    seeds=24,
    batch_sizes=(4, 3, 5, 4, 3, 5),
)
