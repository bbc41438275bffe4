"""A sixth set of invoices printing the invoice number, with truth (issue 12, numbers pass).

Written before reading the parser, after an independent set (never looked at) had 10 invoice
numbers read wrong with no problem named. Its trades were Portuguese, Dutch, US, Austrian,
German, Swiss and French; the designs here print the number the way issuers of those countries
do: a Portuguese series ("FT A/123", "FT 2026/000123") with an ATCUD code beside it, German
and Austrian "Rechnungs-Nr.", "Beleg-Nr." beside "Kunden-Nr.", "Auftrags-Nr." and
"Lieferschein-Nr.", Dutch "Factuurnummer" / "Factuurnr.", US "Invoice #" beside "PO #" and
"Order #", a Swiss "Rechnung Nr." above a QR part, French numbers in the title, a number under
its label on the next line or wrapped in a narrow cell, spaced or slashed numbers ("2026 /
0042"), header grids with the label one row above or one cell left, the invoice-number and
customer-number columns side by side, a credit note citing the invoice it cancels, a receipt
or order-confirmation number printed larger than the invoice number, and a page 2 repeating
"Facture n° … (suite)".

Conventions: the invoice number is the number of THIS document (a credit note's own number),
exactly as printed without its label; an ATCUD code, an order, receipt, delivery-note,
customer, QR or cancelled-invoice number never is.

    python -m tests.parsing.numbers_sixth /tmp/numbers_sixth          # write PDFs and truth.json
    python -m tests.parsing.numbers_sixth /tmp/numbers_sixth --score  # and score

Nothing generated is kept in git.

Measured once on 2026-11-27 (15 designs x 8 seeds = 120 invoices), branch ``i16-numbers`` from
main at 0488641, before reading or changing the parser (load average 4.8):

- before: invoice_number exact 107/120 = 89.2 %; wrong numbers with empty problems 0; wrong
  numbers without an invoice_number problem 4 -- the ATCUD code beside a Portuguese number in a
  header grid ("JFK3L9-2466" for "FT 2026/2466"), held only because the dashed issue date of
  that grid was not read. The other misses named a problem: a Portuguese number after
  "Documento" whose series starts with letters ("FR FT2026/8307": not found, 3), and numbers
  printed with spaces around a slash ("2026 / 8477": cut at "2026" with a doubt, 6).
- after (parsing/layout/invoice.py, labels.py: "Número" and "n.º", "Documento", a value under
  a heading of its own is not the label's, spaced slashes): invoice_number 120/120, wrong with
  empty problems 0, right but flagged 0; records held for any reason 60 -> 55. (Fixed knowing
  these misses: not a blind figure.) Left to other fields: the Portuguese bare "Data" over a
  dashed date is not read as the issue date (16 records held for it).
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from tests.parsing.references import Invoice, Page, digits, render
from tests.parsing.references_fifth import euros, head, lines
from tests.parsing.relance_json import parse_files, silent

SEEDS = range(8)

Design = Callable[[random.Random], Invoice]


def _seq(rng: random.Random, width: int) -> str:
    return f"{rng.randint(1, 10**width - 1):0{width}d}"


# --- designs -------------------------------------------------------------------------------


def pt_series_atcud(rng: random.Random) -> Invoice:
    """PT: "Fatura FT A/123" under the title, the ATCUD code on the next line, a client grid."""
    series = rng.choice(("A", "2026", "FT2026", "1"))
    number = rng.choice((f"FT {series}/{rng.randint(1, 999)}", f"FT 2026/{_seq(rng, 6)}",
                         f"FR {series}/{rng.randint(1, 9999)}"))  # fmt: skip
    sequence = number.rsplit("/", 1)[1].lstrip("0")
    atcud = f"{rng.choice(('JFK3L9', 'CSDF7T5H', 'AAJFJ4XH', 'JJ37MG6W'))}-{sequence}"
    page = Page()
    head(page, ("Cerâmicas da Ria, Lda.", "Rua do Vouga, 120", "3800-041 Aveiro",
                "NIF 509 876 543"), ("Maison Céramique SARL", "14 rue des Potiers",
                "69003 Lyon", "França"))  # fmt: skip
    page.text(40, 220, "FATURA" if number.startswith("FT") else "FATURA-RECIBO", 16, bold=True)
    page.text(420, 220, rng.choice(("Original", "Duplicado")), 9)
    label = rng.choice(("Fatura", "Fatura Nº", "Documento", "Nº Documento"))
    page.text(40, 240, f"{label} {number}", 11, bold=True)
    page.text(40, 254, f"ATCUD: {atcud}", 8)
    cells = [("Nº Cliente", f"{rng.randint(1, 9999)}"), ("Data", "03-11-2026"),
             ("Vencimento", "03-12-2026"), ("Requisição", f"REQ {digits(rng, 5)}")]  # fmt: skip
    for i, (name, value) in enumerate(cells):
        page.text(40 + 110 * i, 276, name, 8, bold=True)
        page.text(40 + 110 * i, 288, value, 9)
    lines(page, 320, [("Azulejo pintado 15x15 (200 un.)", 900.0), ("Portes", 60.0)],
          ("Total ilíquido", "IVA 0 % (art. 14.º RITI)", "Total a pagar"), 0.0)  # fmt: skip
    page.text(40, 780, "Xk9P-Processado por programa certificado n.º 1234/AT", 6)
    return Invoice([page], number, "")


def pt_grid_atcud(rng: random.Random) -> Invoice:
    """PT grid: Documento | Data | Vencimento | ATCUD as label cells over value cells."""
    number = rng.choice((f"FT {rng.choice(('A', 'B', '2026'))}/{rng.randint(1, 9999)}",
                         f"FT 2026/{_seq(rng, 6)}", f"FT.2026/{rng.randint(1, 999)}"))  # fmt: skip
    atcud = f"JFK3L9-{number.rsplit('/', 1)[1].lstrip('0')}"
    page = Page()
    head(page, ("Vinhos do Douro Superior, S.A.", "Quinta do Vale",
                "5130-000 São João da Pesqueira", "Contribuinte 503 111 222"),
         ("Weinhandel Gruber GmbH", "Landstraße 12", "4020 Linz", "Áustria"))  # fmt: skip
    page.text(40, 220, "Fatura", 18, bold=True)
    cells = [(rng.choice(("Documento", "Nº Documento", "Número")), number),
             ("Data", "03-11-2026"), ("Vencimento", "03-12-2026"), ("ATCUD", atcud),
             ("Nº Cliente", digits(rng, 4))]  # fmt: skip
    if rng.random() < 0.5:
        cells[0], cells[3] = cells[3], cells[0]
    for i, (name, value) in enumerate(cells):
        page.box(40 + 103 * i, 240, 103, 14)
        page.box(40 + 103 * i, 254, 103, 16)
        page.text(44 + 103 * i, 250, name, 7, bold=True)
        page.text(44 + 103 * i, 266, value, 8)
    lines(page, 300, [("Vinho tinto DOC 0,75 l (120 garrafas)", 1440.0)],
          ("Total ilíquido", "IVA 0 %", "Total a pagar"), 0.0)  # fmt: skip
    return Invoice([page], number, "")


def de_info_block(rng: random.Random) -> Invoice:
    """DE: right-hand information block, the number's label among Kunden-, Auftrags-, LS-Nr."""
    number = rng.choice((f"{rng.randint(2026000, 2026999)}", f"RE-{_seq(rng, 6)}",
                         f"2026-{_seq(rng, 5)}", f"R{digits(rng, 8)}"))  # fmt: skip
    rows = [(rng.choice(("Rechnungs-Nr.", "Rechnungsnummer", "Beleg-Nr.", "Rechnung Nr.")), number),
            ("Kunden-Nr.", rng.choice((digits(rng, 5), f"K{digits(rng, 6)}"))),
            ("Auftrags-Nr.", rng.choice((digits(rng, 7), f"AB-{digits(rng, 6)}"))),
            ("Lieferschein-Nr.", rng.choice((digits(rng, 8), f"LS-{digits(rng, 6)}"))),
            ("Datum", "03.11.2026")]  # fmt: skip
    rng.shuffle(rows)
    page = Page()
    head(page, ("Metallbau Schröder GmbH", "Gewerbering 7", "48155 Münster"),
         ("Bauunternehmung Kaiser KG", "Ringstraße 44", "44137 Dortmund"), top=150)  # fmt: skip
    for i, (name, value) in enumerate(rows):
        page.text(400, 230 + 12 * i, name, 8)
        page.text(480, 230 + 12 * i, value, 8)
    page.text(40, 310, "Rechnung", 16, bold=True)
    page.text(40, 328, "Zahlbar bis 03.12.2026 ohne Abzug.", 9)
    lines(page, 350, [("Geländer Stahl verzinkt, 12 lfm", 2280.0), ("Montage", 640.0)],
          ("Netto", "USt. 19 %", "Rechnungsbetrag"), 0.19)  # fmt: skip
    return Invoice([page], number, "")


