"""Invoices printing the debtor's name in many shapes and places, drawn before reading the parser.

Issue 12's eighth blind set reads the debtor's name wrong on 23 records with nothing flagged: a
reminder to the patient instead of the payer, to the driver instead of the company, to a label
or to the seller costs the creditor a client. These styles draw the trades and practices that
set names (dentist, accountant, ambulance, travel agency, riding stable, hotel, water bill, car
rental, translation agency, mail-order shop; Portuguese, Dutch, US, Austrian, German, Swiss and
French) without looking at it: civilities of each language (``Herrn Dr.``, ``Frau``,
``Familie``, ``Exmo. Sr.``, ``Exma. Sra.``, ``Dhr.``, ``Mevr.``, ``Mr. … Jr.``, ``Ms.``,
``M. et Mme``, ``Maître``), companies with legal forms and a contact person under them (``z.
Hd.``, ``Attn:``, ``t.a.v.``, ``A/C``, ``À l'attention de``), a rival person on the page (the
patient, passenger, traveller, rider, driver, guest, resident, occupant, the one who receives
care) beside the payer, names in capitals surname first, particles and hyphens, names that look
like words, a label or heading over the block, a DIN 5008 return line over the window.

Truth follows docs/parsing.md and the sets before it: the name line as printed, civility kept;
an attention line is not the name (the company is); compared case-folded, spaces collapsed. A
*silent* wrong record is one whose name differs, with no problem named and confidence >= 0.5.

    python -m tests.parsing.names_more /tmp/names --score

Nothing generated is kept in git.

Measured once on 2026-11-27 07:05 UTC (14 styles x 8 seeds = 112 invoices), branch
``i14-names`` at d3d3272 (= main), before reading ``parsing/``; load average 7.4:

- before: name exact 106/112 = 94.6 %; wrong with no problem and confidence >= 0.5: 6 of 6,
  all one kind: a mail-order page whose billing block is headed ``Client facturé`` gave the
  name ``facturé`` (a word of the heading) -- billing block left or right, beside a
  ``Livraison`` block with another person. Nothing else was read wrong: no patient, guest,
  driver, traveller, rider, occupant or beneficiary taken for the payer, no attention line, no
  seller's name.
- after the fixes (on ``i14-names``; not blind: the heading miss was known, and the other
  families were fixed from synthetic pages in ``test_parsing_debtor_roles.py``): name exact
  112/112 = 100 %; wrong with no problem 0.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.parsing.contacts import Invoice, Page, render
from tests.parsing.relance_json import parse_files, silent

SEEDS = range(8)


@dataclass
class Made:
    """A drawn invoice: its page, the debtor's name, and whose each other name on it is."""

    page: Page
    name: str
    others: dict[str, str] = field(default_factory=dict)


@dataclass
class Issuer:
    name: str
    address: list[str]
    contact: str
    legal: str


ISSUERS = {
    "pt": Issuer("Clínica Dentária Sorriso, Lda.", ["Rua de Santa Catarina 120", "4000-442 Porto"],
                 "Tel. 222 345 678 - geral@sorriso.pt",
                 "NIF PT 509 876 543 - Capital social 5 000 € - "
                 "IBAN PT50 0002 0123 1234 5678 9015 4"),
    "nl": Issuer("AutoVerhuur Noord B.V.", ["Stationsweg 44", "9726 AC Groningen"],
                 "Tel. 050 312 45 67 - info@autoverhuurnoord.nl",
                 "KvK 12345678 - BTW NL123456789B01 - IBAN NL91 ABNA 0417 1643 00"),
    "us": Issuer("Valley Ambulance Services Inc.", ["800 Mercy Drive", "Fresno, CA 93721"],
                 "Phone (559) 555-0190 - billing@valleyambulance.com", "Federal Tax ID 94-1234567"),
    "at": Issuer("Hotel Alpenrose GmbH", ["Dorfstraße 12", "6020 Innsbruck"],
                 "Tel. +43 512 123456 - rezeption@alpenrose.at",
                 "FN 123456a - UID ATU12345678 - IBAN AT61 1904 3002 3457 3201"),
    "de": Issuer("Zahnarztpraxis Dr. Keller", ["Marktplatz 3", "79098 Freiburg"],
                 "Telefon 0761 123456 - praxis@dr-keller.de",
                 "USt-IdNr. DE812345678 - IBAN DE89 3704 0044 0532 0130 00"),
    "ch": Issuer("Traductions Léman Sàrl", ["Avenue de la Gare 10", "1003 Lausanne"],
                 "Tél. 021 312 45 67 - info@traductions-leman.ch",
                 "IDE CHE-123.456.789 TVA - IBAN CH93 0076 2011 6238 5295 7"),
    "fr": Issuer("Voyages Horizon SAS", ["14 rue de la République", "69002 Lyon"],
                 "Tél. 04 78 12 34 56 - contact@voyages-horizon.fr",
                 "SAS au capital de 20 000 € - SIRET 812 345 678 00021 - TVA FR12812345678"),
}  # fmt: skip

