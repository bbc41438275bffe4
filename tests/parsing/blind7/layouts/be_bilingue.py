"""Brussels heating engineer's bilingual invoice, every label in French and Dutch (reportlab,
Helvetica).

"FACTURE / FACTUUR"; a label-over-value grid "N° / Nr.", "Date / Datum", "Échéance /
Vervaldag", "N° client / Klantnr.", "Votre réf. / Uw ref." (a purchase-order distractor); the
debtor unlabelled at the right window, street then number with "bte", Brussels communes, and
French clients with a FRANCE line; GSM under the address on some; 6 % and 21 % VAT; "Acompte /
Voorschot" deducted on some → "À payer / Te betalen"; structured communication; two
"NOTE DE CRÉDIT / CREDITNOTA" printed positive, no due date; dd/mm/yyyy; 1.234,56 €.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Deduction, Invoice, Line, Party
from tests.parsing.blind5.people import email_of, french_name, pick
from tests.parsing.blind5.sheet import LabSheet

from ..bill import Piece, issue_day, money, write
from ..folks import STREETS_BE, TOWNS_BE, TOWNS_FR, phone_e164, printed, street_fr
from ..wording import dots, slashed

WORK = (
    ("Entretien annuel chaudière gaz / Jaarlijks onderhoud gasketel", 110, 160),
    ("Remplacement circulateur / Vervanging circulatiepomp", 280, 420),
    ("Ramonage conduit / Schoorsteenvegen", 70, 95),
    ("Attestation PEB chauffage / EPB-attest verwarming", 90, 130),
    ("Déplacement / Verplaatsing", 35, 45),
    ("Vase d'expansion 18 l / Expansievat 18 l", 85, 140),
)


def structured(rng: random.Random) -> str:
    body = rng.randint(10**9, 10**10 - 1)
    check = body % 97 or 97
    text = f"{body:010d}{check:02d}"
    return f"+++{text[:3]}/{text[3:7]}/{text[7:]}+++"


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    issue = issue_day(rng)
    credit = seed in (4, 13)
    due = None if credit else issue + dt.timedelta(days=rng.choice((15, 30)))
    civility, first, last = french_name(rng)
    french = seed % 5 == 2
    if french:
        postcode, city = pick(rng, TOWNS_FR)
        street = (street_fr(rng),)
        country = "FR"
    else:
        postcode, city = pick(rng, TOWNS_BE)
        street = (
            f"{pick(rng, STREETS_BE)} {rng.randint(1, 180)}"
            + (f" bte {rng.randint(1, 12)}" if seed % 3 == 0 else ""),
        )
        country = "BE"
    name = f"{'Madame' if civility == 'Mme' else 'Monsieur'} {first} {last}"
    gsm = phone_e164(rng, country) if seed % 3 != 2 else None
    email = email_of(first, last, rng) if seed % 4 == 1 else None
    ref = f"{rng.randint(1, 9)}{rng.randint(1000, 9999)}"
    debtor = Party(name, street, postcode, city, country, email=email, phone=gsm, customer_ref=ref)
    rate = Decimal(6) if seed % 2 == 0 else Decimal(21)
    lines = [
        Line(label, Decimal(1), money(rng, low, high), rate)
        for label, low, high in rng.sample(WORK, rng.randint(2, 4))
    ]
    number = f"{'NC' if credit else ''}{issue.year}{rng.randint(100, 999)}{seed:02d}"
    invoice = Invoice(number, issue, due, "EUR", debtor, lines, credit_note=credit)
    if not credit and seed % 4 == 3:
        invoice.deductions.append(
            Deduction("Acompte / Voorschot", (invoice.gross * Decimal("0.3")).quantize(Decimal(1)))
        )

    sheet = LabSheet(path)
    sheet.font("Helvetica", 13, bold=True)
    sheet.text(20, 20, "Chauffage Delvaux – Verwarming")
    sheet.font("Helvetica", 7.5)
    write(
        sheet,
        20,
        26,
        (
            "Rue Gray 118 – Graystraat 118, 1040 Etterbeek",
            "Tél./Tel. 02 647 31 20 – info@delvaux-chauffage.be",
            "TVA/BTW BE 0712.345.607 – IBAN BE71 0961 2345 6769",
        ),
        3.6,
    )
    sheet.font("Helvetica", 10)
    block = [name, *street, f"{postcode} {city}"]
    if french:
        block.append("FRANCE")
    y = write(sheet, 115, 52, block, 4.6)
    sheet.font("Helvetica", 8)
    extra = []
    if gsm:
        extra.append(f"GSM {printed(gsm, 'international' if french else 'national')}")
    if email:
        extra.append(email)
    write(sheet, 115, y + 1, extra, 4)
    sheet.font("Helvetica", 14, bold=True)
    title = "NOTE DE CRÉDIT / CREDITNOTA" if credit else "FACTURE / FACTUUR"
    sheet.text(20, 92, title)
    cells = [
        ("N° / Nr.", number),
        ("Date / Datum", slashed(issue)),
        ("Échéance / Vervaldag", slashed(due) if due else "—"),
        ("N° client / Klantnr.", ref),
        ("Votre réf. / Uw ref.", f"BC-{rng.randint(100, 999)}"),
    ]
    x = 20
    for label, value in cells:
        sheet.font("Helvetica", 6.5)
        sheet.text(x, 99, label)
        sheet.font("Helvetica", 9, bold=True)
        sheet.text(x, 104, value)
        x += 35
    sheet.rule(20, 107, 190, 107)
    y = 115
    sheet.font("Helvetica", 7, bold=True)
    sheet.text(20, y, "Description / Omschrijving")
    sheet.text(150, y, "TVA / BTW")
    sheet.text(190, y, "Montant / Bedrag", align="right")
    sheet.font("Helvetica", 8)
    y += 6
    for line in lines:
        sheet.text(20, y, line.description)
        sheet.text(150, y, f"{line.vat_rate} %")
        sheet.text(190, y, f"{dots(line.amount)} €", align="right")
        y += 5
    if credit:
        sheet.text(
            20,
            y + 2,
            "Concerne notre facture / Betreft onze factuur "
            f"{issue.year}{rng.randint(100, 999)}{seed:02d}",
        )
    y += 10
    rows = [
        ("Total HTVA / Totaal excl. btw", invoice.net),
        (f"TVA / BTW {rate} %", invoice.vat),
        ("Total TVAC / Totaal incl. btw", invoice.gross),
    ]
    rows += [(d.label, -d.amount) for d in invoice.deductions]
    for label, value in rows:
        sheet.text(115, y, label)
        sheet.text(190, y, f"{dots(value)} €", align="right")
        y += 5
    sheet.font("Helvetica", 10, bold=True)
    sheet.text(115, y + 2, "À rembourser / Terug te betalen" if credit else "À payer / Te betalen")
    sheet.text(190, y + 2, f"{dots(invoice.to_pay)} €", align="right")
    sheet.font("Helvetica", 8)
    if not credit:
        write(
            sheet,
            20,
            y + 14,
            (
                f"Communication structurée / Gestructureerde mededeling : {structured(rng)}",
                "Taux réduit 6 % : habitation de plus de 10 ans / Verlaagd tarief 6 %: woning "
                "ouder dan 10 jaar."
                if rate == 6
                else "",
            ),
            4.5,
        )
    sheet.font("Helvetica", 6.5)
    sheet.text(
        20,
        282,
        "Conditions générales au verso – Algemene voorwaarden op de keerzijde. RPM/RPR "
        "Bruxelles/Brussel.",
    )
    sheet.save()
    return [Piece(invoice)]
