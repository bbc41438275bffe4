"""Money carries its currency: amounts are added per currency, never across currencies.

`Totals` maps an ISO 4217 code to an amount; it is what a reminder, a contact flag, a
dashboard figure or a debtor's balance holds when it may cover several currencies. The text
form ("100.00 EUR; 20.50 USD") is what the ledger stores and what a log line shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import NamedTuple

CENT = Decimal("0.01")
ZERO = Decimal("0")
DEFAULT_CURRENCY = "EUR"

Totals = dict[str, Decimal]


class Money(NamedTuple):
    amount: Decimal
    currency: str = DEFAULT_CURRENCY


def totals(amounts: Iterable[tuple[Decimal, str]]) -> Totals:
    """(amount, currency) pairs added per currency, in currency order; zero totals are kept."""
    found: dict[str, Decimal] = {}
    for amount, currency in amounts:
        code = currency.upper() if currency else DEFAULT_CURRENCY
        found[code] = found.get(code, ZERO) + (
            amount if type(amount) is Decimal else Decimal(amount)
        )
    return {code: found[code].quantize(CENT) for code in sorted(found)}


def merge(*many: Totals) -> Totals:
    return totals((amount, code) for one in many for code, amount in one.items())


def largest(found: Totals) -> Decimal:
    """The largest single-currency amount: a ranking key, never a sum across currencies."""
    return max(found.values(), default=Decimal("0")).quantize(CENT)


def totals_text(found: Totals) -> str:
    return "; ".join(f"{amount.quantize(CENT)} {code}" for code, amount in found.items())


def parse_totals(text: str | None) -> Totals:
    """The stored text form back into totals; an empty text is no money at all."""
    pairs = []
    for part in (text or "").split(";"):
        if part.strip():
            amount, _, code = part.strip().partition(" ")
            pairs.append((Decimal(amount), code))
    return totals(pairs)