WORDS = {
    "pt": ("FATURA", "Fatura n.º", "Data", "03-11-2026", "Vencimento", "03-12-2026",
           "Descrição", "Valor", ("Total s/ IVA", "IVA 23 %", "Total", "Total a pagar"), "€"),
    "nl": ("FACTUUR", "Factuurnummer", "Factuurdatum", "03-11-2026", "Vervaldatum", "03-12-2026",
           "Omschrijving", "Bedrag", ("Subtotaal", "BTW 21 %", "Totaal", "Te betalen"), "€"),
    "us": ("INVOICE", "Invoice No.", "Invoice Date", "11/03/2026", "Due Date", "12/03/2026",
           "Description", "Amount", ("Subtotal", "Tax", "Total", "Balance Due"), "$"),
    "de": ("RECHNUNG", "Rechnungsnummer", "Rechnungsdatum", "03.11.2026", "Fällig am",
           "03.12.2026", "Bezeichnung", "Betrag",
           ("Nettobetrag", "MwSt. 19 %", "Gesamtbetrag", "Zahlbetrag"), "€"),
    "fr": ("FACTURE", "Facture n°", "Date", "03/11/2026", "Échéance", "03/12/2026",
           "Désignation", "Montant", ("Total HT", "TVA 20 %", "Total TTC", "Net à payer"), "€"),
}  # fmt: skip
LANG = {"pt": "pt", "nl": "nl", "us": "us", "at": "de", "de": "de", "ch": "fr", "fr": "fr"}


def letterhead(page: Page, who: Issuer) -> None:
    page.text(40, 45, who.name, 13, bold=True)
    y = page.lines(40, 60, who.address, 9, 11)
    page.text(40, y, who.contact, 8)


def footer(page: Page, who: Issuer) -> None:
    page.text(40, 790, who.legal, 6.5)


def header(page: Page, lang: str, x: float, y: float, rng: random.Random) -> float:
    title, label, issued, issued_on, due, due_on = WORDS[lang][:6]
    page.text(x, y, title, 15, bold=True)
    sep = " : " if lang == "fr" else ": "
    prefix = rng.choice(("F", "R", "N"))
    page.text(x, y + 20, f"{label}{sep}{prefix}-2026-{rng.randint(1, 9999):04d}", 9)
    page.text(x, y + 32, f"{issued}{sep}{issued_on}", 9)
    page.text(x, y + 44, f"{due}{sep}{due_on}", 9)
    return y + 56


def body(page: Page, lang: str, top: float, rng: random.Random, item: str) -> None:
    label, amount, totals, cur = WORDS[lang][6:]
    net = rng.randint(80, 3000)
    vat = round(net * 0.2, 2)
    page.text(40, top, label, 9, bold=True)
    page.right(550, top, amount, 9, bold=True)
    page.text(40, top + 16, item, 9)
    page.right(550, top + 16, money(net, cur), 9)
    for i, (name, value) in enumerate(zip(totals, (net, vat, net + vat, net + vat), strict=True)):
        page.text(360, top + 50 + 14 * i, name, 9, bold=i == 3)
        page.right(550, top + 50 + 14 * i, money(value, cur), 9, bold=i == 3)


def money(value: float, cur: str) -> str:
    if cur == "$":
        return f"${value:,.2f}"
    whole, cents = f"{value:,.2f}".split(".")
    return f"{whole.replace(',', '.')},{cents} {cur}"


