"""A dental practice's invoice after a quote, the payer in a grid cell beside the patient.

Patient (a child on most seeds, with a birth date) and payer side by side in a three-cell grid,
the payer's address, "Portable" and e-mail inside the cell; acts dated `12/03/26`; the quote's
number and date; Part AMO and Part AMC (tiers payant) deducted → Reste à votre charge on even
seeds, an estimated refund as a distractor amount on odd ones; "À régler avant le 12 avr. 2026"
or a three-instalment schedule (seeds ≡ 1 mod 4); Réf. client beside a Dossier n°; the
practice's weekend emergency number as a distractor.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Deduction, Invoice, Line, Party
from tests.parsing.blind5.sheet import FpdfSheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day

from .. import folks
from ..ink import block, row
from ..wording import add_months, fr_abbr, fr_money, slash, slash_short

ACTS = (
    ("HBLD036 Couronne céramo-métallique", 450, 620),
    ("HBMD043 Restauration 2 faces", 60, 90),
    ("HBJD001 Détartrage et polissage", 29, 44),
    ("HBFD006 Dévitalisation molaire", 120, 180),
    ("HBQK389 Radiographie rétro-alvéolaire", 12, 25),
    ("HBLD090 Inlay-core", 150, 230),
)


def make(rng: random.Random, seed: int) -> tuple[Invoice, dict[str, str]]:
    civility, first, last = folks.french_name(rng)
    postcode, city = folks.pick(rng, folks.VILLES)
    number = folks.phone(rng, "FR")
    party = Party(
        name=f"{civility} {first} {last}",
        street=(folks.french_street(rng),),
        postcode=postcode,
        city=city,
        country="FR",
        email=folks.email(first, last, folks.pick(rng, ("orange.fr", "free.fr", "gmail.com"))),
        phone=folks.e164(number),
        customer_ref=f"P{rng.randrange(1000, 9999)}",
    )
    adult = seed % 3 == 0
    child = party.name if adult else f"{folks.pick(rng, folks.PRENOMS)} {last}"
    issue = issue_day(rng)
    acts = rng.sample(ACTS, rng.randint(2, 4))
    lines = [
        Line(text, Decimal(1), Decimal(rng.randrange(low, high)), Decimal(0))
        for text, low, high in acts
    ]
    schedule = seed % 4 == 1
    due = add_months(issue, 1, 15) if schedule else issue + dt.timedelta(days=30)
    invoice = Invoice(
        f"{issue.year}-{rng.randrange(100, 2000):04d}", issue, due, "EUR", party, lines
    )
    if seed % 2 == 0:
        amo = (invoice.gross * Decimal("0.3")).quantize(Decimal("0.01"))
        amc = (invoice.gross * Decimal("0.25")).quantize(Decimal("0.01"))
        invoice.deductions += [
            Deduction("Part Assurance Maladie (AMO) – tiers payant", amo),
            Deduction("Part complémentaire (AMC) – tiers payant", amc),
        ]
    extras = {
        "patient": child,
        "born": slash(dt.date(1960 + rng.randrange(40), rng.randint(1, 12), rng.randint(1, 28)))
        if adult
        else slash(dt.date(2012 + rng.randrange(8), rng.randint(1, 12), rng.randint(1, 28))),
        "phone": folks.national(number) if seed % 2 else folks.french_dotted(number),
    }
    return invoice, extras


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    sheet = FpdfSheet(path)
    invoice, extras = make(rng, seed)
    party = invoice.debtor
    sheet.font("Times", 13, bold=True)
    sheet.text(20, 20, "Cabinet dentaire des Tilleuls")
    sheet.font("Times", 8.5)
    block(
        sheet,
        20,
        25,
        [
            "Dr Clotilde Abadie – Dr Gaspard Tixier, chirurgiens-dentistes",
            "8 place des Tilleuls – 86000 Poitiers – Tél. 05 49 30 12 77",
            f"RPPS 10{rng.randrange(10**8, 10**9)} – SIRET {folks.spaced_siret(folks.siret(rng))}",
        ],
        3.8,
    )
    sheet.text(190, 20, f"Poitiers, le {slash(invoice.issue)}", "right")
    sheet.font("Times", 13, bold=True)
    sheet.text(20, 46, f"FACTURE N° {invoice.number}")
    sheet.font("Times", 8.5)
    quote = invoice.issue - dt.timedelta(days=rng.randrange(30, 90))
    sheet.text(
        20, 51, f"suite au devis n° D-{quote.year}-{rng.randrange(10, 400)} du {slash_short(quote)}"
    )
    cells = [
        ("PATIENT", [extras["patient"], f"né(e) le {extras['born']}"]),
        (
            "PAYEUR",
            [
                party.name,
                *party.street,
                f"{party.postcode} {party.city}",
                f"Portable {extras['phone']}",
                party.email or "",
            ],
        ),
        (
            "RÉFÉRENCES",
            [f"Réf. client {party.customer_ref}", f"Dossier n° {rng.randrange(10000, 99999)}"],
        ),
    ]
    for index, (title, lines) in enumerate(cells):
        x = 20 + index * 57
        sheet.box(x, 56, 57, 30)
        sheet.font("Times", 7.5, bold=True)
        sheet.text(x + 2, 60, title)
        sheet.font("Times", 8.5)
        block(sheet, x + 2, 65, lines, 4)
    y = 96
    sheet.font("Times", 8.5, bold=True)
    row(
        sheet,
        y,
        [
            (20, "Date", "left"),
            (40, "Acte (CCAM)", "left"),
            (150, "Dent", "right"),
            (191, "Honoraires", "right"),
        ],
    )
    sheet.rule(20, y + 1.5, 191, y + 1.5)
    sheet.font("Times", 8.5)
    day = invoice.issue - dt.timedelta(days=rng.randrange(20, 40))
    for line in invoice.lines:
        y += 5
        day += dt.timedelta(days=rng.randrange(3, 9))
        row(
            sheet,
            y,
            [(20, slash_short(min(day, invoice.issue)), "left"), (40, line.description, "left")],
        )
        row(
            sheet,
            y,
            [
                (150, str(rng.choice((16, 26, 36, 46, 11))), "right"),
                (191, f"{fr_money(line.amount)} €", "right"),
            ],
        )
    y += 10
    totals = [("Total des honoraires", invoice.gross)] + [
        (d.label, -d.amount) for d in invoice.deductions
    ]
    for label, amount in totals:
        row(sheet, y, [(100, label, "left"), (191, f"{fr_money(amount)} €", "right")])
        y += 5
    sheet.font("Times", 10, bold=True)
    final = "Reste à votre charge" if invoice.deductions else "Montant à régler"
    row(sheet, y + 1, [(100, final, "left"), (191, f"{fr_money(invoice.to_pay)} €", "right")])
    sheet.font("Times", 8.5)
    y += 12
    if not invoice.deductions:
        refund = (invoice.gross * Decimal("0.45")).quantize(Decimal("0.01"))
        sheet.text(
            20, y, f"Remboursement estimé Sécurité sociale + mutuelle : {fr_money(refund)} €"
        )
        y += 5
    assert invoice.due is not None
    if seed % 4 == 1:
        third = (invoice.to_pay / 3).quantize(Decimal("0.01"))
        dates = [add_months(invoice.issue, n, 15) for n in (1, 2, 3)]
        sheet.text(
            20,
            y,
            "Paiement en 3 fois sans frais : "
            + ", ".join(f"{slash_short(d)} ({fr_money(third)} €)" for d in dates),
        )
    else:
        sheet.text(20, y, f"À régler avant le {fr_abbr(invoice.due)}")
    sheet.text(20, y + 5, "Soins exonérés de TVA, article 261-4-1° du CGI.")
    sheet.text(20, y + 10, "Urgences dentaires dimanches et jours fériés : 05 49 41 19 63")
    sheet.save()
    return [Piece(invoice)]


LAYOUT = Layout("fr_dentiste", "FR", "fpdf2", draw)
