"""Turns a drawn invoice into what a scanner gives: a skewed, noisy JPEG page and no text."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pypdfium2
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

SCAN_LAYOUTS = (
    "fr_artisan",
    "fr_sap",
    "fr_logiciel",
    "be_imprimerie",
    "uk_joinery",
    "us_landscaping",
    "din_fr",
)
SCAN_SEEDS = (900, 901, 902)


def degrade(page: Image.Image, rng: random.Random) -> Image.Image:
    """Grey, slightly skewed, speckled and softened like a sheet fed through an office scanner."""
    grey = page.convert("L")
    angle = rng.choice((-1, 1)) * rng.uniform(1.0, 2.0)
    skewed = grey.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    noise = Image.frombytes("L", skewed.size, rng.randbytes(skewed.size[0] * skewed.size[1]))
    speckled = Image.blend(skewed, noise, rng.uniform(0.06, 0.12))
    return speckled.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.6)))


def scan(source: Path, target: Path, rng: random.Random) -> None:
    document = pypdfium2.PdfDocument(source)
    canvas = Canvas(str(target), invariant=True)
    try:
        for page in document:
            width, height = page.get_size()
            dpi = rng.choice((150, 175, 200))
            image = degrade(page.render(scale=dpi / 72).to_pil(), rng)
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=rng.randint(55, 75))
            buffer.seek(0)
            canvas.setPageSize((width, height))
            canvas.drawImage(ImageReader(buffer), 0, 0, width, height)
            canvas.showPage()
    finally:
        document.close()
    canvas.save()
