"""A notarial office's état de frais, Times, debtor in the right window, provision deducted."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from .. import people
from ..sheet import Sheet
from ..wording import euros, figures, long_fr, slashed
from .base import Layout, issued, money

ACTES = ("Vente", "Donation-partage", "Succession", "Prêt hypothécaire", "Bail commercial")


def invent(rng: random.Random, seed: int) -> Invoice:
    first, last = rng.choice(people.PRENOMS), rng.choice(people.NOMS)
    company = seed % 4 == 3
    postcode, city = rng.choice(people.VILLES)
    street = [f"{rng.randrange(1, 140)} {rng.choice(people.VOIES)}"]
    cedex = None
    box = None
    if company:
        name = rng.choice(people.SOCIETES)
        if seed % 8 == 3:
            box = f"CS {rng.randrange(10000, 99999)}"
            postcode = postcode[:2] + str(rng.randrange(100, 999))
            cedex = f"CEDEX {rng.randrange(1, 9)}"
    else:
        civ = rng.choice(("Monsieur", "Madame", "Monsieur et Madame", "Maître"))
        name = f"{civ} {first} {last.upper()}"
        if seed % 3 == 1:
            street.insert(0, rng.choice(people.RESIDENCES))
    mobile = people.french_mobile(rng) if seed % 2 == 0 else None
    debtor = Party(
        name=name,
        street=tuple(street),
        postcode=postcode,
        city=city,
        country="FR",
        attention=f"À l'attention de M. {first} {last}" if company else None,
        box=box,
        cedex=cedex,
        email=people.email_for(rng, first, last, ("orange.fr", "free.fr", "laposte.net"))
        if seed % 3 != 2
        else None,
        phone=people.e164(mobile) if mobile else None,
        customer_ref=f"C{rng.randrange(10000, 99999)}" if seed % 5 != 4 else None,
        business=company,
    )
    day = issued(rng)
    lines = [
        Line("Émoluments de l'acte (art. A444-59)", Decimal(1), money(rng, 300, 2400), Decimal(20)),
        Line("Émoluments de formalités", Decimal(1), money(rng, 80, 400), Decimal(20)),
        Line("Débours (cadastre, état hypothécaire)", Decimal(1), money(rng, 20, 160), Decimal(0)),
        Line("Droits d'enregistrement", Decimal(1), money(rng, 100, 5000), Decimal(0)),
    ]
    inv = Invoice(
        number=f"EF{day.year % 100}-{rng.randrange(1000, 9999)}",
        issue=day,
        due=day + dt.timedelta(days=rng.choice((15, 30))),
        currency="EUR",
        debtor=debtor,
        lines=lines,
        extras={
            "dossier": f"{day.year - rng.randrange(1, 3)}/{rng.randrange(100, 999)}/"
            f"{last[:2].upper()}",
            "acte": rng.choice(ACTES),
            "signed": day - dt.timedelta(days=rng.randrange(5, 60)),
            "mobile": mobile,
        },
    )
    if seed % 2 == 0:
        gross = inv.gross
        paid = (gross * Decimal(rng.choice((30, 50, 80))) / 100).quantize(Decimal("1"))
        inv.deductions.append(
            Deduction(f"Provision reçue le {slashed(inv.extras['signed'])}", paid)
        )
    return inv


def draw(sheet: Sheet, inv: Invoice) -> None:
    sheet.page()
    sheet.write(20, 20, "OFFICE NOTARIAL DU PONT-VIEUX", 13, bold=True, face="serif")
    sheet.write(
        20,
        26,
        "Maître Anne-Sophie Lherm et Maître Bruno Cazalis, notaires associés",
        8.5,
        face="serif",
    )
    sheet.write(20, 31, "4 place du Pont-Vieux, 81000 Albi", 8.5, face="serif")
    sheet.write(20, 36, "Tél. 05 63 54 12 80 - office.pontvieux@notaires.fr", 8.5, face="serif")
    d = inv.debtor
    y = 52
    block = [d.name]
    if d.attention:
        block.append(d.attention)
    block += list(d.street)
    if d.box:
        block.append(d.box)
    block.append(f"{d.postcode} {d.city.upper()}" + (f" {d.cedex}" if d.cedex else ""))
    for row in block:
        sheet.write(112, y, row, 10.5, face="serif")
        y += 5
    if d.phone:
        sheet.write(
            112, y + 2, f"Tél. : {people.french_grouped(inv.extras['mobile'])}", 9, face="serif"
        )
        y += 5
    if d.email:
        sheet.write(112, y + 2, f"Courriel : {d.email}", 9, face="serif")
    sheet.write(20, 60, f"Albi, le {long_fr(inv.issue)}", 10, face="serif")
    sheet.write(20, 70, f"Dossier : {inv.extras['dossier']}", 9, face="serif")
    sheet.write(
        20, 75, f"Acte : {inv.extras['acte']} du {slashed(inv.extras['signed'])}", 9, face="serif"
    )
    if d.customer_ref:
        sheet.write(20, 80, f"Réf. client : {d.customer_ref}", 9, face="serif")
    sheet.write(
        105, 100, f"ÉTAT DE FRAIS N° {inv.number}", 14, bold=True, face="serif", align="center"
    )
    y = 115
    sheet.rule(20, y, 190, y)
    sheet.write(22, y + 5, "Nature", 9, bold=True, face="serif")
    sheet.write(140, y + 5, "TVA", 9, bold=True, face="serif", align="right")
    sheet.write(188, y + 5, "Montant HT", 9, bold=True, face="serif", align="right")
    sheet.rule(20, y + 8, 190, y + 8)
    y += 14
    for line in inv.lines:
        sheet.write(22, y, line.description, 10, face="serif")
        rate = "—" if not line.vat_rate else f"{line.vat_rate} %"
        sheet.write(140, y, rate, 9, face="serif", align="right")
        sheet.write(188, y, figures(line.amount), 10, face="serif", align="right")
        y += 7
    sheet.rule(110, y, 190, y)
    y += 7
    rows = [
        ("Total hors taxes", figures(inv.net)),
        ("TVA 20 %", figures(inv.vat)),
        ("Total TTC", euros(inv.gross)),
    ]
    rows += [(ded.label, f"- {figures(ded.amount)}") for ded in inv.deductions]
    rows.append(("RESTE DÛ" if inv.deductions else "NET À PAYER", euros(inv.to_pay)))
    for label, value in rows:
        bold = label in {"RESTE DÛ", "NET À PAYER"}
        sheet.write(112, y, label, 10, face="serif", bold=bold)
        sheet.write(188, y, value, 10, face="serif", bold=bold, align="right")
        y += 6
    y += 8
    assert inv.due
    sheet.write(
        20, y, f"Somme à régler au plus tard le {long_fr(inv.due)} par virement :", 10, face="serif"
    )
    sheet.write(
        20, y + 5, "IBAN FR76 1027 8022 0000 0204 1230 184 - Caisse des dépôts", 9, face="serif"
    )
    sheet.write(
        105,
        280,
        "Office notarial du Pont-Vieux - SIRET 412 889 301 00027",
        7.5,
        face="serif",
        align="center",
    )


LAYOUT = Layout("fr_notaire", "FR", "reportlab", 20, invent, draw)
