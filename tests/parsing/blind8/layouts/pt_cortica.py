"""A cork-stopper maker in Santa Maria da Feira invoicing wine estates, in Portuguese and French.

Bilingual labels (`Data / Date`), the place and date as `Lourosa, 15 de março de 2026`, ISO
dates beside a dd-mm-yyyy due date, order and delivery
dates as distractors, an ATCUD code, intra-EU exemption for French estates and 23 % IVA at
home, a deposit received on even seeds, the client's phone and e-mail only in a footer line,
the carrier's mobile beside it, two NOTA DE CRÉDITO / AVOIR printed positive, and two
invoices in one file on seeds 8 and 17.
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
from ..ink import block, row
from ..wording import dash, eu_money, iso, pt_long

SELLER_PHONE = "+351 256 910 447"
CREDITS = (5, 16)
RUNS = (8, 17)
ESTATES = ("Château", "Domaine", "Clos", "SCEA Vignobles")
PRODUCTS = (
    ("Rolhas naturais 45x24 mm / Bouchons naturels 45x24", 310, 520),
    ("Rolhas colmatadas 44x24 mm / Bouchons colmatés 44x24", 150, 260),
    ("Rolhas champanhe 48x30,5 / Bouchons champagne 48x30,5", 180, 330),
    ("Rolhas técnicas 1+1 / Bouchons techniques 1+1", 90, 160),
    ("Marcação a fogo / Marquage à feu", 12, 25),
)


def debtor(rng: random.Random, seed: int) -> tuple[Party, str]:
    home = seed % 5 == 4
    first, last = folks.person(rng, folks.PRENOMS, ("Lafargue", "Bontemps", "Vidalou", "Roumieu"))
    if home:
        first, last = folks.person(rng, folks.PT_FIRST, folks.PT_LAST)
        name = f"Quinta {folks.pick(rng, ('do Vale', 'da Serra', 'das Lages'))} {last}, Lda."
        postcode, city = folks.pick(rng, folks.PT_TOWNS[1:])
        street = (f"{folks.pick(rng, folks.PT_STREETS)}, {rng.randrange(2, 300)}",)
        country, domain = "PT", "quinta-" + last.lower().replace("ã", "a") + ".pt"
        phone = folks.phone(rng, "PT", mobile=False)
    else:
        name = f"{folks.pick(rng, ESTATES)} {folks.pick(rng, folks.NOMS_WINE)}"
        postcode, city = folks.pick(rng, folks.WINE_TOWNS)
        lieu = f"Lieu-dit {folks.pick(rng, ('Les Cabanes', 'Grand Barrail', 'La Croix Blanche'))}"
        street = (lieu,) if rng.random() < 0.5 else (folks.french_street(rng),)
        country, domain = "FR", name.split()[-1].lower().replace("é", "e") + "-vins.fr"
        phone = folks.phone(rng, "FR", mobile=False)
    contact = f"{first} {last}"
    return (
        Party(
            name=name,
            street=street,
            postcode=postcode,
            city=city,
            country=country,
            attention=f"A/C / À l'att. de {contact}",
            email=f"compras@{domain}" if home else f"achats@{domain}",
            phone=folks.e164(phone),
            customer_ref=f"C{rng.randrange(1000, 9999)}",
            business=True,
        ),
        folks.international(phone),
    )


def make(rng: random.Random, seed: int, credit: bool) -> tuple[Invoice, str]:
    party, printed = debtor(rng, seed)
    issue = issue_day(rng)
    vat = Decimal(23) if party.country == "PT" else Decimal(0)
    lines = [
        Line(text, Decimal(rng.randrange(5, 60)), Decimal(rng.randrange(low, high)), vat, "mil")
        for text, low, high in rng.sample(PRODUCTS, rng.randint(2, 4))
    ]
    series = "NC" if credit else "FT"
    invoice = Invoice(
        number=(
            f"{series} {'FR' if party.country == 'FR' else 'PT'}2026/{rng.randrange(40, 999):04d}"
        ),
        issue=issue,
        due=None if credit else issue + dt.timedelta(days=60),
        currency="EUR",
        debtor=party,
        lines=lines,
        credit_note=credit,
    )
    if not credit and seed % 2 == 0:
        paid = (invoice.gross * Decimal("0.3")).quantize(Decimal(1))
        invoice.deductions.append(Deduction("Adiantamento recebido / Acompte reçu", paid))
    return invoice, printed


def page(sheet: Sheet, invoice: Invoice, printed_phone: str, rng: random.Random) -> None:
    party = invoice.debtor
    sheet.font("Helvetica", 13, bold=True)
    sheet.text(15, 20, "CORTICEIRA VALE DO UÍMA, LDA.")
    sheet.font("Helvetica", 7.5)
    block(
        sheet,
        15,
        25,
        [
            "Rua do Murado, 214 · 4535-309 Lourosa · Portugal",
            f"NIF / N° TVA {folks.vat_number(rng, 'PT')} · Capital social 250.000 €",
            f"Tel. {SELLER_PHONE} · geral@corticeira-uima.pt",
        ],
        3.4,
    )
    sheet.text(195, 20, f"Lourosa, {pt_long(invoice.issue)}", "right")
    sheet.font("Helvetica", 8.5)
    block(
        sheet,
        115,
        44,
        [
            party.name,
            party.attention or "",
            *party.street,
            f"{party.postcode} {party.city}",
            "FRANCE" if party.country == "FR" else "",
        ],
        4.2,
    )
    title = "NOTA DE CRÉDITO / AVOIR" if invoice.credit_note else "FATURA / FACTURE"
    sheet.font("Helvetica", 12, bold=True)
    sheet.text(15, 78, f"{title}  {invoice.number}")
    sheet.font("Helvetica", 7.5)
    order = invoice.issue - dt.timedelta(days=rng.randrange(20, 50))
    shipped = invoice.issue - dt.timedelta(days=rng.randrange(0, 3))
    sheet.box(15, 82, 180, 13)
    cells = [
        ("Data / Date", iso(invoice.issue)),
        ("N.º Cliente / N° client", party.customer_ref or ""),
        ("V/ Encomenda / Votre commande", f"EC-{rng.randrange(100, 999)} de {iso(order)}"),
        ("Guia / Bon de livraison", f"GR {rng.randrange(1000, 9999)} de {iso(shipped)}"),
    ]
    for index, (label, value) in enumerate(cells):
        row(sheet, 86.5, [(17 + index * 45, label, "left")])
        row(sheet, 92, [(17 + index * 45, value, "left")])
    y = 104
    sheet.font("Helvetica", 7.5, bold=True)
    row(sheet, y, [(15, "Designação / Désignation", "left"), (130, "Qtd (mil)", "right")])
    row(sheet, y, [(160, "Preço / Prix", "right"), (195, "Total", "right")])
    sheet.rule(15, y + 1.5, 195, y + 1.5)
    sheet.font("Helvetica", 7.5)
    for line in invoice.lines:
        y += 5
        row(sheet, y, [(15, line.description, "left"), (130, f"{line.quantity}", "right")])
        row(sheet, y, [(160, eu_money(line.unit_price), "right")])
        row(sheet, y, [(195, eu_money(line.amount), "right")])
    y += 10
    rate = next(iter(invoice.vat_by_rate))
    totals = [
        ("Total ilíquido / Total HT", invoice.net),
        (f"IVA / TVA {rate} %", invoice.vat),
        ("Total / Total TTC", invoice.gross),
        *((d.label, -d.amount) for d in invoice.deductions),
    ]
    for label, amount in totals:
        row(sheet, y, [(120, label, "left"), (195, f"{eu_money(amount)} €", "right")])
        y += 4.5
    sheet.font("Helvetica", 9, bold=True)
    final = (
        "Total a creditar / Montant de l'avoir"
        if invoice.credit_note
        else "Total a pagar / Net à payer"
    )
    row(sheet, y + 1, [(120, final, "left"), (195, f"{eu_money(invoice.to_pay)} €", "right")])
    sheet.font("Helvetica", 7.5)
    y += 10
    if rate == 0:
        sheet.text(
            15, y, "Isento art. 14.º RITI / Exonération de TVA, art. 138 directive 2006/112/CE"
        )
        y += 4.5
    if invoice.due is not None:
        sheet.text(15, y, f"Vencimento / Échéance : {dash(invoice.due)} (60 dias / 60 jours)")
    else:
        sheet.text(15, y, f"Ref. fatura / Facture d'origine FT FR2026/{rng.randrange(40, 999):04d}")
    sheet.text(15, y + 4.5, f"IBAN {folks.iban_of(rng, 'PT', 21)} · BIC BPIPPTPL")
    carrier = folks.international(folks.phone(rng, "PT"))
    sheet.text(15, y + 9, f"Transportador / Transporteur : TransLusa, Lda. – motorista {carrier}")
    sheet.font("Helvetica", 6.5)
    sheet.text(
        15,
        272,
        f"ATCUD: J{rng.randrange(1000, 9999)}KX-{rng.randrange(100, 999)} · Processado por"
        " programa certificado n.º 2291/AT",
    )
    sheet.text(15, 276, f"Contacto cliente / Contact client : {printed_phone} · {party.email}")


def draw(path: Path, rng: random.Random, seed: int) -> list[Piece]:
    sheet = LabSheet(path)
    invoices = [make(rng, seed, credit=seed in CREDITS)]
    if seed in RUNS:
        invoices.append(make(rng, seed + 1, credit=False))
    pieces = []
    for index, (invoice, printed) in enumerate(invoices):
        if index:
            sheet.new_page()
        page(sheet, invoice, printed, rng)
        pieces.append(Piece(invoice, pages=(index + 1,)))
    sheet.save()
    return pieces


LAYOUT = Layout("pt_cortica", "PT", "reportlab", draw)
