"""The money of an invoice: its total, what was already paid or taken on by someone else, what is
still due, and whether the document is a credit note (by its title, never by a sign alone)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from parsing.layout import labels as L
from parsing.layout.amounts import AMOUNT, currency_of, find_amounts
from parsing.layout.balance import carried_forward, due_printed, is_previous, table_sum
from parsing.layout.currency import DOLLAR, which_dollar
from parsing.pdf import Cell, Page

_I = re.IGNORECASE
# A letter gives its title in its subject line: "Objet : Avoir n° AV-12".
_TITLE = re.compile(
    r"^\s*(?:(?:objet|subject|betreff|re)\s*:\s*)?"
    r"(?:(?P<credit>avoir|credit\s+note|note\s+de\s+cr[ée]dit|facture\s+d['’]\s*avoir"
    r"|facture\s+rectificative|gutschrift|rechnungskorrektur|credit\s+memo)"
    r"|(?:facture|invoice|tax\s+invoice|rechnung|note\s+d['’]\s*honoraires))\b",
    _I,
)
# A line that names a credit note without being one: deducted from this invoice, or the one an
# invoice corrects.
_NOT_TITLE = re.compile(
    r"d[ée]duit|imput[ée]|[àa]\s+d[ée]duire|deducted|applied|d['’]\s*origine|initiale?|original"
    r"|corrig|rectifi[ée]e\b|related|associ",
    _I,
)


_BARE_TOTAL = re.compile(r"\s*(?:total|montant|amount|betrag)\s*:?\s*", _I)


def last_amount(text: str) -> tuple[Decimal, str | None] | None:
    found = find_amounts(text)
    return found[-1] if found else None


def amount_at(pages: list[Page], pattern: re.Pattern[str]) -> tuple[Decimal | None, str | None]:
    """The amount at the last `pattern` label, preferring values beside it to values below."""
    hits = list(L.values(pages, pattern, last_amount))
    if not hits:
        return None, None
    close = [hit for hit in hits if hit.place != "below"] or hits
    value, currency = close[-1].value
    return value, currency


def _grand_total(pages: list[Page]) -> tuple[Decimal | None, str | None]:
    """The amount at the last total label; a bare "Total" heading a column of item amounts (in
    a row of headings) is not the invoice's total."""
    headings = {
        (cell.x0, cell.y)
        for page in pages
        for line in page.lines
        if len(line.cells) > 1
        for cell in line.cells
        if _BARE_TOTAL.fullmatch(cell.text)
    }
    hits = [
        hit
        for hit in L.values(pages, L.TOTAL, last_amount)
        if not (hit.place == "below" and (hit.cell.x0, hit.cell.y) in headings)
    ]
    if not hits:
        return None, None
    close = [hit for hit in hits if hit.place != "below"] or hits
    return close[-1].value


def net_and_vat(pages: list[Page]) -> tuple[Decimal | None, list[Decimal]]:
    """The net amount (HT) and each VAT amount printed beside its label, as positive amounts."""
    net, _ = amount_at(pages, L.NET)
    vats = [abs(hit.value[0]) for hit in L.values(pages, L.VAT, last_amount)]
    return (None if net is None else abs(net)), vats


@dataclass(frozen=True)
class Money:
    total: Decimal | None
    total_due: Decimal | None
    currency: str | None
    due_printed: Decimal | None  # the amount at an "amount due" label, as printed
    deductions: tuple[Decimal, ...]  # deposits, payments made, subsidies… (positive)
    credit_title: bool  # the document's title says it is a credit note
    currency_doubt: str | None = None  # a "$" the page does not say is CAD or USD
    total_printed: bool = False  # the total is read at its label, not worked out
    carried: Decimal | None = None  # a balance brought forward, signed (negative: a credit)
    lines_sum: Decimal | None = None  # what a statement's lines above the amount due add up to
    favour: bool = False  # the amount due is a balance in the debtor's favour


def read_money(pages: list[Page], text: str) -> Money:
    """The total, and what is still due: the amount at its own label, else the total less the
    deductions printed, else the total. A credit note's amounts are negative, however printed."""
    total, total_currency = _grand_total(pages)
    due = due_printed(pages)
    printed, due_currency = (due.amount, due.currency) if due else (None, None)
    favour = due is not None and due.favour
    taken = deductions(pages)
    carried = carried_forward(pages)
    lines_sum = None
    if carried is not None:  # a statement: this period's total, the balance brought forward
        total = _period_total(pages)  # adds to it, a credit brought forward is taken off
        if carried[0] < 0:
            taken.append(-carried[0])
        if total is not None:
            total += max(carried[0], Decimal(0))
        elif due is not None:
            lines_sum = table_sum(pages, due.cell)
    total_printed = total is not None
    if total is None:  # no grand total printed: the net plus its VAT, or what is due plus
        net, vats = net_and_vat(pages)  # what was deducted
        if net is not None and vats and carried is None:
            total = abs(net) + sum(vats)
        elif printed is not None and taken:
            total = (printed if favour else abs(printed)) + sum(taken)
    total_due = printed
    if total_due is None and total is not None and taken and 0 < sum(taken) <= abs(total):
        total_due = abs(total) - sum(taken)
    if total_due is None:
        total_due = total
    if total is None:
        total = total_due
    credit = credit_titled(pages)
    if credit and total is not None and total_due is not None and total > 0 and total_due >= 0:
        total, total_due = -total, -total_due
    elif credit and favour and total is not None and total > 0:
        total = -total
    currency = due_currency or total_currency or currency_of(text)
    doubt = None
    if currency == DOLLAR:
        currency, doubt = which_dollar(text)
    return Money(
        total, total_due, currency, printed, tuple(taken), credit, doubt, total_printed,
        None if carried is None else carried[0], lines_sum, favour,
    )  # fmt: skip


