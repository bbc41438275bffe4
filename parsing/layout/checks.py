"""How far to trust a record read from the layout: fields found and cross-checked.

Confidence grows with each field found and each cross-check passed (HT + TVA = TTC, due date on
or after the issue date); `problems` names what is missing or doubtful so that ingestion can send
the record to review instead of recording it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from parsing.layout import labels as L
from parsing.layout.amounts import find_amounts
from parsing.pdf import Page
from parsing.record import ParsedInvoice

_CENT = Decimal("0.02")


def last_amount(text: str) -> tuple[Decimal, str | None] | None:
    found = find_amounts(text)
    return found[-1] if found else None


def amount_at(pages: list[Page], pattern: re.Pattern[str]) -> tuple[Decimal | None, str | None]:
    """The amount at the last `pattern` label, preferring values beside it to values below."""
    hits = list(L.values(pages, pattern, last_amount))
    if not hits:
        return None, None
    close = [hit for hit in hits if hit.place != "below"] or hits
    value, currency = close[-1].value
    return value, currency


def _totals_add_up(invoice: ParsedInvoice, pages: list[Page]) -> bool | None:
    """True when HT + TVA = TTC, False when they are printed and do not, None when not printed."""
    net, _ = amount_at(pages, L.NET)
    if net is None or invoice.total is None:
        return None
    total = invoice.total
    vats = [hit.value[0] for hit in L.values(pages, L.VAT, last_amount)]
    return (
        any(abs(net + vat - total) < _CENT for vat in vats) or abs(net + sum(vats) - total) < _CENT
    )


def assess(invoice: ParsedInvoice, pages: list[Page]) -> ParsedInvoice:
    problems: list[str] = []
    checks = 0
    added_up = _totals_add_up(invoice, pages)
    if added_up is False:
        problems.append("totals do not add up (HT + TVA ≠ TTC)")
    checks += added_up is True
    if invoice.issue_date and invoice.due_date:
        if invoice.due_date >= invoice.issue_date:
            checks += 1
        else:
            problems.append("due date before issue date")
    total, due = invoice.total, invoice.total_due
    if total is not None and due is not None and abs(due) > abs(total):
        problems.append("amount due larger than the total")
    fields = {
        "invoice_number": invoice.invoice_number,
        "issue_date": invoice.issue_date,
        "due_date": invoice.due_date,
        "total_due": invoice.total_due,
        "currency": invoice.currency,
        "debtor.name": invoice.debtor.name,
    }
    problems += [f"{name} not found" for name, value in fields.items() if value is None]
    debtor = invoice.debtor
    if not (debtor.email or debtor.phone or debtor.postcode):
        problems.append("debtor contact not found (no email, phone or postal address)")
    found = sum(value is not None for value in fields.values())
    doubts = len(problems) - sum(p.endswith("not found") for p in problems)
    confidence = 0.1 + 0.12 * found + 0.08 * checks - 0.1 * doubts
    return replace(invoice, confidence=max(0.0, min(confidence, 0.95)), problems=tuple(problems))
