"""Synthetic invoices that print their invoice number the many ways real issuers do, with truth.

Written before reading the parser (issue 12): each *style* is one way French, Belgian, Swiss,
UK, US and German issuers show the number -- in the title line, under a label in a header grid
(label over value, ``label: value``, label and value in separate table cells, dot leaders), with
the label vocabulary they use -- and each *seed* varies the number's format (slashes, dashes,
internal spaces, leading zeros, letter prefixes/suffixes, year-month prefixes), the label, the
order and the distractors printed next to it (customer, order, quote, delivery-note, file and
contract numbers, VAT/SIRET/RCS, IBAN/BIC, page counters, dates, payment references, the invoice
a credit note refers to). Truth is the number exactly as printed, without its label.

    python -m tests.parsing.numbers /tmp/numbers          # write the PDFs and truth.json
    python -m tests.parsing.numbers /tmp/numbers --score  # and score `relance parse --json`

Nothing generated is kept in git.

Measured once on 2026-11-26 (16 styles x 10 seeds = 160 invoices), branch ``land`` at 49a6fbb,
before any change to the parser:

- before: invoice_number exact 120/160 = 75.0 %; wrong numbers with empty problems and
  confidence >= 0.5: 14 (10 wrapped cells cut at the line end, 4 spaced numbers cut at the
  first space). The other 26 misses were "invoice_number not found": numbers with internal
  spaces, "Inv #" and other labels over their value in a table row, dotted numbers.
  (A first run scored 115/160: the German style's information block overlapped the address
  window, a fault of the generator, fixed -- placement only -- before the parser was read
  further and re-measured on the unchanged parser.)
- after the fixes of issue 12 (label vocabulary, numbers in groups, dotted numbers, a value
  wrapped in a narrow cell, rival numbers named as a problem): 160/160 = 100 %; wrong numbers
  with no problem: 0. (Fixed knowing these misses: the after figure is not a blind one.)
"""

from __future__ import annotations

import argparse
import io
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.parsing.relance_json import parse_files

WIDTH, HEIGHT = A4
SEEDS = range(10)


@dataclass
class Page:
    """Text placed from the top-left corner, in points, like a designer's mock-up."""

    items: list[tuple[float, float, str, str, float]] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)

    def text(self, x: float, y: float, text: str, size: float = 9, bold: bool = False) -> None:
        font = "Helvetica-Bold" if bold else "Helvetica"
        self.items.append((x, y, text, font, size))

    def right(self, x: float, y: float, text: str, size: float = 9, bold: bool = False) -> None:
        font = "Helvetica-Bold" if bold else "Helvetica"
        self.items.append((x, y, "\0" + text, font, size))

    def box(self, x: float, y: float, w: float, h: float) -> None:
        self.rules.append((x, y, w, h))


@dataclass
class Invoice:
    pages: list[Page]
    number: str


def render(invoice: Invoice) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for page in invoice.pages:
        draw(canvas, page)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def draw(canvas: Canvas, page: Page) -> None:
    """The page's boxes, then its text, onto the canvas's current page."""
    for x, y, w, h in page.rules:
        canvas.rect(x, HEIGHT - y - h, w, h)
    for x, y, text, font, size in page.items:
        canvas.setFont(font, size)
        if text.startswith("\0"):
            canvas.drawRightString(x, HEIGHT - y, text[1:])
        else:
            canvas.drawString(x, HEIGHT - y, text)


# --- numbers and distractors ---------------------------------------------------------------


def invoice_number(rng: random.Random) -> str:
    year, seq = rng.choice((2025, 2026)), rng.randint(1, 9999)
    month = rng.randint(1, 12)
    return rng.choice(
        (
            f"FA-{year}-{seq:04d}",
            f"{year}/{seq % 1000:03d}",
            f"INV-{seq:05d}",
            f"F {year} {seq:04d}",
            f"{seq:06d}",
            f"{year}-{month:02d}-{seq:04d}",
            f"{year}{month:02d}{seq:04d}",
            f"{seq}/B",
            f"R-{year}/{seq:05d}",
            f"FC{seq:05d}A",
            f"{year}.{month:02d}.{seq % 1000:03d}",
            f"N{year % 100}-{seq}",
        )
    )


