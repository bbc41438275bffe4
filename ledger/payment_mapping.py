"""A creditor's payments CSV formats (rules.yaml `creditors.<slug>.payments_csv`), validated.

`payments_csv` is a list of named formats, one per kind of export the creditor imports (its
bank's, its invoicing software's). Each names its columns, date and decimal formats, encoding,
and optionally a status column with the values that count as settled. A single mapping (the
older shape) is one format named "default". Stored as JSON in `Creditor.payments_csv`; empty
means "detect everything". `parse_payments_formats` is the one validator: rules loading calls
it too, so a mistake is refused with the rules, naming the format and the key.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ledger.errors import LedgerError
from ledger.normalise import strip_accents

FIELDS = (
    "date",
    "amount",
    "debit",
    "invoice_number",
    "customer_ref",
    "payer_name",
    "method",
    "reference",
    "payment_id",
    "status",
    "currency",
    "payer_iban",
)
REQUIRED_FIELDS = ("date", "amount")
DELIMITERS = {"auto": None, ";": ";", ",": ",", "tab": "\t", "\t": "\t", "|": "|"}
DECIMALS = ("auto", ",", ".")
KEYS = (
    "name",
    "columns",
    "date_format",
    "decimal",
    "delimiter",
    "encoding",
    "settled",
    "reversed",
)
# Status values of the usual bank and neobank exports; a format may name its own.
SETTLED = (
    "settled", "completed", "booked", "executed", "done", "paid", "success", "succeeded",
    "execute", "effectue", "comptabilise", "regle", "valide", "termine", "passee",
)  # fmt: skip
REVERSED = (
    "reversed", "reverted", "returned", "refunded", "retourne", "rembourse", "annule",
)  # fmt: skip
DEFAULT_WRITE_OFF_BELOW = Decimal("1.00")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")
_STATUS_NOISE = re.compile(r"[^0-9a-z]+")


class PaymentMappingError(LedgerError):
    """A payments_csv format the importer cannot use, naming the creditor and the key."""

    def __init__(self, creditor: str, key: str, message: str) -> None:
        super().__init__(f"creditor {creditor!r}: payments_csv.{key}: {message}")
        self.creditor = creditor
        self.key = key
        self.message = message


def status_key(value: str) -> str:
    """'Exécuté', ' EXECUTE ' and 'exécuté.' are the same status."""
    return " ".join(_STATUS_NOISE.sub(" ", strip_accents(value).casefold()).split())


@dataclass(frozen=True)
class PaymentsCsvFormat:
    name: str = "default"
    # field -> header text (matched ignoring case, accents, punctuation) or 1-based position.
    columns: dict[str, str | int] = field(default_factory=dict)
    date_format: str | None = None
    decimal: str = "auto"
    delimiter: str | None = None
    encoding: str | None = None
    settled: frozenset[str] = frozenset(status_key(s) for s in SETTLED)
    reversed: frozenset[str] = frozenset(status_key(s) for s in REVERSED)

    @property
    def is_positional(self) -> bool:
        return bool(self.columns) and all(isinstance(v, int) for v in self.columns.values())


@dataclass(frozen=True)
class PaymentRules:
    """What one creditor decided about its payments: its CSV formats and its tolerance."""

    formats: tuple[PaymentsCsvFormat, ...] = ()
    write_off_below: Decimal = DEFAULT_WRITE_OFF_BELOW


def parse_payments_formats(
    raw: str | list | dict | None, creditor: str
) -> tuple[PaymentsCsvFormat, ...]:
    """The formats from their JSON text (or already-loaded YAML); raises PaymentMappingError."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return ()
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError as error:
            raise PaymentMappingError(creditor, "", f"not valid JSON: {error}") from None
    if isinstance(raw, dict):
        return (_format(raw, creditor, "", "default"),)
    if not isinstance(raw, list):
        raise PaymentMappingError(creditor, "", "expected a list of named formats")
    formats = []
    for index, item in enumerate(raw):
        if not isinstance(item, dict):
            raise PaymentMappingError(creditor, f"{index}", "expected a format: name, columns…")
        name = item.get("name")
        if not isinstance(name, str) or not _NAME.match(name):
            raise PaymentMappingError(
                creditor, f"{index}.name", "each format needs a name: letters, digits, - _ ."
            )
        if any(f.name == name for f in formats):
            raise PaymentMappingError(creditor, f"{index}.name", f"two formats named {name!r}")
        formats.append(_format(item, creditor, f"{index}.", name))
    return tuple(formats)


