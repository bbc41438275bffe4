"""Lists as CSV files for a spreadsheet: UTF-8 with a byte-order mark and `;` between cells
(what Excel expects in France), decimal commas, every cell made formula-safe by
ledger.export. Rows are streamed from the query in chunks: 100,000 invoices never sit in
memory at once."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ledger.export import spreadsheet_safe

BOM = "\ufeff"
CHUNK = 2_000


@dataclass(frozen=True)
class CsvColumn:
    label: Any  # a lazy string, read in the page's language
    value: Callable[[Any], object]


def cell(value: object) -> str:
    """A value as a French spreadsheet reads it: 1234,50 and 2026-11-26."""
    if isinstance(value, Decimal):
        return spreadsheet_safe(format(value, "f").replace(".", ","))
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, bool):
        return "1" if value else "0"
    return spreadsheet_safe(value)


def amount_cell(found: dict[str, Decimal]) -> Decimal | str:
    """Amounts per currency in one cell, never added: the number itself when there is one
    currency (its code in a column beside it), `120,00 EUR; 30,00 USD` when there are more."""
    if len(found) <= 1:
        return next(iter(found.values()), Decimal("0.00"))
    return "; ".join(f"{cell(amount)} {currency}" for currency, amount in found.items())


def csv_chunks(columns: Sequence[CsvColumn], rows: Iterable[Any]) -> Iterator[str]:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([spreadsheet_safe(str(column.label)) for column in columns])
    yield BOM + out.getvalue()
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= CHUNK:
            yield _lines(columns, batch)
            batch = []
    if batch:
        yield _lines(columns, batch)


def _lines(columns: Sequence[CsvColumn], batch: list[Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for row in batch:
        writer.writerow([cell(column.value(row)) for column in columns])
    return out.getvalue()