def distractors(rng: random.Random, language: str) -> list[tuple[str, str]]:
    """Header fields that look like numbers and are not the invoice's own number."""
    digits = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    fr = [
        ("N° client", f"C{digits(5)}"),
        ("Code client", f"411{digits(4)}"),
        ("N° commande", f"CMD-{digits(5)}"),
        ("Votre commande n°", f"{digits(6)}"),
        ("N° devis", f"D-2026-{digits(3)}"),
        ("N° de bon de livraison", f"BL{digits(6)}"),
        ("N° de dossier", f"{digits(4)}/{digits(2)}"),
        ("Contrat n°", f"CT-{digits(7)}"),
        ("Réf. client", f"{digits(3)}-{digits(3)}"),
    ]
    en = [
        ("Customer No.", f"{digits(6)}"),
        ("Account No", f"AC{digits(5)}"),
        ("Order No", f"PO-{digits(5)}"),
        ("P.O. #", f"{digits(7)}"),
        ("Quote #", f"Q{digits(5)}"),
        ("Delivery Note", f"DN{digits(6)}"),
        ("Contract Number", f"K-{digits(6)}"),
    ]
    de = [
        ("Kundennummer", f"{digits(6)}"),
        ("Bestellnummer", f"B-{digits(6)}"),
        ("Lieferschein Nr.", f"{digits(7)}"),
        ("Angebot Nr.", f"AN-{digits(5)}"),
        ("Auftragsnummer", f"{digits(8)}"),
    ]
    pool = {"fr": fr, "en": en, "de": de}[language]
    return rng.sample(pool, k=3)


LEGAL = {
    "fr": "SAS Atelier Marcel - SIRET 812 345 678 00021 - RCS Lyon 812 345 678 - "
    "N° TVA FR12812345678",
    "be": "SRL Menuiserie Dupont - N° TVA BE 0456.789.123 - RPM Liège - "
    "IBAN BE68 5390 0754 7034 - BIC BBRUBEBB",
    "ch": "Imprimerie Favre SA - IDE CHE-123.456.789 TVA - IBAN CH93 0076 2011 6238 5295 7",
    "uk": "Harbour Tools Ltd - Registered in England No. 04512367 - VAT Reg No. GB 123 4567 89",
    "us": "Pine Street Supply LLC - EIN 12-3456789 - 1200 Pine Street, Portland, OR 97205",
    "de": "Müller Haustechnik GmbH - HRB 12345 - USt-IdNr. DE123456789 - "
    "IBAN DE89 3704 0044 0532 0130 00 - BIC COBADEFFXXX",
}
SELLERS = {
    "fr": ("Atelier Marcel SAS", "8 quai Saint-Vincent", "69001 Lyon"),
    "be": ("Menuiserie Dupont SRL", "Rue de la Station 14", "4000 Liège"),
    "ch": ("Imprimerie Favre SA", "Rue du Rhône 30", "1204 Genève"),
    "uk": ("Harbour Tools Ltd", "21 Dock Road", "Bristol", "BS1 6QA"),
    "us": ("Pine Street Supply LLC", "1200 Pine Street", "Portland, OR 97205"),
    "de": ("Müller Haustechnik GmbH", "Hauptstraße 5", "70173 Stuttgart"),
}
DEBTORS = {
    "fr": ("Boulangerie Rolland", "4 rue des Tanneurs", "38000 Grenoble"),
    "be": ("Café du Marché SPRL", "Place Verte 2", "4800 Verviers"),
    "ch": ("Garage Morel Sàrl", "Chemin des Vignes 9", "1009 Pully"),
    "uk": ("Kestrel Design Ltd", "4 Mill Lane", "Leeds", "LS1 4AB"),
    "us": ("Blue Heron Cafe", "45 Oak Avenue", "Seattle, WA 98101"),
    "de": ("Bäckerei Schmid", "Lindenweg 12", "80331 München"),
}
WORDS = {
    "fr": ("Date", "03/11/2026", "Échéance", "03/12/2026", "Désignation", "Montant",
           ("Total HT", "Total TVA 20 %", "Total TTC", "Net à payer"), "€"),
    "en": ("Invoice date", "11/03/2026", "Due date", "12/03/2026", "Description", "Amount",
           ("Subtotal", "VAT 20%", "Total", "Balance due"), "£"),
    "de": ("Rechnungsdatum", "03.11.2026", "Fällig am", "03.12.2026", "Bezeichnung", "Betrag",
           ("Nettobetrag", "MwSt. 19 %", "Gesamtbetrag", "Zahlbetrag"), "€"),
}  # fmt: skip


