"""Invented debtors, sellers and identifiers drawn from a seed.

People, companies, streets and phone numbers are made up (names and phones through
`../blind5/people.py`); towns with their postcodes are public postal facts (La Poste, bpost,
An Post's Eircode routing keys, Royal Mail, Correos, Poste Italiane); the unique part of an
Eircode is invented. IBANs, SIRETs and VAT numbers are well formed (python-stdnum) and made up.
"""

from __future__ import annotations

import random
import unicodedata

import phonenumbers
from stdnum import iban, luhn
from stdnum.fr import tva

from tests.parsing.blind5.people import digits, e164, phone, pick

TOWNS_FR = (
    ("86000", "Poitiers"),
    ("16000", "Angoulême"),
    ("79000", "Niort"),
    ("24000", "Périgueux"),
    ("19100", "Brive-la-Gaillarde"),
    ("46000", "Cahors"),
    ("12000", "Rodez"),
    ("81000", "Albi"),
    ("65000", "Tarbes"),
    ("40000", "Mont-de-Marsan"),
    ("03100", "Montluçon"),
    ("58000", "Nevers"),
    ("89000", "Auxerre"),
    ("10000", "Troyes"),
    ("51100", "Reims"),
    ("02100", "Saint-Quentin"),
    ("76600", "Le Havre"),
    ("14000", "Caen"),
    ("50100", "Cherbourg-en-Cotentin"),
    ("22000", "Saint-Brieuc"),
    ("56100", "Lorient"),
    ("85000", "La Roche-sur-Yon"),
    ("72000", "Le Mans"),
    ("45000", "Orléans"),
    ("18000", "Bourges"),
    ("39000", "Lons-le-Saunier"),
    ("68100", "Mulhouse"),
    ("88000", "Épinal"),
    ("06300", "Nice"),
    ("83000", "Toulon"),
)
TOWNS_VIENNE = (
    ("86000", "Poitiers"),
    ("86180", "Buxerolles"),
    ("86360", "Chasseneuil-du-Poitou"),
    ("86240", "Ligugé"),
    ("86550", "Mignaloux-Beauvoir"),
    ("86130", "Jaunay-Marigny"),
    ("86580", "Vouneuil-sous-Biard"),
    ("86360", "Montamisé"),
)
CEDEX_FR = (
    ("86035", "Poitiers CEDEX"),
    ("76084", "Le Havre CEDEX"),
    ("51097", "Reims CEDEX"),
    ("45043", "Orléans CEDEX 1"),
    ("14052", "Caen CEDEX 4"),
)
OVERSEAS_FR = (("97200", "Fort-de-France"), ("97300", "Cayenne"), ("97400", "Saint-Denis"))
STREETS_FR = (
    "rue des Capucins",
    "avenue de la Libération",
    "rue Pierre Brossolette",
    "chemin des Meuniers",
    "allée des Tilleuls",
    "rue du Pont-Neuf",
    "boulevard Carnot",
    "impasse du Moulin à Vent",
    "rue Victor Hugo",
    "place du Minage",
    "rue de la Tuilerie",
    "avenue Jean Moulin",
    "route de Limoges",
    "rue des Trois Rois",
)
TOWNS_BE = (
    ("1050", "Ixelles"),
    ("1030", "Schaerbeek"),
    ("1180", "Uccle"),
    ("1200", "Woluwe-Saint-Lambert"),
    ("1080", "Molenbeek-Saint-Jean"),
    ("1140", "Evere"),
    ("1300", "Wavre"),
    ("1400", "Nivelles"),
    ("1500", "Halle"),
    ("1800", "Vilvoorde"),
)
STREETS_BE = (
    "Rue Américaine",
    "Avenue Brugmann",
    "Chaussée de Waterloo",
    "Rue du Bailli",
    "Rue Vanderkindere",
    "Avenue de Tervueren",
    "Rue Gallait",
    "Leuvensesteenweg",
    "Kerkstraat",
    "Rue des Palais",
)
TOWNS_IE = (
    ("D02", "Dublin 2", None),
    ("D04", "Dublin 4", None),
    ("D06W", "Dublin 6W", None),
    ("H91", "Galway", "Co. Galway"),
    ("T12", "Cork", "Co. Cork"),
    ("V94", "Limerick", "Co. Limerick"),
    ("X91", "Waterford", "Co. Waterford"),
    ("A92", "Drogheda", "Co. Louth"),
    ("F92", "Letterkenny", "Co. Donegal"),
    ("R95", "Kilkenny", "Co. Kilkenny"),
)
STREETS_IE = (
    "Harbour Road",
    "Fitzwilliam Lane",
    "Bridge Street Upper",
    "Ballybrit Business Park",
    "Glenageary Avenue",
    "Mardyke Walk",
    "O'Connell Crescent",
    "Sráid an Teampaill",
)
TOWNS_GB = (
    ("EH3", "Edinburgh", None),
    ("G12", "Glasgow", None),
    ("AB10", "Aberdeen", None),
    ("DD1", "Dundee", None),
    ("PH1", "Perth", "Perthshire"),
    ("KY16", "St Andrews", "Fife"),
    ("YO1", "York", "North Yorkshire"),
    ("BA1", "Bath", "Somerset"),
    ("CB2", "Cambridge", "Cambridgeshire"),
    ("LS6", "Leeds", "West Yorkshire"),
)
STREETS_GB = (
    "Marchmont Crescent",
    "Byres Road",
    "Albyn Place",
    "Perth Road",
    "Tay Street",
    "Hope Street",
    "Gillygate",
    "Lansdown Crescent",
    "Mill Road",
    "Headingley Lane",
)
TOWNS_ES = (
    ("28013", "Madrid"),
    ("08012", "Barcelona"),
    ("46002", "Valencia"),
    ("41004", "Sevilla"),
    ("48001", "Bilbao"),
    ("20003", "Donostia-San Sebastián"),
    ("50001", "Zaragoza"),
    ("29015", "Málaga"),
)
STREETS_ES = (
    "Calle de Alcalá",
    "Carrer de Verdi",
    "Avenida de la Constitución",
    "Calle Mayor",
    "Paseo de la Castellana",
    "Calle de San Vicente",
)
TOWNS_IT = (
    ("20121", "Milano", "MI"),
    ("10123", "Torino", "TO"),
    ("40121", "Bologna", "BO"),
    ("37121", "Verona", "VR"),
    ("50122", "Firenze", "FI"),
)
STREETS_IT = ("Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Monza")
COMPANY_WORDS = (
    "Ardoise",
    "Calcaire",
    "Bruyère",
    "Mirabelle",
    "Cormoran",
    "Verveine",
    "Sablier",
    "Lanterne",
    "Ormeau",
    "Clématite",
    "Boussole",
    "Mouette",
)
COMPANY_KINDS = ("SARL", "SAS", "SA", "EURL", "SCOP")
MOBILE_STARTS = {
    "IE": ("83", "85", "86", "87", "89"),
    "IT": ("32", "33", "34", "347"),
    "ES": ("6",),
}
NATIONAL_LENGTH = {"IE": 9, "IT": 10, "ES": 9}