def frame(who: Issuer, lang: str, rng: random.Random, item: str, info: tuple[float, float] = (
        40, 250), top: float = 360) -> Page:  # fmt: skip
    page = Page()
    letterhead(page, who)
    header(page, lang, *info, rng)
    body(page, lang, top, rng, item)
    footer(page, who)
    return page


# --- names -----------------------------------------------------------------------------------

DE_PEOPLE = (
    "Max Müller",
    "Anna Schneider",
    "Jürgen Weiß",
    "Katharina von Bülow",
    "Lena Fischer-Brandt",
)
PT_PEOPLE = ("João Silva", "Maria dos Santos Costa", "Ana Sofia Pereira", "Rui Gonçalves")
NL_PEOPLE = ("J. de Vries", "A. van den Berg", "P.J. Jansen", "M. van der Meer")
US_PEOPLE = ("John Smith Jr.", "Karen O'Neil", "Robert J. Miller III", "Linda McAllister")
FR_PEOPLE = (
    "Martin Boulanger",
    "Rose Blanche",
    "Jean-Baptiste de La Tour d'Auvergne",
    "Anne-Sophie Le Goff",
    "Pierre Lefèvre-Duval",
    "Ahmed Ben Salah",
    "Claire Marchand",
)
CAPITALS = ("DUPONT Marie", "LEFEBVRE Jean-Luc", "DE LA FONTAINE Hélène", "MARTIN Paul")


def fr_person(rng: random.Random) -> str:
    roll = rng.randrange(6)
    person = rng.choice(FR_PEOPLE)
    if roll == 0:
        return f"M. et Mme {person}"
    if roll == 1:
        return f"Maître {person}"
    if roll == 2:
        return rng.choice(CAPITALS)
    return f"{rng.choice(('M.', 'Mme', 'Monsieur', 'Madame'))} {person}"


def window(page: Page, rows: list[str], rng: random.Random, right: bool = True, y: float = 140,
           heading: str = "") -> None:  # fmt: skip
    x = 330 if right else 50
    if heading:
        page.text(x, y - 14, heading, 8, bold=rng.random() < 0.6)
    page.lines(x, y, rows, 10, 12)


# --- styles ----------------------------------------------------------------------------------


def german_dentist(rng: random.Random) -> Made:
    """A DIN 5008 window at the left under the practice's return line; the parent pays, the
    child is the patient (`Patient: Lena Müller, geb. 04.05.2014`) at the right."""
    who = ISSUERS["de"]
    page = frame(who, "de", rng, "Professionelle Zahnreinigung", info=(330, 140))
    person = rng.choice(DE_PEOPLE)
    name = f"{rng.choice(('Herrn', 'Frau', 'Herrn Dr.', 'Frau Dr.'))} {person}"
    if rng.random() < 0.25:
        name = f"Familie {person.split()[-1]}"
    page.text(50, 128, "Zahnarztpraxis Dr. Keller · Marktplatz 3 · 79098 Freiburg", 6)
    page.lines(50, 142, [name, "Lindenweg 12", "79100 Freiburg"], 10, 12)
    patient = f"{rng.choice(('Lena', 'Paul', 'Mia'))} {person.split()[-1]}"
    page.text(330, 225, f"{rng.choice(('Patient:', 'Patientin:', 'Behandelte Person:'))} "
                        f"{patient}, geb. 04.05.2014", 8)  # fmt: skip
    return Made(page, name, {patient: "patient", who.name: "seller"})


