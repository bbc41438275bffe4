"""Five more layouts: a spreadsheet-made invoice without VAT, an accounting package's header
table, "Adressé à" with euro-first amounts, a two-page invoice without page markers, and a
debtor name beside its label."""

from __future__ import annotations

import random
from decimal import Decimal

from tests.parsing.generator.data import Facts
from tests.parsing.generator.layouts_flow import items_then_totals
from tests.parsing.generator.render import Pen, fr_amount, fr_date, fr_long


def _sign(f: Facts) -> int:
    return -1 if f.credit else 1


def _euro_first(value: Decimal) -> str:
    return "€ " + fr_amount(value, " ", "")


def no_vat_sheet(pen: Pen, f: Facts, rng: random.Random) -> None:
    """Sole trader: "TVA non applicable", a single TOTAL, terms in a footnote, 2-digit years."""
    s, d = f.seller, f.debtor
    title = f"AVOIR N° {f.number}" if f.credit else f"FACTURE N° {f.number}"
    pen.text(40, 50, title, 18, bold=True)
    pen.text(40, 75, f"Date : {f.issued.strftime('%d/%m/%y')}")
    seller = [s.name, "Entrepreneur individuel", s.street, f"{s.postcode} {s.city}",
              f"SIRET : {f.siret}", f"Tél : {s.phone}", s.email or ""]  # fmt: skip
    pen.lines(40, 110, seller, 9, 11)
    pen.text(330, 110, "Client :", 9, bold=True)
    lines = [d.name, d.street, f"{d.postcode} {d.city}"]
    lines += [f"Tél : {d.phone}"] if d.phone else []
    lines += [d.email] if d.email else []
    pen.lines(330, 124, lines, 9, 11)
    y = 300
    for name, qty, price in f.items:
        pen.text(45, y, name)
        pen.right(550, y, fr_amount(price * qty))
        y += 15
    pen.text(380, y + 20, "TOTAL", bold=True)
    pen.right(550, y + 20, fr_amount(f.total * _sign(f)), bold=True)
    if f.deposit:
        pen.text(380, y + 35, "Acompte")
        pen.right(550, y + 35, fr_amount(-f.deposit))
        pen.text(380, y + 50, "Total à payer", bold=True)
        pen.right(550, y + 50, fr_amount(f.total_due), bold=True)
    pen.text(40, y + 80, "TVA non applicable, art. 293 B du CGI", 8)
    if f.terms:
        pen.text(40, y + 95, f"Conditions de paiement : paiement {f.terms}", 8)
    else:
        pen.text(40, y + 95, f"Date limite de règlement : {fr_date(f.due)}", 8)


def accounting_header(pen: Pen, f: Facts, rng: random.Random) -> None:
    """Accounting-package style: "N° pièce" in a header table, the client's own VAT number in
    its window block, client contacts on one line, "NET A PAYER"."""
    s, d = f.seller, f.debtor
    pen.lines(40, 40, [s.name, s.street, f"{s.postcode} {s.city}", f"Tél. {s.phone}",
                       s.email or ""], 8, 10, bold_first=True)  # fmt: skip
    pen.text(40, 95, f"SIRET {f.siret} - N° TVA FR{f.siret[:11]}", 7)
    pen.lines(330, 130, [d.name, d.street, f"{d.postcode} {d.city}",
                         f"N° TVA : FR99{f.siret[2:11]}"], 10, 12)  # fmt: skip
    pen.text(40, 230, "AVOIR" if f.credit else "FACTURE", 14, bold=True)
    cols = [("Date", fr_date(f.issued)), ("N° pièce", f.number),
            ("Code client", f.customer_ref), ("Échéance", f.terms or fr_date(f.due))]  # fmt: skip
    for index, (label, value) in enumerate(cols):
        pen.text(40 + index * 120, 255, label, 8, bold=True)
        pen.text(40 + index * 120, 268, value, 9)
    if d.email:
        pen.text(40, 285, f"E-mail client : {d.email}", 8)
    if d.phone:
        pen.text(300, 285, f"Tél client : {d.phone}", 8)
    y = 330
    for name, qty, price in f.items:
        pen.text(45, y, name)
        pen.right(550, y, fr_amount(price * qty, " "))
        y += 15
    rows = [("Total H.T.", f.net), ("Total T.V.A.", f.vat), ("Total T.T.C.", f.total)]
    rows += [("Acomptes", f.deposit * _sign(f))] if f.deposit else []
    y += 15
    for label, value in rows:
        pen.text(380, y, label)
        pen.right(550, y, fr_amount(value * (1 if label == "Acomptes" else _sign(f)), " "))
        y += 14
    due = f.total if f.credit else f.total_due
    pen.text(380, y, "NET A PAYER", bold=True)
    pen.right(550, y, fr_amount(due * _sign(f), " "), bold=True)


