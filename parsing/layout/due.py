"""The due date: printed at a label ("Échéance", "Date de prélèvement", "Due date"), in a payment
or direct-debit sentence, or computed from the payment terms; never an early-payment discount's
date (escompte, Skonto, "2 % if paid by…"). Every date printed as due is kept (an instalment
schedule prints several: its first is taken) and what the terms give, for the checks; two dates
named as due that differ are a doubt, never a silent pick."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TypeVar

from parsing.layout import labels as L
from parsing.layout.dates import due_from_terms, find_dates, first_date, month_end_due
from parsing.pdf import Cell, Line, Page
from parsing.record import DAYS_THEN_MONTH_END, MONTH_END_READINGS

T = TypeVar("T")
_I = re.IGNORECASE
DISCOUNT = re.compile(r"escompte|skonto|discount|remise|rabais|r[ée]duction|p[ée]nalit|penalt", _I)
# Clauses of a payment sentence: a discount's date lives in its own ("2 % Skonto bis 13.11.",
# "2 % if paid by 13/11;"), apart from the net one.
_CLAUSE = re.compile(r";|,\s|\.\s|\s[-–]\s|\bsinon\b|\botherwise\b|\bansonsten\b|\bsonst\b", _I)
# Within one clause (no ";" and no sentence end; dots inside dates and amounts are fine).
_IN_CLAUSE = r"(?:[^;.]|\.(?=\d))"
# A weekday may stand between a sentence's word and its date ("prélevée le vendredi 4 décembre").
_WEEKDAY = (
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|sonntag),?\s+)?"
)
_DUE_IN_SENTENCE = re.compile(
    rf"(?:^|(?<=[;.!])\s|,\s)(?!{_IN_CLAUSE}*(?:escompte|skonto|discount|remise|rabais|p[ée]nalit"
    rf"|penalt)){_IN_CLAUSE}*?\b(?:r[èée]gl|pa[iy]|vers|vir|remit|settle|due|d[ûu]e?\b|zahl"
    r"|[üu]berweis)\w*\b"
    r"[^.;]{0,80}?\b(?:avant\s+le|au\s+plus\s+tard\s+le|jusqu['’]\s*au|d['’]\s*ici\s+le"
    r"|(?:on\s+or\s+)?before|by|no\s+later\s+than|bis(?:\s+(?:zum|sp[äa]testens))?"
    rf"|sp[äa]testens(?:\s+(?:am|bis))?|pour\s+le)\s+(?={_WEEKDAY}\d)"
    # "Payment is due on …", "payable au …", "Règlement attendu le …"
    rf"|\b(?:due|payable|f[äa]llig|attendue?)(?:\s+for\s+payment)?\s+(?:on|au|am|le|pour\s+le)"
    rf"\s+(?={_WEEKDAY}\d)",
    _I,
)
_DEBIT_IN_SENTENCE = re.compile(
    rf"(?:^|(?<=[;.!])\s|,\s)(?!{_IN_CLAUSE}*(?:escompte|skonto|discount)){_IN_CLAUSE}*?"
    r"\b(?:pr[ée]l[èe]v|d[ée]bit|collect|abgebucht|eingezogen|lastschrift|einzug)\w*\b[^.;]{0,60}?"
    r"\b(?:le|on|from|du|au|[àa]\s+partir\s+du|[àa]\s+compter\s+du|am|ab|(?:on\s+or\s+)?after)"
    rf"\s+(?={_WEEKDAY}\d)"
    # the date before the debit's verb: "Der Betrag wird am 06.05.2026 per Lastschrift eingezogen"
    rf"|\b(?:am|le|on)\s+(?=\d{_IN_CLAUSE}{{0,30}}?\b(?:lastschrift|eingezogen|abgebucht"
    r"|pr[ée]lev|debited|collected))",
    _I,
)
_PAYMENT_LINE = re.compile(
    r"paiement|payable|r[èe]glement|payment|terms|zahlbar|[ée]ch[ée]ance", _I
)
_RULE = re.compile(r"fin\s+de\s+mois|end\s+of\s+(?:the\s+)?month|\beom\b|r[ée]ception|receipt", _I)
# The word every payment or debit sentence puts before its date (a cheap sieve before the
# sentences' patterns: "avant le 12", "by 12", "bis 12", "on or after 12", "am 12").
_BEFORE_A_DATE = re.compile(
    rf"\b(?:le|au|by|before|than|bis|zum|sp[äa]testens|am|on|from|du|ab|after)\s+{_WEEKDAY}\d", _I
)
# A debit or payment of a later period ("Votre prochain prélèvement aura lieu le …").
_NEXT = re.compile(r"prochaine?s?|suivante?s?|\bnext\b|n[äa]chste[nmr]?", _I)
# The heading of an instalment schedule, whose dates are in the lines under it.
_SCHEDULE = re.compile(
    r"(?:[ée]ch[ée]ancier|plan\s+de\s+(?:paiement|r[èe]glement|financement)|vos\s+[ée]ch[ée]ances"
    r"|calendrier\s+(?:de\s+paiement|des\s+(?:pr[ée]l[èe]vements|[ée]ch[ée]ances))"
    r"|(?:payment|instal?ment)\s+(?:schedule|plan)|instal?ments|ratenplan|zahlungsplan"
    r"|teilzahlungen)(?=\W|$)",
    _I,
)
# A schedule's line already settled ("Acompte versé le 02/10/2026  300,00 €  payé"): not due.
_SETTLED = re.compile(
    r"\b(?:vers[ée]e?s?|pay[ée]e?s?|r[ée]gl[ée]e?s?|acquitt[ée]e?s?|encaiss[ée]e?s?|re[çc]ue?s?"
    r"|paid|received|settled|bezahlt|erhalten)\b",
    _I,
)
# Terms French practice counts two ways (the rule names the creditor's reading): N days on then
# that month's end, or the issue month's end then N days; a date on a month-end line may say the
# other.
_TWO_READINGS = re.compile(r"(?:(\d+) jours fin de mois|fin de mois \+ (\d+) jours)(?: le (\d+))?")
_MONTH_END = re.compile(r"fin\s+de\s+mois|end\s+of\s+(?:the\s+)?month", _I)
# A sentence that gives the first of monthly debits ("1er prélèvement le 05/03, puis le 5 de
# chaque mois").
_EVERY_MONTH = re.compile(
    r"puis\s+le\s+\d|chaque\s+mois|tous\s+les\s+mois|each\s+month|every\s+month|jeden\s+monat"
    r"|then\s+monthly",
    _I,
)


@dataclass(frozen=True)
class Due:
    date: date | None
    rule: str | None  # the terms the date was computed from
    printed: tuple[date, ...] = ()  # every date printed as due, in order
    by_terms: tuple[date | None, str] | None = None  # what the payment terms say
    doubts: tuple[str, ...] = ()  # what a person must settle: rival dates, a schedule
    # The creditor's reading that computed `date` from "N jours fin de mois" terms; None when
    # the date does not hang on it (printed, terms that say their order, other terms).
    reading: str | None = None


def net_date(text: str, order: str) -> date | None:
    """The first date of `text` outside a clause about an early-payment discount."""
    if not DISCOUNT.search(text):
        return first_date(text, order)
    for clause in _CLAUSE.split(text):
        if not DISCOUNT.search(clause) and (found := first_date(clause, order)):
            return found
    return None


def read_due(
    pages: list[Page], issued: date | None, order: str, reading: str = DAYS_THEN_MONTH_END
) -> Due:
    """An explicit due date, at a label (or the first of a schedule's); else in a payment or
    direct-debit sentence; else terms at a label; else terms in a payment sentence; else an
    unmistakable rule ("fin de mois", "à réception") anywhere, "N jours fin de mois" counted by
    the creditor's `reading`. A sentence naming another date as due than the one taken is a
    doubt."""
    read = lambda value: net_date(value, order)  # noqa: E731
    hits = list(L.values(pages, L.DUE_DATE, read))
    listed = _listing_heads(pages, order)
    own = [hit.value for hit in hits if hit.cell not in listed]
    scheduled = _schedule(pages, order)
    worded = [replace(page, lines=tuple(_worded(page.lines))) for page in pages]
    said = [
        hit
        for pattern in (_DUE_IN_SENTENCE, _DEBIT_IN_SENTENCE)
        for hit in L.values_in_text(worded, pattern, read)
    ]
    by_terms = _by_terms(pages, issued, reading)
    # Other documents' due dates, listed in a table: read only when nothing else gives one.
    others = own or scheduled or said or by_terms
    labelled = own if others else [hit.value for hit in hits]
    printed = tuple(dict.fromkeys([*labelled, *scheduled]))
    explicit = min(printed) if printed else _first(said)
    if explicit is None:
        if by_terms is None:
            return Due(None, None, printed, None)
        day, doubts = _terms_doubts(pages, by_terms[0], by_terms[1], issued, order)
        month_end = day == by_terms[0] and _TWO_READINGS.fullmatch(by_terms[1])
        counted = _counted_by(pages, issued, order, reading, day) if month_end else None
        return Due(day, by_terms[1], printed, by_terms, doubts, counted)
    doubts = []
    rivals = [
        hit.value
        for hit in said
        if hit.value != explicit and hit.value not in printed and not _NEXT.search(hit.text)
    ]
    if rivals := list(dict.fromkeys(rivals)):
        shown = ", ".join(day.isoformat() for day in rivals[:3])
        doubts.append(f"due_date: {explicit.isoformat()} or {shown} (two dates named as due)")
    if len(printed) < 2 and any(_EVERY_MONTH.search(hit.text) for hit in said):
        doubts.append("due_date: the first of monthly instalments taken")
    return Due(explicit, None, printed, by_terms, tuple(doubts))


def _terms_doubts(
    pages: list[Page], due: date | None, rule: str, issued: date | None, order: str
) -> tuple[date | None, tuple[str, ...]]:
    """The date terms alone give, and what they leave to a person: a count from the receipt,
    whose day no page prints; instalments, of which the first is taken. "N jours fin de mois" is
    read as the creditor counts it (its setting), unless a date on a month-end line ("…, soit le
    31/12/2026") gives the other reading. The creditor's practice is one of the two for all its
    invoices: holding each one would make a person answer the same question a thousand
    times."""
    if due is None and "réception" in rule:
        return due, (
            f"due_date: the terms count from the receipt ({rule}), whose date is not printed",
        )
    if due is None or issued is None:
        return due, ()
    if "/" in rule:
        return due, (f"due_date: the first of instalments taken ({rule})",)
    if match := _TWO_READINGS.fullmatch(rule):
        days, on = int(match.group(1) or match.group(2)), int(match.group(3) or 0)
        readings = {month_end_due(issued, days, on, reading) for reading in MONTH_END_READINGS}
        told = _month_end_dates(pages, order)
        if due not in told and (other := readings & told):
            return other.pop(), ()
    return due, ()


def _month_end_dates(pages: list[Page], order: str) -> set[date]:
    """The dates printed on lines that speak of the month's end ("…, soit le 31/12/2026")."""
    return {
        day
        for page in pages
        for line in page.lines
        if _MONTH_END.search(line.text)
        for _, day in find_dates(line.text, order)
    }


def _counted_by(
    pages: list[Page], issued: date | None, order: str, reading: str, due: date | None
) -> str | None:
    """`reading` when it alone gave the due date terms computed: the other reading gives
    another date and no month-end line prints it (staff may re-date the invoice when the
    creditor's reading changes; a printed date is the invoice's own)."""
    if due is None or issued is None:
        return None
    other = next(r for r in MONTH_END_READINGS if r != reading)
    by_other = _by_terms(pages, issued, other)
    if by_other is None or by_other[0] in (None, due) or due in _month_end_dates(pages, order):
        return None
    return reading


def _listing_heads(pages: list[Page], order: str) -> set[Cell]:
    """The due labels heading a column of a table that lists several documents, one per row (an
    account summary: "N° facture | Date | Date d'échéance | Montant"): their dates are those
    of other invoices (or of this one among them), not this invoice's own label."""
    heads: set[Cell] = set()
    for page in pages:
        lines = page.lines
        for row, line in enumerate(lines):
            if len(line.cells) < 3 or not any(L.label_at(c.text, L.NUMBER) for c in line.cells):
                continue
            below = lines[row + 1 :]
            for cell in line.cells:
                if L.label_at(cell.text, L.DUE_DATE) and dated_column(below, cell, order):
                    heads.add(cell)
    return heads


def dated_column(lines: tuple[Line, ...], head: Cell, order: str) -> bool:
    """Whether at least two rows of `lines` (those under `head`) print a date in its column: a
    table's column of dates, one per document or per item line."""
    rows = 0
    for line in lines[:6]:
        column = [c for c in line.cells if c.x0 < head.x1 + 2 * head.size and c.x1 > head.x0 - 2]
        if not any(net_date(c.text, order) for c in column):
            break
        rows += 1
    return rows >= 2


def _worded(lines: tuple[Line, ...]) -> Iterator[Line]:
    """The lines that may hold a payment or debit sentence."""
    for line in lines:
        if _BEFORE_A_DATE.search(line.text):
            yield line


def _schedule(pages: list[Page], order: str) -> list[date]:
    """The dates of an instalment schedule: the lines under its heading ("Échéancier",
    "Payment schedule") that each give a date, a column header or two allowed before them."""
    dates: list[date] = []
    for page in pages:
        lines = page.lines
        for row, line in enumerate(lines):
            head = line.cells[0]
            if len(head.text) > 40 or not L.label_at(head.text, _SCHEDULE):
                continue
            found: list[date] = []
            above = line
            for below in lines[row + 1 : row + 40]:
                if below.y - above.y > 2.5 * head.size:
                    break
                day = net_date(below.text, order)
                if day is None and (found or below.y - head.y > 4 * head.size):
                    break
                if day is not None and not _SETTLED.search(below.text):
                    found.append(day)
                above = below
            if len(found) > 1:
                dates += found
    return dates


def _net_terms(text: str, issued: date | None, reading: str) -> tuple[date | None, str] | None:
    """The payment terms of `text` outside a clause about an early-payment discount."""
    if not DISCOUNT.search(text):
        return due_from_terms(text, issued, reading)
    for clause in _CLAUSE.split(text):
        if not DISCOUNT.search(clause) and (found := due_from_terms(clause, issued, reading)):
            return found
    return None


def _by_terms(
    pages: list[Page], issued: date | None, reading: str
) -> tuple[date | None, str] | None:
    terms: Callable[[str], tuple[date | None, str] | None] = lambda value: _net_terms(  # noqa: E731
        value, issued, reading
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
    of the month 30 days on, or 30 days after the end of the month, whichever the creditor's
    reading; "à réception": the day)."""
    days = int(match.group(0)) if (match := re.search(r"\d+", rule)) else 0
    if "fin de mois" in rule:
        on = int(found.group(1)) if (found := re.search(r"le (\d+)$", rule)) else 0
        return due in {month_end_due(issued, days, on, reading) for reading in MONTH_END_READINGS}
    return due == issued + timedelta(days=days)


def _first(found: Iterable[L.Hit[T]]) -> T | None:
    for hit in found:
        return hit.value
    return None
