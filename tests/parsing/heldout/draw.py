"""Drawing helpers for the held-out layouts: formats the generator does not print (short month
names, two-digit years, "EUR" after the amount), grey bands, VAT recaps, two-column footers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from tests.parsing.generator.render import MONTHS_FR, Pen, fr_amount
from tests.parsing.heldout.data import Block, Case

Money = Callable[[Decimal], str]
SHORT_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
            "nov.", "déc."]  # fmt: skip
SHORT_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def short_fr(day: date) -> str:
    return f"{day.day} {SHORT_FR[day.month - 1]} {day.year}"


def long_fr(day: date) -> str:
    return f"{day.day:02d} {MONTHS_FR[day.month - 1]} {day.year}"


def two_digit(day: date) -> str:
    return day.strftime("%d/%m/%y")


def dashed(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def dotted(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def en_short(day: date) -> str:
    return f"{day.day:02d} {SHORT_EN[day.month - 1]} {day.year}"


def eur_after(value: Decimal) -> str:
    return fr_amount(value, " ", " EUR")


def eur_before(value: Decimal) -> str:
    sign = "-" if value < 0 else ""
    return f"{sign}EUR {abs(value):,.2f}"


def en_eur_after(value: Decimal) -> str:
    return f"{value:,.2f} EUR"


def plain_fr(value: Decimal) -> str:
    return fr_amount(value, " ", "")


def title(case: Case, lang: str = "fr") -> str:
    if lang == "en":
        return "CREDIT NOTE" if case.f.credit else "INVOICE"
    return "AVOIR" if case.f.credit else "FACTURE"


def sign(case: Case) -> int:
    return -1 if case.f.credit else 1


def terms_fr(terms: str) -> str:
    """The generator's terms as French SMEs phrase them."""
    return {
        "45 jours fin de mois": "45 jours fin de mois",
        "30 jours fin de mois": "30 jours fin de mois",
        "30 jours net": "30 jours net à compter de la date de facture",
        "à réception de facture": "comptant à réception de facture",
    }.get(terms, terms)


def block_lines(
    b: Block, phone_label: str = "Tél. ", email_label: str = "", attention_first: bool = False
) -> list[str]:
    """A party's block as printed: name (or attention line first), address, city, contacts."""
    head = [b.name] + ([b.attention] if b.attention else [])
    if attention_first and b.attention:
        head = [b.attention, b.name]
    out = [*head, *b.lines, b.city_line] + ([b.country] if b.country else [])
    if b.phone:
        out.append(f"{phone_label}{b.phone}")
    if b.email:
        out.append(f"{email_label}{b.email}")
    return out


def band(pen: Pen, y: float, height: float, gray: float = 0.85, x0: float = 0,
         x1: float = 595) -> None:  # fmt: skip
    """A filled grey band from `y` (top) down `height` points."""
    canvas = pen.canvas
    canvas.saveState()
    canvas.setFillGray(gray)
    canvas.setStrokeGray(gray)
    canvas.rect(x0, pen.height - y - height, x1 - x0, height, stroke=0, fill=1)
    canvas.restoreState()


def white_text(pen: Pen, x: float, y: float, value: str, size: float = 10,
               bold: bool = True) -> None:  # fmt: skip
    canvas = pen.canvas
    canvas.saveState()
    canvas.setFillGray(1)
    pen.text(x, y, value, size, bold=bold)
    canvas.restoreState()


def items_table(pen: Pen, case: Case, y: float, money: Money, columns: list[str],
                xs: list[float], lang: str = "fr") -> float:  # fmt: skip
    """An item table whose columns come in any order: designation, ref, qty, unit, vat, amount."""
    for head, x in zip(columns, xs, strict=True):
        if head.startswith("<"):
            pen.text(x, y, head[1:], 8, bold=True)
        else:
            pen.right(x, y, head, 8, bold=True)
    pen.rule(y + 4)
    rates = [label for label, _, _ in case.rates]
    for index, (name, qty, price) in enumerate(case.f.items):
        y += 15
        cells = {
            "designation": name,
            "ref": f"ART-{100 + index * 7}",
            "qty": str(qty),
            "unit": money(price),
            "vat": rates[index % len(rates)],
            "amount": money(price * qty * sign(case)),
        }
        for key, x in zip(_keys(columns, lang), xs, strict=True):
            if columns[_keys(columns, lang).index(key)].startswith("<"):
                pen.text(x, y, cells[key], 8)
            else:
                pen.right(x, y, cells[key], 8)
    pen.rule(y + 6)
    return y + 24


