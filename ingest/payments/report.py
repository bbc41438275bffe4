"""What an import did, line by line: for the CLI, the drop folder and the ingestion pipeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ledger.payments import PaymentFacts, PlannedAllocation


class PaymentImportError(Exception):
    """A file that cannot be imported at all; nothing of it was recorded."""

    def __init__(self, filename: str, reason: str, line: int | None = None) -> None:
        where = f"{filename}:{line}" if line else filename
        super().__init__(f"{where}: {reason}")
        self.filename = filename
        self.reason = reason
        self.line = line


class UnreadablePaymentFile(PaymentImportError):
    """Not a payments CSV or CAMT.053 we can read (format, encoding, no header)."""


class UnusableMapping(PaymentImportError):
    """The creditor's payments_csv mapping is invalid or does not fit the file."""


@dataclass(frozen=True)
class RowError:
    """A line left out of the import, and why; `column` names the header or XML element."""

    file: str
    line: int | None
    column: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return (
            f"{where}: {self.column}: {self.reason}" if self.column else f"{where}: {self.reason}"
        )


@dataclass(frozen=True)
class SkippedRow:
    """A line that is not a payment (a total line, a debit on a statement)."""

    line: int | None
    reason: str


@dataclass(frozen=True)
class ReadLine:
    line: int | None
    facts: PaymentFacts


@dataclass
class ReadResult:
    format: str
    lines: list[ReadLine] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)


@dataclass(frozen=True)
class PaymentOutcome:
    line: int | None
    key: str
    amount: Decimal
    received_on: dt.date
    payer_name: str
    reference: str
    allocations: tuple[PlannedAllocation, ...]
    unallocated: Decimal
    note: str = ""


@dataclass(frozen=True)
class DuplicateLine:
    line: int | None
    key: str
    amount: Decimal
    received_on: dt.date


@dataclass
class ImportReport:
    filename: str
    creditor: str
    format: str
    dry_run: bool
    batch: str
    imported: list[PaymentOutcome] = field(default_factory=list)
    duplicates: list[DuplicateLine] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)

    @property
    def matched(self) -> list[PaymentOutcome]:
        return [p for p in self.imported if p.allocations]

    @property
    def unmatched(self) -> list[PaymentOutcome]:
        return [p for p in self.imported if not p.allocations]

    @property
    def credits(self) -> list[PaymentOutcome]:
        """Matched payments that paid more than what was due: the rest is kept as credit."""
        return [p for p in self.imported if p.allocations and p.unallocated > 0]

    def summary(self) -> list[str]:
        verb = "would import" if self.dry_run else "imported"
        lines = [
            f"{self.filename} ({self.format}) for {self.creditor}: {verb} {len(self.imported)} "
            f"payment(s): {len(self.matched)} matched, {len(self.unmatched)} unmatched, "
            f"{len(self.credits)} with credit left; {len(self.duplicates)} duplicate(s) skipped, "
            f"{len(self.skipped)} line(s) not payments, {len(self.errors)} error(s)"
        ]
        lines += [f"error {error}" for error in self.errors]
        lines += [f"skipped {self.filename}:{s.line}: {s.reason}" for s in self.skipped]
        for p in self.unmatched:
            lines.append(
                f"unmatched {self.filename}:{p.line}: {p.amount} on {p.received_on} "
                f"from {p.payer_name or '?'} ({p.reference or 'no reference'})"
                + (f": {p.note}" if p.note else "")
            )
        return lines

    def as_dict(self) -> dict[str, Any]:
        def outcome(p: PaymentOutcome) -> dict[str, Any]:
            return {
                "line": p.line,
                "key": p.key,
                "amount": str(p.amount),
                "received_on": p.received_on.isoformat(),
                "payer_name": p.payer_name,
                "reference": p.reference,
                "allocations": [
                    {"invoice": a.invoice_number, "amount": str(a.amount), "by": a.matched_by}
                    for a in p.allocations
                ],
                "unallocated": str(p.unallocated),
                "note": p.note,
            }

        return {
            "file": self.filename,
            "creditor": self.creditor,
            "format": self.format,
            "dry_run": self.dry_run,
            "batch": self.batch,
            "imported": [outcome(p) for p in self.imported],
            "duplicates": [{"line": d.line, "key": d.key} for d in self.duplicates],
            "errors": [
                {"file": e.file, "line": e.line, "column": e.column, "reason": e.reason}
                for e in self.errors
            ],
            "skipped": [{"line": s.line, "reason": s.reason} for s in self.skipped],
        }
