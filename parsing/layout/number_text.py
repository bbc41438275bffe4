"""An invoice number read from the text after its label: where it starts and where it ends
(groups, slashes, a suffix after a space), and what is not one (a date, a day, a word)."""

from __future__ import annotations

import re

from parsing.layout.dates import find_dates
from parsing.record import clean

_NUMBER_PREFIX = re.compile(
    r"^(?:(?:(?:n\.[°º˚]|n[°ºo˚])\s*\.?|n[uú]m[ée]ro|number|no\.?|nr\.?|nummer|#|id|ref\.?)"
    r"\s*[:.#]?\s*|[:#]\s*)+",
    re.I,
)
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9/_.\-]{0,39}")
_BARE_NO = re.compile(r"(?:n\.[°º˚]|n[°ºo˚]|n[uú]m[ée]ro|number|no\.)\s*:?", re.I)
_NOT_NUMBERS = re.compile(r"^(?:du|of|date|vom|from|le|client|page)$", re.I)


# A number printed in groups ("F 2026 0042", "2026 03998", "FA 1471 B", "FA 26 5969"): a
# letter prefix (perhaps with a two-digit year) or a group of digits, then groups of at least
# three digits, then perhaps one capital letter.
_SPACED = re.compile(r"(?:[A-Z]{1,4}(?: \d{2})?|\d{3,})(?: \d{3,})+(?![\w/.,-])(?: [A-Z](?!\S))?")
# A letter prefix, a space, then digits with dashes or slashes ("NH 26-118", "FA 2026/0042").
_PREFIXED = re.compile(r"[A-Z]{1,4} \d{1,4}[-/]\d{2,}(?:[-/]\d+)*(?![\w/.,-])")
# A document type and its series before a slash (Portugal: "FT A/280", "FR 2026/970").
_SERIES = re.compile(r"[A-Z]{2,4} [A-Z]{0,4}\d{0,4}/\d{1,8}(?![\w/.,-])")
# A year or a series, a slash between spaces, then the sequence ("2026 / 0042", "F 2026 / 117").
_SPACED_SLASH = re.compile(r"(?:[A-Z]{1,4} )?(?:(?:19|20)\d{2}|\d{3,}) / \d{3,}(?![\w/.,-])")
_MORE_DIGITS = re.compile(r" \d+(?![\d/.,-])")
# Groups of 3 or 5+ digits are not a day, a month or a year ("2026.07.023" is a number).
_NOT_A_DATE = re.compile(r"(?<!\d)(?:\d{3}|\d{5,})(?!\d)")
# A suffix after a space ("F-2026-0042 B", "2026-118 bis", "2026-886 R1") ending its cell or
# followed by the date ("… B du 03/11/2026") or a dash between fields.
_SUFFIX = re.compile(
    r" (?:bis|ter|quater|[A-Z]\d?)(?=\s*$|\s+(?:du|of|vom|from|dated?)\b|\s*[—–(,|]|\s+-\s|\s{2})"
)


def read_number(text: str) -> str | None:
    text = _NUMBER_PREFIX.sub("", text.strip())
    prefixed = _PREFIXED.match(text)
    if prefixed and not find_dates(prefixed.group(0)):
        return clean(prefixed.group(0), 60)
    series = _SERIES.match(text)
    if series and not find_dates(series.group(0)):
        return clean(series.group(0), 60)
    slashed = _SPACED_SLASH.match(text)
    if slashed and not find_dates(slashed.group(0)):
        return clean(slashed.group(0), 60)
    spaced = _SPACED.match(text)
    if spaced:
        # more digits after the groups ("123 4567 89"): where the number ends is unclear
        return None if _MORE_DIGITS.match(text, spaced.end()) else clean(spaced.group(0), 60)
    match = _TOKEN.match(text)
    if not match:
        return None
    token = match.group(0).rstrip(".-/")
    if not any(ch.isdigit() for ch in token) or _NOT_NUMBERS.match(token):
        return None
    if re.fullmatch(r"\d{1,2}", token) or (find_dates(token) and not _NOT_A_DATE.search(token)):
        return None
    suffix = _SUFFIX.match(text, match.end()) if token == match.group(0) else None
    return clean(token + suffix.group(0) if suffix else token, 60)


def is_bare(label: str) -> bool:
    """A label that says "number" without saying of what ("N°", "No.")."""
    return bool(_BARE_NO.fullmatch(label.strip()))
