"""Scoring parsed records against the composer's truth, field by field."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from tests.parsing.relance_json import silent

DEBTOR = ("name", "email", "phone", "street", "postcode", "city", "country", "customer_ref")
FIELDS = ("invoice_number", "issue_date", "due_date", "total_due", "currency", "is_credit_note",
          *DEBTOR)  # fmt: skip


def flatten(record: dict) -> dict[str, object]:
    """A record of `relance parse --json` (or ParsedInvoice.to_dict()) in the truth's shape."""
    debtor = record.get("debtor") or {}
    out = {key: record.get(key) for key in FIELDS if key not in DEBTOR}
    out.update({key: debtor.get(key) for key in DEBTOR})
    return out


def _same(key: str, want: object, got: object) -> bool:
    if key == "total_due" and want is not None and got is not None:
        try:
            return Decimal(str(want)) == Decimal(str(got))
        except InvalidOperation:
            return False
    if key == "email" and isinstance(want, str) and isinstance(got, str):
        return want.lower() == got.lower()
    return want == got


def differences(truth: dict[str, object], record: dict) -> dict[str, tuple[object, object]]:
    got = flatten(record)
    return {key: (truth[key], got[key]) for key in FIELDS if not _same(key, truth[key], got[key])}


@dataclass
class Score:
    total: int = 0
    exact: Counter[str] = field(default_factory=Counter)
    wrong: list[tuple[str, dict, dict]] = field(default_factory=list)
    unflagged: list[tuple[str, dict]] = field(default_factory=list)
    flagged_right: int = 0
    flagged_right_printed_due: int = 0  # held for more than a due date not printed

    def add(self, name: str, truth: dict[str, object], record: dict) -> None:
        self.total += 1
        diff = differences(truth, record)
        for key in FIELDS:
            self.exact[key] += key not in diff
        if diff:
            self.wrong.append((name, diff, record))
            if silent(record):
                self.unflagged.append((name, diff))
        elif not silent(record):
            self.flagged_right += 1
            if any(p != "due_date not found" for p in record.get("problems") or ()):
                self.flagged_right_printed_due += 1

    def report(self) -> str:
        out = []
        for name, diff, record in self.wrong:
            fields = "; ".join(f"{k}: want {w!r} got {g!r}" for k, (w, g) in diff.items())
            out.append(f"{name} conf={record.get('confidence')} {record.get('problems')}: {fields}")
        out.append("")
        out.append("exact per field: " + ", ".join(
            f"{key} {self.exact[key] / max(self.total, 1):.1%}" for key in FIELDS))  # fmt: skip
        out.append(f"records {self.total}; wrong {len(self.wrong)}; right but held for review "
                   f"{self.flagged_right} ({self.flagged_right_printed_due} for more than a due "
                   f"date not printed); wrong and UNFLAGGED {len(self.unflagged)}")  # fmt: skip
        for name, diff in self.unflagged:
            out.append(f"  UNFLAGGED {name}: " + ", ".join(diff))
        return "\n".join(out)