def at_grid_side_by_side(rng: random.Random) -> Invoice:
    """AT: one grid row, the invoice-number column beside a customer-number column of the same
    format, the label row above the values."""
    number = f"{rng.randint(20260001, 20269999)}"
    customer = f"{rng.randint(20200001, 20259999)}" if rng.random() < 0.5 else digits(rng, 6)
    heads = [
        (rng.choice(("Rechnungsnummer", "Rechnungs-Nr.", "Beleg-Nr.")), number),
        (rng.choice(("Kundennummer", "Kunden-Nr.")), customer),
        ("Rechnungsdatum", "03.11.2026"),
        ("Fällig am", "03.12.2026"),
        ("Seite", "1/1"),
    ]
    if rng.random() < 0.5:
        heads[0], heads[1] = heads[1], heads[0]
    page = Page()
    head(page, ("Tischlerei Hofer e.U.", "Innrain 15", "6020 Innsbruck", "UID ATU12345678"),
         ("Pension Alpenblick", "Dorf 22", "6561 Ischgl"))  # fmt: skip
    page.text(40, 225, "RECHNUNG", 16, bold=True)
    for i, (name, value) in enumerate(heads):
        page.text(40 + 103 * i, 250, name, 7, bold=True)
        page.text(40 + 103 * i, 263, value, 9)
    lines(page, 300, [("Zirbenbett 180x200 nach Maß", 3100.0), ("Lieferung", 120.0)],
          ("Netto", "USt. 20 %", "Gesamtbetrag"), 0.2)  # fmt: skip
    return Invoice([page], number, "")


