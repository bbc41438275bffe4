"""Twelve invoice layouts drawn with reportlab, each from the same facts (see data.py)."""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal

from tests.parsing.generator.data import Facts
from tests.parsing.generator.render import (
    SANS,
    Pen,
    de_amount,
    en_amount,
    en_day_month,
    en_long,
    fr_amount,
    fr_date,
    fr_long,
)

Layout = Callable[[Pen, Facts, random.Random], None]


def _seller(f: Facts, lang: str = "fr") -> list[str]:
    s = f.seller
    phone = f"Tél. : {s.phone}" if lang == "fr" else f"Phone: {s.phone}"
    return [s.name, s.street, f"{s.postcode} {s.city}", phone, s.email or ""]


def _debtor(f: Facts, rng: random.Random, lang: str = "fr", country: bool = False) -> list[str]:
    d = f.debtor
    out = [d.name, d.street, f"{d.postcode} {d.city}"]
    if country:
        out.append("France")
    if d.phone:
        out.append(rng.choice(["Tél. : ", "Tel: ", "Tél ", ""]) + d.phone if lang == "fr"
                   else rng.choice(["Phone: ", "Tel: "]) + d.phone)  # fmt: skip
    if d.email:
        out.append(rng.choice(["", "Email : ", "E-mail: "]) + d.email)
    return out


def _legal(pen: Pen, f: Facts, y: float = 800) -> None:
    pen.text(40, y, f"{f.seller.name} - SARL au capital de 10 000 € - SIRET {f.siret} - "
             f"RCS Strasbourg - TVA FR{f.siret[:11]}", 7)  # fmt: skip
    pen.text(40, y + 10, "IBAN FR76 3000 4000 0312 3456 7890 143 - BIC BNPAFRPPXXX", 7)


def _items(
    pen: Pen, f: Facts, y: float, money: Callable[[Decimal], str], lang: str = "fr"
) -> float:
    heads = ["Désignation", "Qté", "PU HT", "Total HT"] if lang == "fr" else [
        "Description", "Qty", "Unit price", "Amount"]  # fmt: skip
    pen.text(45, y, heads[0], bold=True)
    pen.right(350, y, heads[1], bold=True)
    pen.right(450, y, heads[2], bold=True)
    pen.right(550, y, heads[3], bold=True)
    pen.rule(y + 4)
    for name, qty, price in f.items:
        y += 16
        pen.text(45, y, name)
        pen.right(350, y, str(qty))
        pen.right(450, y, money(price))
        pen.right(550, y, money(price * qty))
    pen.rule(y + 6)
    return y + 26


def _totals_fr(pen: Pen, f: Facts, y: float, money: Callable[[Decimal], str],
               due_label: str = "Net à payer", ttc: str = "Total TTC") -> float:  # fmt: skip
    sign = -1 if f.credit else 1
    rows = [("Total HT", f.net * sign), ("TVA 20 %", f.vat * sign), (ttc, f.total * sign)]
    if f.deposit:
        rows += [("Acompte versé", -f.deposit), (due_label, f.total_due)]
    elif due_label and not f.credit:
        rows.append((due_label, f.total_due))
    for label, value in rows:
        pen.text(360, y, label, bold=label in (ttc, due_label))
        pen.right(550, y, money(value), bold=label in (ttc, due_label))
        y += 15
    return y


def _terms_fr(f: Facts) -> str:
    return f"Conditions de paiement : {f.terms}" if f.terms else f"Échéance : {fr_date(f.due)}"


def classic_window(pen: Pen, f: Facts, rng: random.Random) -> None:
    """Seller top-left, debtor unlabelled in the window-envelope position, meta lines."""
    pen.lines(40, 50, _seller(f), bold_first=True)
    pen.lines(320, 150, _debtor(f, rng), 10, 13)
    title = "AVOIR" if f.credit else "FACTURE"
    pen.text(40, 250, title, 16, bold=True)
    pen.text(40, 272, f"N° : {f.number}")
    pen.text(40, 286, f"Date : {fr_date(f.issued)}")
    pen.text(40, 300, _terms_fr(f))
    pen.text(40, 314, f"Code client : {f.customer_ref}")
    y = _items(pen, f, 350, fr_amount)
    _totals_fr(pen, f, y, fr_amount)
    _legal(pen, f)