def frame(page: Page, country: str, rng: random.Random, top_title: str | None = None) -> None:
    """Seller top-left, debtor in the window, legal footer: what every style shares."""
    for i, line in enumerate(SELLERS[country]):
        page.text(40, 50 + 12 * i, line, 10 if i else 12, bold=not i)
    for i, line in enumerate(DEBTORS[country]):
        page.text(330, 140 + 12 * i, line, 10)
    page.text(40, 800, LEGAL[country], 7)
    if top_title:
        page.text(40, 120, top_title, 16, bold=True)


def body(page: Page, lang: str, top: float, rng: random.Random, credit: bool = False) -> None:
    """One line of goods and the totals."""
    _, _, _, _, label, amount, totals, cur = WORDS[lang]
    net = rng.randint(100, 4000)
    vat = round(net * 0.2, 2)
    sign = "-" if credit else ""
    page.text(40, top, label, 9, bold=True)
    page.right(550, top, amount, 9, bold=True)
    page.text(40, top + 16, "Prestation de service" if lang == "fr" else "Services", 9)
    page.right(550, top + 16, money(net, cur, sign), 9)
    for i, (name, value) in enumerate(zip(totals, (net, vat, net + vat, net + vat), strict=True)):
        page.text(360, top + 50 + 14 * i, name, 9, bold=i == 3)
        page.right(550, top + 50 + 14 * i, money(value, cur, sign), 9, bold=i == 3)


def money(value: float, currency: str, sign: str) -> str:
    if currency == "€":
        whole, cents = f"{value:,.2f}".split(".")
        return f"{sign}{whole.replace(',', ' ')},{cents} €"
    return f"{sign}{currency}{value:,.2f}"


def dates_block(page: Page, lang: str, x: float, y: float, step: float = 13) -> float:
    issued, issued_on, due, due_on = WORDS[lang][:4]
    page.text(x, y, f"{issued} : {issued_on}" if lang == "fr" else f"{issued}: {issued_on}", 9)
    page.text(x, y + step, f"{due} : {due_on}" if lang == "fr" else f"{due}: {due_on}", 9)
    return y + 2 * step


# --- styles ----------------------------------------------------------------------------------

Style = Callable[[random.Random], Invoice]


def title_facture_numero(rng: random.Random) -> Invoice:
    """FACTURE N° FA-2026-0042 as the title; customer and order numbers below."""
    number = invoice_number(rng)
    page = Page()
    frame(page, "fr", rng)
    page.text(40, 225, f"{rng.choice(('FACTURE N°', 'Facture n°', 'FACTURE Nº'))} {number}",
              15, bold=True)  # fmt: skip
    y = dates_block(page, "fr", 40, 250)
    for i, (label, value) in enumerate(distractors(rng, "fr")[:2]):
        page.text(40, y + 13 * i, f"{label} : {value}", 9)
    body(page, "fr", 320, rng)
    return Invoice([page], number)


def title_facture_du(rng: random.Random) -> Invoice:
    """Facture 2026/117 du 3 novembre 2026, a devis and a dossier number nearby."""
    number = invoice_number(rng)
    page = Page()
    frame(page, "fr", rng)
    page.text(40, 225, f"Facture {number} du 3 novembre 2026", 14, bold=True)
    page.text(40, 245, "Échéance : 03/12/2026", 9)
    for i, (label, value) in enumerate(distractors(rng, "fr")):
        page.text(40, 260 + 13 * i, f"{label} {value}", 9)
    body(page, "fr", 330, rng)
    return Invoice([page], number)


