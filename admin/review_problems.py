"""Why an invoice waits for review (the problems parsing and intake named, in English for the
record), shown in the page's language, each with the inputs it concerns so the page can
highlight them. A problem of another shape is shown as written: nothing is hidden from staff.
The texts themselves live by subject: review_invoice_text, review_debtor_text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from admin.intake_text import reason_parts
from admin.invoice_form import INPUT_OF
from admin.ledger_text import translate
from admin.review_debtor_text import DEBTOR_TEXTS
from admin.review_invoice_text import INVOICE_TEXTS

_LEADING_FIELD = re.compile(
    r"^(?P<field>invoice_number|issue_date|due_date|total_due|total|currency|debtor\.\w+)\b"
)
# Problems that name no field up front, and the fields they are about.
_ABOUT: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (re.compile(r"due date before issue date"), ("due_date", "issue_date")),
    (re.compile(r"totals do not add up"), ("total",)),
    (re.compile(r"amount due larger than the total"), ("total_due", "total")),
    (re.compile(r"debtor name not found"), ("debtor.name",)),
    (
        re.compile(r"debtor contact not found"),
        ("debtor.email", "debtor.phone", "debtor.postcode"),
    ),
    (re.compile(r"conflict: "), ("total", "total_due")),
    (re.compile(r"amount due \S+ is less than the total"), ("total_due", "total")),
    (
        re.compile(r"debtor block chosen among"),
        ("debtor.name", "debtor.postcode", "debtor.city"),
    ),
    (re.compile(r"debtor address: "), ("debtor.street", "debtor.postcode", "debtor.city")),
    (
        re.compile(r"debtor address not read"),
        ("debtor.street", "debtor.postcode", "debtor.city", "debtor.country"),
    ),
    (re.compile(r"debtor country \w+ not printed"), ("debtor.country",)),
    (re.compile(r"several due dates printed"), ("due_date",)),
    (re.compile(r"not an invoice: titled "), ("invoice_number",)),
    (re.compile(r"negative amount due"), ("total_due", "is_credit_note")),
    (re.compile(r"amount due not printed: a balance brought forward"), ("total_due",)),
    (
        re.compile(r"amount due \S+ (?:is not what the lines|with a balance brought forward)"),
        ("total_due", "total"),
    ),
]

# The invoice's texts first: they open with a field of any kind, the debtor's included, not found
# or read otherwise by a learned template; no other text of one list reads a problem of the other.
_TEXTS = [*INVOICE_TEXTS, *DEBTOR_TEXTS]


@dataclass(frozen=True)
class Problem:
    text: str
    inputs: tuple[str, ...]


def problems(reason: str) -> list[Problem]:
    """Each part of a review reason, translated, with the page inputs it concerns."""
    found = []
    for part in reason_parts(reason):
        if not part.strip():
            continue
        fields: tuple[str, ...] = ()
        leading = _LEADING_FIELD.match(part)
        if leading:
            fields = (leading["field"],)
        else:
            fields = next((f for pattern, f in _ABOUT if pattern.match(part)), ())
        inputs = tuple(INPUT_OF[f] for f in fields if f in INPUT_OF)
        found.append(Problem(translate(part, _TEXTS), inputs))
    return found
