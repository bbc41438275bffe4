"""The people, streets and towns this set's debtors are drawn from, and their phone numbers."""

from __future__ import annotations

import random
import unicodedata

import phonenumbers

PRENOMS = [
    "Apolline",
    "Baptiste",
    "Capucine",
    "Daphné",
    "Élise",
    "Fantine",
    "Gaspard",
    "Héloïse",
    "Isaure",
    "Joachim",
    "Lisandro",
    "Maëlys",
    "Noé",
    "Octave",
    "Philippine",
    "Quitterie",
    "Romane",
    "Sacha",
    "Tiphaine",
    "Ulysse",
    "Valérian",
    "Wassim",
    "Yanis",
]
NOMS = [
    "Abadie",
    "Bénard",
    "Castagné",
    "Delmas",
    "Escudier",
    "Fabre",
    "Guérin",
    "Hoarau",
    "Issartel",
    "Jouve",
    "Lacombe",
    "Maurel",
    "Nogaret",
    "Ollivier",
    "Pujol",
    "Quéré",
    "Rouquette",
    "Sabatier",
    "Teyssier",
    "Vidal",
    "Marchetti",
    "Le Goff",
    "de Lestrade",
]
VOIES = (
    "rue des Tanneurs",
    "avenue Jean-Jaurès",
    "chemin de la Garrigue",
    "impasse des Lilas",
    "boulevard Gambetta",
    "allée des Tilleuls",
    "rue du Lavoir",
    "place de l'Église",
    "route de Villefranche",
    "quai des Chartrons",
    "rue Pierre-Loti",
    "cours Victor-Hugo",
)
RESIDENCES = (
    "Résidence Le Clos Fleuri",
    "Résidence Les Jardins d'Arcadie",
    "Le Hameau des Pins",
    "Bâtiment C, escalier 2",
)
VILLES = (
    ("31000", "Toulouse"),
    ("33800", "Bordeaux"),
    ("69007", "Lyon"),
    ("12000", "Rodez"),
    ("81100", "Castres"),
    ("46000", "Cahors"),
    ("64100", "Bayonne"),
    ("82000", "Montauban"),
    ("24100", "Bergerac"),
    ("47000", "Agen"),
    ("13100", "Aix-en-Provence"),
    ("44000", "Nantes"),
)
SOCIETES = (
    "SCI Les Amandiers",
    "SARL Atelier Boissière",
    "SAS Vectis Conseil",
    "EURL Graine de Lin",
    "SA Pyrène Distribution",
    "SCP Marceau & Dorval",
    "SAS Horizon Tuiles",
)
FIRST = [
    "Oliver",
    "Amelia",
    "Harry",
    "Isla",
    "Theo",
    "Freya",
    "Arthur",
    "Poppy",
    "Rory",
    "Maisie",
    "Finlay",
    "Imogen",
]
LAST = [
    "Ashworth",
    "Pennington",
    "Blackwood",
    "Hargreaves",
    "Whitlock",
    "Fairbairn",
    "Kendrick",
    "Thorne",
]


def fold(text: str) -> str:
    bare = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in bare.lower() if c.isalnum() or c in ".-")


def email_for(rng: random.Random, first: str, last: str, domains: tuple[str, ...]) -> str:
    style = rng.randrange(3)
    local = (f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first[0]}")[style]
    return f"{fold(local)}@{rng.choice(domains)}"


def phone(rng: random.Random, region: str, head: str, digits: int) -> phonenumbers.PhoneNumber:
    """A valid number (by libphonenumber) whose national form starts with `head`."""
    for _ in range(500):
        national = head + "".join(str(rng.randrange(10)) for _ in range(digits))
        number = phonenumbers.parse(national, region)
        if phonenumbers.is_valid_number(number):
            return number
    raise ValueError(f"no valid {region} number starts with {head} and {digits} digits")


def e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def national(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def international(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def french_mobile(rng: random.Random) -> phonenumbers.PhoneNumber:
    return phone(rng, "FR", rng.choice(("06", "07")), 8)


def french_grouped(number: phonenumbers.PhoneNumber) -> str:
    """0612345678 written 06.12.34.56.78, as many French letterheads do."""
    return national(number).replace(" ", ".")
