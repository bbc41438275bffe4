"""Invoices whose debtor's name a reader gets *partly* wrong, drawn before reading the parser.

Issue 12's eighth blind set still reads the debtor's name wrong on 23 records with nothing
flagged after a first pass (``names_more.py``): the name *differs* rather than goes missing.
These styles draw what makes a reader take part of the name, a line beside it, another person
or a label: a name wrapped over two lines, a company over its branch, a department after the
name on its line, ``M. et Mme Jean et Marie Dupont``, initials and hyphens, a grid cell beside
``Client :`` with the customer number in the next cell, ``Nom :`` / ``Prénom :`` form rows, the
payer as ``Responsable :`` under a child, horse or patient, a gift order whose window is the
recipient's (``Livrer à``) and the payer in small print, a hotel guest beside the company that
pays, a rental car's driver beside the renting company, a couple on two lines at one address,
capitals with the accents dropped, a ``Raison sociale :`` form, and a Swiss QR-bill whose
``Payable par`` names the payer while the top block is a fiduciary's.

Truth (docs/parsing.md, and the conventions this set adds):

- the name line as printed, civility kept, compared case-folded, spaces collapsed;
- a name wrapped over two lines is both lines joined by a space;
- a company's branch line under it (``Niederlassung Wien``) is not the name: the company is;
  a department after a comma or dash on the name's line (``Hôtel Bellevue SA, Comptabilité``)
  is part of the name line as printed (the convention of ``places.py`` before this set);
- ``Nom : DUPONT`` with ``Prénom : Marie`` is written as a person writes it: ``Marie DUPONT``
  (first name, then surname);
- the payer (``Responsable :``, ``Facturer à``, ``Rechnungsempfänger``, ``Locataire``,
  ``Payable par``) is the name, never the child, horse, patient, recipient, guest or driver;
- a couple on two lines at one address: the first line is the name (the other a co-debtor).

A *silent* wrong record differs with no problem named and confidence >= 0.5; reading right or
flagging are both fine. Kinds of silent wrongs: part of the name (or more than it), a neighbour
line (branch, department, attention, second name line), another person, a label.

    python -m tests.parsing.names_fifth /tmp/names5 --score

Nothing generated is kept in git.

Measured once on 2026-11-27 08:08 UTC (15 styles x 6 seeds = 90 invoices), branch
``i15-names`` at 8c5c924 (= main), before reading ``parsing/``:

- before: name exact 57/90 = 63.3 %; wrong with no problem and confidence >= 0.5: 20 -- part
  of the name (or more) 18 (a name wrapped over two lines read as its first line 6, a
  department after a comma or dash kept in the name 6, ``Nom :`` read without ``Prénom :`` 6),
  another person 1 (``Cheval : Tornade du Val`` over ``Responsable : …``), a label 1 (``de
  l'hôtel`` from a heading ``Client de l'hôtel`` over the guest). Flagged but wrong: the
  customer number of a grid's next cell (3), the dependent over ``Responsable :`` (4), the
  payer inline with its street (``Herrn Max Müller, Lindenweg 12``, 6).
- the department's truth then set back to the name line as printed (``places.py``, an older
  set, keeps ``Préfecture - Service financier``: one convention for all sets); main's parser
  rescored on that truth: 63/90 = 70.0 %, wrong with no problem 14.
- after (``test_parsing_debtor_partial.py``; not blind): 87/90 = 96.7 %, wrong with no problem
  0; left wrong but flagged: the grid's customer number taken as the name under ``Nom :`` (3).
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path

from tests.parsing.contacts import Page
from tests.parsing.names_more import (
    ISSUERS,
    WORDS,
    Issuer,
    Made,
    footer,
    header,
    letterhead,
    money,
    normalised,
    render_page,
)
from tests.parsing.relance_json import parse_files, silent

SEEDS = range(6)

FR_HEADINGS = ("Client", "Facturé à :", "Adresse de facturation", "Destinataire", "")


RATES = {"pt": 0.23, "nl": 0.21, "us": 0.0725, "de": 0.19, "fr": 0.2}


def body(page: Page, lang: str, top: float, rng: random.Random, item: str) -> None:
    """The lines and totals, the VAT at the rate its label prints (so no VAT check fires)."""
    label, amount, totals, cur = WORDS[lang][6:]
    net = rng.randint(80, 3000)
    vat = round(net * RATES[lang], 2)
    page.text(40, top, label, 9, bold=True)
    page.right(550, top, amount, 9, bold=True)
    page.text(40, top + 16, item, 9)
    page.right(550, top + 16, money(net, cur), 9)
    for i, (name, value) in enumerate(zip(totals, (net, vat, net + vat, net + vat), strict=True)):
        page.text(360, top + 50 + 14 * i, name, 9, bold=i == 3)
        page.right(550, top + 50 + 14 * i, money(value, cur), 9, bold=i == 3)


def frame(who: Issuer, lang: str, rng: random.Random, item: str, info: tuple[float, float] = (
        40, 250), top: float = 360) -> Page:  # fmt: skip
    page = Page()
    letterhead(page, who)
    header(page, lang, *info, rng)
    body(page, lang, top, rng, item)
    footer(page, who)
    return page


def window(page: Page, rows: list[str], rng: random.Random, x: float = 330, y: float = 140,
           heading: str = "") -> None:  # fmt: skip
    if heading:
        page.text(x, y - 14, heading, 8, bold=rng.random() < 0.6)
    page.lines(x, y, rows, 10, 12)


def wrapped_name(rng: random.Random) -> Made:
    """An association or a co-ownership whose name runs over two lines of the window."""
    who = ISSUERS["fr"]
    page = frame(who, "fr", rng, "Voyage de groupe, acompte 30 %")
    first, second = rng.choice((
        ("Association Sportive et Culturelle", "des Cheminots de Grenoble"),
        ("Syndicat des Copropriétaires de la", "Résidence Les Jardins d'Arcadie"),
        ("Société Coopérative Agricole du Pays", "de Retz et du Vignoble Nantais"),
        ("Comité d'Entreprise des Établissements", "Lambert Frères"),
    ))  # fmt: skip
    window(page, [first, second, "12 avenue Alsace-Lorraine", "38000 Grenoble"], rng,
           heading=rng.choice(FR_HEADINGS))  # fmt: skip
    return Made(page, f"{first} {second}", {second: "neighbour", who.name: "seller"})


def company_branch(rng: random.Random) -> Made:
    """A DIN 5008 window: the company, then its branch on the next line."""
    who = ISSUERS["at"]
    page = frame(who, "de", rng, "Tagungspauschale, 2 Tage", info=(330, 140))
    company, branch, street, town = rng.choice((
        ("Müller & Söhne GmbH", "Niederlassung Wien", "Praterstraße 12", "1020 Wien"),
        ("Brandt Logistik AG", "Zweigniederlassung Graz", "Annenstraße 40", "8020 Graz"),
        ("Hofer Bau GmbH", "Filiale Linz", "Landstraße 9", "4020 Linz"),
        ("Schindler Technik GmbH", "Werk Kufstein", "Endach 30", "6330 Kufstein"),
    ))  # fmt: skip
    page.text(50, 128, "Hotel Alpenrose GmbH · Dorfstraße 12 · 6020 Innsbruck", 6)
    window(page, [company, branch, street, town], rng, x=50, y=142)
    return Made(page, company, {branch: "neighbour", who.name: "seller"})


def name_and_department(rng: random.Random) -> Made:
    """The company and its department on one line, after a comma or a dash."""
    who = ISSUERS["ch"]
    page = frame(who, "fr", rng, "Traduction de contrats, 5 400 mots")
    company = rng.choice(("Hôtel Bellevue SA", "Clinique des Alpes Sàrl", "Garage Central SA",
                          "Banque Cantonale du Jura"))  # fmt: skip
    dept = rng.choice(("Comptabilité fournisseurs", "Service juridique", "Direction",
                       "Ressources humaines"))  # fmt: skip
    line = f"{company}{rng.choice((', ', ' - ', ' – '))}{dept}"
    window(page, [line, "Rue du Marché 8", "2800 Delémont"], rng,
           heading=rng.choice(("Client", "Adresse de facturation", "")))  # fmt: skip
    return Made(page, line, {dept: "neighbour", company: "part", who.name: "seller"})


def couple_first_names(rng: random.Random) -> Made:
    """A couple with both first names: ``M. et Mme Jean et Marie Dupont``."""
    who = Issuer("Cabinet Dentaire du Parc", ["4 place du Parc", "35000 Rennes"],
                 "Tél. 02 99 12 34 56 - accueil@dentaire-parc.fr",
                 "SELARL au capital de 10 000 € - SIRET 498 765 432 00019")  # fmt: skip
    page = frame(who, "fr", rng, "Soins dentaires, reste à charge")
    name = rng.choice(("M. et Mme Jean et Marie Dupont", "Monsieur et Madame Jean-Pierre et Anne "
                       "Morel", "M. Jean Dupont et Mme Marie Dupont-Leroy",
                       "Mme et M. Sophie et Éric Le Gall"))  # fmt: skip
    window(page, [name, "18 rue de Fougères", "35700 Rennes"], rng,
           heading=rng.choice(FR_HEADINGS))  # fmt: skip
    return Made(page, name, {who.name: "seller"})


def initials_and_hyphens(rng: random.Random) -> Made:
    """Initials with hyphens and apostrophes, inline after the label or in the window."""
    who = Issuer("Expertise Comptable Duval", ["21 quai des Chartrons", "33000 Bordeaux"],
                 "Tél. 05 56 44 12 12 - cabinet@duval-ec.fr",
                 "SAS au capital de 15 000 € - SIRET 421 987 654 00022")  # fmt: skip
    page = frame(who, "fr", rng, "Honoraires : déclaration de revenus 2025")
    name = rng.choice(("J.-P. Le Borgne-Kerhervé", "Dr A.-M. Saint-Just", "M. J. P. N'Diaye",
                       "Mme M.-C. d'Ornano", "P.-Y. O'Connor-Lévy",
                       "M. É. Dupré-Lacroix"))  # fmt: skip
    if rng.random() < 0.5:
        page.text(330, 140, f"Client : {name}", 10)
        page.lines(330, 152, ["9 allée Tourny", "33000 Bordeaux"], 10, 12)
    else:
        window(page, [name, "9 allée Tourny", "33000 Bordeaux"], rng,
               heading=rng.choice(FR_HEADINGS))  # fmt: skip
    return Made(page, name, {who.name: "seller"})


def grid_client_cell(rng: random.Random) -> Made:
    """A boxed grid: ``Client :`` | the name | ``N° client :`` | the number, the address under."""
    who = Issuer("Taxis Ambulances Bretons", ["ZI de Kergaradec", "29850 Gouesnou"],
                 "Tél. 02 98 41 00 00 - facturation@tab29.fr",
                 "SARL au capital de 30 000 € - SIRET 387 654 321 00044")  # fmt: skip
    page = frame(who, "fr", rng, "Transport assis, Brest - Quimper A/R", top=380)
    name = rng.choice(("Mme Yvonne Le Floch", "M. Hervé Kerjean", "EHPAD Ker Maria",
                       "Mutuelle des Pays de Brest"))  # fmt: skip
    number = f"C-{rng.randint(1000, 99999):05d}"
    for i, row in enumerate(
        (
            (
                rng.choice(("Client :", "Nom :", "Payeur :")),
                name,
                rng.choice(("N° client :", "Code client :")),
                number,
            ),
            ("Adresse :", "14 rue de Siam", "Ville :", "29200 Brest"),
        )
    ):
        y = 140 + 20 * i
        for x, w in ((40, 70), (110, 200), (310, 80), (390, 160)):
            page.box(x, y - 12, w, 20)
        for x, cell in zip((44, 114, 314, 394), row, strict=True):
            page.text(x, y + 2, cell, 9, bold=x in (44, 314))
    return Made(page, name, {number: "neighbour", who.name: "seller"})


def nom_prenom_form(rng: random.Random) -> Made:
    """``Nom : DUPONT  Prénom : Marie`` on one row, or as two rows of a form."""
    who = Issuer("Centre Équestre des Saules", ["Chemin des Saules", "45160 Olivet"],
                 "Tél. 02 38 12 34 56 - contact@equitation-saules.fr",
                 "Association loi 1901 - SIRET 448 123 987 00015")  # fmt: skip
    page = frame(who, "fr", rng, "Pension box mensuelle + ferrure")
    surname, first = rng.choice((("DUPONT", "Marie"), ("LE GUEN", "Pierre-Yves"),
                                 ("MARTIN-LEROY", "Anne"), ("N'GUYEN", "Thi Lan")))  # fmt: skip
    if rng.random() < 0.5:
        page.text(40, 140, f"Nom : {surname}      Prénom : {first}", 9)
        page.lines(40, 152, ["Adresse : 7 rue Jeanne d'Arc", "CP / Ville : 45000 Orléans"], 9, 12)
    else:
        for i, (label, value) in enumerate(
            (
                ("Nom :", surname),
                ("Prénom :", first),
                ("Adresse :", "7 rue Jeanne d'Arc"),
                ("Code postal / Ville :", "45000 Orléans"),
            )
        ):
            page.text(330, 140 + 12 * i, label, 9, bold=True)
            page.text(430, 140 + 12 * i, value, 9)
    return Made(page, f"{first} {surname}", {surname: "part", first: "part",
                                             who.name: "seller"})  # fmt: skip


def responsible_over_dependent(rng: random.Random) -> Made:
    """The dependent (pupil, horse, patient) first, the payer as ``Responsable :`` under it."""
    who = Issuer("Centre Équestre du Val", ["Route de Chambéry", "73800 Montmélian"],
                 "Tél. 04 79 84 12 34 - accueil@equestre-val.fr",
                 "Association loi 1901 - SIRET 412 345 678 00018")  # fmt: skip
    page = frame(who, "fr", rng, "Forfait trimestriel cours + licence")
    dependent = rng.choice(("Élève : Hugo Vidal", "Cheval : Tornade du Val", "Patient : Léo Vidal",
                            "Cavalière : Inès Vidal"))  # fmt: skip
    payer = rng.choice(("Mme Claire Vidal", "M. Paul Vidal", "Mme et M. Vidal"))
    label = rng.choice(("Responsable :", "Responsable légal :", "Propriétaire responsable :"))
    window(page, [dependent, f"{label} {payer}", "3 impasse des Lilas", "73000 Chambéry"], rng,
           heading=rng.choice(("", "Facturation")))  # fmt: skip
    other = dependent.split(" : ", 1)[1]
    return Made(page, payer, {other: "person", who.name: "seller"})


def gift_order(rng: random.Random) -> Made:
    """A mail-order gift: the window is the recipient's (``Lieferung an / Livrer à``), the payer
    in small print lower (``Rechnung an / Facturer à : …`` on one line)."""
    who = Issuer("Versandhaus Schwarzwald GmbH", ["Hauptstraße 50", "79104 Freiburg"],
                 "Tel. 0761 555 000 - service@versand-schwarzwald.de",
                 "HRB 700999 - USt-IdNr. DE287654321")  # fmt: skip
    page = frame(who, "de", rng, "Geschenkkorb Schwarzwald / Panier cadeau", info=(40, 250),
                 top=380)  # fmt: skip
    recipient = rng.choice(("Frau Ilse Wagner", "Madame Odile Faure", "Herrn Otto Baumann"))
    payer = rng.choice(("Herrn Max Müller", "Frau Anna Schneider", "Monsieur Luc Girard",
                        "Madame Hélène Roux"))  # fmt: skip
    page.text(50, 128, "Versandhaus Schwarzwald · Hauptstraße 50 · 79104 Freiburg", 6)
    window(page, [recipient, "Rosenweg 3", "77652 Offenburg"], rng, x=50, y=142,
           heading=rng.choice(("Lieferung an / Livrer à", "Lieferadresse", "")))  # fmt: skip
    bill = f"{rng.choice(('Rechnung an / Facturer à :', 'Rechnungsadresse :', 'Facturer à :'))} "
    page.text(330, 200, f"{bill}{payer}, Lindenweg 12, 79100 Freiburg", 7)
    page.text(330, 210, "Geschenkversand / Envoi cadeau", 7)
    return Made(page, payer, {recipient: "person", who.name: "seller"})


def hotel_guest_company(rng: random.Random) -> Made:
    """A Tyrolean hotel: the guest's name and room big at the window, the company paying in a
    ``Rechnungsempfänger / Destinataire`` block at the left."""
    who = ISSUERS["at"]
    page = frame(who, "de", rng, "Übernachtung / Nuitée, 3 Nächte", info=(40, 270), top=380)
    guest = rng.choice(("Mr. David Brown", "Frau Eva Lang", "M. Julien Morel"))
    company = rng.choice(("Alpenblick Reisen GmbH", "Tirol Events OG", "Voyages Lémaniques SA"))
    page.text(330, 126, rng.choice(("Gast / Hôte", "Gast", "Client de l'hôtel")), 8, bold=True)
    page.lines(330, 140, [guest, "Zimmer / Chambre 214", "30.10. - 02.11.2026"], 11, 13)
    page.text(40, 126, rng.choice(("Rechnungsempfänger / Destinataire", "Rechnung an",
                                   "Facture à")), 8, bold=True)  # fmt: skip
    page.lines(40, 140, [company, "Maria-Theresien-Straße 18", "6020 Innsbruck"], 8, 10)
    return Made(page, company, {guest: "person", who.name: "seller"})


def rental_driver_company(rng: random.Random) -> Made:
    """A car rental: the driver's box first, the renting company (``Locataire``) beside it."""
    who = ISSUERS["nl"]
    page = frame(who, "nl", rng, "Huur Volkswagen Golf, 4 dagen", info=(40, 270), top=380)
    driver = rng.choice(("Dhr. K. Bakker", "Mevr. S. Visser", "T. Smit"))
    company = rng.choice(("Bakkerij Jansen B.V.", "De Vries Installatietechniek B.V.",
                          "Hoveniersbedrijf Groen V.O.F."))  # fmt: skip
    page.box(40, 120, 230, 70)
    page.text(46, 132, rng.choice(("Bestuurder", "Driver", "Chauffeur")), 8, bold=True)
    page.lines(46, 146, [driver, "Rijbewijs 5123456789", "Kenteken GX-123-B"], 10, 12)
    page.box(300, 120, 250, 70)
    page.text(306, 132, rng.choice(("Huurder", "Klant / Huurder", "Renter")), 8, bold=True)
    page.lines(306, 146, [company, "Herestraat 12", "9711 LM Groningen"], 10, 12)
    return Made(page, company, {driver: "person", who.name: "seller"})


