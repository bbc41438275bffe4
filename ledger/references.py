"""The structured creditor reference (ISO 11649, "RF…") a debtor quotes when paying an invoice.

Built from the invoice number alone, so anyone holding the number rebuilds it: "RF" + two
check digits + the number's letters and digits, accents dropped, uppercased. The payments
importer reads it back the same way. A number with more than 21 letters and digits has no RF
reference (ISO 11649 allows 25 characters in all); it is then quoted as it is.
"""

from __future__ import annotations

import re
import unicodedata

from stdnum import iso11649
from stdnum.iso7064 import mod_97_10

MAX_BODY = 21
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


def reference_body(number: str) -> str:
    """The invoice number's letters and digits, accents dropped, uppercased."""
    ascii_text = unicodedata.normalize("NFKD", number).encode("ascii", "ignore").decode()
    return _NOT_ALNUM.sub("", ascii_text.upper())


def rf_reference(number: str) -> str | None:
    """'RF18F20260042' for 'F2026-0042'; None when the number cannot make one."""
    body = reference_body(number)
    if not body or len(body) > MAX_BODY:
        return None
    reference = "RF" + mod_97_10.calc_check_digits(body + "RF") + body
    return iso11649.validate(reference)


def rf_body(text: str) -> str | None:
    """The invoice-number part of a valid RF reference in `text` (spaces allowed); else None."""
    compact = iso11649.compact(text)
    if not iso11649.is_valid(compact):
        return None
    return compact[4:]


def printed(reference: str) -> str:
    """The reference in groups of four, as banks print it: 'RF18 F202 6004 2'."""
    return iso11649.format(reference) if reference.startswith("RF") else reference
