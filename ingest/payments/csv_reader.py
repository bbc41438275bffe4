"""A payments CSV (business-software export or bank CSV) → payment lines, errors, skipped lines.

Encoding: the mapping's, else UTF-8 (with or without BOM), else cp1252. Delimiter: the
mapping's, else whichever of ; , tab | the header line holds most. The header row is the first
of the first 20 lines naming a date and an amount column (title lines above it are fine).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
from collections import Counter
from collections.abc import Sequence

from ingest.payments.report import (
    ReadLine,
    ReadResult,
    RowError,
    SkippedRow,
    UnreadablePaymentFile,
    UnusableMapping,
)
from ingest.payments.values import (
    CellError,
    clean_text,
    guess_decimal,
    header_key,
    parse_amount,
    parse_date,
)
from ledger.payment_mapping import FIELDS, PaymentsCsvMapping
from ledger.payments import ZERO, PaymentFacts

HEADER_SEARCH = 20
_ALIASES = {
    "date": (
        "date", "date reglement", "date paiement", "date encaissement", "date operation",
        "date valeur", "date comptable", "date piece", "payment date", "value date",
        "booking date", "date remise", "date virement",
    ),
    "amount": (
        "montant", "montant regle", "montant reglement", "montant paye", "montant encaisse",
        "montant ttc", "reglement", "encaissement", "credit", "somme", "amount", "paid",
        "amount paid", "payment amount", "montant eur",
    ),
    "invoice_number": (
        "n facture", "no facture", "num facture", "numero facture", "facture", "factures",
        "ref facture", "reference facture", "facture reglee", "factures reglees", "piece",
        "n piece", "invoice", "invoice number", "invoice no", "invoices",
    ),
    "customer_ref": (
        "code client", "ref client", "reference client", "n client", "no client",
        "numero client", "compte client", "id client", "customer ref", "customer code",
        "customer id", "customer number", "account",
    ),
    "payer_name": (
        "client", "nom client", "nom", "payeur", "tireur", "emetteur", "raison sociale",
        "debiteur", "donneur ordre", "customer", "customer name", "payer", "name",
    ),
    "method": (
        "mode", "mode reglement", "mode paiement", "moyen paiement", "type reglement",
        "type paiement", "type", "payment method", "method",
    ),
    "reference": (
        "reference", "ref", "libelle", "commentaire", "motif", "description", "memo",
        "reference paiement", "reference reglement", "communication", "label", "remittance",
    ),
    "payment_id": (
        "n reglement", "no reglement", "numero reglement", "id reglement", "transaction id",
        "payment id",
    ),
}  # fmt: skip
ALIASES = {f: frozenset(header_key(a) for a in names) for f, names in _ALIASES.items()}
_TOTAL_WORDS = ("total", "sous total", "totaux", "solde", "cumul")


def decode(data: bytes, filename: str, encoding: str | None) -> str:
    if encoding:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            raise UnreadablePaymentFile(
                filename, f"not valid {encoding} text: byte {data[error.start]:#x}", line
            ) from None
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_csv(data: bytes, filename: str, mapping: PaymentsCsvMapping) -> ReadResult:
    text = decode(data, filename, mapping.encoding)
    if "\x00" in text:
        raise UnreadablePaymentFile(filename, "binary content, not a CSV text export")
    delimiter = mapping.delimiter or _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    end = 0
    try:
        for row in reader:
            rows.append((end + 1, row))
            end = reader.line_num
    except csv.Error as error:
        raise UnreadablePaymentFile(filename, f"CSV syntax: {error}", end + 1) from None
    header_at, columns = _find_header(rows, mapping, filename)
    header = rows[header_at][1] if header_at is not None else []
    body = rows[header_at + 1 :] if header_at is not None else rows
    decimal = mapping.decimal
    if decimal == "auto":
        amount_at = columns["amount"]
        decimal = guess_decimal([r[amount_at] for _, r in body if len(r) > amount_at])
    result = ReadResult("csv")
    reader_ = _RowReader(filename, header, columns, mapping.date_format, decimal, result)
    parsed = [reader_.read(line, row) for line, row in body if any(c.strip() for c in row)]
    seen: Counter[tuple[str, ...]] = Counter()
    for item in parsed:
        if item is None:
            continue
        line, identity, facts = item
        # The nth identical line of a file is the nth payment (see docs/payments.md).
        occurrence = seen[identity]
        seen[identity] += 1
        digest = hashlib.sha256("\x1f".join((*identity, str(occurrence))).encode()).hexdigest()
        result.lines.append(ReadLine(line, PaymentFacts(key="csv:" + digest[:40], **facts)))  # type: ignore[arg-type]
    return result


def _sniff_delimiter(text: str) -> str:
    for line in text.splitlines()[:HEADER_SEARCH]:
        counts = {d: line.count(d) for d in (";", ",", "\t", "|")}
        best = max(counts, key=lambda d: counts[d])
        if counts[best] >= 1 and any(header_key(c) in ALIASES["amount"] for c in line.split(best)):
            return best
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (";", ",", "\t", "|")}
    return max(counts, key=lambda d: counts[d])


def _find_header(
    rows: list[tuple[int, list[str]]], mapping: PaymentsCsvMapping, filename: str
) -> tuple[int | None, dict[str, int]]:
    if mapping.is_positional:
        columns = {f: int(v) - 1 for f, v in mapping.columns.items()}
        first = next((i for i, (_, r) in enumerate(rows) if any(c.strip() for c in r)), None)
        if first is not None:
            try:
                parse_date(_cell(rows[first][1], columns["date"]), mapping.date_format)
            except CellError:
                return first, columns
        return None, columns
    for i, (_, row) in enumerate(rows[:HEADER_SEARCH]):
        columns = _resolve(row, mapping)
        if "date" in columns and "amount" in columns:
            return i, columns
    seen = {header_key(cell) for _, row in rows[:HEADER_SEARCH] for cell in row}
    for name, wanted in mapping.columns.items():
        if header_key(str(wanted)) not in seen:
            raise UnusableMapping(
                filename,
                f"no header row holds the column {wanted!r} (payments_csv.columns.{name})",
            )
    raise UnreadablePaymentFile(
        filename,
        "no header row naming a date and an amount column in the first "
        f"{HEADER_SEARCH} lines (declare payments_csv.columns for this creditor)",
    )


def _resolve(row: Sequence[str], mapping: PaymentsCsvMapping) -> dict[str, int]:
    keys = [header_key(cell) for cell in row]
    columns: dict[str, int] = {}
    for name, wanted in mapping.columns.items():
        if header_key(str(wanted)) in keys:
            columns[name] = keys.index(header_key(str(wanted)))
        else:
            return {}
    for name in FIELDS:
        if name in columns:
            continue
        for i, key in enumerate(keys):
            if key in ALIASES[name] and i not in columns.values():
                columns[name] = i
                break
    return columns


def _cell(row: Sequence[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    return row[index].strip()


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


class _RowReader:
    """One file's rows → (line, identity, facts), errors and skipped lines on `result`."""

    def __init__(
        self,
        filename: str,
        header: list[str],
        columns: dict[str, int],
        date_format: str | None,
        decimal: str,
        result: ReadResult,
    ) -> None:
        self.filename, self.header, self.columns = filename, header, columns
        self.date_format, self.decimal, self.result = date_format, decimal, result
        self.needed = max(columns.values()) + 1
        self.texts = [
            (name, columns[_COLUMN_OF.get(name, name)], limit)
            for name, limit in TEXT_FIELDS
            if _COLUMN_OF.get(name, name) in columns
        ]

    def column_name(self, name: str) -> str:
        index = self.columns[name]
        return self.header[index] if index < len(self.header) else f"column {index + 1}"

    def error(self, line: int, column: str, reason: str) -> None:
        self.result.errors.append(RowError(self.filename, line, column, reason))

    def read(
        self, line: int, row: list[str]
    ) -> tuple[int, tuple[str, ...], dict[str, object]] | None:
        date_text = _cell(row, self.columns["date"])
        dateless = not date_text or (
            not date_text[0].isdigit() and header_key(date_text).startswith(_TOTAL_WORDS)
        )
        if dateless and any(header_key(c).startswith(_TOTAL_WORDS) for c in row if c.strip()):
            self.result.skipped.append(
                SkippedRow(line, f"total line: {clean_text(';'.join(row), 120)}")
            )
            return None
        if len(row) < self.needed:
            return self.error(line, "", f"{len(row)} field(s), the header has {self.needed}")
        width = len(self.header)
        if width and len(row) > width and any(c.strip() for c in row[width:]):
            reason = f"{len(row)} fields, the header has {width} (an unquoted delimiter?)"
            return self.error(line, "", reason)
        try:
            received_on = parse_date(date_text, self.date_format)
        except CellError as error:
            return self.error(line, self.column_name("date"), str(error))
        try:
            amount = parse_amount(row[self.columns["amount"]], self.decimal)
        except CellError as error:
            return self.error(line, self.column_name("amount"), str(error))
        if amount <= ZERO:
            return self.error(
                line, self.column_name("amount"), f"{amount} is not a payment received"
            )
        texts = {name: clean_text(row[index], limit) for name, index, limit in self.texts}
        payment_id = texts.pop("payment_id", "")
        facts: dict[str, object] = {"amount": amount, "received_on": received_on, **texts}
        facts["customer_ref"] = texts.get("customer_ref") or None
        if payment_id:
            # One settlement may be exported as one line per invoice it pays.
            return line, ("id", payment_id, texts.get("invoice_numbers", ""), str(amount)), facts
        identity = (received_on.isoformat(), str(amount), *texts.values())
        return line, identity, facts
