"""British and Irish localities: a postcode (an Eircode) after the town, or on its own line
under the town and a county ("READING / Berkshire / RG1 8DN", "Oranmore / Co. Galway / H91
E2K3"); the town is the line above the postcode or above its county."""

from __future__ import annotations

import re

from parsing.contact import country_code

_I = re.IGNORECASE
_NUMBERED = re.compile(r"\d")  # a house number first: a street, never a town
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
_UK = re.compile(
    rf"^(?:(?P<city>[A-Za-z][A-Za-z .'’-]{{1,40}}?)[,\s]+)?(?P<pc>{_UK_POSTCODE})"
    r"(?:\s*,?\s*(?P<country>[A-Za-z .]{2,30}))?$"
)
# An Irish Eircode: a routing key (a letter, two digits; Dublin 6W's "D6W") and four
# characters, on its own line under the town (and a county: "Co. Galway"), or after the town.
_EIRCODE = re.compile(
    r"^(?:(?P<city>[A-Za-z][A-Za-z .'’-]{1,40}?\d{0,2})[,\s]+)?"
    r"(?P<pc>(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4})"
    r"(?:\s*,?\s*(?P<country>[A-Za-z .]{2,30}))?$"
)
# British counties printed between the town and a postcode on its own line: not the town.
_COUNTIES = frozenset(
    county.casefold()
    for county in re.split(
        r"\s*,\s*",
        "Avon, Bedfordshire, Berkshire, Buckinghamshire, Cambridgeshire, Cheshire, Cleveland, "
        "Cornwall, Cumbria, Derbyshire, Devon, Dorset, East Sussex, Essex, "
        "Gloucestershire, Greater London, Greater Manchester, Hampshire, Herefordshire, "
        "Hertfordshire, Isle of Wight, Kent, Lancashire, Leicestershire, Lincolnshire, "
        "Merseyside, Middlesex, Norfolk, North Yorkshire, Northamptonshire, Northumberland, "
        "Nottinghamshire, Oxfordshire, Rutland, Shropshire, Somerset, South Yorkshire, "
        "Staffordshire, Suffolk, Surrey, Tyne and Wear, Warwickshire, West Midlands, West Sussex, "
        "West Yorkshire, East Yorkshire, East Riding of Yorkshire, Wiltshire, Worcestershire, "
        "Aberdeenshire, Angus, Argyll, Ayrshire, Fife, Lanarkshire, Midlothian, East Lothian, "
        "West Lothian, Perthshire, Renfrewshire, Stirlingshire, Highland, Dumfriesshire, "
        "Anglesey, Cardiganshire, Carmarthenshire, Ceredigion, Clwyd, Dyfed, Glamorgan, "
        "South Glamorgan, Mid Glamorgan, West Glamorgan, Gwent, Gwynedd, Monmouthshire, "
        "Pembrokeshire, Powys",
    )
)
_COUNTY_SHAPE = re.compile(r"^(?:county|co\.)\s+[A-Z][a-z]+$|^[A-Z][a-z]+shire$", _I)


def british_or_irish(text: str) -> re.Match[str] | None:
    """A British postcode or an Eircode line, with the town before it or not."""
    return _UK.match(text) or _eircode(text)


def _eircode(text: str) -> re.Match[str] | None:
    """An Eircode line; after a word on the same line, only with a letter in its last four
    characters (a reference "Lot C12 3456" has the shape too)."""
    match = _EIRCODE.match(text)
    if match and match.group("city") and not re.search(r"[A-Z]", match.group("pc")[-4:]):
        return None
    return match


def postcode_apart(
    match: re.Match[str], between: list[str], after: str
) -> tuple[list[str], str, str, str, None] | None:
    """A British postcode or an Irish Eircode, after the town or on its own line under the town
    (and a county: "West Yorkshire", "Co. Galway"); the country unless one is printed."""
    city = match.group("city")
    street = between
    if city and _county(city):  # "Berkshire RG1 8DN": the town is on the line above
        city, street = (between[-1], between[:-1]) if between else (None, between)
    elif not city:  # the town (and a county) stand on their own lines above the postcode
        town = len(between) - (2 if len(between) >= 2 and _county(between[-1]) else 1)
        if town < 0:
            return None
        if _NUMBERED.match(between[town]):  # a county's name that is a town's too
            town = len(between) - 1
        city, street = between[town], between[:town]
        head, _, tail = city.rpartition(",")
        if head and _county(tail):  # "Reading, Berkshire" over the postcode
            city = head
    if not city or _NUMBERED.match(city):
        return None
    irish = match.re is _EIRCODE
    country = country_code(match.group("country")) or country_code(after)
    country = country or ("IE" if irish else "GB")
    compact = match.group("pc").replace(" ", "")
    postcode = f"{compact[:3]} {compact[3:]}" if irish else uk_postcode(compact)
    return street, postcode, city.strip(" ,"), country, None


def _county(text: str) -> bool:
    text = text.strip(" ,")
    return text.casefold() in _COUNTIES or bool(_COUNTY_SHAPE.match(text))


def uk_postcode(text: str) -> str:
    compact = text.replace(" ", "")
    return f"{compact[:-3]} {compact[-3:]}"
