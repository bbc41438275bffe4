"""Debtors drawn from a seed: names, streets, towns and contacts as each country prints them."""

from __future__ import annotations

import random
import unicodedata

import phonenumbers

from .formats import words
from .model import Party

FR_FIRST = words(
    "Jeanne Marie Claire Sophie Isabelle Nathalie Camille Élise Agnès Hélène Odile Monique "
    "Françoise Léa Manon Chloé Inès Margaux Pauline Solène Gisèle Brigitte Yvette Colette "
    "Pierre Jean Paul Luc Michel Alain Bernard Étienne François Gérard Hugo Louis Mathieu "
    "Nicolas Olivier Rémi Thierry Yves Antoine Benoît Cédric Damien Frédéric Jérôme Loïc"
)
FR_LAST = words(
    "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
    "Lefèvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier "
    "Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin "
    "Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine "
    "Chevalier Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger "
    "Kerouac Schneider Weber Meyer Keller Lacroix Bouvier Marchand Brun Picard"
)
FEMALE = set(FR_FIRST[:24])

FR_STREET_KINDS = ("rue", "avenue", "boulevard", "impasse", "allée", "chemin", "place", "route")
FR_STREET_NAMES = (
    "des Lilas",
    "Victor Hugo",
    "de la République",
    "du Général de Gaulle",
    "Jean Jaurès",
    "des Acacias",
    "du Moulin",
    "de la Gare",
    "Pasteur",
    "des Écoles",
    "Saint-Exupéry",
    "du Château",
    "des Tilleuls",
    "de Verdun",
    "Gambetta",
    "du Stade",
    "des Vignes",
    "Émile Zola",
    "de l'Église",
    "du Maréchal Foch",
    "des Peupliers",
    "de Strasbourg",
    "Clemenceau",
    "de la Paix",
)
FR_TOWNS = (
    ("67000", "Strasbourg"),
    ("69003", "Lyon"),
    ("13006", "Marseille"),
    ("33000", "Bordeaux"),
    ("31000", "Toulouse"),
    ("44000", "Nantes"),
    ("59800", "Lille"),
    ("35000", "Rennes"),
    ("21000", "Dijon"),
    ("37000", "Tours"),
    ("87000", "Limoges"),
    ("63000", "Clermont-Ferrand"),
    ("25000", "Besançon"),
    ("76000", "Rouen"),
    ("29200", "Brest"),
    ("74000", "Annecy"),
    ("06000", "Nice"),
    ("34000", "Montpellier"),
    ("51100", "Reims"),
    ("57000", "Metz"),
    ("68100", "Mulhouse"),
    ("64000", "Pau"),
    ("86000", "Poitiers"),
    ("80000", "Amiens"),
    ("38000", "Grenoble"),
    ("45000", "Orléans"),
    ("14000", "Caen"),
    ("17000", "La Rochelle"),
    ("84000", "Avignon"),
    ("73000", "Chambéry"),
    ("56100", "Lorient"),
    ("24000", "Périgueux"),
    ("71100", "Chalon-sur-Saône"),
    ("95300", "Pontoise"),
    ("78000", "Versailles"),
    ("92100", "Boulogne-Billancourt"),
    ("94300", "Vincennes"),
    ("42000", "Saint-Étienne"),
    ("26000", "Valence"),
    ("40100", "Dax"),
)
FR_COMPANY_FORMS = ("SARL", "SAS", "EURL", "SA", "SCI", "SASU")
FR_COMPANY_WORDS = (
    "Bâtiment",
    "Conseil",
    "Immobilier",
    "Distribution",
    "Services",
    "Habitat",
    "Transports",
    "Informatique",
    "Restauration",
    "Menuiserie",
    "Paysages",
    "Pharmacie",
    "Garage",
    "Boulangerie",
    "Imprimerie",
)
FR_RESIDENCES = (
    "Résidence Les Tilleuls, Bât. B",
    "Résidence du Parc, appt 12",
    "Le Clos des Vignes, appt 3",
    "Résidence Bellevue, escalier C",
    "Bâtiment A, 2e étage",
)

