"""Column types the models share: money as Decimal, instants as aware UTC datetimes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import peewee

from ledger.bounds import MAX_AMOUNT, stored_amount
from ledger.money import Totals, parse_totals, totals_text


class MoneyField(peewee.DecimalField):
    """An amount in the invoice's currency, exact to the cent, within ±10^12.

    The bound is what keeps it exact everywhere: NUMERIC(14, 2) on PostgreSQL, and on SQLite
    (which keeps a DECIMAL column's values as 8-byte floats) at most 15 significant digits,
    which a float gives back digit for digit. A value outside it is refused with
    AmountOutOfBounds before it reaches the database, never rounded or stored as a float.
    """

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_digits", len(str(MAX_AMOUNT)) + 1)
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("auto_round", True)
        super().__init__(**kwargs)

    def db_value(self, value: Any) -> Any:
        if value is None or isinstance(value, peewee.Node):
            return super().db_value(value)
        return super().db_value(stored_amount(_decimal(value)))

    def python_value(self, value: Any) -> Decimal | None:
        # SQLite hands back floats or strings; always rebuild an exact two-place Decimal.
        if value is None:
            return None
        return Decimal(str(value)).quantize(Decimal("0.01"))


class TotalsField(peewee.TextField):
    """Amounts per currency ("100.00 EUR; 20.50 USD"), for rows that may cover several."""

    def db_value(self, value: Totals | None) -> str:
        return totals_text(value or {})

    def python_value(self, value: str | None) -> Totals:
        return parse_totals(value)


def _decimal(value: Any) -> Any:
    """What forms and code hand a money column (Decimal, int, float, text) as a Decimal."""
    if isinstance(value, Decimal | int):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    try:
        return Decimal(str(value).strip())
    except ArithmeticError:
        return value


class UTCDateTimeField(peewee.DateTimeField):
    """Stored as naive UTC, always returned timezone-aware; refuses naive input."""

    field_type = "DATETIME"

    def db_value(self, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            if value.tzinfo is None:
                raise ValueError("naive datetime given to a UTC field; use ledger.clock.now()")
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return super().db_value(value)

    def python_value(self, value: Any) -> dt.datetime | None:
        value = super().python_value(value)
        if isinstance(value, dt.datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value
