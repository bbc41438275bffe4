"""Is a debtor's email, mobile phone or postal address usable for a channel?"""

from __future__ import annotations

import functools
import re

import phonenumbers

from ledger.models import ContactKind, Debtor, EmailProblem
from ledger.normalise import email_key

_EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]{2,}$")
_MOBILE_TYPES = {
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
}


def is_valid_email(value: str | None) -> bool:
    return bool(value) and len(value) <= 254 and bool(_EMAIL.match(value.strip()))


@functools.lru_cache(maxsize=65_536)
def _parse_phone(value: str, country: str) -> phonenumbers.PhoneNumber | None:
    """The parsed number when valid; cached since a pass checks each debtor's phone per step."""
    try:
        number = phonenumbers.parse(value, country)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def normalise_phone(value: str | None, country: str = "FR") -> str | None:
    """The number in E.164 form, or None when it is not a valid phone number."""
    number = _parse_phone(value, country or "FR") if value else None
    if number is None:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def is_mobile(value: str | None, country: str = "FR") -> bool:
    number = _parse_phone(value, country or "FR") if value else None
    return number is not None and phonenumbers.number_type(number) in _MOBILE_TYPES


def missing_contact(debtor: Debtor, kind: str) -> str | None:
    """Why `debtor` cannot be reached by `kind`, in words for staff; None when it can."""
    if kind == ContactKind.EMAIL:
        if not debtor.email:
            return "no email address"
        if not is_valid_email(debtor.email):
            return f"invalid email address {debtor.email!r}"
        if debtor.email_unusable and debtor.email_unusable == email_key(debtor.email):
            if debtor.email_problem == EmailProblem.WRONG_CONTACT:
                return f"email address {debtor.email!r} reaches the wrong person"
            return f"email address {debtor.email!r} bounces"
        return None
    if kind == ContactKind.PHONE:
        if not debtor.phone:
            return "no mobile phone number"
        if not is_mobile(debtor.phone, debtor.country):
            return f"{debtor.phone!r} is not a valid mobile number"
        return None
    if kind == ContactKind.POSTAL_ADDRESS:
        absent = [f for f in ("street", "postcode", "city") if not getattr(debtor, f)]
        return f"incomplete postal address (missing {', '.join(absent)})" if absent else None
    raise ValueError(f"unknown contact kind {kind!r}")
