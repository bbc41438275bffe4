"""B2B IT services invoice: a four-cell grid, a seller's contact, client contacts on page 2."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Party
from tests.parsing.blind5.sheet import LabSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day
from tests.parsing.blind8.ink import block, row
from tests.parsing.blind9 import folks
from tests.parsing.blind9.desk import Item, deduct, pick_lines, share
from tests.parsing.blind9.wording import fr_money, slash

from ..kit import CEDEX, totals

SERVICES = (
    Item("Infogérance serveurs – forfait mensuel", 480, 1900, Decimal(20), "mois", 1),
    Item("Hébergement cloud privé (vCPU/mois)", 18, 42, Decimal(20), "vCPU", 16),
    Item("Licences Microsoft 365 Business", 11, 21, Decimal(20), "lic.", 40),
    Item("Intervention sur site – technicien", 560, 780, Decimal(20), "jour", 3),
    Item("Sauvegarde externalisée (To)", 35, 60, Decimal(20), "To", 8),
    Item("Audit de sécurité", 1400, 3200, Decimal(20), "forfait", 1),
)
TRADES = ("Transports", "Menuiseries", "Cliniques", "Conserveries", "Laboratoires")
FORMS = ("SAS", "SARL", "SA")
PAGE_TWO = (4, 14)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    last = folks.pick(rng, folks.FR_LAST)
    trade = folks.pick(rng, TRADES)
    name = f"{folks.pick(rng, FORMS)} {trade} {last}"
    civility, first, contact_last = folks.french_person(rng)
    street = (
        [f"ZA {folks.pick(rng, ('des Landes', 'du Moulin', 'de la Gare'))}"]
        if seed % 3 == 0
        else []
    )
    street.append(folks.french_street(rng))
    box = None
    if seed % 4 == 2:
        postcode, city = folks.pick(rng, CEDEX)
        box = f"CS {rng.randint(10000, 79999)}"
    else:
        postcode, city = folks.pick(rng, folks.FR_TOWNS)
        if seed % 4 == 3:
            box = f"BP {rng.randint(10, 480)}"
    phone = folks.phone(rng, "FR", mobile=False)
    domain = f"{trade.lower()}-{last.lower().replace(' ', '')}.fr"
    table = str.maketrans("éèêëàâîïôûüçœ", "eeeeaaiiouuco")
    email = f"compta@{domain.translate(table)}"
    ref = f"CLI-{rng.randint(100000, 999999)}"
    party = Party(
        name,
        tuple(street),
        postcode,
        city,
        "FR",
        attention=f"À l'attention de {civility} {first} {contact_last}",
        box=box,
        email=email,
        phone=folks.e164(phone),
        customer_ref=ref,
        business=True,
    )
    in_days = seed % 4 == 1
    due = issue + dt.timedelta(days=45 if in_days else 30)
    number = f"FC{issue:%y}{rng.randint(10000, 99999)}"
    invoice = Invoice(
        number, issue, due, "EUR", party, pick_lines(rng, SERVICES, rng.randint(2, 5))
    )
    if seed % 5 == 0:
        deduct(
            invoice,
            f"Acompte reçu (facture d'acompte FA{issue:%y}{rng.randint(1000, 9999)})",
            share(invoice.gross, 20, 35, rng),
        )
    small = seed % 3 == 2
    size = 7.0 if small else 9.0
    two_pages = seed in PAGE_TWO

    sheet = LabSheet(path)
    sheet.font("Helvetica", size + 6, bold=True)
    sheet.text(18, 18, "NUMÉRAL SERVICES")
    sheet.font("Helvetica", size - 1)
    block(
        sheet,
        18,
        23,
        [
            "SAS au capital de 120 000 € · 12 rue de la Chalotais, 35000 Rennes",
            f"SIRET {folks.siret(rng)} · TVA intracommunautaire FR{folks.digits(rng, 11)}",
            "02 99 31 44 80 · facturation@numeral-services.example",
        ],
        size * 0.45,
    )
    address = [name, party.attention, "Service comptabilité", *street]
    address += [box] if box else []
    address.append(f"{postcode} {city}")
    sheet.font("Helvetica", size + 1)
    block(sheet, 112, 42, address, size * 0.52)
    contact = ["Contact facturation", f"Tél. {folks.international(phone)}", f"E-mail {email}"]
    if not two_pages:
        sheet.font("Helvetica", size)
        block(sheet, 18, 42, contact, size * 0.5)
    sheet.font("Helvetica", size + 4, bold=True)
    sheet.text(18, 84, f"FACTURE N° {number}")
    sheet.font("Helvetica", size)
    sheet.text(18, 90, f"Date de facture : {slash(issue)}")
    seller = folks.french_person(rng)
    seller_phone = folks.phone(rng, "FR")
    cells = (
        ("N° client", ref),
        ("Bon de commande", f"BC-{issue:%Y}-{rng.randint(100, 999)}"),
        ("N° contrat", f"CTR-{rng.randint(18, 25)}-{rng.randint(1000, 9999)}"),
        ("Votre contact", f"{seller[1]} {seller[2]} · {folks.national(seller_phone)}"),
    )
    widths = (32, 38, 38, 72)
    x = 18.0
    for (label, value), width in zip(cells, widths, strict=True):
        sheet.box(x, 94, width, 11)
        sheet.text(x + 2, 98, label)
        sheet.text(x + 2, 103, value)
        x += width
    y = 116.0
    row(
        sheet,
        y,
        [
            (18, "Désignation", "left"),
            (128, "Qté", "right"),
            (160, "P.U. HT", "right"),
            (198, "Total HT", "right"),
        ],
    )
    y += size * 0.7
    for line in invoice.lines:
        row(
            sheet,
            y,
            [
                (18, line.description, "left"),
                (128, f"{line.quantity:g} {line.unit}", "right"),
                (160, fr_money(line.unit_price), "right"),
                (198, fr_money(line.amount) + " €", "right"),
            ],
        )
        y += size * 0.6
    y += 4
    rows = [
        ("Total HT", fr_money(invoice.net) + " €"),
        ("TVA 20 %", fr_money(invoice.vat) + " €"),
        ("Total TTC", fr_money(invoice.gross) + " €"),
    ]
    rows += [(d.label, "-" + fr_money(d.amount) + " €") for d in invoice.deductions]
    y = totals(sheet, y, rows, 112, 198, size * 0.6)
    sheet.font("Helvetica", size + 1, bold=True)
    row(
        sheet,
        y + 1,
        [(112, "Net à payer", "left"), (198, fr_money(invoice.to_pay) + " €", "right")],
    )
    sheet.font("Helvetica", size)
    y += 12
    terms = None
    if in_days:
        terms = "Conditions de paiement : 45 jours date de facture"
        sheet.text(18, y, f"{terms}, par virement.")
    else:
        sheet.text(18, y, f"Échéance : {slash(due)} – 30 jours date de facture, par virement.")
    sheet.text(
        18,
        y + size * 0.55,
        "Pas d'escompte pour paiement anticipé. Indemnité forfaitaire de recouvrement : 40 €.",
    )
    sheet.text(18, y + size * 1.1, f"IBAN {folks.iban_of(rng, 'FR', 23)} · BIC CMBRFR2BXXX")
    pages: tuple[int, ...] = (1,)
    if two_pages:
        sheet.text(198, 285, "Page 1/2 – suite page suivante", "right")
        sheet.new_page()
        sheet.font("Helvetica", size + 2, bold=True)
        sheet.text(18, 20, f"FACTURE N° {number} – annexe")
        sheet.font("Helvetica", size)
        block(
            sheet,
            18,
            30,
            ["Coordonnées de facturation enregistrées", name, *contact[1:]],
            size * 0.55,
        )
        block(
            sheet,
            18,
            56,
            ["Détail des interventions sur site : voir le bon d'intervention signé."],
            5,
        )
        sheet.text(198, 285, "Page 2/2", "right")
        pages = (1, 2)
    sheet.save()
    return [Piece(invoice, pages, terms)]


LAYOUT = Layout("fr_infra_cloud", "FR", "reportlab", draw)
