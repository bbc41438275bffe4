"""Value patterns for a learned template: general enough for the next invoices of a layout
(any identifier of the same shape, any date in the same spelling, any amount in the same
notation), strict enough not to read a neighbouring value. Pure."""

from __future__ import annotations

import re


def shape(value: str) -> str:
    """A pattern for identifiers of the same shape ("F 2026 0042": letters, digits, spaces)."""
    out = []
    for part in re.findall(r"[A-Za-z]+|\d+|\s+|.", value):
        out.append(r"\d+" if part.isdigit() else " " if part.isspace() else re.escape(part))
    return "".join(out)


def tight_shape(value: str) -> str:
    """A stricter pattern for identifiers of the same shape: the separators as printed, letters
    where it has letters ("INV-" or "CN-"), each run of digits about as long ("0042" → 3 to 6
    digits), for a regex that finds the value on the lines under its label whatever the other
    columns hold."""
    out = []
    for part in re.findall(r"[A-Za-z]+|\d+|\s+|.", value):
        if part.isdigit():
            out.append(rf"\d{{{max(1, len(part) - 1)},{len(part) + 2}}}")
        elif part.isalpha():
            # "INV-" on invoices, "CN-" on credit notes: letters, about as many.
            out.append(rf"[A-Za-z]{{1,{len(part) + 2}}}")
        else:
            out.append(r"\s+" if part.isspace() else re.escape(part))
    return "".join(out)


def numeric_pattern(match: re.Match[str], order: str) -> tuple[str, str]:
    """`03/12/2026` → (`\\d{1,2}/\\d{1,2}/\\d{4}`, `%d/%m/%Y`)."""
    first, sep, _middle, last = match.groups()
    escaped = re.escape(sep)
    if len(first) == 4:
        return rf"\d{{4}}{escaped}\d{{1,2}}{escaped}\d{{1,2}}", f"%Y{sep}%m{sep}%d"
    year = "%Y" if len(last) == 4 else "%y"
    day_month = f"%m{sep}%d" if order == "mdy" else f"%d{sep}%m"
    pattern = rf"\d{{1,2}}{escaped}\d{{1,2}}{escaped}\d{{{len(last)}}}"
    return pattern, f"{day_month}{sep}{year}"


# An amount ends where its digits do: an issuer printing `3,309.16` on its dollar invoices
# and `3 309,16` on its euro ones gives no `3,30` to a pattern of the other notation.
_AMOUNT_END = r"(?![\d])(?![.,]\d)"


def amount_pattern(raw: str) -> tuple[str, str]:
    """The notation of a printed amount: decimal comma ("1 234,56", "1.234,56") or point."""
    if re.search(r",\d{1,2}$", raw):
        return ",", rf"-?\d{{1,3}}(?:[ .\u00a0\u202f']?\d{{3}})*,\d{{2}}{_AMOUNT_END}"
    if re.search(r"\.\d{1,2}$", raw):
        return ".", rf"-?\d{{1,3}}(?:[ ,\u00a0\u202f']?\d{{3}})*\.\d{{2}}{_AMOUNT_END}"
    return "", rf"-?\d{{1,3}}(?:[ .,\u00a0\u202f']?\d{{3}})*{_AMOUNT_END}"
