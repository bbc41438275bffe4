"""Second learning set, designers 7–12: invoices over several pages whose totals move to the
last one, a window block of two to five lines with the references under it, a Swiss bill in
CHF with a payment part, an Irish agency in `€1,234.56` mixing in credit notes printed
positive, dot leaders after a varying count of lines with fields some invoices leave out, a
Belgian grid with the customer's VAT number beside the invoice's and a recap line."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from tests.parsing.generator.render import Pen, en_day_month, fr_date
from tests.parsing.heldout.draw import dotted
from tests.parsing.learning_layouts2.data import Truth, truth
from tests.parsing.learning_layouts2.draw import (
    block,
    chf,
    eur_be,
    eur_en,
    eur_fr,
    items,
    legal,
    letterhead,
    sign,
    totals,
)

PER_PAGE = 26


def totals_on_last_page(pen: Pen, seed: int) -> Truth:
    """A wholesaler's invoice of 3 to 60 lines: the header again on each page (`Page 2/3`,
    `(suite)`), the totals and the due date on the last page only."""
    t, printed, rng = truth(
        "wholesale", seed, credit=seed == 4, items=(6, 7) if seed == 0 else (3, 60)
    )
    t = replace(
        t,
        number=f"{'AV' if t.credit else 'FA'}{rng.randrange(100000, 999999)}",
        due_shown=not t.credit,
    )
    pages = [t.items[i : i + PER_PAGE] for i in range(0, len(t.items), PER_PAGE)]
    y = 0.0
    for index, rows in enumerate(pages, start=1):
        title = "AVOIR" if t.credit else "FACTURE"
        if index == 1:
            letterhead(pen, t)
            block(pen, printed, 330, 120)
            pen.box(40, 215, 515, 32)
            for col, (label, value) in enumerate(
                [(f"{title} N°", t.number), ("Date", fr_date(t.issued)), ("Client", t.customer_ref)]
            ):
                pen.text(48 + col * 170, 227, label, 7.5, bold=True)
                pen.text(48 + col * 170, 241, value, 9.5)
            top = 275.0
        else:
            pen.canvas.showPage()
            pen.text(40, 50, f"{title} N° {t.number} (suite)", 11, bold=True)
            top = 80.0
        pen.right(555, 40, f"Page {index}/{len(pages)}", 8)
        y = items(pen, t, top, eur_fr, rows=rows, step=13)
    if y > 660:
        pen.canvas.showPage()
        pen.text(40, 50, f"{title} N° {t.number} (suite)", 11, bold=True)
        pen.right(555, 40, "Récapitulatif", 8)
        y = 90
    k = sign(t)
    rows_t = [("Total HT", t.net * k), ("TVA 20 %", t.vat * k), ("Total TTC", t.total * k)]
    y = totals(pen, rows_t, eur_fr, y)
    if t.due_shown:
        pen.text(40, y + 10, f"Date d'échéance : {fr_date(t.due)}", 9, bold=True)
    legal(pen, t)
    return t


def references_under_block(pen: Pen, seed: int) -> Truth:
    """A DIN-like letter: the window block (two to five lines) at the left, and under it, so
    moving with the block's length, a column of references; no phone or reference on some."""
    t, printed, rng = truth("letter", seed, deposit=seed == 6, credit=seed == 3)
    t = replace(
        t,
        number=f"{rng.randrange(2026000, 2026999)}",
        due_shown=not t.credit,
        ref_shown=seed % 3 != 2,
    )
    letterhead(pen, t, 330, 50)
    s = t.seller
    pen.text(60, 128, f"{s.name} - {s.street} - {s.postcode} {s.city}", 6)
    y = block(pen, printed, 60, 145, 10, contacts=False) + 24
    pen.text(60, y, "Note d'avoir" if t.credit else "Facture", 14, bold=True)
    refs = [("Facture n°", t.number), ("Date", fr_date(t.issued))]
    if t.ref_shown:
        refs.append(("Votre référence", t.customer_ref))
    if t.due_shown:
        refs.append(("Échéance", fr_date(t.due)))
    for index, (label, value) in enumerate(refs):
        pen.text(60, y + 18 + index * 12, label, 9)
        pen.text(170, y + 18 + index * 12, value, 9)
    y = items(pen, t, y + 30 + len(refs) * 12, eur_fr)
    k = sign(t)
    rows = [("Montant HT", t.net * k), ("TVA 20 %", t.vat * k), ("Montant TTC", t.total * k)]
    if t.deposit:
        rows.append(("Acompte", -t.deposit))
    rows.append(("Total à payer", t.total_due if not t.credit else -t.total))
    totals(pen, rows, eur_fr, y)
    legal(pen, t)
    return t


