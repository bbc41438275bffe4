"""Matches parser records to the truth by file and page, and counts exact fields."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .model import Expected

Record = dict[str, Any]


def text(value: Any) -> str | None:
    if value is None:
        return None
    collapsed = " ".join(str(value).split())
    return collapsed or None


def folded(value: Any) -> str | None:
    value = text(value)
    return value.casefold() if value else None


def upper(value: Any) -> str | None:
    value = text(value)
    return value.upper() if value else None


def street(value: Any) -> str | None:
    """Street lines may come joined by newlines or commas: both read as one separator."""
    if value is None:
        return None
    return text(re.sub(r"\s*[,\n]\s*", ", ", str(value)).strip(", "))


def amount(value: Any) -> Decimal | str | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return f"unreadable {value!r}"


FIELDS: tuple[tuple[str, str, Callable[[Any], Any]], ...] = (
    ("number", "invoice_number", text),
    ("issue date", "issue_date", text),
    ("due date", "due_date", text),
    ("total_due", "total_due", amount),
    ("currency", "currency", upper),
    ("name", "debtor.name", folded),
    ("email", "debtor.email", folded),
    ("phone", "debtor.phone", text),
    ("street", "debtor.street", street),
    ("postcode", "debtor.postcode", text),
    ("city", "debtor.city", folded),
    ("country", "debtor.country", upper),
    ("customer_ref", "debtor.customer_ref", text),
)


def pick(record: Record, path: str) -> Any:
    value: Any = record
    for key in path.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value


def field_matches(truth: Record, record: Record) -> dict[str, bool]:
    return {
        name: norm(pick(truth, path)) == norm(pick(record, path)) for name, path, norm in FIELDS
    }


@dataclass
class Score:
    """The figures for one subset."""

    invoices: int = 0
    exact: dict[str, int] = field(default_factory=lambda: {name: 0 for name, _, _ in FIELDS})
    all_fields: int = 0
    deductions: int = 0
    deductions_exact: int = 0
    credit_notes: int = 0
    credit_sign: int = 0
    missing: int = 0
    extra: int = 0
    file_errors: int = 0
    wrong: int = 0
    wrong_silent: int = 0

    def as_json(self) -> dict[str, Any]:
        def rate(count: int) -> float | None:
            return round(count / self.invoices, 4) if self.invoices else None

        return {
            "invoices": self.invoices,
            "exact": {name: rate(count) for name, count in self.exact.items()},
            "all_fields_exact": rate(self.all_fields),
            "total_due_on_deductions": {
                "exact": self.deductions_exact,
                "of": self.deductions,
                "rate": round(self.deductions_exact / self.deductions, 4)
                if self.deductions
                else None,
            },
            "credit_notes_negative": {"right": self.credit_sign, "of": self.credit_notes},
            "records_missing": self.missing,
            "records_extra": self.extra,
            "file_errors": self.file_errors,
            "wrong_records": self.wrong,
            "wrong_silent": self.wrong_silent,
        }


def silent(record: Record) -> bool:
    """Wrong yet unflagged: no problem named and a confidence at or above one half."""
    confidence = record.get("confidence")
    return not record.get("problems") and isinstance(confidence, int | float) and confidence >= 0.5


def match(
    expected: Sequence[Expected], records: Iterable[Record]
) -> tuple[dict[int, Record], list[Record]]:
    """Index of each expected invoice → its record, and the records that matched nothing.

    A record matches the invoice of the same file whose first page it covers, or failing that
    one whose pages it overlaps; each record is used once.
    """
    by_file: dict[str, list[Record]] = {}
    for record in records:
        if "error" in record:
            continue
        by_file.setdefault(Path(str(record.get("file", ""))).name, []).append(record)
    matched: dict[int, Record] = {}
    for strict in (True, False):
        for index, item in enumerate(expected):
            if index in matched:
                continue
            for record in by_file.get(item.file, []):
                pages = set(record.get("pages") or [])
                hit = item.pages[0] in pages if strict else bool(pages & set(item.pages))
                if hit and not any(record is used for used in matched.values()):
                    matched[index] = record
                    break
    used = [id(record) for record in matched.values()]
    extra = [r for rs in by_file.values() for r in rs if id(r) not in used]
    return matched, extra


def score(expected: Sequence[Expected], records: Sequence[Record]) -> Score:
    result = Score(invoices=len(expected))
    files = {item.file for item in expected}
    result.file_errors = sum(
        1 for r in records if "error" in r and Path(str(r.get("file", ""))).name in files
    )
    matched, extra = match(
        expected, [r for r in records if Path(str(r.get("file", ""))).name in files]
    )
    result.extra = len(extra)
    result.wrong += len(extra)
    result.wrong_silent += sum(1 for record in extra if silent(record))
    for index, item in enumerate(expected):
        record = matched.get(index)
        if item.deduction:
            result.deductions += 1
        if item.credit_note:
            result.credit_notes += 1
        if record is None:
            result.missing += 1
            continue
        fields = field_matches(item.truth, record)
        for name, ok in fields.items():
            result.exact[name] += ok
        if all(fields.values()):
            result.all_fields += 1
        else:
            result.wrong += 1
            result.wrong_silent += silent(record)
        if item.deduction and fields["total_due"]:
            result.deductions_exact += 1
        due = amount(record.get("total_due"))
        if item.credit_note and isinstance(due, Decimal) and due < 0:
            result.credit_sign += 1
    return result
