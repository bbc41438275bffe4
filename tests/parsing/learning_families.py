"""Layout families that make learning a template from one correction hard, drawn from their
general styles (no real issuer's): a two-page utility bill in condensed 5.5–9 pt type with its
references in a left column of labels over values, an instalment schedule and a direct-debit
date; a UK agency's cloud-accounting invoice with a label-over-value column, long invoices over
several pages ("Page n of m", totals on the last), "Less Amount Paid" before "AMOUNT DUE GBP" and
credit notes printed positive; a Belgian print shop's key–value info column with a structured
communication and a deposit deducted.

Between two invoices of a family everything a template must not lean on changes: the number of
item lines (so where the totals and the next page fall), the page count, the amounts' digits and
thousands separators, whether a deduction is printed, the debtor's address lines.
`family_pdf(family, seed)` gives the PDF bytes and the truth as the record contract states it."""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from tests.parsing.generator.render import MONTHS_FR, Pen, fr_amount

_CONDENSED = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf")
CONDENSED = "Helvetica"
if _CONDENSED.exists():
    pdfmetrics.registerFont(TTFont("DejaVuCondensed", str(_CONDENSED)))
    CONDENSED = "DejaVuCondensed"
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PERSONS = ["Mme Jeanne Martin", "M. Karim Benali", "Mme Sophie Lefèvre", "M. Luc Moreau",
           "Famille Dubois-Roche", "M. Pierre-Yves Le Gall"]  # fmt: skip
UK_CLIENTS = ["Harbour Lane Bakery Ltd", "Northgate Dental Practice", "Bright Sparks Nursery",
              "Kestrel Logistics Limited", "The Old Forge Gallery"]  # fmt: skip
BE_CLIENTS = ["ASBL Les Amis du Parc", "Brasserie du Marché SPRL", "Cabinet Dewulf & Fils",
              "Librairie La Plume", "Atelier Vandenberghe"]  # fmt: skip
STREETS = ["12 rue des Lilas", "4 Station Road", "Avenue Louise 231", "Chaussée de Wavre 18",
           "Flat 2, 19 Mill Lane", "Résidence du Parc, bât. C"]  # fmt: skip


@dataclass(frozen=True)
class Drawn:
    """One invoice drawn: what the record must say, and on which pages it is printed."""

    truth: dict[str, object]
    pages: tuple[int, ...]
    credit_note: bool = False


def _money(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low * 100, high * 100)) / 100


def _uk_amount(value: Decimal) -> str:
    return f"{value:,.2f}"


def _uk_date(day: date) -> str:
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def _be_amount(value: Decimal) -> str:
    return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".") + " €"


def _truth(number: str, issued: date, due: date | None, due_amount: Decimal, currency: str,
           name: str) -> dict[str, object]:  # fmt: skip
    return {
        "invoice_number": number,
        "issue_date": issued.isoformat(),
        "due_date": due.isoformat() if due else None,
        "total_due": str(due_amount),
        "currency": currency,
        "debtor": {"name": name},
    }


def utility_bill(pen: Pen, rng: random.Random, seed: int) -> Drawn:
    """Two pages of condensed type: a left column of references (label over value), the debtor
    at the right, consumption lines, the total less the monthly instalments already taken
    ("Reste à payer"; "Montant à payer" when none were, as on the first), the balance "sera
    prélevé le" a date spelled out; page 2 holds the next instalments' schedule."""
    f = CONDENSED
    issued = date(2026, 1, 3) + timedelta(days=rng.randrange(300))
    debit = issued + timedelta(days=rng.choice([10, 14, 15]))
    number = f"{rng.randrange(10**9, 10**10)}"
    name = rng.choice(PERSONS)
    pen.text(40, 40, "Énergies du Val de Saône", 9, font=f)
    pen.text(40, 50, "Service clients : 09 69 32 15 15", 5.5, font=f)
    y = 90
    refs = [("Référence client", f"{rng.randrange(10**7, 10**8)}"),
            ("N° de facture", number), ("Date de facture", issued.strftime("%d/%m/%Y")),
            ("Point de livraison", f"{rng.randrange(10**13, 10**14)}")]  # fmt: skip
    for label, value in refs:
        pen.text(40, y, label, 5.5, font=f)
        pen.text(40, y + 8, value, 7, font=f)
        y += 19
    town = rng.choice(["71000 Mâcon", "71700 Tournus", "71250 Cluny"])
    extra = rng.sample(["Bâtiment B", "Appartement 12", "Lieu-dit Les Vernes"], rng.randrange(3))
    for index, line in enumerate([name, *extra, rng.choice(STREETS), town]):
        pen.text(330, 96 + 11 * index, line, 8, font=f)
    pen.text(160, 180, "FACTURE DE RÉGULARISATION", 9, font=f)
    y = 200
    net = Decimal(0)
    for index in range(rng.randrange(3, 14)):
        amount = _money(rng, 3, 180)
        net += amount
        pen.text(160, y, f"Consommation période {index + 1}", 6, font=f)
        pen.right(550, y, fr_amount(amount), 6, font=f)
        y += 9
    total = net
    paid = _money(rng, 10, int(total) - 1) if total > 20 and seed % 3 else Decimal(0)
    due_amount = total - paid
    pen.text(330, y + 8, "Total facture TTC", 7, font=f)
    pen.right(550, y + 8, fr_amount(total), 7, font=f)
    y += 18
    if paid:
        pen.text(330, y + 8, "Mensualités déjà prélevées", 7, font=f)
        pen.right(550, y + 8, "-" + fr_amount(paid), 7, font=f)
        y += 12
    pen.text(330, y + 10, "Reste à payer" if paid else "Montant à payer", 9, font=f)
    pen.right(550, y + 10, fr_amount(due_amount), 9, font=f)
    spelled = f"{debit.day} {MONTHS_FR[debit.month - 1]} {debit.year}"
    pen.text(330, y + 22, f"sera prélevé le {spelled} sur votre compte", 6, font=f)
    pen.text(40, 800, "Page 1/2", 5.5, font=f)
    pen.canvas.showPage()
    pen.text(40, 50, "Votre échéancier de mensualités", 9, font=f)
    pen.text(40, 64, "Date de prélèvement", 6, font=f)
    pen.text(200, 64, "Montant", 6, font=f)
    monthly = _money(rng, 20, 90)
    for month in range(1, rng.randrange(4, 11)):
        when = debit + timedelta(days=30 * month)
        spelled = f"{when.day} {MONTHS_FR[when.month - 1]} {when.year}"
        pen.text(40, 64 + 9 * month, spelled, 6, font=f)
        pen.right(240, 64 + 9 * month, fr_amount(monthly), 6, font=f)
    pen.text(40, 800, "Page 2/2", 5.5, font=f)
    return Drawn(_truth(number, issued, debit, due_amount, "EUR", name), (1, 2))


