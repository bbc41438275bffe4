"""A fifth set of invoices printing the customer reference, with truth (issue 12, second pass).

Written before reading the parser, after blind set 8 still had 38 references printed but neither
read nor flagged. The trades are those of that report's issuers (never looked at): a Portuguese
cork exporter, a Dutch studio writing English, a US SaaS, a dentist, an accountant, an
ambulance service, a travel agency, a riding stable, a Tyrolean hotel, a water board, a car
rental, a Zurich translation agency and a German mail-order shop. Each design puts the
customer reference where a reader may miss it: label over value in a grid whose other cells
are dates and amounts, a value under its label in a table header row, label and value in two
separate framed boxes, a label broken over two lines ("N° de" / "client"), labels of each trade
("Patient ID", "Gastnummer", "Kundenkonto", "Debitor", "Debiteurnummer", "Customer account",
"Account number", "Número de cliente", "Nº Cliente", "Mandant", "Member", "Cavalier n°",
"Propriétaire n°", "Abonné n°"), the reference only on the payment slip or remittance stub
("Référence client à rappeler"), references with letters and dashes ("CLI-00042",
"K-2026-117"); and distractors beside it: order, delivery note, booking, meter ("Compteur",
"PDL"), contract ("Contrat"), IBAN, SEPA mandate reference (RUM), project, rental agreement.

Conventions (docs/parsing.md): the customer reference is the creditor's code for the debtor in
its books; a dossier, contract, booking, meter, mandate, order or tax number never is. Truth is
the value as printed without its label, empty when none is printed.

    python -m tests.parsing.references_fifth /tmp/refs_fifth          # write PDFs and truth.json
    python -m tests.parsing.references_fifth /tmp/refs_fifth --score  # and score

Nothing generated is kept in git.

Measured once on 2026-11-27 (13 designs x 8 seeds = 104 invoices), branch ``i15-refs`` from main
at 8c5c924, before reading or changing the parser (load average 6-7). A first run had the
generator print a stable's VAT as "5,5 % / 20 %" at 10 % and a Zurich invoice without a due
date, which named unrelated problems; fixed (the pages only) and re-measured on the same parser:

- before: customer_ref exact 77/104 = 74.0 %; wrong with empty problems 24, all a reference
  missing (none read wrong); wrong without a customer_ref problem 27 (3 more held for other
  fields). The misses: a label broken over two lines ("N° de" / "patient", 7), "Mandant" /
  "Mandantennummer" (7), "Cavalier n°" / "Propriétaire n°" (5), a bare "Debitor:" among
  "Label: value" fields of one line (4), "Número de cliente" (3), "Debtor no." (1). No
  distractor (meter, PDL, contract, booking, RUM, project, rental agreement) was taken.
- after (parsing/layout/references.py, labels.py): customer_ref 104/104, wrong with empty
  problems 0, right but flagged 0. (Fixed knowing these misses: not a blind figure.)
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from tests.parsing.references import Invoice, Page, digits, render
from tests.parsing.relance_json import parse_files, silent

SEEDS = range(8)

Design = Callable[[random.Random], Invoice]


def head(page: Page, seller: tuple[str, ...], debtor: tuple[str, ...], top: float = 150) -> None:
    """Seller top-left, debtor in the window on the right."""
    for i, line in enumerate(seller):
        page.text(40, 50 + 12 * i, line, 10 if i else 13, bold=not i)
    for i, line in enumerate(debtor):
        page.text(330, top + 12 * i, line, 10)


def euros(value: float, sign: str = "€") -> str:
    whole, cents = f"{value:,.2f}".split(".")
    if sign == "$":
        return f"${value:,.2f}"
    return f"{whole.replace(',', ' ')},{cents} {sign}"


def lines(
    page: Page,
    top: float,
    rows: list[tuple[str, float]],
    totals: tuple[str, str, str],
    rate: float,
    sign: str = "€",
) -> float:
    """Item rows then net / tax / total; returns the total."""  # fmt: skip
    net = 0.0
    for i, (text, value) in enumerate(rows):
        page.text(40, top + 14 * i, text, 9)
        page.right(550, top + 14 * i, euros(value, sign), 9)
        net += value
    tax = round(net * rate, 2)
    total = round(net + tax, 2)
    y = top + 14 * len(rows) + 20
    for i, (name, value) in enumerate(zip(totals, (net, tax, total), strict=True)):
        page.text(360, y + 14 * i, name, 9, bold=i == 2)
        page.right(550, y + 14 * i, euros(value, sign), 9, bold=i == 2)
    return total


def maybe(rng: random.Random, value: str, chance: float = 0.8) -> str:
    return value if rng.random() < chance else ""


# --- designs -------------------------------------------------------------------------------


def cork_grid(rng: random.Random) -> Invoice:
    """PT cork exporter: one boxed row of label cells over value cells, dates and amounts beside."""
    number = f"FT {rng.choice(('A', 'C'))}2026/{rng.randint(10, 999)}"
    ref = maybe(rng, rng.choice((digits(rng, 5), f"CLI-{digits(rng, 5)}", f"C{digits(rng, 4)}")))
    page = Page()
    head(page, ("Cortiças do Montado, S.A.", "Zona Industrial, Lote 14", "4535-211 Mozelos",
                "NIF 501 234 567"), ("Weinkellerei Berger GmbH", "Kellergasse 4", "3550 Langenlois",
                "Áustria"))  # fmt: skip
    page.text(40, 240, f"Fatura {number}", 15, bold=True)
    total_text = euros(rng.randint(2000, 30000))
    cells = [("Data", "03-11-2026"), ("Vencimento", "03-12-2026"), ("Total", total_text),
             ("Encomenda", f"ENC {digits(rng, 5)}")]  # fmt: skip
    if ref:
        cells.insert(rng.randint(0, 4), (rng.choice(("Nº Cliente", "Número de cliente",
                                                     "Cliente")), ref))  # fmt: skip
    for i, (label, value) in enumerate(cells):
        x = 40 + 102 * i
        page.box(x, 262, 100, 18)
        page.box(x, 280, 100, 18)
        page.text(x + 4, 274, label, 8, bold=True)
        page.text(x + 4, 292, value, 9)
    page.text(40, 320, f"Guia de remessa GR {digits(rng, 6)}", 8)
    lines(page, 350, [("Rolhas naturais 45x24 mm", 1800.0), ("Transporte", 240.0)],
          ("Total ilíquido", "IVA 0 % (art. 14.º RITI)", "Total a pagar"), 0.0)  # fmt: skip
    page.text(40, 800, "IBAN PT50 0035 0123 0001 2345 6789 0 - Capital social 500.000 EUR", 7)
    return Invoice([page], number, ref)


def studio_table_header(rng: random.Random) -> Invoice:
    """NL studio in English: the reference under its head in the item table's header row."""
    number = f"INV-{rng.randint(2026001, 2026999)}"
    ref = maybe(rng, rng.choice((digits(rng, 5), f"D{digits(rng, 4)}", f"CLI-{digits(rng, 5)}")))
    page = Page()
    head(page, ("Studio Noordlicht", "Prinsengracht 210", "1016 HE Amsterdam",
                "KvK 71234567 · VAT NL858123456B01"), ("Bright Foods Ltd", "12 Wharf Road",
                "London N1 7GR", "United Kingdom"))  # fmt: skip
    page.text(40, 230, "INVOICE", 20, bold=True)
    page.text(40, 252, f"Invoice {number}", 10)
    heads = [("Invoice date", "3 Nov 2026"), ("Due date", "3 Dec 2026"),
             ("Project", f"PRJ-{digits(rng, 4)}")]  # fmt: skip
    if ref:
        heads.insert(rng.randint(0, 3), (rng.choice(("Customer account", "Debtor no.",
                                                     "Debiteurnummer")), ref))  # fmt: skip
    page.shade(40, 276, 515, 14)
    for i, (label, value) in enumerate(heads):
        page.text(44 + 128 * i, 286, label, 8, bold=True)
        page.text(44 + 128 * i, 302, value, 9)
    lines(page, 340, [("Brand identity — phase 2", 4200.0), ("Illustrations (12)", 1450.0)],
          ("Subtotal", "VAT 0% (reverse charge)", "Amount due"), 0.0)  # fmt: skip
    page.text(40, 800, "Please pay to IBAN NL91 ABNA 0417 1643 00, BIC ABNANL2A.", 7)
    return Invoice([page], number, ref)


