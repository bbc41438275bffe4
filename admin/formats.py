"""Dates, instants, amounts, phones and sizes as a staff member reads them, in the page's
language: `23/11/2026`, `23/11/2026 14:05` (Europe/Paris), `1 250,00 €`, `06 12 34 56 78`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import phonenumbers
from flask_babel import format_currency, format_date, format_datetime, format_decimal
from flask_babel import gettext as _


def day(value: dt.date | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, dt.datetime):
        return moment(value)
    return format_date(value, "dd/MM/yyyy")


def moment(value: dt.datetime | None) -> str:
    """An aware instant in the admin's time zone (BABEL_DEFAULT_TIMEZONE, Europe/Paris)."""
    if value is None:
        return "—"
    return format_datetime(value, "dd/MM/yyyy HH:mm")


def euros(value: Decimal | int | None, currency: str | None = "EUR") -> str:
    """An amount in its currency (euros unless told): `1 250,00 €`, `80,50 $US`."""
    return format_currency(value or 0, currency or "EUR")


def amounts(found: dict[str, Decimal] | None) -> str:
    """Amounts per currency side by side, never added: `100,00 € · 50,00 £GB`."""
    if not found:
        return euros(0)
    return " · ".join(euros(amount, currency) for currency, amount in found.items())


def phone(value: str | None) -> str:
    """A stored E.164 number grouped for dialling: French numbers as 06 12 34 56 78."""
    if not value:
        return "—"
    try:
        number = phonenumbers.parse(value, "FR")
    except phonenumbers.NumberParseException:
        return value
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 33
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


def seconds(value: float) -> str:
    return format_decimal(value, "#,##0.0")


def file_size(size: int | None) -> str:
    size = size or 0
    if size < 1024:
        return _("%(size)s B", size=size)
    if size < 1024 * 1024:
        return _("%(size)s KB", size=format_decimal(size / 1024, "#,##0.#"))
    return _("%(size)s MB", size=format_decimal(size / 1024 / 1024, "#,##0.#"))