def german_accountant(rng: random.Random) -> Made:
    """A tax adviser billing a company: `Rechnungsadresse` heading, the firm with its legal
    form, `z. Hd. Herrn …` under it, the return line above."""
    who = Issuer("Steuerberatung Albrecht & Partner mbB", ["Kaiser-Joseph-Straße 200",
                 "79098 Freiburg"], "Telefon 0761 765432 - kanzlei@albrecht-stb.de",
                 "Partnerschaftsregister PR 700123 - USt-IdNr. DE298765432")  # fmt: skip
    page = frame(who, "de", rng, "Jahresabschluss 2025", info=(330, 140))
    company = rng.choice(("Schreinerei Koch GmbH", "Weber & Söhne KG", "Bäckerei Huber e.K.",
                          "Autohaus Brandt GmbH & Co. KG"))  # fmt: skip
    lead = rng.choice(("z. Hd.", "z. Hd. von", "zu Händen"))
    contact = f"{lead} {rng.choice(('Herrn', 'Frau'))} {rng.choice(DE_PEOPLE)}"
    page.text(50, 116, "Albrecht & Partner · Kaiser-Joseph-Straße 200 · 79098 Freiburg", 6)
    heading = rng.choice(("Rechnungsadresse", "Rechnungsempfänger", "Kunde", ""))
    rows = [company, contact, "Industriestraße 8", "79108 Freiburg"]
    if rng.random() < 0.3:
        rows = [company, "Buchhaltung", contact, "Industriestraße 8", "79108 Freiburg"]
    window(page, rows, rng, right=False, y=142, heading=heading)
    return Made(page, company, {contact: "contact", who.name: "seller"})


def austrian_hotel(rng: random.Random) -> Made:
    """A hotel bill: `Rechnung an` the company or the person, the guest and room at the right
    (`Gast: Mr. David Brown, Zimmer 214`)."""
    who = ISSUERS["at"]
    page = frame(who, "de", rng, "Übernachtung mit Frühstück, 3 Nächte", info=(40, 250))
    guest = rng.choice(("Mr. David Brown", "Frau Eva Lang", "Herr Tobias Gruber"))
    if rng.random() < 0.5:
        name = rng.choice(("Alpenblick Reisen GmbH", "Tirol Events OG", "Schmid Consulting e.U."))
        rows = [name, f"z. Hd. {guest}" if rng.random() < 0.4 else "Buchhaltung",
                "Maria-Theresien-Straße 18", "6020 Innsbruck"]  # fmt: skip
    else:
        name = rng.choice(("Frau Mag. Sabine Huber", "Herrn Ing. Karl Steiner", "Familie Moser"))
        rows = [name, "Hauptplatz 4", "4020 Linz"]
    window(page, rows, rng, right=True, heading=rng.choice(("Rechnung an:", "Rechnungsadresse",
                                                             "")))  # fmt: skip
    page.lines(
        40,
        150,
        [
            f"{rng.choice(('Gast:', 'Gastname:', 'Gast'))} {guest}",
            "Zimmer 214",
            "Anreise 30.10.2026 - Abreise 02.11.2026",
        ],
        9,
        11,
    )
    return Made(page, name, {guest: "guest", who.name: "seller"})


def portuguese_dentist(rng: random.Random) -> Made:
    """A Portuguese clinic: `Exmo. Sr.` / `Exma. Sra.` with the payer in the window, the
    `Utente` (patient) and its number in the header at the left."""
    who = ISSUERS["pt"]
    page = frame(who, "pt", rng, "Consulta de medicina dentária", info=(40, 250))
    person = rng.choice(PT_PEOPLE)
    name = f"{rng.choice(('Exmo. Sr.', 'Exma. Sra.', 'Sr.', 'Sra. Dra.', 'Exmo. Senhor'))} {person}"
    heading = rng.choice(("Cliente", "Exmo.(s) Sr.(s)", "Morada de faturação", ""))
    window(page, [name, "Avenida da Boavista 1200, 3.º Esq.", "4100-130 Porto"], rng,
           heading=heading)  # fmt: skip
    patient = f"{rng.choice(('Tiago', 'Inês', 'Beatriz'))} {person.split()[-1]}"
    page.lines(40, 150, [f"{rng.choice(('Utente:', 'Paciente:', 'Nome do utente:'))} {patient}",
                         "N.º utente 123456789"], 9, 11)  # fmt: skip
    return Made(page, name, {patient: "patient", who.name: "seller"})


