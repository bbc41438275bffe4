"""A creditor's payments CSV mapping (rules.yaml `creditors.<slug>.payments_csv`), validated.

Stored verbatim as JSON in `Creditor.payments_csv`; empty means "detect everything".
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from ledger.errors import LedgerError

FIELDS = (
    "date",
    "amount",
    "invoice_number",
    "customer_ref",
    "payer_name",
    "method",
    "reference",
    "payment_id",
)
REQUIRED_FIELDS = ("date", "amount")
DELIMITERS = {"auto": None, ";": ";", ",": ",", "tab": "\t", "\t": "\t", "|": "|"}
DECIMALS = ("auto", ",", ".")
KEYS = ("columns", "date_format", "decimal", "delimiter", "encoding")


class PaymentMappingError(LedgerError):
    """A payments_csv mapping the importer cannot use, naming the creditor and the key."""

    def __init__(self, creditor: str, key: str, message: str) -> None:
        super().__init__(f"creditor {creditor!r}: payments_csv.{key}: {message}")
        self.creditor = creditor
        self.key = key
        self.message = message


@dataclass(frozen=True)
class PaymentsCsvMapping:
    # field -> header text (matched ignoring case, accents, punctuation) or 1-based position.
    columns: dict[str, str | int] = field(default_factory=dict)
    date_format: str | None = None
    decimal: str = "auto"
    delimiter: str | None = None
    encoding: str | None = None

    @property
    def is_positional(self) -> bool:
        return bool(self.columns) and all(isinstance(v, int) for v in self.columns.values())


def parse_payments_mapping(raw: str | dict[str, Any] | None, creditor: str) -> PaymentsCsvMapping:
    """The mapping from its JSON text (or already-loaded dict); raises PaymentMappingError."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return PaymentsCsvMapping()
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError as error:
            raise PaymentMappingError(creditor, "", f"not valid JSON: {error}") from None
    if not isinstance(raw, dict):
        raise PaymentMappingError(creditor, "", "expected a mapping of keys to values")
    unknown = sorted(set(raw) - set(KEYS))
    if unknown:
        raise PaymentMappingError(
            creditor, unknown[0], f"unknown key; expected one of {', '.join(KEYS)}"
        )
    return PaymentsCsvMapping(
        columns=_columns(raw.get("columns") or {}, creditor),
        date_format=_date_format(raw.get("date_format"), creditor),
        decimal=_choice(raw.get("decimal", "auto"), DECIMALS, "decimal", creditor),
        delimiter=DELIMITERS[
            _choice(raw.get("delimiter", "auto"), DELIMITERS, "delimiter", creditor)
        ],
        encoding=_encoding(raw.get("encoding", "auto"), creditor),
    )


def _columns(columns: Any, creditor: str) -> dict[str, str | int]:
    if not isinstance(columns, dict):
        raise PaymentMappingError(creditor, "columns", "expected a mapping of field to header")
    checked: dict[str, str | int] = {}
    for name, value in columns.items():
        key = f"columns.{name}"
        if name not in FIELDS:
            raise PaymentMappingError(
                creditor, key, f"unknown field; expected one of {', '.join(FIELDS)}"
            )
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise PaymentMappingError(creditor, key, "expected a header name or a column number")
        if isinstance(value, int) and value < 1:
            raise PaymentMappingError(creditor, key, "column numbers start at 1")
        if isinstance(value, str) and not value.strip():
            raise PaymentMappingError(creditor, key, "the header name is empty")
        checked[name] = value
    kinds = {type(v) for v in checked.values()}
    if len(kinds) > 1:
        raise PaymentMappingError(
            creditor, "columns", "use header names or column numbers, not both"
        )
    if kinds == {int}:
        missing = [f for f in REQUIRED_FIELDS if f not in checked]
        if missing:
            raise PaymentMappingError(
                creditor, f"columns.{missing[0]}", "required when columns are given by number"
            )
    return checked


def _date_format(value: Any, creditor: str) -> str | None:
    if value in (None, "", "auto"):
        return None
    if not isinstance(value, str) or "%" not in value:
        raise PaymentMappingError(creditor, "date_format", "expected a strftime format: %d/%m/%Y")
    sample = dt.date(2026, 11, 3)
    try:
        back = dt.datetime.strptime(sample.strftime(value), value).date()  # noqa: DTZ007
    except ValueError as error:
        raise PaymentMappingError(creditor, "date_format", str(error)) from None
    if back != sample:
        raise PaymentMappingError(creditor, "date_format", "needs a day, a month and a year")
    return value


def _choice(value: Any, allowed: Any, key: str, creditor: str) -> str:
    if value is None:
        return "auto"
    if not isinstance(value, str) or value not in allowed:
        shown = ", ".join(repr(a) for a in allowed)
        raise PaymentMappingError(creditor, key, f"{value!r} is not one of {shown}")
    return value


def _encoding(value: Any, creditor: str) -> str | None:
    if value in (None, "", "auto"):
        return None
    if not isinstance(value, str):
        raise PaymentMappingError(creditor, "encoding", "expected an encoding name: cp1252")
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise PaymentMappingError(creditor, "encoding", f"unknown encoding {value!r}") from None
