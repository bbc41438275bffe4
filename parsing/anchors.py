"""Anchoring a value on the label printed beside or above it, for a learned template
(parsing.learn): the places a value is printed (`Spot`) become regexes on the page text as the
layout reader lays it out (one line per printed line, cells apart by two spaces or more), each
scored by how much its label reads as the field's own. Pure: no database, no files."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from parsing.label_words import (
    CELL_START,
    is_whole_cell,
    label_of,
    label_regex,
    label_with_values,
    score,
    trailing_label,
)
from parsing.layout import labels as L
from parsing.pdf import Cell, Line

# One cell of a laid-out line (words one space apart) and the gap between two cells.
CELL = r"\S+(?: \S+)*"
GAP = r" {2,}"
# A value starts a token: not after a letter, a digit, or a digit's dot or comma (a dot leader
# "Date .......17.02.2026" may come right before it).
_BEFORE_VALUE = r"(?<![\w,/-])(?<!\w\.)"
# "€9,704.81", "EUR 1 250,00": the currency printed before an amount is no label.
_CURRENCY_BEFORE = re.compile(r"(?:[€$£]|(?<![A-Za-z])(?:EUR|USD|GBP|CHF))\s*-?\s*$")
# What may stand between a label and its value: punctuation, leaders, spaces, a currency; no
# word (a label matching inside a longer line must not reach another cell's value).
_LABEL_TO_VALUE = r"(?:[^\w\n]|_|(?<![A-Za-z])(?:EUR|USD|GBP|CHF)(?![A-Za-z]))*?"
_PUNCTUATION = " \t:#.=|–—-"
# A debtor's name: a cell's text from its first letter or digit.
NAME = r"[^\W_]\S*(?: \S+)*"
# Lines of other columns looked past between a label and the value printed under it.
_LINES_BETWEEN = 3
# Fields printed with the totals, on the last page of a long invoice.
_LAST_PAGE_FIELDS = ("total_due", "due_date")


@dataclass(frozen=True)
class Spot:
    """One place a value is printed: its line, its cell, where in the cell, and its spelling
    (the value pattern, a date's strptime format, an amount's decimal separator)."""

    lines: tuple[Line, ...]
    row: int
    column: int
    start: int
    pattern: str
    date_format: str = ""
    decimal: str = ""
    page: int = 0  # the page's rank among the invoice's pages
    tight: str = ""  # a stricter value pattern, for a regex that does not count cells

    @property
    def cell(self) -> Cell:
        return self.lines[self.row].cells[self.column]

    @property
    def place(self) -> tuple[int, int, int, int]:
        return (id(self.lines), self.row, self.column, self.start)


@dataclass(frozen=True)
class Candidate:
    regexes: tuple[str, ...]
    label: str
    score: float
    spot: Spot
    literal: bool = True  # the label is printed as is (no other value inside it): a keyword


def ranked_candidates(
    name: str,
    spots: list[Spot],
    text: str,
    means_wanted: Callable[[str], bool],
    not_labels: frozenset[str],
) -> list[Candidate]:
    """The candidates whose regexes, on this page, capture the confirmed value and nothing
    else (a regex that does not is dropped from its candidate), best first."""
    candidates = [
        c for spot in spots for c in _candidates(name, spot) if c.label.casefold() not in not_labels
    ]
    candidates.sort(key=lambda c: -c.score)
    kept = []
    for candidate in candidates:
        regexes = tuple(r for r in candidate.regexes if _reads(r, text, means_wanted))
        if regexes:
            kept.append(replace(candidate, regexes=regexes))
    return kept


def _reads(regex: str, text: str, means_wanted: Callable[[str], bool]) -> bool:
    try:
        captured = {found.strip() for found in re.findall(regex, text)}
    except re.error:
        return False
    return bool(captured) and all(means_wanted(value) for value in captured)


def _candidates(name: str, spot: Spot) -> Iterator[Candidate]:
    """Regexes for the label in the same cell before the value, else the cell before it on the
    line, and for the label printed above it."""
    before = _CURRENCY_BEFORE.sub("", spot.cell.text[: spot.start])
    # The amount due is usually the last of the totals; the other values come first.
    bonus = spot.row / 1000 if name == "total_due" else -spot.row / 1000
    if spot.page > 0 and name not in _LAST_PAGE_FIELDS:
        # A number or a date printed again on a following page ("Invoice INV-7 (continued)")
        # is there only on invoices long enough to have one.
        bonus -= 1.0
    # "Facture n°  : 2026-95": a colon set apart in the value's cell leaves the label in the
    # cell before.
    bare = not before.strip(_PUNCTUATION)
    label, anchor, literal = label_of(before), "", True
    if label is not None:
        anchor = label_regex(label, is_whole_cell(before, label))
    elif bare and spot.column > 0:
        previous = spot.lines[spot.row].cells[spot.column - 1].text
        label = label_of(previous)
        # A label of more words than a label keeps ("Net à payer / Total due") is its last
        # words, which do not start the cell.
        anchor = label_regex(label, is_whole_cell(previous, label)) if label else ""
        bonus -= 0.2
    elif (label := trailing_label(before)) is not None:
        anchor = label_regex(label)
        bonus -= 0.1
    else:
        label, anchor = label_with_values(before)
        literal = False
        bonus -= 0.3
    if label is not None:
        regex = rf"{anchor}{_LABEL_TO_VALUE}{_BEFORE_VALUE}({spot.pattern})"
        yield Candidate((regex,), label, score(name, label) + 1.2 + bonus, spot, literal)
    if bare and spot.row > 0:
        yield from _below(name, spot, bonus)
    if bare and _ends_cell(spot):
        yield from _after(name, spot, bonus)
        yield from _above(name, spot, bonus)
    if name == "invoice_number" and spot.tight and re.search(r"[^\d\s]", spot.cell.text):
        # Printed alone (a number in a corner of the letterhead): its shape, letters as
        # printed and digit runs about as long, is its only anchor; the weakest one.
        shape = rf"(?<!\S)({spot.tight})(?!\S)"
        yield Candidate((shape,), "", bonus - 1.0, spot, literal=False)


def _ends_cell(spot: Spot) -> bool:
    """Whether the value ends its cell (a currency or punctuation may follow it)."""
    match = re.match(spot.pattern, spot.cell.text[spot.start :])
    rest = spot.cell.text[spot.start + match.end() :] if match else "x"
    return not _CURRENCY_BEFORE.sub("", rest.strip()).strip(_PUNCTUATION)


def _after(name: str, spot: Spot, bonus: float) -> Iterator[Candidate]:
    """A label printed after its value, in the next cell of the line ("8 175,58 €  Total TTC");
    only a label that names the field (any text may follow a value)."""
    cells = spot.lines[spot.row].cells
    if spot.column + 1 >= len(cells):
        return
    label = label_of(cells[spot.column + 1].text, whole=True)
    if label is None or score(name, label) <= 0:
        return
    anchor = label_regex(label, whole_cell=True)
    regex = rf"{_BEFORE_VALUE}({spot.pattern}){_LABEL_TO_VALUE}(?<=  ){anchor}(?={GAP}|$)"
    yield Candidate((regex,), label, score(name, label) + 1.0 + bonus, spot)


def _above(name: str, spot: Spot, bonus: float) -> Iterator[Candidate]:
    """A caption printed under its value (a tile: a big value over a small label). Two regexes
    count cells, from the line's start and from its end, as for a label over its value; only a
    caption that names the field (the line under a value may be any text: an address's next)."""
    if spot.row + 1 >= len(spot.lines):
        return
    line, under = spot.lines[spot.row], spot.lines[spot.row + 1]
    cell = spot.cell
    found = [
        (index, other)
        for index, other in enumerate(under.cells)
        if other.x1 >= cell.x0 - 2 and other.x0 <= cell.x1 + 2
    ]
    if len(found) != 1 or under.y - line.y > 2.5 * max(cell.size, found[0][1].size, 1.0):
        return
    index, label_cell = found[0]
    label = label_of(label_cell.text, whole=True)
    if label is None or score(name, label) <= 0:
        return
    anchor = label_regex(label, whole_cell=True)
    value = rf"{_BEFORE_VALUE}({spot.pattern})"
    after_value = len(line.cells) - spot.column - 1
    after_label = len(under.cells) - index - 1
    regexes = (
        rf"(?m)^(?:{CELL}{GAP}){{{spot.column}}}{value}[^\n]*\n"
        rf"(?:{CELL}{GAP}){{{index}}}{anchor}(?={GAP}|$)",
        rf"(?m)(?:^|(?<=  )){value}(?: \S+)*(?:{GAP}{CELL}){{{after_value}}}$\n"
        rf"(?:[^\n]*{GAP})?{anchor}(?:{GAP}{CELL}){{{after_label}}}$",
    )
    yield Candidate(regexes, label, score(name, label) + 0.5 + bonus, spot)


def under_anchored(
    spots: list[Spot], anchor: Candidate, text: str, means_wanted: Callable[[str], bool]
) -> Candidate | None:
    """A value printed with no label of its own on the line under another value anchored on a
    label, starting where that one starts (a box: "N° 2026-042" over "12 mars 2026"): that
    label and value pattern anchor it; None when no such spot reads the value and nothing else
    on this page."""
    above = anchor.spot
    if not anchor.literal or not anchor.label:
        return None
    for spot in spots:
        if spot.lines is not above.lines or spot.row != above.row + 1 or spot.start != 0:
            continue
        if abs(spot.cell.x0 - above.cell.x0) > 3:
            continue
        regex = (
            rf"{label_regex(anchor.label)}{_LABEL_TO_VALUE}{_BEFORE_VALUE}(?:{above.pattern})"
            rf"[^\n]*\n(?:[^\n]*?{GAP})?{_BEFORE_VALUE}({spot.pattern})"
        )
        if _reads(regex, text, means_wanted):
            return Candidate((regex,), anchor.label, anchor.score - 1.0, spot, literal=False)
    return None


def still_due_family(candidate: Candidate) -> Candidate:
    """The amount due read at the grand total's label (nothing was deducted on the invoice
    learned from) as long as no amount follows a label of what is still due ("Reste à payer",
    "Reste à votre charge", "Balance due"…), and at such a label when one is printed: the
    label changes with what an invoice deducts, the family of labels does not."""
    if not L.label_at(candidate.label, L.TOTAL) or L.label_at(candidate.label, L.TOTAL_DUE):
        return candidate
    amount = rf"{CELL_START}(?i:{L.TOTAL_DUE.pattern}){_LABEL_TO_VALUE}{_BEFORE_VALUE}"
    pattern = candidate.spot.pattern
    none_after = rf"(?![\s\S]*{amount}{pattern})"
    regexes = tuple(regex + none_after for regex in candidate.regexes)
    return replace(candidate, regexes=(*regexes, rf"{amount}({pattern})"))


def _label_above(spot: Spot) -> tuple[int, int, Cell] | None:
    """The cell printed over the value (its row, its rank on that line, the cell), looking up
    past lines of other columns (an address beside a column of labels over values falls
    between them in reading order); None when the nearest cell above is too far."""
    cell = spot.cell
    for row in range(spot.row - 1, max(-1, spot.row - 1 - _LINES_BETWEEN), -1):
        above = spot.lines[row]
        for index, other in enumerate(above.cells):
            if other.x1 >= cell.x0 - 2 and other.x0 <= cell.x1 + 2:
                near = spot.lines[spot.row].y - above.y <= 3.2 * max(cell.size, other.size, 1.0)
                return (row, index, other) if near else None
        if row == spot.row - 1:
            found = _left_of_value(spot, above)
            if found is not None:
                return (row, *found)
    return None


def _left_of_value(spot: Spot, above: Line) -> tuple[int, Cell] | None:
    """A label on the line just above that ends left of a value aligned to the right (a
    narrow label over a wide cell): the last cell there before the value's start, when
    nothing else stands between them on either line."""
    cell, line = spot.cell, spot.lines[spot.row]
    before = [(i, c) for i, c in enumerate(above.cells) if c.x1 < cell.x0 - 2]
    if not before or len(before) < len(above.cells):
        return None
    index, label = before[-1]
    between = [c for c in line.cells if label.x0 - 2 <= c.x1 and c.x0 < cell.x0 - 2]
    near = line.y - above.y <= 2.2 * max(cell.size, label.size, 1.0)
    return (index, label) if not between and near and cell.x0 - label.x1 < 250 else None


def _below(name: str, spot: Spot, bonus: float) -> Iterator[Candidate]:
    """A value under its label (a row of labels over a row of values, a column of labels each
    over its value, a title over the debtor's name). When the label is on the line just above,
    two regexes count cells: the label and the value at the same rank from the line's start,
    and from its end, so that a column added on one side (a deposit on some invoices only)
    leaves one of them right. A third counts none: the first cell reading as the value on the
    few lines under the label, which holds when other columns beside come and go."""
    found = _label_above(spot)
    if found is None:
        return
    row, index, label_cell = found
    label = label_of(label_cell.text, whole=True)
    if label is None:
        return
    line, above = spot.lines[spot.row], spot.lines[row]
    value = rf"{_BEFORE_VALUE}({spot.pattern})"
    between = spot.row - row - 1
    regexes = []
    if between == 0:
        after_label = len(above.cells) - index - 1
        after_value = len(line.cells) - spot.column - 1
        regexes.append(
            rf"(?m)^(?:{CELL}{GAP}){{{index}}}{label_regex(label)}(?={GAP}|$)[^\n]*\n"
            rf"(?:{CELL}{GAP}){{{spot.column}}}{value}"
        )
        regexes.append(
            rf"(?m)(?:^|(?<=  )){label_regex(label)}(?:{GAP}{CELL}){{{after_label}}}$\n"
            rf"(?:[^\n]*{GAP})?{value}(?: \S+)*(?:{GAP}{CELL}){{{after_value}}}$"
        )
    # A name may be any text: only cells counted place it.
    # A date or an amount is no identifier: on the line under a row of labels, the first one
    # there may be another column's (an issue date under "Date", left of an empty due date).
    tight = spot.tight or ("" if spot.pattern == NAME or between == 0 else spot.pattern)
    if tight and spot.start == 0:
        regexes.append(
            rf"(?m)(?:^|(?<=  )){label_regex(label)}(?={GAP}|$)[^\n]*\n"
            rf"(?:[^\n]*\n){{0,{between + 2}}}?(?:[^\n]*?{GAP})?({tight})(?=\s|$)"
        )
    if regexes:
        yield Candidate(tuple(regexes), label, score(name, label) + 0.6 + bonus, spot)
