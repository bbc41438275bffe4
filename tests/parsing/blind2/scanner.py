"""A drawn invoice as a cheap office scanner returns it: one greyish JPEG per page, no text."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pypdfium2
from fpdf import FPDF
from PIL import Image, ImageEnhance, ImageFilter, ImageOps

from .sheet import FIXED_DATE


def worn(page: Image.Image, rng: random.Random) -> Image.Image:
    """Tilted 1–2°, a little off-white, low contrast, grainy and blurred at the edges."""
    grey = ImageOps.grayscale(page)
    tilt = rng.uniform(1.0, 2.0) * rng.choice((1, -1))
    tilted = grey.rotate(tilt, resample=Image.Resampling.BILINEAR, fillcolor=238)
    dull = ImageEnhance.Contrast(tilted).enhance(rng.uniform(0.7, 0.85))
    half = (dull.size[0] // 2, dull.size[1] // 2)
    grain = Image.frombytes("L", half, rng.randbytes(half[0] * half[1])).resize(dull.size)
    grainy = Image.blend(dull, grain, rng.uniform(0.05, 0.1))
    return grainy.filter(ImageFilter.BoxBlur(rng.uniform(0.3, 0.7)))


def scan(source: Path, target: Path, rng: random.Random) -> None:
    document = pypdfium2.PdfDocument(source)
    pdf = FPDF(unit="pt")
    pdf.set_creation_date(FIXED_DATE)
    try:
        for page in document:
            width, height = page.get_size()
            dpi = rng.choice((150, 160, 180, 200))
            image = worn(page.render(scale=dpi / 72, rotation=0).to_pil(), rng)
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=rng.randint(50, 72))
            pdf.add_page(format=(width, height))
            pdf.image(io.BytesIO(buffer.getvalue()), 0, 0, width, height)
    finally:
        document.close()
    pdf.output(str(target))