def swiss_payment_part(pen: Pen, seed: int) -> Truth:
    """A Geneva studio billing in `CHF 1'234.55`, dates `03.11.2026`, VAT 8.1 %, a credit note
    among them; a payment part at the foot with the currency and amount in two columns."""
    t, printed, rng = truth(
        "geneve", seed, credit=seed == 3, vat_rate=Decimal("0.081"), currency="CHF", swiss=True
    )
    t = replace(t, number=f"{t.issued.year}-{rng.randrange(1, 9999):04d}", due_shown=not t.credit)
    pen.text(40, 50, "Atelier Lémanique Sàrl", 13, bold=True)
    pen.lines(40, 66, ["Rue de Carouge 45", "1205 Genève", "CHE-123.456.789 TVA"], 8, 10)
    block(pen, printed, 330, 130, contacts=False)
    title = "Note de crédit" if t.credit else "Facture"
    pen.text(40, 230, f"{title} no {t.number}", 14, bold=True)
    pen.text(40, 248, f"Genève, le {dotted(t.issued)}", 9)
    if t.due_shown:
        pen.text(40, 261, f"Payable jusqu'au {dotted(t.due)}", 9)
    y = items(pen, t, 290, chf, ("Description", "Quantité", "Prix", "Montant"))
    k = sign(t)
    rows = [("Sous-total", t.net * k), ("TVA 8.1 %", t.vat * k), ("Total", t.total * k)]
    totals(pen, rows, chf, y)
    if not t.credit:
        pen.rule(600, 0, 595)
        pen.text(20, 620, "Récépissé", 11, bold=True)
        pen.text(200, 620, "Section paiement", 11, bold=True)
        pen.text(200, 720, "Monnaie", 7, bold=True)
        pen.text(250, 720, "Montant", 7, bold=True)
        pen.text(200, 732, "CHF", 9)
        pen.text(250, 732, f"{t.total:,.2f}".replace(",", " "), 9)
        pen.text(20, 720, "Monnaie   Montant", 7, bold=True)
        pen.text(20, 732, f"CHF   {t.total:,.2f}".replace(",", " "), 9)
    return t


def positive_credit_notes(pen: Pen, seed: int) -> Truth:
    """An Irish agency: `Invoice No:` / `Credit Note No:`, long English dates, `€1,234.56`,
    `Amount paid` on some, credit notes printed with positive amounts."""
    t, printed, rng = truth(
        "dublin", seed, "en", credit=seed in (3, 6), deposit=seed == 5, vat_rate=Decimal("0.23")
    )
    t = replace(
        t,
        number=f"{'CN' if t.credit else 'INV'}-{rng.randrange(100, 9999):04d}",
        due_shown=not t.credit,
    )
    pen.text(40, 50, "Harbour Lane Creative Ltd", 14, bold=True)
    pen.lines(40, 66, ["Unit 4, Grand Canal Quay", "Dublin 2, D02 X576", "Ireland"], 8, 10)
    title = "CREDIT NOTE" if t.credit else "INVOICE"
    pen.text(380, 50, title, 18, bold=True)
    meta = [
        ("Credit Note No:" if t.credit else "Invoice No:", t.number),
        ("Date:", en_day_month(t.issued)),
    ]
    if t.due_shown:
        meta.append(("Due Date:", en_day_month(t.due)))
    for index, (label, value) in enumerate(meta):
        pen.text(380, 72 + index * 12, label, 8.5)
        pen.text(460, 72 + index * 12, value, 8.5)
    pen.text(40, 140, "BILL TO", 8, bold=True)
    block(pen, printed, 40, 154, 9.5)
    y = items(pen, t, 290, eur_en, ("Description", "Qty", "Rate", "Amount"))
    y = totals(pen, [("Subtotal", t.net), ("VAT 23%", t.vat), ("Total", t.total)], eur_en, y)
    if t.credit:
        pen.text(350, y, "Credit Note Total", 9, bold=True)
        pen.right(550, y, eur_en(t.total), 9, bold=True)
    else:
        if t.deposit:
            pen.text(350, y, "Amount paid", 9)
            pen.right(550, y, eur_en(t.deposit), 9)
            y += 15
        pen.text(350, y, "Balance due", 9, bold=True)
        pen.right(550, y, eur_en(t.total_due), 9, bold=True)
    legal(pen, t, lang="en")
    return replace(t, lang="en")


