"""Synthetic invoices to debtors in many countries and address shapes, with truth.

Written before reading the parser (issue 12). A French creditor -- and a few Swiss, Belgian and
UK ones -- invoices debtors in FR, BE, CH, LU, MC, DE, AT, GB, US, CA, ES, IT, NL and overseas
France. Each *style* is one way an issuer prints such a debtor's address: in the window or
under a label, with or WITHOUT a country line, the country line in French, English, the local
language or as a vehicle/ISO prefix on the postcode (``B-1000 Bruxelles``, ``CH-1204 Genève``,
``D-80331 München``, ``MC 98000``), the local shapes (a UK postcode on its own line after the
town and the county, US ``Austin, TX 78701-1234``, Canadian ``Montréal (Québec) H2X 1Y4``,
Dutch ``1016 DV Amsterdam``, Italian ``00184 Roma RM``), French ``CEDEX``/``CS``/``BP``/
``Lieu-dit``/``Résidence``/``Bâtiment`` lines, a DIN 5008 return-address line over the window;
with distractors: the seller's own address and country in the header and the footer, a delivery
or site address in another country, ``Made in Germany``, a bank's address, the seller's VAT
number beside the debtor. Each *seed* varies the address, the country line and the wording.

Truth is the debtor's street / postcode / city / country (ISO 3166 alpha-2) as
docs/parsing.md's record contract has them: several street lines joined with ``, `` (an
attention, ``c/o``, ``BP`` or ``CS`` line is not the street), the city keeps its ``CEDEX``, a
vehicle prefix is not part of the postcode, a US ZIP+4 / a Canadian or Dutch or UK postcode is
the whole code as printed, an Italian province after the town is dropped. Overseas France
(postcodes 971-976 and 984-988: Guadeloupe, Réunion, Nouvelle-Calédonie...) is a French address
(the contract: "French overseas numbers agree with a French address"), country FR, also when a
line under the town names the territory. The country is the real one, printed or not: a French
creditor's ``80331 München`` with no country line is DE.

    python -m tests.parsing.countries /tmp/countries          # write the PDFs and truth.json
    python -m tests.parsing.countries /tmp/countries --score  # and score `relance parse --json`

Nothing generated is kept in git.

Measured once on 2026-11-27 (18 styles x 10 seeds = 180 invoices), branch ``i12-country`` from
``land`` at e7f6709, before any change to the parser (load average 6.0):

- before: country 150/180 = 83.3 %, street 179/180 = 99.4 %, postcode 173/180 = 96.1 %,
  city 172/180 = 95.6 %; wrong records with empty problems and confidence >= 0.5: 15. The
  silent ones: a German or Spanish address with no country line read as FR (9), overseas
  France with its territory on the last line read as GP/RE/YT (4), a Dutch ``3011 AD
  Rotterdam`` under a Swiss creditor's return line read as CH (1, its postcode cut to 3011
  and the city ``AD Rotterdam``), a German debtor under a label read as FR (1). Flagged but
  wrong: Belgian, Swiss, Luxembourg, Austrian addresses with no country line ("debtor country
  not found"), Dutch postcodes cut before their letters, ``Roma RM`` keeping the province, a
  German block under ``BILL TO`` (fpdf2) not found at all.
- after the fixes of issue 12 (``parsing/layout/country.py``: overseas France as FR, country
  lines in seven languages, more postcode prefixes, Dutch postcodes without a country line,
  the street's language and numbering narrowing the postcode's countries, a doubt named when
  the country so told is not the issuer's; ``DE-80331`` no longer ends a block as a ``De :``
  heading): country 172/180 = 95.6 %, street, postcode and city 180/180 = 100 %; wrong records
  with empty problems: 0. The 8 misses left are flagged ``debtor country not found``: addresses
  that fit several countries with nothing printed to choose (``Rue de la Loi 16 / 1000
  Bruxelles``: BE, CH or LU; ``Zeil 90 / 60313 Frankfurt am Main``: DE, ES or IT). (Fixed
  knowing these misses: the after figure is not a blind one.)
"""

from __future__ import annotations

import argparse
import io
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.parsing.relance_json import parse_files

WIDTH, HEIGHT = A4
SEEDS = range(10)
FIELDS = ("street", "postcode", "city", "country")


@dataclass
class Page:
    """Text placed from the top-left corner, in points."""

    items: list[tuple[float, float, str, str, float]] = field(default_factory=list)

    def text(self, x: float, y: float, text: str, size: float = 9, bold: bool = False) -> None:
        self.items.append((x, y, text, "Helvetica-Bold" if bold else "Helvetica", size))

    def right(self, x: float, y: float, text: str, size: float = 9, bold: bool = False) -> None:
        self.items.append((x, y, "\0" + text, "Helvetica-Bold" if bold else "Helvetica", size))

    def block(self, x: float, y: float, lines: list[str], size: float = 10, step: float = 12):
        for i, line in enumerate(lines):
            self.text(x, y + step * i, line, size)
        return y + step * len(lines)


