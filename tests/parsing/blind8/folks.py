"""Invented people, companies, streets, phones and registration numbers for the eighth set.

Every person, company and street is made up; town names with their postcodes are public postal
facts (La Poste, CTT, PostNL, USPS, Post AG, Swiss Post), so no address is anyone's. Phones are
drawn until libphonenumber holds them valid; SIRETs, IBANs and VAT numbers are well formed
(python-stdnum) and belong to no one known.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import phonenumbers
from stdnum import iban, luhn
from stdnum.at import uid
from stdnum.ch import uid as ch_uid
from stdnum.de import vat as de_vat
from stdnum.nl import btw
from stdnum.pt import nif

from tests.parsing.blind5.people import PRENOMS, digits, french_name, pick

__all__ = ["PRENOMS", "digits", "french_name", "pick"]

PT_FIRST = ("Joaquim", "Leonor", "Inês", "Rui", "Filipa", "Tiago", "Beatriz", "Duarte")
PT_LAST = ("Carvalhais", "Meireles", "Quintela", "Sobral", "Vasconcelos", "Tavares", "Brandão")
NL_FIRST = ("Sanne", "Maarten", "Femke", "Joris", "Lieke", "Bram", "Annelies", "Wouter")
NL_LAST = ("van Dijkhuizen", "Verhoeven", "de Graaf", "Kuipers", "van der Linde", "Brouwer")
US_FIRST = ("Madison", "Tyler", "Brianna", "Caleb", "Kendra", "Dwayne", "Shelby", "Garrett")
US_LAST = ("Whitfield", "Oduya", "Lindqvist", "Parrish", "Castellano", "Brewster", "Huang")
AT_FIRST = ("Lukas", "Johanna", "Florian", "Theresa", "Matthias", "Magdalena")
AT_LAST = ("Hinterberger", "Steinwender", "Pichler", "Moosbrugger", "Lechner")

VOIES = (
    "rue des Cordiers",
    "allée des Peupliers-Blancs",
    "chemin du Moulin Brûlé",
    "avenue Émile Zola",
    "impasse des Tisserands",
    "rue du Général Leclerc",
    "place des Marronniers",
    "route de la Croix-Rousse",
    "rue Pasteur",
    "boulevard de la Liberté",
    "rue des Trois Rois",
    "quai de la Fosse",
)
VILLES = (
    ("69002", "Lyon"),
    ("33000", "Bordeaux"),
    ("44000", "Nantes"),
    ("31000", "Toulouse"),
    ("67000", "Strasbourg"),
    ("13006", "Marseille"),
    ("59000", "Lille"),
    ("34000", "Montpellier"),
    ("06000", "Nice"),
    ("25000", "Besançon"),
    ("86000", "Poitiers"),
    ("51100", "Reims"),
    ("45000", "Orléans"),
    ("76000", "Rouen"),
    ("38000", "Grenoble"),
    ("72000", "Le Mans"),
)
CEDEX = (
    ("75732", "Paris CEDEX 15"),
    ("13284", "Marseille CEDEX 07"),
    ("67085", "Strasbourg CEDEX"),
    ("31081", "Toulouse CEDEX 2"),
)
WINE_TOWNS = (
    ("33250", "Pauillac"),
    ("51200", "Épernay"),
    ("21200", "Beaune"),
    ("84230", "Châteauneuf-du-Pape"),
    ("33330", "Saint-Émilion"),
    ("68340", "Riquewihr"),
)
PT_TOWNS = (
    ("4520-213", "Santa Maria da Feira"),
    ("1250-096", "Lisboa"),
    ("4050-297", "Porto"),
    ("3000-143", "Coimbra"),
    ("8000-257", "Faro"),
)
PT_STREETS = ("Rua da Boavista", "Avenida da Liberdade", "Rua de Santa Catarina", "Largo do Rato")
NL_TOWNS = (
    ("1015 CW", "Amsterdam"),
    ("3011 AD", "Rotterdam"),
    ("3512 JE", "Utrecht"),
    ("2511 CV", "Den Haag"),
    ("5611 EM", "Eindhoven"),
    ("9711 LM", "Groningen"),
)
NL_STREETS = (
    "Keizersgracht",
    "Witte de Withstraat",
    "Oudegracht",
    "Lange Voorhout",
    "Stratumseind",
)
US_TOWNS = (
    ("Denver", "CO", "80202"),
    ("Portland", "OR", "97204"),
    ("Raleigh", "NC", "27601"),
    ("Madison", "WI", "53703"),
    ("Boise", "ID", "83702"),
    ("Tucson", "AZ", "85701"),
)
US_STREETS = ("Larimer Street", "SW Alder Street", "Fayetteville Street", "State Street")
BE_TOWNS = (("1050", "Ixelles"), ("4000", "Liège"), ("5000", "Namur"), ("7000", "Mons"))
AT_TOWNS = (("6020", "Innsbruck"), ("5020", "Salzburg"), ("1070", "Wien"), ("8010", "Graz"))
AT_STREETS = ("Maria-Theresien-Straße", "Getreidegasse", "Neubaugasse", "Herrengasse")
DE_TOWNS = (
    ("79100", "Freiburg im Breisgau"),
    ("77652", "Offenburg"),
    ("79539", "Lörrach"),
    ("76133", "Karlsruhe"),
)
DE_STREETS = ("Habsburgerstraße", "Lange Straße", "Am Mühlbach", "Schwarzwaldstraße")
CH_TOWNS = (
    ("1003", "Lausanne"),
    ("1205", "Genève"),
    ("2000", "Neuchâtel"),
    ("1950", "Sion"),
    ("1700", "Fribourg"),
)
CH_STREETS = ("Avenue de la Gare", "Rue du Simplon", "Chemin des Vignes", "Rue de Lausanne")

MOBILE_STARTS = {
    "FR": ("6", "7"),
    "PT": ("91", "92", "93", "96"),
    "NL": ("6",),
    "US": ("512", "720", "503", "919"),
    "AT": ("664", "676", "699"),
    "CH": ("79", "78", "76"),
    "BE": ("47", "48", "49"),
    "DE": ("151", "160", "170"),
}
LANDLINE_STARTS = {
    "FR": ("1", "2", "3", "4", "5"),
    "PT": ("21", "22", "256"),
    "NL": ("20", "10", "30"),
    "US": ("512", "303", "617"),
    "AT": ("512", "662", "5356"),
    "CH": ("44", "31", "21"),
    "BE": ("2", "4", "81"),
    "DE": ("89", "30", "40"),
}
LENGTH = {"FR": 9, "PT": 9, "NL": 9, "US": 10, "AT": 10, "CH": 9, "BE": 9, "DE": 10}


def phone(rng: random.Random, country: str, mobile: bool = True) -> phonenumbers.PhoneNumber:
    starts = (MOBILE_STARTS if mobile else LANDLINE_STARTS)[country]
    code = phonenumbers.country_code_for_region(country)
    while True:
        start = pick(rng, starts)
        rest = digits(rng, LENGTH[country] - len(start))
        if country == "US" and (rest[0] in "01" or rest[:2] == "55"):
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
    plain = national(number).replace(" ", "")
    return ".".join(plain[i : i + 2] for i in range(0, 10, 2))


def french_street(rng: random.Random) -> str:
    return f"{rng.randrange(1, 120)}{pick(rng, ('', '', ' bis'))} {pick(rng, VOIES)}"


def person(rng: random.Random, firsts: Sequence[str], lasts: Sequence[str]) -> tuple[str, str]:
    return pick(rng, firsts), pick(rng, lasts)


def email(first: str, last: str, domain: str) -> str:
    local = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
    table = str.maketrans("éèêëàâäîïôöûüçãõóíáú", "eeeeaaaiioouucaooiau")
    return f"{local.translate(table)}@{domain}"


def siret(rng: random.Random) -> str:
    siren = digits(rng, 8)
    siren += luhn.calc_check_digit(siren)
    body = siren + "000" + str(rng.randrange(1, 10))
    return body + luhn.calc_check_digit(body)


def iban_of(rng: random.Random, country: str, length: int, bank: str = "") -> str:
    bban = bank + digits(rng, length)
    return iban.format(f"{country}{iban.calc_check_digits(country + '00' + bban)}{bban}")


def spaced_siret(number: str) -> str:
    return f"{number[:3]} {number[3:6]} {number[6:9]} {number[9:]}"


NOMS_WINE = ("Lafleur-Bessan", "Marsaudon", "de Peyrelongue", "Haut-Carbonnel", "Roquemaure")


def fr_vat(siret_number: str) -> str:
    siren = int(siret_number[:9])
    return f"FR{(12 + 3 * (siren % 97)) % 97:02d}{siret_number[:9]}"


def vat_number(rng: random.Random, country: str) -> str:
    """A VAT number python-stdnum holds valid: PT (NIF), AT (UID), NL (BTW), DE or CH (UID)."""
    while True:
        if country == "PT":
            candidate = "5" + digits(rng, 8)
            if nif.is_valid(candidate):
                return f"PT{candidate}"
        elif country == "AT":
            candidate = "ATU" + digits(rng, 8)
            if uid.is_valid(candidate):
                return candidate
        elif country == "NL":
            candidate = f"NL{digits(rng, 9)}B01"
            if btw.is_valid(candidate):
                return candidate
        elif country == "DE":
            candidate = "DE" + str(rng.randrange(1, 10)) + digits(rng, 8)
            if de_vat.is_valid(candidate):
                return candidate
        else:
            candidate = "CHE" + digits(rng, 9)
            if ch_uid.is_valid(candidate):
                return ch_uid.format(candidate)
