"""Held-out French layouts (1/2): a dark header band, the debtor on the left and the seller on
the right, an accounting package's "Pièce" grid, a letter, a Corsican craftsman."""

from __future__ import annotations

import random

from tests.parsing.generator.render import Pen, fr_amount, fr_date
from tests.parsing.heldout.data import Case
from tests.parsing.heldout.draw import (
    band,
    block_lines,
    dashed,
    eur_after,
    items_table,
    legal_two_columns,
    long_fr,
    plain_fr,
    short_fr,
    terms_fr,
    title,
    totals_rows,
    two_digit,
    vat_recap,
    white_text,
)


def grey_band_header(pen: Pen, case: Case, rng: random.Random) -> None:
    """A dark band across the top holding the title, "Facture n°" and "Date d'émission";
    the seller's contacts under it, an unlabelled window debtor, "Montant TTC à régler"."""
    f = case.f
    band(pen, 25, 62, 0.25)
    white_text(pen, 40, 62, title(case), 24)
    white_text(pen, 360, 50, f"{title(case).capitalize()} n° {f.number}", 11)
    white_text(pen, 360, 66, f"Date d'émission : {dashed(f.issued)}", 9, bold=False)
    pen.lines(40, 110, block_lines(case.seller, "Tél : ", "Email : "), 8, 10, bold_first=True)
    pen.lines(330, 160, block_lines(case.debtor, "Tél. ", ""), 10, 12.5)
    if f.terms:
        pen.text(40, 275, f"Conditions de règlement : {terms_fr(f.terms)}")
    elif not f.credit:
        pen.text(40, 275, f"Date limite de paiement : {fr_date(f.due)}")
    f.due_shown = not f.credit or bool(f.terms)
    pen.text(40, 289, f"Votre code client : {f.customer_ref}")
    y = items_table(pen, case, 330, fr_amount,
                    ["<Réf.", "<Désignation", "Qté", "P.U. HT", "TVA", "Montant HT"],
                    [40, 95, 330, 400, 460, 550])  # fmt: skip
    vat_recap(pen, case, 40, y, fr_amount)
    labels = {"net": "Total HT", "vat": "Total TVA", "total": "Total TTC",
              "deposit": "Acompte versé", "due": "Montant TTC à régler"}  # fmt: skip
    for label, value in totals_rows(case, labels):
        strong = label == labels["due"]
        if strong:
            band(pen, y - 10, 15, 0.85, 350, 555)
        pen.text(360, y, label, 9, bold=strong)
        pen.right(550, y, fr_amount(value), 9, bold=strong)
        y += 16
    legal_two_columns(pen, case)


def debtor_left_seller_right(pen: Pen, case: Case, rng: random.Random) -> None:
    """Seller with its address, phone and email at the top right; the debtor on the left;
    "Réf. facture", "Émise le", "Payable le"; VAT per rate; "Déjà réglé" and "Solde dû"."""
    f = case.f
    pen.lines(340, 40, block_lines(case.seller, "", ""), 8.5, 11, bold_first=True)
    pen.lines(50, 150, block_lines(case.debtor, "", ""), 10, 12.5)
    pen.text(340, 150, title(case), 20, bold=True)
    pen.text(340, 175, f"Réf. facture : {f.number}")
    pen.text(340, 189, f"Émise le : {short_fr(f.issued)}")
    if f.terms:
        pen.text(340, 203, f"Règlement : {terms_fr(f.terms)}")
    else:
        pen.text(340, 203, f"Payable le : {two_digit(f.due)}")
    y = items_table(pen, case, 300, eur_after, ["<Désignation", "Quantité", "PU HT", "Montant HT"],
                    [45, 330, 430, 550])  # fmt: skip
    labels = {"net": "Total HT", "vat": "TVA", "total": "Total TTC", "deposit": "Déjà réglé",
              "due": "Solde dû" if f.deposit else ""}  # fmt: skip
    for label, value in totals_rows(case, labels, vat_per_rate=True):
        pen.text(340, y, label, 9, bold=label.startswith(("Total TTC", "Solde")))
        pen.right(550, y, eur_after(value), 9)
        y += 14
    pen.text(40, 790, f"{case.seller.name} - SARL au capital de 15 000 € - SIRET {f.siret} - "
             f"TVA FR{f.siret[:11]} - IBAN FR76 2004 1010 0505 0001 3M02 606", 6.5)  # fmt: skip


def accounting_piece(pen: Pen, case: Case, rng: random.Random) -> None:
    """An accounting package: a grid "Pièce | Date | Échéance | Code client" with values under,
    "Livraison" and "Facturation" blocks, totals as one row of labels over values, no symbol."""
    f = case.f
    pen.text(40, 45, case.seller.name.upper(), 15, bold=True)
    s = case.seller
    pen.text(40, 60, f"{' '.join(s.lines)} {s.city_line} - {s.phone} - {s.email}", 7.5)
    pen.text(40, 100, "Livraison", 8, bold=True)
    pen.lines(40, 114, [case.debtor.name, "Chantier : " + rng.choice(["villa Les Pins",
              "local commercial", "entrepôt"]), case.debtor.city_line], 9, 11.5)  # fmt: skip
    pen.text(320, 100, "Facturation", 8, bold=True)
    pen.lines(320, 114, block_lines(case.debtor, "Tél : ", "Mail : "), 9, 11.5)
    pen.text(40, 245, title(case), 14, bold=True)
    due = terms_fr(f.terms) if f.terms else fr_date(f.due)
    cols = [("Pièce", f.number), ("Date", fr_date(f.issued)),
            ("Échéance", due if not f.terms else "Voir conditions"),
            ("Code client", f.customer_ref)]  # fmt: skip
    for index, (label, value) in enumerate(cols):
        pen.box(40 + index * 128, 255, 128, 32)
        pen.text(45 + index * 128, 266, label, 7, bold=True)
        pen.text(45 + index * 128, 281, value, 9)
    if f.terms:
        pen.text(40, 300, f"Conditions de paiement : {terms_fr(f.terms)}", 8)
    y = items_table(pen, case, 330, plain_fr, ["<Désignation", "Qté", "PU HT", "Montant HT"],
                    [45, 330, 430, 550])  # fmt: skip
    pen.text(40, y, "Montants exprimés en euros", 7)
    labels = {"net": "Total HT", "vat": "Total TVA", "total": "Total TTC", "deposit": "Acompte",
              "due": "Net à payer"}  # fmt: skip
    rows = totals_rows(case, labels)
    width = 515 / len(rows)
    for index, (label, value) in enumerate(rows):
        x = 40 + index * width
        pen.box(x, y + 12, width, 34)
        pen.text(x + 5, y + 24, label, 7, bold=True)
        pen.right(x + width - 5, y + 40, plain_fr(value), 9)
    pen.text(40, 800, f"SIRET {f.siret} - APE 4332A - TVA intracommunautaire FR{f.siret[:11]}", 6)


