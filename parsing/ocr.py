"""Scanned pages (no text layer) read by Tesseract into the same words-with-positions the layout
heuristics read from a text PDF.

A page is rendered by pdfium at 300 dpi in grey, straightened (a scan is rarely square to the
glass: at 2° a line drifts by two lines across the page, and the layout path groups words into
lines by height), then read by the `tesseract` program (Debian's `tesseract-ocr` with French and
English). Words keep Tesseract's own line grouping: every word of one Tesseract line gets the
line's baseline, so a line stays one line even where the straightening left a trace of slope.
"""

from __future__ import annotations

import os
import re
import shutil
from functools import lru_cache
from typing import TYPE_CHECKING

from parsing.pdf import Page, Word, lines_of

if TYPE_CHECKING:
    from PIL import Image

DPI = 300
# What a page may take on a busy machine (about 3 s of CPU each), granted on top of the parse
# timeout: a parser process that announces OCR is not stopped for the time it needs.
SECONDS_PER_PAGE = 60.0
LANGUAGES = "fra+eng"
_POINTS = 72 / DPI
_FEW_WORDS = 15
_SURE = 60.0
_DESCENDERS = re.compile(r"[gjpqyQ,;()\[\]{}@|/_µ]")
_DOUBLE_DOT = re.compile(r"\.{2,}")
_COARSE_ANGLES = [step / 4 for step in range(-20, 21)]  # ±5° by 0.25°
_FINE_ANGLES = [step / 20 for step in range(-5, 6)]  # ±0.25° around it, by 0.05°
_QUICK_ANGLES = [float(step) for step in range(-4, 5)]


@lru_cache(maxsize=1)
def available() -> bool:
    """Whether Tesseract and both languages are installed."""
    if shutil.which("tesseract") is None:
        return False
    import pytesseract

    try:
        installed = set(pytesseract.get_languages(config=""))
    except (OSError, RuntimeError, pytesseract.TesseractError):
        return False
    return set(LANGUAGES.split("+")) <= installed


def read_image(image: Image.Image, number: int, width: float, height: float) -> Page:
    """The words Tesseract reads on `image` (a page of `width` × `height` points at 300 dpi).

    Orientation detection costs a Tesseract run of its own, so it is asked for only when the
    page's ink runs in columns rather than rows (scanned sideways), or when the page read as it
    is gives little or doubtful text (upside down)."""
    image = image.convert("L")
    if _looks_sideways(image):
        image = _upright(image)
    image = straighten(image)
    words, sure = _words(image)
    if not sure:
        turned = _upright(image)
        if turned is not image:
            words, _ = _words(straighten(turned))
            image = turned
    if (image.width > image.height) != (width > height):
        width, height = height, width
    return Page(number, width, height, lines_of(words), ocr=True)


def straighten(image: Image.Image) -> Image.Image:
    """`image` turned by the small angle that makes its text lines horizontal."""
    from PIL import Image

    angle = skew_angle(image)
    if abs(angle) < 0.1:
        return image
    return image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)


def skew_angle(image: Image.Image) -> float:
    """The rotation (degrees, counter-clockwise) that lines the text up with the rows: the one
    whose row-by-row ink profile is the most contrasted (text lines dark, gaps white)."""
    profile = _Profile(image, 900)
    coarse = max(_COARSE_ANGLES, key=profile.sharpness)
    return max((coarse + step for step in _FINE_ANGLES), key=profile.sharpness)


def _looks_sideways(image: Image.Image) -> bool:
    """Whether the ink makes sharper columns than rows, each at its best small angle."""
    from PIL import Image

    rows = _Profile(image, 600)
    columns = _Profile(image.transpose(Image.Transpose.ROTATE_90), 600)
    return max(map(columns.sharpness, _QUICK_ANGLES)) > max(map(rows.sharpness, _QUICK_ANGLES))


class _Profile:
    """The ink of a page, shrunk to `side` pixels, measured row by row once turned."""

    def __init__(self, image: Image.Image, side: int) -> None:
        from PIL import Image, ImageOps

        self.small = ImageOps.invert(image)
        self.small.thumbnail((side, side), Image.Resampling.BOX)

    def sharpness(self, angle: float) -> float:
        """The variance of the row-by-row ink once turned by `angle` degrees."""
        from PIL import Image, ImageStat

        turned = self.small.rotate(angle, resample=Image.Resampling.BILINEAR)
        profile = turned.resize((1, turned.height), Image.Resampling.BOX)
        return ImageStat.Stat(profile).var[0]


def _upright(image: Image.Image) -> Image.Image:
    """The page turned upright when Tesseract's orientation detection is sure it is not."""
    import pytesseract

    try:
        found = pytesseract.image_to_osd(image, config="--psm 0", output_type="dict")
    except pytesseract.TesseractError:
        return image  # too little text to tell: read as it is
    rotate = int(found.get("rotate", 0))
    if rotate and float(found.get("orientation_conf", 0.0)) >= 2.0:
        return image.rotate(-rotate, expand=True, fillcolor=255)
    return image


def _words(image: Image.Image) -> tuple[list[Word], bool]:
    """The words on `image`, and whether Tesseract read them with confidence."""
    import pytesseract

    data = pytesseract.image_to_data(
        image, lang=LANGUAGES, config=f"--psm 3 --dpi {DPI}", output_type=pytesseract.Output.DICT
    )
    rows: dict[tuple[int, int, int], list[int]] = {}
    for index, text in enumerate(data["text"]):
        if data["level"][index] == 5 and text.strip():
            key = (data["block_num"][index], data["par_num"][index], data["line_num"][index])
            rows.setdefault(key, []).append(index)
    words: list[Word] = []
    confidences: list[float] = []
    for indexes in rows.values():
        texts = _joined([data["text"][i].strip() for i in indexes])
        top = min(data["top"][i] for i in indexes)
        bottom = max(data["top"][i] + data["height"][i] for i in indexes)
        # A line's box runs from its tallest letter to its lowest: capitals and digits stand
        # at about 0.72 of the font size; letters below the baseline take it to about 0.93.
        low = _DESCENDERS.search(" ".join(texts)) is not None
        size = (bottom - top) * _POINTS / (0.93 if low else 0.72)
        baseline = (top + (bottom - top) * (0.77 if low else 1.0)) * _POINTS
        for i, text in zip(indexes, texts, strict=False):
            if not text:
                continue
            confidences.append(float(data["conf"][i]))
            left = data["left"][i] * _POINTS
            right = left + data["width"][i] * _POINTS
            words.append(Word(text, left, right, baseline, max(size, 4.0)))
    import statistics  # only a scan needs it: not loaded by every parser process

    sure = len(words) >= _FEW_WORDS and statistics.mean(confidences) >= _SURE
    return words, sure


def _joined(texts: list[str]) -> list[str]:
    """Words of one line with an e-mail address put back together: Tesseract often reads the
    "@" as a word of its own or with a space beside it ("compta@ garage.fr")."""
    out: list[str] = []
    for text in texts:
        if out and out[-1] and (out[-1].endswith("@") or text.startswith("@")):
            out[-1] += text
            out.append("")
        else:
            out.append(text)
    return [_DOUBLE_DOT.sub(".", text) if "@" in text else text for text in out]


def limit_threads() -> None:
    """One Tesseract thread per parser process: the pool already runs one process per core."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
