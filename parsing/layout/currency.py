"""Which dollar a "$" is: Canadian or American by the evidence on the page, or named as a doubt.

"$" alone says nothing about the country. A code printed anywhere ("CAD", "US$", "All amounts in
Canadian dollars") settles it; failing that, the country the page shows: Canadian sales taxes
(TPS/TVQ, GST/HST/QST/PST) and Canadian postcodes, or US states with their ZIP code and a sales
tax. When nothing settles it, or both countries show, the reader's guess is USD and the record
names the doubt, so that a person checks it before any reminder.
"""

from __future__ import annotations

import re

DOLLAR = "$"  # what a bare "$" reads as until the page says which dollar

_CODES = re.compile(
    r"(?<![A-Za-z])(?P<cad>CAD|CDN|C\$|CA\$|CDN\$)(?![A-Za-z])"
    r"|(?<![A-Za-z])(?P<usd>USD|US\$|U\.S\.\$)(?![A-Za-z])"
    r"|(?P<cad_words>(?i:canadian\s+dollars?|dollars?\s+canadiens?))"
    r"|(?P<usd_words>(?i:u\.?s\.?\s+dollars?|dollars?\s+(?:am[ée]ricains?|us)\b))"
)
_CANADA = re.compile(
    r"(?<![A-Za-z])(?:TPS|TVQ|HST|QST|PST|TVH|TVP)(?![A-Za-z])"
    r"|\b\d{9}\s?(?:RT|TQ)\s?\d{4}\b"  # a GST/QST registration number
    r"|\b(?:Qu[ée]bec|Ontario|Alberta|Manitoba|Saskatchewan|Nova\s+Scotia|New\s+Brunswick"
    r"|Nouveau-Brunswick|British\s+Columbia|Colombie-Britannique|Canada)\b"
    r"|\b(?:QC|ON|BC|AB|MB|SK|NS|NB|NL|PE)\s+[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d\b"
    r"|\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s\d[ABCEGHJ-NPRSTV-Z]\d\b"
)
_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH"
    "|NJ|NM|NY|NC|ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
_US = re.compile(
    rf"[A-Za-z],?\s+(?:{_STATES})\.?,?\s+\d{{5}}(?:-\d{{4}})?\b"
    r"|\b(?:U\.S\.A\.?|USA|United\s+States)\b|\bEIN\b"
)

AMBIGUOUS = "currency: '$' without a code or a country saying which dollar (USD taken)"
BOTH = "currency: '$' with evidence of both CAD and USD (USD taken)"


def which_dollar(text: str) -> tuple[str, str | None]:
    """CAD or USD for a page whose amounts carry a bare "$", and the doubt when the page does
    not settle it."""
    codes = {kind.removesuffix("_words") for m in _CODES.finditer(text) for kind, v in
             m.groupdict().items() if v}  # fmt: skip
    if len(codes) == 1:
        return codes.pop().upper(), None
    canada, us = bool(_CANADA.search(text)), bool(_US.search(text))
    if codes or (canada and us):
        return "USD", BOTH
    if canada:
        return "CAD", None
    if us:
        return "USD", None
    return "USD", AMBIGUOUS
