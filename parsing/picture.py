"""A page of an untrusted PDF drawn as a PNG, for a person to read beside the fields typed from
it. Bounded: a width within limits, a pixel budget, one page. Run it in a child process
(`parsing.isolate.run_isolated`): pdfium is not thread-safe and the file is untrusted."""

from __future__ import annotations

import io
import math

from parsing.errors import ParseError
from parsing.pdf import open_pdf
from parsing.record import ParseOptions

MIN_WIDTH = 200
MAX_WIDTH = 1800
MAX_PIXELS = 8_000_000


class NoSuchPage(ParseError):
    def __init__(self, page: int, pages: int) -> None:
        super().__init__(f"no page {page} (the document has {pages})")
        self.page = page
        self.pages = pages


def page_count(data: bytes) -> int:
    with open_pdf(data, ParseOptions()) as document:
        return len(document)


def page_png(data: bytes, page: int, width: int = 1000) -> bytes:
    """Page `page` (from 1) of the PDF `data` as PNG bytes about `width` pixels wide."""
    width = max(MIN_WIDTH, min(width, MAX_WIDTH))
    with open_pdf(data, ParseOptions()) as document:
        if not 1 <= page <= len(document):
            raise NoSuchPage(page, len(document))
        pdf_page = document[page - 1]
        try:
            points_wide, points_high = pdf_page.get_size()
            area = max(points_wide, 1.0) * max(points_high, 1.0)
            scale = min(width / max(points_wide, 1.0), math.sqrt(MAX_PIXELS / area))
            image = pdf_page.render(scale=scale).to_pil()
        finally:
            pdf_page.close()
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