def nl_factuur(rng: random.Random) -> Invoice:
    """NL: "Factuurnummer" / "Factuurnr." among Klantnummer, Ordernummer, Uw referentie."""
    number = rng.choice((f"2026-{_seq(rng, 4)}", f"F{digits(rng, 6)}",
                         f"{rng.randint(26001, 26999)}", f"2026 / {_seq(rng, 4)}"))  # fmt: skip
    rows = [(rng.choice(("Factuurnummer", "Factuurnr.", "Factuur nr.")), number),
            ("Factuurdatum", "03-11-2026"), ("Vervaldatum", "03-12-2026"),
            (rng.choice(("Klantnummer", "Debiteurnummer")), digits(rng, 5)),
            ("Ordernummer", f"ORD-{digits(rng, 6)}"),
            ("Uw referentie", rng.choice(("inkoop 2026-77", f"PO {digits(rng, 5)}")))]  # fmt: skip
    rows = rows[:1] + rng.sample(rows[1:], 5) if rng.random() < 0.5 else rng.sample(rows, 6)
    page = Page()
    head(page, ("Drukkerij Van Dam B.V.", "Industrieweg 8", "3542 AD Utrecht",
                "KvK 30123456 · BTW NL801234567B01"), ("Bakkerij De Korenschoof",
                "Marktstraat 3", "6811 CG Arnhem"))  # fmt: skip
    page.text(40, 225, "FACTUUR", 18, bold=True)
    for i, (name, value) in enumerate(rows):
        page.text(40, 250 + 13 * i, f"{name}:", 9)
        page.text(150, 250 + 13 * i, value, 9)
    lines(page, 350, [("Folders A5, 5.000 st.", 485.0), ("Ontwerp", 150.0)],
          ("Subtotaal", "BTW 21%", "Te betalen"), 0.21)  # fmt: skip
    page.text(40, 800, "Gelieve te betalen binnen 30 dagen op NL20 INGB 0001 2345 67", 7)
    return Invoice([page], number, "")


