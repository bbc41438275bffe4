"""Normalising contact details read from untrusted text: phone to E.164, email, country."""

from __future__ import annotations

import re

import phonenumbers

from parsing.record import clean

_EMAIL = re.compile(
    r"[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}"
)
_COUNTRIES = {
    "france": "FR",
    "belgique": "BE",
    "belgium": "BE",
    "suisse": "CH",
    "switzerland": "CH",
    "luxembourg": "LU",
    "allemagne": "DE",
    "germany": "DE",
    "deutschland": "DE",
    "espagne": "ES",
    "spain": "ES",
    "italie": "IT",
    "italy": "IT",
    "royaume-uni": "GB",
    "united kingdom": "GB",
    "uk": "GB",
    "pays-bas": "NL",
    "netherlands": "NL",
    "österreich": "AT",
    "austria": "AT",
    "monaco": "MC",
    "guadeloupe": "GP",
    "martinique": "MQ",
    "la réunion": "RE",
    "réunion": "RE",
    "guyane": "GF",
    "mayotte": "YT",
    "usa": "US",
    "u.s.a.": "US",
    "u.s.a": "US",
    "u.s.": "US",
    "united states": "US",
    "united states of america": "US",
    "états-unis": "US",
    "etats-unis": "US",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "u.k.": "GB",
    "angleterre": "GB",
    "belgië": "BE",
    "belgien": "BE",
    "schweiz": "CH",
    "svizzera": "CH",
    "nederland": "NL",
    "luxemburg": "LU",
    "portugal": "PT",
    "ireland": "IE",
    "irlande": "IE",
    "canada": "CA",
    "kanada": "CA",
    "autriche": "AT",
    "frankreich": "FR",
    "italia": "IT",
    "españa": "ES",
    "grossbritannien": "GB",
    "großbritannien": "GB",
    "principauté de monaco": "MC",
    "grand-duché de luxembourg": "LU",
}
# Two letters that are not the ISO code of the country they name.
_ALIASES = {"UK": "GB", "EL": "GR"}


def find_email(text: str) -> str | None:
    match = _EMAIL.search(text or "")
    return normalise_email(match.group(0)) if match else None


def normalise_email(value: str | None) -> str | None:
    text = clean(value, 254)
    if not text:
        return None
    text = text.removeprefix("mailto:").strip().strip(".,;:<>()[]")
    match = _EMAIL.fullmatch(text)
    if not match:
        return None
    local, domain = match.group(0).rsplit("@", 1)
    return f"{local}@{domain.lower()}"


def normalise_phone(value: str | None, region: str | None = "FR") -> str | None:
    """Any written phone number → E.164, or None when it is not a valid number."""
    text = clean(value, 60)
    if not text or sum(ch.isdigit() for ch in text) < 6:
        return None
    text = re.sub(r"\(0\)", "", text)
    try:
        number = phonenumbers.parse(text, region or "FR")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def country_code(value: str | None) -> str | None:
    """A country name or code → ISO-3166 alpha-2, or None when unknown."""
    text = clean(value, 60)
    if not text:
        return None
    if re.fullmatch(r"[A-Za-z]{2}", text):
        return _ALIASES.get(text.upper(), text.upper())
    return _COUNTRIES.get(text.lower().strip(" ."))