def shared_address_couple(rng: random.Random) -> Made:
    """Two people on two lines at one address (an unmarried couple, flatmates)."""
    who = Issuer("Régie des Eaux du Grésivaudan", ["BP 12", "38190 Crolles"],
                 "Service client 04 76 12 34 56 - eau@regie-gresivaudan.fr",
                 "Régie publique - SIRET 200 012 345 00011")  # fmt: skip
    page = frame(who, "fr", rng, "Consommation 2e semestre : 52 m³")
    first = rng.choice(("Mme Claire Martin", "M. Karim Benali", "Mme Sophie Arnaud"))
    second = rng.choice(("M. Paul Durand", "Mme Julie Perrin", "M. Thomas Blanc"))
    window(page, [first, second, "5 chemin du Lavoir", "38190 Bernin"], rng,
           heading=rng.choice(("Titulaires du contrat", "Abonnés", "")))  # fmt: skip
    return Made(page, first, {second: "person", who.name: "seller"})


def capitals_no_accents(rng: random.Random) -> Made:
    """A mainframe print: everything in capitals, accents dropped."""
    who = Issuer("TRANSPORTS SANITAIRES DU LEMAN", ["12 AVENUE DE GENEVE", "74200 THONON"],
                 "TEL 04 50 71 00 00 - FACTURATION@TSL74.FR",
                 "SARL AU CAPITAL DE 7 622 EUR - SIRET 352 111 222 00017")  # fmt: skip
    page = frame(who, "fr", rng, "TRANSPORT ALLONGE THONON - ANNECY")
    name = rng.choice(("MME HELENE LEFEVRE", "M FRANCOIS PREVOT", "SOCIETE D'EXPLOITATION DES "
                       "ETABLISSEMENTS GERARD", "EARL DU DOMAINE DE LA FORET",
                       "MONSIEUR JEROME BEGUE"))  # fmt: skip
    window(page, [name, "3 RUE DES ECOLES", "74500 EVIAN LES BAINS"], rng,
           heading=rng.choice(("DESTINATAIRE", "ADRESSE DE FACTURATION", "")))  # fmt: skip
    return Made(page, name, {who.name: "seller"})