def us_hash_block(rng: random.Random) -> Invoice:
    """US: "Invoice #" / "Invoice No." at the top right among "PO #", "Order #", "Customer ID"."""
    number = rng.choice((f"INV-{_seq(rng, 5)}", f"{rng.randint(1000, 99999)}",
                         f"{digits(rng, 4)}-{digits(rng, 4)}", f"INV{digits(rng, 6)}"))  # fmt: skip
    rows = [(rng.choice(("Invoice #", "Invoice No.", "Invoice #:", "INVOICE NO")), number),
            ("Date", "11/03/2026"), ("Due Date", "12/03/2026"),
            ("PO #", rng.choice((f"PO-{digits(rng, 5)}", digits(rng, 6)))),
            ("Order #", rng.choice((f"SO-{digits(rng, 5)}", digits(rng, 5)))),
            ("Customer ID", f"C-{digits(rng, 4)}")]  # fmt: skip
    rng.shuffle(rows)
    page = Page()
    head(page, ("Granite State Supply Co.", "85 Elm Street", "Manchester, NH 03101",
                "(603) 555-0142"), ("Harbor Bistro LLC", "12 Water Street",
                "Portsmouth, NH 03801"), top=140)  # fmt: skip
    page.text(40, 130, "INVOICE", 22, bold=True)
    for i, (name, value) in enumerate(rows):
        page.text(330, 215 + 13 * i, name, 9, bold=True)
        page.right(550, 215 + 13 * i, value, 9)
    lines(page, 320, [("Restaurant supplies (see packing list)", 1284.50), ("Freight", 95.0)],
          ("Subtotal", "Sales tax 0%", "Balance due"), 0.0, "$")  # fmt: skip
    page.text(40, 780, "Terms: Net 30. Make checks payable to Granite State Supply Co.", 8)
    return Invoice([page], number, "")


def us_receipt_bigger(rng: random.Random) -> Invoice:
    """US online shop / SaaS: the receipt or order number printed big, the invoice number small."""
    stripe = f"{rng.choice('ABCDEF')}{digits(rng, 3)}{rng.choice('ABCDEF')}2B-{_seq(rng, 4)}"
    number = rng.choice((stripe, f"INV-{_seq(rng, 5)}", f"{digits(rng, 8)}"))
    big = rng.choice((f"Receipt #{digits(rng, 4)}-{digits(rng, 4)}",
                      f"Order #{rng.randint(100000, 999999)}",
                      f"Order confirmation {rng.randint(100000, 999999)}"))  # fmt: skip
    page = Page()
    head(page, ("Brightline Software, Inc.", "2200 Market Street", "Philadelphia, PA 19103"),
         ("Oak & Ivy Design Studio", "48 Pine Street", "Burlington, VT 05401"))  # fmt: skip
    page.text(40, 215, big, 20, bold=True)
    rows = [(rng.choice(("Invoice number", "Invoice no.", "Invoice")), number),
            ("Date paid" if rng.random() < 0.3 else "Date of issue", "November 3, 2026"),
            ("Date due", "December 3, 2026"),
            ("Payment method", rng.choice(("Visa - 4242", "ACH transfer")))]  # fmt: skip
    for i, (name, value) in enumerate(rows):
        page.text(40, 240 + 12 * i, name, 8)
        page.text(150, 240 + 12 * i, value, 8)
    lines(page, 320, [("Team plan × 8 seats", 480.0), ("Priority support", 120.0)],
          ("Subtotal", "Tax 0%", "Amount due"), 0.0, "$")  # fmt: skip
    return Invoice([page], number, "")