def uk_agency(
    pen: Pen,
    rng: random.Random,
    seed: int,
    credit_every: int = 5,
    title: bool = True,
    advice: bool = True,
) -> Drawn:
    """Cloud-accounting style: title, the debtor at the left, a column of labels over values
    ("Invoice Date", "Invoice Number", "Reference"), the seller at the right; item lines over as
    many pages as they need, "Page n of m" at the foot, totals on the last page with "Less
    Amount Paid" and "AMOUNT DUE GBP", the due date under them, and a payment advice repeating
    the number, the amount due and the due date beside the debtor's name. One in
    `credit_every` is a credit note, printed positive (the first of them when it is 3)."""
    credit = seed % credit_every == 3 % credit_every
    issued = date(2026, 1, 5) + timedelta(days=rng.randrange(300))
    due = issued + timedelta(days=rng.choice([14, 30]))
    number = f"{'CN' if credit else 'INV'}-{rng.randrange(1, 9999):04d}"
    name = rng.choice(UK_CLIENTS)
    count = rng.choice([3, 8, 30, 45, 70])
    items = [(f"Design work, sprint {i + 1}", _money(rng, 40, 2400)) for i in range(count)]
    per_page = 34
    pages = max(1, -(-len(items) // per_page))
    net = sum((amount for _, amount in items), Decimal(0))
    vat = (net * Decimal("0.20")).quantize(Decimal("0.01"))
    total = net + vat
    paid = Decimal(0) if credit or rng.random() < 0.5 else _money(rng, 1, int(total) - 1)
    for page in range(1, pages + 1):
        if page == 1:
            if title:
                pen.text(40, 50, "CREDIT NOTE" if credit else "INVOICE", 20)
            left = [name, *rng.sample(["Accounts Payable", "4 Station Road", "Leeds",
                                       "LS1 4DY"], rng.randrange(2, 5))]  # fmt: skip
            pen.lines(40, 90, left, 9, 11)
            labels = [("Credit Note Date" if credit else "Invoice Date", _uk_date(issued)),
                      ("Credit Note Number" if credit else "Invoice Number", number),
                      ("Reference", f"PO {rng.randrange(100, 999)}"),
                      ("VAT Number", "GB 123 4567 89")]  # fmt: skip
            y = 90
            for label, value in labels:
                pen.text(300, y, label, 9, bold=True)
                pen.text(300, y + 11, value, 9)
                y += 26
            pen.lines(430, 90, ["Northwind Creative Ltd", "Unit 7, The Sidings", "Manchester",
                                "M4 6BF", "United Kingdom"], 9, 11)  # fmt: skip
            y = 220
        else:
            pen.text(40, 50, f"{'Credit Note' if credit else 'Invoice'} {number} (continued)", 9)
            y = 80
        pen.text(40, y, "Description", 9, bold=True)
        pen.right(550, y, "Amount GBP", 9, bold=True)
        y += 14
        for text, amount in items[(page - 1) * per_page : page * per_page]:
            pen.text(40, y, text, 9)
            pen.right(550, y, _uk_amount(amount), 9)
            y += 13
        if page == pages:
            rows = [("Subtotal", net), ("TOTAL VAT 20%", vat), ("TOTAL GBP", total)]
            if paid:
                rows.append(("Less Amount Paid", paid))
            rows.append(("AMOUNT CREDITED GBP" if credit else "AMOUNT DUE GBP", total - paid))
            y += 8
            for label, amount in rows:
                pen.text(360, y, label, 9, bold=label.isupper())
                pen.right(550, y, _uk_amount(amount), 9, bold=label.isupper())
                y += 14
            if not credit:
                pen.text(40, y + 16, f"Due Date: {_uk_date(due)}", 10, bold=True)
                if advice:
                    _payment_advice(pen, name, number, total - paid, due)
        pen.text(480, 810, f"Page {page} of {pages}", 8)
        if page < pages:
            pen.canvas.showPage()
    amount = -total if credit else total - paid
    return Drawn(
        _truth(number, issued, None if credit else due, amount, "GBP", name),
        tuple(range(1, pages + 1)),
        credit,
    )


def _payment_advice(pen: Pen, name: str, number: str, amount: Decimal, due: date) -> None:
    """The tear-off slip at the foot of the last page: the number, the amount due and the due
    date a second time, and the debtor's name after a label."""
    pen.rule(690)
    pen.text(40, 705, "PAYMENT ADVICE", 12, bold=True)
    pen.lines(40, 722, ["To: Northwind Creative Ltd", "Unit 7, The Sidings", "Manchester"], 8, 10)
    rows = [("Customer", name), ("Invoice Number", number), ("Amount Due", _uk_amount(amount)),
            ("Due Date", _uk_date(due)), ("Amount Enclosed", "")]  # fmt: skip
    for index, (label, value) in enumerate(rows):
        pen.text(300, 722 + 12 * index, label, 8, bold=True)
        pen.text(400, 722 + 12 * index, value, 8)


def belgian_print(pen: Pen, rng: random.Random, seed: int) -> Drawn:
    """A print shop: the seller at the left, the client at the right, a key–value info column
    (label, value in the next column), order lines, totals with a deposit on some invoices,
    and a payment slip with the structured communication and the amount again. "Solde à payer"
    is printed only under a deposit."""
    issued = date(2026, 1, 5) + timedelta(days=rng.randrange(300))
    due = issued + timedelta(days=rng.choice([15, 30]))
    number = f"{issued.year}/{rng.randrange(1, 3000):04d}"
    name = rng.choice(BE_CLIENTS)
    pen.lines(40, 40, ["Imprimerie Delvaux", "Rue de la Station 14", "5000 Namur",
                       "TVA BE 0456.789.123"], 8, 10, bold_first=True)  # fmt: skip
    pen.lines(330, 60, [name, rng.choice(STREETS), "1050 Ixelles"], 9, 11)
    info = [("Facture n°", number), ("Date", issued.strftime("%d-%m-%Y")),
            ("N° client", f"C{rng.randrange(100, 9999)}"),
            ("Échéance", due.strftime("%d-%m-%Y"))]  # fmt: skip
    y = 150
    for label, value in info:
        pen.text(40, y, label, 8)
        pen.text(120, y, value, 8)
        y += 11
    y = 220
    net = Decimal(0)
    for _ in range(rng.randrange(1, 12)):
        amount = _money(rng, 15, 900)
        net += amount
        pen.text(40, y, f"Impression flyers A5 x {rng.randrange(1, 20) * 250}", 8)
        pen.right(550, y, _be_amount(amount), 8)
        y += 11
    total = (net * Decimal("1.21")).quantize(Decimal("0.01"))
    # The first invoice has no deposit: its amount due is printed as the total, alone.
    deposit = _money(rng, 10, int(total) // 2) if seed % 2 else Decimal(0)
    rows = [("Total HTVA", net), ("TVA 21 %", total - net), ("Total TVAC", total)]
    if deposit:
        rows += [("Acompte reçu", deposit), ("Solde à payer", total - deposit)]
    y += 10
    for label, amount in rows:
        pen.text(360, y, label, 8)
        pen.right(550, y, _be_amount(amount), 8)
        y += 12
    digits = f"{rng.randrange(10**9, 10**10)}"
    check = int(digits) % 97 or 97
    pen.text(40, 700, "Montant", 8)
    pen.text(120, 700, _be_amount(total - deposit), 8)
    pen.text(40, 712, "Communication", 8)
    pen.text(120, 712, f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}{check:02d}+++", 8)
    return Drawn(_truth(number, issued, due, total - deposit, "EUR", name), (1,))


FAMILIES: dict[str, Callable[..., Drawn]] = {
    "utility_bill": utility_bill,
    "uk_agency": uk_agency,
    "uk_agency_no_advice": lambda pen, rng, seed: uk_agency(pen, rng, seed, advice=False),
    "uk_agency_credit_first": lambda pen, rng, seed: uk_agency(pen, rng, seed, credit_every=3),
    "belgian_print": belgian_print,
}


def family_pdf(family: str, seed: int, **options: object) -> tuple[bytes, Drawn]:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    rng = random.Random(f"learning-{family}-{seed}")
    drawn = FAMILIES[family](Pen(canvas), rng, seed, **options)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), drawn
