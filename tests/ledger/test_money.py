"""Amounts per currency: added within one, never across (issue 11)."""

from __future__ import annotations

from decimal import Decimal

from ledger.money import largest, merge, parse_totals, totals, totals_text


def test_amounts_add_up_per_currency_in_currency_order() -> None:
    found = totals([(Decimal("10"), "usd"), (Decimal("5.5"), "EUR"), (Decimal("2"), "USD")])
    assert found == {"EUR": Decimal("5.50"), "USD": Decimal("12.00")}
    assert totals_text(found) == "5.50 EUR; 12.00 USD"
    assert parse_totals("5.50 EUR; 12.00 USD") == found
    assert parse_totals("") == {}


def test_largest_ranks_without_adding_across_currencies() -> None:
    assert largest({"EUR": Decimal("5"), "GBP": Decimal("7")}) == Decimal("7.00")
    assert merge({"EUR": Decimal("5")}, {"EUR": Decimal("1"), "GBP": Decimal("2")}) == {
        "EUR": Decimal("6.00"),
        "GBP": Decimal("2.00"),
    }
