"""Home-help company's monthly "Facture de prestations" from its care-planning software
(fpdf2, Times cp1252).

On odd seeds two blocks: "Bénéficiaire" (the elderly person helped, at the intervention
address: a distractor) and "Adressée au payeur" (a son or daughter elsewhere: the debtor); on
even seeds one block "Bénéficiaire et payeur"; "Participation APA (Conseil départemental)" and,
on some, "PCH" deducted, then the "avance immédiate de crédit d'impôt" (50 % of the rest) →
"Reste à votre charge"; "Reste à charge prélevé le" (the due date, long date); "Réf. client"
beside "N° de plan d'aide" and "Responsable de secteur" with her phone (distractors); hours by
carer (first names); 5.5 % VAT on prices incl. VAT; the payer's phone and e-mail in the
payer's block.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from tests.parsing.blind.model import Deduction, Invoice, Line, Party
from tests.parsing.blind5.people import PRENOMS, email_of, french_name, pick
from tests.parsing.blind5.sheet import FpdfSheet

from ..bill import Piece, issue_day, write
from ..folks import TOWNS_FR, phone_e164, printed, street_fr
from ..wording import FR_MONTHS, euros, french_long, slashed

TASKS = (
    "Aide au lever et à la toilette",
    "Préparation et aide à la prise des repas",
    "Entretien du logement",
    "Courses et accompagnement",
    "Aide au coucher",
)


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng).replace(day=rng.randint(2, 6))
    month = (issue.replace(day=1) - dt.timedelta(days=1)).month
    due = issue.replace(day=rng.choice((15, 18, 20)))
    helped = french_name(rng)
    helped_name = f"{'Madame' if helped[0] == 'Mme' else 'Monsieur'} {helped[1]} {helped[2]}"
    helped_postcode, helped_city = pick(rng, TOWNS_FR)
    helped_street = street_fr(rng)
    two_blocks = seed % 2 == 1
    if two_blocks:
        civility, first, last = french_name(rng)
        name = f"{civility} {first} {last}"
        postcode, city = pick(rng, TOWNS_FR)
        street = (street_fr(rng),)
    else:
        civility, first, last = helped
        name = helped_name
        postcode, city, street = helped_postcode, helped_city, (helped_street,)
    mobile = phone_e164(rng, "FR", mobile=two_blocks or seed % 4 == 0)
    email = email_of(first, last, rng) if seed % 3 != 0 else None
    ref = f"{rng.randint(1, 9)}{rng.randint(10000, 99999)}"
    debtor = Party(name, street, postcode, city, "FR", email=email, phone=mobile, customer_ref=ref)
    rate = Decimal(rng.choice(("24.90", "26.50", "27.80")))
    lines = []
    for task in rng.sample(TASKS, rng.randint(2, 4)):
        hours = Decimal(rng.randint(4, 40)) / 2
        net = (rate / Decimal("1.055")).quantize(Decimal("0.0001"))
        lines.append(Line(f"{task} – {pick(rng, PRENOMS)}", hours, net, Decimal("5.5"), "h"))
    number = f"FP{issue:%y%m}-{rng.randint(1, 1500):05d}"
    invoice = Invoice(number, issue, due, "EUR", debtor, lines, tax_per_line=True)
    apa = (invoice.gross * Decimal(rng.choice(("0.40", "0.55", "0.70")))).quantize(Decimal("0.01"))
    invoice.deductions.append(Deduction("Participation APA (Conseil départemental)", apa))
    if seed % 5 == 2:
        invoice.deductions.append(Deduction("Prise en charge PCH", Decimal(rng.randint(20, 60))))
    rest = invoice.gross - sum((d.amount for d in invoice.deductions), Decimal(0))
    advance = (rest / 2).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    invoice.deductions.append(Deduction("Avance immédiate de crédit d'impôt (50 %)", advance))

    sheet = FpdfSheet(path)
    sheet.font("Times", 15, bold=True)
    sheet.text(15, 20, "Présence Bocage Services")
    sheet.font("Times", 8.5)
    write(
        sheet,
        15,
        26,
        (
            "Aide et accompagnement à domicile",
            "3 place Saint-Sauveur, 14000 Caen – Tél. 02 31 86 44 10",
            "Autorisation départementale n° 2019-14-0087 – SIRET 803 517 446 00021",
        ),
        4,
    )
    sheet.font("Times", 13, bold=True)
    sheet.text(195, 22, "Facture de prestations", align="right")
    sheet.font("Times", 9)
    write(
        sheet,
        195 - 62,
        29,
        (
            f"n° {number}",
            f"du {french_long(issue)}",
            f"Prestations de {FR_MONTHS[month - 1]}",
        ),
        4.4,
    )
    sheet.box(15, 46, 180, 10, grey=0.93)
    sheet.font("Times", 8.5)
    plan = f"PA-{rng.randint(14000, 14999)}-{rng.randint(100, 999)}"
    sheet.text(
        18,
        52,
        f"Réf. client : {ref}     N° de plan d'aide : {plan}     "
        f"Responsable de secteur : Mme Nadège Le Bihan, 02 31 86 44 17",
    )
    payer_x = 110 if two_blocks else 15
    if two_blocks:
        sheet.font("Times", 8, bold=True)
        sheet.text(15, 64, "Bénéficiaire")
        sheet.font("Times", 9.5)
        write(sheet, 15, 69, (helped_name, helped_street, f"{helped_postcode} {helped_city}"), 4.4)
    sheet.font("Times", 8, bold=True)
    sheet.text(payer_x, 64, "Adressée au payeur" if two_blocks else "Bénéficiaire et payeur")
    sheet.font("Times", 9.5)
    y = write(sheet, payer_x, 69, (name, *street, f"{postcode} {city}"), 4.4)
    sheet.font("Times", 8.5)
    contacts = [f"Tél. {printed(mobile)}"] + ([f"Courriel : {email}"] if email else [])
    write(sheet, payer_x, y + 0.5, contacts, 4)
    y = 100
    sheet.font("Times", 8.5, bold=True)
    for x, label, align in (
        (15, "Prestation – intervenant(e)", "left"),
        (130, "Heures", "right"),
        (160, "Tarif TTC", "right"),
        (195, "Montant TTC", "right"),
    ):
        sheet.text(x, y, label, align=align)
    sheet.rule(15, y + 1.5, 195, y + 1.5)
    sheet.font("Times", 9)
    y += 6
    for line in lines:
        gross = line.amount + line.tax
        sheet.text(15, y, line.description)
        sheet.text(130, y, f"{line.quantity}".replace(".", ","), align="right")
        sheet.text(160, y, euros(rate), align="right")
        sheet.text(195, y, euros(gross), align="right")
        y += 5
    y += 6
    rows = [
        ("Total TTC", invoice.gross),
        ("dont TVA 5,5 %", invoice.vat),
        *((d.label, -d.amount) for d in invoice.deductions),
    ]
    for label, value in rows:
        sheet.text(105, y, label)
        sheet.text(195, y, euros(value), align="right")
        y += 5
    sheet.font("Times", 11, bold=True)
    sheet.text(105, y + 2, "Reste à votre charge")
    sheet.text(195, y + 2, euros(invoice.to_pay), align="right")
    sheet.font("Times", 9)
    y += 14
    write(
        sheet,
        15,
        y,
        (
            f"Reste à charge prélevé le {french_long(due)} "
            f"(mandat SEPA du {slashed(dt.date(2024, 3, 1))}).",
            "L'avance immédiate est versée par l'URSSAF : validez la demande de paiement",
            "sur votre espace particulier dans les 48 heures.",
        ),
        4.6,
    )
    sheet.font("Times", 7.5)
    sheet.text(15, 282, "Présence Bocage Services SAS – IBAN FR76 1660 7000 1208 1234 5678 905")
    sheet.save()
    return [Piece(invoice)]
