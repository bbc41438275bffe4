"""Third learning set, designers 1–6: a plumber whose numbers gain digits and who writes dates
in full (`1er mars 2026`) and sometimes terms instead of a due date; a wholesaler whose totals
fall down the page or onto a third one after `À reporter` lines; an electrician whose header and
totals gain optional rows (a delivery date, a discount, a deposit, an early-payment discount
date); a cleaning firm printing a site address beside the billing one on some invoices; a
caterer whose credit notes share the invoices' layout; a consultancy sending French and
English versions of one layout."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from tests.parsing.generator.render import Pen
from tests.parsing.learning_layouts3.data import Truth, seller, truth
from tests.parsing.learning_layouts3.draw import (
    block,
    en_day,
    english,
    eur,
    eur_code_first,
    fr_day,
    item_pages,
    legal,
    letterhead,
    long_day,
    rows,
    sign,
)

PLUMBER = seller("Sanitaires Beck & Fils", "9 rue des Tanneurs", "67600", "Sélestat")
WHOLESALER = seller(
    "Alsace Distribution Hygiène", "ZI Nord, 3 rue de l'Industrie", "67400", "Illkirch"
)
ELECTRICIAN = seller("Électricité Hoffmann SARL", "22 route de Bâle", "68300", "Saint-Louis")
CLEANER = seller("Net'Service Propreté", "5 rue du Rhin", "67100", "Strasbourg")
CATERER = seller("Traiteur Ostermann", "40 Grand'Rue", "67500", "Haguenau")
CONSULTANT = seller("Rhin Conseil & Data", "1 place de la Gare", "67000", "Strasbourg")


def growing_numbers_long_dates(pen: Pen, seed: int) -> Truth:
    """`FACTURE N° 987` then `N° 1004`, `N° 10012`; the place and date in full (`Sélestat, le
    1er mars 2026`); the due date in full on some invoices, terms in its place on others."""
    first = date(2026, 3 + seed % 8, 1) if seed in (0, 3, 6) else None
    t, printed, _rng = truth("plumber", seed, seller_party=PLUMBER, issued=first, count=2)
    number = [987, 1004, 1031, 1087, 9998, 10012, 10150, 10377][seed]
    kind = ["date", "date", "receipt", "days30", "date", "receipt", "date", "days30"][seed]
    due = t.issued if kind == "receipt" else t.issued + timedelta(days=30)
    t = replace(t, number=str(number), due=due)
    letterhead(pen, t)
    block(pen, printed, 330, 120)
    pen.text(330, 215, f"Sélestat, le {long_day(t.issued)}", 9)
    pen.text(40, 240, f"FACTURE N° {t.number}", 15, bold=True)
    y = item_pages(pen, t, 270, eur, ("Travaux", "Qté", "Montant HT"), 40, lambda _: 60.0)
    y = rows(
        pen, [("Total HT", eur(t.net)), ("TVA 20 %", eur(t.vat)), ("Total TTC", eur(t.total))], y
    )
    if kind == "date":
        pen.text(40, y + 14, f"Échéance : {long_day(t.due)}", 9, bold=True)
    elif kind == "receipt":
        pen.text(40, y + 14, "Paiement à réception de facture.", 9)
    else:
        pen.text(40, y + 14, "Paiement à 30 jours date de facture.", 9)
    legal(pen, t)
    return t


def drifting_totals(pen: Pen, seed: int) -> Truth:
    """2 to 70 item lines over one to three pages with `À reporter` / `Report` subtotals at the
    page breaks; a `Déjà réglé` row on some; the due date under the totals, wherever they end."""
    count = 4 if seed == 0 else [2, 30, 12, 70, 5, 45, 8][seed - 1]
    t, printed, rng = truth("wholesale", seed, seller_party=WHOLESALER, count=count)
    paid = (t.total * Decimal("0.3")).quantize(Decimal("0.01")) if seed in (2, 5, 6) else 0
    t = replace(t, number=f"FA{t.issued:%y}{rng.randrange(1, 99999):05d}", deposit=Decimal(paid))
    letterhead(pen, t)
    block(pen, printed, 330, 115)
    pen.text(40, 210, "FACTURE", 16, bold=True)
    for col, (label, value) in enumerate(
        [("N° facture", t.number), ("Date", fr_day(t.issued)), ("Code client", t.customer_ref)]
    ):
        pen.text(40 + col * 130, 232, label, 7.5, bold=True)
        pen.text(40 + col * 130, 245, value, 9.5)
    carried = {"sum": Decimal(0)}

    def next_page(page: int) -> float:
        pen.text(40, 50, f"Facture {t.number} - page {page}", 10, bold=True)
        pen.text(340, 72, "Report", 9)
        pen.right(550, 72, eur(carried["sum"]), 9)
        return 90.0

    per_page = 28
    y = 275.0
    for page_start in range(0, len(t.items), per_page):
        chunk = replace(t, items=t.items[page_start : page_start + per_page])
        if page_start:
            pen.canvas.showPage()
            y = next_page(page_start // per_page + 1)
        y = item_pages(pen, chunk, y, eur, ("Article", "Qté", "Montant HT"), per_page, next_page)
        carried["sum"] += sum((p * q for _, q, p in chunk.items), Decimal(0))
        if page_start + per_page < len(t.items):
            pen.text(340, y, "À reporter", 9)
            pen.right(550, y, eur(carried["sum"]), 9)
    if y > 690:
        pen.canvas.showPage()
        y = next_page(len(t.items) // per_page + 2)
    pairs = [("Total HT", eur(t.net)), ("TVA 20 %", eur(t.vat)), ("Total TTC", eur(t.total))]
    if t.deposit:
        pairs.append(("Déjà réglé", eur(-t.deposit)))
    pairs.append(("Net à payer", eur(t.total_due)))
    y = rows(pen, pairs, y)
    pen.text(40, y + 8, f"Date d'échéance : {fr_day(t.due)}", 9, bold=True)
    legal(pen, t)
    return t


def optional_rows(pen: Pen, seed: int) -> Truth:
    """A header column that gains a delivery date and an order number on some invoices, totals
    that gain a discount and a deposit `reçu le <date>`, and an early-payment discount date
    under them on some; the corrected invoice has none of these."""
    t, printed, rng = truth("electric", seed, seller_party=ELECTRICIAN, count=3)
    delivered, order = seed in (1, 4, 6, 7), seed in (2, 4, 7)
    discount, deposit, early = seed in (3, 4, 6), seed in (2, 5, 7), seed in (1, 3, 5, 6)
    t = replace(t, number=f"FE-{t.issued.year}-{rng.randrange(1, 9999):04d}")
    if deposit:
        t = replace(t, deposit=(t.total * Decimal("0.4")).quantize(Decimal("0.01")))
    letterhead(pen, t)
    block(pen, printed, 330, 120)
    head = [("Facture n°", t.number), ("Date de facture", fr_day(t.issued))]
    if delivered:
        head.append(("Date de livraison", fr_day(t.issued - timedelta(days=rng.randrange(2, 9)))))
    if order:
        head.append(("Bon de commande", f"BC-{rng.randrange(1000, 9999)}"))
    head.append(("Échéance", fr_day(t.due)))
    for index, (label, value) in enumerate(head):
        pen.text(40, 215 + index * 13, label, 9)
        pen.text(150, 215 + index * 13, value, 9, bold=index == 0)
    y = item_pages(pen, t, 300, eur, ("Désignation", "Qté", "Montant HT"), 40, lambda _: 60.0)
    pairs = []
    if discount:
        pairs.append(("Remise 5 % incluse", eur((t.net / 19).quantize(Decimal("0.01")))))
    pairs += [("Total HT", eur(t.net)), ("TVA 20 %", eur(t.vat)), ("Total TTC", eur(t.total))]
    if deposit:
        received = t.issued - timedelta(days=15)
        pairs.append((f"Acompte reçu le {fr_day(received)}", eur(-t.deposit)))
    pairs.append(("Net à payer", eur(t.total_due)))
    y = rows(pen, pairs, y, 300)
    if early:
        by = fr_day(t.issued + timedelta(days=8))
        pen.text(40, y + 10, f"Escompte de 2 % pour paiement avant le {by}.", 8.5)
    legal(pen, t)
    return t


def site_address(pen: Pen, seed: int) -> Truth:
    """`Adresse de facturation` at the right; on some invoices `Lieu d'intervention` at the left
    with a site's own name and address; the billing block with or without a c/o line."""
    t, printed, rng = truth("cleaning", seed, seller_party=CLEANER, count=2)
    t = replace(t, number=f"{t.issued:%Y%m}-{rng.randrange(1, 999):03d}")
    money = eur_code_first if seed in (2, 5) else eur
    letterhead(pen, t)
    pen.text(330, 120, "Adresse de facturation", 8, bold=True)
    block(pen, printed, 330, 134, 9.5)
    if seed in (1, 3, 4, 6):
        site = rng.choice(["Résidence Les Hortensias", "Copropriété Le Parc", "Cabinet Dr Risch"])
        pen.text(40, 120, "Lieu d'intervention", 8, bold=True)
        pen.lines(40, 134, [site, "16 rue des Vergers", "67200 Strasbourg"], 9.5, 12)
    pen.text(40, 230, f"Facture n° {t.number}", 13, bold=True)
    pen.text(40, 246, f"Date : {fr_day(t.issued)}", 9)
    pen.text(200, 246, f"À régler avant le : {fr_day(t.due)}", 9)
    y = item_pages(pen, t, 280, money, ("Prestation", "Passages", "Montant HT"), 40, lambda _: 60.0)
    pairs = [("Total HT", money(t.net)), ("TVA 20 %", money(t.vat)), ("Total TTC", money(t.total))]
    rows(pen, pairs, y)
    legal(pen, t)
    return t


