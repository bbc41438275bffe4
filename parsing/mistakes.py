"""What the layout heuristics read wrong on the invoice a template was learned from, and whether
they make the same mistake on a next invoice of the layout.

A field a person corrected is the learned template's own. Where the layout reads it otherwise
on a next invoice, that is either the mistake the person corrected, made again (the seller's
name taken for the debtor's every time, the grand total taken for the amount still due, the
issue date taken for the due date), which holds nothing against the template; or a new
disagreement, which a person settles. The mistake is kept in the template (`relance: misread`)
as the text the layout read, or as the other value it equalled; anything else is new. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from parsing.record import ParsedInvoice

FIELDS = (
    "invoice_number",
    "issue_date",
    "due_date",
    "total_due",
    "debtor.name",
    "debtor.customer_ref",
)
TEXT_FIELDS = ("invoice_number", "debtor.name", "debtor.customer_ref")
TOTAL = "total"  # the layout's grand total: an amount due read at it


def layout_values(layout: ParsedInvoice) -> dict[str, Any]:
    """The layout's reading of each learnable field, amounts without their sign."""
    return {
        "invoice_number": layout.invoice_number,
        "issue_date": layout.issue_date,
        "due_date": layout.due_date,
        "total_due": None if layout.total_due is None else abs(layout.total_due),
        "debtor.name": layout.debtor.name,
        "debtor.customer_ref": layout.debtor.customer_ref,
    }


def same(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return abs(a) == abs(b)
    return a == b


def misread_fields(
    layout: ParsedInvoice, wanted: Mapping[str, Any], corrected: frozenset[str]
) -> list[str]:
    """The corrected fields the layout read wrong, or not at all."""
    seen = layout_values(layout)
    return [
        name
        for name in FIELDS
        if name in corrected
        and wanted.get(name) not in (None, "")
        and not same(seen[name], wanted[name])
    ]


def mistakes(
    layout: ParsedInvoice, wanted: Mapping[str, Any], corrected: frozenset[str]
) -> dict[str, dict[str, str]]:
    """Each corrected field the layout read wrong, as the mistake can be recognised again: the
    other field's value it equalled (`like`), or the text it read (`text`). A field it read
    nothing for, or a date or amount that equalled nothing else, is left out."""
    seen = layout_values(layout)
    found: dict[str, dict[str, str]] = {}
    for name in misread_fields(layout, wanted, corrected):
        got = seen[name]
        if got is None:
            continue
        like = [other for other in FIELDS if other != name and same(got, wanted.get(other))]
        if name == "total_due" and layout.total is not None and same(got, layout.total):
            like.insert(0, TOTAL)
        if like:
            found[name] = {"like": like[0]}
        elif name in TEXT_FIELDS:
            found[name] = {"text": str(got)}
    return found


def same_mistake(
    mistake: Any, seen: Any, readings: Mapping[str, Any], total: Decimal | None
) -> bool:
    """Whether the layout's reading `seen` repeats `mistake` (from a template a person may have
    edited), given the template's `readings` of the other fields and the layout's total."""
    if not isinstance(mistake, dict) or seen is None:
        return False
    if "text" in mistake:
        return isinstance(seen, str) and same(seen, str(mistake["text"]))
    like = mistake.get("like")
    other = total if like == TOTAL else readings.get(like) if like in FIELDS else None
    return other is not None and same(seen, other)
