"""Held-out French layouts (2/2): dot leaders, a multi-rate VAT recap, totals as a reordered row
in a band, seller and client boxes side by side, a shop receipt-like invoice."""

from __future__ import annotations

import random

from tests.parsing.generator.render import Pen, fr_amount, fr_date
from tests.parsing.heldout.data import Case
from tests.parsing.heldout.draw import (
    band,
    block_lines,
    dotted,
    eur_after,
    items_table,
    legal_two_columns,
    plain_fr,
    short_fr,
    terms_fr,
    title,
    totals_rows,
    two_digit,
    vat_recap,
)


def _leader(pen: Pen, x0: float, x1: float, y: float, label: str, value: str,
            size: float = 9, bold: bool = False) -> None:  # fmt: skip
    """A label, dots to the value's column, and the value right-aligned (a word processor's
    tab leader)."""
    dots = "." * int((x1 - x0 - len(label) * size * 0.5 - len(value) * size * 0.5) / 2.5)
    pen.text(x0, y, f"{label} {dots}", size, bold=bold)
    pen.right(x1, y, value, size, bold=bold)


def dot_leaders_cedex(pen: Pen, case: Case, rng: random.Random) -> None:
    """Made in a word processor: meta and totals with dot leaders, "Destinataire de la facture"
    over a company block with BP/CEDEX, seller contacts on one line at the top."""
    f, s = case.f, case.seller
    pen.text(40, 40, s.name, 13, bold=True)
    pen.text(40, 54, f"{', '.join(s.lines)}, {s.city_line}", 8)
    pen.text(40, 64, f"Tél. : {s.phone}  |  Courriel : {s.email}", 8)
    pen.text(320, 120, "Destinataire de la facture :", 8)
    pen.lines(320, 134, block_lines(case.debtor, "Tél. : ", "Courriel : "), 9.5, 12)
    pen.text(40, 120, title(case), 18, bold=True)
    _leader(pen, 40, 260, 150, "Facture n°" if not f.credit else "Avoir n°", f.number)
    _leader(pen, 40, 260, 164, "Date", dotted(f.issued))
    if f.terms:
        _leader(pen, 40, 260, 178, "Règlement", f.terms)
    else:
        _leader(pen, 40, 260, 178, "Échéance", dotted(f.due))
    _leader(pen, 40, 260, 192, "Réf. client", f.customer_ref)
    y = items_table(pen, case, 300, fr_amount, ["<Désignation", "Qté", "Prix unit. HT",
                    "Montant HT"], [45, 330, 430, 550])  # fmt: skip
    labels = {"net": "Total H.T.", "vat": "T.V.A.", "total": "Total T.T.C.",
              "deposit": "Acompte reçu", "due": "Net à payer"}  # fmt: skip
    for label, value in totals_rows(case, labels, vat_per_rate=True):
        _leader(pen, 330, 550, y, label, fr_amount(value), bold=label == "Net à payer")
        y += 14
    pen.text(40, 790, f"SAS au capital de 5 000 € - RCS Bastia {f.siret[:9]} - N° TVA "
             f"FR{f.siret[:11]}", 6.5)  # fmt: skip


def multi_vat_recap(pen: Pen, case: Case, rng: random.Random) -> None:
    """A wholesaler: "Numéro" under the title, "Date de facturation" in short months, lines at
    5,5/10/20 %, a VAT recap beside the totals box, "Net à payer (EUR)"."""
    f, s = case.f, case.seller
    pen.lines(40, 40, block_lines(s, "Tél ", ""), 8, 10, bold_first=True)
    pen.lines(330, 130, block_lines(case.debtor, "", ""), 10, 12.5)
    pen.text(40, 140, title(case), 16, bold=True)
    pen.text(40, 160, f"Numéro : {f.number}")
    pen.text(40, 174, f"Date de facturation : {short_fr(f.issued)}")
    if f.terms:
        pen.text(40, 188, f"Mode de paiement : virement, {terms_fr(f.terms)}")
    elif f.credit:
        f.due_shown = False
    else:
        pen.text(40, 188, f"Échéance : {short_fr(f.due)}")
    y = items_table(pen, case, 290, plain_fr, ["<Réf.", "<Désignation", "Qté", "PU HT",
                    "Taux TVA", "Montant HT"], [40, 100, 320, 390, 460, 550])  # fmt: skip
    vat_recap(pen, case, 40, y + 5, plain_fr, ("Taux", "Base HT", "TVA"))
    pen.box(340, y, 215, 70)
    labels = {"net": "Total HT", "vat": "Total TVA", "total": "Total TTC",
              "deposit": "Acompte versé", "due": "Net à payer (EUR)"}  # fmt: skip
    for label, value in totals_rows(case, labels):
        pen.text(348, y + 13, label, 9, bold=label.startswith("Net"))
        pen.right(550, y + 13, plain_fr(value), 9, bold=label.startswith("Net"))
        y += 13
    legal_two_columns(pen, case)


