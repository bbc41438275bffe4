"""Values at the record boundary: the ledger keeps only finite, bounded, typed values, so the
core (reminder passes, pages, sums) never meets NaN, an amount of 10^30 or the year 9999.

A value outside the bounds does not stop its record: it is replaced by a neutral one (0 for an
amount, no date, XXX for a currency) and the record waits for a person (`needs_review`) with
the reason. Only what cannot be stored at all is refused (`AmountOutOfBounds`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Context, Decimal, InvalidOperation
from functools import cache

from babel.numbers import list_currencies

from ledger.errors import LedgerError

MAX_AMOUNT = Decimal(10) ** 12
CENT = Decimal("0.01")
MAX_NUMBER_LENGTH = 60
NO_CURRENCY = "XXX"  # ISO 4217's own code for "no currency involved"
# Amounts are computed in a context that cannot grow a number past the bound's digits.
MONEY_CONTEXT = Context(prec=28, Emax=18, Emin=-18)


class AmountOutOfBounds(LedgerError):
    """An amount no column can hold exactly (not finite, or beyond ±10^12)."""

    def __init__(self, value: object) -> None:
        super().__init__(
            f"{str(value)[:40]!r} is not an amount within ±{MAX_AMOUNT:,.0f}".replace(",", " ")
        )
        self.value = value


def amount_problem(name: str, value: object) -> str:
    """Why `value` cannot be the amount `name` ('' when it can): finite, within ±10^12, exact
    to the cent (more places are accepted only when they are zeros)."""
    if not isinstance(value, Decimal | int):
        return f"{name}: {str(value)[:40]!r} is not an amount"
    value = Decimal(value)
    if not value.is_finite():
        return f"{name}: {value} is not a finite amount"
    if abs(value) >= MAX_AMOUNT:
        return f"{name}: {_short(value)} is beyond ±10^12"
    try:
        exact = value == value.quantize(CENT, context=MONEY_CONTEXT)
    except InvalidOperation:
        exact = False
    if not exact:
        return f"{name}: {_short(value)} has more than 2 decimal places"
    return ""


def stored_amount(value: object) -> Decimal:
    """An amount fit for a money column, rounded to the cent as the column always did (a
    computed half, say); AmountOutOfBounds when not finite or beyond ±10^12."""
    if not isinstance(value, Decimal | int) or not Decimal(value).is_finite():
        raise AmountOutOfBounds(value)
    if abs(value) >= MAX_AMOUNT:
        raise AmountOutOfBounds(value)
    return Decimal(value).quantize(CENT, context=MONEY_CONTEXT)


def date_problems(
    issue: dt.date | None, due: dt.date | None, received: dt.date
) -> tuple[dt.date | None, dt.date | None, list[str]]:
    """(issue, due, problems): an issue date within ten years before receipt and one after;
    a due date within a year before the issue date and five years after it."""
    problems = []
    if issue is not None and not _years_around(issue, received, before=10, after=1):
        problems.append(f"issue date {issue.isoformat()} is implausible (received {received})")
        issue = None
    anchor = issue or received
    if due is not None and not _years_around(due, anchor, before=1, after=5):
        what = "issue date" if issue else "receipt"
        problems.append(
            f"due date {due.isoformat()} is not within a year before and five years after "
            f"the {what} ({anchor.isoformat()})"
        )
        due = None
    return issue, due, problems


def currency_problem(code: str) -> str:
    if code.upper() not in known_currencies():
        return f"currency {code[:10]!r} is not an ISO 4217 code"
    return ""


def number_problem(number: str) -> tuple[str, str]:
    """(the number as kept, why it was changed or ''): printable characters, at most 60."""
    kept = "".join(ch for ch in number if ch.isprintable()).strip()
    problems = []
    if kept != number.strip():
        problems.append("invoice number had unprintable characters (removed)")
    if len(kept) > MAX_NUMBER_LENGTH:
        problems.append(
            f"invoice number is {len(kept)} characters long, more than {MAX_NUMBER_LENGTH} (cut)"
        )
        kept = kept[:MAX_NUMBER_LENGTH].strip()
    return kept, "; ".join(problems)


@cache
def known_currencies() -> frozenset[str]:
    return frozenset(list_currencies())


def _years_around(day: dt.date, anchor: dt.date, before: int, after: int) -> bool:
    return anchor.year - before <= day.year <= anchor.year + after and (
        _shift(anchor, -before) <= day <= _shift(anchor, after)
    )


def _shift(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February, or past the calendar's ends
        year = min(max(day.year + years, dt.MINYEAR), dt.MAXYEAR)
        return dt.date(year, day.month, 28)


def _short(value: Decimal) -> str:
    text = str(value)
    return text if len(text) <= 30 else f"{text[:27]}…"


def held_values(
    total: object, amount_due: object, issue: object, due: object, received: dt.date
) -> tuple[dict[str, object], list[str]]:
    """For values as a database row holds them (text, float, Decimal): the columns to replace
    and why, when some are out of bounds; ({}, []) when all are fine."""
    fixes: dict[str, object] = {}
    problems = []
    for name, raw in (("total", total), ("amount_due", amount_due)):
        why = amount_problem(name, _as_decimal(raw))
        if why:
            fixes[name] = Decimal(0)
            problems.append(why)
    issue_date, due_date = _as_date(issue), _as_date(due)
    for name, raw, parsed in (("issue_date", issue, issue_date), ("due_date", due, due_date)):
        if raw is not None and parsed is None:
            fixes[name] = None
            problems.append(f"{name.replace('_', ' ')} {str(raw)[:20]!r} is not a date")
    kept_issue, kept_due, date_why = date_problems(issue_date, due_date, received)
    if kept_issue != issue_date:
        fixes["issue_date"] = None
    if kept_due != due_date:
        fixes["due_date"] = None
    return fixes, problems + date_why


def _as_decimal(raw: object) -> object:
    if raw is None or isinstance(raw, Decimal):
        return raw
    try:
        return Decimal(repr(raw) if isinstance(raw, float) else str(raw))
    except ArithmeticError:
        return raw


def _as_date(raw: object) -> dt.date | None:
    if raw is None or isinstance(raw, dt.date):
        return raw  # type: ignore[return-value]
    try:
        return dt.date.fromisoformat(str(raw)[:10])
    except ValueError:
        return None
