"""Invented debtors: names, streets, towns and phones drawn from a seed.

Every person, company and street here is made up; town names with their postcodes are public
postal facts (La Poste, Royal Mail, USPS, bpost, Swiss Post, Deutsche Post), no address is
anyone's.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TypeVar

import phonenumbers

T = TypeVar("T")

PRENOMS = [
    "Solène",
    "Maëlys",
    "Bérénice",
    "Capucine",
    "Ginette",
    "Huguette",
    "Armelle",
    "Clotilde",
    "Édith",
    "Roselyne",
    "Anouk",
    "Ysaline",
    "Perrine",
    "Mathurin",
    "Gaspard",
    "Aymeric",
    "Anatole",
    "Basile",
    "Évrard",
    "Lucien",
    "Marius",
    "Thibault",
    "Ghislain",
    "Florian",
    "Régis",
    "Yannick",
    "Corentin",
    "Donatien",
]
NOMS = [
    "Guéguen",
    "Vandamme",
    "Charbonnier",
    "Delacourt",
    "Ferrandon",
    "Goupillon",
    "Hérault",
    "Jacquemart",
    "Kerbrat",
    "Lachambre",
    "Maréchal-Dupuis",
    "Nadaud",
    "Orsini",
    "Pelletier",
    "Quéré",
    "Rabouin",
    "Sarrazin",
    "Tixier",
    "Vaillancourt",
    "Wauquier",
    "Abadie",
    "Bessonneau",
    "Coutances",
    "Dufresnoy",
    "Estienne",
]
FIRST = [
    "Harriet",
    "Imogen",
    "Niamh",
    "Rosalind",
    "Bethany",
    "Priya",
    "Siobhan",
    "Wilfred",
    "Rupert",
    "Declan",
    "Callum",
    "Tobias",
    "Ewan",
    "Marcus",
    "Dolores",
    "Tamsin",
    "Gareth",
    "Hamish",
]
LAST = [
    "Pennington",
    "Oakley",
    "Whitcombe",
    "Tremayne",
    "Ashdown",
    "Fairclough",
    "Hollis",
    "Pemberton",
    "Radcliffe",
    "Stanhope",
    "Thackeray",
    "Wetherby",
    "Blackwood",
    "Carrow",
    "Dunmore",
]
VOIES = (
    "rue des Tanneurs",
    "allée des Chênes-Verts",
    "chemin de la Fontaine aux Loups",
    "avenue du Maréchal Lyautey",
    "impasse des Vignerons",
    "boulevard Gambetta",
    "rue du Docteur Roux",
    "place de la Halle aux Grains",
    "route de Saint-Cyr",
    "rue Jean-Jacques Rousseau",
    "quai des Bateliers",
    "rue de l'Abbé Grégoire",
)
VILLES_FR = (
    ("35000", "Rennes"),
    ("21000", "Dijon"),
    ("87000", "Limoges"),
    ("64100", "Bayonne"),
    ("49100", "Angers"),
    ("26000", "Valence"),
    ("80000", "Amiens"),
    ("63000", "Clermont-Ferrand"),
    ("17000", "La Rochelle"),
    ("71100", "Chalon-sur-Saône"),
    ("29200", "Brest"),
    ("84000", "Avignon"),
    ("74000", "Annecy"),
    ("57000", "Metz"),
    ("37000", "Tours"),
    ("30900", "Nîmes"),
)
CEDEX_FR = (
    ("69441", "Lyon CEDEX 03"),
    ("31036", "Toulouse CEDEX 1"),
    ("44306", "Nantes CEDEX 3"),
    ("67013", "Strasbourg CEDEX"),
    ("33082", "Bordeaux CEDEX"),
    ("59041", "Lille CEDEX"),
)


def pick(rng: random.Random, items: Sequence[T]) -> T:
    return items[rng.randrange(len(items))]


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


def french_name(rng: random.Random) -> tuple[str, str, str]:
    """(civility, first name, surname) of an invented French person."""
    first = pick(rng, PRENOMS)
    women = {"Solène", "Maëlys", "Bérénice", "Capucine", "Ginette", "Huguette", "Armelle"}
    women |= {"Clotilde", "Édith", "Roselyne", "Anouk", "Ysaline", "Perrine"}
    civility = "Mme" if first in women else "M."
    return civility, first, pick(rng, NOMS)


def english_name(rng: random.Random) -> tuple[str, str, str]:
    first = pick(rng, FIRST)
    women = {"Harriet", "Imogen", "Niamh", "Rosalind", "Bethany", "Priya", "Siobhan"}
    women |= {"Dolores", "Tamsin"}
    civility = pick(rng, ("Ms", "Mrs", "Miss")) if first in women else "Mr"
    return civility, first, pick(rng, LAST)


def french_street(rng: random.Random) -> str:
    number = rng.randrange(1, 140)
    suffix = pick(rng, ("", "", "", " bis", " ter"))
    return f"{number}{suffix} {pick(rng, VOIES)}"


def email_of(first: str, last: str, rng: random.Random) -> str:
    plain = (
        f"{first}.{last}".lower()
        .replace(" ", "")
        .replace("'", "")
        .translate(str.maketrans("éèêëàâäîïôöûüçÉ", "eeeeaaaiioouuce"))
    )
    domain = pick(rng, ("orange.fr", "laposte.net", "free.fr", "gmail.com", "outlook.fr"))
    return f"{plain}@{domain}"


PHONE_PLANS = {
    "FR": (("6", "7"), ("2", "3", "4", "5")),
    "BE": (("47", "48", "49"), ("2", "4", "9")),
    "CH": (("79", "78", "76"), ("21", "26", "32")),
    "GB": (("77", "78", "79"), ("1242", "1632", "113")),
    "US": (("217", "312", "503"), ("617", "919", "303")),
    "DE": (("151", "160", "170"), ("89", "30", "711")),
    "AT": (("664", "676"), ("1", "512")),
    "LU": (("621", "691"), ("2",)),
}
NATIONAL_LENGTH = {"FR": 9, "BE": 9, "CH": 9, "GB": 10, "US": 10, "DE": 10, "AT": 10, "LU": 9}


def phone(rng: random.Random, country: str, mobile: bool = True) -> phonenumbers.PhoneNumber:
    """A number libphonenumber holds valid, drawn from the country's plan."""
    mobiles, landlines = PHONE_PLANS[country]
    half = mobiles if mobile else landlines
    code = phonenumbers.country_code_for_region(country)
    while True:
        start = pick(rng, half)
        rest = digits(rng, NATIONAL_LENGTH[country] - len(start))
        if country == "US" and rest[0] in "01":
            continue
        number = phonenumbers.parse(f"+{code}{start}{rest}")
        if phonenumbers.is_valid_number(number):
            return number


def e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def national(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def international(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def french_dotted(number: phonenumbers.PhoneNumber) -> str:
    """`06.12.34.56.78`, as French invoices print it."""
    plain = national(number).replace(" ", "")
    return ".".join(plain[i : i + 2] for i in range(0, 10, 2))
