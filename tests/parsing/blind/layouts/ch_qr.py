"""A Romandy joinery's invoice with a Swiss QR-bill payment part (Récépissé, Section paiement)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from decimal import Decimal

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ..formats import ch_money, dot_date, international_phone
from ..model import Deduction, Invoice
from ..pen import Pen
from ..people import ch_debtor, fr_debtor
from .common import MM, Item, Layout, issue_day, pick_lines, quantity

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
IBAN = "CH44 3199 9123 0008 8901 2"
CREDITOR = ("Menuiserie Rochat Sàrl", "Chemin des Artisans 8", "1032 Romanel-sur-Lausanne")
CATALOGUE = (
    Item("Porte intérieure chêne massif, pose comprise", "pce", 780, 1450, "8.1", (1, 2)),
    Item("Fenêtre bois-métal triple vitrage", "pce", 1200, 2300, "8.1", (1, 2, 3)),
    Item("Agencement de cuisine sur mesure", "forfait", 4200, 9800, "8.1", (1,)),
    Item("Main-d'œuvre menuisier", "h", 92, 115, "8.1", (4, 8, 12, 16)),
    Item("Déplacement et transport", "forfait", 60, 140, "8.1", (1,)),
    Item("Réglage et entretien de portes", "h", 85, 105, "8.1", (1, 2, 3)),
)
MOD10 = (0, 9, 4, 6, 8, 2, 7, 1, 3, 5)


def qr_reference(body: str) -> str:
    """26 digits and the recursive mod-10 check digit, grouped as printed on a QR-bill."""
    carry = 0
    for digit in body:
        carry = MOD10[(carry + int(digit)) % 10]
    digits = body + str((10 - carry) % 10)
    return digits[:2] + " " + " ".join(digits[i : i + 5] for i in range(2, 27, 5))


def invoice(rng: random.Random, seed: int) -> Invoice:
    ref = f"{rng.randint(10000, 39999)}"
    if rng.random() < 0.2:
        debtor = replace(
            fr_debtor(rng, business=False, email=rng.random() < 0.5, phone=rng.random() < 0.5),
            customer_ref=ref,
        )
    else:
        debtor = ch_debtor(rng, business=rng.random() < 0.4, ref=ref)
    issue = issue_day(rng)
    inv = Invoice(
        number=f"{issue.year}-{rng.randint(1000, 1999)}",
        issue=issue,
        due=issue + dt.timedelta(days=rng.choice((10, 30, 30))),
        currency="CHF",
        debtor=debtor,
        lines=pick_lines(rng, CATALOGUE, rng.randint(1, 4)),
        extras={
            "reference": qr_reference(f"{rng.randint(10**25, 10**26 - 1)}"),
            "country_line": debtor.country == "FR" or rng.random() < 0.25,
        },
    )
    if rng.random() < 0.3:
        paid = issue - dt.timedelta(days=rng.randint(20, 90))
        inv.deductions.append(
            Deduction(f"Acompte reçu le {dot_date(paid)}", Decimal(int(inv.gross * Decimal("0.3"))))
        )
    return inv


def address(inv: Invoice) -> list[str]:
    debtor = inv.debtor
    lines = [debtor.name, *debtor.street, f"{debtor.postcode} {debtor.city}"]
    if inv.extras["country_line"]:
        lines.append({"FR": "France", "CH": "Suisse"}[debtor.country])
    return lines


def qr_payload(inv: Invoice) -> str:
    debtor = inv.debtor
    fields = [
        "SPC",
        "0200",
        "1",
        IBAN.replace(" ", ""),
        "K",
        CREDITOR[0],
        CREDITOR[1],
        CREDITOR[2],
        "",
        "",
        "CH",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        f"{inv.to_pay:.2f}",
        "CHF",
        "K",
        debtor.name,
        debtor.street[0],
        f"{debtor.postcode} {debtor.city}",
        "",
        "",
        debtor.country,
        "QRR",
        inv.extras["reference"].replace(" ", ""),
        f"Facture {inv.number}",
        "EPD",
    ]
    return "\n".join(fields)


def payment_part(pen: Pen, inv: Invoice) -> None:
    canvas = pen.canvas
    top = 105 * MM
    canvas.setDash(2, 2)
    pen.rule(0, top, A4[0], top, 0.4)
    pen.rule(62 * MM, 0, 62 * MM, top, 0.4)
    canvas.setDash()
    x = 5 * MM
    pen.text(x, top - 10 * MM, "Récépissé", BOLD, 11)
    y = top - 16 * MM
    for heading, lines in (
        ("Compte / Payable à", [IBAN, *CREDITOR]),
        ("Référence", [inv.extras["reference"]]),
        ("Payable par", address(inv)),
    ):
        pen.text(x, y, heading, BOLD, 6)
        y = pen.lines(x, y - 9, lines, 9, FONT, 8) - 3
    pen.text(x, 30 * MM, "Monnaie", BOLD, 6)
    pen.text(x + 15 * MM, 30 * MM, "Montant", BOLD, 6)
    pen.text(x, 26 * MM, "CHF", FONT, 8)
    pen.text(x + 15 * MM, 26 * MM, ch_money(inv.to_pay, " "), FONT, 8)
    pen.right(57 * MM, 15 * MM, "Point de dépôt", BOLD, 6)

    x = 67 * MM
    pen.text(x, top - 10 * MM, "Section paiement", BOLD, 11)
    size = 46 * MM
    widget = QrCodeWidget(qr_payload(inv), barLevel="M")
    left, bottom, right, upper = widget.getBounds()
    drawing = Drawing(
        size, size, transform=[size / (right - left), 0, 0, size / (upper - bottom), 0, 0]
    )
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, top - 17 * MM - size)
    cross = 7 * MM
    centre_x, centre_y = x + size / 2, top - 17 * MM - size / 2
    pen.box(centre_x - cross / 2, centre_y - cross / 2, cross, cross, 0.1, fill=0)
    canvas.setFillGray(1)
    canvas.rect(
        centre_x - cross * 0.1, centre_y - cross * 0.3, cross * 0.2, cross * 0.6, stroke=0, fill=1
    )
    canvas.rect(
        centre_x - cross * 0.3, centre_y - cross * 0.1, cross * 0.6, cross * 0.2, stroke=0, fill=1
    )
    canvas.setFillGray(0)
    pen.text(x, 30 * MM, "Monnaie", BOLD, 8)
    pen.text(x + 15 * MM, 30 * MM, "Montant", BOLD, 8)
    pen.text(x, 25 * MM, "CHF", FONT, 10)
    pen.text(x + 15 * MM, 25 * MM, ch_money(inv.to_pay, " "), FONT, 10)

    x = 118 * MM
    y = top - 10 * MM
    sections = (
        ("Compte / Payable à", [IBAN, *CREDITOR]),
        ("Référence", [inv.extras["reference"]]),
        ("Informations supplémentaires", [f"Facture {inv.number}"]),
        ("Payable par", address(inv)),
    )
    for heading, lines in sections:
        pen.text(x, y, heading, BOLD, 8)
        y = pen.lines(x, y - 11, lines, 11, FONT, 10) - 4


def draw(canvas: Canvas, inv: Invoice) -> None:
    pen = Pen(canvas, FONT, 9)
    _, height = A4
    debtor = inv.debtor
    pen.text(22 * MM, height - 20 * MM, CREDITOR[0], BOLD, 14)
    pen.lines(
        22 * MM,
        height - 26 * MM,
        (*CREDITOR[1:], "021 646 12 80 · info@rochat-menuiserie.ch"),
        10,
        FONT,
        8,
    )
    y = pen.lines(118 * MM, height - 50 * MM, address(inv), 12, FONT, 10)
    if debtor.phone:
        y = pen.lines(
            118 * MM, y - 2, (f"Tél. {international_phone(debtor.phone)}",), 10, FONT, 7.5
        )
    if debtor.email:
        pen.text(118 * MM, y - 2, debtor.email, FONT, 7.5)

    pen.text(22 * MM, height - 95 * MM, f"Facture n° {inv.number}", BOLD, 13)
    info = (
        ("Date", dot_date(inv.issue)),
        ("N° client", debtor.customer_ref or ""),
        ("Payable jusqu'au", dot_date(inv.due) if inv.due else ""),
    )
    y = height - 103 * MM
    for label, value in info:
        pen.text(22 * MM, y, f"{label} :", FONT, 8.5)
        pen.text(55 * MM, y, value, FONT, 8.5)
        y -= 11
    widths = (260, 60, 70, 80)
    y -= 16
    pen.row(
        22 * MM, y, widths, ("Désignation", "Quantité", "Prix", "Montant CHF"), "lrrr", BOLD, 8.5
    )
    pen.rule(22 * MM, y - 4, 22 * MM + sum(widths), y - 4)
    y -= 16
    for line in inv.lines:
        cells = (
            line.description,
            f"{quantity(line.quantity)} {line.unit}",
            ch_money(line.unit_price),
            ch_money(line.amount),
        )
        pen.row(22 * MM, y, widths, cells, "lrrr", FONT, 8.5)
        y -= 12
    rows = [
        ("Total hors TVA", ch_money(inv.net)),
        ("TVA 8,1 %", ch_money(inv.vat)),
        ("Total TTC", ch_money(inv.gross)),
    ]
    rows += [(d.label, "-" + ch_money(d.amount)) for d in inv.deductions]
    rows.append(("Solde dû CHF" if inv.deductions else "Montant dû CHF", ch_money(inv.to_pay)))
    y -= 8
    for label, amount in rows:
        strong = label.endswith("CHF")
        pen.right(150 * MM, y, label, BOLD if strong else FONT, 9)
        pen.right(22 * MM + sum(widths) - 3, y, amount, BOLD if strong else FONT, 9)
        y -= 12
    pen.text(
        22 * MM,
        112 * MM,
        "N° IDE CHE-109.322.551 TVA · Conditions : 30 jours net, sans escompte.",
        FONT,
        6.5,
    )
    payment_part(pen, inv)


LAYOUT = Layout(
    key="ch_qr",
    country="CH",
    style="Swiss joinery, DejaVu Sans, SN 010130 window right, QR-bill payment part at the foot",
    families=(
        "QR-bill Récépissé / Section paiement with Payable par",
        "CHF with apostrophe thousands",
        "4-digit postcodes",
        "deposit received → Solde dû",
        "French debtors across the border with a country line",
    ),
    invoice=invoice,
    draw=draw,
)