def ch_qr_rechnung(rng: random.Random) -> Invoice:
    """CH: "Rechnung Nr. 2026-0042" above a QR part whose Referenz is a long digit string."""
    number = rng.choice((f"2026-{_seq(rng, 4)}", f"{rng.randint(10000, 99999)}",
                         f"RG {rng.randint(1000, 9999)}"))  # fmt: skip
    page = Page()
    head(page, ("Elektro Brunner AG", "Seestrasse 18", "8800 Thalwil", "CHE-123.456.789 MWST"),
         ("Familie Keller", "Dorfstrasse 9", "8820 Wädenswil"), top=140)  # fmt: skip
    page.text(40, 225, f"{rng.choice(('Rechnung Nr.', 'Rechnung Nr', 'Rechnung'))} {number}", 14,
              bold=True)  # fmt: skip
    page.text(
        40, 243, f"Kunden-Nr. {digits(rng, 5)}   Datum 03.11.2026   Zahlbar bis 03.12.2026", 8
    )
    page.text(40, 255, f"Objekt: Dorfstrasse 9, Auftrag {digits(rng, 5)}", 8)
    total = lines(page, 280, [("Installation Ladestation", 1850.0), ("Material", 420.0)],
                  ("Total netto", "MWST 8,1 %", "Total CHF"), 0.081, "CHF")  # fmt: skip
    page.box(0, 560, 595, 0.5)
    page.text(20, 580, "Empfangsschein", 11, bold=True)
    page.text(200, 580, "Zahlteil", 11, bold=True)
    page.text(380, 580, "Konto / Zahlbar an", 6, bold=True)
    page.text(380, 590, "CH44 3199 9123 0008 8901 2", 8)
    page.text(380, 610, "Referenz", 6, bold=True)
    page.text(380, 620, f"21 00000 00003 13947 14300 {digits(rng, 5)}", 8)
    if rng.random() < 0.5:
        page.text(380, 640, "Zusätzliche Informationen", 6, bold=True)
        page.text(380, 650, f"Rechnung {number}", 8)
    page.text(200, 700, "Währung   Betrag", 6, bold=True)
    page.text(200, 710, f"CHF       {total:,.2f}".replace(",", " "), 8)
    return Invoice([page], number, "")


def fr_title_number(rng: random.Random) -> Invoice:
    """FR: "FACTURE N° F-2026-0042" as the title, order and client numbers in a line below."""
    number = rng.choice((f"F-2026-{_seq(rng, 4)}", f"FA{digits(rng, 6)}", f"2026 / {_seq(rng, 4)}",
                         f"2026/{_seq(rng, 4)}", f"F 2026 {_seq(rng, 4)}"))  # fmt: skip
    page = Page()
    head(page, ("Menuiserie Bertin SARL", "ZA des Landes", "44800 Saint-Herblain",
                "SIRET 512 345 678 00021"), ("M. et Mme Caradec", "5 rue des Mouettes",
                "44000 Nantes"))  # fmt: skip
    title = rng.choice(("FACTURE N°", "FACTURE N° :", "Facture n°", "FACTURE No"))
    page.text(40, 230, f"{title} {number}", 16, bold=True)
    page.text(40, 250, f"Bon de commande n° {rng.randint(1000, 9999)} — Client n° {digits(rng, 5)}"
              f" — Devis n° D-2026-{_seq(rng, 3)}", 8)  # fmt: skip
    page.text(40, 262, "Date : 03/11/2026 — Échéance : 03/12/2026", 9)
    lines(page, 300, [("Fenêtres PVC 3 unités", 2400.0), ("Pose", 600.0)],
          ("Total HT", "TVA 10 %", "Net à payer"), 0.1)  # fmt: skip
    return Invoice([page], number, "")


def fr_label_above(rng: random.Random) -> Invoice:
    """FR: the label on one line, the number on the next, sometimes wrapped after a dash."""
    parts = rng.choice((("FAC-2026-", f"{_seq(rng, 6)}"), ("2026-11-", f"{_seq(rng, 5)}"),
                        (f"{rng.randint(2026000, 2026999)}", ""),
                        ("2026 / ", f"{_seq(rng, 4)}")))  # fmt: skip
    number = "".join(parts)
    page = Page()
    head(page, ("Transports Lebrun", "Rue de l'Industrie", "59650 Villeneuve-d'Ascq"),
         ("Brasserie du Nord SAS", "22 rue Nationale", "59000 Lille"))  # fmt: skip
    page.text(40, 225, "FACTURE", 18, bold=True)
    cells = [(rng.choice(("N° de facture", "Facture n°", "Numéro")), parts),
             ("N° client", (f"{digits(rng, 6)}", "")), ("Date", ("03/11/2026", "")),
             ("Échéance", ("03/12/2026", ""))]  # fmt: skip
    if rng.random() < 0.5:
        cells[0], cells[1] = cells[1], cells[0]
    for i, (name, (first, rest)) in enumerate(cells):
        x = 40 + 90 * i
        page.box(x, 240, 86, 40)
        page.text(x + 3, 250, name, 7, bold=True)
        page.text(x + 3, 262, first, 9)
        if rest:
            page.text(x + 3, 273, rest, 9)
    lines(page, 310, [("Transport palettes Lille → Lyon", 780.0), ("Hayon", 45.0)],
          ("Total HT", "TVA 20 %", "Total TTC"), 0.2)  # fmt: skip
    return Invoice([page], number, "")


