"""Layout heuristics: the words of an invoice's pages → one ParsedInvoice with confidence."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from parsing.layout import labels as L
from parsing.layout.amounts import currency_of, find_amounts
from parsing.layout.dates import date_order, due_from_terms, find_dates, first_date
from parsing.layout.debtor import find_debtor
from parsing.pdf import Page
from parsing.record import ParsedInvoice, clean

_NUMBER_PREFIX = re.compile(
    r"^(?:(?:n[°ºo˚]\s*\.?|num[ée]ro|number|no\.?|nr\.?|nummer|#|id|ref\.?)\s*[:.#]?\s*|[:#]\s*)+",
    re.I,
)
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9/_.\-]{0,39}")
_CREDIT_TITLE = re.compile(r"^\s*(?:avoir|credit\s+note|note\s+de\s+cr[ée]dit|gutschrift)\b", re.I)
_PAYMENT_LINE = re.compile(
    r"paiement|payable|r[èe]glement|payment|terms|zahlbar|[ée]ch[ée]ance", re.I
)
_NOT_NUMBERS = re.compile(r"^(?:du|of|date|vom|from|le|client|page)$", re.I)


def read_number(text: str) -> str | None:
    text = _NUMBER_PREFIX.sub("", text.strip())
    match = _TOKEN.match(text)
    if not match:
        return None
    token = match.group(0).rstrip(".-/")
    if not any(ch.isdigit() for ch in token) or _NOT_NUMBERS.match(token):
        return None
    if find_dates(token) or re.fullmatch(r"\d{1,2}", token):
        return None
    return clean(token, 60)


def _last_amount(text: str) -> tuple[Decimal, str | None] | None:
    found = find_amounts(text)
    return found[-1] if found else None


def extract(pages: list[Page], file: str) -> ParsedInvoice:
    """Read every field of one invoice from its pages."""
    text = "\n".join(page.text for page in pages)
    order = date_order(text)
    read_date = lambda value: first_date(value, order)  # noqa: E731
    problems: list[str] = []

    number_hits = list(L.values(pages, L.NUMBER, read_number))
    number = number_hits[0][0] if number_hits else None
    issued = _first(L.values(pages, L.ISSUE_DATE, read_date))
    if issued is None and number_hits:
        issued = _date_beside_number(number_hits[0][1].text, number or "", order)
    if issued is None:
        issued = _first(
            L.values(pages[:1], re.compile(r"(?:[\w'’ -]{0,30},\s*)?le(?=\s)", re.I), read_date)
        )
    due, rule = _due(pages, issued, read_date)

    total, total_currency = _amount(pages, L.TOTAL)
    total_due, due_currency = _amount(pages, L.TOTAL_DUE)
    deposit, _ = _amount(pages, L.DEPOSIT)
    if total_due is None and total is not None and deposit is not None and 0 < deposit < total:
        total_due = total - deposit
    if total_due is None:
        total_due = total
    if total is None:
        total = total_due
    credit = any(
        _CREDIT_TITLE.match(cell.text)
        for page in pages[:1]
        for line in page.lines[:40]
        for cell in line.cells
    ) or (total is not None and total < 0)
    if credit:
        total = abs(total) if total is not None else None
        total_due = abs(total_due) if total_due is not None else None
    currency = due_currency or total_currency or currency_of(text)

    ref = _first(L.values(pages[:1], L.CUSTOMER_REF, read_number))
    debtor = find_debtor(pages, ref)

    checks = 0
    net, _ = _amount(pages, L.NET)
    vats = [v for v, _ in L.values(pages, L.VAT, _last_amount)]
    if net is not None and total is not None:
        if any(abs(net + v[0] - total) < Decimal("0.02") for v in vats) or abs(
            net + sum(v[0] for v in vats) - total
        ) < Decimal("0.02"):
            checks += 1
        else:
            problems.append("totals do not add up (HT + TVA ≠ TTC)")
    if issued and due:
        if due >= issued:
            checks += 1
        else:
            problems.append("due date before issue date")
    if total is not None and total_due is not None and total_due > total:
        problems.append("amount due larger than the total")
    for name, value in (
        ("invoice_number", number),
        ("issue_date", issued),
        ("due_date", due),
        ("total_due", total_due),
        ("currency", currency),
        ("debtor.name", debtor.name),
    ):
        if value is None:
            problems.append(f"{name} not found")
    if not (debtor.email or debtor.phone or debtor.postcode):
        problems.append("debtor contact not found (no email, phone or postal address)")
    found = sum(x is not None for x in (number, issued, due, total_due, currency, debtor.name))
    confidence = (
        0.1 + 0.12 * found + 0.08 * checks - 0.1 * sum("≠" in p or "before" in p for p in problems)
    )
    return ParsedInvoice(
        file=file,
        pages=tuple(page.number for page in pages),
        invoice_number=number,
        issue_date=issued,
        due_date=due,
        due_rule=rule,
        total=total,
        total_due=total_due,
        currency=currency,
        is_credit_note=credit,
        debtor=debtor,
        source="layout",
        confidence=max(0.0, min(confidence, 0.95)),
        problems=tuple(problems),
    )


def _first(found):
    for value, _cell in found:
        return value
    return None


def _date_beside_number(text: str, number: str, order: str) -> date | None:
    rest = text.split(number, 1)[-1] if number else text
    return first_date(rest, order)


def _due(pages: list[Page], issued: date | None, read_date) -> tuple[date | None, str | None]:
    due = _first(L.values(pages, L.DUE_DATE, read_date))
    if due is not None:
        return due, None
    terms = lambda value: due_from_terms(value, issued)  # noqa: E731
    found = _first(L.values(pages, L.DUE_DATE, terms)) or _first(L.values(pages, L.TERMS, terms))
    if found is None:
        for page in pages:
            for line in page.lines:
                if _PAYMENT_LINE.search(line.text):
                    found = terms(line.text)
                    if found:
                        break
            if found:
                break
    if found is None:
        return None, None
    return found


def _amount(pages: list[Page], pattern: re.Pattern[str]) -> tuple[Decimal | None, str | None]:
    hits = list(L.values(pages, pattern, _last_amount))
    if not hits:
        return None, None
    value, currency = hits[-1][0]
    return value, currency
