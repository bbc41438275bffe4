"""Five more layouts, drawn to unsettle the heuristics: labels above values, contacts apart from
the address block, totals in a header row, an amount due at the top, numbers without labels."""

from __future__ import annotations

import random
from decimal import Decimal

from tests.parsing.generator.data import Facts
from tests.parsing.generator.render import Pen, de_amount, en_amount, en_long, fr_amount, fr_date

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _sign(f: Facts) -> int:
    return -1 if f.credit else 1


def bordered_meta(pen: Pen, f: Facts, rng: random.Random) -> None:
    """Seller top right with labelled contacts, debtor window on the left, a meta row."""
    s, d = f.seller, f.debtor
    pen.lines(360, 40, [s.name, s.street, f"{s.postcode} {s.city}", f"Tél : {s.phone}",
                        f"Email : {s.email}"], 8, 10, bold_first=True)  # fmt: skip
    lines = [d.name, d.street, f"{d.postcode} {d.city}"]
    lines += [f"Tél : {d.phone}"] if d.phone else []
    lines += [f"Mail : {d.email}"] if d.email else []
    pen.lines(60, 140, lines, 10, 13)
    pen.text(40, 260, "AVOIR" if f.credit else "FACTURE", 14, bold=True)
    meta = [("Référence", f.number), ("Date", fr_date(f.issued)),
            ("Échéance", f.terms or fr_date(f.due)), ("Client", f.customer_ref)]  # fmt: skip
    for index, (label, value) in enumerate(meta):
        pen.text(40 + index * 120, 285, label, 8, bold=True)
        pen.text(40 + index * 120, 299, value, 9)
    y = 340
    for name, qty, price in f.items:
        pen.text(45, y, name)
        pen.right(550, y, fr_amount(price * qty))
        y += 15
    rows = [("Total HT", f.net * _sign(f)), ("TVA 20,00 %", f.vat * _sign(f)),
            ("Total TTC", f.total * _sign(f))]  # fmt: skip
    rows += [("Acompte reçu", f.deposit)] if f.deposit else []
    rows += [] if f.credit else [("Net à payer TTC", f.total_due)]
    for label, value in rows:
        pen.text(380, y + 20, label)
        pen.right(550, y + 20, fr_amount(value))
        y += 14
    pen.text(40, 800, f"SAS au capital de 5 000 € - SIRET {f.siret} - TVA FR12{f.siret[:9]}", 7)


def bill_to_caps(pen: Pen, f: Facts, rng: random.Random) -> None:
    """English, "BILL TO" with the email before the phone, numeric day-first dates, no symbol."""
    f.credit_titled = False
    s, d = f.seller, f.debtor
    pen.text(40, 40, s.name.upper(), 16, bold=True)
    pen.text(40, 58, f"{s.street} · {s.postcode} {s.city} · {s.phone} · {s.email}", 7)
    pen.text(40, 120, "BILL TO", 9, bold=True)
    lines = [d.name, d.street, f"{d.postcode} {d.city}", "FRANCE"]
    lines += [d.email] if d.email else []
    lines += [d.phone] if d.phone else []
    pen.lines(40, 134, lines, 9, 11)
    pen.text(330, 120, "Invoice Number:", 9, bold=True)
    pen.text(440, 120, f.number)
    pen.text(330, 134, "Invoice Date:", 9, bold=True)
    pen.text(440, 134, fr_date(f.issued))
    pen.text(330, 148, "Terms:" if f.terms else "Payment Due:", 9, bold=True)
    pen.text(440, 148, f.terms or fr_date(f.due))
    y = 260
    pen.text(45, y, "Item", bold=True)
    pen.right(550, y, "Total", bold=True)
    for name, qty, price in f.items:
        y += 15
        pen.text(45, y, name)
        pen.right(550, y, en_amount(price * qty, ""))
    rows = [("Subtotal", f.net * _sign(f)), ("VAT (20%)", f.vat * _sign(f))]
    rows += [("Payments/Credits", -f.deposit)] if f.deposit else []
    rows += [("Total Due (EUR)", f.total_due * _sign(f))]
    y += 30
    for label, value in rows:
        pen.text(380, y, label, bold=label.startswith("Total"))
        pen.right(550, y, en_amount(value, ""), bold=label.startswith("Total"))
        y += 14
    pen.text(40, 810, f"Registered in France — SIRET {f.siret}", 7)


def restant_du(pen: Pen, f: Facts, rng: random.Random) -> None:
    """ "Facture n°X" unspaced, one-digit days, prefixed address lines, "Montant restant dû"."""
    s, d = f.seller, f.debtor
    pen.lines(40, 40, [s.name, s.street, f"{s.postcode} {s.city}"], 9, 11, bold_first=True)
    pen.text(40, 80, f"Tél. {s.phone} – {s.email}", 8)
    pen.text(40, 92, f"Siret : {f.siret}", 8)
    pen.text(330, 130, "Client", 9, bold=True)
    lines = [d.name, f"Adresse : {d.street}", f"{d.postcode} {d.city}"]
    lines += [f"Téléphone : {d.phone}"] if d.phone else []
    lines += [f"Courriel : {d.email}"] if d.email else []
    pen.lines(330, 144, lines, 9, 12)
    pen.text(40, 240, f"{'Avoir' if f.credit else 'Facture'} n°{f.number}", 14, bold=True)
    pen.text(40, 258, f"Date : {f.issued.day}/{f.issued.month:02d}/{f.issued.year}")
    if f.terms:
        pen.text(40, 272, f"Règlement : {f.terms}")
    else:
        pen.text(40, 272, f"Date d'échéance : {f.due.day}/{f.due.month:02d}/{f.due.year}")
    y = 320
    for name, qty, price in f.items:
        pen.text(45, y, f"{qty} x {name}")
        pen.right(550, y, fr_amount(price * qty, " "))
        y += 15
    rows = [("Montant total HT", f.net * _sign(f)), ("TVA", f.vat * _sign(f)),
            ("Montant total TTC", f.total * _sign(f))]  # fmt: skip
    rows += [("Acompte déjà versé", f.deposit)] if f.deposit else []
    rows += [] if f.credit else [("Montant restant dû", f.total_due)]
    y += 20
    for label, value in rows:
        pen.text(360, y, label)
        pen.right(550, y, fr_amount(value, " "))
        y += 14


