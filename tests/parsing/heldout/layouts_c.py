"""Held-out layouts, second round (drawn after the first round's fixes, measured before any
further change): a meta table at the top right, ISO dates from an online tool, totals on the
left beside a signature box, an English statement-like invoice."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from tests.parsing.generator.render import Pen, fr_amount, fr_date
from tests.parsing.heldout.data import Case
from tests.parsing.heldout.draw import (
    block_lines,
    en_short,
    items_table,
    legal_two_columns,
    short_fr,
    terms_fr,
    title,
    totals_rows,
)


def _dot_thousands(value: Decimal) -> str:
    return fr_amount(value, ".", " €")


def _iso(day: date) -> str:
    return day.isoformat()


def meta_table_right(pen: Pen, case: Case, rng: random.Random) -> None:
    """Seller and debtor stacked on the left, a bordered two-column table at the top right
    ("Facture | F…", "Date | …", "Échéance | …"), "1.234,56 €", "Montant net à payer"."""
    f = case.f
    pen.lines(40, 40, block_lines(case.seller, "Tél. ", ""), 8, 10, bold_first=True)
    pen.text(40, 140, "Client", 8, bold=True)
    pen.lines(40, 153, block_lines(case.debtor, "Tél. ", ""), 9.5, 12)
    rows = [(title(case).capitalize(), f.number), ("Date", short_fr(f.issued))]
    if f.credit:
        f.due_shown = False
    else:
        rows.append(("Échéance", terms_fr(f.terms) if f.terms else fr_date(f.due)))
    rows.append(("Client n°", f.customer_ref))
    for index, (label, value) in enumerate(rows):
        pen.box(330, 40 + index * 18, 70, 18)
        pen.box(400, 40 + index * 18, 155, 18)
        pen.text(335, 52 + index * 18, label, 8, bold=True)
        pen.text(405, 52 + index * 18, value, 8.5)
    y = items_table(pen, case, 330, _dot_thousands, ["<Désignation", "Qté", "PU HT",
                    "Montant HT"], [45, 330, 430, 550])  # fmt: skip
    labels = {"net": "Montant HT", "vat": "Montant TVA", "total": "Montant TTC",
              "deposit": "Acompte déjà versé", "due": "Montant net à payer"}  # fmt: skip
    for label, value in totals_rows(case, labels):
        pen.text(350, y, label, 9)
        pen.right(550, y, _dot_thousands(value), 9)
        y += 14
    legal_two_columns(pen, case)


def online_tool(pen: Pen, case: Case, rng: random.Random) -> None:
    """An online invoicing tool: "Facture #F…", ISO dates, "Facturé à" beside "Émetteur",
    "Payé" and "Reste dû", a link to pay online in the footer."""
    f = case.f
    pen.text(40, 50, f"{title(case).capitalize()} #{f.number}", 18, bold=True)
    pen.text(40, 72, f"Date : {_iso(f.issued)}", 9)
    if f.credit:
        f.due_shown = False
    elif f.terms:
        pen.text(40, 86, f"Conditions : {terms_fr(f.terms)}", 9)
    else:
        pen.text(40, 86, f"Échéance : {_iso(f.due)}", 9)
    pen.text(40, 130, "Émetteur", 8, bold=True)
    pen.lines(40, 143, block_lines(case.seller, "", ""), 9, 11.5)
    pen.text(310, 130, "Facturé à", 8, bold=True)
    pen.lines(310, 143, block_lines(case.debtor, "", ""), 9, 11.5)
    y = items_table(pen, case, 300, fr_amount, ["<Description", "Quantité", "PU HT", "Total HT"],
                    [45, 330, 430, 550])  # fmt: skip
    labels = {"net": "Total HT", "vat": "TVA", "total": "Total TTC", "deposit": "Payé",
              "due": "Reste dû" if f.deposit else ""}  # fmt: skip
    for label, value in totals_rows(case, labels, vat_per_rate=True):
        pen.text(360, y, label, 9)
        pen.right(550, y, fr_amount(value), 9)
        y += 14
    pen.text(40, 780, f"Payer en ligne : https://pay.example.fr/i/{f.number.lower()}", 7)
    pen.text(40, 790, f"SIRET {f.siret} - TVA FR{f.siret[:11]}", 7)


def totals_left_signature(pen: Pen, case: Case, rng: random.Random) -> None:
    """Totals on the left with values in a middle column, a signature box on the right,
    debtor window at the right, "Date de la facture", "À payer avant le"."""
    f = case.f
    pen.lines(40, 40, block_lines(case.seller, "Tél : ", "Email : "), 8, 10, bold_first=True)
    pen.lines(320, 150, block_lines(case.debtor, "", ""), 10, 12.5)
    pen.text(40, 265, f"{title(case)} N° {f.number}", 13, bold=True)
    pen.text(40, 282, f"Date de la facture : {fr_date(f.issued)}")
    y = items_table(pen, case, 320, fr_amount, ["<Désignation", "Qté", "PU HT", "Montant HT"],
                    [45, 330, 430, 550])  # fmt: skip
    labels = {"net": "Total HT", "vat": "TVA", "total": "Total TTC", "deposit": "Acompte",
              "due": "Net à payer"}  # fmt: skip
    for label, value in totals_rows(case, labels, vat_per_rate=len(case.rates) > 1):
        pen.text(40, y, label, 9)
        pen.right(250, y, fr_amount(value), 9)
        y += 14
    pen.box(330, y - 70, 225, 70)
    pen.text(336, y - 58, "Bon pour accord - cachet et signature", 7)
    if f.credit:
        f.due_shown = False
    elif f.terms:
        pen.text(40, y + 14, f"Règlement : {terms_fr(f.terms)}", 8)
    else:
        pen.text(40, y + 14, f"À payer avant le {fr_date(f.due)}", 8)
    legal_two_columns(pen, case)


def english_statement(pen: Pen, case: Case, rng: random.Random) -> None:
    """English: the meta in one line under the title ("No. … | Date … | Due …"), "Customer"
    block beside "Supplier", "Total payable"."""
    f = case.f
    pen.text(40, 50, title(case), 20, bold=True)
    due = "" if f.credit else f"   |   Due: {f.terms or en_short(f.due)}"
    pen.text(40, 72, f"No. {f.number}   |   Date: {en_short(f.issued)}{due}", 9)
    f.due_shown = not f.credit
    pen.text(40, 120, "Supplier", 8, bold=True)
    pen.lines(40, 133, block_lines(case.seller, "Tel ", ""), 9, 11.5)
    pen.text(320, 120, "Customer", 8, bold=True)
    pen.lines(320, 133, block_lines(case.debtor, "Tel ", ""), 9, 11.5)
    y = items_table(pen, case, 300, lambda v: f"€{v:,.2f}", ["<Description", "Qty",
                    "Unit price", "Amount"], [45, 330, 430, 550], "en")  # fmt: skip
    labels = {"net": "Net", "vat": "VAT", "total": "Gross total", "deposit": "Paid on account",
              "due": "Total payable"}  # fmt: skip
    for label, value in totals_rows(case, labels):
        pen.text(360, y, label, 9)
        pen.right(550, y, f"€{value:,.2f}" if value >= 0 else f"-€{-value:,.2f}", 9)
        y += 14
    pen.text(40, 790, f"SIRET {f.siret} - VAT FR{f.siret[:11]} - IBAN FR76 3000 4000 0312", 7)