def letter_invoice(pen: Pen, case: Case, rng: random.Random) -> None:
    """A letter: "Bastia, le …", the debtor in the window with an attention line, "Objet :
    Facture n° …", the amount and the date limit in sentences."""
    f, s = case.f, case.seller
    pen.text(297 - len(s.name) * 3.5, 45, s.name, 14, bold=True)
    contact = f"{' - '.join(s.lines)} - {s.city_line} - Tél. {s.phone} - {s.email}"
    pen.text(297 - len(contact) * 1.6, 60, contact, 7)
    city = s.city_line.split(" ", 1)[1].title()
    pen.text(340, 120, f"{city}, le {long_fr(f.issued)}")
    pen.lines(340, 160, block_lines(case.debtor, "Tél. ", "", attention_first=True), 10, 12.5)
    kind = "Avoir" if f.credit else "Facture"
    pen.text(40, 285, f"Objet : {kind} n° {f.number}", 10, bold=True)
    pen.text(40, 310, "Madame, Monsieur,")
    pen.text(40, 325, "Veuillez trouver ci-dessous le détail des prestations réalisées pour "
             "votre compte.")  # fmt: skip
    y = items_table(pen, case, 350, fr_amount, ["<Désignation", "Qté", "PU HT", "Montant HT"],
                    [45, 330, 430, 550])  # fmt: skip
    labels = {"net": "Total HT", "vat": "TVA", "total": "Total TTC", "deposit": "Acompte versé",
              "due": "Montant TTC à régler" if f.deposit else ""}  # fmt: skip
    for label, value in totals_rows(case, labels, vat_per_rate=len(case.rates) > 1):
        pen.text(360, y, label)
        pen.right(550, y, fr_amount(value))
        y += 14
    y += 14
    if f.credit:
        f.due_shown = False
        pen.text(40, y, "Cet avoir sera déduit de votre prochaine facture.")
    elif f.terms:
        pen.text(40, y, f"Conditions de paiement : {terms_fr(f.terms)}.")
    else:
        pen.text(40, y, f"Nous vous remercions de bien vouloir régler cette somme avant le "
                 f"{fr_date(f.due)} par virement.")  # fmt: skip
    pen.text(40, y + 30, "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.")
    legal_two_columns(pen, case)


def corsica_artisan(pen: Pen, case: Case, rng: random.Random) -> None:
    """A craftsman: centred letterhead with phones and a capitalised email, "FACTURE N° :" in a
    box, two-digit years, a "Client :" block with a building line, "EUR" after amounts."""
    f, s = case.f, case.seller
    pen.text(200, 40, s.name.upper(), 16, bold=True)
    pen.text(200, 55, "Menuiserie - Agencement - Escaliers", 8)
    pen.text(150, 67, f"{' '.join(s.lines)} - {s.city_line}", 8)
    pen.text(150, 78, f"Tél. {s.phone} - Port. 06.12.34.56.78 - {(s.email or '').upper()}", 8)
    pen.box(40, 110, 200, 52)
    pen.text(48, 126, f"{title(case)} N° : {f.number}", 11, bold=True)
    pen.text(48, 142, f"Date : {two_digit(f.issued)}")
    pen.text(48, 155, f"Code client : {f.customer_ref}", 8)
    pen.text(330, 115, "Client :", 9, bold=True)
    pen.lines(330, 130, block_lines(case.debtor, "Tél. ", "E-mail : "), 9, 11.5)
    y = items_table(pen, case, 290, eur_after, ["<Désignation", "Qté", "PU HT", "TVA",
                    "Total HT"], [45, 300, 390, 450, 550])  # fmt: skip
    labels = {"net": "Total HT", "vat": "TVA", "total": "Total TTC", "deposit": "Acompte versé",
              "due": "Reste à payer"}  # fmt: skip
    for label, value in totals_rows(case, labels, vat_per_rate=True):
        pen.text(340, y, label, 9, bold=label in ("Total TTC", "Reste à payer"))
        pen.right(550, y, eur_after(value), 9)
        y += 14
    y += 10
    if f.credit:
        f.due_shown = False
    elif f.terms:
        pen.text(40, y, f"Paiement : {terms_fr(f.terms)}", 8)
    else:
        pen.text(40, y, f"Date d'échéance : {two_digit(f.due)}", 8)
    pen.text(40, y + 14, "Assurance décennale AXA n° 5601234 - garantie France entière", 7)
    pen.text(40, 800, f"Entreprise individuelle - SIRET {f.siret} - RM 2A 123 456 - "
             "Dispensé d'immatriculation au RCS", 6.5)  # fmt: skip
