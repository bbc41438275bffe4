"""Building-materials wholesaler's ERP print in 5.5–6.5 pt: header grid, 411 account, escompte."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Party
from tests.parsing.blind5.sheet import LabSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day
from tests.parsing.blind8.ink import block, row

from .. import folks
from ..desk import Item, pick_lines
from ..wording import end_of_month, fr_money, slash, slash_short

GOODS = tuple(
    Item(text, low, high, Decimal("20"), unit, most)
    for text, low, high, unit, most in (
        ("PLAQUE PLATRE BA13 2500X1200", 6, 9, "U", 120),
        ("RAIL R48 3M GALVA", 2, 4, "U", 200),
        ("MONTANT M48 2,70M", 2, 5, "U", 300),
        ("LAINE DE VERRE 100MM R2,50 ROULEAU", 28, 45, "RL", 40),
        ("SAC CIMENT CEM II 35KG", 7, 10, "SAC", 60),
        ("PARPAING CREUX 20X20X50", 1, 2, "U", 400),
        ("BANDE A JOINT PAPIER 150M", 4, 8, "U", 30),
        ("ENDUIT JOINT PRET A L'EMPLOI 25KG", 18, 30, "SEAU", 20),
        ("VIS TTPC 25MM BOITE 1000", 12, 20, "BTE", 25),
        ("MORTIER COLLE C2 25KG", 14, 24, "SAC", 40),
        ("CHEVRON SAPIN 63X75 4M", 8, 14, "U", 80),
        ("TUBE PVC EVAC 100 4M", 9, 16, "U", 30),
        ("GRAVIER 6/10 BIG BAG", 55, 90, "BB", 6),
        ("TREILLIS SOUDE PAF C 2,40X6M", 24, 38, "U", 30),
    )
)
CREDITS = (3, 11, 17)
LONG = (4, 14)
LABELS = ("N° CLIENT", "CODE CLIENT", "COMPTE CLIENT")


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    credit = seed in CREDITS
    trade = folks.pick(rng, ("SARL BATI", "EURL RENOV", "SAS CONSTRUCTIONS", "SARL MACONNERIE"))
    name = f"{trade} {folks.pick(rng, folks.FR_LAST).upper()}"
    street = [folks.french_street(rng).upper()]
    if seed % 3 == 0:
        street.insert(0, f"ZA DU {folks.pick(rng, ('MOULIN', 'BOIS JOLI', 'VERN'))}")
    box = None
    postcode, city = folks.pick(rng, folks.FR_TOWNS)
    if seed in (2, 8, 16):
        box = f"CS {rng.randint(10000, 99999)}"
        postcode, city = folks.FR_CEDEX[seed % 4]
    city = city.upper()
    phone = folks.phone(rng, "FR", mobile=seed % 2 == 0)
    account = f"411{name.split()[-1][:4]}{rng.randint(10, 99)}".replace("-", "")
    email = f"compta@{name.split()[-1].lower().translate(str.maketrans('éèêœ', 'eeeo'))}-bati.fr"
    debtor = Party(
        name,
        tuple(street),
        postcode,
        city,
        "FR",
        attention="A L'ATTENTION DE LA COMPTABILITE",
        box=box,
        email=email if seed % 4 != 1 else None,
        phone=folks.e164(phone),
        customer_ref=account,
        business=True,
    )
    count = 22 if seed in LONG else rng.randint(4, 9)
    lines = pick_lines(rng, GOODS, min(count, len(GOODS)))
    if seed in LONG:
        lines += pick_lines(rng, GOODS, 14)
    terms = None
    if credit:
        due = None
        lines = lines[:2]
        number = f"AV{issue:%y}{rng.randint(10000, 99999)}"
    else:
        number = f"FC{issue:%y}{rng.randint(10000, 99999)}"
        due = end_of_month(issue + dt.timedelta(days=45))
        if seed % 2:
            terms = "45 JOURS FIN DE MOIS"
    invoice = Invoice(number, issue, due, "EUR", debtor, lines, credit_note=credit)

    small = 5.5 if seed % 2 else 6.5
    lead = small * 0.48
    sheet = LabSheet(path)
    sheet.font("Helvetica", 12, bold=True)
    sheet.text(12, 15, "MATÉRIAUX DU LÉON")
    sheet.font("Helvetica", small)
    block(
        sheet,
        12,
        19,
        [
            "NEGOCE MATERIAUX – BOIS – ISOLATION",
            "ZI DE KERIVOAS, 29800 LANDERNEAU",
            "TEL 02 98 85 10 10 – FAX 02 98 85 10 11",
            f"SIRET {folks.siret(rng)}",
        ],
        lead,
    )
    title = "AVOIR" if credit else "FACTURE"
    sheet.font("Helvetica", 11, bold=True)
    sheet.text(198, 15, title, "right")
    sheet.font("Helvetica", small)
    heads = [
        f"N° {title}",
        "DATE",
        folks.pick(rng, LABELS),
        "TEL CLIENT",
        "VOTRE CDE",
        "BL N°",
        "REPRESENTANT",
    ]
    values = [
        number,
        slash(issue),
        account,
        folks.dotted(phone),
        f"CH-{rng.randint(100, 999)}",
        f"BL{rng.randint(100000, 999999)}",
        f"{rng.randint(10, 40)}",
    ]
    x = 12.0
    for head, value in zip(heads, values, strict=True):
        sheet.box(x, 36, 26.5, 8)
        sheet.text(x + 1, 38.5, head)
        sheet.text(x + 1, 42.5, value)
        x += 26.5
    address = [name, "A L'ATTENTION DE LA COMPTABILITE", *street, box or "", f"{postcode} {city}"]
    sheet.font("Helvetica", small + 1.5)
    block(sheet, 115, 52, address, lead * 1.5)
    sheet.font("Helvetica", small)
    block(
        sheet,
        12,
        52,
        [
            "LIVRE A : CHANTIER",
            f"LOTISSEMENT LES {folks.pick(rng, ('AJONCS', 'GENETS'))}",
            f"{folks.pick(rng, folks.FR_TOWNS)[0]} {folks.pick(rng, folks.FR_TOWNS)[1].upper()}",
            f"LIVRE LE {slash_short(issue - dt.timedelta(days=2))}",
        ],
        lead * 1.2,
    )
    y = 82.0
    cols = [
        (12, "REFERENCE", "left"),
        (35, "DESIGNATION", "left"),
        (130, "QTE", "right"),
        (140, "U", "left"),
        (160, "PU NET HT", "right"),
        (178, "TVA", "right"),
        (198, "MONTANT HT", "right"),
    ]
    row(sheet, y, cols)
    y += lead * 1.6
    pages: tuple[int, ...] = (1,)
    for line in invoice.lines:
        if y > 270:
            sheet.text(198, 285, "A REPORTER", "right")
            sheet.new_page()
            pages = (1, 2)
            sheet.text(12, 15, f"{title} N° {number} – PAGE 2/2")
            y = 25.0
        row(
            sheet,
            y,
            [
                (12, f"{rng.randint(100000, 999999)}", "left"),
                (35, line.description, "left"),
                (130, f"{line.quantity:g}", "right"),
                (140, line.unit, "left"),
                (160, fr_money(line.unit_price), "right"),
                (178, "20%", "right"),
                (198, fr_money(line.amount), "right"),
            ],
        )
        y += lead * 1.25
    if seed in LONG and pages == (1,):
        sheet.new_page()
        pages = (1, 2)
        y = 25.0
    y += 4
    rows = [
        ("TOTAL HT", invoice.net),
        ("TVA 20 %", invoice.vat),
        ("TOTAL AVOIR TTC" if credit else "NET A PAYER TTC", invoice.to_pay),
    ]
    for label, value in rows:
        row(sheet, y, [(140, label, "left"), (198, fr_money(value) + " EUR", "right")])
        y += lead * 1.4
    y += 3
    if credit:
        sheet.text(
            12, y, f"AVOIR SUR FACTURE FC{issue:%y}{rng.randint(10000, 99999)} – RETOUR MARCHANDISE"
        )
    else:
        discount = (invoice.to_pay * Decimal("0.02")).quantize(Decimal("0.01"))
        early = issue + dt.timedelta(days=10)
        sheet.text(
            12, y, f"ESCOMPTE 2 % POUR PAIEMENT AVANT LE {slash(early)} : {fr_money(discount)} EUR"
        )
        if terms:
            sheet.text(12, y + lead * 1.3, f"CONDITIONS : {terms} PAR LCR")
        else:
            sheet.text(
                12,
                y + lead * 1.3,
                f"ECHEANCE : {slash(invoice.due)} PAR VIREMENT" if invoice.due else "",
            )
    if debtor.email:
        sheet.text(12, 288, f"FACTURE DEMATERIALISEE ENVOYEE A {debtor.email.upper()}")
    sheet.save()
    return [Piece(invoice, pages, terms)]


LAYOUT = Layout("fr_negoce", "FR", "reportlab", draw)