def labelled_client(pen: Pen, f: Facts, rng: random.Random) -> None:
    """Seller top-right, "Client :" block at left, number and date on one title line."""
    pen.lines(330, 40, _seller(f), 8, 11, bold_first=True)
    pen.text(40, 140, "Client :", bold=True)
    pen.lines(40, 155, _debtor(f, rng, country=True))
    kind = "Avoir" if f.credit else "Facture"
    pen.text(40, 260, f"{kind} n° {f.number} du {fr_long(f.issued)}", 13, bold=True)
    due = f"Conditions de règlement : {f.terms}" if f.terms else (
        f"À régler avant le {fr_long(f.due)}")  # fmt: skip
    pen.text(40, 280, due)
    y = _items(pen, f, 320, lambda v: fr_amount(v, " "))
    _totals_fr(pen, f, y, lambda v: fr_amount(v, " "), "Montant dû", "Montant TTC")
    _legal(pen, f)


def deposit_facture_a(pen: Pen, f: Facts, rng: random.Random) -> None:
    """ "Facturé à" block at right, meta table left, deposit and "Reste à payer"."""
    pen.lines(40, 40, _seller(f), 9, 12, bold_first=True)
    pen.text(40, 108, f"SIRET : {f.siret}", 8)
    pen.text(330, 130, "Facturé à", 9, bold=True)
    pen.lines(330, 145, _debtor(f, rng), 9, 12)
    pen.text(40, 160, "FACTURE" if not f.credit else "AVOIR", 18, bold=True)
    pen.text(40, 185, "Numéro de facture")
    pen.text(150, 185, f.number)
    pen.text(40, 199, "Date d'émission")
    pen.text(150, 199, fr_date(f.issued))
    if f.terms:
        pen.text(40, 213, "Conditions de paiement")
        pen.text(150, 213, f.terms)
    else:
        pen.text(40, 213, "Date d'échéance")
        pen.text(150, 213, fr_date(f.due))
    y = _items(pen, f, 300, fr_amount)
    _totals_fr(pen, f, y, fr_amount, "Reste à payer")
    _legal(pen, f)


def header_table(pen: Pen, f: Facts, rng: random.Random) -> None:
    """A header row of labels with the values in the row below; "Destinataire" block."""
    f.credit_titled = False
    pen.text(40, 40, f.seller.name, 14, bold=True)
    pen.text(40, 56, f"{f.seller.street} - {f.seller.postcode} {f.seller.city}", 8)
    pen.text(40, 66, f"Tél {f.seller.phone} - {f.seller.email}", 8)
    pen.text(300, 110, "Destinataire", 8, bold=True)
    pen.lines(300, 124, _debtor(f, rng), 10, 13)
    pen.text(40, 230, "FACTURE", 15, bold=True)
    cols = [("N° de facture", f.number), ("Date de facture", fr_date(f.issued)),
            ("Date limite de paiement", fr_date(f.due)),
            ("Code client", f.customer_ref)]  # fmt: skip
    for index, (label, value) in enumerate(cols):
        pen.text(40 + index * 130, 255, label, 8, bold=True)
        pen.text(40 + index * 130, 270, value, 9)
    y = _items(pen, f, 310, lambda v: fr_amount(v, "\u202f", " €") if SANS != "Helvetica"
               else fr_amount(v))  # fmt: skip
    money = (lambda v: fr_amount(v, "\u202f")) if SANS != "Helvetica" else fr_amount
    sign = -1 if f.credit else 1
    for label, value in (("Total HT", f.net), ("TVA (20%)", f.vat), ("Total TTC", f.total)):
        pen.text(360, y, label)
        pen.right(550, y, money(value * sign), font=SANS)
        y += 15
    if f.deposit:
        pen.text(360, y, "Déjà réglé")
        pen.right(550, y, money(f.deposit), font=SANS)
        pen.text(360, y + 15, "Net à payer", bold=True)
        pen.right(550, y + 15, money(f.total_due), font=SANS)
    _legal(pen, f)


