"""CSV files made for people, who open them in a spreadsheet: every export goes through here.

A cell starting with =, +, -, @ (or their full-width forms), a tab or a carriage return is a
formula to Excel or LibreOffice, and text read from invoices or mails is untrusted. Such a cell
is written with a leading apostrophe, which keeps it text (OWASP's advice); a plain number
("-12.50") is left as it is.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
_PLAIN_NUMBER = re.compile(r"[-+]?\d+([.,]\d+)?")


def spreadsheet_safe(value: object) -> str:
    """`value` as a cell no spreadsheet will run."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float | Decimal):
        return str(value)
    text = str(value)
    if text.lstrip(" ").startswith(_FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]], delimiter: str = ";") -> str:
    """A whole CSV file (header, then rows) with every cell made safe."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow([spreadsheet_safe(name) for name in header])
    for row in rows:
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    return out.getvalue()