def saas_boxes(rng: random.Random) -> Invoice:
    """US SaaS: the label in one framed box, its value in another framed box to its right."""
    number = rng.choice((f"{digits(rng, 4)}-{digits(rng, 4)}", f"INV{digits(rng, 7)}"))
    ref = maybe(
        rng, rng.choice((f"ACCT-{digits(rng, 6)}", digits(rng, 8), f"CLI-{digits(rng, 5)}"))
    )
    page = Page()
    head(page, ("Skylark Analytics, Inc.", "500 Howard Street, Suite 300",
                "San Francisco, CA 94105", "billing@skylark.io"), ("Pinewood Dental Group",
                "1420 Oak Avenue", "Portland, OR 97205"))  # fmt: skip
    page.text(40, 210, "Invoice", 20, bold=True)
    rows = [("Invoice number", number), ("Date of issue", "November 3, 2026"),
            ("Date due", "December 3, 2026"), ("Subscription", f"sub_{digits(rng, 10)}"),
            ("PO number", f"PO-{digits(rng, 5)}")]  # fmt: skip
    if ref:
        rows.insert(rng.randint(1, 5), (rng.choice(("Account number", "Customer account",
                                                    "Account no.")), ref))  # fmt: skip
    for i, (label, value) in enumerate(rows):
        y = 232 + 20 * i
        page.box(40, y, 120, 18)
        page.box(166, y, 140, 18)
        page.text(44, y + 12, label, 8)
        page.text(170, y + 12, value, 9)
    top = 232 + 20 * len(rows) + 30
    lines(page, top, [("Growth plan (Nov 1 – Nov 30, 2026)", 499.0), ("Extra seats × 4", 96.0)],
          ("Subtotal", "Sales tax 0%", "Amount due"), 0.0, "$")  # fmt: skip
    return Invoice([page], number, ref)


