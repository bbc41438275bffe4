"""A law firm's fees as a DIN 5008 letter: return-address line, provision, contacts at the foot."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Invoice, Line, Party
from tests.parsing.blind5.sheet import LabSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day, money
from tests.parsing.blind8.ink import block, row

from .. import folks
from ..desk import deduct, vat_rows
from ..wording import fr_long, fr_money, slash

TASKS = (
    "Consultation et analyse du dossier",
    "Rédaction de l'assignation",
    "Rédaction de conclusions récapitulatives",
    "Audience de plaidoirie",
    "Correspondances et diligences diverses",
    "Négociation transactionnelle",
    "Assistance à expertise judiciaire",
)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    credit = seed in (9, 18)
    civility, first, last = folks.french_person(rng)
    postcode, city = folks.pick(rng, folks.FR_TOWNS)
    street = [folks.french_street(rng)]
    if seed % 4 == 3:
        street.insert(0, f"Appartement {rng.randint(2, 48)}, escalier {folks.pick(rng, 'ABC')}")
    phone = folks.phone(rng, "FR")
    email = folks.mail(first, last, "laposte.net") if seed % 3 != 1 else None
    ref = f"{last[:3].upper()}{rng.randint(100, 999)}"
    debtor = Party(
        f"{'Madame' if civility == 'Mme' else 'Monsieur'} {first} {last}",
        tuple(street),
        postcode,
        city,
        "FR",
        email=email,
        phone=folks.e164(phone),
        customer_ref=ref,
    )
    hours = [
        Line(task, Decimal(rng.randint(1, 8)), money(rng, 180, 260), Decimal("20"))
        for task in rng.sample(TASKS, rng.randint(2, 4))
    ]
    hours.append(
        Line(
            "Débours (frais de greffe, signification)",
            Decimal(1),
            money(rng, 40, 190),
            Decimal("0"),
        )
    )
    terms = None
    due: dt.date | None = issue + dt.timedelta(days=rng.choice((15, 30)))
    if credit:
        due = None
        hours = hours[:1]
        number = f"AV{issue:%y}/{rng.randint(10, 99):03d}"
    else:
        number = f"H{issue:%y}/{rng.randint(100, 999):04d}"
        if seed % 3 == 0:
            due, terms = issue, "Payable à réception"
    invoice = Invoice(number, issue, due, "EUR", debtor, hours, credit_note=credit)
    if not credit and seed % 5 != 4:
        received = Decimal(rng.randint(3, 12) * 100)
        paid_on = issue - dt.timedelta(days=rng.randint(30, 120))
        deduct(invoice, f"Provision reçue le {slash(paid_on)}", min(received, invoice.gross / 2))

    sheet = LabSheet(path)
    sheet.font("Times", 15, bold=True)
    sheet.text(20, 22, "VAUTRIN & ASSOCIÉS")
    sheet.font("Times", 8)
    block(
        sheet,
        20,
        27,
        [
            "Société d'avocats – Barreau de Bordeaux",
            "14 cours de l'Intendance, 33000 Bordeaux",
            "Tél. 05 56 44 18 90 – contact@vautrin-avocats.fr",
        ],
        3.6,
    )
    sheet.font("Times", 6)
    sheet.text(20, 47, "SELARL Vautrin & Associés · 14 cours de l'Intendance · 33000 Bordeaux")
    sheet.rule(20, 48, 105, 48, 0.2)
    sheet.font("Times", 10.5)
    block(sheet, 20, 55, [debtor.name, *street, f"{postcode} {city}"], 4.6)
    sheet.font("Times", 9)
    partner = folks.phone(rng, "FR", mobile=False)
    block(
        sheet,
        125,
        50,
        [
            f"Bordeaux, le {fr_long(issue)}",
            f"N/Réf. dossier : {issue:%Y}/{rng.randint(100, 999)} – {last.upper()} "
            f"c/ SARL {folks.pick(rng, folks.FR_LAST)}",
            f"Réf. client : {ref}",
            f"Ligne directe : {folks.national(partner)}",
        ],
        4.4,
    )
    sheet.font("Times", 12, bold=True)
    title = "AVOIR SUR NOTE D'HONORAIRES" if credit else "NOTE D'HONORAIRES ET DE FRAIS"
    sheet.text(20, 92, f"{title} N° {number}")
    sheet.font("Times", 9.5)
    y = 102
    if credit:
        sheet.text(
            20, y, f"Annulation partielle de la note n° H{issue:%y}/{rng.randint(100, 999):04d}"
        )
        y += 6
    for line in invoice.lines:
        label = line.description
        detail = f"{line.quantity:g} h × {fr_money(line.unit_price)} €" if line.vat_rate else ""
        row(
            sheet,
            y,
            [
                (20, label, "left"),
                (130, detail, "left"),
                (190, fr_money(line.amount) + " €", "right"),
            ],
        )
        y += 5
    sheet.rule(20, y, 190, y, 0.3)
    y += 6
    rows = [
        ("Honoraires et débours HT", invoice.net),
    ]
    printed = [(label, fr_money(value) + " €") for label, value in rows]
    printed += vat_rows(invoice, lambda a: fr_money(a) + " €")
    printed.append(("Total TTC", fr_money(invoice.gross) + " €"))
    printed += [(d.label, "- " + fr_money(d.amount) + " €") for d in invoice.deductions]
    for label, value in printed:
        row(sheet, y, [(110, label, "left"), (190, value, "right")])
        y += 5
    sheet.font("Times", 11, bold=True)
    last_label = "Montant de l'avoir" if credit else "Solde restant dû TTC"
    row(sheet, y + 2, [(110, last_label, "left"), (190, fr_money(invoice.to_pay) + " €", "right")])
    sheet.font("Times", 9.5)
    y += 14
    if terms:
        sheet.text(20, y, "Payable à réception, par virement ou chèque à l'ordre de la SELARL.")
    elif due:
        sheet.text(20, y, f"À régler au plus tard le {fr_long(due)}.")
    else:
        sheet.text(20, y, "Cet avoir sera imputé sur votre prochaine note d'honoraires.")
    sheet.text(20, y + 5, f"IBAN {folks.iban_of(rng, 'FR', 23)} – BIC CMCIFRPP")
    sheet.font("Times", 6.5)
    contact = [f"tél. {folks.national(phone)}"] + ([f"courriel {email}"] if email else [])
    sheet.text(20, 280, "Coordonnées client enregistrées : " + ", ".join(contact))
    sheet.text(
        20,
        284,
        f"SELARL au capital de 30 000 € – RCS Bordeaux – TVA {folks.fr_vat(folks.siret(rng))}",
    )
    sheet.save()
    return [Piece(invoice, terms=terms)]


LAYOUT = Layout("fr_avocats", "FR", "reportlab", draw)
