"""A sixth set of layouts for template learning (issue 12), written before reading the
learning code, aimed at invoices of one layout that vary from month to month the way real ones
do: optional rows (a deposit, a subsidy, an insurer's or a mutual's share, `Déjà facturé`, a
discount) present on some months only, the amount-due label changing with them (`Reste à
charge`, `Solde à régler`, `Reste dû`); tables of one to forty lines moving the totals down or
onto page 2; debtor blocks of three, four or five lines (attention, building, CS/BP lines);
names from eight to seventy letters, wrapping on some, in capitals for some clients; due dates
printed on some months and following from terms (or `à réception`) on others; thousands
separators on some invoices only; credit notes of the invoices' layout, printed negative or
positive; a file of two invoices; a Swiss layout in francs. See each design's docstring.

`layout_file(name, seed)` returns the PDF bytes and the truth of each invoice in it (the fourth
set's `Truth`, with its pages). Seed 0 is the file whose first invoice staff correct.

Measured once before any change to the learning code (FIGURES BELOW)."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.parsing.learning_layouts4.data import Sheet, Truth
from tests.parsing.learning_layouts6.designs_a import DESIGNS_A, Design
from tests.parsing.learning_layouts6.designs_b import DESIGNS_B

LAYOUTS6: dict[str, Design] = {**DESIGNS_A, **DESIGNS_B}
SEEDS = range(12)


def layout_file(name: str, seed: int) -> tuple[bytes, list[Truth]]:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    truths = LAYOUTS6[name](Sheet(canvas), seed)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), truths
