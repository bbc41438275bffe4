"""A payments CSV (business-software export, bank or neobank CSV) → payments, returns, the rest.

Encoding: the format's, else UTF-8 (with or without BOM), else cp1252. Delimiter: the
format's, else whichever of ; , tab | the header line holds most (see `csv_formats`). A line
is a payment when its amount is positive and, if the file has a status column, its status
counts as settled; a declined or pending line is no payment (it may settle in a later export).
A negative amount, or an amount in a debit column, is a debit: the importer checks whether it
returns one of our payments (same reference and amount, or same settlement id) and otherwise
counts it `ignored (debit)`. A line whose status says reversed takes back the payment it was.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal

from ingest.payments.csv_formats import Layout, cell, choose_layout
from ingest.payments.report import (
    DEBIT,
    NOT_SETTLED,
    TOTAL,
    ReadLine,
    ReadResult,
    ReadReturn,
    RowError,
    SkippedRow,
)
from ingest.payments.values import CellError, clean_text, guess_decimal, header_key, parse_date
from ingest.payments.values import parse_amount as parse_cell_amount
from ledger.payment_mapping import PaymentsCsvFormat, status_key
from ledger.payment_returns import ReturnFacts
from ledger.payments import ZERO, PaymentFacts

_TOTAL_WORDS = ("total", "sous total", "totaux", "solde", "cumul")
_CURRENCY = re.compile(r"[A-Z]{3}")
# The text fields of a payment, with the room the ledger gives each.
TEXT_FIELDS = (
    ("reference", 300),
    ("invoice_numbers", 300),
    ("payer_name", 200),
    ("customer_ref", 64),
    ("method", 32),
    ("payment_id", 200),
)
_COLUMN_OF = {"invoice_numbers": "invoice_number"}


def read_csv(
    data: bytes,
    filename: str,
    formats: Sequence[PaymentsCsvFormat] = (),
    format_name: str | None = None,
) -> ReadResult:
    layout = choose_layout(data, filename, formats, format_name)
    header = layout.rows[layout.header_at][1] if layout.header_at is not None else []
    body = layout.rows[layout.header_at + 1 :] if layout.header_at is not None else layout.rows
    decimal = layout.format.decimal
    if decimal == "auto":
        amount_at = layout.columns["amount"]
        decimal = guess_decimal([r[amount_at] for _, r in body if len(r) > amount_at])
    name = f"csv:{layout.format.name}" if layout.format.name else "csv"
    result = ReadResult(name)
    reader = _RowReader(filename, header, layout, decimal, result)
    seen: Counter[tuple[str, ...]] = Counter()
    for line, row in body:
        if not any(c.strip() for c in row):
            continue
        item = reader.read(line, row)
        if item is None:
            continue
        kind, identity, facts = item
        # The nth identical line of a file is the nth payment (see docs/payments.md).
        occurrence = seen[(kind, *identity)]
        seen[(kind, *identity)] += 1
        if kind == "payment":
            key = _key("csv:", identity, occurrence)
            result.lines.append(ReadLine(line, PaymentFacts(key=key, **facts)))  # type: ignore[arg-type]
        else:
            result.returns.append(ReadReturn(line, _return(kind, identity, occurrence, facts)))
    return result


def _key(prefix: str, identity: tuple[str, ...], occurrence: int) -> str:
    digest = hashlib.sha256("\x1f".join((*identity, str(occurrence))).encode()).hexdigest()
    return prefix + digest[:40]


def _return(
    kind: str, identity: tuple[str, ...], occurrence: int, facts: dict[str, object]
) -> ReturnFacts:
    """A debit line or a reversed line, as a possible return of one of our payments."""
    amount = facts["amount"]
    return ReturnFacts(
        key=_key(f"csv-{kind}:", identity, occurrence),
        amount=amount,  # type: ignore[arg-type]
        returned_on=facts["received_on"],  # type: ignore[arg-type]
        currency=str(facts["currency"]),
        reason=f"reversed in the export ({facts['status']})" if kind == "reversed" else "",
        reference=str(facts.get("reference", "")),
        payer_name=str(facts.get("payer_name", "")),
        # A reversed line repeats the payment line it was: the same identity, first occurrence.
        original_key=_key("csv:", identity, 0) if kind == "reversed" else str(facts["same_id"]),
        announced=False,
    )


class _RowReader:
    """One file's rows → (kind, identity, facts), errors and skipped lines on `result`."""

    def __init__(
        self, filename: str, header: list[str], layout: Layout, decimal: str, result: ReadResult
    ) -> None:
        self.filename, self.header, self.columns = filename, header, layout.columns
        self.format, self.decimal, self.result = layout.format, decimal, result
        self.needed = max(self.columns.values()) + 1
        self.texts = [
            (name, self.columns[_COLUMN_OF.get(name, name)], limit)
            for name, limit in TEXT_FIELDS
            if _COLUMN_OF.get(name, name) in self.columns
        ]

    def column_name(self, name: str) -> str:
        index = self.columns[name]
        return self.header[index] if index < len(self.header) else f"column {index + 1}"

    def error(self, line: int, column: str, reason: str) -> None:
        self.result.errors.append(RowError(self.filename, line, column, reason))

    def skip(self, line: int, kind: str, reason: str) -> None:
        self.result.skipped.append(SkippedRow(line, reason, kind))

    def read(
        self, line: int, row: list[str]
    ) -> tuple[str, tuple[str, ...], dict[str, object]] | None:
        date_text = cell(row, self.columns["date"])
        dateless = not date_text or (
            not date_text[0].isdigit() and header_key(date_text).startswith(_TOTAL_WORDS)
        )
        if dateless and any(header_key(c).startswith(_TOTAL_WORDS) for c in row if c.strip()):
            return self.skip(line, TOTAL, f"total line: {clean_text(';'.join(row), 120)}")
        if len(row) < self.needed:
            return self.error(line, "", f"{len(row)} field(s), the header has {self.needed}")
        width = len(self.header)
        if width and len(row) > width and any(c.strip() for c in row[width:]):
            reason = f"{len(row)} fields, the header has {width} (an unquoted delimiter?)"
            return self.error(line, "", reason)
        status = cell(row, self.columns.get("status"))
        kind = "payment"
        if "status" in self.columns:
            if status_key(status) in self.format.reversed:
                kind = "reversed"
            elif status_key(status) not in self.format.settled:
                shown = clean_text(status, 40) or "empty"
                return self.skip(line, NOT_SETTLED, f"status {shown}: not a settled payment")
        try:
            received_on = parse_date(date_text, self.format.date_format)
        except CellError as error:
            return self.error(line, self.column_name("date"), str(error))
        amount = self.amount(line, row)
        if amount is None:
            return None
        currency = cell(row, self.columns.get("currency")).upper() or "EUR"
        if not _CURRENCY.fullmatch(currency):
            return self.error(line, self.column_name("currency"), f"{currency!r} is no currency")
        if amount == ZERO:
            return self.skip(line, DEBIT, "zero amount: not a payment")
        texts = {name: clean_text(row[index], limit) for name, index, limit in self.texts}
        payment_id = texts.pop("payment_id", "")
        facts: dict[str, object] = {
            "amount": abs(amount),
            "received_on": received_on,
            "currency": currency,
            **texts,
        }
        facts["customer_ref"] = texts.get("customer_ref") or None
        facts["payer_iban"] = clean_text(cell(row, self.columns.get("payer_iban")), 34)
        invoices = texts.get("invoice_numbers", "")
        if payment_id:
            # One settlement may be exported as one line per invoice it pays.
            identity: tuple[str, ...] = ("id", payment_id, invoices, str(abs(amount)))
        else:
            identity = (received_on.isoformat(), str(abs(amount)), *texts.values())
        if kind == "reversed" or amount < ZERO:
            facts["status"] = clean_text(status, 40)
            facts["same_id"] = _key("csv:", identity, 0) if payment_id else ""
            return ("reversed" if kind == "reversed" else "debit"), identity, facts
        return kind, identity, facts

    def amount(self, line: int, row: list[str]) -> Decimal | None:
        """Credit minus debit; None when a cell is not an amount (the error is recorded)."""
        total = ZERO
        for name, sign in (("amount", 1), ("debit", -1)):
            text = cell(row, self.columns.get(name))
            if name == "debit" and not text:
                continue
            if name == "amount" and not text and cell(row, self.columns.get("debit")):
                continue
            try:
                value = parse_cell_amount(text, self.decimal)
            except CellError as error:
                return self.error(line, self.column_name(name), str(error))
            total += abs(value) * sign if name == "debit" else value
        return total
