"""Which of a creditor's CSV formats a file is in, and where its header and columns are.

With `--format NAME` that format is used. Otherwise the first declared format whose columns
all appear in a header row (among the first 20 lines: banks put title, account and balance
lines above it) wins; a format by column numbers fits a file whose first line reads as a
payment. A file no declared format fits is read by recognising common French and English
headers; when that fails too, the error says what each declared format missed.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.payments.report import UnreadablePaymentFile, UnusableMapping
from ingest.payments.values import CellError, header_key, parse_date
from ledger.payment_mapping import FIELDS, PaymentsCsvFormat

HEADER_SEARCH = 20
_ALIASES = {
    "date": (
        "date", "date reglement", "date paiement", "date encaissement", "date operation",
        "date valeur", "date comptable", "date piece", "payment date", "value date",
        "booking date", "date remise", "date virement", "settlement date utc",
        "settlement date", "date completed utc", "date transaction", "dateop",
    ),
    "amount": (
        "montant", "montant regle", "montant reglement", "montant paye", "montant encaisse",
        "montant ttc", "reglement", "encaissement", "credit", "somme", "amount", "paid",
        "amount paid", "payment amount", "montant eur", "credit euros", "credit eur",
        "montant operation", "montant euro", "total amount incl vat", "montant operation euro",
    ),
    "debit": ("debit", "debit euros", "debit eur", "montant debit"),
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
        "counterparty name", "contrepartie", "nom contrepartie",
    ),
    "method": (
        "mode", "mode reglement", "mode paiement", "moyen paiement", "type reglement",
        "type paiement", "type", "payment method", "method", "type operation",
    ),
    "reference": (
        "detail ecriture", "libelle operation", "reference", "ref", "libelle", "commentaire",
        "motif", "description", "memo", "reference paiement", "reference reglement",
        "communication", "label", "remittance", "libelle court",
    ),
    "payment_id": (
        "n reglement", "no reglement", "numero reglement", "id reglement", "transaction id",
        "payment id", "id transaction",
    ),
    "status": ("status", "statut", "state", "etat", "statut operation"),
    "currency": ("devise", "currency", "ccy", "monnaie"),
    "payer_iban": ("iban", "iban emetteur", "counterparty iban", "iban contrepartie"),
}  # fmt: skip
# Per field, the header spellings best first: a bank's detailed label beats its short one.
ALIASES = {f: tuple(dict.fromkeys(header_key(a) for a in names)) for f, names in _ALIASES.items()}
AUTO = PaymentsCsvFormat(name="")


@dataclass(frozen=True)
class Layout:
    """A format applied to a file: its rows, where the header is, which column holds what."""

    format: PaymentsCsvFormat
    rows: list[tuple[int, list[str]]]
    header_at: int | None
    columns: dict[str, int]


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


def choose_layout(
    data: bytes, filename: str, formats: Sequence[PaymentsCsvFormat], format_name: str | None
) -> Layout:
    if format_name:
        chosen = [f for f in formats if f.name == format_name]
        if not chosen:
            known = ", ".join(f.name for f in formats) or "none declared"
            raise UnusableMapping(
                filename, f"no payments_csv format named {format_name!r} (formats: {known})"
            )
        layout, missing = _try(data, filename, chosen[0])
        if layout is None:
            raise UnusableMapping(filename, f"format {format_name!r}: {missing}")
        return layout
    misses = []
    for candidate in formats:
        layout, missing = _try(data, filename, candidate)
        if layout is not None:
            return layout
        misses.append(f"format {candidate.name!r}: {missing}")
    layout, _ = _try(data, filename, AUTO)
    if layout is not None:
        return layout
    if misses:
        raise UnusableMapping(filename, "; ".join(misses))
    raise UnreadablePaymentFile(
        filename,
        f"no header row naming a date and an amount column in the first {HEADER_SEARCH} lines "
        "(declare a format in rules.yaml: creditors.<slug>.payments_csv)",
    )


def _rows(text: str, filename: str, delimiter: str) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    end = 0
    try:
        for row in reader:
            rows.append((end + 1, row))
            end = reader.line_num
    except csv.Error as error:
        raise UnreadablePaymentFile(filename, f"CSV syntax: {error}", end + 1) from None
    return rows


def _try(data: bytes, filename: str, layout_format: PaymentsCsvFormat) -> tuple[Layout | None, str]:
    """The file read with one format, or None and what the file lacks for it."""
    text = decode(data, filename, layout_format.encoding)
    if "\x00" in text:
        raise UnreadablePaymentFile(filename, "binary content, not a CSV text export")
    delimiter = layout_format.delimiter or _sniff_delimiter(text)
    rows = _rows(text, filename, delimiter)
    if layout_format.is_positional:
        columns = {f: int(v) - 1 for f, v in layout_format.columns.items()}
        first = next((i for i, (_, r) in enumerate(rows) if any(c.strip() for c in r)), None)
        if first is None:
            return None, "the file has no line"
        try:
            parse_date(cell(rows[first][1], columns["date"]), layout_format.date_format)
        except CellError:
            return None, f"line {rows[first][0]} is not a payment line by column number"
        return Layout(layout_format, rows, None, columns), ""
    for i, (_, row) in enumerate(rows[:HEADER_SEARCH]):
        columns = _resolve(row, layout_format)
        if "date" in columns and "amount" in columns:
            return Layout(layout_format, rows, i, columns), ""
    seen = {header_key(c) for _, row in rows[:HEADER_SEARCH] for c in row}
    for name, wanted in layout_format.columns.items():
        if header_key(str(wanted)) not in seen:
            return None, f"no header row holds the column {wanted!r} (columns.{name})"
    return None, "no header row names a date and an amount column"


def _sniff_delimiter(text: str) -> str:
    for line in text.splitlines()[:HEADER_SEARCH]:
        counts = {d: line.count(d) for d in (";", ",", "\t", "|")}
        best = max(counts, key=lambda d: counts[d])
        if counts[best] >= 1 and any(header_key(c) in ALIASES["amount"] for c in line.split(best)):
            return best
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (";", ",", "\t", "|")}
    return max(counts, key=lambda d: counts[d])


def _resolve(row: Sequence[str], layout_format: PaymentsCsvFormat) -> dict[str, int]:
    keys = [header_key(c) for c in row]
    columns: dict[str, int] = {}
    for name, wanted in layout_format.columns.items():
        if header_key(str(wanted)) not in keys:
            return {}
        columns[name] = keys.index(header_key(str(wanted)))
    for name in FIELDS:
        if name in columns:
            continue
        for alias in ALIASES[name]:
            found = [i for i, key in enumerate(keys) if key == alias and i not in columns.values()]
            if found:
                columns[name] = found[0]
                break
    return columns


def cell(row: Sequence[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    return row[index].strip()