def title_invoice_hash(rng: random.Random) -> Invoice:
    """INVOICE #INV-00912 as the title (US), P.O. and customer numbers in a side block."""
    number = invoice_number(rng)
    page = Page()
    frame(page, "us", rng)
    page.right(550, 50, f"INVOICE #{number}", 16, bold=True)
    y = dates_block(page, "en", 380, 75)
    for i, (label, value) in enumerate(distractors(rng, "en")):
        page.text(380, y + 13 * i, f"{label} {value}", 9)
    page.text(40, 140, "Bill To:", 9, bold=True)
    body(page, "en", 300, rng)
    page.right(550, 790, "Page 1 of 1", 8)
    return Invoice([page], number)


def grid_label_over_value(rng: random.Random) -> Invoice:
    """A row of boxed cells, each label printed over its value (number among distractors)."""
    number = invoice_number(rng)
    label = rng.choice(("N° de facture", "Facture n°", "Numéro", "N° facture"))
    page = Page()
    frame(page, "fr", rng, top_title="FACTURE")
    cells = [(label, number), ("Date", "03/11/2026"), *distractors(rng, "fr")[:2]]
    rng.shuffle(cells)
    for i, (head, value) in enumerate(cells):
        x = 40 + 128 * i
        page.box(x, 220, 124, 34)
        page.text(x + 5, 232, head, 8, bold=True)
        page.text(x + 5, 248, value, 9)
    page.text(40, 270, "Échéance : 03/12/2026", 9)
    body(page, "fr", 320, rng)
    return Invoice([page], number)


def label_colon_block(rng: random.Random) -> Invoice:
    """`Label : value` lines in a right-hand block, distractors before and after."""
    number = invoice_number(rng)
    label = rng.choice(("N° de facture", "Réf. facture", "Facture n°", "Numéro de facture"))
    page = Page()
    frame(page, "fr", rng, top_title="FACTURE")
    others = distractors(rng, "fr")
    rows = [others[0], (label, number), ("Date", "03/11/2026"), others[1],
            ("Échéance", "03/12/2026"), others[2]]  # fmt: skip
    for i, (head, value) in enumerate(rows):
        page.text(40, 215 + 13 * i, f"{head} : {value}", 9)
    body(page, "fr", 320, rng)
    return Invoice([page], number)


def table_header_cells(rng: random.Random) -> Invoice:
    """One table: a row of labels in separate cells, the values in the row below."""
    number = invoice_number(rng)
    label = rng.choice(("Invoice No.", "Invoice Number", "Inv #", "Invoice #"))
    page = Page()
    frame(page, "uk", rng, top_title="INVOICE")
    cells = [("Invoice date", "11/03/2026"), (label, number), *distractors(rng, "en")[:2],
             ("Due date", "12/03/2026")]  # fmt: skip
    rng.shuffle(cells)
    for i, (head, value) in enumerate(cells):
        x = 40 + 103 * i
        page.box(x, 220, 103, 16)
        page.box(x, 236, 103, 16)
        page.text(x + 4, 231, head, 8, bold=True)
        page.text(x + 4, 247, value, 9)
    body(page, "en", 300, rng)
    return Invoice([page], number)


def dot_leaders(rng: random.Random) -> Invoice:
    """Label, a run of dots, the value at the right edge of the block (Swiss/Belgian forms)."""
    number = invoice_number(rng)
    label = rng.choice(("Numéro de facture", "Pièce n°", "Document n°", "N° de pièce"))
    page = Page()
    frame(page, rng.choice(("ch", "be")), rng, top_title="Facture")
    rows = [("N° client", f"{rng.randint(10000, 99999)}"), (label, number),
            ("Date", "03/11/2026"), ("Échéance", "03/12/2026")]  # fmt: skip
    rng.shuffle(rows)
    for i, (head, value) in enumerate(rows):
        page.text(300, 220 + 13 * i, head + " " + "." * (40 - len(head)), 9)
        page.right(550, 220 + 13 * i, value, 9)
    body(page, "fr", 320, rng)
    return Invoice([page], number)