def portuguese_accountant(rng: random.Random) -> Made:
    """An accounting office billing a company (`Lda.`, `S.A.`, `Unipessoal`) with `A/C` or
    `Ao cuidado de` a person under it; the client's NIF on its own line."""
    who = ISSUERS["pt"]
    page = frame(who, "pt", rng, "Serviços de contabilidade - outubro", info=(40, 250))
    company = rng.choice(("Construções Ribeiro, Lda.", "Sousa & Filhos, S.A.",
                          "Padaria Central Unipessoal, Lda."))  # fmt: skip
    lead = rng.choice(("A/C", "Ao cuidado de", "At."))
    contact = f"{lead} {rng.choice(('Eng.', 'Dr.', 'Sr.'))} Paulo Ribeiro"
    rows = [company, contact, "Rua do Almada 45", "4050-038 Porto", "NIF 501 234 567"]
    window(page, rows, rng, right=rng.random() < 0.6, heading=rng.choice(("Cliente:", "")))
    return Made(page, company, {contact: "contact", who.name: "seller"})


def dutch_car_rental(rng: random.Random) -> Made:
    """Dutch car rental: `Factuuradres` with `Dhr.` / `Mevr.` or a `B.V.` and `t.a.v.`, the
    `Bestuurder` (driver) and the car in a box at the left."""
    who = ISSUERS["nl"]
    page = frame(who, "nl", rng, "Huur Volkswagen Golf, 4 dagen", info=(40, 250))
    lead = rng.choice(("Dhr.", "Mevr.", ""))
    driver = f"{lead} {rng.choice(('K. Bakker', 'S. Visser', 'T. Smit'))}".strip()
    if rng.random() < 0.5:
        name = rng.choice(("Bakkerij Jansen B.V.", "De Vries Installatietechniek B.V.",
                           "Hoveniersbedrijf Groen V.O.F."))  # fmt: skip
        rows = [name, f"t.a.v. {rng.choice(('dhr.', 'mevr.', 'de heer'))} {rng.choice(NL_PEOPLE)}",
                "Herestraat 12", "9711 LM Groningen"]  # fmt: skip
    else:
        name = f"{rng.choice(('Dhr.', 'Mevr.', 'De heer', 'Mevrouw'))} {rng.choice(NL_PEOPLE)}"
        rows = [name, "Oosterstraat 7", "9711 NN Groningen"]
    window(page, rows, rng, heading=rng.choice(("Factuuradres", "Klant", "")))
    page.box(40, 140, 230, 46)
    page.lines(
        46,
        152,
        [
            f"{rng.choice(('Bestuurder:', 'Chauffeur:', 'Huurder/bestuurder:'))} {driver}",
            "Kenteken: GX-123-B",
            "Rijbewijs nr. 5123456789",
        ],
        8,
        11,
    )
    return Made(page, name, {driver: "driver", who.name: "seller"})


def us_ambulance(rng: random.Random) -> Made:
    """A US ambulance bill: `Bill To` the responsible party or an insurer with `Attn:`, the
    `Patient` with date of birth beside it, `Billing address` heading at times."""
    who = ISSUERS["us"]
    page = frame(who, "us", rng, "ALS Emergency Transport, 12 miles", info=(330, 45), top=330)
    patient = rng.choice(("Emily Smith", "Michael Johnson", "Sarah Davis"))
    if rng.random() < 0.35:
        name = rng.choice(("Golden State Health Plan Inc.", "Sierra Care Partners LLC"))
        attn = rng.choice(("Claims Department", "Accounts Payable", "Ms. Dana Reyes"))
        rows = [name, f"Attn: {attn}", "2200 Tulare Street, Suite 300", "Fresno, CA 93721"]
    else:
        name = f"{rng.choice(('Mr.', 'Ms.', 'Mrs.', ''))} {rng.choice(US_PEOPLE)}".strip()
        rows = [name, "1457 Olive Avenue", "Clovis, CA 93612"]
    label = rng.choice(("Bill To:", "BILL TO", "Billing Address", "Responsible Party:"))
    page.text(50, 140, label, 8, bold=True)
    page.lines(50, 154, rows, 10, 12)
    page.lines(330, 154, [f"Patient: {patient}", "DOB: 04/12/1951", "Date of Service: 10/28/2026",
                          "Incident #: 26-11873"], 9, 11)  # fmt: skip
    return Made(page, name, {patient: "patient", who.name: "seller"})


