"""A plumbing and heating craftsman's word-processor invoice: deposits, then "Reste à payer"."""

from __future__ import annotations

import datetime as dt
import random

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ..formats import dotted_phone, fr_date, fr_money, national_phone
from ..model import Deduction, Invoice
from ..pen import Pen
from ..people import fr_debtor
from .common import Item, Layout, issue_day, pick_lines, quantity, rate, share

CATALOGUE = (
    Item("Chauffe-eau thermodynamique 200 L", "u", 1400, 2600, "5.5", (1,)),
    Item("Chaudière gaz à condensation", "u", 2800, 4200, "5.5", (1,)),
    Item("Remplacement mitigeur thermostatique", "u", 90, 260, "10"),
    Item("Main d'œuvre plombier", "h", 48, 62, "10", (2, 3.5, 4, 6, 8)),
    Item("Déplacement", "forfait", 35, 60, "10", (1,)),
    Item("Tube cuivre Ø 14 (barre de 2 m)", "u", 18, 32, "10", (2, 4, 6)),
    Item("Raccords et petites fournitures", "lot", 25, 90, "10", (1,)),
    Item("Désembouage circuit de chauffage", "forfait", 320, 540, "10", (1,)),
    Item("Radiateur acier 1200 W", "u", 180, 340, "10", (1, 2, 3)),
    Item("Recherche de fuite", "forfait", 150, 280, "20", (1,)),
    Item("Contrat d'entretien annuel chaudière", "an", 140, 190, "20", (1,)),
)
SELLER = (
    "Plomberie Chauffage Vautrin",
    "14 rue des Artisans",
    "69100 Villeurbanne",
    "Tél. 04 78 12 45 90",
    "contact@vautrin-plomberie.fr",
)
LEGAL = (
    "SARL Vautrin Plomberie au capital de 8 000 € – SIRET 512 345 678 00024 – RCS Lyon 512 345 678"
    " – N° TVA intracommunautaire FR45 512345678 – APE 4322A",
    "Assurance décennale MAAF Pro n° 145 879 632 – couverture France métropolitaine",
    "Pénalités de retard : trois fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de "
    "recouvrement : 40 €. Pas d'escompte pour paiement anticipé.",
)


def invoice(rng: random.Random, seed: int) -> Invoice:
    business = rng.random() < 0.35
    debtor = fr_debtor(
        rng,
        business=business,
        box=business and rng.random() < 0.6,
        email=rng.random() < 0.8,
        phone=rng.random() < 0.85,
        ref=f"C{rng.randint(100, 4999):05d}",
    )
    issue = issue_day(rng)
    due = issue + dt.timedelta(days=rng.choice((0, 15, 30, 30)))
    inv = Invoice(
        number=f"FA-{issue.year}-{rng.randint(120, 980):04d}",
        issue=issue,
        due=due,
        currency="EUR",
        debtor=debtor,
        lines=pick_lines(rng, CATALOGUE, rng.randint(2, 7)),
        extras={"site": rng.choice(("Salle de bains", "Chaufferie", "Cuisine", "Sous-sol"))},
    )
    if rng.random() < 0.55:
        first = share(inv.gross, rng.choice((20, 30, 40)))
        paid_on = issue - dt.timedelta(days=rng.randint(10, 60))
        inv.deductions.append(Deduction(f"Acompte versé le {fr_date(paid_on)}", first))
        if rng.random() < 0.3:
            inv.deductions.append(Deduction("Acompte n° 2 (chèque)", share(inv.gross, 20)))
    return inv


