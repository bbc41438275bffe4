"""Three layouts unlike a two-column letterhead: right-aligned key/value pairs with Bill To and
Ship To side by side, a single flowing column, and a seller printed only in the footer."""

from __future__ import annotations

import random
from datetime import date

from tests.parsing.generator.data import Facts
from tests.parsing.generator.render import Pen, en_amount, fr_amount, fr_date, fr_long

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _short(day: date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _sign(f: Facts) -> int:
    return -1 if f.credit else 1


def items_then_totals(pen: Pen, f: Facts, y: int, label_x: int, gap: int, balance: str) -> None:
    """Item lines from `y`, then HT/TVA/TTC (and deposit and balance) `gap` points below."""
    for name, qty, price in f.items:
        pen.text(45, y, name)
        pen.right(550, y, fr_amount(price * qty))
        y += 15
    rows = [("Total HT", f.net * _sign(f)), ("TVA", f.vat * _sign(f)),
            ("Total TTC", f.total * _sign(f))]  # fmt: skip
    rows += [("Acompte", -f.deposit), (balance, f.total_due)] if f.deposit else []
    for label, value in rows:
        pen.text(label_x, y + gap, label)
        pen.right(550, y + gap, fr_amount(value))
        y += 14


def _contacts(f: Facts, phone_prefix: str = "") -> list[str]:
    d = f.debtor
    return ([f"{phone_prefix}{d.phone}"] if d.phone else []) + ([d.email] if d.email else [])


def key_values(pen: Pen, f: Facts, rng: random.Random) -> None:
    """English: right-aligned keys and values, "Bill To" beside "Ship To", "Balance Due"."""
    s, d = f.seller, f.debtor
    pen.text(40, 40, s.name, 14, bold=True)
    pen.lines(40, 56, [s.street, f"{s.postcode} {s.city}", s.phone or "", s.email or ""], 8, 10)
    pen.right(555, 40, "CREDIT NOTE" if f.credit else "INVOICE", 20, bold=True)
    pairs = [("Invoice #", f.number), ("Date", _short(f.issued)),
             ("Terms" if f.terms else "Due Date", f.terms or _short(f.due))]  # fmt: skip
    for index, (key, value) in enumerate(pairs):
        pen.right(460, 70 + index * 13, key, 9, bold=True)
        pen.right(555, 70 + index * 13, value, 9)
    pen.text(40, 140, "Bill To", 9, bold=True)
    pen.text(300, 140, "Ship To", 9, bold=True)
    pen.lines(40, 153, [d.name, d.street, f"{d.postcode} {d.city}", *_contacts(f)], 9, 11)
    pen.lines(300, 153, [d.name, "Warehouse 4", "69800 Saint-Priest"], 9, 11)
    y = 260
    for name, qty, price in f.items:
        pen.text(45, y, name)
        pen.right(550, y, en_amount(price * qty))
        y += 15
    rows = [("Subtotal", f.net * _sign(f)), ("Tax (20%)", f.vat * _sign(f)),
            ("Total", f.total * _sign(f))]  # fmt: skip
    rows += [("Amount Paid", f.deposit)] if f.deposit else []
    rows += [("Balance Due", -f.total if f.credit else f.total_due)]
    for label, value in rows:
        pen.right(460, y + 15, label, 9, bold=label == "Balance Due")
        pen.right(555, y + 15, en_amount(value), 9)
        y += 13
    pen.text(40, 800, f"SIRET {f.siret}", 7)


def single_column(pen: Pen, f: Facts, rng: random.Random) -> None:
    """Everything in one column: "Client : name" with the address indented under the name."""
    s, d = f.seller, f.debtor
    pen.text(40, 40, s.name, 12, bold=True)
    pen.text(40, 54, f"{s.street} {s.postcode} {s.city} - {s.phone} - {s.email}", 8)
    pen.text(40, 90, f"{'Avoir' if f.credit else 'Facture'} n° {f.number}", 12, bold=True)
    pen.text(40, 106, f"Date : {fr_long(f.issued)}")
    pen.text(40, 130, f"Client : {d.name}")
    pen.lines(82, 142, [d.street, f"{d.postcode} {d.city}", *_contacts(f, "Tél. ")], 9, 11)
    y = 240
    for name, qty, price in f.items:
        pen.text(45, y, name)
        pen.right(550, y, fr_amount(price * qty))
        y += 15
    rows = [("TOTAL HT", f.net * _sign(f)), ("TVA 20 %", f.vat * _sign(f)),
            ("TOTAL TTC", f.total * _sign(f))]  # fmt: skip
    rows += [("Acompte", -f.deposit)] if f.deposit else []
    rows += [] if f.credit else [("NET À PAYER", f.total_due)]
    for label, value in rows:
        pen.text(360, y + 15, label)
        pen.right(550, y + 15, fr_amount(value))
        y += 14
    pen.text(40, y + 40, f"Paiement {f.terms}." if f.terms else f"Échéance : {fr_date(f.due)}", 9)


def footer_seller(pen: Pen, f: Facts, rng: random.Random) -> None:
    """The seller only in the footer; "N° X", "du DATE", "échéance DATE" under a big title."""
    s, d = f.seller, f.debtor
    pen.text(40, 60, "AVOIR" if f.credit else "FACTURE", 22, bold=True)
    pen.text(40, 90, f"N° {f.number}", 10)
    pen.text(40, 104, f"du {fr_date(f.issued)}", 10)
    pen.text(40, 118, f"règlement : {f.terms}" if f.terms else f"échéance {fr_date(f.due)}", 10)
    pen.lines(330, 140, [d.name, d.street, f"{d.postcode} {d.city}", *reversed(_contacts(f))],
              10, 12)  # fmt: skip
    items_then_totals(pen, f, 300, label_x=360, gap=15, balance="Reste à payer")
    pen.lines(40, 770, [f"{s.name} - {s.street} - {s.postcode} {s.city}",
                        f"Tél {s.phone} - {s.email} - SIRET {f.siret}"], 7, 9)  # fmt: skip


FLOW_LAYOUTS = {
    "key_values": key_values,
    "single_column": single_column,
    "footer_seller": footer_seller,
}
FLOW_ENGLISH = {"key_values"}
