"""Private tutoring platform's monthly invoice to parents (fpdf2, DejaVu Sans, clean web look).

CESU préfinancés deducted on even seeds, an unpaid previous balance added on some → Net à
payer; the 50 % tax-credit notice as a distractor amount; "Montant prélevé le" (the due date);
N° client beside a SEPA mandate reference; pupils' names and the pedagogical adviser's phone as
distractors; the parent's phone and e-mail under the labelled address.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Deduction, Invoice, Line, Party
from tests.parsing.blind5.people import PRENOMS, email_of, french_name, pick
from tests.parsing.blind5.sheet import FpdfSheet

from ..bill import Piece, issue_day, write
from ..folks import TOWNS_FR, phone_e164, printed, street_fr
from ..wording import FR_MONTHS, euros, french_long, slashed

SUBJECTS = ("Mathématiques", "Physique-chimie", "Anglais", "Français", "SVT", "Philosophie")
LEVELS = ("CM2", "6e", "5e", "4e", "3e", "2de", "1re", "Terminale")
TUTORS = ("Inès B.", "Hugo L.", "Sarah M.", "Noé T.", "Lina D.", "Yanis R.")


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng).replace(day=rng.randint(1, 5))
    month = (issue.replace(day=1) - dt.timedelta(days=1)).month
    due = issue.replace(day=rng.choice((8, 10, 12)))
    civility, first, last = french_name(rng)
    name = f"M. et Mme {last}" if seed % 4 == 1 else f"{civility} {first} {last}"
    postcode, city = pick(rng, TOWNS_FR)
    street = (street_fr(rng),)
    if seed % 5 == 2:
        street = (f"Résidence Les Hauts de {city}, bât. {rng.choice('ABCD')}", street[0])
    mobile = phone_e164(rng, "FR")
    email = email_of(first, last, rng) if seed % 3 else None
    ref = f"FAM{rng.randint(10000, 99999)}"
    debtor = Party(name, street, postcode, city, "FR", email=email, phone=mobile, customer_ref=ref)
    pupils = [(pick(rng, PRENOMS), pick(rng, LEVELS)) for _ in range(1 + seed % 2)]
    lines = []
    for _ in range(rng.randint(3, 7)):
        hours = Decimal(rng.choice(("1", "1.5", "2")))
        subject = pick(rng, SUBJECTS)
        day = rng.randint(1, 28)
        lines.append(
            Line(
                f"{day:02d}/{month:02d} {subject} – {pick(rng, TUTORS)}",
                hours,
                Decimal(rng.choice(("32.00", "35.00", "38.50"))),
                Decimal(0),
                "h",
            )
        )
    number = f"SC-{issue:%y%m}-{rng.randint(1000, 99999):05d}"
    invoice = Invoice(number, issue, due, "EUR", debtor, lines)
    if seed % 2 == 0:
        invoice.deductions.append(
            Deduction("Réglé par CESU préfinancés", Decimal(rng.choice((30, 60, 90, 120))))
        )
    if seed % 5 == 3:
        invoice.deductions.append(
            Deduction("Solde antérieur non réglé", -Decimal(rng.randint(40, 180)))
        )

    sheet = FpdfSheet(path)
    sheet.font("DejaVuSans", 15, bold=True)
    sheet.text(18, 22, "Cap'Savoirs")
    sheet.font("DejaVuSans", 8)
    write(
        sheet,
        18,
        28,
        (
            "Cours particuliers à domicile et en ligne",
            "SAS Cap'Savoirs – 9 rue de la Cathédrale – 86000 Poitiers",
            "Déclaration SAP n° SAP851274309",
        ),
        4,
    )
    sheet.font("DejaVuSans", 20, bold=True)
    sheet.text(192, 24, "Facture", align="right")
    sheet.font("DejaVuSans", 9)
    write(
        sheet,
        135,
        32,
        (
            f"N° {number}",
            f"Émise le {french_long(issue)}",
            f"Période : {FR_MONTHS[month - 1]} {issue.year if month < 12 else issue.year - 1}",
        ),
        5,
    )
    sheet.font("DejaVuSans", 7.5, bold=True)
    sheet.text(18, 58, "FACTURÉ À")
    sheet.font("DejaVuSans", 9.5)
    y = write(sheet, 18, 64, (name, *street, f"{postcode} {city}"), 4.8)
    sheet.font("DejaVuSans", 8)
    contacts = [f"Tél. : {printed(mobile)}"]
    if email:
        contacts.append(f"E-mail : {email}")
    write(sheet, 18, y + 1, contacts, 4.2)
    sheet.box(118, 55, 74, 30, grey=0.95)
    sheet.font("DejaVuSans", 7.5, bold=True)
    sheet.text(121, 61, "ÉLÈVE(S) SUIVI(S)")
    sheet.font("DejaVuSans", 8.5)
    yy = write(sheet, 121, 67, [f"{p} {last} – {lv}" for p, lv in pupils], 4.5)
    write(sheet, 121, yy + 2, (f"N° client : {ref}", f"Mandat SEPA : RUM-{ref}-{seed:02d}"), 4.5)

    y = 100
    sheet.font("DejaVuSans", 7.5, bold=True)
    for x, label in ((18, "Séance"), (130, "Durée"), (152, "Tarif"), (192, "Montant")):
        sheet.text(x, y, label, align="right" if x == 192 else "left")
    sheet.rule(18, y + 2, 192, y + 2)
    sheet.font("DejaVuSans", 8.5)
    y += 8
    for line in lines:
        sheet.text(18, y, line.description)
        sheet.text(130, y, f"{line.quantity} h".replace(".", ","))
        sheet.text(152, y, euros(line.unit_price))
        sheet.text(192, y, euros(line.amount), align="right")
        y += 6
    sheet.rule(110, y - 2, 192, y - 2)
    y += 4
    rows = [("Total des séances", invoice.gross)]
    rows += [(d.label, -d.amount) for d in invoice.deductions]
    for label, value in rows:
        sheet.text(110, y, label)
        sheet.text(192, y, euros(value), align="right")
        y += 6
    sheet.font("DejaVuSans", 10, bold=True)
    sheet.text(110, y + 1, "Net à payer")
    sheet.text(192, y + 1, euros(invoice.to_pay), align="right")
    sheet.font("DejaVuSans", 8)
    y += 12
    sheet.text(18, y, f"Montant prélevé le {slashed(due)} sur le compte désigné dans votre mandat.")
    sheet.text(18, y + 5, "Exonération de TVA – article 261-4-4° b du CGI.")
    credit = (invoice.gross / 2).quantize(Decimal("0.01"))
    sheet.box(18, y + 10, 174, 16)
    write(
        sheet,
        21,
        y + 15,
        (
            "Crédit d'impôt : les cours à domicile ouvrent droit à 50 % de crédit d'impôt,",
            f"soit {euros(credit)} pour ce mois-ci. Votre attestation fiscale vous sera envoyée en"
            " février.",
        ),
        4.5,
    )
    adviser = phone_e164(rng, "FR", mobile=False)
    sheet.font("DejaVuSans", 7)
    write(
        sheet,
        18,
        272,
        (
            f"Votre conseillère pédagogique : Mme Aurélie Vasseur – {printed(adviser)}"
            " – conseil@capsavoirs.fr",
            "SIRET 813 472 905 00027 – RCS Poitiers – IBAN FR76 1940 6000 1786 5432 1098 751",
        ),
        4,
    )
    sheet.save()
    return [Piece(invoice)]