def fr_credit_note(rng: random.Random) -> Invoice:
    """FR credit note: its own number and the number of the invoice it cancels, both printed."""
    own = rng.choice((f"A-{rng.randint(1, 99)}", f"AV-2026-{_seq(rng, 4)}", f"AV{digits(rng, 5)}"))
    cancelled = f"F-2026-{rng.randint(1, 999)}"
    page = Page()
    head(page, ("Fournitures Martel", "8 avenue Jean Jaurès", "31000 Toulouse"),
         ("Cabinet Dr Vidal", "3 place du Capitole", "31000 Toulouse"))  # fmt: skip
    style = rng.randrange(3)
    if style == 0:
        page.text(40, 225, f"Avoir n° {own} sur facture n° {cancelled}", 14, bold=True)
    elif style == 1:
        page.text(40, 225, "AVOIR", 18, bold=True)
        rows = [("Facture d'origine", cancelled), ("Avoir n°", own), ("Date", "03/11/2026")]
        rng.shuffle(rows)
        for i, (name, value) in enumerate(rows):
            page.text(40, 245 + 13 * i, f"{name} : {value}", 9)
    else:
        page.text(40, 225, f"AVOIR N° {own}", 16, bold=True)
        page.text(40, 245, f"Annule et remplace la facture n° {cancelled} du 12/10/2026", 9)
    page.text(40, 290, "Date : 03/11/2026", 9)
    lines(page, 320, [("Retour cartouches toner (3)", -180.0)],
          ("Total HT", "TVA 20 %", "Total TTC"), 0.2)  # fmt: skip
    return Invoice([page], own, "")


def fr_piece_journal(rng: random.Random) -> Invoice:
    """FR accounting software: "N° de pièce" beside Journal, Compte 411 and a folio."""
    number = rng.choice(
        (f"VT{_seq(rng, 6)}", f"{rng.randint(10000, 99999)}", f"VE-2026-{_seq(rng, 4)}")
    )
    rows = [(rng.choice(("N° de pièce", "Pièce n°", "N° pièce")), number), ("Journal", "VT"),
            ("Compte", f"411{digits(rng, 5)}"), ("Folio", str(rng.randint(1, 40))),
            ("Date", "03/11/2026"), ("Échéance", "03/12/2026")]  # fmt: skip
    rng.shuffle(rows)
    page = Page()
    head(page, ("Cabinet Roussel Expertise", "12 boulevard Carnot", "21000 Dijon"),
         ("SCI Les Tilleuls", "7 rue Buffon", "21000 Dijon"))  # fmt: skip
    page.text(40, 225, rng.choice(("Facture", "Note d'honoraires")), 16, bold=True)
    for i in range(0, len(rows), 2):
        for j, (name, value) in enumerate(rows[i : i + 2]):
            page.text(40 + 250 * j, 250 + 7 * i, f"{name} : {value}", 9)
    lines(page, 310, [("Tenue comptable exercice 2026", 1800.0)],
          ("Total HT", "TVA 20 %", "Total TTC"), 0.2)  # fmt: skip
    return Invoice([page], number, "")