def french_travel(rng: random.Random) -> Made:
    """A travel agency: `Facturé à` the payer (window right), the `Voyageurs` listed at the left
    with one of them sometimes the payer's family."""
    who = ISSUERS["fr"]
    page = frame(who, "fr", rng, "Séjour Lisbonne 5 nuits, vol + hôtel", info=(40, 250))
    name = fr_person(rng)
    window(page, [name, "7 allée des Cerisiers", "38100 Grenoble"], rng,
           heading=rng.choice(("Facturé à :", "Client", "Vos coordonnées", "")))  # fmt: skip
    travellers = [rng.choice(("Mme Léa Garnier", "M. Hugo Perrin", "Mlle Chloé Vidal")),
                  "M. Louis Garnier"]  # fmt: skip
    page.text(40, 140, rng.choice(("Voyageurs :", "Passagers :", "Participants :")), 8, bold=True)
    page.lines(40, 152, travellers, 9, 11)
    return Made(page, name, {t: "traveller" for t in travellers} | {who.name: "seller"})


def french_riding_stable(rng: random.Random) -> Made:
    """A riding school: `Cavalier` (the child who rides) and `Propriétaire du cheval` beside the
    payer's window, a `Client` heading over it."""
    who = Issuer("Centre Équestre du Val", ["Route de Chambéry", "73800 Montmélian"],
                 "Tél. 04 79 84 12 34 - accueil@equestre-val.fr",
                 "Association loi 1901 - SIRET 412 345 678 00018")  # fmt: skip
    page = frame(who, "fr", rng, "Forfait annuel cours poney + licence FFE", info=(40, 250))
    name = fr_person(rng)
    window(
        page,
        [name, "12 rue des Écoles", "73000 Chambéry"],
        rng,
        heading=rng.choice(("Client :", "Adresse de facturation", "Responsable légal", "")),
    )
    rider = rng.choice(("Léa Boulanger", "Tom Marchand", "Inès Blanche"))
    page.lines(
        40,
        140,
        [
            f"{rng.choice(('Cavalier :', 'Cavalière :', 'Élève :'))} {rider}",
            "Cheval : Tornade (propriétaire : Mme Sylvie Roche)",
        ],
        8,
        11,
    )
    return Made(page, name, {rider: "rider", "Mme Sylvie Roche": "horse owner", who.name: "seller"})


def french_water_bill(rng: random.Random) -> Made:
    """A water bill: `Titulaire du contrat` over the name in capitals surname first, the
    `Adresse de desserte` and the occupant at the left."""
    who = Issuer("Régie des Eaux du Grésivaudan", ["BP 12", "38190 Crolles"],
                 "Service client 04 76 12 34 56 - eau@regie-gresivaudan.fr",
                 "Régie publique - SIRET 200 012 345 00011")  # fmt: skip
    page = frame(who, "fr", rng, "Consommation 1er semestre : 48 m³", info=(40, 250))
    name = rng.choice((rng.choice(CAPITALS), fr_person(rng)))
    window(
        page,
        [name, "5 chemin du Lavoir", "38190 Bernin"],
        rng,
        heading=rng.choice(("Titulaire du contrat", "Adresse de facturation", "Abonné")),
    )
    occupant = rng.choice(("M. Kevin Roux", "Mme Nadia Amrani"))
    rows = ["Adresse de desserte :", "5 chemin du Lavoir, lot 2", f"Occupant : {occupant}",
            "N° de compteur : 09CA123456"]  # fmt: skip
    page.lines(40, 140, rows, 8, 10)
    return Made(page, name, {occupant: "occupant", who.name: "seller"})