def avoir_block(pen: Pen, f: Facts, rng: random.Random) -> None:
    """Credit-note style: "AVOIR N°" title, negative totals, "Adresse de facturation"."""
    pen.lines(40, 40, _seller(f), 8, 10, bold_first=True)
    pen.text(40, 95, f"SIRET {f.siret}", 7)
    pen.text(340, 60, ("AVOIR N° " if f.credit else "FACTURE N° ") + f.number, 13, bold=True)
    pen.text(340, 78, f"Émise le {fr_long(f.issued)}")
    f.due_shown = not f.credit
    if not f.credit:
        pen.text(340, 92, f"Date limite de paiement : {fr_long(f.due)}" if not f.terms
                 else f"Paiement : {f.terms}")  # fmt: skip
    pen.text(40, 150, "Adresse de facturation", 8, bold=True)
    pen.lines(40, 164, _debtor(f, rng, country=True), 9, 12)
    pen.text(340, 150, "Adresse de livraison", 8, bold=True)
    pen.lines(340, 164, [f.debtor.name, "ZI Nord - Bâtiment C", "68000 Colmar"], 9, 12)
    y = _items(pen, f, 280, fr_amount)
    _totals_fr(pen, f, y, fr_amount, "Net à payer")
    _legal(pen, f)


def english_bill_to(pen: Pen, f: Facts, rng: random.Random) -> None:
    """English: "Bill To:" block, "Invoice #", spelled month dates, €1,234.56 amounts."""
    pen.lines(40, 40, _seller(f, "en"), 9, 12, bold_first=True)
    pen.text(400, 40, "CREDIT NOTE" if f.credit else "INVOICE", 20, bold=True)
    pen.text(400, 70, f"Invoice #: {f.number}")
    pen.text(400, 84, f"Invoice Date: {en_long(f.issued)}")
    pen.text(400, 98, f"Payment terms: {f.terms}" if f.terms else f"Due Date: {en_long(f.due)}")
    pen.text(40, 150, "Bill To:", bold=True)
    pen.lines(40, 164, _debtor(f, rng, "en"), 9, 12)
    y = _items(pen, f, 280, en_amount, "en")
    sign = -1 if f.credit else 1
    rows = [("Subtotal", f.net * sign), ("VAT 20%", f.vat * sign), ("Total", f.total * sign)]
    if f.deposit:
        rows.append(("Less deposit", -f.deposit))
    rows.append(("Balance Due", f.total_due * sign if f.credit else f.total_due))
    for label, value in rows:
        pen.text(380, y, label, bold=label == "Balance Due")
        pen.right(550, y, en_amount(value))
        y += 15
    pen.text(40, 790, f"Company reg. SIRET {f.siret} - VAT no. FR{f.siret[:11]}", 7)


def english_customer(pen: Pen, f: Facts, rng: random.Random) -> None:
    """English, "Customer" block at right with labelled phone/email, "Amount due"."""
    f.credit_titled = False
    pen.text(40, 40, f.seller.name, 15, bold=True)
    pen.lines(40, 58, _seller(f, "en")[1:], 8, 10)
    pen.text(330, 120, "Customer", 9, bold=True)
    pen.lines(330, 134, _debtor(f, rng, "en", country=True), 9, 12)
    pen.text(40, 140, "Invoice No.", 9, bold=True)
    pen.text(120, 140, f.number)
    pen.text(40, 154, "Date", 9, bold=True)
    pen.text(120, 154, en_day_month(f.issued))
    pen.text(40, 168, "Terms" if f.terms else "Due", 9, bold=True)
    pen.text(120, 168, f.terms or en_day_month(f.due))
    pen.text(40, 182, "Customer ID", 9, bold=True)
    pen.text(120, 182, f.customer_ref)
    y = _items(pen, f, 280, lambda v: en_amount(v, "EUR "), "en")
    sign = -1 if f.credit else 1
    for label, value in (("Net amount", f.net * sign), ("VAT", f.vat * sign),
                         ("Invoice total", f.total * sign)):  # fmt: skip
        pen.text(380, y, label)
        pen.right(550, y, en_amount(value, "EUR "))
        y += 15
    if f.deposit:
        pen.text(380, y, "Paid")
        pen.right(550, y, en_amount(f.deposit, "EUR "))
        y += 15
    pen.text(380, y, "Amount due", bold=True)
    pen.right(550, y, en_amount(f.total_due * sign, "EUR "), bold=True)
    _legal(pen, f)