@dataclass
class Invoice:
    page: Page
    truth: dict[str, str]
    engine: str = "reportlab"


def render(invoice: Invoice) -> bytes:
    if invoice.engine == "fpdf2":
        return render_fpdf(invoice.page)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for x, y, text, font, size in invoice.page.items:
        canvas.setFont(font, size)
        if text.startswith("\0"):
            canvas.drawRightString(x, HEIGHT - y, text[1:])
        else:
            canvas.drawString(x, HEIGHT - y, text)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def render_fpdf(page: Page) -> bytes:
    """Another designer's tool: fpdf2 with its core fonts (Latin-1, so no euro sign)."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    for x, y, text, font, size in page.items:
        pdf.set_font("helvetica", "B" if font.endswith("Bold") else "", size)
        if text.startswith("\0"):
            text = text[1:]
            x -= pdf.get_string_width(text)
        pdf.text(x, y, text)
    return bytes(pdf.output())


# --- addresses ---------------------------------------------------------------------------------


@dataclass
class Address:
    """One debtor address: how it is printed (without the name) and its truth."""

    lines: list[str]
    street: str
    postcode: str
    city: str
    country: str

    def truth(self) -> dict[str, str]:
        return {"street": self.street, "postcode": self.postcode, "city": self.city,
                "country": self.country}  # fmt: skip


COUNTRY_LINES = {
    "BE": ("BELGIQUE", "Belgium", "België", "Belgique", "BELGIUM"),
    "CH": ("Suisse", "Schweiz", "SWITZERLAND", "SUISSE", "Svizzera"),
    "LU": ("Luxembourg", "LUXEMBOURG", "Grand-Duché de Luxembourg"),
    "MC": ("Monaco", "PRINCIPAUTÉ DE MONACO", "MONACO"),
    "GB": ("Royaume-Uni", "United Kingdom", "UK", "GREAT BRITAIN", "ROYAUME-UNI"),
    "US": ("USA", "United States", "ÉTATS-UNIS", "U.S.A.", "United States of America"),
    "CA": ("Canada", "CANADA"),
    "DE": ("Allemagne", "Deutschland", "GERMANY", "ALLEMAGNE", "Germany"),
    "AT": ("Österreich", "AUSTRIA", "Autriche", "ÖSTERREICH"),
    "ES": ("Espagne", "España", "SPAIN", "ESPAGNE"),
    "IT": ("Italia", "Italie", "ITALY", "ITALIE"),
    "NL": ("Nederland", "Pays-Bas", "The Netherlands", "NEDERLAND"),
    "FR": ("FRANCE", "France"),
}
PREFIXES = {"BE": ("B-", "BE-"), "CH": ("CH-",), "LU": ("L-",), "DE": ("D-", "DE-"),
            "AT": ("A-",), "FR": ("F-",), "MC": ("MC ", "MC-"), "IT": ("I-",), "ES": ("E-",),
            "NL": ("NL-",)}  # fmt: skip

# street, postcode, city (and for Italy the province)
CONTINENTAL = {
    "BE": (("Rue de la Loi 16", "1000", "Bruxelles"), ("Meir 24", "2000", "Antwerpen"),
           ("Place Saint-Lambert 3", "4000", "Liège"), ("Korenmarkt 12", "9000", "Gent"),
           ("Rue de Fer 25", "5000", "Namur")),
    "CH": (("Rue du Rhône 42", "1204", "Genève"), ("Bahnhofstrasse 21", "8001", "Zürich"),
           ("Avenue de la Gare 10", "1003", "Lausanne"), ("Marktgasse 5", "3011", "Bern"),
           ("Via Nassa 7", "6900", "Lugano")),
    "LU": (("2 rue du Fossé", "1536", "Luxembourg"), ("14 avenue de la Gare", "1611",
            "Luxembourg"), ("5 rue de l'Alzette", "4010", "Esch-sur-Alzette"),
           ("12 Grand-Rue", "9050", "Ettelbruck")),
    "MC": (("7 avenue de la Costa", "98000", "Monaco"), ("22 boulevard des Moulins", "98000",
            "MONACO"), ("3 rue Grimaldi", "98000", "Monaco")),
    "DE": (("Musterstraße 12", "80331", "München"), ("Friedrichstraße 120", "10117", "Berlin"),
           ("Königsallee 60", "40212", "Düsseldorf"), ("Zeil 90", "60313", "Frankfurt am Main"),
           ("Schildergasse 32", "50667", "Köln"), ("Lange Reihe 5", "20099", "Hamburg")),
    "AT": (("Kärntner Straße 21", "1010", "Wien"), ("Getreidegasse 9", "5020", "Salzburg"),
           ("Maria-Theresien-Straße 18", "6020", "Innsbruck"), ("Herrengasse 16", "8010",
            "Graz")),
    "NL": (("Damrak 70", "1012 LM", "Amsterdam"), ("Keizersgracht 123", "1016 DV",
            "Amsterdam"), ("Coolsingel 40", "3011 AD", "Rotterdam"),
           ("Lange Voorhout 8", "2514 ED", "Den Haag"), ("Oudegracht 150", "3511 AZ",
            "Utrecht")),
    "ES": (("Calle Mayor 10", "28013", "Madrid"), ("Passeig de Gràcia 43", "08007",
            "Barcelona"), ("Calle Larios 5", "29005", "Málaga"),
           ("Avenida de la Constitución 20", "41004", "Sevilla")),
    "IT": (("Via Nazionale 75", "00184", "Roma", "RM"), ("Corso Buenos Aires 33", "20124",
            "Milano", "MI"), ("Via Roma 12", "10121", "Torino", "TO"),
           ("Piazza del Duomo 1", "50122", "Firenze", "FI"), ("Via Toledo 256", "80134",
            "Napoli", "NA")),
    "FR": (("12 rue des Lilas", "67000", "Strasbourg"), ("4 rue des Tanneurs", "38000",
            "Grenoble"), ("27 avenue Jean Médecin", "06000", "Nice"),
           ("3 place du Capitole", "31000", "Toulouse"), ("8 cours Napoléon", "20000",
            "Ajaccio")),
}  # fmt: skip


def continental(rng: random.Random, country: str, seed: int, *, line: bool | None = None,
                prefix: bool | None = None) -> Address:  # fmt: skip
    """A postcode-before-town address; the seed cycles the country line (none included)."""
    street, postcode, city, *province = rng.choice(CONTINENTAL[country])
    words = (*COUNTRY_LINES[country], None, None)
    word = words[seed % len(words)] if line is None else (rng.choice(words[:-2]) if line else None)
    if prefix is None:
        prefix = country in PREFIXES and seed % 4 == 3
    shown = f"{rng.choice(PREFIXES[country])}{postcode}" if prefix else postcode
    locality = f"{shown} {city}" + (f" {province[0]}" if province else "")
    lines = [street, locality] + ([word] if word else [])
    return Address(lines, street, postcode, city, country)


UK = (
    (["4 Mill Lane"], "LEEDS", "West Yorkshire", "LS1 4DY", "England"),
    (["21 Baker Street"], "LONDON", None, "NW1 6XE", "England"),
    (["Flat 3", "17 Queen Street"], "EDINBURGH", "Midlothian", "EH2 1JX", "Scotland"),
    (["Unit 7", "Riverside Park"], "READING", "Berkshire", "RG1 8DN", "England"),
    (["12 High Street"], "Oxford", "Oxfordshire", "OX1 4AB", "England"),
    (["33 Deansgate"], "Manchester", None, "M3 2BW", "England"),
    (["8 Castle Street"], "CARDIFF", None, "CF10 1BS", "Wales"),
    (["The Old Forge", "2 Church Road"], "Harrogate", "North Yorkshire", "HG1 2RP", "England"),
)


def british(rng: random.Random, seed: int, line: bool | None = None) -> Address:
    streets, town, county, postcode, nation = rng.choice(UK)
    shape = seed % 3
    if shape == 0:  # town, county, postcode each on its own line
        locality = [town] + ([county] if county else []) + [postcode]
    elif shape == 1:  # town and postcode on one line
        locality = [f"{town} {postcode}"]
    else:  # town over "County POSTCODE"
        locality = [town, f"{county} {postcode}" if county else postcode]
    words = (*COUNTRY_LINES["GB"], nation, nation.upper(), None, None)
    word = words[seed % len(words)] if line is None else (rng.choice(words[:-2]) if line else None)
    lines = [*streets, *locality] + ([word] if word else [])
    return Address(lines, ", ".join(streets), postcode, town, "GB")


US = (
    (["1100 Congress Avenue"], "Austin", "TX", "Texas", "78701-1234"),
    (["350 Fifth Avenue", "Suite 4100"], "New York", "NY", "New York", "10118"),
    (["200 Main Street"], "Springfield", "IL", "Illinois", "62704"),
    (["1 Market Street"], "San Francisco", "CA", "California", "94105"),
    (["45 Oak Avenue", "Apt 12"], "Seattle", "WA", "Washington", "98101-2345"),
    (["77 Peachtree St NE"], "Atlanta", "GA", "Georgia", "30303"),
    (["9 Elm Street"], "Burlington", "VT", "Vermont", "05401"),
)


def american(rng: random.Random, seed: int, line: bool | None = None) -> Address:
    streets, city, state, spelled, zipcode = rng.choice(US)
    region = spelled if seed % 5 == 4 else state
    comma = "," if seed % 3 else ""
    locality = f"{city}{comma} {region} {zipcode}"
    words = (*COUNTRY_LINES["US"], None, None)
    word = words[seed % len(words)] if line is None else (rng.choice(words[:-2]) if line else None)
    lines = [*streets, locality] + ([word] if word else [])
    return Address(lines, ", ".join(streets), zipcode, city, "US")


CANADA = (
    ("1250 rue Sainte-Catherine Ouest", "Montréal", "{city} (Québec) {code}", "H3G 1P1"),
    ("100 King Street West", "Toronto", "{city} ON {code}", "M5X 1A9"),
    ("845 rue Sherbrooke", "Québec", "{city} (Québec) {code}", "G1R 2L5"),
    ("1055 West Georgia Street", "Vancouver", "{city}, BC {code}", "V6E 3P3"),
    ("50 rue Laurier", "Gatineau", "{city} QC {code}", "J8X 3Y6"),
    ("300 Main Street", "Winnipeg", "{city}, Manitoba {code}", "R3C 4A5"),
)


def canadian(rng: random.Random, seed: int, line: bool | None = None) -> Address:
    street, city, shape, code = rng.choice(CANADA)
    words = (*COUNTRY_LINES["CA"], None)
    word = words[seed % len(words)] if line is None else ("Canada" if line else None)
    lines = [street, shape.format(city=city, code=code)] + ([word] if word else [])
    return Address(lines, street, code, city, "CA")


FRENCH = (  # street lines (BP/CS lines are marked with a leading "!"), postcode, city
    (["Résidence Les Pins", "Bâtiment B", "12 avenue Foch"], "06000", "Nice"),
    (["Lieu-dit La Borie"], "24200", "Sarlat-la-Canéda"),
    (["ZI des Glaises", "3 rue Gutenberg", "!CS 40021"], "91120", "PALAISEAU CEDEX"),
    (["15 avenue de l'Europe", "!BP 105"], "67300", "Schiltigheim"),
    (["Tour Horizon", "52 quai de Dion-Bouton"], "92800", "PUTEAUX"),
    (["Le Bourg"], "19320", "Marcillac-la-Croisille"),
    (["Bâtiment C - Appt 14", "2 allée des Tilleuls"], "44300", "Nantes"),
    (["45 rue de la République", "!CS 70001"], "69002", "LYON CEDEX 02"),
    (["Parc d'activités du Moulin", "!BP 12"], "35510", "Cesson-Sévigné"),
    (["8 cours Napoléon"], "20000", "Ajaccio"),
)


def french(rng: random.Random, seed: int, line: bool | None = None, pool=FRENCH) -> Address:
    streets, postcode, city = pool[seed % len(pool)] if line is None else rng.choice(pool)
    words = ("FRANCE", None, "France", None)
    word = words[seed % len(words)] if line is None else ("FRANCE" if line else None)
    shown = f"F-{postcode}" if seed % 5 == 2 else postcode
    lines = [s.lstrip("!") for s in streets] + [f"{shown} {city}"] + ([word] if word else [])
    street = ", ".join(s for s in streets if not s.startswith("!"))
    return Address(lines, street, postcode, city, "FR")


OVERSEAS = (
    (["12 rue Frébault"], "97110", "Pointe-à-Pitre", "Guadeloupe"),
    (["5 rue Victor Hugo"], "97200", "Fort-de-France", "MARTINIQUE"),
    (["18 avenue du Général de Gaulle"], "97300", "Cayenne", "Guyane"),
    (["30 rue de Paris"], "97400", "Saint-Denis", "La Réunion"),
    (["Immeuble Sakouli", "Rue du Commerce"], "97600", "Mamoudzou", "Mayotte"),
    (["8 rue du Maréchal Foch"], "98800", "Nouméa", "Nouvelle-Calédonie"),
    (["Rue du Général de Gaulle", "!BP 4567"], "98714", "Papeete", "Polynésie française"),
    (["Place du Général de Gaulle"], "97500", "Saint-Pierre", "Saint-Pierre-et-Miquelon"),
    (["14 rue Juliette Dodu"], "97490", "Sainte-Clotilde", "RÉUNION"),
    (["Lot. Les Flamboyants"], "97122", "Baie-Mahault", "GUADELOUPE"),
)


def overseas(rng: random.Random, seed: int) -> Address:
    streets, postcode, city, territory = OVERSEAS[seed % len(OVERSEAS)]
    tail = (territory, "FRANCE", None, territory)[seed % 4]
    lines = [s.lstrip("!") for s in streets] + [f"{postcode} {city}"] + ([tail] if tail else [])
    street = ", ".join(s for s in streets if not s.startswith("!"))
    return Address(lines, street, postcode, city, "FR")


def any_address(rng: random.Random, country: str, seed: int, line: bool | None = None) -> Address:
    if country == "GB":
        return british(rng, seed, line)
    if country == "US":
        return american(rng, seed, line)
    if country == "CA":
        return canadian(rng, seed, line)
    if country == "FR":
        return french(rng, seed, line)
    return continental(rng, country, seed, line=line)


# --- parties and frame -------------------------------------------------------------------------

SELLERS = {
    "FR": ("Atelier Marcel SAS", ["8 quai Saint-Vincent", "69001 Lyon", "France"],
           "SAS Atelier Marcel - 8 quai Saint-Vincent, 69001 Lyon, France - SIRET 812 345 678 "
           "00021 - N° TVA FR12812345678", "FR12812345678", "+33 4 78 12 34 56", "€"),
    "CH": ("Imprimerie Favre SA", ["Rue du Rhône 30", "1204 Genève", "Suisse"],
           "Imprimerie Favre SA - Rue du Rhône 30 - CH-1204 Genève - IDE CHE-123.456.789 TVA",
           "CHE-123.456.789 TVA", "+41 22 310 12 34", "CHF"),
    "BE": ("Menuiserie Dupont SRL", ["Rue de la Station 14", "4000 Liège", "Belgique"],
           "SRL Menuiserie Dupont - Rue de la Station 14, 4000 Liège, Belgique - TVA BE "
           "0456.789.123 - IBAN BE68 5390 0754 7034", "BE0456789123", "+32 4 222 33 44", "€"),
    "GB": ("Harbour Tools Ltd", ["21 Dock Road", "Bristol", "BS1 6QA", "United Kingdom"],
           "Harbour Tools Ltd - 21 Dock Road, Bristol BS1 6QA - Registered in England No. "
           "04512367 - VAT Reg No. GB 123 4567 89", "GB123456789", "+44 117 496 0123", "£"),
}  # fmt: skip
COMPANIES = ("Boulangerie Rolland", "Kestrel Design Ltd", "Blue Heron Cafe", "Garage Morel",
             "Müller Haustechnik GmbH", "Studio Verdi Srl", "Café du Marché", "Hotel Alpina AG",
             "Mme Jeanne Martin", "M. Paul Girard", "Van Dijk BV", "Distribuciones Ruiz SL",
             "Maple Leaf Printing Ltd.", "Fiduciaire Weber Sàrl")  # fmt: skip


def money(value: int, currency: str) -> str:
    text = f"{value:,.2f}"
    if currency == "£":
        return f"£{text}"
    whole, cents = text.split(".")
    return f"{whole.replace(',', ' ')},{cents} {currency}"


def seller_header(page: Page, seller: str) -> None:
    name, lines, _, _, phone, _ = SELLERS[seller]
    page.text(40, 50, name, 13, bold=True)
    y = page.block(40, 64, lines, 9, 11)
    page.text(40, y, f"Tél. {phone}", 9)


def body(page: Page, rng: random.Random, seller: str, top: float = 340,
         goods: str = "Prestation de service", extra: list[str] | None = None) -> None:  # fmt: skip
    currency = SELLERS[seller][5]
    net = rng.randint(100, 4000)
    page.text(40, top, "Désignation", 9, bold=True)
    page.right(550, top, "Montant", 9, bold=True)
    page.text(40, top + 16, goods, 9)
    page.right(550, top + 16, money(net, currency), 9)
    for i, line in enumerate(extra or []):
        page.text(40, top + 30 + 12 * i, line, 8)
    for i, (label, value) in enumerate(
        (("Total HT", net), ("TVA 20 %", net * 0.2), ("Net à payer", net * 1.2))
    ):
        page.text(360, top + 80 + 14 * i, label, 9, bold=i == 2)
        page.right(550, top + 80 + 14 * i, money(value, currency), 9, bold=i == 2)


def header(page: Page, rng: random.Random, top: float = 230) -> None:
    number = f"FA-2026-{rng.randint(1, 9999):04d}"
    page.text(40, top, f"FACTURE N° {number}", 14, bold=True)
    page.text(40, top + 20, "Date : 03/11/2026", 9)
    page.text(40, top + 32, "Échéance : 03/12/2026", 9)


def footer(page: Page, seller: str) -> None:
    page.text(40, 805, SELLERS[seller][2], 6.5)


def window(page: Page, rng: random.Random, address: Address, x: float = 320, y: float = 140,
           name: str | None = None) -> float:  # fmt: skip
    return page.block(x, y, [name or rng.choice(COMPANIES), *address.lines], 10)


def standard(rng: random.Random, address: Address, seller: str = "FR", **body_kw) -> Invoice:
    page = Page()
    seller_header(page, seller)
    window(page, rng, address)
    header(page, rng)
    body(page, rng, seller, **body_kw)
    footer(page, seller)
    return Invoice(page, address.truth())


# --- styles ------------------------------------------------------------------------------------

Style = Callable[[random.Random, int], Invoice]


def belgian_debtor(rng: random.Random, seed: int) -> Invoice:
    """A French creditor's Belgian debtor: BELGIQUE / Belgium / België / B-1000 / nothing."""
    return standard(rng, continental(rng, "BE", seed))


