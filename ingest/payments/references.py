"""What a payment's texts name: invoice numbers as whole tokens, never inside a date or amount.

A bank reference mixes an invoice number with dates and amounts: "REGLEMENT FACTURE 1002 DU
15/11/2026 120,00 EUR". Joining its pieces would read invoices "1511", "112026" or "10021511"
into it and credit another debtor. So an invoice number is found only

- as one whole token ("1002", "F20260042": letters and digits between separators), or
- as its exact printed form with its own separators ("F2026-0042", "FA 2026/17"),

and every date and amount of the text is blanked before looking. Purely free text never
matches a number shorter than `MIN_FREE_TEXT` characters. An ISO 11649 creditor reference
("RF69F20260042", also printed in groups of four) names the invoice whose number's letters and
digits follow its check digits, which is how outgoing reminders build it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import iso11649

from ledger.normalise import upper_ascii as normalise

MIN_FREE_TEXT = 4
# Separators a printed invoice number may hold between its pieces.
SEPARATORS = frozenset("-/.:_ ")
_TOKEN = re.compile(r"[0-9A-Z]+")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_MONTH_WORDS = (
    r"(?:JANV?|JAN|FEVR?|FEB|MARS?|AVR|APR|MAI|MAY|JUIN|JUN|JUIL|JUL|AOUT?|AUG|SEPT?|OCT|NOV|DEC)"
    r"[A-Z]*\.?"
)
_AMOUNT_MARK = r"(?:EUR|EUROS?|€)"
# Dates and amounts, on the upper-cased text; each must stand between non-alphanumerics. Two
# patterns, searched apart, so an amount never hides a date it touches ("EUR 01/2020").
_DATES = re.compile(
    rf"""(?<![0-9A-Z])(?:
        {_DAY}[/.\-]{_MONTH}[/.\-](?:\d{{4}}|\d{{2}})       # 15/11/2026, 3.11.26
      | \d{{4}}[/.\-]{_MONTH}[/.\-]{_DAY}                   # 2026-11-15
      | {_DAY}\ {_MONTH}\ \d{{4}}                             # 15 11 2026
      | {_MONTH}[/.\-]\d{{4}}                               # 11/2026
      | {_DAY}[/.\-]{_MONTH}                                # 15/11
      | {_DAY}(?:ER)?\ {_MONTH_WORDS}\ ?\d{{4}}               # 15 NOV 2026, 1ER DECEMBRE 2026
    )(?![0-9A-Z])""",
    re.VERBOSE,
)
_AMOUNTS = re.compile(
    rf"""(?<![0-9A-Z])(?:
        \d{{1,3}}(?:[ .\u00a0\u202f']\d{{3}})+(?:[,.]\d{{1,2}})?  # 1 234,56
      | \d+[,.]\d{{1,2}}                                    # 120,00
      | \d+(?=\ ?{_AMOUNT_MARK}(?![0-9A-Z]))                 # 120 EUR, 120€
    )(?![0-9A-Z])
    | (?:(?<=EUR)|(?<=EUROS)|(?<=€))\ ?\d+(?:[,.]\d{{1,2}})?(?![0-9A-Z])  # EUR 120
    """,
    re.VERBOSE,
)
_RF_START = re.compile(r"(?<![0-9A-Z])RF\d\d")


def number_forms(number: str) -> tuple[str, str, int]:
    """An invoice number's key ('F20260042'), its printed form, spacing and case aside
    ('F2026-0042'), and how many pieces its separators cut it into."""
    upper = normalise(number)
    words = _TOKEN.findall(upper)
    return "".join(words), " ".join(upper.split()), len(words)


def blank_dates_and_amounts(text: str) -> str:
    """`text` (normalised) with every date and amount replaced by spaces, same length."""
    if not any(ch.isdigit() for ch in text):
        return text
    spans = [m.span() for pattern in (_DATES, _AMOUNTS) for m in pattern.finditer(text)]
    if not spans:
        return text
    blanked = list(text)
    for start, end in spans:
        blanked[start:end] = " " * (end - start)
    return "".join(blanked)


def candidates(text: str, widest: int) -> Iterator[str]:
    """Whole tokens, then printed forms of up to `widest` pieces joined by one separator each,
    of a text already normalised and blanked."""
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    for i, (start, end) in enumerate(spans):
        yield text[start:end]
        last = end
        for next_start, next_end in spans[i + 1 : i + widest]:
            if next_start - last != 1 or text[last] not in SEPARATORS:
                break
            yield text[start:next_end]
            last = next_end


def loose_keys(text: str, widest: int) -> Iterator[str]:
    """Adjacent tokens joined whatever separates them: only ever a suggestion for a person."""
    words = _TOKEN.findall(text)
    for i in range(len(words)):
        for size in range(2, min(widest, len(words) - i) + 1):
            yield "".join(words[i : i + size])


def rf_bodies(text: str) -> list[str]:
    """The invoice keys named by valid ISO 11649 references in a normalised text."""
    found = []
    for match in _RF_START.finditer(text):
        groups = text[match.start() :].split(" ")
        reference = ""
        best = ""
        for index, group in enumerate(groups[:7]):
            token = _TOKEN.fullmatch(group)
            if token is None or (index and len(group) > 4):
                break
            reference += group
            if len(reference) > 25:
                break
            if iso11649.is_valid(reference):
                best = reference
        if best:
            found.append(best[4:])
    return found
