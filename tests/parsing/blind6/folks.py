"""Invented people, streets, phones and registration numbers for this set.

Every person, company, street, phone and account here is made up; town names with their
postcodes are public postal facts. Phones are drawn until libphonenumber holds them valid;
IBANs, SIRET and VAT numbers carry correct check digits (python-stdnum) but belong to no one.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import TypeVar

import phonenumbers
from stdnum import iban, luhn
from stdnum.be import vat as be_vat
from stdnum.ch import uid as ch_uid
from stdnum.gb import vat as gb_vat

T = TypeVar("T")

PRENOMS_F = ("Odile", "Marylène", "Ghislaine", "Laurence", "Apolline", "Fanny", "Noémie")
PRENOMS_F += ("Sidonie", "Rolande", "Pascaline", "Agathe", "Jocelyne", "Héloïse")
PRENOMS_M = ("Fernand", "Gilles", "Amaury", "Bastien", "Hervé", "Jean-Baptiste", "Loïc")
PRENOMS_M += ("Octave", "Raoul", "Sylvain", "Timothée", "Ulysse", "Valentin", "Achille")
NOMS = ("Pastoureau", "Lemercier", "Brochard", "Castagné", "Desfontaines", "Escoffier")
NOMS += ("Fauvel", "Grimaldi", "Hennequin", "Isnard", "Jolivet", "Lafargue", "Mazurier")
NOMS += ("Nivelle", "Peyrot", "Rigaudeau", "Santoni", "Tournemire", "Villeneuve", "Bonaldi")
NOMS_CORSES = ("Casanova", "Paoli", "Pietri", "Filippi", "Luciani", "Mattei", "Leca")
NOMS_ANTILLES = ("Jean-Louis", "Célestine", "Belfort", "Lubin", "Calixte", "Siméon", "Marianne")

VOIES = (
    "rue des Cordiers",
    "avenue des Platanes",
    "chemin du Moulin à Vent",
    "rue Pierre et Marie Curie",
    "impasse du Lavoir",
    "boulevard de la Liberté",
    "rue de la Poterne",
    "allée des Mimosas",
    "route de la Corniche",
    "rue du Commandant Charcot",
    "place du Marché aux Herbes",
    "rue des Jardins Ouvriers",
)
VILLES = (
    ("13100", "Aix-en-Provence"),
    ("25000", "Besançon"),
    ("44000", "Nantes"),
    ("56100", "Lorient"),
    ("06600", "Antibes"),
    ("86000", "Poitiers"),
    ("72000", "Le Mans"),
    ("42000", "Saint-Étienne"),
    ("65000", "Tarbes"),
    ("68100", "Mulhouse"),
    ("62200", "Boulogne-sur-Mer"),
    ("24000", "Périgueux"),
    ("38100", "Grenoble"),
    ("03100", "Montluçon"),
)
CEDEX = (
    ("13617", "Aix-en-Provence CEDEX 1"),
    ("06601", "Antibes CEDEX"),
    ("44036", "Nantes CEDEX 1"),
    ("38043", "Grenoble CEDEX 9"),
    ("86012", "Poitiers CEDEX"),
)
CORSE = (
    ("20000", "Ajaccio"),
    ("20200", "Bastia"),
    ("20260", "Calvi"),
    ("20137", "Porto-Vecchio"),
    ("20250", "Corte"),
    ("20220", "L'Île-Rousse"),
)
REUNION = (
    ("97400", "Saint-Denis"),
    ("97410", "Saint-Pierre"),
    ("97460", "Saint-Paul"),
    ("97430", "Le Tampon"),
    ("97420", "Le Port"),
    ("97440", "Saint-André"),
)
ANTILLES = (
    ("97122", "Baie-Mahault", "GP"),
    ("97110", "Pointe-à-Pitre", "GP"),
    ("97190", "Le Gosier", "GP"),
    ("97150", "Saint-Martin", "GP"),
    ("97200", "Fort-de-France", "MQ"),
    ("97232", "Le Lamentin", "MQ"),
)

FIRST = ("Eleanor", "Fiona", "Gwen", "Isla", "Megan", "Rhiannon", "Hazel")
FIRST += ("Angus", "Dylan", "Fraser", "Owen", "Rhys", "Struan", "Glyn")
LAST = ("Llewellyn", "MacAulay", "Pritchard", "Cromarty", "Haverford", "Treharne")
LAST += ("Kilbride", "Morgan-Price", "Strachan", "Vaughan", "Dalgleish", "Elphinstone")

PHONE_PLANS = {
    "FR": (("6", "7"), ("1", "2", "3", "4", "5"), 9),
    "RE": (("692", "693"), ("262",), 9),
    "GP": (("690", "691"), ("590",), 9),
    "MQ": (("696", "697"), ("596",), 9),
    "MC": (("6",), ("93", "97"), None),
    "BE": (("470", "485", "496"), ("81", "82", "2"), None),
    "LU": (("621", "661", "691"), ("26", "44"), None),
    "CH": (("79", "78", "77"), ("22", "21", "27"), 9),
    "GB": (("74", "75", "77"), ("131", "29", "1463"), 10),
    "US": (("512", "737", "210"), ("512", "830"), 10),
}
LENGTHS = {
    "MC": {"6": 9, "93": 8, "97": 8},
    "LU": {"621": 9, "661": 9, "691": 9, "26": 8, "44": 8},
    "BE": {"470": 9, "485": 9, "496": 9, "81": 8, "82": 8, "2": 8},
}


def pick(rng: random.Random, items: Sequence[T]) -> T:
    return items[rng.randrange(len(items))]


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


def phone(rng: random.Random, region: str, mobile: bool = True) -> phonenumbers.PhoneNumber:
    """A number libphonenumber holds valid for `region`, drawn from its plan."""
    mobiles, landlines, length = PHONE_PLANS[region]
    code = phonenumbers.country_code_for_region(region)
    while True:
        start = pick(rng, mobiles if mobile else landlines)
        size = length or LENGTHS[region][start]
        rest = digits(rng, size - len(start))
        if region == "US" and rest[0] in "01":
            continue
        number = phonenumbers.parse(f"+{code}{start}{rest}")
        if phonenumbers.is_valid_number(number) and (
            phonenumbers.region_code_for_number(number) == region
        ):
            return number


def e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def national(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def international(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def fr_name(rng: random.Random, surnames: Sequence[str] = NOMS) -> tuple[str, str, str]:
    """(civility, first name, surname) of an invented French person."""
    if rng.random() < 0.5:
        return "Mme", pick(rng, PRENOMS_F), pick(rng, surnames)
    return "M.", pick(rng, PRENOMS_M), pick(rng, surnames)


def en_name(rng: random.Random) -> tuple[str, str]:
    return pick(rng, FIRST), pick(rng, LAST)


def fr_street(rng: random.Random, voies: Sequence[str] = VOIES) -> str:
    return f"{rng.randrange(1, 180)}{pick(rng, ('', '', '', ' bis', ' ter'))} {pick(rng, voies)}"


def mail(first: str, last: str, rng: random.Random, domains: Sequence[str]) -> str:
    plain = "".join(
        ch
        for ch in f"{first}.{last}".lower().translate(
            str.maketrans("éèêëàâäîïôöûüçñ", "eeeeaaaiioouucn")
        )
        if ch.isalnum() or ch in ".-"
    )
    return f"{plain}@{pick(rng, domains)}"


def valid(
    rng: random.Random, make: Callable[[random.Random], str], ok: Callable[[str], bool]
) -> str:
    while True:
        candidate = make(rng)
        if ok(candidate):
            return candidate


def siren(rng: random.Random) -> str:
    body = str(rng.randrange(3, 10)) + digits(rng, 7)
    return body + luhn.calc_check_digit(body)


def siret(rng: random.Random) -> str:
    head = siren(rng)
    body = head + digits(rng, 4)
    return body + luhn.calc_check_digit(body)


def fr_vat(siren_number: str) -> str:
    key = (12 + 3 * (int(siren_number) % 97)) % 97
    return f"FR{key:02d}{siren_number}"


def be_vat_number(rng: random.Random) -> str:
    return valid(rng, lambda r: "BE0" + digits(r, 9), be_vat.is_valid)


def ch_uid_number(rng: random.Random) -> str:
    return valid(rng, lambda r: "CHE" + digits(r, 9), ch_uid.is_valid)


def gb_vat_number(rng: random.Random) -> str:
    return valid(rng, lambda r: "GB" + digits(r, 9), gb_vat.is_valid)


def iban_of(rng: random.Random, country: str, bban_digits: int) -> str:
    """A well-formed IBAN (check digits right, national key too where stdnum checks it)."""

    def make(r: random.Random) -> str:
        bban = digits(r, bban_digits)
        return country + iban.calc_check_digits(country + "00" + bban) + bban

    return valid(rng, make, iban.is_valid)


def spaced(code: str) -> str:
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))
