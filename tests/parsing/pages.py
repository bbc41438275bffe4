"""Small synthetic invoice pages for the unit tests of one family of layouts at a time: a plain
French invoice whose parts (seller, debtor block, header fields, totals, footer) a test replaces
one by one, drawn with the generator's pen."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from parsing import ParsedInvoice, ParseOptions, parse_pdf
from tests.parsing.generator.render import Pen

SELLER = ("Plomberie Rivière SARL", "3 rue Haute", "67000 Strasbourg", "Tél : 03 88 11 22 33",
          "contact@plomberie.fr")  # fmt: skip
DEBTOR = ("Garage des Lilas", "12 rue des Lilas", "69003 Lyon")
META = (("Facture N°", "F-2026-118"), ("Date", "03/11/2026"), ("Échéance", "03/12/2026"))
TOTALS = (("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"), ("Total TTC", "120,00 €"),
          ("Net à payer", "120,00 €"))  # fmt: skip
FOOTER = ("Plomberie Rivière SARL au capital de 8 000 € - SIRET 123 456 789 00012 - "
          "TVA FR32123456789")  # fmt: skip

Draw = Callable[[Pen], None]


@dataclass(frozen=True)
class Sheet:
    """One invoice page: each part is lines of text (or pairs label/value) at a fixed place."""

    title: str = "FACTURE"
    seller: Sequence[str] = SELLER
    debtor: Sequence[str] = DEBTOR
    debtor_at: tuple[float, float] = (330, 150)
    meta: Sequence[tuple[str, str]] = META
    totals: Sequence[tuple[str, str]] = TOTALS
    item: tuple[str, str] = ("Intervention plomberie", "100,00 €")
    notes: Sequence[str] = ()
    footer: str = FOOTER
    size: float = 9.5
    extra: Sequence[Draw] = field(default_factory=tuple)

    def but(self, **changes: object) -> Sheet:
        return replace(self, **changes)  # type: ignore[arg-type]

    def draw(self, pen: Pen) -> None:
        size, step = self.size, self.size * 1.3
        pen.lines(40, 40, list(self.seller), size, step, bold_first=True)
        x, y = self.debtor_at
        pen.lines(x, y, list(self.debtor), size + 0.5, step + 0.5)
        pen.text(40, 260, self.title, size * 1.6, bold=True)
        for index, (label, value) in enumerate(self.meta):
            pen.text(40, 285 + index * step, f"{label} : {value}", size)
        top = 285 + len(self.meta) * step + 30
        pen.text(40, top, "Désignation", size, bold=True)
        pen.right(555, top, "Montant HT", size, bold=True)
        pen.text(40, top + step, self.item[0], size)
        pen.right(555, top + step, self.item[1], size)
        top += 3 * step
        for index, (label, value) in enumerate(self.totals):
            pen.text(340, top + index * step, label, size)
            pen.right(555, top + index * step, value, size)
        top += (len(self.totals) + 2) * step
        pen.lines(40, top, list(self.notes), size, step)
        pen.text(40, 800, self.footer, size * 0.75)
        for draw in self.extra:
            draw(pen)


def pdf(sheet: Sheet, turned: int = 0, shown_turned: int = 0) -> bytes:
    """The sheet as a one-page PDF; `turned` degrees (90, 180, 270, counter-clockwise) turns the
    content in the stream (a landscape page for a quarter turn), `shown_turned` sets /Rotate."""
    buffer = io.BytesIO()
    width, height = A4
    size = (height, width) if turned % 180 else (width, height)
    canvas = Canvas(buffer, pagesize=size, invariant=True)
    if shown_turned:
        canvas.setPageRotation(shown_turned)
    origin = {0: (0, 0), 90: (height, 0), 180: (width, height), 270: (0, width)}[turned]
    canvas.translate(*origin)
    canvas.rotate(turned)
    pen = Pen(canvas)
    pen.height = height
    sheet.draw(pen)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def parse(sheet: Sheet, options: ParseOptions | None = None, **turns: int) -> ParsedInvoice:
    data = pdf(sheet, **turns)
    [invoice] = parse_pdf(data, "sheet.pdf", options or ParseOptions(use_xml=False, ocr=False))
    return invoice