def raison_sociale_form(rng: random.Random) -> Made:
    """A billing form: ``Raison sociale :``, ``Interlocuteur :``, ``Adresse :`` rows."""
    who = Issuer("Voyages Horizon SAS", ["14 rue de la République", "69002 Lyon"],
                 "Tél. 04 78 12 34 56 - contact@voyages-horizon.fr",
                 "SAS au capital de 20 000 € - SIRET 812 345 678 00021")  # fmt: skip
    page = frame(who, "fr", rng, "Séminaire Porto, 12 personnes")
    company = rng.choice(("Laboratoires Rivière SAS", "Menuiserie Favre SARL", "Crédit Mutuel "
                          "Agence Part-Dieu", "Lycée Ampère"))  # fmt: skip
    contact = rng.choice(("M. Olivier Favre", "Mme Nathalie Rivière"))
    rows = (
        (rng.choice(("Raison sociale :", "Société :", "Organisme :")), company),
        (rng.choice(("Interlocuteur :", "Contact :", "Suivi par :")), contact),
        ("Adresse :", "31 rue Servient"),
        ("CP / Ville :", "69003 Lyon"),
    )
    page.text(330, 126, "Coordonnées de facturation", 8, bold=True)
    for i, (label, value) in enumerate(rows):
        page.text(330, 140 + 12 * i, label, 9)
        page.text(410, 140 + 12 * i, value, 9)
    return Made(page, company, {contact: "person", "Coordonnées de facturation": "label",
                                who.name: "seller"})  # fmt: skip