def totals_band_row(pen: Pen, case: Case, rng: random.Random) -> None:
    """The number in a grey band, an item table whose amount comes before quantity and price,
    totals as a row of labels ("Base HT", "TVA", "TTC", "Déjà réglé", "Solde dû") over values."""
    f = case.f
    pen.lines(40, 40, block_lines(case.seller, "T. ", "@ "), 8, 10, bold_first=True)
    band(pen, 120, 26, 0.8)
    pen.text(40, 138, f"{title(case)} N° {f.number}", 12, bold=True)
    pen.text(330, 138, f"Date : {dotted(f.issued)}", 9)
    pen.text(40, 170, "Adressée à", 8, bold=True)
    pen.lines(40, 184, block_lines(case.debtor, "Tél. ", ""), 9.5, 12)
    y = items_table(pen, case, 320, fr_amount, ["<Désignation", "Montant HT", "Qté", "PU HT"],
                    [45, 330, 420, 550])  # fmt: skip
    labels = {"net": "Base HT", "vat": "TVA", "total": "TTC", "deposit": "Déjà réglé",
              "due": "Solde dû" if f.deposit else ""}  # fmt: skip
    rows = totals_rows(case, labels)
    width = 515 / len(rows)
    band(pen, y, 16, 0.85, 40, 555)
    for index, (label, value) in enumerate(rows):
        x = 40 + (index + 1) * width - 5
        pen.right(x, y + 11, label, 8, bold=True)
        pen.right(x, y + 30, fr_amount(value), 9)
    y += 60
    if f.credit:
        f.due_shown = False
    elif f.terms:
        pen.text(40, y, f"Conditions de paiement : {terms_fr(f.terms)}", 8)
    else:
        pen.text(40, y, f"Date limite de paiement : {fr_date(f.due)}", 8)
    pen.text(40, 795, f"RCS Ajaccio {f.siret[:9]} - TVA FR{f.siret[:11]} - IBAN FR76 1234 "
             "5678 9012 3456 7890 123", 6.5)  # fmt: skip


def party_boxes(pen: Pen, case: Case, rng: random.Random) -> None:
    """Seller ("Prestataire") and debtor ("Client") in two boxes side by side, both with
    address, phone and email; the meta as a row "Facture N° | Date d'émission | Date limite"."""
    f = case.f
    pen.text(40, 50, title(case), 22, bold=True)
    for x, label, block in ((40, "Prestataire", case.seller), (310, "Client", case.debtor)):
        lines = block_lines(block, "Tél. : ", "E-mail : ")
        pen.box(x, 80, 245, 20 + 11.5 * len(lines))
        pen.text(x + 6, 92, label, 8, bold=True)
        pen.lines(x + 6, 106, lines, 9, 11.5)
    due = f.terms or fr_date(f.due)
    heads = [("Facture N°" if not f.credit else "Avoir N°", f.number),
             ("Date d'émission", fr_date(f.issued))]  # fmt: skip
    if f.credit:
        f.due_shown = False
    else:
        heads.append(("Conditions de paiement" if f.terms else "Date limite de paiement", due))
    for index, (label, value) in enumerate(heads):
        band(pen, 250, 14, 0.9, 40 + index * 172, 40 + index * 172 + 170)
        pen.text(44 + index * 172, 260, label, 8, bold=True)
        pen.text(44 + index * 172, 275, value, 9)
    y = items_table(pen, case, 310, eur_after, ["<Désignation", "Qté", "PU HT", "TVA",
                    "Total HT"], [45, 300, 390, 450, 550])  # fmt: skip
    labels = {"net": "Total HT", "vat": "TVA", "total": "Total TTC", "deposit": "Acompte versé",
              "due": "Total à payer"}  # fmt: skip
    for label, value in totals_rows(case, labels, vat_per_rate=len(case.rates) > 1):
        pen.text(350, y, label, 9, bold=label == "Total à payer")
        pen.right(550, y, eur_after(value), 9, bold=label == "Total à payer")
        y += 14
    legal_two_columns(pen, case)


def shop_invoice(pen: Pen, case: Case, rng: random.Random) -> None:
    """A shop: the seller's block centred with SIRET, "Facture" then the number on the next
    line, "Le 12/11/26", the client block at right under "Nom / adresse", TTC prices."""
    f, s = case.f, case.seller
    lines = block_lines(s, "Tél. ", "")
    for index, text in enumerate(lines):
        pen.text(297 - len(text) * 2.2, 40 + index * 11, text, 8, bold=index == 0)
    pen.text(297 - 40, 40 + len(lines) * 11, f"SIRET {f.siret}", 7)
    pen.text(40, 150, title(case), 14, bold=True)
    pen.text(40, 166, f.number, 11)
    pen.text(40, 182, f"Le {two_digit(f.issued)}")
    pen.text(320, 150, "Nom / adresse", 7)
    pen.lines(320, 162, block_lines(case.debtor, "", ""), 9.5, 12)
    y = 300
    pen.text(45, y, "Article", 8, bold=True)
    pen.right(550, y, "Prix TTC", 8, bold=True)
    for name, qty, _price in f.items:
        y += 14
        pen.text(45, y, f"{qty} x {name}", 8)
    y += 14
    pen.text(45, y, "(prix détaillés HT sur le bon de commande)", 7)
    y += 24
    labels = {"net": "dont total HT", "vat": "dont TVA", "total": "TOTAL TTC",
              "deposit": "Déjà réglé", "due": "RESTE À PAYER" if f.deposit else ""}  # fmt: skip
    net, vat, total, *rest = totals_rows(case, labels)
    for label, value in (total, net, vat, *rest):
        pen.text(330, y, label, 9, bold=label.isupper())
        pen.right(550, y, eur_after(value), 9, bold=label.isupper())
        y += 14
    if f.credit:
        f.due_shown = False
    elif f.terms:
        pen.text(40, y + 12, f"Paiement {terms_fr(f.terms)}", 8)
    else:
        pen.text(40, y + 12, f"À régler au plus tard le {fr_date(f.due)}", 8)