def fr_page_two_suite(rng: random.Random) -> Invoice:
    """FR two pages: the number in a label-left grid on page 1, page 2 "Facture n° … (suite)"."""
    number = rng.choice((f"F2026-{_seq(rng, 4)}", f"{rng.randint(2026000, 2026999)}",
                         f"FC {_seq(rng, 5)}"))  # fmt: skip
    first, second = Page(), Page()
    head(first, ("Boulangerie Industrielle Moreau", "ZI Sud", "35000 Rennes"),
         ("Supérette Le Gall", "4 place de l'Église", "29200 Brest"))  # fmt: skip
    first.text(40, 225, "FACTURE", 18, bold=True)
    grid = [("Facture", number, "Date", "03/11/2026"),
            ("Client", digits(rng, 5), "Échéance", "03/12/2026"),
            ("Commande", f"CMD{digits(rng, 6)}", "Livraison", f"BL{digits(rng, 6)}")]  # fmt: skip
    for i, row in enumerate(grid):
        for j, cell in enumerate(row):
            first.box(40 + 120 * j, 245 + 16 * i, 120, 16)
            first.text(44 + 120 * j, 257 + 16 * i, cell, 8, bold=j % 2 == 0)
    for i in range(24):
        first.text(40, 320 + 16 * i, f"Pain de mie 500 g — lot {i + 1}", 8)
        first.right(550, 320 + 16 * i, euros(24.0), 8)
    first.text(460, 800, "Page 1/2", 7)
    second.text(
        40, 50, f"{rng.choice(('Facture n°', 'Facture N°'))} {number} (suite)", 10, bold=True
    )
    for i in range(6):
        second.text(40, 80 + 16 * i, f"Brioche tressée — lot {i + 1}", 8)
        second.right(550, 80 + 16 * i, euros(18.0), 8)
    net = 24 * 24.0 + 6 * 18.0
    for i, (name, value) in enumerate((("Total HT", net), ("TVA 5,5 %", round(net * 0.055, 2)),
                                       ("Net à payer", round(net * 1.055, 2)))):  # fmt: skip
        second.text(360, 200 + 14 * i, name, 9, bold=i == 2)
        second.right(550, 200 + 14 * i, euros(value), 9, bold=i == 2)
    second.text(460, 800, "Page 2/2", 7)
    return Invoice([first, second], number, "")


def us_label_left_grid(rng: random.Random) -> Invoice:
    """US: a 4-column grid of label cell, value cell, label cell, value cell."""
    number = rng.choice(
        (f"{rng.randint(10000, 99999)}", f"INV-{_seq(rng, 5)}", f"A{digits(rng, 5)}")
    )
    customer = rng.choice((f"{rng.randint(10000, 99999)}", f"CUST-{digits(rng, 4)}"))
    label = rng.choice(("Invoice No.", "Invoice #", "Invoice Number"))
    grid = [(label, number, "Date", "11/03/2026"),
            ("Customer No.", customer, "Due Date", "12/03/2026"),
            ("Sales Order", f"SO{digits(rng, 6)}", "Terms", "Net 30")]  # fmt: skip
    if rng.random() < 0.5:
        grid[0], grid[1] = grid[1], grid[0]
    page = Page()
    head(page, ("Midwest Fastener Corp.", "3400 Industrial Pkwy", "Columbus, OH 43228"),
         ("Lakeside Marine Repair", "900 Shore Drive", "Sandusky, OH 44870"))  # fmt: skip
    page.text(40, 225, "INVOICE", 18, bold=True)
    for i, row in enumerate(grid):
        for j, cell in enumerate(row):
            page.box(40 + 125 * j, 245 + 16 * i, 125, 16)
            page.text(44 + 125 * j, 257 + 16 * i, cell, 8, bold=j % 2 == 0)
    lines(page, 330, [("Stainless bolts M10 (500)", 340.0), ("Shipping", 28.0)],
          ("Subtotal", "Sales tax 0%", "Balance due"), 0.0, "$")  # fmt: skip
    return Invoice([page], number, "")


