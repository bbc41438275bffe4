"""A fourth set of layouts for template learning (issue 12), written before reading the
learning code: ten designers, eight files each, chosen for what moves between two invoices of
one layout in real life: batch files (two to four invoices in one PDF; an owner's statement
followed by its invoices; a hotel's folios with refunds among them), invoices running onto a
second page with the totals there on some invoices only, tables of one to twenty-five lines so
everything below them moves, optional rows (a deposit, a subsidy, a previous balance, a
discount, `Déjà réglé`, an insurer's share), debtor blocks of two to six lines (attention line,
building, CEDEX box, foreign country) in capitals or mixed case, long French dates in every
month, numbers whose length and year prefix change, credit notes of the invoices' layout, five
figure amounts with thousands separators beside small ones, and an exporter's invoices in
dollars, pounds, francs or euros with a euro counter-value. See each design's docstring.

`layout_file(name, seed)` returns the PDF bytes and the truth of each invoice in it (`Truth`,
in the record's conventions, with its pages). Seed 0 is the file whose first invoice staff
correct; every other invoice of the layout is read after."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.parsing.learning_layouts4.data import Sheet, Truth
from tests.parsing.learning_layouts4.designs_a import DESIGNS_A, Design
from tests.parsing.learning_layouts4.designs_b import DESIGNS_B

LAYOUTS4: dict[str, Design] = {**DESIGNS_A, **DESIGNS_B}
SEEDS = range(8)


def layout_file(name: str, seed: int) -> tuple[bytes, list[Truth]]:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    truths = LAYOUTS4[name](Sheet(canvas), seed)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), truths