def dentist_broken_label(rng: random.Random) -> Invoice:
    """FR dentist: the label broken over two lines ("N° de" / "patient"), the value beside."""
    number = f"{rng.choice(('NH', 'FA'))}{digits(rng, 6)}"
    ref = maybe(rng, rng.choice((digits(rng, 5), f"P-{digits(rng, 4)}", f"CLI-{digits(rng, 5)}")))
    page = Page()
    head(page, ("Dr Hélène Marchal", "Chirurgien-dentiste", "8 place du Marché",
                "69002 Lyon"), ("M. Paul Girard", "22 rue Mercière", "69002 Lyon"))  # fmt: skip
    page.text(40, 230, f"Note d'honoraires n° {number}", 14, bold=True)
    page.text(40, 250, "Date : 03/11/2026 — à régler avant le 03/12/2026", 9)
    y = 275
    cells = [(("N° de", "sécurité sociale"), f"1 84 05 69 123 {digits(rng, 3)} 42"),
             (("N° de", "dossier"), digits(rng, 6))]  # fmt: skip
    if ref:
        words = rng.choice((("N° de", "patient"), ("N° de", "client"), ("Patient", "ID")))
        cells.insert(rng.randint(0, 2), (words, ref))
    for i, ((first, second), value) in enumerate(cells):
        x = 40 + 170 * i
        page.text(x, y, first, 8)
        page.text(x, y + 10, second, 8)
        page.text(x + 62, y + 5, value, 10, bold=True)
    lines(page, 320, [("Soins conservateurs (HBMD038)", 120.0), ("Radiographie (HBQK389)", 36.0)],
          ("Total honoraires", "TVA non applicable", "Reste à payer"), 0.0)  # fmt: skip
    page.text(40, 800, "Membre d'une AGA — règlement par chèque accepté. RPPS 10001234567", 7)
    return Invoice([page], number, ref)


