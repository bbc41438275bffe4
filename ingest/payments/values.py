"""Cells of real-world payment exports: French amounts and dates, header spellings."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from ledger.bounds import MAX_AMOUNT
from ledger.normalise import strip_accents

CENT = Decimal("0.01")
_SPACES = re.compile(r"[\s\u00a0\u202f']+")
_CURRENCY = re.compile(r"(€|eur|euros?)", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(\.\d+)?")
_COMMA_END = re.compile(r",\d{1,2}\s*(€|eur)?\s*$", re.IGNORECASE)
_POINT_END = re.compile(r"\.\d{1,2}\s*(€|eur)?\s*$", re.IGNORECASE)
_PLAIN = {",": re.compile(r"\d+,\d\d"), ".": re.compile(r"\d+\.\d\d")}
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?:\D.*)?")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:\D.*)?")
_WORDY_DATE = re.compile(r"(\d{1,2})(?:er)?\s+([a-z]+)\.?\s+(\d{4})")
_MONTHS = {
    "jan": 1, "fev": 2, "feb": 2, "mar": 3, "avr": 4, "apr": 4, "mai": 5, "may": 5,
    "juin": 6, "jun": 6, "juil": 7, "jul": 7, "aou": 8, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
_HEADER_NOISE = re.compile(r"[^0-9a-z]+")
_STOP_WORDS = frozenset({"de", "du", "des", "d", "la", "le", "l", "of", "the", "en"})


class CellError(ValueError):
    """A cell that does not say what its column promises; the message is for people."""


def header_key(text: str) -> str:
    """'N° de facture' and 'n facture' are the same header."""
    words = _HEADER_NOISE.sub(" ", strip_accents(text).casefold()).split()
    return " ".join(w for w in words if w not in _STOP_WORDS)


def guess_decimal(cells: list[str]) -> str:
    """',' or '.', whichever most amount cells end with before one or two digits."""
    comma = sum(1 for c in cells if _COMMA_END.search(c))
    point = sum(1 for c in cells if _POINT_END.search(c))
    return "." if point > comma else ","


def parse_amount(text: str, decimal: str = ",") -> Decimal:
    """'1 234,56 €', '1.234,56', '-12,00', '(12.00)' → Decimal; the sign is kept."""
    raw = text.strip()
    compact = raw.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if _PLAIN[decimal].fullmatch(compact) and len(compact) < 16:  # the usual "1 234,56"
        return Decimal(compact.replace(",", "."))
    cleaned = _SPACES.sub("", _CURRENCY.sub("", raw))
    if not cleaned:
        raise CellError("empty amount")
    negative = False
    if cleaned.startswith("(") and cleaned.endswith(")"):
        negative, cleaned = True, cleaned[1:-1]
    if cleaned[:1] in "+-":
        negative, cleaned = cleaned[0] == "-", cleaned[1:]
    elif cleaned[-1:] == "-":
        negative, cleaned = True, cleaned[:-1]
    thousands = "." if decimal == "," else ","
    if decimal == "," and "," not in cleaned and re.fullmatch(r"\d+\.\d{1,2}", cleaned):
        thousands = ""  # "12.50" in a decimal-comma file is still twelve fifty
    cleaned = cleaned.replace(thousands, "") if thousands else cleaned
    cleaned = cleaned.replace(",", ".")
    if not _NUMBER.fullmatch(cleaned):
        raise CellError(f"{raw!r} is not an amount")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise CellError(f"{raw!r} is not an amount") from None
    if value >= MAX_AMOUNT:
        # No payment is that large, and no money column could keep its cents.
        raise CellError(f"{raw[:30]!r} is beyond ±10^12")
    if value != value.quantize(CENT):
        raise CellError(f"{raw!r} has more than two decimals")
    return (-value if negative else value).quantize(CENT)


def parse_date(text: str, date_format: str | None = None) -> dt.date:
    """Day first: '03/11/2026', '3.11.26', '2026-11-03', '3 nov. 2026', '1er décembre 2026'."""
    raw = text.strip()
    if not raw:
        raise CellError("empty date")
    if not date_format and len(raw) == 10 and raw[2] == raw[5] and raw[2] in "/.-":
        try:
            return dt.date(int(raw[6:]), int(raw[3:5]), int(raw[:2]))
        except ValueError:
            pass  # the general path below says what is wrong
    if date_format:
        try:
            return dt.datetime.strptime(raw, date_format).date()  # noqa: DTZ007 - a date only
        except ValueError:
            raise CellError(f"{raw!r} does not follow the date format {date_format}") from None
    try:
        if match := _ISO_DATE.fullmatch(raw):
            year, month, day = (int(g) for g in match.groups())
            return dt.date(year, month, day)
        if match := _NUMERIC_DATE.fullmatch(raw):
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year + 2000 if year < 100 else year, month, day)
        if match := _WORDY_DATE.fullmatch(strip_accents(raw).casefold()):
            month = _month(match.group(2))
            if month:
                return dt.date(int(match.group(3)), month, int(match.group(1)))
    except ValueError:
        raise CellError(f"{raw!r} is not a real date") from None
    raise CellError(f"{raw!r} is not a date (expected day/month/year)")


def _month(word: str) -> int | None:
    for prefix in (word[:4], word[:3]):
        if prefix in _MONTHS:
            return _MONTHS[prefix]
    return None


def clean_text(text: str, limit: int) -> str:
    """One line of untrusted text: control characters and runs of spaces collapsed, bounded."""
    if not text.isprintable():
        text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())[:limit]