def swiss_debtor(rng: random.Random, seed: int) -> Invoice:
    """Swiss debtor: Suisse / Schweiz / CH-1204 Genève / nothing."""
    return standard(rng, continental(rng, "CH", seed))


def luxembourg_monaco(rng: random.Random, seed: int) -> Invoice:
    """L-1111 Luxembourg, MC 98000 Monaco, 98000 MONACO with or without a country line."""
    return standard(rng, continental(rng, "LU" if seed % 2 else "MC", seed // 2))


def british_debtor(rng: random.Random, seed: int) -> Invoice:
    """UK debtor: the postcode on its own line after town and county, or beside the town."""
    return standard(rng, british(rng, seed))


def american_debtor(rng: random.Random, seed: int) -> Invoice:
    """US debtor: 'Austin, TX 78701-1234', a state spelled out, USA / United States / none."""
    return standard(rng, american(rng, seed))


def canadian_debtor(rng: random.Random, seed: int) -> Invoice:
    """Canadian debtor: 'Montréal (Québec) H3G 1P1', 'Toronto ON M5X 1A9', Canada or none."""
    return standard(rng, canadian(rng, seed))


def german_debtor(rng: random.Random, seed: int) -> Invoice:
    """German debtor: 'Musterstraße 12 / 80331 München', Allemagne / Deutschland / D- / none."""
    return standard(rng, continental(rng, "DE", seed))


def austrian_dutch(rng: random.Random, seed: int) -> Invoice:
    """Austrian (A-1010 Wien, Österreich) and Dutch (1016 DV Amsterdam, Nederland) debtors."""
    return standard(rng, continental(rng, "AT" if seed % 2 else "NL", seed // 2 + seed % 2))


def spanish_italian(rng: random.Random, seed: int) -> Invoice:
    """Spanish (28013 Madrid, España) and Italian (00184 Roma RM, Italia) debtors."""
    return standard(rng, continental(rng, "ES" if seed % 2 else "IT", seed // 2 + seed % 2))


def french_postal_lines(rng: random.Random, seed: int) -> Invoice:
    """French debtor with Résidence / Bâtiment / Lieu-dit / CS / BP / CEDEX lines."""
    return standard(rng, french(rng, seed))


def overseas_france(rng: random.Random, seed: int) -> Invoice:
    """Guadeloupe, Réunion, Nouvelle-Calédonie...: a French address, territory line or not."""
    return standard(rng, overseas(rng, seed))


def labelled_bill_to(rng: random.Random, seed: int) -> Invoice:
    """'Facturé à :' on the left, a delivery address in another country on the right."""
    countries = ("DE", "BE", "GB", "CH", "IT", "ES", "NL", "US", "AT", "FR")
    country = countries[seed]
    address = any_address(rng, country, seed, line=seed % 3 != 0)
    other = any_address(rng, countries[(seed + 3) % 10], seed + 1, line=True)
    page = Page()
    seller_header(page, "FR")
    page.text(40, 150, rng.choice(("Facturé à :", "FACTURATION", "Client :")), 9, bold=True)
    page.block(40, 164, [rng.choice(COMPANIES), *address.lines], 9.5, 11.5)
    page.text(320, 150, rng.choice(("Adresse de livraison :", "Lieu d'intervention :",
                                    "Livré à :")), 9, bold=True)  # fmt: skip
    depot = "Entrepôt " + rng.choice(("Nord", "Sud", "Est"))
    page.block(320, 164, [depot, *other.lines], 9.5, 11.5)
    header(page, rng, top=245)
    body(page, rng, "FR")
    footer(page, "FR")
    return Invoice(page, address.truth())


def made_in_and_bank(rng: random.Random, seed: int) -> Invoice:
    """'Made in Germany' goods, a bank's address in Frankfurt, the seller's VAT beside the block."""
    country = ("FR", "BE", "DE", "FR", "LU", "CH", "FR", "IT", "FR", "GB")[seed]
    address = any_address(rng, country, seed, line=country not in ("FR", "DE") or seed % 2 == 0)
    page = Page()
    seller_header(page, "FR")
    y = window(page, rng, address)
    page.text(320, y + 4, f"N° TVA intracom. : {SELLERS['FR'][3]}", 8)
    header(page, rng)
    body(page, rng, "FR", goods=rng.choice(("Perceuse Bosch GSB 18V - Made in Germany",
                                            "Machine à café - Made in Italy",
                                            "Couteaux Victorinox - Swiss made")),
         extra=["Banque : Deutsche Bank AG, Taunusanlage 12, 60325 Frankfurt am Main, "
                "Deutschland - IBAN DE89 3704 0044 0532 0130 00"])  # fmt: skip
    footer(page, "FR")
    return Invoice(page, address.truth())


def din5008_return_line(rng: random.Random, seed: int) -> Invoice:
    """A return-address line in small print above the window, then the debtor's block."""
    seller = ("CH", "FR", "BE")[seed % 3]
    country = ("DE", "CH", "FR", "AT", "BE", "CH", "LU", "FR", "DE", "NL")[seed]
    address = any_address(rng, country, seed, line=country != seller or seed % 2 == 0)
    name, lines, *_ = SELLERS[seller]
    page = Page()
    seller_header(page, seller)
    sep = rng.choice((" · ", " - ", ", ", " | "))
    page.text(320, 128, sep.join([name, *lines[:2]]), 6)
    window(page, rng, address)
    header(page, rng)
    body(page, rng, seller)
    footer(page, seller)
    return Invoice(page, address.truth())


def foreign_creditor_domestic(rng: random.Random, seed: int) -> Invoice:
    """A Swiss, Belgian or UK creditor's debtor at home (no country line) or in France."""
    seller = ("CH", "BE", "GB")[seed % 3]
    country = seller if seed < 6 else "FR"
    address = any_address(rng, country, seed, line=country == "FR" or seed % 2 == 1)
    return standard(rng, address, seller=seller)


def vat_numbers_beside(rng: random.Random, seed: int) -> Invoice:
    """A header grid right of the block: the seller's VAT number and the debtor's own one."""
    country = ("BE", "DE", "FR", "NL", "IT", "ES", "AT", "LU", "FR", "DE")[seed]
    address = any_address(rng, country, seed, line=seed % 2 == 0)
    digits = "".join(str(rng.randint(0, 9)) for _ in range(9))
    page = Page()
    seller_header(page, "FR")
    y = window(page, rng, address, x=300)
    page.text(300, y + 4, f"Votre n° TVA : {country if country != 'AT' else 'ATU'}{digits}", 8)
    page.text(460, 140, "Notre n° TVA :", 7)
    page.text(460, 150, SELLERS["FR"][3], 7)
    page.text(460, 162, "Pays d'origine :", 7)
    page.text(460, 172, rng.choice(("France", "Allemagne", "Deutschland")), 7)
    header(page, rng)
    body(page, rng, "FR")
    footer(page, "FR")
    return Invoice(page, address.truth())


def fpdf_english(rng: random.Random, seed: int) -> Invoice:
    """Another designer (fpdf2): an English invoice, 'Bill to' block, country line in English."""
    country = ("GB", "US", "CA", "DE", "NL", "GB", "US", "CH", "BE", "AT")[seed]
    address = any_address(rng, country, seed, line=seed % 3 != 1)
    page = Page()
    name, lines, legal, _, phone, _ = SELLERS["FR"]
    page.text(40, 50, name, 14, bold=True)
    page.block(40, 66, [*lines, f"Phone {phone}"], 9, 11)
    page.text(380, 50, "INVOICE", 20, bold=True)
    page.text(380, 70, f"Invoice No: INV-{rng.randint(1000, 9999)}", 9)
    page.text(380, 82, "Date: 11/03/2026", 9)
    page.text(380, 94, "Due date: 12/03/2026", 9)
    page.text(40, 150, "BILL TO", 9, bold=True)
    page.block(40, 163, [rng.choice(COMPANIES), *address.lines], 9.5, 11.5)
    net = rng.randint(100, 4000)
    page.text(40, 320, "Description", 9, bold=True)
    page.right(550, 320, "Amount", 9, bold=True)
    page.text(40, 336, "Consulting services", 9)
    page.right(550, 336, f"EUR {net:,.2f}", 9)
    for i, (label, value) in enumerate((("Subtotal", net), ("VAT 20%", net * 0.2),
                                        ("Balance due", net * 1.2))):  # fmt: skip
        page.text(360, 380 + 14 * i, label, 9, bold=i == 2)
        page.right(550, 380 + 14 * i, f"EUR {value:,.2f}", 9, bold=i == 2)
    page.text(40, 805, legal.replace("N° ", "No. "), 6.5)
    return Invoice(page, address.truth(), engine="fpdf2")


def fpdf_left_window(rng: random.Random, seed: int) -> Invoice:
    """fpdf2, a French invoice with the window on the left and the seller on the right."""
    country = ("FR", "BE", "CH", "MC", "LU", "DE", "IT", "ES", "FR", "GB")[seed]
    address = any_address(rng, country, seed, line=None if country == "FR" else seed % 2 == 0)
    page = Page()
    name, lines, legal, vat, phone, _ = SELLERS["FR"]
    page.text(340, 50, name, 13, bold=True)
    page.block(340, 64, [*lines, f"Tél. {phone}", f"TVA {vat}"], 9, 11)
    page.block(60, 150, [rng.choice(COMPANIES), *address.lines], 10)
    page.text(60, 250, f"FACTURE N° {rng.randint(2026000, 2026999)}", 13, bold=True)
    page.text(60, 268, "Date : 03/11/2026 - Échéance : 03/12/2026", 9)
    net = rng.randint(100, 4000)
    page.text(60, 320, "Désignation", 9, bold=True)
    page.right(550, 320, "Montant", 9, bold=True)
    page.text(60, 336, "Prestation", 9)
    page.right(550, 336, f"{net:,.2f} EUR".replace(",", " ").replace(".", ","), 9)
    for i, (label, value) in enumerate((("Total HT", net), ("TVA 20 %", net * 0.2),
                                        ("Net à payer", net * 1.2))):  # fmt: skip
        page.text(360, 380 + 14 * i, label, 9, bold=i == 2)
        page.right(
            550,
            380 + 14 * i,
            f"{value:,.2f} EUR".replace(",", " ").replace(".", ","),
            9,
            bold=i == 2,
        )
    page.text(60, 805, legal, 6.5)
    return Invoice(page, address.truth(), engine="fpdf2")


STYLES: dict[str, Style] = {
    style.__name__: style
    for style in (
        belgian_debtor,
        swiss_debtor,
        luxembourg_monaco,
        british_debtor,
        american_debtor,
        canadian_debtor,
        german_debtor,
        austrian_dutch,
        spanish_italian,
        french_postal_lines,
        overseas_france,
        labelled_bill_to,
        made_in_and_bank,
        din5008_return_line,
        foreign_creditor_domestic,
        vat_numbers_beside,
        fpdf_english,
        fpdf_left_window,
    )
}


def generate(style: str, seed: int) -> Invoice:
    return STYLES[style](random.Random(f"{style}-{seed}"), seed)


def write(folder: Path) -> dict[str, dict[str, str]]:
    folder.mkdir(parents=True, exist_ok=True)
    truth = {}
    for style in STYLES:
        for seed in SEEDS:
            invoice = generate(style, seed)
            name = f"{style}-{seed}.pdf"
            (folder / name).write_bytes(render(invoice))
            truth[name] = invoice.truth
    (folder / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False))
    return truth


def same(want: str, got: object) -> bool:
    return isinstance(got, str) and " ".join(got.split()) == want


def score(folder: Path, truth: dict[str, dict[str, str]]) -> dict[str, object]:
    """Run `relance parse --json` once over the folder and compare the debtor's address."""
    found = parse_files(folder, truth)
    exact = dict.fromkeys(FIELDS, 0)
    wrong, unflagged = [], []
    for name, want in truth.items():
        record = found.get(name, {})
        debtor = record.get("debtor") or {}
        misses = [(f, want[f], debtor.get(f)) for f in FIELDS if not same(want[f], debtor.get(f))]
        for f in FIELDS:
            exact[f] += not any(m[0] == f for m in misses)
        if misses:
            wrong.append((name, misses, record.get("problems"), record.get("confidence")))
            if not record.get("problems") and (record.get("confidence") or 0) >= 0.5:
                unflagged.append(name)
    return {"total": len(truth), "exact": exact, "wrong": wrong, "unflagged": unflagged}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--score", action="store_true")
    args = parser.parse_args()
    truth = write(args.folder)
    if not args.score:
        return
    result = score(args.folder, truth)
    for name, misses, problems, confidence in result["wrong"]:
        shown = "; ".join(f"{f}: want {w!r} got {g!r}" for f, w, g in misses)
        print(f"{name}: {shown} conf={confidence} {problems}")
    total = result["total"]
    print(
        ", ".join(f"{f} {n}/{total} = {n / total:.1%}" for f, n in result["exact"].items())
        + f"; wrong unflagged {len(result['unflagged'])}"
    )


if __name__ == "__main__":
    main()
