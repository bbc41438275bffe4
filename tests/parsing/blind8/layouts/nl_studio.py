"""An Amsterdam design studio's invoice in English, Dutch habits kept.

dd-mm-yyyy dates beside a service period written `1 Feb 2026 – 28 Feb 2026`; "Due date" on even
seeds, "Payment term: 14 days" with no date on odd ones; `€ 1.234,56`; Dutch postcodes
`1015 CW` and `112-II` house numbers; French and Belgian clients with a country line; the
client's mobile and e-mail in a "Client details" box under a "Debtor no."; the studio's project
lead's phone and e-mail in the body; a deposit already paid; two CREDIT NOTEs printed
positive; hours listed over two pages on seeds 2, 7, 12 and 17.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from tests.parsing.blind.model import Deduction, Invoice, Line, Party
from tests.parsing.blind5.sheet import FpdfSheet, Sheet
from tests.parsing.blind7.bill import Layout, Piece, issue_day

from .. import folks
from ..ink import block, row
from ..wording import dash, en_day_first, end_of_month, eu_money

CREDITS = (3, 14)
LONG = (2, 7, 12, 17)
FIRMS = ("Bakkerij", "Fietsfabriek", "Koffiebranderij", "Architectenbureau", "Brouwerij")
TASKS = (
    "Brand identity – concept rounds",
    "Webshop redesign – UX sessions",
    "Packaging artwork",
    "Art direction photo shoot",
    "Motion graphics – social clips",
    "Design system maintenance",
)
TERMS = "Payment term: 14 days"


def debtor(rng: random.Random, seed: int) -> tuple[Party, str, str]:
    first, last = folks.person(rng, folks.NL_FIRST, folks.NL_LAST)
    kind = seed % 4
    if kind == 3:
        _civility, first, last = folks.french_name(rng)
        postcode, city = folks.pick(rng, folks.VILLES)
        street, country = (folks.french_street(rng),), "FR"
        name = f"Atelier {folks.pick(rng, ('Lumen', 'Carmin', 'Boréal'))} SAS"
        number = folks.phone(rng, "FR")
    elif kind == 1 and seed % 8 == 1:
        postcode, city = folks.pick(rng, folks.BE_TOWNS)
        street, country = (f"Rue de la Station {rng.randrange(2, 90)}",), "BE"
        name = f"Brasserie {last.split()[-1]} SRL"
        number = folks.phone(rng, "BE")
    else:
        postcode, city = folks.pick(rng, folks.NL_TOWNS)
        floor = folks.pick(rng, ("", "-II", "-H", " A"))
        street = (f"{folks.pick(rng, folks.NL_STREETS)} {rng.randrange(2, 400)}{floor}",)
        country = "NL"
        name = f"{folks.pick(rng, FIRMS)} {last.split()[-1]} B.V."
        number = folks.phone(rng, "NL")
    tld = {"NL": "nl", "BE": "be", "FR": "fr"}[country]
    party = Party(
        name=name,
        street=street,
        postcode=postcode,
        city=city,
        country=country,
        email=folks.email(first, last, f"{name.split()[1].lower().replace('é', 'e')}.{tld}"),
        phone=folks.e164(number),
        customer_ref=f"D-{rng.randrange(10000, 19999)}",
        business=True,
    )
    return party, f"{first} {last}", folks.international(number)


def make(rng: random.Random, seed: int) -> tuple[Invoice, str, str]:
    party, contact, printed = debtor(rng, seed)
    issue = issue_day(rng)
    credit = seed in CREDITS
    rate = Decimal(21) if party.country == "NL" else Decimal(0)
    count = rng.randint(12, 16) if seed in LONG else rng.randint(2, 5)
    lines = [
        Line(folks.pick(rng, TASKS), Decimal(rng.randrange(2, 24)), Decimal(95), rate, "h")
        for _ in range(count)
    ]
    invoice = Invoice(
        number=f"{'CN' if credit else 'INV'}-2026-{rng.randrange(100, 999):04d}",
        issue=issue,
        due=None if credit else issue + dt.timedelta(days=14),
        currency="EUR",
        debtor=party,
        lines=lines,
        credit_note=credit,
    )
    if not credit and seed % 3 == 0:
        paid = (invoice.gross / 2).quantize(Decimal(1))
        invoice.deductions.append(Deduction("Already paid (deposit)", paid))
    return invoice, contact, printed


def head(sheet: Sheet, invoice: Invoice, contact: str, printed: str, rng: random.Random) -> None:
    party = invoice.debtor
    sheet.font("DejaVuSans", 15, bold=True)
    sheet.text(20, 22, "grachtwerk.")
    sheet.font("DejaVuSans", 7)
    block(
        sheet,
        140,
        16,
        [
            "Studio Grachtwerk B.V.",
            "Prinsengracht 771-H",
            "1017 JZ Amsterdam",
            f"KvK {rng.randrange(60000000, 89999999)}",
            f"BTW {folks.vat_number(rng, 'NL')}",
        ],
        3.3,
    )
    sheet.font("DejaVuSans", 9)
    country = {"FR": "France", "BE": "Belgium"}.get(party.country, "")
    block(
        sheet,
        20,
        50,
        [party.name, f"t.a.v. {contact}", *party.street, f"{party.postcode} {party.city}", country],
        4.4,
    )
    sheet.box(130, 46, 62, 24, grey=0.93)
    sheet.font("DejaVuSans", 7.5, bold=True)
    sheet.text(133, 50.5, "Client details")
    sheet.font("DejaVuSans", 7.5)
    block(
        sheet,
        133,
        55,
        [f"Debtor no.   {party.customer_ref}", f"Mobile   {printed}", f"E-mail   {party.email}"],
        4.2,
    )
    sheet.font("DejaVuSans", 16, bold=True)
    sheet.text(20, 86, "Credit note" if invoice.credit_note else "Invoice")
    sheet.font("DejaVuSans", 8)
    start = (invoice.issue.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    period = f"{en_day_first(start)} – {en_day_first(end_of_month(start))}"
    facts = [
        ("Number", invoice.number),
        ("Invoice date", dash(invoice.issue)),
        ("Period", period),
    ]
    for index, (label, value) in enumerate(facts):
        row(sheet, 94, [(20 + index * 45, label, "left")])
        row(sheet, 99, [(20 + index * 45, value, "left")])


def lines_at(sheet: Sheet, lines: list[Line], y: float) -> float:
    sheet.font("DejaVuSans", 7.5, bold=True)
    row(sheet, y, [(20, "Description", "left"), (140, "Hours", "right"), (190, "Amount", "right")])
    sheet.font("DejaVuSans", 7.5)
    for line in lines:
        y += 5
        row(sheet, y, [(20, line.description, "left"), (140, f"{line.quantity}", "right")])
        row(sheet, y, [(190, f"€ {eu_money(line.amount)}", "right")])
    return y


def foot(sheet: Sheet, invoice: Invoice, seed: int, y: float, rng: random.Random) -> None:
    rate = next(iter(invoice.vat_by_rate))
    sheet.rule(20, y + 3, 190, y + 3)
    y += 9
    totals = [("Subtotal", invoice.net), (f"VAT {rate}%", invoice.vat), ("Total", invoice.gross)]
    totals += [(f"{d.label}", -d.amount) for d in invoice.deductions]
    sheet.font("DejaVuSans", 8)
    for label, amount in totals:
        row(sheet, y, [(120, label, "left"), (190, f"€ {eu_money(amount)}", "right")])
        y += 5
    sheet.font("DejaVuSans", 9.5, bold=True)
    final = "Credited" if invoice.credit_note else "Amount due"
    row(sheet, y + 1, [(120, final, "left"), (190, f"€ {eu_money(invoice.to_pay)}", "right")])
    sheet.font("DejaVuSans", 7.5)
    y += 12
    if rate == 0:
        sheet.text(20, y, "VAT reverse-charged (art. 196 Directive 2006/112/EC)")
        y += 4.5
    lead = folks.pick(rng, folks.NL_FIRST)
    lead_phone = folks.international(folks.phone(rng, "NL"))
    sheet.text(
        20, y, f"Questions? Your project lead {lead} ({lead_phone}, {lead.lower()}@grachtwerk.nl)"
    )
    y += 4.5
    if invoice.due is None:
        sheet.text(20, y, "This credit note will be set off against your next invoice.")
    elif seed % 2 == 0:
        sheet.text(20, y, f"Due date: {dash(invoice.due)}")
    else:
        sheet.text(20, y, TERMS)
    sheet.text(20, y + 4.5, f"IBAN {folks.iban_of(rng, 'NL', 10, 'KNAB')} · BIC KNABNL2H")


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    sheet = FpdfSheet(path)
    invoice, contact, printed = make(rng, seed)
    head(sheet, invoice, contact, printed, rng)
    if seed in LONG:
        y = lines_at(sheet, invoice.lines[:8], 110)
        sheet.font("DejaVuSans", 7)
        sheet.text(20, y + 8, "continued on page 2")
        sheet.text(190, 285, "1/2", "right")
        sheet.new_page()
        sheet.font("DejaVuSans", 7)
        sheet.text(20, 15, f"{invoice.number} · page 2/2")
        y = lines_at(sheet, invoice.lines[8:], 25)
        pages: tuple[int, ...] = (1, 2)
    else:
        y = lines_at(sheet, invoice.lines, 110)
        pages = (1,)
    foot(sheet, invoice, seed, y, rng)
    sheet.save()
    terms = TERMS if invoice.due is not None and seed % 2 == 1 else None
    return [Piece(invoice, pages=pages, terms=terms)]


LAYOUT = Layout("nl_studio", "NL", "fpdf2", draw)