def german_rechnung(rng: random.Random) -> Invoice:
    """DIN-style information block: Rechnungsnummer / Rechnung Nr. among Kunden-/Bestellnummer."""
    number = invoice_number(rng)
    label = rng.choice(("Rechnungsnummer", "Rechnung Nr.", "Rechnungs-Nr.", "Belegnummer"))
    page = Page()
    frame(page, "de", rng)
    page.text(40, 130, "Müller Haustechnik GmbH · Hauptstraße 5 · 70173 Stuttgart", 6)
    rows = [(label, number), ("Rechnungsdatum", "03.11.2026"), *distractors(rng, "de")]
    rng.shuffle(rows)
    for i, (head, value) in enumerate(rows):
        page.text(380, 200 + 12 * i, head, 8)
        page.text(470, 200 + 12 * i, value, 8)
    page.text(40, 215, "Rechnung", 14, bold=True)
    page.text(40, 235, "Zahlbar bis 03.12.2026 ohne Abzug.", 9)
    body(page, "de", 300, rng)
    return Invoice([page], number)


def uk_vat_invoice(rng: random.Random) -> Invoice:
    """UK: 'Invoice Number' beside VAT Reg No, Account No, Order No in two columns."""
    number = invoice_number(rng)
    label = rng.choice(("Invoice Number", "Invoice No.", "Invoice No:", "Tax Invoice No."))
    page = Page()
    frame(page, "uk", rng, top_title="TAX INVOICE")
    others = distractors(rng, "en")
    left = [("VAT Reg No.", "GB 123 4567 89"), others[0], others[1]]
    right = [(label.rstrip(":"), number), ("Invoice date", "11/03/2026"), others[2],
             ("Due date", "12/03/2026")]  # fmt: skip
    for i, (head, value) in enumerate(left):
        page.text(40, 220 + 13 * i, head, 9, bold=True)
        page.text(130, 220 + 13 * i, value, 9)
    for i, (head, value) in enumerate(right):
        page.text(300, 220 + 13 * i, head, 9, bold=True)
        page.text(420, 220 + 13 * i, value, 9)
    body(page, "en", 300, rng)
    return Invoice([page], number)


def credit_note(rng: random.Random) -> Invoice:
    """Avoir n° AV-12 sur facture n° FA-98: the credit note's own number is AV-12."""
    own = rng.choice(("AV-{}", "AV{:05d}", "A-2026-{:04d}", "AVO/{}")).format(rng.randint(1, 999))
    referred = invoice_number(rng)
    page = Page()
    frame(page, "fr", rng)
    if rng.random() < 0.5:
        page.text(40, 225, f"Avoir n° {own} sur facture n° {referred}", 14, bold=True)
    else:
        page.text(40, 225, "AVOIR", 16, bold=True)
        rows = [("Facture d'origine n°", referred), ("Avoir n°", own), ("Date", "03/11/2026")]
        if rng.random() < 0.5:
            rows = rows[1:] + rows[:1]
        for i, (head, value) in enumerate(rows):
            page.text(40, 245 + 13 * i, f"{head} : {value}", 9)
    page.text(40, 290, f"Annule et remplace la facture n° {referred} du 12/10/2026.", 9)
    body(page, "fr", 320, rng, credit=True)
    return Invoice([page], own)


def belgian_structured(rng: random.Random) -> Invoice:
    """Belgian invoice: number beside a +++structured communication+++, TVA BE and IBAN."""
    number = invoice_number(rng)
    label = rng.choice(("Facture n°", "N° de facture", "Document n°", "Numéro"))
    page = Page()
    frame(page, "be", rng, top_title="FACTURE")
    rows = [(label, number), ("Date", "03/11/2026"), ("Votre N° TVA", "BE 0712.345.678"),
            ("Échéance", "03/12/2026")]  # fmt: skip
    for i, (head, value) in enumerate(rows):
        page.text(40, 215 + 13 * i, head, 9)
        page.text(150, 215 + 13 * i, value, 9)
    body(page, "fr", 290, rng)
    comm = f"+++{rng.randint(100, 999)}/{rng.randint(1000, 9999)}/{rng.randint(10000, 99999)}+++"
    page.text(40, 420, f"Communication structurée : {comm}", 9, bold=True)
    page.text(40, 433, "À verser sur IBAN BE68 5390 0754 7034 - BIC BBRUBEBB", 9)
    return Invoice([page], number)