def caterer_credit_notes(pen: Pen, seed: int) -> Truth:
    """Invoices and credit notes in one layout: `Avoir n°` over `Facture n°`, a credit note
    names the invoice it cancels (another number and date), prints no due date and ends on
    `Net à déduire` where invoices end on `Net à payer`."""
    credit = seed in (2, 5)
    t, printed, rng = truth(
        "caterer", seed, seller_party=CATERER, credit=credit, count=3, vat_rate=Decimal("0.10")
    )
    prefix = "AV" if credit else "F"
    t = replace(
        t, number=f"{prefix}{t.issued:%y}-{rng.randrange(1, 9999):04d}", due_shown=not credit
    )
    letterhead(pen, t)
    block(pen, printed, 330, 120)
    pen.text(40, 225, f"{'Avoir' if credit else 'Facture'} n° {t.number}", 14, bold=True)
    pen.text(40, 241, f"Date : {fr_day(t.issued)}", 9)
    if credit:
        origin = t.issued - timedelta(days=rng.randrange(10, 40))
        pen.text(
            40,
            254,
            f"Facture d'origine : F{origin:%y}-{rng.randrange(1, 9999):04d} du {fr_day(origin)}",
            9,
        )
    else:
        pen.text(40, 254, f"Date limite de règlement : {fr_day(t.due)}", 9)
    y = item_pages(pen, t, 285, eur, ("Prestation", "Couverts", "Montant HT"), 40, lambda _: 60.0)
    k = sign(t)
    pairs = [
        ("Total HT", eur(t.net * k)),
        ("TVA 10 %", eur(t.vat * k)),
        ("Total TTC", eur(t.total * k)),
    ]
    pairs.append(("Net à déduire", eur(t.total)) if credit else ("Net à payer", eur(t.total)))
    rows(pen, pairs, y)
    legal(pen, t)
    return t


