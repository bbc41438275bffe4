"""An account carried from period to period: the balance a statement, a rent notice, a call for
dues or a utility bill brings forward from the previous one, and what the page says is due now.

The balance carried forward is still owed: it adds to this period's charges, and the payments
received since are taken off. A credit carried forward ("Solde créditeur antérieur", "£20.00
CR") is taken off. A final balance "en votre faveur" is owed to the debtor: a negative amount
due, which no reminder may chase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from parsing.layout import labels as L
from parsing.layout.amounts import find_amounts
from parsing.pdf import Cell, Line, Page

_I = re.IGNORECASE
_PREVIOUS_ONE = (
    r"(?:pr[ée]c[ée]dente?|derni[èe]re?|ant[ée]rieure?)\s+(?:facture|p[ée]riode|relev[ée]|saison"
    r"|ann[ée]e|[ée]ch[ée]ance|avis)|(?:facture|p[ée]riode|relev[ée]|saison|ann[ée]e|[ée]ch[ée]ance)"
    r"\s+(?:pr[ée]c[ée]dente?|ant[ée]rieure?)"
)
# The labels of a balance brought forward, in the words of rent notices, calls for dues, utility
# and telecom bills and statements of account.
PREVIOUS = re.compile(
    r"(?:report\s+(?:(?:du|de\s+votre)\s+)?(?:ancien\s+)?solde|report\s+[àa]\s+nouveau"
    r"|ancien\s+solde|solde\s+(?:cr[ée]diteur\s+|d[ée]biteur\s+)?(?:ant[ée]rieur|pr[ée]c[ée]dent"
    r"|report[ée])|(?:solde|reste|montant|restant)(?:\s+restant)?(?:\s+d[ûu])?\s+(?:de|sur|du)\s+"
    rf"(?:(?:la|votre|l['’]\s*)\s*)?(?:{_PREVIOUS_ONE})"
    r"|(?:impay[ée]s?|arri[ée]r[ée]s?)(?:\s+(?:ant[ée]rieurs?|pr[ée]c[ée]dents?))?"
    r"|cr[ée]dit\s+ant[ée]rieur|avoir\s+ant[ée]rieur"
    r"|previous\s+(?:statement\s+)?(?:balance|amount\s+due|credit|bill(?:\s+amount)?)"
    r"|(?:credit\s+)?balance\s+(?:brought\s+|carried\s+)?forward|brought\s+forward|b/f"
    r"|opening\s+balance|balance\s+(?:from|of)\s+(?:your\s+)?(?:last|previous)\s+"
    r"(?:bill|statement|invoice)|last\s+(?:bill|statement)(?:\s+(?:balance|amount))?|arrears"
    r"|past\s+due\s+(?:balance|amount)|saldovortrag|vortrag|alter\s+saldo|vorheriger\s+saldo)"
    r"(?=\W|$)",
    _I,
)
# A credit: owed to the debtor, taken off what is due.
_CREDIT = re.compile(r"cr[ée]dit|credit|avoir|faveur|favou?r", _I)
_CR = re.compile(r"^\s*(?P<side>CR|DR)\b", _I)
# A final balance owed to the debtor (the creditor refunds or deducts it next time).
FAVOUR = re.compile(
    r"(?:solde\s+(?:en\s+votre\s+faveur|cr[ée]diteur)|(?:montant|cr[ée]dit|trop[-\s]per[çc]u)"
    r"\s+en\s+votre\s+faveur|[àa]\s+vous\s+rembourser|balance\s+in\s+your\s+favou?r"
    r"|(?:total\s+)?credit\s+balance|amount\s+(?:we\s+owe\s+you|to\s+be\s+refunded)"
    r"|guthaben(?:\s+zu\s+ihren\s+gunsten)?)(?=\W|$)",
    _I,
)
_DATE_FIRST = re.compile(r"^\s*\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\s+")


@dataclass(frozen=True)
class Row:
    """A line of a money table: its label and its amount (as printed)."""

    label: str
    amount: Decimal
    credit: bool  # printed "CR" after the amount


def _row(line: Line) -> Row | None:
    """The line as a label and the amount ending it, when it ends with one."""
    if len(line.cells) < 2:
        return None
    last = line.cells[-1].text
    found = find_amounts(last)
    side = None
    if not found:
        # "£20.00  CR" may be two cells
        side = _CR.match(last)
        if side is None or len(line.cells) < 3:
            return None
        found = find_amounts(line.cells[-2].text)
        label_cells = line.cells[:-2]
    else:
        label_cells = line.cells[:-1]
        tail = last.rsplit(" ", 1)[-1] if " " in last else ""
        side = _CR.match(tail)
    if not found or not label_cells:
        return None
    label = _DATE_FIRST.sub("", "  ".join(cell.text for cell in label_cells)).strip()
    credit = side is not None and side.group("side").upper() == "CR"
    return Row(label, found[-1][0], credit)


def rows(pages: list[Page]) -> list[Row]:
    return [row for page in pages for line in page.lines if (row := _row(line))]


def carried_forward(pages: list[Page]) -> tuple[Decimal, Row] | None:
    """The balance brought forward, signed: positive when still owed, negative for a credit;
    the first one printed."""
    for row in rows(pages):
        match = PREVIOUS.match(row.label)
        if match is None:
            continue
        credit = row.credit or row.amount < 0 or bool(_CREDIT.search(match.group(0)))
        return (-abs(row.amount) if credit else abs(row.amount)), row
    return None


def is_previous(text: str) -> bool:
    return PREVIOUS.match(_DATE_FIRST.sub("", text.lstrip(" •*>-–"))) is not None


@dataclass(frozen=True)
class Due:
    amount: Decimal
    currency: str | None
    cell: Cell
    favour: bool  # a balance in the debtor's favour: the amount is negative


def due_printed(pages: list[Page]) -> Due | None:
    """The amount at the last amount-due label that is not a balance brought forward ("Solde
    restant dû de la facture précédente", "Balance brought forward"), preferring values beside
    their label; a balance in the debtor's favour is negative."""
    hits = [
        (hit, False)
        for hit in L.values(pages, L.TOTAL_DUE, _last)
        if not is_previous(hit.cell.text)
    ]
    hits += [
        (hit, True) for hit in L.values(pages, FAVOUR, _last) if not is_previous(hit.cell.text)
    ]
    if not hits:
        return None
    close = [pair for pair in hits if pair[0].place != "below"] or hits
    hit, favour = max(close, key=lambda pair: _order(pages, pair[0].cell))
    value, currency = hit.value
    return Due(-abs(value) if favour else value, currency, hit.cell, favour)


def _last(text: str) -> tuple[Decimal, str | None] | None:
    found = find_amounts(text)
    return found[-1] if found else None


def _order(pages: list[Page], cell: Cell) -> tuple[int, float, float]:
    page = next(index for index, page in enumerate(pages) if _holds(page, cell))
    return page, cell.y, cell.x0


def _holds(page: Page, cell: Cell) -> bool:
    return any(cell in line.cells for line in page.lines)


def table_sum(pages: list[Page], due: Cell) -> Decimal | None:
    """What the rows of the money table above the amount due add up to: charges add, payments
    and credits (a deduction's label, a credit carried forward) are taken off, a row that is the
    sum of the charges before it (a subtotal) counts once. None when no table ends at `due`."""
    page = next((page for page in pages if _holds(page, due)), None)
    if page is None:
        return None
    index = next(i for i, line in enumerate(page.lines) if due in line.cells)
    table: list[Row] = []
    below = page.lines[index]
    for line in reversed(page.lines[:index]):
        row = _row(line)
        if row is None or below.y - line.y > 2.5 * due.size:
            break
        table.append(row)
        below = line
    if not table:
        return None
    total = pending = Decimal(0)
    charges = 0
    for row in reversed(table):
        value, charge = _signed(row)
        if value is None:
            continue
        if charge and value > 0 and charges >= 2 and value == pending:
            pending, charges = Decimal(0), 0
            continue
        total += value
        if charge and value > 0:
            pending += value
            charges += 1
    return total


def _signed(row: Row) -> tuple[Decimal | None, bool]:
    """A row's part in what is due, and whether it is a charge of the period; None for a row
    that restates others (a net or grand total)."""
    if previous := PREVIOUS.match(row.label):
        credit = row.credit or row.amount < 0 or bool(_CREDIT.search(previous.group(0)))
        return (-abs(row.amount) if credit else abs(row.amount)), False
    if L.label_at(row.label, L.DEPOSIT):
        return -abs(row.amount), False
    if L.label_at(row.label, L.NET) or L.label_at(row.label, L.TOTAL):
        return None, False
    return (-abs(row.amount) if row.credit else row.amount), True