def phone_e164(rng: random.Random, country: str, mobile: bool = True) -> str:
    """A valid number of `country` in E.164; IE, IT and ES drawn here, the rest by blind5."""
    if country not in MOBILE_STARTS:
        return e164(phone(rng, country, mobile))
    code = phonenumbers.country_code_for_region(country)
    while True:
        start = pick(rng, MOBILE_STARTS[country])
        number = phonenumbers.parse(
            f"+{code}{start}{digits(rng, NATIONAL_LENGTH[country] - len(start))}"
        )
        if phonenumbers.is_valid_number(number):
            return e164(number)


def printed(number: str, form: str = "national") -> str:
    """`number` (E.164) printed nationally, internationally or French-dotted."""
    parsed = phonenumbers.parse(number)
    if form == "international":
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    if form == "dotted":
        return national.replace(" ", ".")
    return national


def street_fr(rng: random.Random) -> str:
    return f"{rng.randrange(1, 120)}{pick(rng, ('', '', '', ' bis'))} {pick(rng, STREETS_FR)}"


def company_fr(rng: random.Random, trade: str) -> str:
    return f"{pick(rng, COMPANY_KINDS)} {trade} {pick(rng, COMPANY_WORDS)}"


def eircode(rng: random.Random, key: str) -> str:
    letters = "ACDEFHKNPRTVWXY"
    tail = "".join(pick(rng, letters + "0123456789") for _ in range(4))
    return f"{key} {tail}"


def siret(rng: random.Random) -> str:
    siren = digits(rng, 8)
    siren += luhn.calc_check_digit(siren)
    nic = "0001" if rng.random() < 0.5 else "0002"
    while not luhn.is_valid(siren + nic + "0"):
        nic = f"{int(nic) + 1:04d}"
    return siren + nic + "0"


def french_vat(siret_number: str) -> str:
    siren = siret_number[:9]
    key = (12 + 3 * (int(siren) % 97)) % 97
    number = f"FR{key:02d}{siren}"
    assert tva.is_valid(number)
    return number


def spaced_siret(siret_number: str) -> str:
    return f"{siret_number[:3]} {siret_number[3:6]} {siret_number[6:9]} {siret_number[9:]}"


def iban_of(rng: random.Random, country: str, length: int, bank: str = "") -> str:
    body = bank + digits(rng, length - 4 - len(bank))
    number = f"{country}{iban.calc_check_digits(country + '00' + body)}{body}"
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def slug(text: str) -> str:
    """`text` in lower-case ASCII letters and digits, for an invented e-mail address."""
    bare = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in bare.lower() if ch.isalnum())
