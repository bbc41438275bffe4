"""Invented people, companies, streets, phones and registration numbers for the ninth set.

Every person, company and street is made up; town names with their postcodes are public postal
facts (La Poste, Royal Mail outward codes, USPS, bpost, Swiss Post, POST Luxembourg, Canada
Post forward sortation areas), so no address is anyone's: the UK inward codes, the ZIP+4
suffixes and the Canadian local delivery units are invented. Phones are drawn until
libphonenumber holds them valid; SIRETs, IBANs and VAT numbers are well formed (python-stdnum)
and belong to no one known.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import phonenumbers
from stdnum import iban, luhn
from stdnum.be import vat as be_vat
from stdnum.ch import uid as ch_uid
from stdnum.lu import tva as lu_tva

from tests.parsing.blind5.people import digits, pick

__all__ = ["digits", "pick"]

FR_WOMEN = ("Gwenaëlle", "Océane", "Maryvonne", "Sidonie", "Léontine", "Apolline", "Nadège")
FR_MEN = ("Yves-Marie", "Fulbert", "Eudes", "Gontran", "Ambroise", "Léopold", "Tanguy", "Hervé")
FR_LAST = (
    "Le Bihan",
    "Kerjean",
    "Montagnac",
    "Boisrenard",
    "Castagnède",
    "Ducloux",
    "Fougerolle",
    "Grandjouan",
    "Hautecœur",
    "Lavergnat",
    "Mercadier",
    "Pouzadoux",
    "Rochebrune",
    "Sabatery",
    "Vergnaud",
)
UK_FIRST = ("Philippa", "Jocasta", "Morwenna", "Eleanor", "Crispin", "Alasdair", "Barnaby")
UK_LAST = ("Trelawney", "Ashcombe", "Fenwick", "Haverstock", "Mabbott", "Quarrie", "Sudbury")
US_FIRST = ("Dakota", "Lorena", "Trevor", "Marisol", "Curtis", "Jolene", "Desmond", "Ainsley")
US_LAST = ("Kowalczyk", "Ferreira", "Abernathy", "Nakamura", "Delacroix", "Pruitt", "Stroud")
BE_FIRST = ("Amandine", "Quentin", "Ludivine", "Arnaud", "Manon", "Grégory", "Noémie")
BE_LAST = ("Dethier", "Vanderheyden", "Lejeune", "Gilsoul", "Remacle", "Hubinon", "Dubuisson")
CH_FIRST = ("Loïc", "Séverine", "Cédric", "Mélanie", "Yann", "Carole", "Bastien")
CH_LAST = ("Rochat", "Berthoud", "Pittet", "Chappuis", "Dufaux", "Mottier", "Jaquier")
LU_LAST = ("Weber", "Hoffmann", "Kieffer", "Schmit", "Reuter", "Thill", "Wagner")
QC_FIRST = ("Étienne", "Geneviève", "Mathieu", "Isabelle", "Jean-François", "Marie-Ève")
QC_LAST = ("Tremblay", "Gagnon", "Bouchard", "Pelletier", "Lévesque", "Desrosiers", "Ouellet")

FR_STREETS = (
    "rue des Capucins",
    "allée des Mimosas",
    "chemin de la Garenne",
    "avenue Aristide Briand",
    "impasse du Lavoir",
    "rue de la Tannerie",
    "boulevard Carnot",
    "rue du Maréchal Foch",
    "place du Champ de Foire",
    "route de Bellevue",
    "rue Victor Hugo",
    "rue des Écoles",
)
FR_TOWNS = (
    ("29000", "Quimper"),
    ("56100", "Lorient"),
    ("53000", "Laval"),
    ("18000", "Bourges"),
    ("19100", "Brive-la-Gaillarde"),
    ("24000", "Périgueux"),
    ("81000", "Albi"),
    ("46000", "Cahors"),
    ("16000", "Angoulême"),
    ("79000", "Niort"),
    ("85000", "La Roche-sur-Yon"),
    ("10000", "Troyes"),
    ("88000", "Épinal"),
    ("01000", "Bourg-en-Bresse"),
    ("73000", "Chambéry"),
    ("83000", "Toulon"),
    ("11000", "Carcassonne"),
    ("66000", "Perpignan"),
)
FR_CEDEX = (
    ("35042", "Rennes CEDEX"),
    ("21078", "Dijon CEDEX"),
    ("49035", "Angers CEDEX 01"),
    ("86073", "Poitiers CEDEX 9"),
)
UK_TOWNS = (
    ("Taunton", "Somerset", "TA1"),
    ("Kendal", "Cumbria", "LA9"),
    ("Ludlow", "Shropshire", "SY8"),
    ("Truro", "Cornwall", "TR1"),
    ("Stamford", "Lincolnshire", "PE9"),
    ("Hexham", "Northumberland", "NE46"),
    ("Bury St Edmunds", "Suffolk", "IP33"),
    ("Malton", "North Yorkshire", "YO17"),
)
UK_STREETS = ("Priory Road", "Castle Hill", "Tanners Lane", "Orchard Close", "Market Street")
UK_HOUSES = ("Rose Cottage", "The Old Forge", "Meadow View", "Holly Barn")
US_TOWNS = (
    ("Columbus", "OH", "43215"),
    ("Omaha", "NE", "68102"),
    ("Richmond", "VA", "23219"),
    ("Spokane", "WA", "99201"),
    ("Albuquerque", "NM", "87102"),
    ("Louisville", "KY", "40202"),
)
US_STREETS = ("Maple Ridge Drive", "W Broad Street", "Cottonwood Lane", "N Monroe Street")
BE_TOWNS = (
    ("4800", "Verviers"),
    ("6000", "Charleroi"),
    ("1300", "Wavre"),
    ("7500", "Tournai"),
    ("6700", "Arlon"),
    ("1400", "Nivelles"),
)
BE_STREETS = (
    "Rue des Wallons",
    "Avenue de la Closeraie",
    "Rue du Pont d'Avroy",
    "Chaussée de Namur",
)
CH_TOWNS = (
    ("1201", "Genève"),
    ("1227", "Carouge"),
    ("1260", "Nyon"),
    ("1400", "Yverdon-les-Bains"),
    ("2300", "La Chaux-de-Fonds"),
    ("1630", "Bulle"),
)
CH_STREETS = ("Rue de Carouge", "Chemin des Crêts", "Avenue de Champel", "Route de Florissant")
FR_NEAR_GENEVA = (
    ("74100", "Annemasse"),
    ("01210", "Ferney-Voltaire"),
    ("74160", "Saint-Julien-en-Genevois"),
)
LU_TOWNS = (
    ("L-4130", "Esch-sur-Alzette"),
    ("L-2540", "Luxembourg"),
    ("L-3401", "Dudelange"),
    ("L-8009", "Strassen"),
    ("L-9201", "Diekirch"),
)
LU_STREETS = ("rue de l'Alzette", "route d'Arlon", "avenue de la Liberté", "rue du Fossé")
FR_NEAR_LU = (("57100", "Thionville"), ("54400", "Longwy"))
QC_TOWNS = (
    ("Montréal", "H2X 1Y4"),
    ("Québec", "G1R 4P5"),
    ("Laval", "H7N 5H9"),
    ("Sherbrooke", "J1H 1Z4"),
    ("Gatineau", "J8X 3X7"),
    ("Longueuil", "J4K 2T5"),
)
QC_STREETS = ("rue Saint-Denis", "boulevard Laurier", "avenue du Mont-Royal", "rue King Ouest")

PLANS = {
    "FR": (("6", "7"), ("2", "3", "4", "5"), 9),
    "GB": (("77", "78", "79"), ("1823", "1539", "1584", "1872"), 10),
    "US": (("614", "402", "804", "509"), ("505", "502"), 10),
    "BE": (("470", "475", "485", "495"), ("87", "71", "10", "69"), 9),
    "CH": (("79", "78", "76"), ("22", "24", "26"), 9),
    "LU": (("621", "661", "691"), ("26",), 9),
    "CA": (("514", "438", "418"), ("819", "450"), 10),
}


def phone(rng: random.Random, country: str, mobile: bool = True) -> phonenumbers.PhoneNumber:
    mobiles, landlines, length = PLANS[country]
    code = phonenumbers.country_code_for_region(country)
    while True:
        start = pick(rng, mobiles if mobile else landlines)
        rest = digits(rng, length - len(start))
        if country in ("US", "CA") and (rest[0] in "01" or rest[:2] == "55"):
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


def dotted(number: phonenumbers.PhoneNumber) -> str:
    """`06.12.34.56.78`."""
    plain = national(number).replace(" ", "")
    return ".".join(plain[i : i + 2] for i in range(0, 10, 2))


def glued(number: phonenumbers.PhoneNumber) -> str:
    """`0612345678`, as a form field keeps it."""
    return national(number).replace(" ", "")


def french_person(rng: random.Random) -> tuple[str, str, str]:
    """(civility, first name, surname)."""
    if rng.random() < 0.5:
        return "Mme", pick(rng, FR_WOMEN), pick(rng, FR_LAST)
    return "M.", pick(rng, FR_MEN), pick(rng, FR_LAST)


def person(rng: random.Random, firsts: Sequence[str], lasts: Sequence[str]) -> tuple[str, str]:
    return pick(rng, firsts), pick(rng, lasts)


def french_street(rng: random.Random) -> str:
    return f"{rng.randrange(1, 90)}{pick(rng, ('', '', ' bis', ' ter'))} {pick(rng, FR_STREETS)}"


def mail(first: str, last: str, domain: str) -> str:
    local = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
    table = str.maketrans("éèêëàâäîïôöûüçœ", "eeeeaaaiioouuco")
    return f"{local.translate(table)}@{domain}"


def siret(rng: random.Random) -> str:
    siren = digits(rng, 8)
    siren += luhn.calc_check_digit(siren)
    body = siren + "000" + str(rng.randrange(1, 10))
    return body + luhn.calc_check_digit(body)


def fr_vat(siret_number: str) -> str:
    siren = int(siret_number[:9])
    return f"FR{(12 + 3 * (siren % 97)) % 97:02d}{siret_number[:9]}"


def iban_of(rng: random.Random, country: str, length: int) -> str:
    bban = digits(rng, length)
    return iban.format(f"{country}{iban.calc_check_digits(country + '00' + bban)}{bban}")


def be_vat_number(rng: random.Random) -> str:
    while True:
        candidate = "0" + digits(rng, 7)
        candidate += f"{97 - int(candidate) % 97:02d}"
        if be_vat.is_valid(candidate):
            return f"BE {candidate[:4]}.{candidate[4:7]}.{candidate[7:]}"


def ch_uid_number(rng: random.Random) -> str:
    while True:
        candidate = "CHE" + digits(rng, 9)
        if ch_uid.is_valid(candidate):
            return ch_uid.format(candidate)


def lu_vat_number(rng: random.Random) -> str:
    body = digits(rng, 6)
    number = f"{body}{int(body) % 89:02d}"
    assert lu_tva.is_valid(number)
    return f"LU{number}"


def structured_communication(rng: random.Random) -> str:
    """`+++123/4567/89012+++`: ten digits and their modulo-97 check."""
    body = int(digits(rng, 10))
    check = body % 97 or 97
    text = f"{body:010d}{check:02d}"
    return f"+++{text[:3]}/{text[3:7]}/{text[7:]}+++"


def uk_postcode(rng: random.Random, outward: str) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{outward} {rng.randrange(1, 10)}{pick(rng, letters)}{pick(rng, letters)}"