def right_meta_box(pen: Pen, f: Facts, rng: random.Random) -> None:
    """Meta as a boxed column of label-above-value pairs; "1.234,56 EUR" amounts; window debtor."""
    pen.lines(40, 40, _seller(f), 9, 12, bold_first=True)
    pen.text(40, 110, f"SIRET : {f.siret} - APE 4322A", 7)
    pen.box(420, 30, 135, 120)
    pairs = [("Facture", f.number), ("Date", fr_date(f.issued)),
             ("Échéance", f.terms or fr_date(f.due))]  # fmt: skip
    if f.credit:
        pairs[0] = ("Avoir", f.number)
    for index, (label, value) in enumerate(pairs):
        pen.text(428, 45 + index * 36, label, 8, bold=True)
        pen.text(428, 58 + index * 36, value, 10)
    pen.lines(310, 175, _debtor(f, rng), 10, 13)
    y = _items(pen, f, 300, de_amount)
    sign = -1 if f.credit else 1
    for label, value in (("Montant HT", f.net * sign), ("TVA 20%", f.vat * sign),
                         ("Montant TTC", f.total * sign)):  # fmt: skip
        pen.text(360, y, label)
        pen.right(550, y, de_amount(value))
        y += 15
    if f.deposit:
        pen.text(360, y, "Acompte")
        pen.right(550, y, de_amount(f.deposit))
        pen.text(360, y + 15, "Solde à payer", bold=True)
        pen.right(550, y + 15, de_amount(f.total_due))
    _legal(pen, f)


def reception_note(pen: Pen, f: Facts, rng: random.Random) -> None:
    """Minimal craftsman invoice: "Facture N°" inline, "Doit :" debtor, payment note at bottom."""
    pen.text(40, 40, f.seller.name.upper(), 13, bold=True)
    pen.text(40, 55, f"{f.seller.street}, {f.seller.postcode} {f.seller.city}", 8)
    pen.text(40, 65, f"{f.seller.phone} | {f.seller.email} | SIRET {f.siret}", 8)
    pen.text(40, 120, f"Facture N° {f.number}" if not f.credit else f"Avoir N° {f.number}", 12,
             bold=True)  # fmt: skip
    pen.text(40, 135, f"Strasbourg, le {fr_long(f.issued)}")
    pen.text(330, 120, "Client", 8, bold=True)
    pen.lines(330, 134, _debtor(f, rng), 10, 13)
    y = _items(pen, f, 260, fr_amount)
    y = _totals_fr(pen, f, y, fr_amount, "Net à payer")
    note = f"Paiement {f.terms}." if f.terms else f"Paiement au plus tard le {fr_date(f.due)}."
    pen.text(40, y + 30, note + " Pénalités de retard : 3 fois le taux d'intérêt légal.", 8)
    _legal(pen, f)


