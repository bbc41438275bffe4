"""A held-out set of invoice layouts the layout heuristics were not designed on: other labels,
other orders, other address and amount spellings. Same truth as the generator (`Facts`), so
`tests.parsing.accuracy.score` measures it. `heldout_pdf` returns the PDF bytes and the truth."""

from __future__ import annotations

import io
import random
from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.parsing.generator.data import Facts
from tests.parsing.generator.render import Pen
from tests.parsing.heldout import layouts_a, layouts_b, layouts_c, layouts_en
from tests.parsing.heldout.data import Case, make_case

HeldLayout = Callable[[Pen, Case, random.Random], None]

FRENCH: dict[str, HeldLayout] = {
    "grey_band_header": layouts_a.grey_band_header,
    "debtor_left_seller_right": layouts_a.debtor_left_seller_right,
    "accounting_piece": layouts_a.accounting_piece,
    "letter_invoice": layouts_a.letter_invoice,
    "corsica_artisan": layouts_a.corsica_artisan,
    "dot_leaders_cedex": layouts_b.dot_leaders_cedex,
    "multi_vat_recap": layouts_b.multi_vat_recap,
    "totals_band_row": layouts_b.totals_band_row,
    "party_boxes": layouts_b.party_boxes,
    "shop_invoice": layouts_b.shop_invoice,
    "meta_table_right": layouts_c.meta_table_right,
    "online_tool": layouts_c.online_tool,
    "totals_left_signature": layouts_c.totals_left_signature,
}
ENGLISH: dict[str, HeldLayout] = {
    "invoice_no_payment_due": layouts_en.invoice_no_payment_due,
    "amount_due_box": layouts_en.amount_due_box,
    "uk_tax_invoice": layouts_en.uk_tax_invoice,
    "english_statement": layouts_c.english_statement,
}
HELDOUT: dict[str, HeldLayout] = {**FRENCH, **ENGLISH}


def heldout_case(layout: str, seed: int) -> Case:
    return make_case(layout, seed, "en" if layout in ENGLISH else "fr")


def heldout_pdf(layout: str, seed: int) -> tuple[bytes, Facts]:
    case = heldout_case(layout, seed)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    HELDOUT[layout](Pen(canvas), case, random.Random(f"draw-heldout-{layout}-{seed}"))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), case.f
