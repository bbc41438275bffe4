"""An accounting package's invoice: five-cell grid with "Code client", credit notes, "Avoir "
"déduit"."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ..formats import fr_date, fr_money
from ..model import Deduction, Invoice
from ..pen import Pen
from ..people import ascii_slug, fr_debtor
from .common import Item, Layout, issue_day, month_end, pick_lines, price, quantity, rate

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
CATALOGUE = (
    Item("Tenue de comptabilité mensuelle", "mois", 180, 420, "20", (1, 3)),
    Item("Établissement des comptes annuels", "forfait", 900, 2400, "20", (1,)),
    Item("Déclarations de TVA", "u", 45, 90, "20", (1, 3, 12)),
    Item("Bulletins de paie", "u", 18, 32, "20", (2, 5, 8, 14)),
    Item("Liasse fiscale et plaquette", "forfait", 350, 700, "20", (1,)),
    Item("Conseil juridique (approbation des comptes)", "forfait", 250, 480, "20", (1,)),
    Item("Accès logiciel de pré-comptabilité", "mois", 25, 45, "20", (1, 3, 12)),
    Item("Entretien de gestion", "h", 90, 140, "20", (1, 2, 3)),
)
MODES = ("Virement 30 jours", "Prélèvement", "Chèque à réception", "Virement 45 jours fin de mois")


def customer_code(rng: random.Random, name: str) -> str:
    letters = (
        ascii_slug(name.split()[1] if len(name.split()) > 1 else name).upper().replace("-", "")
    )
    return rng.choice(
        (f"411{letters[:5]}", f"411{rng.randint(10000, 99999)}", f"CL{rng.randint(100, 9999):05d}")
    )


def invoice(rng: random.Random, seed: int) -> Invoice:
    business = rng.random() < 0.8
    debtor = fr_debtor(
        rng,
        business=business,
        box=rng.random() < 0.4,
        email=False,
        phone=False,
    )
    debtor = replace(debtor, customer_ref=customer_code(rng, debtor.name))
    issue = issue_day(rng)
    credit = seed % 5 == 3
    mode = rng.choice(MODES)
    if credit:
        due = None
    elif "45 jours" in mode:
        due = month_end(issue + dt.timedelta(days=45))
    elif "30 jours" in mode or mode == "Prélèvement":
        due = issue + dt.timedelta(days=30)
    else:
        due = issue
    prefix = "AV" if credit else "FC"
    inv = Invoice(
        number=f"{prefix}{issue.strftime('%y%m')}-{rng.randint(1, 999):03d}",
        issue=issue,
        due=due,
        currency="EUR",
        debtor=debtor,
        lines=pick_lines(rng, CATALOGUE, 1 if credit else rng.randint(2, 6)),
        credit_note=credit,
        extras={"mode": "Imputation sur prochaine facture" if credit else mode},
    )
    if credit:
        inv.extras["origin"] = f"FC{issue.strftime('%y%m')}-{rng.randint(1, 999):03d}"
    elif seed % 4 == 1:
        number = f"AV{issue.strftime('%y%m')}-{rng.randint(1, 999):03d}"
        amount = min(price(rng, 60, 480), inv.gross / 2).quantize(Decimal("0.01"))
        inv.deductions.append(Deduction(f"Avoir n° {number} déduit", amount))
    elif seed % 7 == 2:
        inv.deductions.append(Deduction("Acompte reçu", Decimal(int(inv.gross * Decimal("0.3")))))
    return inv


def draw(canvas: Canvas, inv: Invoice) -> None:
    pen = Pen(canvas, FONT, 8)
    _, height = A4
    debtor = inv.debtor
    pen.text(36, height - 50, "CABINET ARNOULT & ASSOCIÉS", BOLD, 12)
    pen.lines(
        36,
        height - 64,
        (
            "Expertise comptable – Commissariat aux comptes",
            "22 cours Clemenceau",
            "33000 Bordeaux",
            "Tél. 05 56 44 21 90 – bordeaux@arnoult-expertise.fr",
        ),
        10,
        FONT,
        7.5,
    )
    title = "AVOIR" if inv.credit_note else "FACTURE"
    pen.right(560, height - 50, f"{title} N° {inv.number}", BOLD, 13)

    pen.box(300, height - 215, 260, 95)
    block = [debtor.name]
    if debtor.attention:
        block.append(debtor.attention)
    block += [*debtor.street, *([debtor.box] if debtor.box else [])]
    block.append(f"{debtor.postcode} {debtor.city}{' ' + debtor.cedex if debtor.cedex else ''}")
    pen.lines(312, height - 138, block, 12, FONT, 9)

    due = fr_date(inv.due) if inv.due else "—"
    bottom = pen.grid(
        36,
        height - 245,
        (95, 95, 95, 150, 89),
        ("Date", "N° pièce", "Code client", "Mode de règlement", "Date d'échéance"),
        (fr_date(inv.issue), inv.number, debtor.customer_ref or "", inv.extras["mode"], due),
        7.5,
        BOLD,
        FONT,
        shade=0.8,
    )
    if inv.credit_note:
        pen.text(
            36,
            bottom - 16,
            f"Avoir sur facture n° {inv.extras['origin']} – geste commercial",
            FONT,
            8,
        )

    widths = (52, 220, 45, 70, 40, 97)
    y = bottom - 40
    pen.box(36, y - 4, sum(widths), 14, fill=0.8)
    pen.row(
        36,
        y,
        widths,
        ("Réf.", "Désignation", "Qté", "P.U. HT", "Code TVA", "Montant HT"),
        "llrrcr",
        BOLD,
        7.5,
    )
    y -= 16
    for index, line in enumerate(inv.lines, start=1):
        cells = (
            f"P{index:03d}",
            line.description,
            quantity(line.quantity),
            fr_money(line.unit_price, ""),
            "1",
            fr_money(line.amount, ""),
        )
        pen.row(36, y, widths, cells, "llrrcr", FONT, 7.5)
        y -= 12
    pen.rule(36, y + 4, 36 + sum(widths), y + 4)

    y = 250
    pen.row(
        36, y, (60, 40, 80, 80), ("Code TVA", "Taux", "Base HT", "Montant TVA"), "crrr", BOLD, 7
    )
    for vat_rate, (base, tax) in inv.vat_by_rate.items():
        y -= 11
        pen.row(
            36,
            y,
            (60, 40, 80, 80),
            ("1", f"{rate(vat_rate)} %", fr_money(base, ""), fr_money(tax, "")),
            "crrr",
            FONT,
            7,
        )

    rows = [
        ("Total HT", fr_money(inv.net)),
        ("Total TVA", fr_money(inv.vat)),
        ("Total TTC", fr_money(inv.gross)),
    ]
    rows += [(d.label, fr_money(-d.amount)) for d in inv.deductions]
    if inv.credit_note:
        rows.append(("Montant de l'avoir TTC", fr_money(inv.to_pay)))
    elif inv.deductions:
        rows.append(("Solde à régler", fr_money(inv.to_pay)))
    else:
        rows.append(("Net à payer", fr_money(inv.to_pay)))
    y = 262
    pen.box(330, y - 14 * len(rows) - 4, 230, 14 * len(rows) + 12)
    for label, amount in rows:
        strong = label in ("Total TTC", "Solde à régler", "Net à payer", "Montant de l'avoir TTC")
        pen.text(338, y - 8, label, BOLD if strong else FONT, 8)
        pen.right(552, y - 8, amount, BOLD if strong else FONT, 8)
        y -= 14
    pen.lines(
        36,
        80,
        (
            "Cabinet Arnoult & Associés – SAS d'expertise comptable inscrite au tableau de l'Ordre "
            "de Nouvelle-Aquitaine – "
            "SIRET 399 112 874 00046 – TVA intracommunautaire FR 27 399 112 874",
            "Escompte pour paiement anticipé : néant. Tout retard de paiement entraîne des "
            "pénalités au taux BCE majoré de 10 points "
            "et une indemnité forfaitaire de 40 € (art. L441-10 du Code de commerce).",
            "IBAN FR76 3000 4008 2100 0101 2345 678 – BIC BNPAFRPPXXX",
        ),
        9,
        FONT,
        6,
    )


LAYOUT = Layout(
    key="fr_logiciel",
    country="FR",
    style="accounting-package output, DejaVu Sans 7.5–9 pt, framed debtor box, five-cell grid",
    families=(
        "credit notes (AVOIR) printed positive",
        "ordinary invoice with 'Avoir n° … déduit' → Solde à régler",
        "Code client as 411 account code",
        "attention line, CS/BP + CEDEX",
        "deposit received",
    ),
    invoice=invoice,
    draw=draw,
)
