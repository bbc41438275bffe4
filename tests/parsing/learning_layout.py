"""Invoices of one issuer that prints its own labels, which the layout heuristics do not read:
what learning a template from one correction is for. `seed` varies every value."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.parsing.generator.render import Pen, fr_amount

ISSUER = "Atelier Vauban Reprographie"
DEBTORS = ["Garage des Lilas", "Pharmacie du Centre", "Hôtel Beau Rivage", "Ferme de la Combe"]


@dataclass(frozen=True)
class Truth:
    number: str
    issued: date
    due: date
    total: Decimal
    debtor: str


def truth(seed: int) -> Truth:
    rng = random.Random(f"learning-{seed}")
    issued = date(2026, 1, 5) + timedelta(days=rng.randrange(300))
    return Truth(
        number=f"AVR/{issued:%y}/{rng.randrange(1, 99999):05d}",
        issued=issued,
        due=issued + timedelta(days=rng.choice([15, 30, 45])),
        total=Decimal(rng.randrange(5000, 900000)) / 100 + Decimal("0.00"),
        debtor=rng.choice(DEBTORS),
    )


def learning_pdf(
    seed: int,
    *,
    due_label: str = "Payable au plus tard",
    amount_label: str = "Valeur de règlement",
    colon: str = "",
) -> tuple[bytes, Truth]:
    """`colon` is printed at the start of each value's cell ("Pièce comptable    : AVR/…")."""
    t = truth(seed)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    pen = Pen(canvas)
    pen.lines(40, 40, [ISSUER, "3 rue Vauban", "67000 Strasbourg", "SIRET 812 345 678 00021"],
              9, 12, bold_first=True)  # fmt: skip
    pen.lines(320, 150, [t.debtor, "12 rue des Lilas", "69003 Lyon"], 10, 13)
    pen.text(40, 260, "Pièce comptable", bold=True)
    pen.text(150, 260, colon + t.number)
    pen.text(40, 275, "Établie le")
    pen.text(150, 275, colon + t.issued.strftime("%d.%m.%Y"))
    pen.text(40, 290, due_label)
    pen.text(150, 290, colon + t.due.strftime("%d.%m.%Y"))
    pen.text(300, 400, amount_label, bold=True)
    pen.right(550, 400, fr_amount(t.total, " "), bold=True)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), t
