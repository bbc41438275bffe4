"""Money as printed on invoices: "1 234,56 €", "1.234,56 EUR", "€1,234.56", "-12,00", "(12.00)"."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from parsing.layout.currency import DOLLAR
from parsing.layout.dates import MONTH_NAME

# A bare "$" stays DOLLAR until the page says which dollar (parsing.layout.currency).
_SYMBOLS = {
    "€": "EUR",
    "$": DOLLAR,
    "US$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "CDN$": "CAD",
    "£": "GBP",
    "CHF": "CHF",
    "Fr.": "CHF",
    "SFr.": "CHF",
    "EUR": "EUR",
    "USD": "USD",
    "GBP": "GBP",
    "CAD": "CAD",
}
_CURRENCY = r"(?:€|£|US\$|CA?\$|CDN\$|\$|S?Fr\.|(?<![A-Za-z])(?:EUR|USD|GBP|CHF|CAD)(?![A-Za-z]))"
_CURRENCY_SIGN = re.compile(_CURRENCY)
_NUMBER = r"\d{1,3}(?:[ .,'\u00a0\u202f\u2009]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
# Not inside a longer number or word; a dot before it only as the last of dot leaders
# ("Total TTC ....1 234,56 €").
AMOUNT = re.compile(
    rf"(?<![\w,/-])(?<![^.]\.)(?<!^\.)(?P<sign>[-−–]\s?)?(?P<open>\()?(?P<pre>{_CURRENCY})?\s?"
    rf"(?P<sign2>[-−])?(?P<num>{_NUMBER})(?![\w/%]|[.,-]\d|\s%)"
    rf"\s?(?P<post>{_CURRENCY})?(?P<close>\))?(?P<trail>-)?",
)


def parse_amount(text: str) -> tuple[Decimal, str | None] | None:
    """The first amount in `text` with its currency (when printed), or None."""
    found = find_amounts(text)
    return found[0] if found else None


# The day and the year of a date spelled out ("Paiement reçu le 15 mai 2026") are no amounts.
_DAY_OF = re.compile(rf"\s+{MONTH_NAME}\s+\d{{4}}\b", re.IGNORECASE)
_YEAR_OF = re.compile(rf"\b{MONTH_NAME}\s+$", re.IGNORECASE)


def _in_date(text: str, match: re.Match[str]) -> bool:
    num = match.group("num")
    if match.group("pre") or match.group("post") or not num.isdigit():
        return False
    if len(num) <= 2 and _DAY_OF.match(text, match.end("num")):
        return True
    return len(num) == 4 and bool(_YEAR_OF.search(text, max(0, match.start() - 14), match.start()))


def find_amounts(text: str) -> list[tuple[Decimal, str | None]]:
    results = []
    for match in AMOUNT.finditer(text):
        if _in_date(text, match):
            continue
        number = to_decimal(match.group("num"))
        if number is None:
            continue
        negative = bool(match.group("sign") or match.group("sign2") or match.group("trail"))
        negative = negative or bool(match.group("open") and match.group("close"))
        symbol = match.group("pre") or match.group("post")
        results.append((-number if negative else number, _SYMBOLS.get(symbol or "")))
    return results


def to_decimal(raw: str) -> Decimal | None:
    digits = re.sub(r"[ '\u00a0\u202f\u2009]", "", raw)
    last = max(digits.rfind(","), digits.rfind("."))
    if last >= 0 and len(digits) - last - 1 in (1, 2):
        whole, fraction = digits[:last], digits[last + 1 :]
    elif last >= 0 and len(digits) - last - 1 == 3:
        whole, fraction = digits, ""
    else:
        whole, fraction = digits, ""
    whole = whole.replace(",", "").replace(".", "")
    try:
        return Decimal(f"{whole}.{fraction}" if fraction else whole).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None


# A currency said in words ("Montants exprimés en euros", "All amounts in pounds sterling").
_IN_WORDS = re.compile(
    r"\b(?:en|in)\s+(?P<name>euros?|livres?\s+sterling|pounds?\s+sterling|francs?\s+suisses?"
    r"|swiss\s+francs?|(?:us\s+)?dollars?\s+(?:am[ée]ricains?|us))\b",
    re.IGNORECASE,
)
_NAMED = {"e": "EUR", "l": "GBP", "p": "GBP", "f": "CHF", "s": "CHF", "u": "USD", "d": "USD"}


def currency_of(text: str) -> str | None:
    match = _CURRENCY_SIGN.search(text)
    if match:
        return _SYMBOLS[match.group(0)]
    named = _IN_WORDS.search(text)
    return _NAMED[named["name"][0].lower()] if named else None
