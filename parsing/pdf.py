"""Opening untrusted PDF bytes with pdfium and reading each page's words with their positions.

pdfium's text page gives the page text in one call; we keep only one position lookup per word
(the text index of its first and last character), which is what keeps a page near a millisecond.
"""

from __future__ import annotations

import ctypes
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from parsing.errors import (
    CorruptPdf,
    EmptyFile,
    EncryptedPdf,
    NotAPdf,
    TooLarge,
    TruncatedPdf,
)
from parsing.record import ParseOptions

if TYPE_CHECKING:
    from PIL import Image

_WORD = re.compile(r"\S+")
_QUARTER = math.pi / 2
_BAD_CHARS = re.compile(r"[\ud800-\udfff\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    x0: float
    x1: float
    y: float  # baseline, from the top of the page
    size: float


@dataclass(frozen=True, slots=True)
class Cell:
    """Words of one line close enough to read as one phrase (a label, a value, an address line)."""

    text: str
    x0: float
    x1: float
    y: float
    size: float


@dataclass(frozen=True, slots=True)
class Line:
    y: float
    cells: tuple[Cell, ...]

    @property
    def text(self) -> str:
        return "  ".join(cell.text for cell in self.cells)


@dataclass(frozen=True, slots=True)
class Page:
    number: int
    width: float
    height: float
    lines: tuple[Line, ...]
    broken: bool = False  # pdfium could not load this page
    ocr: bool = False  # read from a picture of the page, not from its text

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def check_bytes(data: bytes, options: ParseOptions) -> None:
    """Reject what is not worth opening: empty, oversized, not a PDF, cut short."""
    if not data:
        raise EmptyFile()
    if len(data) > options.max_bytes:
        raise TooLarge("bytes", len(data), options.max_bytes)
    if b"%PDF-" not in data[:1024]:
        raise NotAPdf(data[:8])
    if b"%%EOF" not in data[-4096:] and b"%%EOF" not in data[-len(data) // 2 :]:
        raise TruncatedPdf()


@contextmanager
def open_pdf(data: bytes, options: ParseOptions) -> Iterator[pdfium.PdfDocument]:
    check_bytes(data, options)
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        code = getattr(error, "err_code", None)
        if code == raw.FPDF_ERR_PASSWORD:
            raise EncryptedPdf() from None
        raise CorruptPdf(_pdfium_reason(code)) from None
    try:
        pages = len(document)
        if pages == 0:
            raise CorruptPdf("no pages")
        if pages > options.max_pages:
            raise TooLarge("pages", pages, options.max_pages)
        yield document
    finally:
        document.close()


def _pdfium_reason(code: int | None) -> str:
    return {
        raw.FPDF_ERR_FILE: "file not found or could not be opened",
        raw.FPDF_ERR_FORMAT: "not in PDF format or damaged beyond repair",
        raw.FPDF_ERR_SECURITY: "unsupported security scheme",
        raw.FPDF_ERR_PAGE: "page not found or content error",
    }.get(code or 0, "unreadable by pdfium")


def read_page(document: pdfium.PdfDocument, index: int) -> Page:
    """The page's lines; a page pdfium cannot load reads as empty (and `broken`), so one damaged
    page does not lose the other invoices of a batch."""
    try:
        page = document[index]
    except pdfium.PdfiumError:
        return Page(index + 1, 0.0, 0.0, (), broken=True)
    try:
        width, height = page.get_size()
        if page.get_rotation() % 180:  # the size as shown; the text is in the unturned page
            width, height = height, width
        textpage = page.get_textpage()
        try:
            words, turn = _words(textpage, width, height)
        finally:
            textpage.close()
    finally:
        page.close()
    if turn % 2:
        width, height = height, width
    return Page(index + 1, width, height, lines_of(words))


def render(document: pdfium.PdfDocument, index: int, dpi: int) -> Image.Image:
    """Page `index` as a grey picture at `dpi` (for OCR)."""
    page = document[index]
    try:
        return page.render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        page.close()


def _words(textpage: pdfium.PdfTextPage, width: float, height: float) -> tuple[list[Word], int]:
    """The words of the page in the frame its text reads in, and that frame's quarter turns.

    A page stored sideways or upside down (the content turned in the stream, with or without
    /Rotate) has its characters at an angle: the words are placed as the reader would see them
    once the page is turned so that most of its text runs left to right. Words running another
    way (a vertical mention in the margin) are left out."""
    handle = textpage.raw  # the bare handle: ctypes skips pypdfium2's per-call conversion
    count = raw.FPDFText_CountChars(handle)
    if count <= 0:
        return [], 0
    buffer = (ctypes.c_ushort * (count * 2 + 2))()
    units = raw.FPDFText_GetText(handle, 0, count, buffer) - 1
    if units <= 0:
        return [], 0
    text = _BAD_CHARS.sub(" ", "".join(map(chr, buffer[:units])))
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    head, end = raw.FS_RECTF(), raw.FS_RECTF()
    char_index = raw.FPDFText_GetCharIndexFromTextIndex
    origin, loose_box, angle = (
        raw.FPDFText_GetCharOrigin,
        raw.FPDFText_GetLooseCharBox,
        raw.FPDFText_GetCharAngle,
    )
    turns: dict[int, list[Word]] = {}
    for match in _WORD.finditer(text):
        first = char_index(handle, match.start())
        last = char_index(handle, match.end() - 1)
        if first < 0 or last < 0:
            continue
        turn = round(angle(handle, first) / _QUARTER) % 4
        origin(handle, first, origin_x, origin_y)
        # A word ends where its last character's advance does (its loose box), not where its
        # ink does: a monospaced "M." has a third of an em of blank after the dot's ink, and
        # measured from the ink, one space to the next word reads as a gap between columns.
        loose_box(handle, last, end)
        if first != last:
            loose_box(handle, first, head)
        start = head if first != last else end
        ox, oy = origin_x.value, origin_y.value
        tall = start.right - start.left if turn % 2 else start.top - start.bottom
        size = tall / 1.15 or raw.FPDFText_GetFontSize(handle, first) or 10.0
        if turn == 0:  # left to right
            x0, x1, y = ox, end.right, height - oy
        elif turn == 3:  # bottom to top: the page turned a quarter clockwise to read
            x0, x1, y = oy, end.top, ox
        elif turn == 2:  # upside down
            x0, x1, y = width - ox, width - end.left, oy
        else:  # top to bottom
            x0, x1, y = height - oy, height - end.bottom, width - ox
        turns.setdefault(turn, []).append(Word(match.group(), x0, max(x1, x0), y, size))
    turn = max(turns, key=lambda key: sum(len(word.text) for word in turns[key]), default=0)
    return turns.get(turn, []), turn


def lines_of(words: list[Word]) -> tuple[Line, ...]:
    """Words grouped into lines (by baseline), and each line into cells (by gaps)."""
    words.sort(key=lambda word: (word.y, word.x0))
    rows: list[list[Word]] = []
    for word in words:
        if rows and abs(word.y - rows[-1][0].y) <= 0.35 * min(word.size, rows[-1][0].size):
            rows[-1].append(word)
        else:
            rows.append([word])
    return tuple(_line(row) for row in rows)


def _line(row: list[Word]) -> Line:
    row.sort(key=lambda word: word.x0)
    cells: list[Cell] = []
    current = [row[0]]
    for word in row[1:]:
        previous = current[-1]
        gap = word.x0 - previous.x1
        # a bar and more blank than a space after it part fields ("No. 42 |  Date: 3 Nov")
        if (
            gap > 0.9 * max(previous.size, word.size)
            or word.x0 < previous.x0
            or (previous.text.endswith("|") and gap > 0.5 * max(previous.size, word.size))
        ):
            cells.append(_cell(current))
            current = [word]
        else:
            current.append(word)
    cells.append(_cell(current))
    return Line(row[0].y, tuple(cells))


def _cell(words: list[Word]) -> Cell:
    return Cell(
        " ".join(word.text for word in words),
        words[0].x0,
        words[-1].x1,
        words[0].y,
        max(word.size for word in words),
    )
