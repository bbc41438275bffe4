"""A fifth set of layouts for template learning (issue 12), written before reading the
learning code, aimed at what makes one correction generalise badly: the corrected first
invoice differs from the next ones. Ten designers, twelve files each: tables of one to
twenty-five lines that move the totals down the page or to page 2, a deposit, subsidy or
advance row on some invoices only (the amount-due label changing with it), debtor blocks of two
or four lines, an optional attention line, optional customer-reference and order rows, due
dates printed on some invoices and following from the terms on others, credit notes of the
invoices' layout, long debtor names that wrap, thousands separators only on large amounts, a
landscaper's invoice with a quote number and the site address (`Chantier :`) beside the billing
address, a batch file of two to five invoices, an English layout in pounds. See each design's
docstring.

`layout_file(name, seed)` returns the PDF bytes and the truth of each invoice in it (the fourth
set's `Truth`, with its pages). Seed 0 is the file whose first invoice staff correct."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.parsing.learning_layouts4.data import Sheet, Truth
from tests.parsing.learning_layouts5.designs_a import DESIGNS_A, Design
from tests.parsing.learning_layouts5.designs_b import DESIGNS_B

LAYOUTS5: dict[str, Design] = {**DESIGNS_A, **DESIGNS_B}
SEEDS = range(12)


def layout_file(name: str, seed: int) -> tuple[bytes, list[Truth]]:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    truths = LAYOUTS5[name](Sheet(canvas), seed)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), truths