def adresse_a(pen: Pen, f: Facts, rng: random.Random) -> None:
    """ "Adressé à :" block at left, "Émise le"/"Payable le", euro sign first, "Reste dû"."""
    s, d = f.seller, f.debtor
    pen.text(300, 40, s.name, 13, bold=True)
    phone = s.phone or ""
    shown = "+33 (0)" + (phone[1:] if phone.startswith("0") else phone[4:])
    pen.lines(300, 56, [s.street, f"{s.postcode} {s.city}", shown, s.email or ""], 8, 10)
    pen.text(40, 150, "Adressé à :", 9, bold=True)
    lines = [d.name, d.street, f"{d.postcode} {d.city}"]
    lines += [f"E-mail : {d.email}"] if d.email else []
    lines += [f"Portable : {d.phone}"] if d.phone else []
    pen.lines(40, 164, lines, 9, 11)
    pen.text(300, 150, f"{'Avoir' if f.credit else 'Facture'} : {f.number}", 11, bold=True)
    pen.text(300, 166, f"Émise le : {fr_long(f.issued)}")
    pen.text(300, 180, f"Paiement : {f.terms}" if f.terms else f"Payable le : {fr_long(f.due)}")
    y = 300
    for name, qty, price in f.items:
        pen.text(45, y, name)
        pen.right(550, y, _euro_first(price * qty))
        y += 15
    y += 15
    for label, value in (("Sous-total", f.net), ("TVA (20 %)", f.vat), ("Total TTC", f.total)):
        pen.text(380, y, label)
        pen.right(550, y, _euro_first(value * _sign(f)))
        y += 14
    if f.deposit:
        pen.text(380, y, "Déjà payé")
        pen.right(550, y, _euro_first(f.deposit))
        pen.text(380, y + 14, "Reste dû", bold=True)
        pen.right(550, y + 14, _euro_first(f.total_due), bold=True)
    pen.text(40, 800, f"{s.name} — SIREN {f.siret[:9]} — RCS Lyon", 7)


def continued(pen: Pen, f: Facts, rng: random.Random) -> None:
    """Two pages, no page markers, no header on page 2: the totals page must stay attached."""
    f.credit_titled = False
    s, d = f.seller, f.debtor
    pen.lines(40, 40, [s.name, s.street, f"{s.postcode} {s.city}", f"Tel {s.phone}",
                       s.email or ""], 9, 11, bold_first=True)  # fmt: skip
    pen.text(330, 130, "Facturé à", 8, bold=True)
    lines = [d.name, d.street, f"{d.postcode} {d.city}"]
    lines += [d.phone] if d.phone else []
    lines += [d.email] if d.email else []
    pen.lines(330, 144, lines, 9, 11)
    pen.text(40, 230, f"Facture {f.number}", 14, bold=True)
    pen.text(40, 248, f"Date de facture : {fr_date(f.issued)}")
    pen.text(40, 262, f"Conditions : {f.terms}" if f.terms else f"Échéance : {fr_date(f.due)}")
    for index in range(32):
        pen.text(45, 300 + index * 15, f"Ligne de détail {index + 1}")
    pen.canvas.showPage()
    items_then_totals(pen, f, 60, label_x=380, gap=20, balance="Net à payer")
    pen.text(40, 800, f"SIRET {f.siret}", 7)


def client_beside(pen: Pen, f: Facts, rng: random.Random) -> None:
    """ "Client" with the name beside it and the address under the name; a client code labelled
    "Client :" elsewhere on the page."""
    s, d = f.seller, f.debtor
    pen.lines(40, 40, [s.name, s.street, f"{s.postcode} {s.city}", f"Tél {s.phone}",
                       s.email or ""], 9, 11, bold_first=True)  # fmt: skip
    pen.text(40, 95, f"SIRET {f.siret}", 7)
    pen.text(40, 140, "Client", 9, bold=True)
    lines = [d.name, d.street, f"{d.postcode} {d.city}"]
    lines += [d.phone] if d.phone else []
    lines += [d.email] if d.email else []
    pen.lines(110, 140, lines, 9, 11)
    pen.text(330, 140, f"Client : {f.customer_ref}", 9)
    pen.text(330, 155, f"{'Avoir' if f.credit else 'Facture'} N° {f.number}", 11, bold=True)
    pen.text(330, 170, f"Date : {fr_date(f.issued)}")
    pen.text(330, 184, f"Échéance : {f.terms or fr_date(f.due)}")
    y = 300
    for name, qty, price in f.items:
        pen.text(45, y, name)
        pen.right(550, y, fr_amount(price * qty))
        y += 15
    rows = [("Total HT", f.net * _sign(f)), ("TVA 20%", f.vat * _sign(f)),
            ("Total TTC", f.total * _sign(f))]  # fmt: skip
    rows += [("Acompte versé", -f.deposit), ("Reste à payer", f.total_due)] if f.deposit else []
    for label, value in rows:
        pen.text(380, y + 20, label)
        pen.right(550, y + 20, fr_amount(value))
        y += 14


EXTRA_LAYOUTS = {
    "client_beside": client_beside,
    "no_vat_sheet": no_vat_sheet,
    "accounting_header": accounting_header,
    "adresse_a": adresse_a,
    "continued": continued,
}