BE_TOWNS = (
    ("1000", "Bruxelles"),
    ("1050", "Ixelles"),
    ("1180", "Uccle"),
    ("1300", "Wavre"),
    ("1348", "Louvain-la-Neuve"),
    ("1400", "Nivelles"),
    ("4000", "Liège"),
    ("4800", "Verviers"),
    ("5000", "Namur"),
    ("6000", "Charleroi"),
    ("6700", "Arlon"),
    ("7000", "Mons"),
    ("7500", "Tournai"),
    ("6900", "Marche-en-Famenne"),
)
BE_STREETS = (
    "Rue de la Station",
    "Avenue Louise",
    "Chaussée de Waterloo",
    "Rue des Croisiers",
    "Boulevard d'Avroy",
    "Rue de Fer",
    "Place Saint-Lambert",
    "Rue du Onze Novembre",
    "Avenue des Combattants",
    "Rue Haute",
)
CH_TOWNS = (
    ("1200", "Genève"),
    ("1003", "Lausanne"),
    ("2000", "Neuchâtel"),
    ("1700", "Fribourg"),
    ("1950", "Sion"),
    ("1400", "Yverdon-les-Bains"),
    ("2300", "La Chaux-de-Fonds"),
    ("1820", "Montreux"),
    ("1260", "Nyon"),
    ("1110", "Morges"),
    ("2800", "Delémont"),
    ("1630", "Bulle"),
)
CH_STREETS = (
    "Rue du Marché",
    "Chemin des Vignes",
    "Avenue de la Gare",
    "Rue de Lausanne",
    "Route de Chêne",
    "Chemin du Levant",
    "Rue du Temple",
    "Avenue du Léman",
    "Grand-Rue",
    "Rue des Alpes",
)
UK_FIRST = words(
    "Oliver Harry George Jack Charlie Thomas James William Henry Alfie Amelia Olivia "
    "Isla Emily Poppy Ava Isabella Jessica Lily Sophie Grace Ruth Margaret Eleanor"
)
UK_LAST = words(
    "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans "
    "Walker White Roberts Green Hall Wood Jackson Clarke Hughes Edwards Turner Cooper"
)
UK_TOWNS = (
    ("Reading", "Berkshire", "RG1 8DN", "118"),
    ("Guildford", "Surrey", "GU1 4RH", "1483"),
    ("Cheltenham", "Gloucestershire", "GL50 1QA", "1242"),
    ("Harrogate", "North Yorkshire", "HG1 2RQ", "1423"),
    ("Truro", "Cornwall", "TR1 2HE", "1872"),
    ("Norwich", "Norfolk", "NR2 4TE", "1603"),
    ("Bath", "Somerset", "BA1 1LZ", "1225"),
    ("Chester", "Cheshire", "CH1 2HU", "1244"),
    ("Ipswich", "Suffolk", "IP4 1AX", "1473"),
    ("Exeter", "Devon", "EX4 3LS", "1392"),
    ("London", None, "SE1 7PB", "20"),
    ("Manchester", None, "M2 5DB", "161"),
    ("Kendal", "Cumbria", "LA9 4DL", "1539"),
    ("Lewes", "East Sussex", "BN7 2AN", "1273"),
)
UK_STREETS = (
    "High Street",
    "Mill Lane",
    "Church Road",
    "Station Road",
    "Victoria Street",
    "The Green",
    "Kings Road",
    "Orchard Close",
    "Park Avenue",
    "Queen Street",
)
UK_FLATS = ("Flat 2", "Flat 14", "Unit 3", "Apartment 7", "Suite 4")
US_FIRST = words(
    "Emma Liam Noah Ava Mia Ethan Mason Harper Evelyn Logan Lucas Abigail Ella Jackson "
    "Madison Grace Daniel Chloe Samuel Victoria"
)
US_LAST = words(
    "Johnson Miller Davis Rodriguez Wilson Anderson Taylor Moore Jackson Harris Clark Lewis "
    "Walker Young Allen King Scott Baker Nelson Carter"
)
US_TOWNS = (
    ("Springfield", "IL", "62704", "217"),
    ("Austin", "TX", "78701", "512"),
    ("Portland", "OR", "97205", "503"),
    ("Madison", "WI", "53703", "608"),
    ("Burlington", "VT", "05401", "802"),
    ("Boulder", "CO", "80302", "303"),
    ("Asheville", "NC", "28801", "828"),
    ("Savannah", "GA", "31401", "912"),
    ("Ann Arbor", "MI", "48104", "734"),
    ("Santa Fe", "NM", "87501", "505"),
    ("Tacoma", "WA", "98402", "253"),
    ("Columbus", "OH", "43215", "614"),
    ("Providence", "RI", "02903", "401"),
    ("Boise", "ID", "83702", "208"),
)
US_STREETS = (
    "Maple Avenue",
    "Oak Street",
    "Elm Drive",
    "Washington Boulevard",
    "Lincoln Way",
    "Cedar Lane",
    "Pine Street",
    "Lakeview Road",
    "Main Street",
    "Sunset Drive",
)
US_UNITS = ("Suite 200", "Apt 4B", "Unit 12", "Suite 1450", "Floor 3")
DE_FIRST = words("Anna Lena Julia Katrin Petra Sabine Jonas Lukas Felix Stefan Markus Tobias")
DE_LAST = words("Müller Schmidt Schneider Fischer Weber Wagner Becker Hoffmann Schäfer Koch")
DE_TOWNS = (
    ("10115", "Berlin", "30"),
    ("80331", "München", "89"),
    ("20095", "Hamburg", "40"),
    ("50667", "Köln", "221"),
    ("60311", "Frankfurt am Main", "69"),
    ("70173", "Stuttgart", "711"),
    ("79098", "Freiburg im Breisgau", "761"),
    ("76133", "Karlsruhe", "721"),
    ("04109", "Leipzig", "341"),
    ("01067", "Dresden", "351"),
)
DE_STREETS = ("Hauptstraße", "Lindenallee", "Bahnhofstraße", "Gartenweg", "Schillerstraße")
DE_FORMS = ("GmbH", "GmbH & Co. KG", "AG", "e.K.")
DE_WORDS = ("Elektrotechnik", "Holzbau", "Logistik", "Medien", "Maschinenbau", "Druckerei")

