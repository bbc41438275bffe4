"""Anchoring a value on the label printed beside or above it, for a learned template
(parsing.learn): the places a value is printed (`Spot`) become regexes on the page text as the
layout reader lays it out (one line per printed line, cells apart by two spaces or more), each
scored by how much its label reads as the field's own. Pure: no database, no files."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from parsing.layout import labels as L
from parsing.layout.debtor import DEBTOR_LABEL
from parsing.learned import KIND, other_kind
from parsing.pdf import Cell, Line

# One cell of a laid-out line (words one space apart) and the gap between two cells.
CELL = r"\S+(?: \S+)*"
GAP = r" {2,}"
# A value starts a token: not after a letter, a digit, or a digit's dot or comma (a dot leader
# "Date .......17.02.2026" may come right before it).
_BEFORE_VALUE = r"(?<![\w,/-])(?<!\w\.)"
_LABEL_JUNK = re.compile(r"[\d@]|https?:|www\.")
# "€9,704.81", "EUR 1 250,00": the currency printed before an amount is no label.
_CURRENCY_BEFORE = re.compile(r"(?:[€$£]|(?<![A-Za-z])(?:EUR|USD|GBP|CHF))\s*-?\s*$")
# What may stand between a label and its value: punctuation, leaders, spaces, a currency; no
# word (a label matching inside a longer line must not reach another cell's value).
_LABEL_TO_VALUE = r"(?:[^\w\n]|_|(?<![A-Za-z])(?:EUR|USD|GBP|CHF)(?![A-Za-z]))*?"
_PUNCTUATION = " \t:#.=|–—-"
_LEADERS = re.compile(r"\s*(?:[.…_·-]\s*){3,}")
# "Porto-Vecchio, le 29 mai 2026": the place changes with the branch, the "le" does not.
PLACE_LE = re.compile(r"^[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)*,\s*le$")
_ANY_PLACE_LE = r"(?<!\w)[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)*,\s+le"
# "N°", "No.", "#": a number's label too short to count as words.
_NUMBER_SIGN = re.compile(r"^(?:n[°º]|no\.?|nr\.?|#)$", re.IGNORECASE)
# A cell's start: the line's start or two spaces; not a word and one space.
_CELL_START = r"(?<!\S)(?<!\S )"
# A debtor's name: a cell's text from its first letter or digit.
NAME = r"[^\W_]\S*(?: \S+)*"
_MAX_LABEL_WORDS = 5
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
    label, anchor, literal = _label(before), "", True
    if label is not None:
        anchor = _anchor(label, _whole_cell(before, label))
    elif bare and spot.column > 0:
        label = _label(spot.lines[spot.row].cells[spot.column - 1].text)
        anchor = _anchor(label, whole_cell=True) if label else ""
        bonus -= 0.2
    elif (label := _trailing_label(before)) is not None:
        anchor = _anchor(label)
        bonus -= 0.1
    else:
        label, anchor = _label_with_values(before)
        literal = False
        bonus -= 0.3
    if label is not None:
        regex = rf"{anchor}{_LABEL_TO_VALUE}{_BEFORE_VALUE}({spot.pattern})"
        yield Candidate((regex,), label, _score(name, label) + 1.2 + bonus, spot, literal)
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


def _whole_cell(before: str, label: str) -> bool:
    """Whether `label` is all the cell holds before the value (leaders and colon aside)."""
    return _LEADERS.sub(" ", before).strip().rstrip(":").strip() == label


def _trailing_label(text: str) -> str | None:
    """The words after the last token holding a digit ("Client 411042 Facture" → "Facture"),
    when they spell a label of four letters or more."""
    words = _LEADERS.sub(" ", text).strip().rstrip(":").split()
    junk = [i for i, word in enumerate(words) if _LABEL_JUNK.search(word)]
    if not junk:
        return None
    label = _label(" ".join(words[junk[-1] + 1 :]))
    return label if label and sum(ch.isalpha() for ch in label) >= 4 else None


def _label_with_values(text: str) -> tuple[str | None, str]:
    """A label that holds another value of the invoice ("Facture n° 2026-117 du"): its words,
    and an anchor where each token holding a digit may be any such token. None when the text
    is no such label (no word after the last value, too long, an e-mail or a web address)."""
    words = _LEADERS.sub(" ", text).strip().rstrip(":").split()
    if not words or len(words) > _MAX_LABEL_WORDS + 1 or re.search(r"@|https?:|www\.", text):
        return None, ""
    valued = [bool(re.search(r"\d", word)) for word in words]
    if not any(valued) or valued[-1] or sum(valued) > 2:
        return None, ""
    plain = [word for word, value in zip(words, valued, strict=True) if not value]
    if sum(ch.isalpha() for word in plain for ch in word) < 4:
        return None, ""
    parts = [
        r"\S*\d\S*" if value else re.escape(word) for word, value in zip(words, valued, strict=True)
    ]
    anchor = (r"(?<!\w)" if words[0][0].isalnum() else "") + r"\s+".join(parts)
    return " ".join(plain), anchor


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
    label = _label(cells[spot.column + 1].text, whole=True)
    if label is None or _score(name, label) <= 0:
        return
    regex = (
        rf"{_BEFORE_VALUE}({spot.pattern}){_LABEL_TO_VALUE}(?<=  ){_anchor(label, whole_cell=True)}"
        rf"(?={GAP}|$)"
    )
    yield Candidate((regex,), label, _score(name, label) + 1.0 + bonus, spot)


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
    label = _label(label_cell.text, whole=True)
    if label is None or _score(name, label) <= 0:
        return
    anchor = _anchor(label, whole_cell=True)
    value = rf"{_BEFORE_VALUE}({spot.pattern})"
    after_value = len(line.cells) - spot.column - 1
    after_label = len(under.cells) - index - 1
    regexes = (
        rf"(?m)^(?:{CELL}{GAP}){{{spot.column}}}{value}[^\n]*\n"
        rf"(?:{CELL}{GAP}){{{index}}}{anchor}(?={GAP}|$)",
        rf"(?m)(?:^|(?<=  )){value}(?: \S+)*(?:{GAP}{CELL}){{{after_value}}}$\n"
        rf"(?:[^\n]*{GAP})?{anchor}(?:{GAP}{CELL}){{{after_label}}}$",
    )
    yield Candidate(regexes, label, _score(name, label) + 0.5 + bonus, spot)


def still_due_family(candidate: Candidate) -> Candidate:
    """The amount due read at the grand total's label (nothing was deducted on the invoice
    learned from) as long as no amount follows a label of what is still due ("Reste à payer",
    "Reste à votre charge", "Balance due"…), and at such a label when one is printed: the
    label changes with what an invoice deducts, the family of labels does not."""
    if not L.label_at(candidate.label, L.TOTAL) or L.label_at(candidate.label, L.TOTAL_DUE):
        return candidate
    amount = rf"{_CELL_START}(?i:{L.TOTAL_DUE.pattern}){_LABEL_TO_VALUE}{_BEFORE_VALUE}"
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
    label = _label(label_cell.text, whole=True)
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
            rf"(?m)^(?:{CELL}{GAP}){{{index}}}{_anchor(label)}(?={GAP}|$)[^\n]*\n"
            rf"(?:{CELL}{GAP}){{{spot.column}}}{value}"
        )
        regexes.append(
            rf"(?m)(?:^|(?<=  )){_anchor(label)}(?:{GAP}{CELL}){{{after_label}}}$\n"
            rf"(?:[^\n]*{GAP})?{value}(?: \S+)*(?:{GAP}{CELL}){{{after_value}}}$"
        )
    # A name may be any text: only cells counted place it.
    # A date or an amount is no identifier: on the line under a row of labels, the first one
    # there may be another column's (an issue date under "Date", left of an empty due date).
    tight = spot.tight or ("" if spot.pattern == NAME or between == 0 else spot.pattern)
    if tight and spot.start == 0:
        regexes.append(
            rf"(?m)(?:^|(?<=  )){_anchor(label)}(?={GAP}|$)[^\n]*\n"
            rf"(?:[^\n]*\n){{0,{between + 2}}}?(?:[^\n]*?{GAP})?({tight})(?=\s|$)"
        )
    if regexes:
        yield Candidate(tuple(regexes), label, _score(name, label) + 0.6 + bonus, spot)


def _anchor(label: str, whole_cell: bool = False) -> str:
    """The label as a regex that tolerates other spacing and starts at a word's start; at a
    cell's start when the label is all its cell holds before the value (so that "Date" is not
    read inside "Due Date", nor "Total TTC" inside "Sous-total TTC")."""
    if PLACE_LE.match(label):
        return _ANY_PLACE_LE
    words = label.split()
    anchor = _kind_words(label)
    if whole_cell:
        return _CELL_START + anchor
    return (r"(?<!\w)" if words[0][0].isalnum() else "") + anchor


def _kind_words(label: str) -> str:
    """The label's words as a regex, any document kind where it names one ("Invoice Date"
    reads "Credit Note Date" too: the same layout prints both)."""
    parts: list[str] = []
    last = 0
    for match in KIND.finditer(label):
        parts += [re.escape(word) for word in label[last : match.start()].split()]
        kinds = (match.group(0), other_kind(match.group(0)))
        parts.append("(?:" + "|".join(r"\s+".join(map(re.escape, k.split())) for k in kinds) + ")")
        last = match.end()
    parts += [re.escape(word) for word in label[last:].split()]
    return r"\s+".join(parts)


def _label(text: str, whole: bool = False) -> str | None:
    """The label words just before a value (its last few), or None when the text is no label:
    empty, or holding digits (a phone number, an address, another value)."""
    text = _LEADERS.sub(" ", text).strip().rstrip(":").strip()
    if not text or _LABEL_JUNK.search(text):
        return None
    if _NUMBER_SIGN.match(text):
        return text
    words = text.split()
    if whole and len(words) > _MAX_LABEL_WORDS:
        return None
    label = " ".join(words[-_MAX_LABEL_WORDS:])
    return label if sum(ch.isalpha() for ch in label) >= 2 else None


_OWN_LABELS: dict[str, tuple[re.Pattern[str], ...]] = {
    "invoice_number": (L.NUMBER,),
    "issue_date": (L.ISSUE_DATE,),
    "due_date": (L.DUE_DATE,),
    "total_due": (L.TOTAL_DUE, L.TOTAL),
    "debtor.name": (DEBTOR_LABEL,),
    "debtor.customer_ref": (L.CUSTOMER_REF,),
}
_OTHER_LABELS: dict[str, tuple[re.Pattern[str], ...]] = {
    "invoice_number": (L.CUSTOMER_REF,),
    "issue_date": (L.DUE_DATE, L.TERMS),
    "due_date": (L.ISSUE_DATE,),
    "total_due": (L.NET, L.VAT, L.DEPOSIT),
    "debtor.name": (),
    "debtor.customer_ref": (L.NUMBER,),
}


def names_field(name: str, label: str) -> bool:
    """Whether `label` reads as the label of `name` (a document's title over a label-less
    debtor's name is one)."""
    return _score(name, label) > 0 or (name == "debtor.name" and bool(KIND.fullmatch(label)))


def _score(name: str, label: str) -> float:
    """How much `label` reads as the label of `name`: its own words count for it, another
    field's words against it (an issue date and a due date look alike on the page)."""
    own = _OWN_LABELS[name]
    score = 0.0
    if L.label_at(label, own[0]):
        score += 2.0
    elif any(L.label_at(label, pattern) for pattern in own[1:]):
        score += 1.0
    if any(L.label_at(label, pattern) for pattern in _OTHER_LABELS[name]):
        score -= 3.0
    return score
