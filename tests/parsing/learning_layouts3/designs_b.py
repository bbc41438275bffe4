"""Third learning set, designers 7–11: an exporter billing in euros, dollars or pounds (symbols
on some, codes on others); an accountant whose corrected invoice printed terms and whose next
ones print a date, terms again or nothing but `à réception`; a print shop whose corrected
document was a credit note and whose invoices run over pages with carried totals; a veterinary
clinic naming its client on the label's line (`Propriétaire : …`) beside a consultation date;
a UK builder with a retention and a payment on account deducted on some invoices."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

from tests.parsing.generator.data import end_of_month
from tests.parsing.generator.render import Pen
from tests.parsing.learning_layouts3.data import Truth, seller, truth
from tests.parsing.learning_layouts3.draw import (
    block,
    english,
    eur,
    eur_dots,
    eur_plain,
    fr_day,
    item_pages,
    legal,
    letterhead,
    long_day,
    rows,
    sign,
)

EXPORTER = seller("Rhein Machines-Outils SAS", "8 rue de la Fonderie", "68100", "Mulhouse")
ACCOUNTANT = seller("Fiduciaire Lorraine Audit", "3 rue Serpenoise", "57000", "Metz")
PRINTER = seller("Imprimerie Zorn", "61 rue du Faubourg de Saverne", "67000", "Strasbourg")
VET = seller("Clinique Vétérinaire des Vosges", "2 rue Thiers", "88000", "Épinal")
BUILDER = seller("Pennine Build & Restore Ltd", "Mill House, 4 Canal Wharf", "HX1 1QA", "Halifax")


def export_currencies(pen: Pen, seed: int) -> Truth:
    """English invoices in EUR (`EUR 1,234.56`), USD (`$1,234.56`) or GBP (`£1,234.56`), the
    currency also named in the header on some; British clients have a UK address."""
    currency = ["EUR", "USD", "EUR", "GBP", "USD", "EUR", "GBP", "USD"][seed]
    symbol = {"EUR": "EUR", "USD": "$", "GBP": "£"}[currency]
    t, printed, rng = truth(
        "export", seed, seller_party=EXPORTER, currency=currency, lang="en", uk=currency == "GBP",
        vat_rate=Decimal(0), names=["Spindle unit", "Service visit", "Spare parts kit"],
    )  # fmt: skip
    t = replace(t, number=f"EX/{t.issued.year}/{rng.randrange(1, 9999):04d}")
    money = english(symbol)
    letterhead(pen, t)
    pen.text(330, 110, "Bill to:", 8, bold=True)
    block(pen, printed, 330, 124)
    pen.text(40, 230, "COMMERCIAL INVOICE", 15, bold=True)
    meta = [("Invoice No.", t.number), ("Date", fr_day(t.issued)), ("Payment due", fr_day(t.due))]
    if seed % 2:
        meta.append(("Currency", currency))
    for index, (label, value) in enumerate(meta):
        pen.text(40, 252 + index * 12, label, 8.5)
        pen.text(130, 252 + index * 12, value, 8.5)
    y = item_pages(pen, t, 320, money, ("Description", "Qty", "Amount"), 40, lambda _: 60.0)
    pen.text(40, y, "VAT exempt - intra-community supply / export (art. 262 I CGI).", 7.5)
    rows(
        pen,
        [("Subtotal", money(t.net)), ("VAT 0 %", money(t.vat)), ("Total due", money(t.total))],
        y + 14,
    )
    legal(pen, t, "en")
    return t


def terms_then_dates(pen: Pen, seed: int) -> Truth:
    """The corrected invoice prints `30 jours fin de mois`; the next print a due date, other
    terms, or `à réception`; amounts with dots between thousands on some."""
    kind = ["eom30", "date", "receipt", "date", "eom45", "date", "receipt", "eom30"][seed]
    t, printed, rng = truth("accountant", seed, seller_party=ACCOUNTANT, count=2)
    due = {
        "eom30": end_of_month(t.issued + timedelta(days=30)),
        "eom45": end_of_month(t.issued + timedelta(days=45)),
        "receipt": t.issued,
        "date": t.issued + timedelta(days=20),
    }[kind]
    t = replace(t, number=f"{t.issued:%y}{rng.randrange(1, 999):03d}", due=due)
    money = eur_dots if seed in (3, 6) else eur
    letterhead(pen, t)
    block(pen, printed, 330, 120)
    pen.text(40, 220, f"Facture {t.number}", 14, bold=True)
    pen.text(40, 236, f"Metz, le {fr_day(t.issued)}", 9)
    y = item_pages(pen, t, 270, money, ("Mission", "Qté", "Honoraires HT"), 40, lambda _: 60.0)
    y = rows(
        pen,
        [("Total HT", money(t.net)), ("TVA 20 %", money(t.vat)), ("Total TTC", money(t.total))],
        y,
    )
    terms = {
        "eom30": "Conditions de règlement : 30 jours fin de mois.",
        "eom45": "Conditions de règlement : 45 jours fin de mois.",
        "receipt": "Conditions de règlement : à réception.",
        "date": f"Date d'échéance : {fr_day(t.due)}",
    }[kind]
    pen.text(40, y + 12, terms, 9)
    legal(pen, t)
    return t


def credit_first_carried(pen: Pen, seed: int) -> Truth:
    """The corrected document is a credit note (`AVOIR N°`, `Net en votre faveur`); invoices
    end on `Net à payer`, run over up to three pages with `Report` amounts at each break, and
    print their due date under the title."""
    credit = seed in (0, 4)
    count = 3 if seed == 0 else [6, 40, 3, 55, 2, 25, 75][seed - 1]
    t, printed, rng = truth("printer", seed, seller_party=PRINTER, credit=credit, count=count)
    t = replace(
        t,
        number=f"{'A' if credit else 'F'}-{t.issued.year}-{rng.randrange(1, 999):03d}",
        due_shown=not credit,
    )
    title = "AVOIR" if credit else "FACTURE"
    letterhead(pen, t)
    block(pen, printed, 330, 115)
    pen.text(40, 215, f"{title} N° {t.number}", 14, bold=True)
    pen.text(40, 231, f"du {fr_day(t.issued)}", 9)
    if not credit:
        pen.text(40, 244, f"Échéance : {fr_day(t.due)}", 9, bold=True)
    total = {"sum": Decimal(0), "page": 1}

    def next_page(page: int) -> float:
        pen.text(40, 50, f"{title} N° {t.number} - suite (page {page})", 10, bold=True)
        pen.text(340, 70, "Report", 9)
        pen.right(550, 70, eur(total["sum"] * sign(t)), 9)
        return 88.0

    y = 275.0
    per_page = 30
    for start in range(0, len(t.items), per_page):
        chunk = replace(t, items=t.items[start : start + per_page])
        if start:
            pen.canvas.showPage()
            total["page"] += 1
            y = next_page(total["page"])
        y = item_pages(pen, chunk, y, eur, ("Travaux", "Ex.", "Montant HT"), per_page, next_page)
        total["sum"] += sum((p * q for _, q, p in chunk.items), Decimal(0))
        if start + per_page < len(t.items):
            pen.text(340, y, "À reporter", 9)
            pen.right(550, y, eur(total["sum"] * sign(t)), 9)
    if y > 700:
        pen.canvas.showPage()
        total["page"] += 1
        y = next_page(total["page"])
    k = sign(t)
    pairs = [
        ("Total HT", eur(t.net * k)),
        ("TVA 20 %", eur(t.vat * k)),
        ("Total TTC", eur(t.total * k)),
    ]
    pairs.append(("Net en votre faveur", eur(t.total)) if credit else ("Net à payer", eur(t.total)))
    rows(pen, pairs, y)
    legal(pen, t)
    return t


def owner_on_label_line(pen: Pen, seed: int) -> Truth:
    """`Propriétaire : <name>` with the address under it, a consultation date before the
    invoice date, amounts from a few euros (no thousands separator), `Déjà réglé` and `Reste
    dû` when part was paid at the desk."""
    t, printed, rng = truth(
        "vet", seed, seller_party=VET, count=3, names=["Consultation", "Vaccin", "Analyses"]
    )
    paid = seed in (1, 4, 6)
    if paid:
        t = replace(t, deposit=(t.total / 2).quantize(Decimal("0.01")))
    t = replace(
        t,
        number=f"VET{t.issued:%Y}-{rng.randrange(1, 99999):05d}",
        due=t.issued + timedelta(days=15),
    )
    money = eur_plain
    letterhead(pen, t)
    pen.text(40, 120, f"Facture n° {t.number}", 13, bold=True)
    pen.text(40, 136, f"Date de facture : {fr_day(t.issued)}", 9)
    pen.text(
        40,
        149,
        f"Date de consultation : {fr_day(t.issued - timedelta(days=rng.randrange(0, 6)))}",
        9,
    )
    pen.text(280, 120, f"Propriétaire : {printed.lines[0]}", 9)
    pen.lines(280 + 62, 132, list(printed.lines[1:]), 9, 11.5)
    pen.text(40, 200, f"Animal : {rng.choice(['Rex', 'Mistigri', 'Caramel', 'Oscar'])}", 9)
    y = item_pages(pen, t, 240, money, ("Acte", "Qté", "Montant HT"), 40, lambda _: 60.0)
    pairs = [("Total HT", money(t.net)), ("TVA 20 %", money(t.vat)), ("Total TTC", money(t.total))]
    if paid:
        pairs += [("Déjà réglé", money(-t.deposit)), ("Reste dû", money(t.total_due))]
    y = rows(pen, pairs, y)
    pen.text(40, y + 10, f"À régler avant le {long_day(t.due)}.", 9)
    legal(pen, t)
    return t


def uk_builder(pen: Pen, seed: int) -> Truth:
    """A UK builder: `£12,345.67`, UK dates, `Less: retention 5%` and `Less: paid on account`
    on some invoices before `Balance due`; the due date as a date or as `Payment terms: 14
    days`; a `c/o` line in some debtor blocks."""
    t, printed, rng = truth(
        "builder", seed, seller_party=BUILDER, currency="GBP", lang="en", uk=True, count=4,
        names=["Labour", "Materials", "Scaffold hire", "Skip hire"],
    )  # fmt: skip
    retention = (t.total * Decimal("0.05")).quantize(Decimal("0.01")) if seed in (2, 5) else 0
    on_account = Decimal(rng.randrange(100, 900)) if seed in (3, 5, 7) and t.total > 1000 else 0
    terms = seed in (1, 4, 7)
    t = replace(
        t,
        number=f"PB{rng.randrange(1000, 99999)}",
        deposit=Decimal(retention) + Decimal(on_account),
        due=t.issued + timedelta(days=14 if terms else 30),
    )
    money = english("£")
    letterhead(pen, t)
    block(pen, printed, 40, 130)
    pen.text(330, 130, "INVOICE", 18, bold=True)
    pen.text(330, 152, f"Invoice: {t.number}", 9)
    pen.text(330, 165, f"Tax point / date: {t.issued:%d/%m/%Y}", 9)
    if not terms:
        pen.text(330, 178, f"Due: {t.due:%d/%m/%Y}", 9)
    y = item_pages(pen, t, 260, money, ("Description", "Qty", "Net"), 40, lambda _: 60.0)
    pairs = [("Net", money(t.net)), ("VAT @ 20%", money(t.vat)), ("Gross", money(t.total))]
    if retention:
        pairs.append(("Less: retention 5%", money(-Decimal(retention))))
    if on_account:
        pairs.append(("Less: paid on account", money(-Decimal(on_account))))
    pairs.append(("Balance due", money(t.total_due)))
    y = rows(pen, pairs, y)
    if terms:
        pen.text(40, y + 10, "Payment terms: 14 days from date of invoice.", 9)
    legal(pen, t, "en")
    return t


DESIGNS_B = {
    "export_currencies": export_currencies,
    "terms_then_dates": terms_then_dates,
    "credit_first_carried": credit_first_carried,
    "owner_on_label_line": owner_on_label_line,
    "uk_builder": uk_builder,
}