def de_order_confirmation_big(rng: random.Random) -> Invoice:
    """DE: "Auftragsbestätigung / Rechnung" with the order number big and the invoice number
    small in the reference line ("Ihr Auftrag … vom …  Rechnung-Nr. …")."""
    number = rng.choice((f"{rng.randint(300000, 399999)}", f"RE{digits(rng, 6)}"))
    order = f"{rng.randint(100000, 199999)}"
    page = Page()
    head(page, ("Druckerei Weiß GmbH", "Am Hafen 3", "28217 Bremen"),
         ("Verein Heimatpflege e.V.", "Kirchweg 2", "27283 Verden"))  # fmt: skip
    page.text(40, 225, rng.choice((f"Auftrag {order}", f"Auftrags-Nr. {order}")), 18, bold=True)
    label = rng.choice(("Rechnung-Nr.", "Rechnungs-Nr.", "RE-Nr.", "Rechnung"))
    page.text(40, 248, f"Ihre Bestellung vom 20.10.2026   {label} {number}   Datum 03.11.2026", 8)
    page.text(40, 260, "Zahlbar bis 03.12.2026", 8)
    lines(page, 290, [("Festschrift 64 Seiten, 500 Ex.", 1650.0), ("Satz", 300.0)],
          ("Netto", "USt. 7 %", "Rechnungsbetrag"), 0.07)  # fmt: skip
    return Invoice([page], number, "")


DESIGNS: dict[str, Design] = {
    design.__name__: design
    for design in (
        pt_series_atcud,
        pt_grid_atcud,
        de_info_block,
        at_grid_side_by_side,
        nl_factuur,
        us_hash_block,
        us_receipt_bigger,
        ch_qr_rechnung,
        fr_title_number,
        fr_label_above,
        fr_credit_note,
        fr_piece_journal,
        fr_page_two_suite,
        us_label_left_grid,
        de_order_confirmation_big,
    )
}


def generate(design: str, seed: int) -> Invoice:
    return DESIGNS[design](random.Random(f"sixth-{design}-{seed}"))


def write(folder: Path) -> dict[str, str]:
    return write_set(folder, DESIGNS, SEEDS, generate, render)


def write_set(
    folder: Path,
    designs: Iterable[str],
    seeds: Iterable[int],
    generate: Callable[[str, int], Any],
    render: Callable[[Any], bytes],
) -> dict[str, str]:
    """A numbers set's PDFs (each design for each seed) and its truth, file name -> number."""
    folder.mkdir(parents=True, exist_ok=True)
    truth = {}
    for design in designs:
        for seed in seeds:
            invoice = generate(design, seed)
            name = f"{design}-{seed}.pdf"
            (folder / name).write_bytes(render(invoice))
            truth[name] = invoice.number
    (folder / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False))
    return truth


def score(folder: Path, truth: dict[str, str]) -> dict[str, object]:
    """`relance parse --json` once over the folder: exact numbers, silent misses, false alarms,
    and records held for any reason (a problem named or a confidence under 0.5)."""
    found = parse_files(folder, truth)
    wrong, silent_wrong, unflagged_field, alarms = [], [], [], []
    held = 0
    for name, number in truth.items():
        record = found.get(name, {})
        held += not silent(record)
        flagged = [p for p in record.get("problems") or () if p.startswith("invoice_number")]
        if record.get("invoice_number") == number:
            if flagged:
                alarms.append((name, flagged))
            continue
        wrong.append((name, number, record.get("invoice_number"), record.get("problems")))
        if silent(record):
            silent_wrong.append(name)
        if not flagged:
            unflagged_field.append(name)
    return {"total": len(truth), "exact": len(truth) - len(wrong), "wrong": wrong,
            "silent": silent_wrong, "unflagged_field": unflagged_field,
            "alarms": alarms, "held": held}  # fmt: skip


def report(result: dict[str, object]) -> None:
    """What a numbers set's `--score` prints (also the seventh set's)."""
    for name, want, got, problems in result["wrong"]:
        print(f"{name}: want {want!r} got {got!r} {problems}")
    for name, flagged in result["alarms"]:
        print(f"{name}: read right but flagged {flagged}")
    total = result["total"]
    print(f"invoice_number exact {result['exact']}/{total} = {result['exact'] / total:.1%}")
    print(f"wrong with empty problems: {len(result['silent'])}")
    print(f"wrong without an invoice_number problem: {len(result['unflagged_field'])}")
    print(f"right but flagged: {len(result['alarms'])}")
    print(f"records held for any reason: {result['held']}/{total}")


def run(description: str, write: Callable[[Path], dict[str, str]]) -> None:
    """A numbers set's command line: write FOLDER, and with --score, score and report it."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--score", action="store_true")
    args = parser.parse_args()
    truth = write(args.folder)
    if args.score:
        report(score(args.folder, truth))


if __name__ == "__main__":
    run(__doc__, write)
