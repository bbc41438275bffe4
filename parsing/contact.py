"""Normalising contact details read from untrusted text: phone to E.164, email, country."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from parsing.record import clean

EMAIL = re.compile(
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
    match = EMAIL.search(text or "")
    return normalise_email(match.group(0)) if match else None


def normalise_email(value: str | None) -> str | None:
    text = clean(value, 254)
    if not text:
        return None
    text = text.removeprefix("mailto:").strip().strip(".,;:<>()[]")
    match = EMAIL.fullmatch(text)
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


@dataclass(frozen=True)
class PhoneMatch:
    """A phone number found in a line of text, where it stands and what kind it is."""

    start: int
    end: int
    e164: str
    mobile: bool | None  # None when the number does not tell (North America, unknown ranges)


_KINDS = {
    phonenumbers.PhoneNumberType.MOBILE: True,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE: None,
    phonenumbers.PhoneNumberType.UNKNOWN: None,
}


# A run of text written as one phone number: digits with spaces, dots, dashes, brackets, and a
# slash only between digits ("0475/12.34.56"); " / " between two numbers parts them.
_NUMBER_RUN = re.compile(r"[+(]?\d(?:[\d .()-]|(?<=\d)/(?=\d))*\d\)?")


def phone_matches(text: str, region: str | None = "FR") -> list[PhoneMatch]:
    """Each phone number written in `text` (read in `region` unless it has its own country
    code), in order: "Tél. : 01 23 45 67 89 / 06 12 34 56 78" gives two."""
    # "+33 (0)6 12…": the trunk prefix in brackets, blanked so that offsets stay the same.
    plain = re.sub(r"\(0\)", "   ", text[:300])
    found = []
    for run in _NUMBER_RUN.finditer(plain):
        if sum(ch.isdigit() for ch in run.group(0)) < 6:
            continue
        number = _possible(run.group(0), region)
        if number is not None:
            found.append(_match(run.start(), run.end(), number))
            continue
        # Not one number: libphonenumber's matcher finds those it holds ("01 23 45 67 89 - 06…").
        for match in phonenumbers.PhoneNumberMatcher(
            run.group(0), region or "FR", leniency=phonenumbers.Leniency.POSSIBLE, max_tries=20
        ):
            found.append(_match(run.start() + match.start, run.start() + match.end, match.number))
    return found


def _possible(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(text, region or "FR")
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_possible_number(number) else None


def _match(start: int, end: int, number: phonenumbers.PhoneNumber) -> PhoneMatch:
    kind = _KINDS.get(phonenumbers.number_type(number), False)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return PhoneMatch(start, end, e164, kind)


def country_code(value: str | None) -> str | None:
    """A country name or code → ISO-3166 alpha-2, or None when unknown."""
    text = clean(value, 60)
    if not text:
        return None
    if re.fullmatch(r"[A-Za-z]{2}", text):
        return _ALIASES.get(text.upper(), text.upper())
    return _COUNTRIES.get(text.lower().strip(" ."))