def draw(canvas: Canvas, inv: Invoice) -> None:
    pen = Pen(canvas, "Helvetica", 9)
    width, height = A4
    pen.text(40, height - 60, SELLER[0], "Helvetica-Bold", 16)
    pen.lines(40, height - 78, SELLER[1:], 11, "Helvetica", 8.5)
    pen.text(40, height - 140, "FACTURE", "Helvetica-Bold", 20)

    debtor = inv.debtor
    block = [debtor.name]
    if debtor.attention:
        block.append(debtor.attention)
    block += list(debtor.street)
    if debtor.box:
        block.append(debtor.box)
    block.append(
        f"{debtor.postcode} {debtor.city.upper()}{' ' + debtor.cedex if debtor.cedex else ''}"
    )
    y = pen.lines(325, height - 130, block, 12, "Helvetica", 10)
    contacts = []
    if debtor.phone:
        contacts.append(f"Tél. : {dotted_phone(debtor.phone)}")
    if debtor.email:
        contacts.append(f"Courriel : {debtor.email}")
    pen.lines(325, y - 6, contacts, 10, "Helvetica-Oblique", 8)

    top = height - 235
    values = (
        fr_date(inv.issue),
        inv.number,
        debtor.customer_ref or "",
        fr_date(inv.due or inv.issue),
    )
    bottom = pen.grid(
        40,
        top,
        (110, 125, 110, 120),
        ("Date", "Facture n°", "N° client", "Échéance"),
        values,
        8.5,
        "Helvetica-Bold",
        "Helvetica",
    )
    pen.text(40, bottom - 20, f"Objet : travaux – {inv.extras['site']}", "Helvetica-Bold", 9)

    widths = (230, 40, 45, 70, 40, 90)
    y = bottom - 45
    pen.box(40, y - 5, sum(widths), 16, fill=0.85)
    pen.row(
        40,
        y,
        widths,
        ("Désignation", "Qté", "Unité", "PU HT", "TVA", "Total HT"),
        "lrcrrr",
        "Helvetica-Bold",
        8.5,
    )
    y -= 18
    for line in inv.lines:
        cells = (
            line.description,
            quantity(line.quantity),
            line.unit,
            fr_money(line.unit_price, ""),
            f"{rate(line.vat_rate)} %",
            fr_money(line.amount, ""),
        )
        pen.row(40, y, widths, cells, "lrcrrr", "Helvetica", 8.5)
        y -= 14
    pen.rule(40, y + 6, 40 + sum(widths), y + 6)

    rows: list[tuple[str, str, bool]] = [("Total HT", fr_money(inv.net), False)]
    rows += [(f"TVA {rate(r)} %", fr_money(tax), False) for r, (_, tax) in inv.vat_by_rate.items()]
    rows.append(("Total TTC", fr_money(inv.gross), True))
    for deduction in inv.deductions:
        rows.append((deduction.label, fr_money(-deduction.amount), False))
    final = "Reste à payer" if inv.deductions else "Net à payer"
    rows.append((final, fr_money(inv.to_pay), True))
    y -= 20
    for label, amount, strong in rows:
        font = "Helvetica-Bold" if strong else "Helvetica"
        pen.right(440, y, label, font, 9)
        pen.right(555, y, amount, font, 9)
        y -= 14

    pen.lines(
        40,
        y - 20,
        (
            "Règlement par virement (IBAN FR76 1027 8073 0000 0203 4560 175) ou par chèque "
            "à l'ordre de Vautrin Plomberie.",
            f"Merci de rappeler la référence {inv.number} lors de votre règlement.",
        ),
        11,
        "Helvetica",
        8,
    )
    pen.lines(40, 70, LEGAL, 9, "Helvetica", 6.5)
    pen.center(width / 2, 30, f"{SELLER[0]} – {national_phone('+33478124590')}", "Helvetica", 6.5)


LAYOUT = Layout(
    key="fr_artisan",
    country="FR",
    style="craftsman's word-processor template, Helvetica, debtor at the right window, 4-cell grid",
    families=(
        "deposits → Reste à payer",
        "N° client in a header grid",
        "contacts below address",
        "CS/BP + CEDEX",
    ),
    invoice=invoice,
    draw=draw,
)