def accountant_mandant(rng: random.Random) -> Invoice:
    """DE tax adviser: "Mandant" / "Mandanten-Nr." in a right-hand block beside Steuernummer."""
    number = f"2026/{digits(rng, 4)}"
    ref = maybe(
        rng,
        rng.choice((digits(rng, 5), f"M-{digits(rng, 4)}", f"{digits(rng, 3)}/{digits(rng, 2)}")),
    )
    page = Page()
    head(page, ("Steuerberatung Wolf & Partner", "Königstraße 20", "70173 Stuttgart"),
         ("Schreinerei Maier", "Hauptstraße 5", "71638 Ludwigsburg"), top=160)  # fmt: skip
    rows = [("Rechnungsnummer", number), ("Datum", "03.11.2026"),
            ("Steuernummer", f"99/{digits(rng, 3)}/{digits(rng, 5)}"),
            ("Auftrag", f"JA 2025 / {digits(rng, 3)}")]  # fmt: skip
    if ref:
        rows.insert(
            rng.randint(0, 4), (rng.choice(("Mandant", "Mandanten-Nr.", "Mandantennummer")), ref)
        )
    for i, (label, value) in enumerate(rows):
        page.text(400, 230 + 12 * i, label, 8)
        page.text(480, 230 + 12 * i, value, 8)
    page.text(40, 310, "Gebührenrechnung", 14, bold=True)
    page.text(40, 326, "gemäß StBVV. Zahlbar bis 03.12.2026 ohne Abzug.", 9)
    lines(page, 350, [("Jahresabschluss 2025 (§ 35 StBVV)", 1850.0), ("Auslagen (§ 16)", 20.0)],
          ("Netto", "USt. 19 %", "Rechnungsbetrag"), 0.19)  # fmt: skip
    page.text(40, 800, "IBAN DE12 6005 0101 0001 2345 67 · USt-IdNr. DE812345678", 7)
    return Invoice([page], number, ref)


def ambulance_slip(rng: random.Random) -> Invoice:
    """FR ambulance: the reference printed only on the tear-off slip at the bottom."""
    number = f"AMB-{digits(rng, 6)}"
    ref = maybe(
        rng, rng.choice((f"CLI-{digits(rng, 5)}", digits(rng, 7), f"K-2026-{digits(rng, 3)}"))
    )
    page = Page()
    head(page, ("Ambulances du Lac", "12 quai des Sports", "74000 Annecy",
                "Agrément ARS n° 74-0123"), ("Mme Odile Perrin", "3 chemin des Crêts",
                "74940 Annecy-le-Vieux"))  # fmt: skip
    page.text(40, 230, f"Facture n° {number}", 14, bold=True)
    page.text(40, 248, "Date : 03/11/2026 — Échéance : 03/12/2026", 9)
    page.text(40, 262, f"N° de transport {digits(rng, 8)} — Prescription du 28/10/2026", 8)
    total = lines(page, 290, [("Transport assis (aller-retour, 24 km)", 96.40),
                              ("Forfait agglomération", 28.60)],
                  ("Total", "Part Assurance Maladie", "Reste à votre charge"), 0.0)  # fmt: skip
    page.text(40, 640, "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -", 8)
    page.text(40, 660, "TALON À JOINDRE À VOTRE RÈGLEMENT", 9, bold=True)
    page.text(40, 676, f"Facture {number} — montant {euros(total)}", 9)
    if ref:
        page.text(40, 690, rng.choice(("Référence client à rappeler :", "Votre n° client :",
                                       "Réf. client à rappeler")) + f" {ref}", 9)  # fmt: skip
    page.text(40, 704, "Chèque à l'ordre de Ambulances du Lac", 8)
    return Invoice([page], number, ref)


