"""An invoice from the one issuer our shipped invoice2data template knows (labels no heuristic
reads), to show the template step of the chain."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.parsing.generator.render import Pen, fr_amount

NUMBER = "ANR/26/00042"
ISSUED = date(2026, 11, 3)
DUE = date(2026, 12, 3)
TOTAL = Decimal("1234.56")


def template_issuer_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    pen = Pen(canvas)
    pen.lines(40, 40, ["Ateliers Numériques du Rhin", "3 quai Kléber", "67000 Strasbourg",
                       "SIRET 890 123 456 00017"], 9, 12, bold_first=True)  # fmt: skip
    pen.lines(320, 150, ["Garage des Lilas", "12 rue des Lilas", "69003 Lyon"], 10, 13)
    pen.text(40, 260, "Pièce comptable", bold=True)
    pen.text(150, 260, NUMBER)
    pen.text(40, 275, "Établie le")
    pen.text(150, 275, ISSUED.strftime("%d.%m.%Y"))
    pen.text(40, 290, "Payable au plus tard")
    pen.text(150, 290, DUE.strftime("%d.%m.%Y"))
    pen.text(300, 400, "Valeur de règlement", bold=True)
    pen.right(550, 400, fr_amount(TOTAL, " "), bold=True)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