def swiss_qr_bill(rng: random.Random) -> Invoice:
    """Swiss invoice with a QR-bill payment part whose reference is a long spaced number."""
    number = invoice_number(rng)
    label = rng.choice(("Facture n°", "Rechnung Nr.", "N° de facture", "Pièce n°"))
    page = Page()
    frame(page, "ch", rng, top_title="Facture")
    rows = [(label, number), ("Date", "03/11/2026"), ("N° client", f"{rng.randint(1000, 9999)}"),
            ("Payable jusqu'au", "03/12/2026")]  # fmt: skip
    rng.shuffle(rows)
    for i, (head, value) in enumerate(rows):
        page.text(330, 215 + 13 * i, f"{head}: {value}", 9)
    body(page, "fr", 290, rng)
    page.text(40, 600, "Récépissé", 11, bold=True)
    page.text(200, 600, "Section paiement", 11, bold=True)
    page.text(40, 620, "Compte / Payable à", 7, bold=True)
    page.text(40, 630, "CH93 0076 2011 6238 5295 7", 8)
    page.text(200, 650, "Référence", 7, bold=True)
    page.text(200, 660, "21 00000 00003 13947 14300 09017", 8)
    page.text(200, 680, "Informations supplémentaires", 7, bold=True)
    page.text(200, 690, f"Facture {number}", 8)
    return Invoice([page], number)


def narrow_wrapped_cell(rng: random.Random) -> Invoice:
    """A narrow grid cell where a long number wraps after a dash onto a second line."""
    year, seq = rng.choice((2025, 2026)), rng.randint(1, 99999)
    head, tail = rng.choice(((f"FA-{year}-", f"{seq:06d}"), (f"INV-{year}-", f"{seq:05d}-01")))
    number = head + tail
    page = Page()
    frame(page, "fr", rng, top_title="FACTURE")
    short = [(label, value) for label, value in distractors(rng, "fr") if len(label) <= 11]
    cells = [("Facture n°", [head, tail]), ("Date", ["03/11/2026"])]
    cells += [(label, [value]) for label, value in short[:2]]
    for i, (label, values) in enumerate(cells):
        x = 290 + 66 * i
        page.box(x, 215, 64, 44)
        page.text(x + 3, 226, label, 6, bold=True)
        for j, value in enumerate(values):
            page.text(x + 3, 240 + 10 * j, value, 7.5)
    page.text(40, 270, "Échéance : 03/12/2026", 9)
    body(page, "fr", 320, rng)
    return Invoice([page], number)


def two_pages(rng: random.Random) -> Invoice:
    """Two pages, 'Page 1/2', the number in a header on each page, totals on the second."""
    number = invoice_number(rng)
    label = rng.choice(("Facture n°", "N° de facture", "Invoice No."))
    first, second = Page(), Page()
    frame(first, "fr", rng, top_title="FACTURE")
    for i, (head, value) in enumerate([(label, number), *distractors(rng, "fr")[:2]]):
        first.text(40, 220 + 13 * i, f"{head} {value}", 9)
    dates_block(first, "fr", 40, 262)
    for i in range(12):
        first.text(40, 320 + 16 * i, f"Article {i + 1:02d} réf. {rng.randint(1000, 9999)}", 9)
        first.right(550, 320 + 16 * i, money(rng.randint(10, 90), "€", ""), 9)
    first.right(550, 790, "Page 1/2", 8)
    second.text(40, 50, f"Facture {number} (suite)", 9)
    second.right(550, 50, "Page 2/2", 8)
    body(second, "fr", 100, rng)
    second.text(40, 800, LEGAL["fr"], 7)
    return Invoice([first, second], number)