def travel_booking(rng: random.Random) -> Invoice:
    """Travel agency: dossier and booking refs beside a client number in lettered forms."""
    number = f"F{digits(rng, 2)}-{digits(rng, 5)}"
    ref = maybe(
        rng, rng.choice((f"K-2026-{digits(rng, 3)}", f"CLI-{digits(rng, 5)}", digits(rng, 6)))
    )
    page = Page()
    head(
        page,
        ("Horizons Voyages", "45 cours Mirabeau", "13100 Aix-en-Provence", "IM013120045 — APST"),
        ("Famille Leroy", "9 allée des Pins", "13090 Aix-en-Provence"),
    )
    page.text(40, 230, "FACTURE", 18, bold=True)
    rows = [
        ("Facture", number),
        ("Date", "03/11/2026"),
        ("Dossier n°", f"DOS-{digits(rng, 6)}"),
        ("Réservation", f"PNR {rng.choice('ABCDEFG')}{rng.choice('XYZKLM')}{digits(rng, 4)}"),
    ]
    if ref:
        rows.insert(rng.randint(1, 4), (rng.choice(("Client n°", "N° client", "Code client")), ref))
    for i, (label, value) in enumerate(rows):
        page.text(40, 255 + 13 * i, f"{label} : {value}", 9)
    page.text(40, 255 + 13 * len(rows) + 8, "Solde à régler au plus tard le 03/12/2026", 9)
    lines(page, 360, [("Séjour Crète 7 nuits, 4 pers.", 3680.0), ("Assurance annulation", 142.0)],
          ("Total TTC", "dont TVA sur marge", "Solde à régler"), 0.0)  # fmt: skip
    return Invoice([page], number, ref)


def stable_rider(rng: random.Random) -> Invoice:
    """Riding stable: "Cavalier n°" / "Propriétaire n°" / "Member no." beside box and contract."""
    number = f"{digits(rng, 4)}"
    ref = maybe(rng, rng.choice((digits(rng, 4), f"CAV-{digits(rng, 3)}", f"P{digits(rng, 3)}")))
    page = Page()
    head(page, ("Écurie des Trois Chênes", "Route de Bellevue", "61130 Bellême",
                "SIRET 812 123 456 00012"), ("Mlle Chloé Bernard", "14 rue Ville Close",
                "61130 Bellême"))  # fmt: skip
    page.text(40, 230, f"Facture de pension N° {number}", 14, bold=True)
    page.text(40, 248, "Émise le 03/11/2026 — payable au 03/12/2026", 9)
    rows = [("Cheval", "Quartz du Perche"), ("Box n°", str(rng.randint(1, 40))),
            ("Contrat", f"PENS-{digits(rng, 4)}")]  # fmt: skip
    if ref:
        rows.insert(rng.randint(0, 3), (rng.choice(("Cavalier n°", "Propriétaire n°",
                                                    "Member no.")), ref))  # fmt: skip
    for i, (label, value) in enumerate(rows):
        page.box(40 + 128 * i, 262, 124, 28)
        page.text(44 + 128 * i, 272, label, 7)
        page.text(44 + 128 * i, 285, value, 9, bold=True)
    lines(page, 320, [("Pension box paille, novembre", 520.0), ("Cours collectifs (4)", 88.0)],
          ("Total HT", "TVA 20 %", "Net à payer"), 0.2)  # fmt: skip
    return Invoice([page], number, ref)


