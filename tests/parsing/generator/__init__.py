"""Generated invoices with their truth: varied French/English layouts, deposits, terms, credit
notes, batches. `invoice_pdf` and `batch_pdf` return the PDF bytes and the expected records."""

from __future__ import annotations

import io
import random

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.parsing.generator.data import Facts, facts
from tests.parsing.generator.layouts import BASE_ENGLISH, BASE_LAYOUTS, Layout
from tests.parsing.generator.layouts_extra import EXTRA_LAYOUTS
from tests.parsing.generator.layouts_flow import FLOW_ENGLISH, FLOW_LAYOUTS
from tests.parsing.generator.layouts_more import MORE_ENGLISH, MORE_LAYOUTS
from tests.parsing.generator.render import Pen

LAYOUTS: dict[str, Layout] = {**BASE_LAYOUTS, **MORE_LAYOUTS, **EXTRA_LAYOUTS, **FLOW_LAYOUTS}
ENGLISH = BASE_ENGLISH | MORE_ENGLISH | FLOW_ENGLISH


def make_facts(layout: str, seed: int) -> Facts:
    rng = random.Random(f"{layout}-{seed}")
    lang = "en" if layout in ENGLISH else "fr"
    kind = seed % 5
    return facts(rng, lang, credit=kind == 4, deposit=kind == 1, terms=kind in (2, 3))


def _draw(canvas: Canvas, layout: str, seed: int) -> Facts:
    truth = make_facts(layout, seed)
    LAYOUTS[layout](Pen(canvas), truth, random.Random(f"draw-{layout}-{seed}"))
    canvas.showPage()
    return truth


def invoice_pdf(layout: str, seed: int) -> tuple[bytes, Facts]:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    truth = _draw(canvas, layout, seed)
    canvas.save()
    return buffer.getvalue(), truth


def batch_pdf(count: int, seed: int = 0) -> tuple[bytes, list[Facts]]:
    """One PDF holding `count` invoices of mixed layouts, one or two pages each."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    names = sorted(LAYOUTS)
    truths = [_draw(canvas, names[(seed + i) % len(names)], seed * 10000 + i) for i in range(count)]
    canvas.save()
    return buffer.getvalue(), truths
