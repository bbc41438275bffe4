"""A Luxembourg fiduciary's fee note (note d'honoraires) in DejaVu Sans Condensed: L-nnnn
postcodes, 17 % VAT, a provision received deducted → Solde à payer, dates dd.mm.yyyy,
"1.234,56 EUR", the firm's RCS/matricule numbers and the client's dossier number beside N°
de client, cross-border clients (FR, BE, DE) with a country line."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Deduction, Invoice, Line, Party

from ..idioms import cents, dotted, luxembourg
from ..press import Press
from ..residents import (
    RUES_BE,
    RUES_DE,
    RUES_LU,
    SOCIETES,
    VILLES_BE,
    VILLES_DE,
    VILLES_FR,
    VILLES_LU,
    VOIES,
    ascii_fold,
    fr_mobile,
    lu_mobile,
    person,
    show_phone,
)
from .base import Layout, address, issued, price

SERVICES = (
    ("Tenue de la comptabilité - exercice en cours", 400, 2200),
    ("Établissement des comptes annuels", 900, 3500),
    ("Déclarations TVA trimestrielles", 180, 650),
    ("Gestion des salaires (forfait mensuel)", 120, 900),
    ("Domiciliation de la société", 150, 600),
    ("Assistance contrôle fiscal (heures)", 300, 1800),
)


def client(rng: random.Random, seed: int) -> Party:
    where = ("LU", "LU", "FR", "BE", "DE")[seed % 5]
    company = seed % 3 != 1
    name = (
        rng.choice(SOCIETES).replace("SARL", "SARL-S").replace("EURL", "SARL")
        if company
        else person(rng)
    )
    if where == "LU":
        (postcode, city), street = (
            rng.choice(VILLES_LU),
            f"{rng.randint(1, 120)}, {rng.choice(RUES_LU)}",
        )
    elif where == "BE":
        (postcode, city), street = (
            rng.choice(VILLES_BE),
            f"{rng.choice(RUES_BE)} {rng.randint(1, 90)}",
        )
    elif where == "DE":
        (postcode, city), street = (
            rng.choice(VILLES_DE),
            f"{rng.choice(RUES_DE)} {rng.randint(1, 90)}",
        )
    else:
        (postcode, city), street = (
            rng.choice(VILLES_FR),
            f"{rng.randint(1, 90)} {rng.choice(VOIES)}",
        )
    phone = (
        (lu_mobile(rng) if where == "LU" else fr_mobile(rng) if where == "FR" else None)
        if seed % 4 != 2
        else None
    )
    return Party(
        name=name,
        street=(street,),
        postcode=postcode,
        city=city,
        country=where,
        email=f"{ascii_fold(name.split()[-1])}@pt.lu" if seed % 2 == 0 else None,
        phone=phone,
        customer_ref=f"{rng.randint(2000, 2999)}",
        business=company,
    )


class LuFiduciaire(Layout):
    key = "lu_fiduciaire"
    country = "LU"
    producer = "reportlab"
    seeds = 22

    def invoice(self, rng: random.Random, seed: int) -> Invoice:
        day = issued(rng)
        picked = rng.sample(SERVICES, rng.randint(1, 3))
        inv = Invoice(
            number=f"NH {day.year}/{rng.randint(1, 1400):04d}",
            issue=day,
            due=day + dt.timedelta(days=rng.choice((15, 30))),
            currency="EUR",
            debtor=client(rng, seed),
            lines=[
                Line(text, Decimal(1), price(rng, low, high), Decimal(17))
                for text, low, high in picked
            ],
            extras={"dossier": f"D-{rng.randint(10, 99)}-{rng.randint(100, 999)}"},
        )
        if seed % 2 == 1:
            inv.deductions.append(
                Deduction(
                    f"Provision reçue le {dotted(day - dt.timedelta(days=60))}",
                    cents(inv.gross * Decimal(rng.choice((20, 40, 50))) / 100),
                )
            )
        return inv

    def draw(self, press: Press, inv: Invoice) -> None:
        press.page()
        press.font("dejavu-cond", 14, bold=True)
        press.text(20, 20, "Fiduciaire Moselle & Alzette S.à r.l.")
        press.font("dejavu-cond", 7.5)
        press.text(20, 25, "Experts-comptables - 41, avenue de la Gare, L-1611 Luxembourg")
        press.text(
            20,
            29,
            "Tél. +352 26 48 31 1 - info@fma.lu - RCS Luxembourg B 187.442 - TVA LU 27 41 88 02",
        )
        press.font("dejavu-cond", 9.5)
        block = address(inv.debtor, "LU")
        for i, words in enumerate(block):
            press.text(115, 50 + i * 4.8, words)
        press.font("dejavu-cond", 12, bold=True)
        press.text(20, 90, "NOTE D'HONORAIRES")
        press.font("dejavu-cond", 8.5)
        facts = (
            ("Numéro", inv.number),
            ("Date", dotted(inv.issue)),
            ("N° de client", inv.debtor.customer_ref or ""),
            ("Dossier", inv.extras["dossier"]),
        )
        for i, (label, value) in enumerate(facts):
            press.text(20, 97 + i * 4.6, f"{label}")
            press.text(48, 97 + i * 4.6, f": {value}")
        contacts = []
        if inv.debtor.phone:
            contacts.append("Tél. " + show_phone(inv.debtor.phone, 0))
        if inv.debtor.email:
            contacts.append("E-mail " + inv.debtor.email)
        for i, words in enumerate(contacts):
            press.text(115, 97 + i * 4.6, words)
        y = 124
        press.rule(20, y, 190, y)
        for line in inv.lines:
            y += 6
            press.text(20, y, line.description)
            press.text(190, y, luxembourg(line.amount) + " EUR", "r")
        y += 4
        press.rule(120, y, 190, y)
        rows = [
            ("Total hors TVA", inv.net),
            ("TVA 17 %", inv.vat),
            ("Total TVA comprise", inv.gross),
        ]
        rows += [(d.label, -d.amount) for d in inv.deductions]
        for label, amount in rows:
            y += 5
            press.text(120, y, label)
            sign = "- " if amount < 0 else ""
            press.text(190, y, sign + luxembourg(amount) + " EUR", "r")
        y += 7
        press.font("dejavu-cond", 10, bold=True)
        press.text(120, y, "Solde à payer")
        press.text(190, y, luxembourg(inv.to_pay) + " EUR", "r")
        press.font("dejavu-cond", 8)
        press.text(
            20,
            y + 14,
            (
                f"Payable au plus tard le {dotted(inv.due)} sur le compte "
                "LU28 0019 4006 4475 0000 (BCEELULL),"
            ),
        )
        press.text(20, y + 18, f"en indiquant la communication « {inv.number} ».")
        press.text(
            20, y + 24, "Votre gestionnaire : M. Paul Reding - " + show_phone("+352621774410", 0)
        )