def spaced_number_ref(rng: random.Random) -> Invoice:
    """A number printed with internal spaces ('F 2026 0042') after 'Réf. facture' or 'Numéro'."""
    year, seq = rng.choice((2025, 2026)), rng.randint(1, 9999)
    number = rng.choice((f"F {year} {seq:04d}", f"{year} {seq:05d}", f"FA {seq:04d} B"))
    label = rng.choice(("Réf. facture", "Numéro", "Facture n°", "N° facture"))
    page = Page()
    frame(page, "fr", rng, top_title="FACTURE")
    rows = [(label, number), ("Date", "03/11/2026"), *distractors(rng, "fr")[:2]]
    rng.shuffle(rows)
    for i, (head, value) in enumerate(rows):
        page.text(330, 215 + 13 * i, f"{head} : {value}", 9)
    page.text(40, 280, "Échéance : 03/12/2026", 9)
    body(page, "fr", 320, rng)
    return Invoice([page], number)


def stacked_columns(rng: random.Random) -> Invoice:
    """Modern design: small grey labels above their values in columns, no boxes, no colons."""
    number = invoice_number(rng)
    language = rng.choice(("fr", "en"))
    label = rng.choice(
        ("NUMÉRO", "N° FACTURE", "FACTURE N°") if language == "fr"
        else ("INVOICE NUMBER", "INVOICE NO.", "NUMBER")
    )  # fmt: skip
    dated = ("DATE", "03/11/2026") if language == "fr" else ("ISSUED", "11/03/2026")
    columns = [(label, number), dated, *distractors(rng, language)[:2]]
    rng.shuffle(columns)
    page = Page()
    frame(page, "fr" if language == "fr" else "us", rng)
    page.text(40, 120, "Facture" if language == "fr" else "Invoice", 22, bold=True)
    for i, (head, value) in enumerate(columns):
        page.text(40 + 130 * i, 225, head, 7)
        page.text(40 + 130 * i, 238, value, 10)
    page.text(40, 265, "Échéance : 03/12/2026" if language == "fr" else "Due date: 12/03/2026", 9)
    body(page, language, 320, rng)
    return Invoice([page], number)


STYLES: dict[str, Style] = {
    style.__name__: style
    for style in (
        title_facture_numero,
        title_facture_du,
        title_invoice_hash,
        grid_label_over_value,
        label_colon_block,
        table_header_cells,
        dot_leaders,
        german_rechnung,
        uk_vat_invoice,
        credit_note,
        belgian_structured,
        swiss_qr_bill,
        narrow_wrapped_cell,
        two_pages,
        spaced_number_ref,
        stacked_columns,
    )
}


def generate(style: str, seed: int) -> Invoice:
    return STYLES[style](random.Random(f"{style}-{seed}"))


def write(folder: Path) -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    truth = {}
    for style in STYLES:
        for seed in SEEDS:
            invoice = generate(style, seed)
            name = f"{style}-{seed}.pdf"
            (folder / name).write_bytes(render(invoice))
            truth[name] = invoice.number
    (folder / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False))
    return truth


def score(folder: Path, truth: dict[str, str]) -> dict[str, object]:
    """Run `relance parse --json` once over the folder and compare invoice numbers."""
    found = parse_files(folder, truth)
    wrong, unflagged = [], []
    for name, number in truth.items():
        record = found.get(name, {})
        got = record.get("invoice_number")
        if got != number:
            wrong.append((name, number, got, record.get("problems"), record.get("confidence")))
            if not record.get("problems") and (record.get("confidence") or 0) >= 0.5:
                unflagged.append(name)
    return {"total": len(truth), "exact": len(truth) - len(wrong), "wrong": wrong,
            "unflagged": unflagged}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--score", action="store_true")
    args = parser.parse_args()
    truth = write(args.folder)
    if not args.score:
        return
    result = score(args.folder, truth)
    for name, number, got, problems, confidence in result["wrong"]:
        print(f"{name}: want {number!r} got {got!r} conf={confidence} {problems}")
    rate = result["exact"] / result["total"]
    print(f"exact {result['exact']}/{result['total']} = {rate:.1%}; "
          f"wrong unflagged {len(result['unflagged'])}")  # fmt: skip


if __name__ == "__main__":
    main()
