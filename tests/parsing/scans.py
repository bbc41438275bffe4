"""Scans made from generated invoices: each page rendered, degraded as a scanner and a mail
client would (skew, noise, low resolution, JPEG), and put back as an image-only PDF."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class Damage:
    skew: float = 1.5  # degrees, counter-clockwise
    dpi: int = 200
    noise: float = 12.0  # standard deviation of the grey noise
    jpeg: int = 60  # quality
    quarter_turns: int = 0  # a page scanned sideways

    @classmethod
    def drawn(cls, rng: random.Random) -> Damage:
        """A plausible office scan: 1–2° either way, 150–200 dpi, some noise, JPEG 40–75."""
        return cls(
            skew=rng.choice((-1, 1)) * rng.uniform(1.0, 2.0),
            dpi=rng.choice((150, 200)),
            noise=rng.uniform(5.0, 20.0),
            jpeg=rng.randint(40, 75),
        )


def scanned(pdf: bytes, damage: Damage) -> bytes:
    """`pdf` as an image-only PDF, every page degraded by `damage`."""
    document = pdfium.PdfDocument(pdf)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    try:
        for index in range(len(document)):
            page = document[index]
            picture = page.render(scale=damage.dpi / 72, grayscale=True).to_pil().convert("L")
            page.close()
            picture = _degraded(picture, damage)
            width, height = A4
            if damage.quarter_turns % 2:
                canvas.setPageSize((height, width))
                width, height = height, width
            canvas.drawImage(ImageReader(picture), 0, 0, width, height)
            canvas.showPage()
    finally:
        document.close()
    canvas.save()
    return buffer.getvalue()


def _degraded(picture: Image.Image, damage: Damage) -> Image.Image:
    picture = picture.rotate(
        damage.skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255
    )
    if damage.quarter_turns:
        picture = picture.rotate(90 * damage.quarter_turns, expand=True)
    noise = Image.effect_noise(picture.size, damage.noise).point(lambda v: v - 128 + 128)
    picture = ImageChops.add(picture, noise, scale=1.0, offset=-128)
    picture = picture.filter(ImageFilter.GaussianBlur(0.4))
    encoded = io.BytesIO()
    picture.save(encoded, "JPEG", quality=damage.jpeg)
    return Image.open(io.BytesIO(encoded.getvalue()))
