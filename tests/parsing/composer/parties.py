"""Sellers and debtors drawn from a seed: names, addresses in their country's shape, contacts.

Each address knows both how it is printed (its lines) and what the record must say (street,
postcode, city, country), following docs/parsing.md: several street lines joined with ", ",
a BP/CS line neither street nor city, the city with its CEDEX, the country ISO-2."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from tests.parsing.composer.formats import phone

TOWNS = {
    "FR": (("69003", "Lyon"), ("67000", "Strasbourg"), ("13008", "Marseille"),
           ("33000", "Bordeaux"), ("44000", "Nantes"), ("31000", "Toulouse"), ("59000", "Lille"),
           ("35000", "Rennes"), ("06000", "Nice"), ("20000", "Ajaccio"), ("34000", "Montpellier"),
           ("21000", "Dijon"), ("38000", "Grenoble"), ("75011", "Paris"), ("74000", "Annecy"),
           ("92100", "Boulogne-Billancourt"), ("29200", "Brest"), ("51100", "Reims"),
           ("87000", "Limoges"), ("64200", "Biarritz"), ("20200", "Bastia"),
           ("97200", "Fort-de-France"), ("01000", "Bourg-en-Bresse"),
           ("63000", "Clermont-Ferrand")),
    "BE": (("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("7000", "Mons"),
           ("1348", "Louvain-la-Neuve"), ("6000", "Charleroi")),
    "CH": (("1204", "Genève"), ("1003", "Lausanne"), ("2000", "Neuchâtel"), ("1950", "Sion"),
           ("1700", "Fribourg")),
    "GB": (("LS1 4AB", "Leeds"), ("BS1 6QA", "Bristol"), ("M1 2WD", "Manchester"),
           ("EH1 1YZ", "Edinburgh"), ("RG1 8DN", "Reading"), ("CB2 1TN", "Cambridge"),
           ("NE1 7RU", "Newcastle upon Tyne")),
    "US": (("98101", "Seattle, WA"), ("97205", "Portland, OR"), ("78701", "Austin, TX"),
           ("80202", "Denver, CO"), ("02108", "Boston, MA"), ("60601", "Chicago, IL")),
    "CA": (("H2X 1Y4", "Montréal"), ("G1R 4P5", "Québec"), ("J8X 3Y6", "Gatineau"),
           ("J1H 5N4", "Sherbrooke")),
}  # fmt: skip
STREETS = {
    "FR": ("{n} rue des Lilas", "{n} avenue Jean Jaurès", "{n} bis boulevard Victor Hugo",
           "{n} chemin des Vignes", "{n} place de la République", "{n} impasse du Moulin",
           "{n} rue de l'Industrie", "{n} allée des Tilleuls", "{n} quai Saint-Vincent",
           "{n} route de Grenoble", "{n} cours Lafayette", "{n} rue du Général de Gaulle"),
    "BE": ("Rue de la Station {n}", "Avenue Louise {n}", "Chaussée de Waterloo {n}",
           "Rue des Carmes {n}"),
    "CH": ("Rue du Rhône {n}", "Chemin des Vignes {n}", "Avenue de la Gare {n}",
           "Route de Berne {n}"),
    "GB": ("{n} Mill Lane", "{n} Dock Road", "{n} High Street", "{n} Victoria Road",
           "{n} Church Street"),
    "US": ("{n} Oak Avenue", "{n} Pine Street", "{n} Main Street", "{n} Lake Shore Drive",
           "{n} Elm Street"),
    "CA": ("{n} rue Sainte-Catherine", "{n} boulevard René-Lévesque", "{n} rue Principale",
           "{n} avenue du Parc"),
}  # fmt: skip
EXTRA_LINES = {
    "FR": ("Bâtiment B", "Résidence Les Pins, appt 12", "ZA des Plaines", "Lot 14"),
    "BE": ("Boîte 3",), "CH": ("2e étage",), "GB": ("Unit 7",), "US": ("Suite 300",),
    "CA": ("Bureau 210",),
}  # fmt: skip
COUNTRY_LINE = {
    "fr": {"FR": "FRANCE", "BE": "BELGIQUE", "CH": "SUISSE", "GB": "ROYAUME-UNI",
           "US": "ÉTATS-UNIS", "CA": "CANADA"},
    "en": {"FR": "France", "BE": "Belgium", "CH": "Switzerland", "GB": "United Kingdom",
           "US": "USA", "CA": "Canada"},
}  # fmt: skip
BUSINESSES = {
    "fr": ("Garage des Lilas", "Boulangerie Rolland", "Menuiserie Faure SARL",
           "Cabinet Dentaire du Parc", "Hôtel Le Relais", "EURL Vidal Paysages",
           "Association Les Amis du Quartier", "SCI Les Tilleuls", "Pharmacie Centrale",
           "Transports Mercier SAS", "Crèche Les Petits Loups", "Restaurant La Fourchette",
           "Cave Dubois & Fils", "Imprimerie Moreau"),
    "en": ("Kestrel Design Ltd", "Blue Heron Cafe", "Oakwood Dental LLC", "Harper & Sons Ltd",
           "Riverside Bakery", "Northgate Motors Ltd", "Maple Leaf Consulting Inc.",
           "Greenfield Nursery", "Atlas Logistics LLC"),
}  # fmt: skip
PEOPLE = {
    "fr": (("Mme", "Jeanne", "Martin"), ("M.", "Paul", "Durand"), ("Monsieur", "Éric", "Lefèvre"),
           ("Madame", "Sophie", "Bernard"), ("M.", "Karim", "Benali"), ("Mme", "Claire", "Roux"),
           ("M. et Mme", "Luc", "Girard")),
    "en": (("Mr", "John", "Smith"), ("Ms", "Emma", "Clarke"), ("Mrs", "Linda", "Parker"),
           ("Dr", "Aaron", "Wright"), ("Mr", "David", "Okafor")),
}  # fmt: skip
SELLERS = {
    "fr": ("Plomberie Rivière SARL", "Atelier Marcel SAS", "Électricité Besson",
           "Chauffage Services du Rhône", "Agence Pixel & Cie", "Nettoyage Pro 2000",
           "Cabinet Comptable Lenoir", "Aide à Domicile Les Glycines", "Toitures Garnier",
           "Informatique Dauphiné SAS"),
    "en": ("Harbour Tools Ltd", "Pine Street Supply LLC", "Brightwater Cleaning Ltd",
           "Summit IT Services Inc.", "Copperfield Print Co.", "Evergreen Landscaping LLC"),
}  # fmt: skip
LEGAL_FORMS = ("sarl", "sas", "eurl", "sci", "ltd", "llc", "inc", "co", "et", "fils")
PROVIDERS = ("orange.fr", "gmail.com", "free.fr", "laposte.net", "outlook.com")


@dataclass(frozen=True)
class Address:
    lines: tuple[str, ...]
    street: str
    postcode: str
    city: str
    country: str


@dataclass(frozen=True)
class Party:
    name: str
    address: Address
    phone: tuple[str, str] | None
    email: str | None


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = "".join(c if c.isalnum() else " " for c in plain).split()
    words = [w for w in words if w not in LEGAL_FORMS]
    return "-".join(words[:3])


def address(rng: random.Random, country: str, language: str, business: bool,
            show_country: bool) -> Address:  # fmt: skip
    postcode, town = rng.choice(TOWNS[country])
    street = rng.choice(STREETS[country]).format(n=rng.randint(1, 240))
    streets = [street]
    if rng.random() < 0.15:
        extra = rng.choice(EXTRA_LINES[country])
        streets = [street, extra] if country in ("US", "GB") else [extra, street]
    lines = list(streets)
    city = town
    if country == "FR" and business and rng.random() < 0.1:
        lines.append(rng.choice(("CS 40021", "BP 12", "CS 70512")))
        city = town + rng.choice((" CEDEX", " CEDEX 2"))
    if country == "US":
        town, state = town.split(", ")
        city = town
        lines.append(f"{town}, {state} {postcode}")
    elif country == "GB":
        lines += [town, postcode] if rng.random() < 0.5 else [f"{town} {postcode}"]
    elif country == "CA":
        lines.append(rng.choice((f"{town} (Québec) {postcode}", f"{town} QC {postcode}")))
    else:
        lines.append(f"{postcode} {city}")
    if show_country:
        lines.append(COUNTRY_LINE[language][country])
    return Address(tuple(lines), ", ".join(streets), postcode, city, country)


def debtor(rng: random.Random, country: str, language: str, issuer_country: str) -> Party:
    names = "fr" if language == "fr" else "en"
    business = rng.random() < 0.6
    if business:
        name = rng.choice(BUSINESSES[names])
        email = f"{rng.choice(('compta', 'contact', 'factures', 'admin'))}@{slug(name)}." + (
            "fr" if country == "FR" else {"BE": "be", "CH": "ch", "GB": "co.uk"}.get(country, "com")
        )
    else:
        title, first, last = rng.choice(PEOPLE[names])
        name = f"{title} {first} {last}"
        email = f"{slug(first)}.{slug(last)}@{rng.choice(PROVIDERS)}"
    show_country = country != issuer_country or rng.random() < 0.15
    return Party(
        name=name,
        address=address(rng, country, language, business, show_country),
        phone=phone(rng, country) if rng.random() < 0.5 else None,
        email=email if rng.random() < 0.5 else None,
    )


def seller(rng: random.Random, country: str, language: str) -> Party:
    name = rng.choice(SELLERS["fr" if language == "fr" else "en"])
    domain = slug(name) + {"FR": ".fr", "BE": ".be", "CH": ".ch", "GB": ".co.uk"}.get(
        country, ".com"
    )
    return Party(
        name=name,
        address=address(rng, country, language, True, rng.random() < 0.2),
        phone=phone(rng, country),
        email=f"{rng.choice(('contact', 'facturation', 'info', 'accounts'))}@{domain}",
    )


def delivery(rng: random.Random, country: str, language: str) -> Address:
    """Another address of the debtor's (a site, a delivery point): a rival block."""
    return address(rng, country, language, True, False)
