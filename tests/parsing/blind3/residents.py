"""Debtors for this set: names, streets, towns, phones and e-mails per country."""

from __future__ import annotations

import random
import unicodedata

from tests.parsing.blind.model import Party

from .idioms import grouped_phone

PRENOMS = [
    "Anaïs",
    "Bastien",
    "Capucine",
    "Dorian",
    "Élodie",
    "Fabien",
    "Gaëlle",
    "Hugo",
    "Inès",
    "Jordan",
    "Katell",
    "Loïc",
    "Maëlys",
    "Noémie",
    "Ophélie",
    "Pascal",
    "Quentin",
    "Romane",
    "Sébastien",
    "Tiphaine",
    "Ulysse",
    "Valérie",
    "Yannick",
    "Zoé",
]
NOMS = [
    "Arnoult",
    "Besnard",
    "Chevallier",
    "Delattre",
    "Esnault",
    "Fauvel",
    "Gosselin",
    "Hamon",
    "Jacquet",
    "Keller",
    "Lebrun",
    "Marechal",
    "Naudin",
    "Ollivier",
    "Perrot",
    "Quéré",
    "Renaud",
    "Salmon",
    "Texier",
    "Vasseur",
    "Weber",
    "Yvon",
]
CIVILITES = ("M.", "Mme", "Monsieur", "Madame")
SOCIETES = (
    "SARL Atelier Boréal",
    "SAS Nexalis",
    "Menuiserie Tellier & Fils",
    "SCI Les Tilleuls",
    "Clinique du Val d'Orge",
    "Groupe Hestia Conseil",
    "EURL Pixel Sud",
    "SA Transports Ribot",
    "Association Les Jardins Partagés",
    "Cabinet Morvan Architectes",
)
VOIES = (
    "rue des Glycines",
    "avenue Jean-Jaurès",
    "impasse du Moulin",
    "boulevard de la Liberté",
    "chemin des Vignes",
    "rue Victor-Hugo",
    "allée des Acacias",
    "place du Marché",
    "route de Saint-Omer",
    "quai des Chartrons",
)
COMPLEMENTS = ("Bâtiment C", "Résidence Les Hortensias", "ZA du Grand Pré", "Parc d'activités")
VILLES_FR = (
    ("59800", "Lille"),
    ("33000", "Bordeaux"),
    ("35000", "Rennes"),
    ("21000", "Dijon"),
    ("37000", "Tours"),
    ("64100", "Bayonne"),
    ("51100", "Reims"),
    ("74000", "Annecy"),
    ("87000", "Limoges"),
    ("17000", "La Rochelle"),
    ("29200", "Brest"),
    ("84000", "Avignon"),
)
CEDEX_FR = (("59046", "Lille"), ("33081", "Bordeaux"), ("35065", "Rennes"))
VILLES_LU = (
    ("L-1724", "Luxembourg"),
    ("L-4221", "Esch-sur-Alzette"),
    ("L-9053", "Ettelbruck"),
    ("L-6440", "Echternach"),
    ("L-3542", "Dudelange"),
)
RUES_LU = ("rue de Hollerich", "boulevard Royal", "route d'Arlon", "rue de l'Alzette", "Grand-Rue")
VILLES_BE = (("4000", "Liège"), ("6700", "Arlon"), ("5000", "Namur"))
RUES_BE = ("rue des Déportés", "avenue de la Gare", "rue Saint-Gilles")
VILLES_DE = (("54290", "Trier"), ("66111", "Saarbrücken"))
RUES_DE = ("Paulinstraße", "Bahnhofstraße", "Mainzer Straße")
VILLES_QC = (
    ("H2X 1Y4", "Montréal", "514"),
    ("G1R 4P5", "Québec", "418"),
    ("J8X 3X2", "Gatineau", "819"),
    ("J4K 2T6", "Longueuil", "450"),
    ("J1H 5N4", "Sherbrooke", "819"),
    ("G9A 5H7", "Trois-Rivières", "819"),
)
RUES_QC = (
    "rue Saint-Denis",
    "boulevard René-Lévesque Est",
    "avenue du Mont-Royal Ouest",
    "chemin Sainte-Foy",
    "rue King Ouest",
)
QC_PRENOMS = [
    "Mathieu",
    "Geneviève",
    "Étienne",
    "Josée",
    "Marc-André",
    "Sophie",
    "Frédéric",
    "Chantal",
]
QC_NOMS = ["Tremblay", "Gagnon", "Bouchard", "Lavoie", "Pelletier", "Bélanger", "Côté", "Gauthier"]


def ascii_fold(words: str) -> str:
    folded = unicodedata.normalize("NFKD", words).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum() or c in ".-")


def fr_mobile(rng: random.Random) -> str:
    head = rng.choice(("61", "62", "63", "64", "65", "66", "67", "68", "75", "76", "77", "78"))
    return "+33" + head + "".join(str(rng.randint(0, 9)) for _ in range(7))


def lu_mobile(rng: random.Random) -> str:
    return "+352" + rng.choice(("621", "661", "691")) + f"{rng.randint(100000, 999999)}"


def nanp(rng: random.Random, area: str) -> str:
    return f"+1{area}{rng.randint(222, 987)}{rng.randint(1000, 9999)}"


def show_phone(e164: str, style: int) -> str:
    """An E.164 number the way a French, Luxembourg or North American form prints it."""
    if e164.startswith("+33"):
        digits = "0" + e164[3:]
        forms = (
            grouped_phone(digits, (2, 2, 2, 2, 2)),
            grouped_phone(digits, (2, 2, 2, 2, 2), "."),
            "+33 " + grouped_phone(e164[3:], (1, 2, 2, 2, 2)),
        )
    elif e164.startswith("+352"):
        forms = ("+352 " + grouped_phone(e164[4:], (3, 3, 3)), "(+352) " + e164[4:])
    else:
        area, exchange, line = e164[2:5], e164[5:8], e164[8:]
        forms = (f"({area}) {exchange}-{line}", f"{area}-{exchange}-{line}")
    return forms[style % len(forms)]


def person(rng: random.Random, civility: bool = True) -> str:
    name = f"{rng.choice(PRENOMS)} {rng.choice(NOMS)}"
    return f"{rng.choice(CIVILITES)} {name}" if civility else name


def fr_party(
    rng: random.Random,
    *,
    company: bool,
    email: bool = True,
    phone: bool = True,
    ref: str | None = None,
    cedex: bool = False,
    domain: str = "orange.fr",
) -> Party:
    name = rng.choice(SOCIETES) if company else person(rng)
    street = [f"{rng.randint(1, 148)} {rng.choice(VOIES)}"]
    if rng.random() < 0.25:
        street.insert(0, rng.choice(COMPLEMENTS))
    postcode, city = rng.choice(CEDEX_FR if cedex else VILLES_FR)
    words = name.split()
    contact = (
        ascii_fold(words[-1]) if company else f"{ascii_fold(words[-2])}.{ascii_fold(words[-1])}"
    )
    return Party(
        name=name,
        street=tuple(street),
        postcode=postcode,
        city=city,
        country="FR",
        attention=f"À l'attention de {person(rng)}" if company and rng.random() < 0.5 else None,
        box=f"CS {rng.randint(10000, 90999)}" if cedex else None,
        cedex="CEDEX" if cedex else None,
        email=(f"compta@{contact}.fr" if company else f"{contact}@{domain}") if email else None,
        phone=fr_mobile(rng) if phone else None,
        customer_ref=ref,
        business=company,
    )