_KEYS_FR = {"désignation": "designation", "description": "designation", "réf.": "ref",
            "ref": "ref", "réf": "ref", "qté": "qty", "qty": "qty", "quantité": "qty",
            "p.u. ht": "unit", "pu ht": "unit", "prix unit. ht": "unit", "unit price": "unit",
            "tva": "vat", "vat": "vat", "taux tva": "vat", "montant ht": "amount",
            "total ht": "amount", "amount": "amount", "net amount": "amount"}  # fmt: skip


def _keys(columns: list[str], lang: str) -> list[str]:
    return [_KEYS_FR[c.lstrip("<").lower()] for c in columns]


def vat_recap(pen: Pen, case: Case, x: float, y: float, money: Money,
              heads: tuple[str, ...] = ("Taux", "Base HT", "Montant TVA")) -> float:  # fmt: skip
    """A small table of VAT per rate (several rates on one invoice)."""
    pen.text(x, y, heads[0], 7, bold=True)
    pen.right(x + 110, y, heads[1], 7, bold=True)
    pen.right(x + 190, y, heads[2], 7, bold=True)
    for label, base, vat in case.rates:
        y += 11
        pen.text(x, y, label, 7)
        pen.right(x + 110, y, money(base * sign(case)), 7)
        pen.right(x + 190, y, money(vat * sign(case)), 7)
    return y + 14


def legal_two_columns(pen: Pen, case: Case, y: float = 770) -> None:
    """The legal mentions French invoices must carry, in two columns at the foot of the page:
    the seller's identity, address and contacts on the left, bank and penalties on the right."""
    s, f = case.seller, case.f
    pen.rule(y - 10)
    left = [
        f"{s.name} - SAS au capital de 8 000 €",
        f"{' - '.join(s.lines)} - {s.city_line}",
        f"RCS Ajaccio {f.siret[:9]} - SIRET {f.siret}",
        f"TVA intracom. FR{f.siret[:11]} - Code APE 4332A",
        f"Tél. {s.phone} - {s.email}",
    ]
    right = [
        "IBAN FR76 1027 8090 0000 0123 4567 890",
        "BIC CMCIFR2A - Crédit Mutuel Ajaccio",
        "Pénalités de retard : 3 fois le taux d'intérêt légal.",
        "Indemnité forfaitaire pour frais de recouvrement : 40,00 €",
        "Pas d'escompte pour paiement anticipé.",
    ]
    pen.lines(40, y, left, 6.5, 8.5)
    pen.lines(320, y, right, 6.5, 8.5)


def totals_rows(case: Case, labels: dict[str, str], vat_per_rate: bool = False
                ) -> list[tuple[str, Decimal]]:  # fmt: skip
    """(label, value) rows of a totals block: net, VAT (one or per rate), total, deposit, due.
    `labels` names each row: net, vat, total, deposit, due (due may be "" to leave it out)."""
    f, k = case.f, sign(case)
    rows = [(labels["net"], f.net * k)]
    if vat_per_rate:
        rows += [(f"{labels['vat']} {label}", vat * k) for label, _, vat in case.rates]
    else:
        rows.append((labels["vat"], f.vat * k))
    rows.append((labels["total"], f.total * k))
    if f.deposit:
        rows.append((labels["deposit"], -f.deposit))
    if labels.get("due") and (f.deposit or not f.credit):
        rows.append((labels["due"], f.total_due))
    return rows