def _format(raw: dict[str, Any], creditor: str, at: str, name: str) -> PaymentsCsvFormat:
    unknown = sorted(set(raw) - set(KEYS))
    if unknown:
        raise PaymentMappingError(
            creditor, f"{at}{unknown[0]}", f"unknown key; expected one of {', '.join(KEYS)}"
        )
    columns = _columns(raw.get("columns") or {}, creditor, at)
    settled = _statuses(raw.get("settled"), SETTLED, creditor, f"{at}settled")
    if "settled" in raw and "status" not in columns:
        raise PaymentMappingError(creditor, f"{at}settled", "name the status column too")
    return PaymentsCsvFormat(
        name=name,
        columns=columns,
        date_format=_date_format(raw.get("date_format"), creditor, at),
        decimal=_choice(raw.get("decimal", "auto"), DECIMALS, f"{at}decimal", creditor),
        delimiter=DELIMITERS[
            _choice(raw.get("delimiter", "auto"), DELIMITERS, f"{at}delimiter", creditor)
        ],
        encoding=_encoding(raw.get("encoding", "auto"), creditor, at),
        settled=settled,
        reversed=_statuses(raw.get("reversed"), REVERSED, creditor, f"{at}reversed"),
    )


def _columns(columns: Any, creditor: str, at: str) -> dict[str, str | int]:
    if not isinstance(columns, dict):
        raise PaymentMappingError(creditor, f"{at}columns", "expected a mapping of field to header")
    checked: dict[str, str | int] = {}
    for name, value in columns.items():
        key = f"{at}columns.{name}"
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
            creditor, f"{at}columns", "use header names or column numbers, not both"
        )
    if kinds == {int}:
        missing = [f for f in REQUIRED_FIELDS if f not in checked]
        if missing:
            raise PaymentMappingError(
                creditor, f"{at}columns.{missing[0]}", "required when columns are given by number"
            )
    return checked


def _statuses(value: Any, default: tuple[str, ...], creditor: str, key: str) -> frozenset[str]:
    if value is None:
        return frozenset(status_key(s) for s in default)
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
        raise PaymentMappingError(creditor, key, "expected a list of status values: [settled]")
    return frozenset(status_key(v) for v in values)


def _date_format(value: Any, creditor: str, at: str) -> str | None:
    key = f"{at}date_format"
    if value in (None, "", "auto"):
        return None
    if not isinstance(value, str) or "%" not in value:
        raise PaymentMappingError(creditor, key, "expected a strftime format: %d/%m/%Y")
    sample = dt.date(2026, 11, 3)
    try:
        back = dt.datetime.strptime(sample.strftime(value), value).date()  # noqa: DTZ007
    except ValueError as error:
        raise PaymentMappingError(creditor, key, str(error)) from None
    if back != sample:
        raise PaymentMappingError(creditor, key, "needs a day, a month and a year")
    return value


def _choice(value: Any, allowed: Any, key: str, creditor: str) -> str:
    if value is None:
        return "auto"
    if not isinstance(value, str) or value not in allowed:
        shown = ", ".join(repr(a) for a in allowed)
        raise PaymentMappingError(creditor, key, f"{value!r} is not one of {shown}")
    return value


def _encoding(value: Any, creditor: str, at: str) -> str | None:
    if value in (None, "", "auto"):
        return None
    if not isinstance(value, str):
        raise PaymentMappingError(creditor, f"{at}encoding", "expected an encoding name: cp1252")
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise PaymentMappingError(
            creditor, f"{at}encoding", f"unknown encoding {value!r}"
        ) from None
