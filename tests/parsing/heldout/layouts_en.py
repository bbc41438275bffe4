"""Held-out English layouts: "Invoice No." with "Payment due", an "Amount Due" box at the top,
a UK-style tax invoice with "Invoice to", "Attn:" and "Balance due"."""

from __future__ import annotations

import random

from tests.parsing.generator.render import Pen, en_long
from tests.parsing.heldout.data import Case
from tests.parsing.heldout.draw import (
    band,
    block_lines,
    dotted,
    en_eur_after,
    en_short,
    eur_before,
    items_table,
    title,
    totals_rows,
)


def _footer(pen: Pen, case: Case) -> None:
    f, s = case.f, case.seller
    pen.rule(770)
    pen.lines(40, 782, [f"{s.name} - SAS with a share capital of EUR 10,000",
                        f"{' '.join(s.lines)}, {s.city_line}, France",
                        f"SIRET {f.siret} - VAT No. FR{f.siret[:11]}"], 6.5, 8.5)  # fmt: skip
    pen.lines(330, 782, ["Bank: Crédit Agricole Corse", "IBAN FR76 1200 6000 1234 5678 9012 345",
                         f"Tel {s.phone} - {s.email}"], 6.5, 8.5)  # fmt: skip


def invoice_no_payment_due(pen: Pen, case: Case, rng: random.Random) -> None:
    """Seller top left, "Invoice No." / "Invoice Date" / "Payment due" at the right, "Bill To"
    left, "Ship To" right, "Deposit received" and "Amount Due" in "EUR 1,234.56"."""
    f = case.f
    pen.lines(40, 40, block_lines(case.seller, "Phone ", "Email "), 8.5, 10.5, bold_first=True)
    pen.text(380, 45, title(case, "en"), 22, bold=True)
    pen.text(380, 72, f"Invoice No.: {f.number}")
    pen.text(380, 86, f"Invoice Date: {en_short(f.issued)}")
    if f.credit:
        f.due_shown = False
    elif f.terms:
        pen.text(380, 100, f"Terms: {f.terms}")
    else:
        pen.text(380, 100, f"Payment due: {en_short(f.due)}")
    pen.text(40, 160, "BILL TO", 8, bold=True)
    pen.lines(40, 173, block_lines(case.debtor, "Phone: ", "Email: "), 9, 11.5)
    pen.text(320, 160, "SHIP TO", 8, bold=True)
    pen.lines(320, 173, [case.debtor.name, "Site office", case.debtor.city_line], 9, 11.5)
    y = items_table(pen, case, 320, eur_before, ["<Description", "Qty", "Unit price", "VAT",
                    "Amount"], [45, 300, 390, 450, 550], "en")  # fmt: skip
    labels = {"net": "Subtotal", "vat": "VAT", "total": "Total", "deposit": "Deposit received",
              "due": "Amount Due"}  # fmt: skip
    for label, value in totals_rows(case, labels, vat_per_rate=len(case.rates) > 1):
        pen.text(360, y, label, 9, bold=label in ("Total", "Amount Due"))
        pen.right(550, y, eur_before(value), 9, bold=label in ("Total", "Amount Due"))
        y += 14
    _footer(pen, case)


def amount_due_box(pen: Pen, case: Case, rng: random.Random) -> None:
    """A French company invoicing in English: the amount due boxed at the top right with its
    due date, numeric day-first dates, "Bill To:" at the right, "Less payment received"."""
    f = case.f
    pen.text(40, 45, case.seller.name, 14, bold=True)
    pen.lines(40, 60, block_lines(case.seller, "Tel. ", "")[1:], 8, 10)
    pen.box(360, 35, 195, 60)
    pen.text(368, 50, "Credit Total" if f.credit else "Amount Due", 8, bold=True)
    shown = -f.total if f.credit else f.total_due
    pen.right(548, 72, en_eur_after(shown), 16, bold=True)
    if f.credit:
        f.due_shown = False
    elif f.terms:
        pen.text(368, 88, f"Terms: {f.terms}", 8)
    else:
        pen.text(368, 88, f"Payment due {dotted(f.due)}", 8)
    pen.text(40, 150, title(case, "en"), 18, bold=True)
    pen.text(40, 172, f"Invoice No. {f.number}")
    pen.text(40, 186, f"Issued: {dotted(f.issued)}")
    pen.text(40, 200, f"Customer ID: {f.customer_ref}")
    pen.text(330, 150, "Bill To:", 9, bold=True)
    pen.lines(330, 164, block_lines(case.debtor, "Tel: ", ""), 9, 11.5)
    y = items_table(pen, case, 310, en_eur_after, ["<Description", "Qty", "Unit price",
                    "Net amount"], [45, 330, 430, 550], "en")  # fmt: skip
    labels = {
        "net": "Net total",
        "vat": "VAT",
        "total": "Total incl. VAT",
        "deposit": "Less payment received",
        "due": "Balance" if f.deposit else "",
    }
    for label, value in totals_rows(case, labels):
        pen.text(340, y, label, 9)
        pen.right(550, y, en_eur_after(value), 9)
        y += 14
    _footer(pen, case)


def uk_tax_invoice(pen: Pen, case: Case, rng: random.Random) -> None:
    """A "TAX INVOICE" with a dark band, "Invoice to" and an "Attn:" line, "Invoice number",
    "Date of issue", "Due date" spelled out, "Paid to date" and "Balance due"."""
    f = case.f
    band(pen, 0, 80, 0.92)
    pen.text(40, 50, "CREDIT NOTE" if f.credit else "TAX INVOICE", 20, bold=True)
    pen.lines(360, 28, block_lines(case.seller, "T: ", "E: "), 7.5, 9, bold_first=True)
    pen.text(40, 120, "Invoice to", 8, bold=True)
    pen.lines(40, 134, block_lines(case.debtor, "T: ", "E: ", attention_first=False), 9, 11.5)
    rows = [("Invoice number", f.number), ("Date of issue", en_long(f.issued))]
    if f.credit:
        f.due_shown = False
    else:
        rows.append(("Payment terms", f.terms) if f.terms else ("Due date", en_long(f.due)))
    rows.append(("Account", f.customer_ref))
    for index, (label, value) in enumerate(rows):
        pen.text(340, 120 + index * 14, label, 8.5, bold=True)
        pen.text(430, 120 + index * 14, value, 8.5)
    y = items_table(pen, case, 310, en_eur_after, ["<Description", "Qty", "Unit price", "VAT",
                    "Amount"], [45, 300, 390, 450, 550], "en")  # fmt: skip
    labels = {"net": "Subtotal", "vat": "VAT", "total": "Total (EUR)", "deposit": "Paid to date",
              "due": "Balance due (EUR)"}  # fmt: skip
    for label, value in totals_rows(case, labels, vat_per_rate=True):
        pen.text(350, y, label, 9)
        pen.right(550, y, f"{value:,.2f}", 9)
        y += 14
    _footer(pen, case)
