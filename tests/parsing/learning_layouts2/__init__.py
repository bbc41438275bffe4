"""A second set of layouts for template learning (issue 12), written before reading the
learning code: twelve designers, eight invoices each, chosen for what makes learning from one
correction hard (see each design's docstring). `layout_pdf(name, seed)` returns the PDF bytes
and the truth (`Truth`: the generator's `Facts` in the record's conventions, with the currency).
Seed 0 is the invoice staff correct; seeds 1–7 are read after.

Measured once on the code as it stood (main cfec538), before any change for it; figures are in
`tests/parsing/learning_layouts2/FIGURES.md`."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.parsing.generator.render import Pen
from tests.parsing.learning_layouts2.data import Truth
from tests.parsing.learning_layouts2.designs_a import DESIGNS_A
from tests.parsing.learning_layouts2.designs_b import DESIGNS_B

Design = Callable[[Pen, int], Truth]
LAYOUTS2: dict[str, Design] = {**DESIGNS_A, **DESIGNS_B}
SEEDS = range(8)


def layout_pdf(name: str, seed: int) -> tuple[bytes, Truth]:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    truth = LAYOUTS2[name](Pen(canvas), seed)
    pages = canvas.getPageNumber()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), replace(truth, pages=pages)
