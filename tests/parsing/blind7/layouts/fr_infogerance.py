"""IT managed-services firm's monthly invoice, an online invoicing tool's export (fpdf2,
Helvetica cp1252, 6–7.5 pt).

Number on the title line ("Facture FA-2026-00412"); ISO dates; "Conditions : 60 jours date de
facture" with the date printed on even seeds and not on odd ones (truth computed); an
"Adresse de facturation" beside a rival "Site d'intervention" of the same company; attention
line, CS line and CEDEX on some; "Code client" beside "Bon de commande" and "Contrat"; the
client's billing contact (phone and e-mail: the debtor's) below the site block, the firm's
account manager as a distractor contact; two credit notes (AVOIR) printed positive, quoting
the invoice they cancel, no due date; the late-payment 40 € indemnity as a distractor amount.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Line, Party
from tests.parsing.blind5.people import french_name, pick
from tests.parsing.blind5.sheet import FpdfSheet

from ..bill import Piece, issue_day, money, write
from ..folks import CEDEX_FR, COMPANY_WORDS, TOWNS_FR, phone_e164, printed, slug, street_fr
from ..wording import euros, iso

SERVICES = (
    ("Forfait infogérance postes de travail", "poste", 18, 45),
    ("Supervision serveurs et sauvegarde externalisée", "serveur", 45, 90),
    ("Licences Microsoft 365 Business Standard", "licence", 11, 13),
    ("Intervention sur site (relevé d'intervention joint)", "h", 75, 95),
    ("Hébergement messagerie et nom de domaine", "forfait", 25, 60),
    ("Support téléphonique niveau 2", "forfait", 120, 300),
)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    credit = seed in (5, 14)
    printed_due = seed % 2 == 0
    due = None if credit else issue + dt.timedelta(days=60)
    word = pick(rng, COMPANY_WORDS)
    trade = pick(rng, ("Industrie", "Logistique", "Conseil", "Distribution"))
    name = f"{pick(rng, ('SAS', 'SA', 'SARL'))} {word} {trade}"
    cedex = seed % 4 == 3
    postcode, city = pick(rng, CEDEX_FR) if cedex else pick(rng, TOWNS_FR)
    street = (street_fr(rng),)
    if seed % 3 == 1:
        street = (
            f"Parc d'activités des {pick(rng, ('Grands Champs', 'Portes du Sud', 'Varennes'))}",
            street[0],
        )
    civility, first, last = french_name(rng)
    contact_phone = phone_e164(rng, "FR", mobile=seed % 2 == 1)
    domain = f"{slug(word)}-{slug(city.split()[0])}.fr"
    contact_mail = f"compta@{domain}" if seed % 5 else None
    ref = f"CLI{rng.randint(100, 9999):05d}"
    debtor = Party(
        name,
        street,
        postcode,
        city,
        "FR",
        email=contact_mail,
        phone=contact_phone,
        customer_ref=ref,
    )
    lines = []
    for label, unit, low, high in rng.sample(SERVICES, rng.randint(2, 5)):
        qty = Decimal(
            rng.randint(1, 60) if unit in ("poste", "licence", "h") else rng.randint(1, 4)
        )
        lines.append(Line(label, qty, money(rng, low, high), Decimal(20), unit))
    number = f"{'AV' if credit else 'FA'}-{issue.year}-{rng.randint(1, 2400):05d}"
    invoice = Invoice(number, issue, due, "EUR", debtor, lines, credit_note=credit)

    sheet = FpdfSheet(path)
    sheet.font("Helvetica", 16, bold=True)
    sheet.text(15, 20, f"{'Avoir' if credit else 'Facture'} {number}")
    sheet.font("Helvetica", 7)
    write(
        sheet,
        15,
        27,
        (
            f"Date : {iso(issue)}",
            "Conditions : 60 jours date de facture"
            if not credit
            else f"Annule la facture FA-{issue.year}-{rng.randint(1, 2400):05d}",
            *((f"Date d'échéance : {iso(due)}",) if due and printed_due else ()),
        ),
        3.6,
    )
    sheet.font("Helvetica", 11, bold=True)
    sheet.text(195, 18, "NEBULIS", align="right")
    sheet.font("Helvetica", 6.5)
    write(
        sheet,
        150,
        23,
        (
            "Nébulis Infogérance SAS",
            "48 rue de la Villette",
            "69003 Lyon",
            "04 72 61 18 40 - bonjour@nebulis.fr",
        ),
        3.2,
    )
    sheet.font("Helvetica", 6.5, bold=True)
    sheet.text(15, 50, "ADRESSE DE FACTURATION")
    sheet.text(110, 50, "SITE D'INTERVENTION")
    sheet.font("Helvetica", 7.5)
    block = [name, "Service comptabilité fournisseurs", *street]
    if cedex:
        block.append(f"CS {rng.randint(10, 90)}0{rng.randint(10, 99)}")
    block.append(f"{postcode} {city}")
    write(sheet, 15, 55, block, 3.6)
    site_postcode, site_city = pick(rng, TOWNS_FR)
    y = write(
        sheet,
        110,
        55,
        (name, f"Bâtiment {rng.choice('ABC')} - {street_fr(rng)}", f"{site_postcode} {site_city}"),
        3.6,
    )
    sheet.font("Helvetica", 6.5)
    contacts = [
        f"Contact facturation (client) : {civility} {first} {last}",
        f"Tél. {printed(contact_phone)}",
    ]
    if contact_mail:
        contacts[-1] += f" - {contact_mail}"
    write(sheet, 110, y + 1, contacts, 3.2)
    sheet.box(15, 80, 180, 11, grey=0.94)
    cells = (
        ("Code client", ref),
        ("Bon de commande", f"PO-4500{rng.randint(100000, 999999)}"),
        ("Contrat", f"MSP-{rng.randint(2019, 2025)}-{rng.randint(10, 99)}"),
        ("Votre chargé de compte", "Julien Marchetti - 06 21 47 80 33"),
    )
    x = 17
    for label, value in cells:
        sheet.font("Helvetica", 6)
        sheet.text(x, 84, label)
        sheet.font("Helvetica", 7.5, bold=True)
        sheet.text(x, 88.5, value)
        x += 45
    y = 100
    sheet.font("Helvetica", 6.5, bold=True)
    for x, label, align in (
        (15, "Désignation", "left"),
        (125, "Qté", "right"),
        (150, "PU HT", "right"),
        (170, "TVA", "right"),
        (195, "Total HT", "right"),
    ):
        sheet.text(x, y, label, align=align)
    sheet.rule(15, y + 1.5, 195, y + 1.5, 0.2)
    sheet.font("Helvetica", 7)
    y += 5.5
    for line in lines:
        sheet.text(15, y, line.description)
        sheet.text(125, y, f"{line.quantity} {line.unit}", align="right")
        sheet.text(150, y, euros(line.unit_price), align="right")
        sheet.text(170, y, "20 %", align="right")
        sheet.text(195, y, euros(line.amount), align="right")
        y += 4.2
    y += 5
    for label, value in (("Total HT", invoice.net), ("TVA 20 %", invoice.vat)):
        sheet.text(150, y, label)
        sheet.text(195, y, euros(value), align="right")
        y += 4.2
    sheet.font("Helvetica", 8.5, bold=True)
    sheet.text(150, y + 1, "Total TTC" if credit else "Net à payer TTC")
    sheet.text(195, y + 1, euros(invoice.to_pay), align="right")
    sheet.font("Helvetica", 6)
    write(
        sheet,
        15,
        262,
        (
            "Règlement par virement : IBAN FR76 1027 8073 0000 0204 1960 176 - BIC CMCIFR2A.",
            "Pénalités de retard : trois fois le taux d'intérêt légal. Indemnité forfaitaire "
            "pour frais de recouvrement : 40,00 €.",
            "Nébulis Infogérance SAS au capital de 50 000 € - SIRET 852 914 377 00019 - TVA "
            "FR32852914377",
        ),
        3,
    )
    sheet.save()
    terms = None if printed_due or credit else "Conditions : 60 jours date de facture"
    return [Piece(invoice, terms=terms)]