def totals_row(pen: Pen, f: Facts, rng: random.Random) -> None:
    """Labels above values ("N°", "Date", "Échéance"), contacts apart, totals in a header row."""
    s, d = f.seller, f.debtor
    pen.text(40, 36, s.name, 12, bold=True)
    pen.lines(40, 50, [s.street, f"{s.postcode} {s.city}", f"T. {s.phone}", s.email or ""], 8, 10)
    pen.lines(320, 160, [d.name, "À l'attention du service comptable", d.street,
                         f"{d.postcode} {d.city}", "FRANCE"], 10, 12)  # fmt: skip
    pen.text(40, 150, "AVOIR" if f.credit else "FACTURE", 20, bold=True)
    pen.text(40, 175, "N°", 8)
    pen.text(40, 186, f.number, 10, bold=True)
    pen.text(140, 175, "Date", 8)
    pen.text(140, 186, fr_date(f.issued).replace("/", "-"), 10)
    pen.text(40, 205, "Conditions" if f.terms else "Échéance", 8)
    pen.text(40, 216, f.terms or fr_date(f.due).replace("/", "-"), 10)
    if d.email:
        pen.text(40, 245, f"Contact client : {d.email}", 8)
    if d.phone:
        pen.text(40, 257, f"Tél. client : {d.phone}", 8)
    pen.text(40, 269, f"N° client : {f.customer_ref}", 8)
    y = 320
    pen.text(45, y, "Désignation", bold=True)
    pen.right(460, y, "Montant HT", bold=True)
    pen.right(550, y, "Montant TTC", bold=True)
    for name, qty, price in f.items:
        y += 15
        pen.text(45, y, name)
        pen.right(460, y, de_amount(price * qty))
        pen.right(550, y, de_amount((price * qty * Decimal("1.2")).quantize(price)))
    y += 30
    for index, (label, value) in enumerate(
        [("Total HT", f.net), ("Total TVA", f.vat), ("Total TTC", f.total)]
    ):
        pen.text(300 + index * 85, y, label, 8, bold=True)
        pen.text(300 + index * 85, y + 12, de_amount(value * _sign(f)))
    if f.deposit:
        pen.text(300, y + 40, "Acompte versé le 01/01/2026 :")
        pen.right(550, y + 40, de_amount(f.deposit))
        pen.text(300, y + 54, "Solde à régler :", bold=True)
        pen.right(550, y + 54, de_amount(f.total_due), bold=True)
    pen.text(40, 805, f"{s.name} - RCS Paris B {f.siret[:9]} - SIRET {f.siret} - APE 6201Z", 6)


def amount_due_first(pen: Pen, f: Facts, rng: random.Random) -> None:
    """English, the amount due boxed at the top, "Invoiced To", short month names."""
    s, d = f.seller, f.debtor
    pen.text(40, 40, s.name, 14, bold=True)
    pen.text(40, 56, f"{s.street}, {s.postcode} {s.city}", 8)
    pen.text(40, 66, f"Phone {s.phone} | Email {s.email} | SIRET {f.siret}", 8)
    pen.text(330, 40, "CREDIT NOTE" if f.credit else "INVOICE", 18, bold=True)
    pen.text(330, 70, "Amount Due", 9, bold=True)
    pen.text(330, 84, en_amount(-f.total if f.credit else f.total_due), 14, bold=True)
    pen.text(330, 104, f"Terms: {f.terms}" if f.terms else f"Due Date: {en_long(f.due)}", 9)
    pen.text(40, 130, "Invoiced To", 9, bold=True)
    lines = [d.name, d.street, f"{d.postcode} {d.city}, France"]
    lines += [f"Tel. {d.phone}"] if d.phone else []
    lines += [d.email] if d.email else []
    pen.lines(40, 144, lines, 9, 11)
    pen.text(330, 144, f"Invoice No: {f.number}", 9)
    issued = f"{f.issued.day} {_MONTHS[f.issued.month - 1]} {f.issued.year}"
    pen.text(330, 158, f"Issued: {issued}", 9)
    y = 260
    pen.text(45, y, "Description", bold=True)
    pen.right(420, y, "Qty", bold=True)
    pen.right(550, y, "Total", bold=True)
    for name, qty, price in f.items:
        y += 15
        pen.text(45, y, name)
        pen.right(420, y, str(qty))
        pen.right(550, y, en_amount(price * qty))
    y += 25
    rows = [("Net", f.net * _sign(f)), ("VAT 20%", f.vat * _sign(f)),
            ("Gross total", f.total * _sign(f))]  # fmt: skip
    rows += [("Deposit received", -f.deposit)] if f.deposit else []
    for label, value in rows:
        pen.text(380, y, label)
        pen.right(550, y, en_amount(value))
        y += 14


MORE_LAYOUTS = {
    "bordered_meta": bordered_meta,
    "bill_to_caps": bill_to_caps,
    "restant_du": restant_du,
    "totals_row": totals_row,
    "amount_due_first": amount_due_first,
}
MORE_ENGLISH = {"bill_to_caps", "amount_due_first"}