def bilingual(pen: Pen, seed: int) -> Truth:
    """One layout in French for French clients, in English for others: labels, dates
    (`3 mars 2026` / `March 3, 2026`) and amounts (`1 234,56 €` / `€1,234.56`) change."""
    en = seed in (2, 5, 6)
    t, printed, rng = truth(
        "bilingual", seed, seller_party=CONSULTANT, count=2, lang="en" if en else "fr"
    )
    t = replace(t, number=f"RCD-{t.issued:%y}{rng.randrange(1, 999):03d}")
    day, money = (en_day, english("€")) if en else (long_day, eur)
    letterhead(pen, t)
    block(pen, printed, 330, 120)
    labels = (
        ("INVOICE", "Invoice number", "Issue date", "Due date", "Amount due")
        if en
        else ("FACTURE", "N° de facture", "Date d'émission", "Date d'échéance", "Net à payer")
    )
    pen.text(40, 220, labels[0], 16, bold=True)
    for index, (label, value) in enumerate(
        [(labels[1], t.number), (labels[2], day(t.issued)), (labels[3], day(t.due))]
    ):
        pen.text(40, 242 + index * 13, f"{label} :", 9)
        pen.text(150, 242 + index * 13, value, 9)
    heads = ("Service", "Days", "Amount") if en else ("Prestation", "Jours", "Montant HT")
    y = item_pages(pen, t, 300, money, heads, 40, lambda _: 60.0)
    net, vat, total = ("Net", "VAT 20%", "Total") if en else ("Total HT", "TVA 20 %", "Total TTC")
    pairs = [(net, money(t.net)), (vat, money(t.vat)), (total, money(t.total))]
    pairs.append((labels[4], money(t.total_due)))
    rows(pen, pairs, y)
    legal(pen, t, "en" if en else "fr")
    return t


DESIGNS_A = {
    "growing_numbers_long_dates": growing_numbers_long_dates,
    "drifting_totals": drifting_totals,
    "optional_rows": optional_rows,
    "site_address": site_address,
    "caterer_credit_notes": caterer_credit_notes,
    "bilingual": bilingual,
}
