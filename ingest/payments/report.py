"""What an import did, line by line: for the CLI, the drop folder and the ingestion pipeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ledger.payment_returns import ReturnFacts
from ledger.payments import PaymentFacts, PlannedAllocation, PlannedWriteOff

# Why a line is not a payment: a debit (or zero), a status not settled, a total line, other.
DEBIT = "debit"
NOT_SETTLED = "not settled"
TOTAL = "total"
OTHER = "other"


class PaymentImportError(Exception):
    """A file that cannot be imported at all; nothing of it was recorded."""

    def __init__(self, filename: str, reason: str, line: int | None = None) -> None:
        where = f"{filename}:{line}" if line else filename
        super().__init__(f"{where}: {reason}")
        self.filename = filename
        self.reason = reason
        self.line = line


class UnreadablePaymentFile(PaymentImportError):
    """Not a payments CSV or CAMT.053/054 we can read (format, encoding, no header)."""


class UnusableMapping(PaymentImportError):
    """The creditor's payments_csv formats are invalid or none fits the file."""


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
    """A line that is not a payment (a debit, a declined transfer, a total line)."""

    line: int | None
    reason: str
    kind: str = OTHER


@dataclass(frozen=True)
class ReadLine:
    line: int | None
    facts: PaymentFacts


@dataclass(frozen=True)
class ReadReturn:
    line: int | None
    facts: ReturnFacts


@dataclass
class ReadResult:
    format: str
    lines: list[ReadLine] = field(default_factory=list)
    returns: list[ReadReturn] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)


@dataclass(slots=True)
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
    currency: str = "EUR"
    suggestions: tuple[str, ...] = ()
    write_offs: tuple[PlannedWriteOff, ...] = ()


@dataclass(frozen=True)
class ReturnOutcome:
    """A return the ledger records: undoing a payment (`payment_key`), or for a person."""

    line: int | None
    amount: Decimal
    currency: str
    returned_on: dt.date
    reason: str
    payment_key: str
    reopened: tuple[str, ...]
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
    returns: list[ReturnOutcome] = field(default_factory=list)
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

    @property
    def debits(self) -> list[SkippedRow]:
        return [s for s in self.skipped if s.kind == DEBIT]

    def summary(self) -> list[str]:
        verb = "would import" if self.dry_run else "imported"
        written = sum(len(p.write_offs) for p in self.imported)
        undone = [r for r in self.returns if r.payment_key]
        lines = [
            f"{self.filename} ({self.format}) for {self.creditor}: {verb} {len(self.imported)} "
            f"payment(s): {len(self.matched)} matched, {len(self.unmatched)} unmatched, "
            f"{len(self.credits)} with credit left, {written} remainder(s) written off; "
            f"{len(self.returns)} return(s), {len(undone)} undoing a payment; "
            f"{len(self.duplicates)} duplicate(s) skipped, {len(self.debits)} ignored (debit), "
            f"{len(self.skipped) - len(self.debits)} line(s) not payments, "
            f"{len(self.errors)} error(s)"
        ]
        lines += [f"error {error}" for error in self.errors]
        lines += [f"skipped {self.filename}:{s.line}: {s.reason}" for s in self.skipped]
        for r in self.returns:
            what = (
                f"undoes payment {r.payment_key[:16]}…, reopens {', '.join(r.reopened) or '-'}"
                if r.payment_key
                else r.note
            )
            lines.append(
                f"return {self.filename}:{r.line}: {r.amount} {r.currency} on {r.returned_on} "
                f"({r.reason or 'no reason given'}): {what}"
            )
        for p in self.imported:
            for w in p.write_offs:
                lines.append(
                    f"written off {self.filename}:{p.line}: {w.amount} {p.currency} left on "
                    f"{w.invoice_number} (under the tolerance)"
                )
        for p in self.unmatched:
            lines.append(
                f"unmatched {self.filename}:{p.line}: {p.amount} {p.currency} on {p.received_on} "
                f"from {p.payer_name or '?'} ({p.reference or 'no reference'})"
                + (f": {p.note}" if p.note else "")
                + (f"; look at {', '.join(p.suggestions)}" if p.suggestions else "")
            )
        return lines

    def as_dict(self) -> dict[str, Any]:
        def outcome(p: PaymentOutcome) -> dict[str, Any]:
            return {
                "line": p.line,
                "key": p.key,
                "amount": str(p.amount),
                "currency": p.currency,
                "received_on": p.received_on.isoformat(),
                "payer_name": p.payer_name,
                "reference": p.reference,
                "allocations": [
                    {"invoice": a.invoice_number, "amount": str(a.amount), "by": a.matched_by}
                    for a in p.allocations
                ],
                "written_off": [
                    {"invoice": w.invoice_number, "amount": str(w.amount)} for w in p.write_offs
                ],
                "unallocated": str(p.unallocated),
                "note": p.note,
                "suggestions": list(p.suggestions),
            }

        return {
            "file": self.filename,
            "creditor": self.creditor,
            "format": self.format,
            "dry_run": self.dry_run,
            "batch": self.batch,
            "imported": [outcome(p) for p in self.imported],
            "returns": [
                {
                    "line": r.line,
                    "amount": str(r.amount),
                    "currency": r.currency,
                    "returned_on": r.returned_on.isoformat(),
                    "reason": r.reason,
                    "payment": r.payment_key,
                    "reopened": list(r.reopened),
                    "note": r.note,
                }
                for r in self.returns
            ],
            "duplicates": [{"line": d.line, "key": d.key} for d in self.duplicates],
            "errors": [
                {"file": e.file, "line": e.line, "column": e.column, "reason": e.reason}
                for e in self.errors
            ],
            "skipped": [{"line": s.line, "reason": s.reason, "kind": s.kind} for s in self.skipped],
        }