def two_pages(pen: Pen, f: Facts, rng: random.Random) -> None:
    """A long invoice over two pages: header repeated, totals on page 2, "Page 1/2"."""
    f.credit_titled = False
    for page in (1, 2):
        pen.lines(40, 40, _seller(f), 8, 10, bold_first=True)
        pen.text(380, 40, f"Facture {f.number}", 12, bold=True)
        pen.text(380, 56, f"Date de facturation : {fr_date(f.issued)}")
        if page == 1:
            pen.text(380, 70, f"Date d'échéance : {fr_date(f.due)}" if not f.terms
                     else f"Règlement : {f.terms}")  # fmt: skip
            pen.text(320, 130, "Facturer à :", 8, bold=True)
            pen.lines(320, 144, _debtor(f, rng), 9, 12)
            y = 260
            for index in range(30):
                pen.text(45, y + index * 15, f"Intervention du {index + 1:02d} - détail")
        else:
            y = _items(pen, f, 150, fr_amount)
            _totals_fr(pen, f, y, fr_amount, "Net à payer")
        _legal(pen, f, 790)
        pen.right(550, 825, f"Page {page}/2", 7)
        if page == 1:
            pen.canvas.showPage()


def english_dmy(pen: Pen, f: Facts, rng: random.Random) -> None:
    """English with numeric day-first dates and a "Sold to" block, total on one "TOTAL DUE" line."""
    pen.lines(330, 40, _seller(f, "en"), 9, 12, bold_first=True)
    pen.text(330, 105, f"SIRET: {f.siret}", 8)
    pen.text(40, 40, "TAX INVOICE" if not f.credit else "CREDIT NOTE", 16, bold=True)
    pen.text(40, 65, f"Invoice number: {f.number}")
    pen.text(40, 79, f"Issue date: {fr_date(f.issued)}")
    pen.text(40, 93, f"Terms: {f.terms}" if f.terms else f"Payment due: {fr_date(f.due)}")
    pen.text(40, 140, "Sold to", 8, bold=True)
    pen.lines(40, 153, _debtor(f, rng, "en"), 9, 12)
    y = _items(pen, f, 270, lambda v: en_amount(v, "€ "), "en")
    sign = -1 if f.credit else 1
    pen.text(
        330, y, f"Subtotal {en_amount(f.net * sign, '€ ')}   VAT {en_amount(f.vat * sign, '€ ')}"
    )
    if f.deposit:
        pen.text(330, y + 15, f"Deposit paid {en_amount(f.deposit, '€ ')}")
    pen.text(330, y + 30, "TOTAL DUE", bold=True)
    pen.right(550, y + 30, en_amount((f.total_due if not f.credit else f.total) * sign, "€ "),
              bold=True)  # fmt: skip


def spelled_dates(pen: Pen, f: Facts, rng: random.Random) -> None:
    """Spelled-out French dates, "Montant total TTC" boxed, debtor labelled "À l'attention de"."""
    pen.lines(40, 40, _seller(f), 9, 12, bold_first=True)
    pen.text(40, 106, f"N° SIRET {f.siret}", 8)
    pen.text(300, 60, f"{'AVOIR' if f.credit else 'FACTURE'} {f.number}", 15, bold=True)
    pen.text(300, 80, f"Date : {fr_long(f.issued)}")
    if f.terms:
        pen.text(300, 94, f"Modalités de paiement : {f.terms}")
    else:
        pen.text(300, 94, f"Échéance : {fr_long(f.due)}")
    pen.text(300, 150, "À l'attention de :", 8, bold=True)
    pen.lines(300, 164, _debtor(f, rng, country=True), 9, 12)
    pen.text(300, 250, f"N° client : {f.customer_ref}", 8)
    y = _items(pen, f, 300, lambda v: fr_amount(v, " ", " EUR"))
    _totals_fr(pen, f, y, lambda v: fr_amount(v, " ", " EUR"), "Reste à payer")
    _legal(pen, f)


BASE_LAYOUTS: dict[str, Layout] = {
    "classic_window": classic_window,
    "labelled_client": labelled_client,
    "deposit_facture_a": deposit_facture_a,
    "header_table": header_table,
    "avoir_block": avoir_block,
    "english_bill_to": english_bill_to,
    "english_customer": english_customer,
    "right_meta_box": right_meta_box,
    "reception_note": reception_note,
    "two_pages": two_pages,
    "english_dmy": english_dmy,
    "spelled_dates": spelled_dates,
}
BASE_ENGLISH = {"english_bill_to", "english_customer", "english_dmy"}