def _period_total(pages: list[Page]) -> Decimal | None:
    """A statement's total of this period's charges: at the last total label that is neither
    an amount due's nor a balance brought forward's, else the net plus its VAT."""
    hits = [
        hit
        for hit in L.values(pages, L.TOTAL, last_amount)
        if not L.label_at(hit.cell.text, L.TOTAL_DUE) and not is_previous(hit.cell.text)
    ]
    close = [hit for hit in hits if hit.place != "below"] or hits
    if close:
        return abs(close[-1].value[0])
    net, vats = net_and_vat(pages)
    return abs(net) + sum(vats) if net is not None and vats else None


_CENTS = re.compile(r"[.,]\d{2}$")
# "Acomptes versés (10 x 45,00 €)": the instalment, not what was paid in all.
_TIMES = re.compile(r"\d\s*[x×*]\s*$", re.IGNORECASE)


def _deducted(text: str) -> tuple[Decimal, str | None] | None:
    """The amount that ends a deduction's text, printed as money (with cents or a currency):
    "Acompte versé le 12/03 -500,00 €", not the street number or postcode after a name that
    holds a deduction's word ("Aide à Domicile Les Glycines - 42 avenue du Parc")."""
    matches = list(AMOUNT.finditer(text))
    if not matches or text[matches[-1].end() :].strip(" )"):
        return None
    match = matches[-1]
    if not (match.group("pre") or match.group("post") or _CENTS.search(match.group("num"))):
        return None
    if _TIMES.search(text[: match.start()]):
        return None
    return last_amount(match.group(0))


def deductions(pages: list[Page]) -> list[Decimal]:
    """Each amount printed beside a deduction's label (an acompte, an insurer's share, a credit
    note deducted…), once, as a positive amount."""
    seen: set[tuple[float, float]] = set()
    found = []
    bands: set[tuple[float, float]] | None = None
    for hit in L.values(pages, L.DEPOSIT, _deducted):
        place = (hit.cell.x0, hit.cell.y)
        if hit.place == "below":
            bands = _bands(pages) if bands is None else bands
            if place not in bands:
                continue
        if place in seen or not hit.value[0] or _charged(pages, hit.cell):
            continue
        seen.add(place)
        found.append(abs(hit.value[0]))
    return found


# A rent notice charges "Provision sur charges" with the rent; a charges statement deducts the
# provisions paid ("versées", "appelées"), after the total of the year's charges.
_PROVISION_CHARGED = re.compile(
    r"^\s*provisions?\s+(?:sur|pour)\s+(?:charges|consommations?)(?!\s+(?:vers|pay|r[ée]gl"
    r"|appel|re[çc]|d[ée]j|d[ée]du|factur|pr[ée]lev))",
    _I,
)
_TOTAL_ROW = re.compile(r"^\s*(?:sous-?\s*)?total|^\s*montant\s+total", _I)


def _charged(pages: list[Page], cell: Cell) -> bool:
    """A provision for charges with no total printed above it: one of the amounts the total
    adds up, not a deduction from it."""
    if not _PROVISION_CHARGED.match(cell.text):
        return False
    page = next(page for page in pages if any(cell in line.cells for line in page.lines))
    return not any(line.y < cell.y and _TOTAL_ROW.match(line.cells[0].text) for line in page.lines)


def _bands(pages: list[Page]) -> set[tuple[float, float]]:
    """The cells of a totals band: a row of labels only ("Total HT  TVA  TTC  Acompte  Net à
    payer") over the row of their amounts, where a deduction's amount is the one below it."""
    return {
        (cell.x0, cell.y)
        for page in pages
        for line in page.lines
        if len(line.cells) > 2 and all(L.is_label(cell.text) for cell in line.cells)
        for cell in line.cells
    }


def credit_titled(pages: list[Page]) -> bool:
    """Whether the document's title (the largest title word of its first page's top half) is a
    credit note's."""
    page = pages[0]
    best, best_size = None, 0.0
    for line in page.lines:
        if page.height and line.y > page.height * 0.6:
            break
        for cell in line.cells:
            match = _TITLE.match(cell.text)
            if match and not _NOT_TITLE.search(cell.text) and cell.size > best_size:
                best, best_size = match, cell.size
    return best is not None and best.group("credit") is not None
