"""The due date: printed at a label ("Échéance", "Date de prélèvement", "Due date"), in a payment
or direct-debit sentence, or computed from the payment terms; never an early-payment discount's
date (escompte, Skonto, "2 % if paid by…"). Every date printed as due is kept (an instalment
schedule prints several) and what the terms give, for the checks."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from parsing.layout import labels as L
from parsing.layout.dates import due_from_terms, first_date
from parsing.pdf import Page

T = TypeVar("T")
_I = re.IGNORECASE
DISCOUNT = re.compile(r"escompte|skonto|discount|remise|rabais|r[ée]duction|p[ée]nalit|penalt", _I)
# Clauses of a payment sentence: a discount's date lives in its own ("2 % Skonto bis 13.11.",
# "2 % if paid by 13/11;"), apart from the net one.
_CLAUSE = re.compile(r";|,\s|\.\s|\s[-–]\s|\bsinon\b|\botherwise\b|\bansonsten\b|\bsonst\b", _I)
# Within one clause (no ";" and no sentence end; dots inside dates and amounts are fine).
_IN_CLAUSE = r"(?:[^;.]|\.(?=\d))"
_DUE_IN_SENTENCE = re.compile(
    rf"(?:^|(?<=[;.!])\s|,\s)(?!{_IN_CLAUSE}*(?:escompte|skonto|discount|remise|rabais|p[ée]nalit"
    rf"|penalt)){_IN_CLAUSE}*?\b(?:r[ée]gl|pa[iy]|vers|vir|remit|settle|due|d[ûu]e?\b)\w*\b"
    r"[^.;]{0,80}?\b(?:avant\s+le|au\s+plus\s+tard\s+le|jusqu['’]\s*au|d['’]\s*ici\s+le"
    r"|(?:on\s+or\s+)?before|by|no\s+later\s+than)\s+(?=\d)",
    _I,
)
_DEBIT_IN_SENTENCE = re.compile(
    rf"(?:^|(?<=[;.!])\s|,\s)(?!{_IN_CLAUSE}*(?:escompte|skonto|discount)){_IN_CLAUSE}*?"
    r"\b(?:pr[ée]lev|d[ée]bit|collect|abgebucht|eingezogen)\w*\b[^.;]{0,60}?"
    r"\b(?:le|on|from|du|au|[àa]\s+partir\s+du|[àa]\s+compter\s+du|am|ab)\s+(?=\d)",
    _I,
)
_PAYMENT_LINE = re.compile(
    r"paiement|payable|r[èe]glement|payment|terms|zahlbar|[ée]ch[ée]ance", _I
)
_RULE = re.compile(r"fin\s+de\s+mois|end\s+of\s+(?:the\s+)?month|r[ée]ception|receipt", _I)


@dataclass(frozen=True)
class Due:
    date: date | None
    rule: str | None  # the terms the date was computed from
    printed: tuple[date, ...] = ()  # every date printed as due, in order
    by_terms: tuple[date | None, str] | None = None  # what the payment terms say


def net_date(text: str, order: str) -> date | None:
    """The first date of `text` outside a clause about an early-payment discount."""
    if not DISCOUNT.search(text):
        return first_date(text, order)
    for clause in _CLAUSE.split(text):
        if not DISCOUNT.search(clause) and (found := first_date(clause, order)):
            return found
    return None


def read_due(pages: list[Page], issued: date | None, order: str) -> Due:
    """An explicit due date, at a label or in a payment or direct-debit sentence; else terms at
    a label; else terms in a payment sentence; else an unmistakable rule ("fin de mois", "à
    réception") anywhere. For an instalment schedule, the earliest date printed."""
    read = lambda value: net_date(value, order)  # noqa: E731
    printed = tuple(dict.fromkeys(hit.value for hit in L.values(pages, L.DUE_DATE, read)))
    by_terms = _by_terms(pages, issued)
    explicit = min(printed) if printed else None
    if explicit is None:
        explicit = _first(L.values_in_text(pages, _DUE_IN_SENTENCE, read)) or _first(
            L.values_in_text(pages, _DEBIT_IN_SENTENCE, read)
        )
    if explicit is not None:
        return Due(explicit, None, printed, by_terms)
    if by_terms is None:
        return Due(None, None, printed, None)
    return Due(by_terms[0], by_terms[1], printed, by_terms)


def _net_terms(text: str, issued: date | None) -> tuple[date | None, str] | None:
    """The payment terms of `text` outside a clause about an early-payment discount."""
    if not DISCOUNT.search(text):
        return due_from_terms(text, issued)
    for clause in _CLAUSE.split(text):
        if not DISCOUNT.search(clause) and (found := due_from_terms(clause, issued)):
            return found
    return None


def _by_terms(pages: list[Page], issued: date | None) -> tuple[date | None, str] | None:
    terms: Callable[[str], tuple[date | None, str] | None] = lambda value: _net_terms(  # noqa: E731
        value, issued
    )
    found = _first(L.values(pages, L.DUE_DATE, terms)) or _first(L.values(pages, L.TERMS, terms))
    lines = [line.text for page in pages for line in page.lines]
    if found is None:
        found = next(
            (t for text in lines if _PAYMENT_LINE.search(text) and (t := terms(text))), None
        )
    if found is None:
        found = next((t for text in lines if _RULE.search(text) and (t := terms(text))), None)
    return found


def terms_allow(due: date, issued: date, rule: str) -> bool:
    """Whether a due date printed agrees with the payment terms ("30 jours fin de mois": the end
    of the month 30 days on, or 30 days after the end of the month; "à réception": the day)."""
    days = int(match.group(0)) if (match := re.search(r"\d+", rule)) else 0
    if "fin de mois" in rule:
        later = issued + timedelta(days=days)
        first = later.replace(day=calendar.monthrange(later.year, later.month)[1])
        month_end = issued.replace(day=calendar.monthrange(issued.year, issued.month)[1])
        return due in (first, month_end + timedelta(days=days))
    return due == issued + timedelta(days=days)


def _first(found: Iterable[L.Hit[T]]) -> T | None:
    for hit in found:
        return hit.value
    return None