def qr_bill_care_of(rng: random.Random) -> Made:
    """A Zurich agency's QR-bill: the top block is the fiduciary's (or the person care of it),
    the ``Payable par`` part names the payer."""
    who = Issuer("Übersetzungsbüro Limmat GmbH", ["Limmatquai 52", "8001 Zürich"],
                 "Tel. 044 123 45 67 - info@uebersetzung-limmat.ch",
                 "UID CHE-234.567.890 MWST")  # fmt: skip
    page = frame(who, "fr", rng, "Traduction allemand-français, 2 000 mots", top=330)
    person = rng.choice(("Hans Meier", "Monika Keller", "Pierre-Alain Rochat"))
    fiduciary = rng.choice(("Treuhand Weber AG", "Fiduciaire Rochat Sàrl"))
    if rng.random() < 0.5:
        top = [fiduciary, f"{rng.choice(('Mandat :', 'Pour le compte de', 'für'))} {person}",
               "Bahnhofstrasse 10", "8001 Zürich"]  # fmt: skip
        others = {fiduciary: "person"}
    else:
        top = [f"{rng.choice(('Herr', 'Frau', 'Monsieur'))} {person}", f"c/o {fiduciary}",
               "Bahnhofstrasse 10", "8001 Zürich"]  # fmt: skip
        others = {f"c/o {fiduciary}": "neighbour"}
    window(page, top, rng)
    page.text(40, 560, "- " * 45, 6)
    page.text(40, 580, "Récépissé", 11, bold=True)
    page.lines(
        40,
        598,
        [
            "Compte / Payable à",
            "CH44 3199 9123 0008 8901 2",
            "Übersetzungsbüro Limmat GmbH",
            "Limmatquai 52",
            "8001 Zürich",
        ],
        7,
        9,
    )
    page.text(40, 650, "Payable par", 7, bold=True)
    page.lines(40, 660, [person, "Bahnhofstrasse 10", "8001 Zürich"], 7, 9)
    page.text(200, 580, "Section paiement", 11, bold=True)
    page.text(380, 598, "Payable par", 8, bold=True)
    page.lines(380, 610, [person, "Bahnhofstrasse 10", "8001 Zürich"], 8, 10)
    page.text(200, 700, "Monnaie  CHF      Montant  1 236.40", 8)
    return Made(page, person, others | {who.name: "seller"})


STYLES: dict[str, Callable[[random.Random], Made]] = {
    style.__name__: style
    for style in (
        wrapped_name,
        company_branch,
        name_and_department,
        couple_first_names,
        initials_and_hyphens,
        grid_client_cell,
        nom_prenom_form,
        responsible_over_dependent,
        gift_order,
        hotel_guest_company,
        rental_driver_company,
        shared_address_couple,
        capitals_no_accents,
        raison_sociale_form,
        qr_bill_care_of,
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


def kind(got: str | None, want: dict) -> str:
    """What was taken instead of the name: a part of it, a neighbour line, a person, a label."""
    if not got:
        return "missing"
    for other, whose in want["others"].items():
        if normalised(got) == normalised(other):
            return {"part": "part of the name"}.get(whose, whose)
    if normalised(got) in normalised(want["name"]) or normalised(want["name"]) in normalised(got):
        return "part of the name (or more)"
    for other, whose in want["others"].items():
        if normalised(other) in normalised(got) or normalised(got) in normalised(other):
            return whose
    return "other"


def score(folder: Path, truth: dict[str, dict]) -> dict[str, object]:
    found = parse_files(folder, truth, per_call=45)
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