def tyrol_hotel(rng: random.Random) -> Invoice:
    """Tyrolean hotel folio: Gastnummer beside Zimmer, Anreise, Abreise and Reservierung."""
    number = f"{digits(rng, 6)}"
    ref = maybe(
        rng, rng.choice((digits(rng, 5), f"G-{digits(rng, 5)}", f"K-2026-{digits(rng, 3)}"))
    )
    page = Page()
    head(
        page,
        ("Hotel Alpenrose ****", "Dorfstraße 12", "6456 Obergurgl", "UID ATU87654321"),
        ("Herrn Jan de Vries", "Lindelaan 8", "2012 AB Haarlem", "Niederlande"),
    )
    page.text(40, 230, "Rechnung", 18, bold=True)
    cells = [("Rechnung Nr.", number), ("Zimmer", str(rng.randint(101, 340))),
             ("Anreise", "27.10.2026"), ("Abreise", "03.11.2026"),
             ("Reservierung", f"R{digits(rng, 7)}")]  # fmt: skip
    if ref:
        cells.insert(
            rng.randint(1, 5), (rng.choice(("Gastnummer", "Gast-Nr.", "Kundenkonto")), ref)
        )
    for i, (label, value) in enumerate(cells):
        page.text(40 + 86 * i, 255, label, 7)
        page.text(40 + 86 * i, 267, value, 9)
    page.text(40, 290, "Rechnungsdatum 03.11.2026 · zahlbar bis 03.12.2026", 8)
    lines(page, 320, [("Übernachtung mit Halbpension 7 × 2", 2380.0), ("Ortstaxe", 44.80)],
          ("Netto", "USt. 10 %", "Gesamtbetrag"), 0.1)  # fmt: skip
    return Invoice([page], number, ref)


def water_board(rng: random.Random) -> Invoice:
    """Water bill: Abonné n° beside Compteur, PDL, Contrat and a SEPA mandate (RUM)."""
    number = f"{digits(rng, 10)}"
    ref = maybe(
        rng,
        rng.choice(
            (
                digits(rng, 8),
                f"AB-{digits(rng, 6)}",
                f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
            )
        ),
    )
    page = Page()
    head(page, ("Régie des Eaux du Val", "1 rue de l'Usine", "38500 Voiron",
                "Service clients 04 76 00 00 00"), ("M. Denis Roche", "17 impasse du Moulin",
                "38500 Voiron"))  # fmt: skip
    page.text(40, 230, f"Facture d'eau n° {number}", 14, bold=True)
    rows = [("Date de facture", "03/11/2026"), ("Compteur", f"A{digits(rng, 2)}L{digits(rng, 6)}"),
            ("PDL", digits(rng, 14)), ("Contrat", digits(rng, 9))]  # fmt: skip
    if ref:
        rows.insert(
            rng.randint(0, 4), (rng.choice(("Abonné n°", "N° d'abonné", "Debiteurnummer")), ref)
        )
    for i, (label, value) in enumerate(rows):
        page.text(40, 250 + 12 * i, label, 8)
        page.text(130, 250 + 12 * i, value, 8)
    lines(page, 330, [("Consommation 62 m³", 130.20), ("Abonnement semestriel", 32.0),
                      ("Redevance pollution", 21.70)], ("Total HT", "TVA 5,5 %", "Total TTC"),
          0.055)  # fmt: skip
    page.text(
        40, 470, "Montant prélevé le 03/12/2026 sur le compte FR76 3000 6000 0112 3456 7890 189", 8
    )
    page.text(40, 482, f"Référence unique de mandat (RUM) : RUM{digits(rng, 12)}", 8)
    return Invoice([page], number, ref)


def car_rental(rng: random.Random) -> Invoice:
    """Car rental: rental agreement, reservation and customer account in a two-column table."""
    number = f"RI{digits(rng, 8)}"
    ref = maybe(rng, rng.choice((f"CA-{digits(rng, 6)}", digits(rng, 7), f"CLI-{digits(rng, 5)}")))
    page = Page()
    head(
        page,
        ("EuroDrive Rent a Car SARL", "Aéroport Nice Côte d'Azur, T2", "06200 Nice"),
        ("Agence Riviera Events", "4 boulevard Victor Hugo", "06000 Nice"),
    )
    page.text(40, 230, "Facture / Invoice", 16, bold=True)
    rows = [
        ("Invoice no. / N° facture", number),
        ("Date", "03/11/2026"),
        ("Rental agreement / Contrat", f"RA{digits(rng, 9)}"),
        ("Reservation", f"{digits(rng, 10)}EU"),
        ("Due date / Échéance", "03/12/2026"),
    ]
    if ref:
        rows.insert(
            rng.randint(1, 5),
            (
                rng.choice(("Customer account / Compte client", "Kundenkonto", "Customer account")),
                ref,
            ),
        )
    for i, (label, value) in enumerate(rows):
        page.box(40, 250 + 16 * i, 170, 16)
        page.box(210, 250 + 16 * i, 120, 16)
        page.text(44, 261 + 16 * i, label, 8)
        page.text(214, 261 + 16 * i, value, 8)
    lines(page, 250 + 16 * len(rows) + 30, [("Peugeot 308 SW, 4 jours", 312.0),
                                             ("Plein carburant", 78.0)],
          ("Total HT", "TVA 20 %", "Total TTC"), 0.2)  # fmt: skip
    return Invoice([page], number, ref)


