from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ingest.payments.values import CellError, header_key, parse_amount, parse_date


@pytest.mark.parametrize(
    ("text", "decimal", "amount"),
    [
        ("1 234,56", ",", "1234.56"),
        ("1\u202f234,56 €", ",", "1234.56"),
        ("1.234,56", ",", "1234.56"),
        ("12.50", ",", "12.50"),
        ("1,234.56", ".", "1234.56"),
        ("EUR 89.9", ".", "89.90"),
        ("-12,00", ",", "-12.00"),
        ("12,00-", ",", "-12.00"),
        ("(12.00)", ".", "-12.00"),
        ("1250", ",", "1250.00"),
    ],
)
def test_amounts_are_read_as_french_and_english_exports_write_them(
    text: str, decimal: str, amount: str
) -> None:
    assert parse_amount(text, decimal) == Decimal(amount)


@pytest.mark.parametrize("text", ["", "douze", "1,234,5", "12,345"])
def test_what_is_not_an_amount_says_so(text: str) -> None:
    with pytest.raises(CellError):
        parse_amount(text, ",")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("03/11/2026", dt.date(2026, 11, 3)),
        ("3.11.26", dt.date(2026, 11, 3)),
        ("03-11-2026 14:32", dt.date(2026, 11, 3)),
        ("2026-11-03", dt.date(2026, 11, 3)),
        ("3 nov. 2026", dt.date(2026, 11, 3)),
        ("1er décembre 2026", dt.date(2026, 12, 1)),
        ("15 février 2026", dt.date(2026, 2, 15)),
        ("7 juillet 2026", dt.date(2026, 7, 7)),
    ],
)
def test_dates_are_read_day_first_in_numeric_and_french_forms(text: str, date: dt.date) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize("text", ["31/11/2026", "hier", "2026-13-01", ""])
def test_what_is_not_a_date_says_so(text: str) -> None:
    with pytest.raises(CellError):
        parse_date(text)


@pytest.mark.parametrize(
    ("a", "b"), [("N° de facture", "n facture"), ("Date de règlement", "DATE REGLEMENT")]
)
def test_header_spellings_compare_equal(a: str, b: str) -> None:
    assert header_key(a) == header_key(b)