MAIL_PROVIDERS = {
    "FR": ("orange.fr", "laposte.net", "free.fr", "gmail.com", "wanadoo.fr", "sfr.fr"),
    "BE": ("skynet.be", "gmail.com", "proximus.be", "telenet.be"),
    "CH": ("bluewin.ch", "gmail.com", "sunrise.ch", "hispeed.ch"),
    "GB": ("btinternet.com", "gmail.com", "outlook.com", "sky.com"),
    "US": ("gmail.com", "comcast.net", "yahoo.com", "outlook.com"),
    "DE": ("gmx.de", "web.de", "t-online.de", "gmail.com"),
}


def ascii_slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum() or ch in ".-")


def valid_e164(text: str) -> str:
    number = phonenumbers.parse(text)
    if not phonenumbers.is_valid_number(number):
        raise ValueError(f"generated phone {text} is not a valid number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def person_email(rng: random.Random, first: str, last: str, country: str) -> str:
    provider = rng.choice(MAIL_PROVIDERS[country])
    shape = rng.choice(("{f}.{l}", "{f}{l}", "{i}.{l}", "{f}.{l}{n}"))
    local = shape.format(
        f=ascii_slug(first),
        l=ascii_slug(last).replace(" ", ""),
        i=ascii_slug(first)[0],
        n=rng.randint(1, 99),
    )
    return f"{local}@{provider}"


def company_email(rng: random.Random, company: str, country: str) -> str:
    words = [w for w in company.split() if w not in FR_COMPANY_FORMS + DE_FORMS]
    domain = ascii_slug("-".join(words))[:24].strip("-.")
    tld = {"GB": "co.uk", "US": "com"}.get(country, country.lower())
    return f"{rng.choice(('contact', 'compta', 'factures', 'accounts', 'admin'))}@{domain}.{tld}"


def fr_phone(rng: random.Random, mobile: bool) -> str:
    """A French number libphonenumber accepts (some prefixes belong to overseas departments)."""
    while True:
        head = rng.choice(("6", "7")) if mobile else rng.choice(("1", "2", "3", "4", "5"))
        number = phonenumbers.parse(f"+33{head}{rng.randint(10**7, 10**8 - 1)}")
        if (
            phonenumbers.is_valid_number(number)
            and phonenumbers.region_code_for_number(number) == "FR"
        ):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def fr_person(rng: random.Random) -> tuple[str, str, str]:
    """(civility, first name, last name)."""
    first = rng.choice(FR_FIRST)
    return ("Mme" if first in FEMALE else "M."), first, rng.choice(FR_LAST)


def fr_street(rng: random.Random) -> str:
    number = rng.randint(1, 180)
    suffix = rng.choice(("",) * 10 + (" bis", " ter"))
    return f"{number}{suffix} {rng.choice(FR_STREET_KINDS)} {rng.choice(FR_STREET_NAMES)}"


def fr_company(rng: random.Random) -> str:
    form = rng.choice(FR_COMPANY_FORMS)
    word = rng.choice(FR_COMPANY_WORDS)
    last = rng.choice(FR_LAST)
    return rng.choice(
        (f"{form} {last} {word}", f"{word} {last} {form}", f"{form} {word} du Centre")
    )


def fr_debtor(
    rng: random.Random,
    *,
    business: bool,
    civility: bool = True,
    residence: bool = False,
    box: bool = False,
    email: bool = True,
    phone: bool = True,
    ref: str | None = None,
) -> Party:
    """A French debtor; a business may get an attention line and a CS/BP box with CEDEX."""
    postcode, city = rng.choice(FR_TOWNS)
    street = [fr_street(rng)]
    if residence and not business:
        street.insert(0, rng.choice(FR_RESIDENCES))
    title, first, last = fr_person(rng)
    attention = None
    cedex = None
    box_line = None
    if business:
        name = fr_company(rng)
        attention = (
            rng.choice(("À l'attention de", "Attn :", "À l'att. de")) + f" {title} {first} {last}"
        )
        if box:
            box_line = (
                rng.choice(("CS", "BP")) + f" {rng.randint(10, 99) * 1000 + rng.randint(1, 999)}"
            )
            if box_line.startswith("BP"):
                box_line = f"BP {rng.randint(1, 999)}"
            cedex = rng.choice(("CEDEX", f"CEDEX {rng.randint(1, 9):02d}"))
            postcode = postcode[:2] + f"{rng.randint(0, 9)}{rng.randint(10, 99)}"
        mail = company_email(rng, name, "FR") if email else None
    else:
        name = f"{title} {first} {last}" if civility else f"{first} {last}"
        mail = person_email(rng, first, last, "FR") if email else None
    return Party(
        name=name,
        street=tuple(street),
        postcode=postcode,
        city=city,
        country="FR",
        attention=attention,
        box=box_line,
        cedex=cedex,
        email=mail,
        phone=fr_phone(rng, mobile=not business) if phone else None,
        customer_ref=ref,
        business=business,
    )


def be_debtor(rng: random.Random, *, business: bool, ref: str | None) -> Party:
    postcode, city = rng.choice(BE_TOWNS)
    number = rng.randint(1, 240)
    box = rng.choice(("", "", f" bte {rng.randint(1, 12)}"))
    street = f"{rng.choice(BE_STREETS)} {number}{box}"
    title, first, last = fr_person(rng)
    if business:
        name = f"{rng.choice(('SPRL', 'SRL', 'SA', 'ASBL'))} {last} {rng.choice(FR_COMPANY_WORDS)}"
        mail = company_email(rng, name, "BE")
    else:
        name = f"{'Madame' if title == 'Mme' else 'Monsieur'} {first} {last}"
        mail = person_email(rng, first, last, "BE")
    mobile = f"+324{rng.choice('5789')}{rng.randint(0, 9)}{rng.randint(100000, 999999)}"
    return Party(
        name=name,
        street=(street,),
        postcode=postcode,
        city=city,
        country="BE",
        email=mail if rng.random() < 0.8 else None,
        phone=valid_e164(mobile) if rng.random() < 0.75 else None,
        customer_ref=ref,
        business=business,
    )


def ch_debtor(rng: random.Random, *, business: bool, ref: str | None) -> Party:
    postcode, city = rng.choice(CH_TOWNS)
    street = f"{rng.choice(CH_STREETS)} {rng.randint(1, 90)}"
    title, first, last = fr_person(rng)
    if business:
        name = f"{last} {rng.choice(FR_COMPANY_WORDS)} {rng.choice(('SA', 'Sàrl'))}"
        mail = company_email(rng, name, "CH")
    else:
        name = f"{'Madame' if title == 'Mme' else 'Monsieur'} {first} {last}"
        mail = person_email(rng, first, last, "CH")
    phone = f"+417{rng.choice('6789')}{rng.randint(1000000, 9999999)}"
    return Party(
        name=name,
        street=(street,),
        postcode=postcode,
        city=city,
        country="CH",
        email=mail if rng.random() < 0.7 else None,
        phone=valid_e164(phone) if rng.random() < 0.7 else None,
        customer_ref=ref,
        business=business,
    )


def uk_debtor(rng: random.Random, *, business: bool, ref: str | None) -> Party:
    town, county, postcode, area = rng.choice(UK_TOWNS)
    street = [f"{rng.randint(1, 120)} {rng.choice(UK_STREETS)}"]
    if rng.random() < 0.35:
        street.insert(0, rng.choice(UK_FLATS))
    first, last = rng.choice(UK_FIRST), rng.choice(UK_LAST)
    if business:
        name = f"{last} & {rng.choice(UK_LAST)} {rng.choice(('Ltd', 'LLP', 'Limited'))}"
        mail = company_email(rng, name, "GB")
    else:
        name = f"{rng.choice(('Mr', 'Mrs', 'Ms', 'Dr'))} {first} {last}"
        mail = person_email(rng, first, last, "GB")
    local_len = 10 - len(area)
    digits = "".join(str(rng.randint(0, 9)) for _ in range(local_len - 1))
    phone = f"+44{area}{rng.randint(2, 8)}{digits}"
    if rng.random() < 0.4:
        phone = f"+447{rng.choice('45789')}{rng.randint(10000000, 99999999)}"
    return Party(
        name=name,
        street=tuple(street),
        postcode=postcode,
        city=town,
        country="GB",
        county=county,
        email=mail if rng.random() < 0.85 else None,
        phone=valid_e164(phone) if rng.random() < 0.7 else None,
        customer_ref=ref,
        business=business,
    )


def us_debtor(rng: random.Random, *, business: bool, ref: str | None) -> Party:
    city, state, zipcode, area = rng.choice(US_TOWNS)
    if rng.random() < 0.6:
        zipcode = f"{zipcode}-{rng.randint(1000, 9999)}"
    street = [f"{rng.randint(10, 9899)} {rng.choice(US_STREETS)}"]
    if rng.random() < 0.4:
        street.append(rng.choice(US_UNITS))
    first, last = rng.choice(US_FIRST), rng.choice(US_LAST)
    if business:
        trade = rng.choice(("Holdings", "Design", "Supply", "Dental"))
        name = f"{last} {trade} {rng.choice(('LLC', 'Inc.', 'Co.'))}"
        mail = company_email(rng, name, "US")
    else:
        name = f"{first} {last}"
        mail = person_email(rng, first, last, "US")
    phone = f"+1{area}555{rng.randint(100, 199):04d}"
    return Party(
        name=name,
        street=tuple(street),
        postcode=zipcode,
        city=city,
        country="US",
        state=state,
        email=mail if rng.random() < 0.8 else None,
        phone=valid_e164(phone) if rng.random() < 0.8 else None,
        customer_ref=ref,
        business=business,
    )


def de_debtor(rng: random.Random, *, ref: str | None) -> Party:
    postcode, city, area = rng.choice(DE_TOWNS)
    street = f"{rng.choice(DE_STREETS)} {rng.randint(1, 140)}{rng.choice(('', '', 'a', 'b'))}"
    last = rng.choice(DE_LAST)
    name = f"{last} {rng.choice(DE_WORDS)} {rng.choice(DE_FORMS)}"
    first = rng.choice(DE_FIRST)
    phone = f"+49{area}{rng.randint(1000000, 9999999)}"
    return Party(
        name=name,
        street=(street,),
        postcode=postcode,
        city=city,
        country="DE",
        attention=f"z. Hd. {first} {last}" if rng.random() < 0.5 else None,
        email=f"{ascii_slug(first)}.{ascii_slug(last)}@{ascii_slug(last)}-{rng.choice(DE_WORDS).lower()}.de"
        if rng.random() < 0.7
        else None,
        phone=valid_e164(phone) if rng.random() < 0.7 else None,
        customer_ref=ref,
        business=True,
    )