def leaders_and_missing_rows(pen: Pen, seed: int) -> Truth:
    """Dot leaders everywhere; a customer reference and a phone some invoices do not print,
    a `Frais de port` line on some, 1 to 14 item lines before the totals."""
    t, printed, rng = truth("leaders", seed, deposit=seed in (1, 4), items=(1, 15))
    t = replace(t, number=f"F{t.issued:%Y}-{rng.randrange(1, 9999):04d}", ref_shown=seed % 2 == 0)
    letterhead(pen, t)
    rows = [("Facture n°", t.number), ("Date", fr_date(t.issued))]
    if t.ref_shown:
        rows.append(("Réf. client", t.customer_ref))
    rows.append(("À régler le", fr_date(t.due)))
    for index, (label, value) in enumerate(rows):
        pen.text(330, 60 + index * 13, f"{label} {'.' * (40 - 2 * len(label))}", 9)
        pen.right(555, 60 + index * 13, value, 9)
    block(pen, printed, 330, 140, 9.5)
    extra = [("Frais de port", 1, Decimal("12.50"))] if seed % 3 == 0 else []
    t = replace(t, items=t.items + extra)
    net = sum((q * p for _, q, p in t.items), Decimal("0"))
    vat = (net * Decimal("0.20")).quantize(Decimal("0.01"))
    t = replace(
        t, net=net, vat=vat, total=net + vat, deposit=Decimal("100.00") if t.deposit else t.deposit
    )
    y = items(pen, t, 250, eur_fr, step=13)
    rows_t = [("Total HT", t.net), ("TVA 20 %", t.vat), ("Total TTC", t.total)]
    if t.deposit:
        rows_t.append(("Acompte", -t.deposit))
    rows_t.append(("Net à payer", t.total_due))
    for label, value in rows_t:
        pen.text(330, y, f"{label} {'.' * (40 - 2 * len(label))}", 9)
        pen.right(555, y, eur_fr(value), 9)
        y += 14
    legal(pen, t)
    return t


def belgian_grid_recap(pen: Pen, seed: int) -> Truth:
    """A Liège firm: a grid of number, date, due date, customer number and the customer's VAT
    number; `1.234,56 EUR`; a structured communication; a recap line at the foot naming the
    number, the amount and the deadline again."""
    t, printed, rng = truth("liege", seed, deposit=seed == 4, vat_rate=Decimal("0.21"))
    t = replace(t, number=f"{t.issued.year}/{rng.randrange(1, 9999):04d}")
    pen.text(40, 50, "Bureau Meuse & Ourthe SRL", 13, bold=True)
    pen.lines(40, 66, ["Quai de Rome 25", "4000 Liège", "BE 0712.345.678"], 8, 10)
    block(pen, printed, 330, 120, contacts=False)
    heads = ["Numéro", "Date facture", "Date d'échéance", "N° client", "N° TVA client"]
    vat_no = f"FR{rng.randrange(10, 99)}{rng.randrange(100000000, 999999999)}"
    values = [t.number, fr_date(t.issued), fr_date(t.due), t.customer_ref, vat_no]
    pen.text(40, 215, "FACTURE", 16, bold=True)
    for index, (head, value) in enumerate(zip(heads, values, strict=True)):
        pen.text(40 + index * 104, 240, head, 7.5, bold=True)
        pen.text(40 + index * 104, 254, value, 9)
    y = items(pen, t, 290, eur_be, ("Description", "Qté", "Prix unitaire", "Total"))
    rows = [("Total HTVA", t.net), ("TVA 21 %", t.vat), ("Total TVAC", t.total)]
    if t.deposit:
        rows.append(("Acompte déjà payé", -t.deposit))
    rows.append(("Solde à payer", t.total_due))
    y = totals(pen, rows, eur_be, y, 330)
    comm = f"{rng.randrange(100, 999)}/{rng.randrange(1000, 9999)}/{rng.randrange(10000, 99999)}"
    pen.text(40, y + 16, f"Communication structurée : +++{comm}+++", 9)
    pen.text(
        40,
        760,
        f"Facture {t.number} - {eur_be(t.total_due)} à payer avant le "
        f"{fr_date(t.due)} - IBAN BE68 5390 0754 7034",
        7.5,
    )
    return t


DESIGNS_B = {
    "totals_on_last_page": totals_on_last_page,
    "references_under_block": references_under_block,
    "swiss_payment_part": swiss_payment_part,
    "positive_credit_notes": positive_credit_notes,
    "leaders_and_missing_rows": leaders_and_missing_rows,
    "belgian_grid_recap": belgian_grid_recap,
}