def zurich_translation(rng: random.Random) -> Invoice:
    """Zurich translation agency: "Debitor" in the letter head, the QR part below."""
    number = f"{rng.choice(('RE', 'R'))}{digits(rng, 5)}"
    ref = maybe(rng, rng.choice((digits(rng, 5), f"D-{digits(rng, 4)}", f"CLI-{digits(rng, 5)}")))
    page = Page()
    head(
        page,
        ("Lingua Limmat GmbH", "Badenerstrasse 120", "8004 Zürich"),
        ("Anwaltskanzlei Huber", "Bahnhofplatz 3", "3011 Bern"),
        top=140,
    )
    rows = [("Rechnung", number), ("Datum", "03.11.2026"), ("Auftrag", f"A-{digits(rng, 5)}")]
    if ref:
        rows.insert(rng.randint(0, 3), (rng.choice(("Debitor", "Debitor-Nr.", "Kundenkonto")), ref))
    page.text(40, 220, "   ".join(f"{label}: {value}" for label, value in rows), 8)
    page.text(40, 232, "Zahlbar bis 03.12.2026", 8)
    page.text(40, 250, "Übersetzung Vertrag DE > FR", 13, bold=True)
    total = lines(page, 270, [("Übersetzung, 4200 Wörter", 1260.0), ("Beglaubigung", 60.0)],
                  ("Total netto", "MWST 8,1 %", "Total CHF"), 0.081, "CHF")  # fmt: skip
    page.box(0, 560, 595, 0.5)
    page.text(20, 580, "Empfangsschein", 11, bold=True)
    page.text(200, 580, "Zahlteil", 11, bold=True)
    page.text(380, 580, "Konto / Zahlbar an", 6, bold=True)
    page.text(380, 590, "CH44 3199 9123 0008 8901 2", 8)
    page.text(380, 610, "Referenz", 6, bold=True)
    page.text(380, 620, f"21 00000 00003 13947 14300 {digits(rng, 5)}", 8)
    page.text(380, 640, "Zusätzliche Informationen", 6, bold=True)
    page.text(380, 650, f"Rechnung {number}", 8)
    page.text(200, 700, "Währung   Betrag", 6, bold=True)
    page.text(200, 710, f"CHF       {total:,.2f}".replace(",", " "), 8)
    return Invoice([page], number, ref)