def french_care(rng: random.Random) -> Made:
    """Home care / ambulance in France: the `Bénéficiaire` (who receives the care) at the left
    and the payer under `Facturé à` (a child, a guardian, `Maître …` for a tutelle)."""
    who = Issuer("Ambulances du Lac", ["3 avenue des Thermes", "73100 Aix-les-Bains"],
                 "Tél. 04 79 35 12 34 - contact@ambulances-lac.fr",
                 "SARL au capital de 8 000 € - SIRET 433 123 456 00027")  # fmt: skip
    page = frame(who, "fr", rng, "Transport assis professionnalisé A/R", info=(40, 250))
    name = fr_person(rng)
    window(page, [name, "22 boulevard Wilson", "73100 Aix-les-Bains"], rng,
           heading=rng.choice(("Facturé à :", "Payeur", "Client", "")))  # fmt: skip
    who_gets = rng.choice(("Mme Jeanne Boulanger", "M. Roger Blanche", "Mme Odette Marchand"))
    page.lines(40, 140, [f"{rng.choice(('Bénéficiaire :', 'Patient :', 'Personne transportée :'))} "
                         f"{who_gets}", "N° SS 2 41 05 73 012 345 67"], 8, 10)  # fmt: skip
    return Made(page, name, {who_gets: "beneficiary", who.name: "seller"})


def swiss_translation(rng: random.Random) -> Made:
    """A Swiss translation agency: a company (`SA`, `Sàrl`, `AG`) with `À l'attention de`, or a
    person with `Monsieur` / `Madame`; the `Facturé à` label inline on the name's line."""
    who = ISSUERS["ch"]
    page = frame(who, "fr", rng, "Traduction allemand-français, 3 200 mots", info=(40, 250))
    if rng.random() < 0.5:
        name = rng.choice(
            ("Horlogerie Vuilleumier SA", "Fiduciaire Rochat Sàrl", "Bergbahnen Zermatt AG")
        )
        rows = [name, f"{rng.choice(('À l’attention de', 'À l’att. de', 'Att.'))} "
                      f"{rng.choice(('Mme', 'M.'))} Claire Rochat",
                "Rue du Simplon 4", "1800 Vevey"]  # fmt: skip
    else:
        name = f"{rng.choice(('Monsieur', 'Madame', 'Maître'))} {rng.choice(FR_PEOPLE)}"
        rows = [name, "Chemin des Vignes 9", "1009 Pully"]
    if rng.random() < 0.5:
        page.text(330, 140, "Facturé à :", 8)
        page.lines(390, 140, rows, 10, 12)
    else:
        window(page, rows, rng, heading=rng.choice(("Client", "Adresse de facturation", "")))
    page.text(40, 150, f"Traducteur : {rng.choice(('Marc Aebi', 'Sandra Kunz'))}", 8)
    return Made(page, name, {"Marc Aebi": "translator", "Sandra Kunz": "translator",
                             who.name: "seller"})  # fmt: skip


def mail_order(rng: random.Random) -> Made:
    """A mail-order shop: `Adresse de facturation` and `Adresse de livraison` side by side, each
    with its own person (a gift to someone else), the customer number under."""
    who = Issuer("La Boutique du Jardin", ["ZA des Prés", "49100 Angers"],
                 "Service client 02 41 12 34 56 - commandes@boutique-jardin.fr",
                 "SAS au capital de 50 000 € - SIRET 512 345 678 00034")  # fmt: skip
    page = frame(who, "fr", rng, "Sécateur professionnel + gants", info=(40, 270), top=380)
    name = fr_person(rng)
    other = rng.choice(("Mme Rose Marchand", "M. Paul Boulanger", "Mlle Lucie Blanche"))
    billing_left = rng.random() < 0.5
    xb, xs = (40, 300) if billing_left else (300, 40)
    page.text(xb, 140, rng.choice(("Adresse de facturation", "Facturation", "Client facturé")), 8,
              bold=True)  # fmt: skip
    page.lines(xb, 154, [name, "16 rue Lafayette", "49000 Angers"], 10, 12)
    page.text(xs, 140, rng.choice(("Adresse de livraison", "Livraison", "Livré à")), 8, bold=True)
    page.lines(xs, 154, [other, "3 place du Ralliement", "49100 Angers"], 10, 12)
    page.text(40, 200, "N° client : 0048213", 8)
    return Made(page, name, {other: "delivery", who.name: "seller"})


