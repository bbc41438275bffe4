"""A debtor's name that may go on over the next lines of a learned layout's window: where a
person confirmed the debtor's name on the invoice a template was learned from (`relance:
debtor_at`), the next invoices' names start too. The layout path alone cannot tell a long
name's second line ("Clinique Vétérinaire des Trois" / "Épis") from a contact's name or a
building's under it when nothing marks the wrap (no particle at either end); a line under the
name there, at its left edge, that holds no number and none of an address's, a contact's or an
office's words, with a street and a locality still under it, may be the name's. Joining such
lines lowered two independent sets' figures (a contact's or a building's line is as likely),
so the record is held with the line named instead; the join is kept for learning only: where
the name a person confirmed is the layout's name and those lines, and the learned window's
width proves the wrap (`debtor_at: width`, the widest line of the name learned from: the name's
last line and the next line's first word would not have fitted), the name is no field the
layout read wrong for want of a label. A line starting with an article ("Le Quadrant", "Les
Jardins") may be a building's name: it is the street's. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from parsing.layout.address import POSTAL_BOX, STREET, is_locality
from parsing.layout.country import country_named
from parsing.layout.debtor_lines import ATTENTION
from parsing.layout.parties import DEPARTMENT, THIRD_PARTY
from parsing.learned_place import cells_under, learned_place
from parsing.pdf import Cell, Page
from parsing.plausibility import A_CIVILITY
from parsing.record import ParsedDebtor, clean

_I = re.IGNORECASE
# An address complement's words (a building, a floor, a business park), not a name's.
_COMPLEMENT = re.compile(
    r"\b(?:immeuble|imm\.|b[âa]t\.?|parc|zone|tour|[ée]tage|escalier|esc\.|entr[ée]e|porte"
    r"|centre|espace|campus|domaine|hameau|quartier|cit[ée]|village|pavillon|villa|hall"
    r"|niveau|galerie|technop[ôo]le|p[ôo]le|lotissement|hangar|d[ée]p[ôo]t|entrep[ôo]t)\b",
    _I,
)
# A building's name ("Le Quadrant", "Les Jardins de l'Ill"), or a person at the debtor's
# ("M. Hervé Lutz", "Mme Roux"): no name's second line.
_ARTICLE_OR_PERSON = re.compile(rf"^(?:(?:le|la|les|l['’])(?:\s|(?<=['’])\w)|{A_CIVILITY}\s)", _I)
_LETTERS = re.compile(r"[^\W\d_]")
# A name wraps over a few lines.
_WRAPPED_LINES = 3


@dataclass(frozen=True)
class Wrapped:
    """The debtor as it reads with the lines under its name joined to it, those lines, and
    whether the learned window's width proves the wrap."""

    debtor: ParsedDebtor
    lines: tuple[str, ...]
    proven: bool

    @property
    def doubt(self) -> str:
        return f"debtor.name: {self.lines[0]!r} under it may go on with the name"


def wrapped_at_learned_place(
    template: Any, pages: list[Page], debtor: ParsedDebtor
) -> Wrapped | None:
    """The debtor with the lines that may go on with its name under the learned place joined
    to it (and taken from the front of its street), or None when no such line is there."""
    place = learned_place(template)
    if not pages or place is None or not debtor.name or not debtor.street:
        return None
    first = _name_cell(pages[0], place, debtor.name)
    if first is None:
        return None
    row, cell = first
    under = cells_under(pages[0].lines, row, cell)
    # The lines the name read already takes (the layout may have joined some).
    read, last = _plain(cell.text), cell.x1 - cell.x0
    while under and read != _plain(debtor.name):
        read = f"{read} {_plain(under[0][0])}"
        last = under.pop(0)[1]
    if read != _plain(debtor.name):
        return None
    joined: list[str] = []
    street = debtor.street
    for index, (text, _width) in enumerate(under[:_WRAPPED_LINES]):
        rest = [other for other, _ in under[index + 1 :]]
        if not _goes_on(text, rest) or not _plain(street).startswith(_plain(text)):
            break
        joined.append(text)
        street = street[len(text) :].lstrip(" ,")
    if not joined or not street:
        return None
    proven = _wider_than_window(last, under[0], _learned_width(template))
    name = clean(" ".join([debtor.name, *joined]), 200)
    return Wrapped(replace(debtor, name=name, street=street), tuple(joined), proven)


def _name_cell(page: Page, place: tuple[float, float], name: str) -> tuple[int, Cell] | None:
    """The cell where the debtor's name starts, at the learned place: the name, or its first
    line."""
    x, y = place
    whole = _plain(name)
    for row, line in enumerate(page.lines):
        for cell in line.cells:
            near = abs(cell.x0 - x) <= 12 and abs(line.y - y) <= 36
            text = _plain(cell.text)
            if near and (text == whole or whole.startswith(f"{text} ")):
                return row, cell
    return None


def _learned_width(template: Any) -> float:
    """The width in points of the name learned from, on its one line; 0 when unknown."""
    try:
        return float(template["relance"]["debtor_at"].get("width") or 0)
    except (AttributeError, TypeError, ValueError):
        return 0.0


def _wider_than_window(line: float, next_line: tuple[str, float], window: float) -> bool:
    """Whether the name's last line (`line` points wide) and the next line's first word, a
    space apart, are wider than the learned name was (the window holds at least that): only
    then may it have wrapped."""
    text, width = next_line
    word = text.split()[0]
    per_letter = width / max(len(text), 1)
    return line + per_letter * (len(word) + 1) > window + 1.0


def _goes_on(text: str, rest: list[str]) -> bool:
    """Whether `text` can only be the name's next line: letters and no number, none of an
    address's, a contact's, an office's or a country's words, a street and a locality still
    under it."""
    if any(ch.isdigit() for ch in text) or "@" in text or len(_LETTERS.findall(text)) < 2:
        return False
    if (
        STREET.search(text)
        or POSTAL_BOX.match(text)
        or _COMPLEMENT.search(text)
        or ATTENTION.match(text)
        or DEPARTMENT.match(text)
        or THIRD_PARTY.match(text)
        or _ARTICLE_OR_PERSON.match(text)
        or is_locality(text)
        or country_named(text)
    ):
        return False
    return len(rest) >= 2 and any(is_locality(line) for line in rest)


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()