def mail_order_shop(rng: random.Random) -> Invoice:
    """German mail-order shop: order and customer account under one header row, stub below."""
    number = f"{digits(rng, 9)}"
    ref = maybe(
        rng, rng.choice((digits(rng, 8), f"K-2026-{digits(rng, 3)}", f"KD-{digits(rng, 6)}"))
    )
    page = Page()
    head(
        page,
        ("Gartenwelt Versand GmbH", "Industriestraße 40", "33649 Bielefeld"),
        ("Frau Sabine Krüger", "Am Anger 3", "04109 Leipzig"),
    )
    page.text(40, 230, "Rechnung", 18, bold=True)
    heads = [("Rechnungsnr.", number), ("Rechnungsdatum", "03.11.2026"),
             ("Bestellnummer", f"{digits(rng, 3)}-{digits(rng, 7)}"),
             ("Lieferschein", f"LS {digits(rng, 7)}")]  # fmt: skip
    if ref:
        heads.insert(
            rng.randint(0, 4), (rng.choice(("Kundenkonto", "Kundennummer", "Debitor")), ref)
        )
    for i, (label, value) in enumerate(heads):
        page.box(40 + 103 * i, 250, 103, 14)
        page.text(44 + 103 * i, 260, label, 7, bold=True)
        page.text(44 + 103 * i, 276, value, 9)
    total = lines(page, 310, [("Hochbeet Lärche 200 × 80", 189.0), ("Versand", 5.95)],
                  ("Nettobetrag", "MwSt. 19 %", "Rechnungsbetrag"), 0.19)  # fmt: skip
    page.text(40, 430, "Bitte überweisen Sie den Betrag bis zum 03.12.2026.", 9)
    page.text(40, 690, "- - - - - - - - - - - Überweisungsträger - - - - - - - - - - -", 7)
    page.text(40, 705, "IBAN DE02 1203 0000 0000 2020 51  BIC BYLADEM1001", 8)
    page.text(40, 717, f"Verwendungszweck: {number}  Betrag: {euros(total)}", 8)
    return Invoice([page], number, ref)


DESIGNS: dict[str, Design] = {
    design.__name__: design
    for design in (
        cork_grid,
        studio_table_header,
        saas_boxes,
        dentist_broken_label,
        accountant_mandant,
        ambulance_slip,
        travel_booking,
        stable_rider,
        tyrol_hotel,
        water_board,
        car_rental,
        zurich_translation,
        mail_order_shop,
    )
}


def generate(design: str, seed: int) -> Invoice:
    return DESIGNS[design](random.Random(f"fifth-{design}-{seed}"))


def write(folder: Path) -> dict[str, dict[str, str]]:
    folder.mkdir(parents=True, exist_ok=True)
    truth = {}
    for design in DESIGNS:
        for seed in SEEDS:
            invoice = generate(design, seed)
            name = f"{design}-{seed}.pdf"
            (folder / name).write_bytes(render(invoice))
            truth[name] = {"customer_ref": invoice.customer_ref}
    (folder / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False))
    return truth


def score(folder: Path, truth: dict[str, dict[str, str]]) -> dict[str, object]:
    """`relance parse --json` once over the folder: exact, silent misses by kind, false alarms."""
    found = parse_files(folder, truth)
    exact = 0
    silent_misses: Counter[str] = Counter()
    unflagged_field: Counter[str] = Counter()
    alarms = []
    wrong = []
    for name, want in truth.items():
        record = found.get(name, {})
        got = (record.get("debtor") or {}).get("customer_ref") or ""
        flagged = [p for p in record.get("problems") or () if p.startswith("debtor.customer_ref")]
        if got == want["customer_ref"]:
            exact += 1
            if flagged:
                alarms.append((name, flagged))
            continue
        wrong.append((name, want["customer_ref"], got, record.get("problems")))
        kind = "missing" if not got else "wrong value"
        if silent(record):
            silent_misses[kind] += 1
        if not flagged:
            unflagged_field[kind] += 1
    return {"total": len(truth), "exact": exact, "silent": silent_misses, "wrong": wrong,
            "unflagged_field": unflagged_field, "alarms": alarms}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--score", action="store_true")
    args = parser.parse_args()
    truth = write(args.folder)
    if not args.score:
        return
    result = score(args.folder, truth)
    for name, want, got, problems in result["wrong"]:
        print(f"{name}: want {want!r} got {got!r} {problems}")
    for name, flagged in result["alarms"]:
        print(f"{name}: read right but flagged {flagged}")
    total = result["total"]
    print(f"customer_ref exact {result['exact']}/{total} = {result['exact'] / total:.1%}")
    print(f"wrong with empty problems: {dict(result['silent'])}")
    print(f"wrong without a customer_ref problem: {dict(result['unflagged_field'])}")
    print(f"right but flagged: {len(result['alarms'])}")


if __name__ == "__main__":
    main()