def french_accountant(rng: random.Random) -> Made:
    """An accountant's fee note: a company with its legal form (`SARL`, `SAS`, `SCI`, `EURL`)
    in the window, `À l'attention de M. …` under it, the seller's `Cabinet` name repeated in a
    `Vos interlocuteurs` box at the left."""
    who = Issuer("Cabinet Moreau Expertise", ["9 cours Gambetta", "33000 Bordeaux"],
                 "Tél. 05 56 12 34 56 - cabinet@moreau-expertise.fr",
                 "Expert-comptable inscrit à l'Ordre - SIRET 394 123 456 00015")  # fmt: skip
    page = frame(who, "fr", rng, "Honoraires : bilan 2025 et liasse fiscale", info=(40, 250))
    name = rng.choice(("SARL Boulangerie Rolland", "Garage des Lilas SAS", "SCI Les Tilleuls",
                       "EURL Martin Boulanger", "Rose Blanche SARL"))  # fmt: skip
    contact = f"{rng.choice(('À l’attention de', 'A l’attention de', 'Attn :'))} {fr_person(rng)}"
    rows = [name, contact, "27 boulevard Carnot", "33000 Bordeaux"]
    if rng.random() < 0.4:
        rows = [name, "Service comptabilité", "27 boulevard Carnot", "33000 Bordeaux"]
    window(page, rows, rng, heading=rng.choice(("Client", "Destinataire", "Vos coordonnées", "")))
    page.box(40, 135, 230, 40)
    page.lines(46, 146, ["Vos interlocuteurs", "Cabinet Moreau Expertise - Sophie Moreau"], 8, 11)
    return Made(page, name, {contact: "contact", "Sophie Moreau": "clerk", who.name: "seller"})


STYLES: dict[str, Callable[[random.Random], Made]] = {
    style.__name__: style
    for style in (
        german_dentist,
        german_accountant,
        austrian_hotel,
        portuguese_dentist,
        portuguese_accountant,
        dutch_car_rental,
        us_ambulance,
        french_travel,
        french_riding_stable,
        french_water_bill,
        french_care,
        swiss_translation,
        mail_order,
        french_accountant,
    )
}


def generate(style: str, seed: int) -> Made:
    return STYLES[style](random.Random(f"{style}-{seed}"))


def write(folder: Path) -> dict[str, dict]:
    folder.mkdir(parents=True, exist_ok=True)
    truth = {}
    for style in STYLES:
        for seed in SEEDS:
            made = generate(style, seed)
            name = f"{style}-{seed}.pdf"
            (folder / name).write_bytes(render_page(made.page))
            truth[name] = {"name": made.name, "others": made.others}
    (folder / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False))
    return truth


def render_page(page: Page) -> bytes:
    return render(Invoice([page], None, None))


def normalised(value: object) -> str:
    return " ".join(str(value or "").split()).casefold()


def kind(got: str | None, want: dict) -> str:
    """What was taken instead of the name: someone else's, a part of it, nothing, or other."""
    if not got:
        return "missing"
    for other, whose in want["others"].items():
        if normalised(other) in normalised(got) or normalised(got) in normalised(other):
            return whose
    if normalised(got) in normalised(want["name"]) or normalised(want["name"]) in normalised(got):
        return "part or more of the name"
    return "other"


def score(folder: Path, truth: dict[str, dict]) -> dict[str, object]:
    found = parse_files(folder, truth, per_call=40)
    wrong, quiet = [], []
    for name, want in truth.items():
        record = found.get(name, {})
        got = (record.get("debtor") or {}).get("name")
        if normalised(got) != normalised(want["name"]):
            wrong.append((name, want["name"], got, kind(got, want), record.get("problems")))
            if silent(record):
                quiet.append(name)
    return {"total": len(truth), "wrong": wrong, "silent": quiet}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--score", action="store_true")
    args = parser.parse_args()
    truth = write(args.folder)
    if not args.score:
        return
    result = score(args.folder, truth)
    total = result["total"]
    kinds: dict[str, int] = {}
    for name, want, got, what, problems in result["wrong"]:
        flag = "SILENT " if name in result["silent"] else ""
        print(f"{flag}{name}: want {want!r} got {got!r} [{what}] {problems}")
        if name in result["silent"]:
            kinds[what] = kinds.get(what, 0) + 1
    exact = total - len(result["wrong"])
    print(f"name: exact {exact}/{total} = {exact / total:.1%}")
    print(f"wrong with no problem and confidence >= 0.5: {len(result['silent'])} {kinds}")


if __name__ == "__main__":
    main()
