"""Dates as printed (numeric and spelled out: French, English, German, Dutch, Italian, Spanish,
Portuguese) and payment terms."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from itertools import pairwise

from parsing.layout.currency import which_dollar
from parsing.record import DAYS_THEN_MONTH_END, MONTH_END_THEN_DAYS

_MONTHS = {
    "janvier": 1, "janv": 1, "january": 1, "jan": 1, "januar": 1, "jänner": 1,
    "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2, "fev": 2, "february": 2,
    "feb": 2, "februar": 2,
    "mars": 3, "march": 3, "mar": 3, "märz": 3, "marz": 3,
    "avril": 4, "avr": 4, "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juin": 6, "june": 6, "jun": 6, "juni": 6,
    "juillet": 7, "juil": 7, "july": 7, "jul": 7, "juli": 7,
    "août": 8, "aout": 8, "august": 8, "aug": 8,
    "septembre": 9, "september": 9, "sept": 9, "sep": 9,
    "octobre": 10, "october": 10, "oct": 10, "oktober": 10, "okt": 10,
    "novembre": 11, "november": 11, "nov": 11,
    "décembre": 12, "decembre": 12, "december": 12, "déc": 12, "dec": 12, "dezember": 12,
    "dez": 12,
    # Dutch, Italian, Spanish and Portuguese: exporters and Belgian bilingual invoices
    "januari": 1, "gennaio": 1, "enero": 1, "janeiro": 1,
    "februari": 2, "febbraio": 2, "febrero": 2, "fevereiro": 2,
    "maart": 3, "mrt": 3, "marzo": 3, "março": 3, "marco": 3,
    "aprile": 4, "abril": 4,
    "mei": 5, "maggio": 5, "mayo": 5, "maio": 5,
    "giugno": 6, "junio": 6, "junho": 6,
    "luglio": 7, "julio": 7, "julho": 7,
    "augustus": 8, "agosto": 8,
    "settembre": 9, "septiembre": 9, "setembro": 9,
    "ottobre": 10, "octubre": 10, "outubro": 10,
    "noviembre": 11, "novembro": 11,
    "dicembre": 12, "diciembre": 12, "dezembro": 12,
}  # fmt: skip
_MONTH = r"(?P<month>[A-Za-zÀ-ÿ]{3,10})\.?"
# A month's name as printed, to tell a date's day or year from an amount ("reçu le 15 mai 2026").
MONTH_NAME = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_FRENCH = re.compile(r"\b(?:facture|[ée]ch[ée]ance|montant|sous-total|TPS|TVQ)\b", re.IGNORECASE)
# Words of a day-first language, and signs of a month-first page (US dollars, "Portland, OR
# 97205"): they choose the order when no date and no currency sign does, and a "$" page in a
# day-first language with no US address has its swappable dates doubted.
_DAY_FIRST_WORDS = re.compile(
    r"\b(?:facture|[ée]ch[ée]ance|rechnung|factuur|fattura|factura)\b", re.IGNORECASE
)
_EUROPEAN_CODES = re.compile(r"\b(?:EUR|GBP|CHF)\b")
_MONTH_FIRST_SIGNS = re.compile(r"\bUSD\b|US\$|, [A-Z]{2} \d{5}(?:-\d{4})?\b")
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<a>\d{1,4})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{2,4})(?![\d/]|[.-]\d)"
)
# "3 de marzo de 2026" (Spanish, Portuguese) as well as "3 mars 2026", "3rd March, 2026".
_DAY_FIRST = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?{_MONTH}\s*,?\s+(?:de\s+)?"
    r"(?P<year>\d{4})\b",
    re.IGNORECASE,
)
_DASHED = re.compile(
    r"(?<![\w-])(?P<day>\d{1,2})-(?P<month>[A-Za-zÀ-ÿ]{3,9})\.?-(?P<year>\d{4}|\d{2})(?![\w-])"
)
_MONTH_FIRST = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", re.IGNORECASE
)

_ON_RECEIPT = re.compile(
    r"(?:à|a|dès)\s+(?:la\s+)?r[ée]ception|upon\s+receipt|on\s+receipt|due\s+on\s+receipt"
    r"|comptant|immediate(?:ly)?|sofort",
    re.IGNORECASE,
)
_END_OF_MONTH = re.compile(
    r"(?P<days>\d{1,3})\s*(?:jours|j\.?|days)\s*(?:,\s*)?(?:fin\s+de\s+mois|fdm|end\s+of\s+(?:the\s+)?month|eom)"
    # "45 jours fin de mois le 10": the 10th of the month after that month's end
    r"(?:,?\s+le\s+(?P<on>\d{1,2})\b(?!\s*[/.-]\d))?",
    re.IGNORECASE,
)
# Terms counted from the end of the issue month: "fin de mois + 30 jours" (and its "… le 10"),
# "Net 30 EOM" (the US convention: 30 days after the month's end), "30 days after the end of the
# month". The creditor's reading does not change them: they say which comes first.
_AFTER_MONTH_END = re.compile(
    r"fin\s+de\s+mois\s*(?:\+|plus|puis|et)\s*(?P<days>\d{1,3})\s*(?:jours|j\b)"
    r"(?:,?\s+le\s+(?P<on>\d{1,2})\b(?!\s*[/.-]\d))?"
    r"|\bnet\s*(?P<net>\d{1,3})\s*(?:days\s*)?EOM\b"
    r"|(?P<after>\d{1,3})\s*days\s+(?:after|following)\s+(?:the\s+)?end\s+of\s+(?:the\s+)?month",
    re.IGNORECASE,
)
# Terms counted from the day the invoice is received, which no page prints.
_FROM_RECEIPT = re.compile(
    r"(?P<days>\d{1,3})\s*(?:jours|j\b|days)\s+(?:nets?\s+)?(?:(?:[àa]|apr[èe]s|d[èe]s|de|of|from"
    r"|after|following)\s+)?(?:la\s+)?(?:date\s+de\s+)?(?:r[ée]ception|receipt)",
    re.IGNORECASE,
)
# Instalments as terms ("30/60 jours fin de mois", "30-60-90 days"): the first is the due date.
_INSTALMENT_TERMS = re.compile(
    r"\b(?P<first>\d{1,3})(?:\s*[/-]\s*\d{1,3}\b)+(?=\s*(?:jours|j\b|days))", re.IGNORECASE
)
_NET_DAYS = re.compile(
    r"(?:\bnet\s*(?P<net>\d{1,3})\b)|(?P<days>\d{1,3})\s*(?:jours|j\b|days|tage|tagen)",
    re.IGNORECASE,
)


def _told_orders(text: str) -> tuple[int, int]:
    """How many numeric dates tell day first (a first part above 12), and how many month
    first."""
    day_first = month_first = 0
    for match in _NUMERIC.finditer(text):
        a, b = int(match.group("a")), int(match.group("b"))
        if len(match.group("a")) == 4:
            continue
        day_first += a > 12 and b <= 12
        month_first += b > 12 and a <= 12
    return day_first, month_first


def date_order(text: str) -> str:
    """'dmy' or 'mdy' for a document's numeric dates: by a part above 12, else by currency and
    language."""
    day_first, month_first = _told_orders(text)
    if month_first > day_first:
        return "mdy"
    if day_first > month_first:
        return "dmy"
    if "€" in text or "£" in text:
        return "dmy"
    if "$" not in text:
        # no sign: month first only on a page showing US dollars or a US address in English
        # and no European currency's code
        us = _MONTH_FIRST_SIGNS.search(text) and not (
            _DAY_FIRST_WORDS.search(text) or _EUROPEAN_CODES.search(text)
        )
        return "mdy" if us else "dmy"
    # US dollars, month first; Canadian dollars on a French (Québec) invoice, day first
    dollar, _ = which_dollar(text)
    return "dmy" if dollar == "CAD" and _FRENCH.search(text) else "mdy"


def order_doubts(text: str, order: str, dated: dict[str, date | None]) -> tuple[str, ...]:
    """For each field of `dated` printed only as a numeric date whose day and month could swap
    ("03/04/2026"), the doubt when no date of the page tells the order and its signs disagree:
    a month-first page ("$") written in a day-first language with no US address. (A day-first
    page is one in euros, pounds or a day-first language: its seller's convention, whatever
    the debtor's address.)"""
    day_first, month_first = _told_orders(text)
    if day_first != month_first:
        return ()
    if order != "mdy" or _MONTH_FIRST_SIGNS.search(text) or not _DAY_FIRST_WORDS.search(text):
        return ()
    doubts = []
    for field, day in dated.items():
        printed = _swappable(text, day, order) if day else None
        if day and printed:
            other = date(day.year, day.day, day.month)
            doubts.append(
                f"{field}: {printed} read as {day.isoformat()}, or {other.isoformat()} (the page "
                "does not tell the day from the month)"
            )
    return tuple(doubts)


def _swappable(text: str, day: date, order: str) -> str | None:
    """How `day` is printed when every spelling of it on the page is numeric with a day and a
    month that could swap; None when one spelling tells (a part above 12, a month's name)."""
    printed = None
    for match in _NUMERIC.finditer(text):
        if _numeric(match, order) != day or len(match.group("a")) == 4:
            continue
        if day.day > 12 or day.day == day.month:
            return None
        printed = match.group(0)
    if printed and any(found == day for _, found in _spelled(text)):
        return None
    return printed


def find_dates(text: str, order: str = "dmy") -> list[tuple[int, date]]:
    """Every date in `text` with its position, in order of appearance."""
    found: list[tuple[int, date]] = []
    for match in _NUMERIC.finditer(text):
        parsed = _numeric(match, order)
        if parsed:
            found.append((match.start(), parsed))
    found += _spelled(text)
    found.sort(key=lambda item: item[0])
    return found


def _spelled(text: str) -> list[tuple[int, date]]:
    """The dates of `text` spelled with a month's name, with their positions."""
    found: list[tuple[int, date]] = []
    for pattern in (_DAY_FIRST, _MONTH_FIRST, _DASHED):
        for match in pattern.finditer(text):
            month = _MONTHS.get(match.group("month").lower().rstrip("."))
            if month:
                year = int(match.group("year"))
                year += 2000 if year < 100 else 0
                parsed = _safe_date(year, month, int(match.group("day")))
                if parsed:
                    found.append((match.start(), parsed))
    return found


def first_date(text: str, order: str = "dmy") -> date | None:
    found = find_dates(text, order)
    return found[0][1] if found else None


def _numeric(match: re.Match[str], order: str) -> date | None:
    a, b, c = match.group("a"), match.group("b"), match.group("c")
    if len(a) == 4:
        return _safe_date(int(a), int(b), int(c))
    if len(c) == 3:
        return None
    year = int(c) + (2000 if len(c) == 2 else 0)
    first, second = int(a), int(b)
    if order == "mdy" and first <= 12:
        first, second = second, first
    if second > 12 and first <= 12:
        first, second = second, first
    return _safe_date(year, second, first)


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not 1990 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def due_from_terms(
    text: str, issued: date | None, reading: str = DAYS_THEN_MONTH_END
) -> tuple[date | None, str] | None:
    """Payment terms ("30 jours fin de mois", "à réception", "Net 30") → (due date, rule).
    Terms counted from the receipt give no date; instalments ("30/60 jours") give the first,
    their rule keeping every term. "N jours fin de mois" (and "N days end of month", "… le 10")
    is counted by the creditor's `reading`; the rule names the count taken ("fin de mois + N
    jours" for the issue month's end first), so the rule alone gives the date again."""
    match = _INSTALMENT_TERMS.search(text)
    if match and _rising(re.findall(r"\d+", match.group(0))):
        found = due_from_terms(text[: match.start()] + match.group("first") + text[match.end() :],
                               issued, reading)  # fmt: skip
        return found and (
            found[0],
            match.group(0).replace(" ", "") + found[1][len(match.group("first")) :],
        )
    if match := _FROM_RECEIPT.search(text):
        return None, f"{int(match.group('days'))} jours après réception"
    if match := _AFTER_MONTH_END.search(text):
        days = int(match.group("days") or match.group("net") or match.group("after"))
        return _month_end_terms(issued, days, int(match.group("on") or 0), MONTH_END_THEN_DAYS)
    if match := _END_OF_MONTH.search(text):
        days, on = int(match.group("days")), int(match.group("on") or 0)
        return _month_end_terms(issued, days, on, reading)
    if _ON_RECEIPT.search(text):
        return issued, "à réception"
    match = _NET_DAYS.search(text)
    if match:
        days = int(match.group("net") or match.group("days"))
        if days == 0 or days > 365:
            return None
        return (issued + timedelta(days=days) if issued else None), f"{days} jours"
    return None


def _month_end_terms(
    issued: date | None, days: int, on: int, reading: str
) -> tuple[date | None, str]:
    first = reading == MONTH_END_THEN_DAYS
    rule = f"fin de mois + {days} jours" if first else f"{days} jours fin de mois"
    rule += f" le {on}" if on else ""
    if issued is None or on > 28:
        return None, rule
    return month_end_due(issued, days, on, reading), rule


def month_end_due(issued: date, days: int, on: int, reading: str) -> date:
    """The due date of "`days` jours fin de mois" (`on` > 0: "… le `on`") by `reading`: N days
    on, then that month's end (then the `on`th of the next month); or the issue month's end,
    then N days (then the first `on`th from that day)."""
    if reading == MONTH_END_THEN_DAYS:
        day = _month_end(issued) + timedelta(days=days)
        if not on:
            return day
        if day.day <= on:
            return day.replace(day=on)
        return (_month_end(day) + timedelta(days=1)).replace(day=on)
    month_end = _month_end(issued + timedelta(days=days))
    return month_end + timedelta(days=on) if on else month_end


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _rising(numbers: list[str]) -> bool:
    """Whether instalments' terms grow ("30/60/90"), unlike a date's day and month ("01/06")."""
    days = [int(number) for number in numbers]
    return days[0] >= 7 and all(a < b for a, b in pairwise(days))
