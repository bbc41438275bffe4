"""An accounting firm's note d'honoraires, the client company on one line inside a grid row.

Header grid Date / Code client / N° de dossier / Exercice "du 01/01/2025 au 31/12/2025"; the
client as "SARL … – 14 rue …, 69002 Lyon" on one line, its phone and e-mail in the next cell;
the engagement letter's date and the SEPA mandate's signature date as distractors; monthly
provisions already debited deducted → Reste dû; "Prélèvement SEPA le …" (the due date) or
"Payable à réception" with no date (seeds ≡ 0 mod 3: the issue date); the engagement
manager's direct line and e-mail as distractors; an AVOIR printed positive on seed 11; the
diligences over a second page on seeds 5 and 15.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Deduction, Invoice, Line, Party
from tests.parsing.blind5.sheet import LabSheet, Sheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day

from .. import folks
from ..ink import row
from ..wording import fr_money, slash

TERMS = "Payable à réception"
CREDIT = 11
LONG = (5, 15)
FORMS = ("SARL", "SAS", "EURL", "SCI", "SELARL")
TRADES = ("Boulangerie", "Menuiserie", "Transports", "Optique", "Pharmacie", "Garage")
WORKS = (
    ("Tenue et révision comptable", 1800, 4200),
    ("Établissement des comptes annuels", 900, 1600),
    ("Liasse fiscale et déclarations", 450, 800),
    ("Bulletins de paie (12 mois)", 600, 1400),
    ("Secrétariat juridique – approbation des comptes", 350, 600),
    ("Déclarations de TVA", 300, 700),
)


def plain(word: str) -> str:
    return word.lower().translate(str.maketrans("éèêëç", "eeeec")).replace(" ", "")


def make(rng: random.Random, seed: int) -> tuple[Invoice, str]:
    _civility, _first, last = folks.french_name(rng)
    postcode, city = folks.pick(rng, folks.VILLES)
    landline = folks.phone(rng, "FR", mobile=False)
    name = f"{folks.pick(rng, FORMS)} {folks.pick(rng, TRADES)} {last}"
    party = Party(
        name=name,
        street=(folks.french_street(rng),),
        postcode=postcode,
        city=city,
        country="FR",
        email=f"compta@{plain(last)}-{plain(city)[:6]}.fr",
        phone=folks.e164(landline),
        customer_ref=f"{last[:3].upper()}{rng.randrange(100, 999)}",
        business=True,
    )
    issue = issue_day(rng)
    credit = seed == CREDIT
    chosen = rng.sample(WORKS, 6 if seed in LONG else rng.randint(2, 4))
    lines = [
        Line(t, Decimal(1), Decimal(rng.randrange(lo, hi)), Decimal(20)) for t, lo, hi in chosen
    ]
    due = (
        None
        if credit
        else issue
        if seed % 3 == 0
        else issue + dt.timedelta(days=rng.randrange(8, 20))
    )
    invoice = Invoice(
        f"{'AV' if credit else 'NH'}-{issue:%y}-{rng.randrange(100, 999):04d}",
        issue,
        due,
        "EUR",
        party,
        lines,
        credit_note=credit,
    )
    if not credit and seed % 2 == 1:
        months = rng.randint(6, 11)
        monthly = Decimal(rng.choice((150, 200, 250, 300)))
        if monthly * months < invoice.gross:
            label = f"Provisions mensuelles déjà prélevées ({months} × {fr_money(monthly)} €)"
            invoice.deductions.append(Deduction(label, monthly * months))
    return invoice, folks.national(landline)


def head(sheet: Sheet, invoice: Invoice, phone: str, rng: random.Random) -> None:
    party = invoice.debtor
    sheet.font("Times", 14, bold=True)
    sheet.text(105, 18, "VAUQUELIN & ASSOCIÉS", "centre")
    sheet.font("Times", 8)
    sheet.text(
        105,
        23,
        "Expertise comptable – Audit – Conseil · 27 quai Cavelier de la Salle, 76100 Rouen",
        "centre",
    )
    sheet.text(
        105, 27, f"Inscrit au tableau de l'Ordre de Normandie · SIRET {folks.siret(rng)}", "centre"
    )
    sheet.font("Times", 13, bold=True)
    title = "AVOIR SUR HONORAIRES" if invoice.credit_note else "NOTE D'HONORAIRES"
    sheet.text(20, 42, f"{title} N° {invoice.number}")
    sheet.font("Times", 8)
    year = invoice.issue.year - 1
    grid = [
        ("Date", slash(invoice.issue)),
        ("Code client", party.customer_ref or ""),
        ("N° de dossier", f"{rng.randrange(1000, 9999)}-{year}"),
        ("Exercice", f"du 01/01/{year} au 31/12/{year}"),
    ]
    for index, (label, value) in enumerate(grid):
        sheet.box(20 + index * 42.5, 47, 42.5, 11, grey=0.95 if index % 2 else None)
        row(sheet, 51, [(22 + index * 42.5, label, "left")])
        row(sheet, 56, [(22 + index * 42.5, value, "left")])
    sheet.box(20, 58, 128, 9)
    sheet.box(148, 58, 44, 9)
    one_line = f"{party.name} – {party.street[0]}, {party.postcode} {party.city}"
    row(sheet, 63.5, [(22, f"Client : {one_line}", "left"), (150, f"Tél. {phone}", "left")])
    sheet.font("Times", 7.5)
    sheet.text(150, 66, party.email or "")
    sheet.font("Times", 8)
    mission = dt.date(
        invoice.issue.year - rng.randint(1, 4), rng.randint(1, 12), rng.randint(1, 28)
    )
    sheet.text(
        20,
        74,
        f"Honoraires selon lettre de mission du {slash(mission)}, exercice clos le 31/12/{year}.",
    )


def lines_at(sheet: Sheet, invoice: Invoice, lines: list[Line], y: float) -> float:
    sheet.font("Times", 8.5, bold=True)
    row(sheet, y, [(20, "Diligences", "left"), (190, "Montant HT", "right")])
    sheet.rule(20, y + 1.5, 190, y + 1.5)
    sheet.font("Times", 8.5)
    for line in lines:
        y += 5
        row(
            sheet, y, [(20, line.description, "left"), (190, f"{fr_money(line.amount)} €", "right")]
        )
    return y


def foot(sheet: Sheet, invoice: Invoice, y: float, rng: random.Random) -> None:
    y += 10
    totals = [("Total HT", invoice.net), ("TVA 20 %", invoice.vat), ("Total TTC", invoice.gross)]
    totals += [(d.label, -d.amount) for d in invoice.deductions]
    for label, amount in totals:
        row(sheet, y, [(95, label, "left"), (190, f"{fr_money(amount)} €", "right")])
        y += 5
    sheet.font("Times", 10, bold=True)
    final = "Montant de l'avoir" if invoice.credit_note else "Reste dû"
    row(sheet, y + 1, [(95, final, "left"), (190, f"{fr_money(invoice.to_pay)} €", "right")])
    sheet.font("Times", 8)
    y += 12
    signed = slash(dt.date(invoice.issue.year - 2, rng.randint(1, 12), rng.randint(1, 28)))
    rum = f"RUM VA-{rng.randrange(10000, 99999)}"
    if invoice.due is None:
        sheet.text(20, y, "Cet avoir sera déduit de votre prochaine note d'honoraires.")
    elif invoice.due == invoice.issue:
        sheet.text(20, y, f"{TERMS}, par virement ou chèque à l'ordre de Vauquelin & Associés.")
    else:
        sheet.text(
            20, y, f"Prélèvement SEPA le {slash(invoice.due)} ({rum}, mandat signé le {signed})."
        )
    manager = folks.french_name(rng)
    direct = folks.national(folks.phone(rng, "FR", mobile=False))
    sheet.text(
        20,
        y + 5,
        f"Votre chef de mission : {manager[0]} {manager[1]} {manager[2]} – ligne directe {direct}"
        f" – {manager[1].lower()}.{manager[2].lower()}@vauquelin-experts.fr",
    )
    sheet.text(
        20,
        y + 10,
        "Pénalités de retard : 3 fois le taux d'intérêt légal ; indemnité forfaitaire de"
        " recouvrement 40 €.",
    )


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    sheet = LabSheet(path)
    invoice, phone = make(rng, seed)
    head(sheet, invoice, phone, rng)
    if seed in LONG:
        y = lines_at(sheet, invoice, invoice.lines[:3], 84)
        sheet.font("Times", 8)
        sheet.text(190, y + 8, "Suite page 2/2", "right")
        sheet.new_page()
        sheet.text(20, 15, f"Note d'honoraires N° {invoice.number} – page 2/2")
        y = lines_at(sheet, invoice, invoice.lines[3:], 25)
        pages: tuple[int, ...] = (1, 2)
    else:
        y = lines_at(sheet, invoice, invoice.lines, 84)
        pages = (1,)
    foot(sheet, invoice, y, rng)
    sheet.save()
    terms = TERMS if invoice.due is not None and invoice.due == invoice.issue else None
    return [Piece(invoice, pages=pages, terms=terms)]


LAYOUT = Layout("fr_expert_comptable", "FR", "reportlab", draw)
