"""Comparing parsed records with generated truth, field by field."""

from __future__ import annotations

from collections import Counter

from parsing import ParsedInvoice
from tests.parsing.generator.data import Facts

CORE = ("invoice_number", "issue_date", "due_date", "total_due")
DEBTOR = ("name", "postcode", "city", "email", "phone")


def expected(truth: Facts) -> dict[str, object]:
    d = truth.debtor
    return {
        "invoice_number": truth.number,
        "issue_date": truth.issued,
        # A credit note is never reminded: the record carries no due date for it.
        "due_date": truth.due
        if truth.due_shown and not (truth.credit and truth.credit_titled)
        else None,
        "total_due": -truth.total if truth.credit else truth.total_due,
        "name": d.name,
        "postcode": d.postcode,
        "city": d.city,
        "email": d.email,
        "phone": d.phone_e164,
    }


def actual(invoice: ParsedInvoice) -> dict[str, object]:
    d = invoice.debtor
    return {
        "invoice_number": invoice.invoice_number,
        "issue_date": invoice.issue_date,
        "due_date": invoice.due_date,
        "total_due": invoice.total_due,
        "name": d.name,
        "postcode": d.postcode,
        "city": d.city,
        "email": d.email,
        "phone": d.phone,
    }


def score(pairs: list[tuple[ParsedInvoice, Facts]]) -> tuple[dict[str, float], list[str]]:
    """Share of exactly right values per field, and a line per miss."""
    right: Counter[str] = Counter()
    misses = []
    for invoice, truth in pairs:
        want, got = expected(truth), actual(invoice)
        for key in (*CORE, *DEBTOR):
            if want[key] == got[key]:
                right[key] += 1
            else:
                misses.append(f"{truth.number} {key}: want {want[key]!r} got {got[key]!r}")
    total = max(len(pairs), 1)
    return {key: right[key] / total for key in (*CORE, *DEBTOR)}, misses
