"""Debtors for the set: names, streets, towns and phones per country, drawn from a seed."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import replace

import phonenumbers

from tests.parsing.blind.model import Party

FR_FIRST = [
    "Amandine",
    "Bastien",
    "Coralie",
    "Damien",
    "Élodie",
    "Fabrice",
    "Gaëlle",
    "Hervé",
    "Inès",
    "Jérôme",
    "Karine",
    "Loïc",
    "Maëlle",
    "Noël",
    "Océane",
    "Pascal",
    "Rémi",
    "Solène",
    "Thibault",
    "Ursule",
    "Valérie",
    "Yannick",
    "Zoé",
    "Benoît",
]
FR_LAST = [
    "Aubert",
    "Barbier",
    "Chevallier",
    "Delmas",
    "Écuyer",
    "Fabre",
    "Guillot",
    "Hoarau",
    "Jacquet",
    "Lacroix",
    "Marchal",
    "Navarro",
    "Olivier",
    "Perrin",
    "Quéré",
    "Renaud",
    "Schmitt",
    "Tessier",
    "Vasseur",
    "Weber",
    "Le Goff",
    "Dupont-Roy",
]
FR_STREETS = (
    "rue du Moulin",
    "avenue Jean Jaurès",
    "impasse des Tilleuls",
    "chemin de la Croix Blanche",
    "boulevard Gambetta",
    "allée des Peupliers",
    "place du Marché",
    "rue Saint-Éloi",
    "route de Lyon",
    "quai des Chartrons",
)
FR_TOWNS = (
    ("49100", "Angers"),
    ("21000", "Dijon"),
    ("33300", "Bordeaux"),
    ("59800", "Lille"),
    ("35000", "Rennes"),
    ("13006", "Marseille"),
    ("87000", "Limoges"),
    ("38100", "Grenoble"),
    ("64100", "Bayonne"),
    ("51100", "Reims"),
    ("74000", "Annecy"),
    ("29200", "Brest"),
)
FR_FIRMS = (
    "SARL Menuiseries Aubert",
    "Cabinet Delmas & Associés",
    "SCI Les Glycines",
    "Transports Navarro SAS",
    "Boulangerie du Centre",
    "EURL Tessier Conseil",
    "Association Les Amis du Rail",
    "Imprimerie Vasseur",
)
BE_STREETS = ("Rue de la Station", "Avenue Louise", "Chaussée de Waterloo", "Rue des Alliés")
BE_TOWNS = (("1050", "Ixelles"), ("4000", "Liège"), ("5000", "Namur"), ("7000", "Mons"))
CH_STREETS = ("Chemin des Vignes", "Rue du Lac", "Avenue de la Gare", "Route de Berne")
CH_TOWNS = (("1003", "Lausanne"), ("1205", "Genève"), ("2000", "Neuchâtel"), ("1950", "Sion"))
GB_FIRST = [
    "Oliver",
    "Amelia",
    "Harry",
    "Isla",
    "George",
    "Freya",
    "Jack",
    "Poppy",
    "Alfie",
    "Evie",
    "Arthur",
    "Ivy",
]
GB_LAST = [
    "Hughes",
    "Patel",
    "Whitaker",
    "Doyle",
    "Barnes",
    "Kaur",
    "Fletcher",
    "Pryce",
    "Hamilton",
    "Osei",
]
GB_STREETS = ("Mill Lane", "Station Road", "Church Street", "Victoria Avenue", "Kings Close")
GB_TOWNS = (
    ("LEEDS", "West Yorkshire", "LS6 2QT"),
    ("NORWICH", "Norfolk", "NR2 4PL"),
    ("EXETER", "Devon", "EX4 3JB"),
    ("BATH", "Somerset", "BA1 5EW"),
    ("DERBY", "Derbyshire", "DE1 1RZ"),
)
GB_FIRMS = ("Hughes & Doyle Ltd", "Pryce Carpentry", "Osei Lettings Ltd", "Whitaker Build LLP")
US_FIRST = ["Emma", "Liam", "Olivia", "Noah", "Ava", "Ethan", "Mia", "Lucas", "Harper", "Mason"]
US_LAST = ["Johnson", "Ramirez", "Nguyen", "Kowalski", "O'Brien", "Castillo", "Brooks", "Sullivan"]
US_STREETS = ("Maple Avenue", "W 3rd Street", "Oak Ridge Drive", "Elm Court", "Lakeshore Blvd")
US_TOWNS = (
    ("Madison", "WI", "53703"),
    ("Boise", "ID", "83702"),
    ("Dayton", "OH", "45402"),
    ("Tulsa", "OK", "74103"),
    ("Fresno", "CA", "93721"),
)
US_FIRMS = ("Brooks Dental Group LLC", "Nguyen Hardware Inc.", "Sullivan & Ramirez PC")


def pick(rng: random.Random, options: tuple[str, ...] | list[str]) -> str:
    return options[rng.randrange(len(options))]


def fr_phone(rng: random.Random) -> tuple[str, str]:
    """(as printed, E.164) for a French mobile or landline."""
    first = pick(rng, ("6", "7", "1", "2", "3", "4", "5", "9"))
    rest = "".join(str(rng.randrange(10)) for _ in range(8))
    if first == "7":
        rest = str(rng.randrange(3, 9)) + rest[1:]
    national = "0" + first + rest
    pairs = [national[i : i + 2] for i in range(0, 10, 2)]
    style = rng.randrange(4)
    printed = (
        " ".join(pairs),
        ".".join(pairs),
        "+33 " + first + " " + " ".join(pairs[1:]),
        national,
    )[style]
    return printed, "+33" + national[1:]


def be_phone(rng: random.Random) -> tuple[str, str]:
    rest = "".join(str(rng.randrange(10)) for _ in range(6))
    national = "04" + pick(rng, ("7", "8", "9")) + str(rng.randrange(10)) + rest
    return f"{national[:4]} {national[4:6]} {national[6:8]} {national[8:]}", "+32" + national[1:]


def ch_phone(rng: random.Random) -> tuple[str, str]:
    rest = "".join(str(rng.randrange(10)) for _ in range(7))
    national = "07" + pick(rng, ("6", "8", "9")) + rest
    printed = f"{national[:3]} {national[3:6]} {national[6:8]} {national[8:]}"
    return printed, "+41" + national[1:]


def gb_phone(rng: random.Random) -> tuple[str, str]:
    rest = "".join(str(rng.randrange(10)) for _ in range(8))
    national = "07" + pick(rng, ("4", "5", "7", "8", "9")) + rest
    return f"{national[:5]} {national[5:]}", "+44" + national[1:]


def us_phone(rng: random.Random) -> tuple[str, str]:
    area = pick(rng, ("608", "208", "937", "918", "559"))
    exchange = str(rng.randrange(201, 989))
    line = f"{rng.randrange(10000):04d}"
    printed = pick(rng, (f"({area}) {exchange}-{line}", f"{area}-{exchange}-{line}"))
    return printed, f"+1{area}{exchange}{line}"


def email_of(name: str, rng: random.Random) -> str:
    decomposed = unicodedata.normalize("NFKD", name.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = [w for w in plain.replace("'", "").replace("&", " ").split() if w.isalpha()]
    words = [
        w
        for w in words
        if w
        not in (
            "mme",
            "madame",
            "monsieur",
            "mr",
            "mrs",
            "ms",
            "sarl",
            "sas",
            "eurl",
            "srl",
            "asbl",
        )
    ]
    local = ".".join(words[:2]) or "contact"
    return f"{local}@{pick(rng, ('orange.fr', 'free.fr', 'gmail.com', 'laposte.net', 'proton.me'))}"


def french(rng: random.Random, business: bool = False, civility: bool = True) -> Party:
    if business:
        name = pick(rng, FR_FIRMS)
    else:
        person = f"{pick(rng, FR_FIRST)} {pick(rng, FR_LAST)}"
        name = f"{pick(rng, ('M.', 'Mme', 'Madame', 'Monsieur'))} {person}" if civility else person
    street = [f"{rng.randrange(1, 140)} {pick(rng, FR_STREETS)}"]
    if rng.random() < 0.25:
        street.insert(0, pick(rng, ("Résidence Les Acacias", "Bâtiment B", "Lieu-dit Kerhuel")))
    postcode, city = pick(rng, FR_TOWNS)
    return Party(name, tuple(street), postcode, city, "FR", business=business)


def belgian(rng: random.Random, business: bool = False) -> Party:
    name = (
        f"{pick(rng, ('SRL', 'ASBL', 'SPRL'))} {pick(rng, FR_LAST)}"
        if business
        else f"{pick(rng, ('M.', 'Mme'))} {pick(rng, FR_FIRST)} {pick(rng, FR_LAST)}"
    )
    postcode, city = pick(rng, BE_TOWNS)
    street = f"{pick(rng, BE_STREETS)} {rng.randrange(1, 220)}"
    return Party(name, (street,), postcode, city, "BE", business=business)


def swiss(rng: random.Random) -> Party:
    name = f"{pick(rng, ('Monsieur', 'Madame'))} {pick(rng, FR_FIRST)} {pick(rng, FR_LAST)}"
    postcode, city = pick(rng, CH_TOWNS)
    street = f"{pick(rng, CH_STREETS)} {rng.randrange(1, 90)}"
    return Party(name, (street,), postcode, city, "CH")


def british(rng: random.Random, business: bool = False) -> Party:
    name = (
        pick(rng, GB_FIRMS)
        if business
        else f"{pick(rng, ('Mr', 'Mrs', 'Ms'))} {pick(rng, GB_FIRST)} {pick(rng, GB_LAST)}"
    )
    town, county, postcode = pick(rng, GB_TOWNS)
    street = [f"{rng.randrange(1, 300)} {pick(rng, GB_STREETS)}"]
    if rng.random() < 0.3:
        street.insert(0, f"Unit {rng.randrange(1, 30)}")
    return Party(name, tuple(street), postcode, town, "GB", county=county, business=business)


def american(rng: random.Random, business: bool = False) -> Party:
    name = pick(rng, US_FIRMS) if business else f"{pick(rng, US_FIRST)} {pick(rng, US_LAST)}"
    city, state, zip5 = pick(rng, US_TOWNS)
    postcode = zip5 + (f"-{rng.randrange(1000, 9999)}" if rng.random() < 0.6 else "")
    street = [f"{rng.randrange(100, 9800)} {pick(rng, US_STREETS)}"]
    if rng.random() < 0.35:
        street.append(f"{pick(rng, ('Suite', 'Apt', 'Unit'))} {rng.randrange(2, 40)}")
    return Party(name, tuple(street), postcode, city, "US", state=state, business=business)


PHONES = {"FR": fr_phone, "BE": be_phone, "CH": ch_phone, "GB": gb_phone, "US": us_phone}


def valid_phone(country: str, rng: random.Random) -> tuple[str, str]:
    """A number libphonenumber calls valid (not every drawn prefix is allocated)."""
    while True:
        printed, e164 = PHONES[country](rng)
        if phonenumbers.is_valid_number(phonenumbers.parse(e164)):
            return printed, e164


def with_contacts(
    party: Party, rng: random.Random, email: float = 0.6, phone: float = 0.6
) -> tuple[Party, str | None]:
    """The party with an e-mail and phone drawn by chance, and the phone as printed."""
    printed = None
    changes: dict[str, str] = {}
    if rng.random() < email:
        changes["email"] = email_of(party.name, rng)
    if rng.random() < phone:
        printed, changes["phone"] = valid_phone(party.country, rng)
    return replace(party, **changes), printed


def address_lines(party: Party, home: str, country_names: dict[str, str]) -> list[str]:
    """The address block as the post wants it for the party's country, seen from `home`."""
    lines = [party.name]
    if party.attention:
        lines.append(party.attention)
    lines += list(party.street)
    if party.box:
        lines.append(party.box)
    if party.country == "GB":
        lines += [party.city, *([party.county] if party.county else []), party.postcode]
    elif party.country == "US":
        lines.append(f"{party.city}, {party.state} {party.postcode}")
    else:
        lines.append(f"{party.postcode} {party.city}" + (f" {party.cedex}" if party.cedex else ""))
    if party.country != home:
        lines.append(country_names[party.country])
    return lines
