"""Where a person confirmed the debtor's name on the invoice a template was learned from
(`relance: debtor_at`, the left edge and the line of the cell holding it on the first page),
and what stands there on a next invoice of the layout: an envelope's window is in the same
place on every invoice of a layout, so the debtor's name starts there. Pure."""

from __future__ import annotations

import re
from typing import Any

from parsing.pdf import Cell, Line, Page
from parsing.record import clean

# How far the debtor's name may start from where it was learned, in points: a window's address
# starts at the same x; a line above the name (a title, "Bill to") may come and go.
_SLACK_X, _SLACK_Y = 12.0, 36.0
_LETTERS = re.compile(r"[^\W\d_]")
# The lines a name wrapped in a narrow window may take, at most this many times their size
# apart.
_WRAPPED_LINES = 4
_PITCH = 2.2


def place_of_name(page: Page, name: str | None) -> dict[str, int] | None:
    """Where the debtor's name stands on the page learned from (`debtor_at`): the left edge and
    the line of the cell holding it alone, or its first line when it wraps over the next ones
    at that edge; and the width of its widest line (its window is at least that wide)."""
    if not name:
        return None
    whole = _plain(name)
    for row, line in enumerate(page.lines):
        for cell in line.cells:
            text = _plain(cell.text)
            if text != whole and not whole.startswith(f"{text} "):
                continue
            under = cells_under(page.lines, row, cell)[: _WRAPPED_LINES - 1]
            widths = [cell.x1 - cell.x0]
            for below, width in under:
                if text == whole:
                    break
                text, widths = f"{text} {_plain(below)}", [*widths, width]
            if text == whole:
                return {"x": round(cell.x0), "y": round(line.y), "width": round(max(widths))}
    return None


def learned_place(template: Any) -> tuple[float, float] | None:
    """`relance: debtor_at` as (x, y); None when absent or not numbers (a template a person
    may have edited)."""
    place = template["relance"].get("debtor_at")
    if not isinstance(place, dict):
        return None
    try:
        return float(place["x"]), float(place["y"])
    except (KeyError, TypeError, ValueError):
        return None


def _near(page: Page, place: tuple[float, float]) -> list[tuple[int, Cell]]:
    x, y = place
    return [
        (row, cell)
        for row, line in enumerate(page.lines)
        for cell in line.cells
        if abs(cell.x0 - x) <= _SLACK_X and abs(line.y - y) <= _SLACK_Y
    ]


def at_learned_place(template: Any, pages: list[Page], name: str | None) -> bool:
    """Whether `name` is printed alone in a cell of the first page where the debtor's name was
    on the invoice learned from."""
    place = learned_place(template)
    if not name or not pages or place is None:
        return False
    return any(_same(cell.text, name) for _row, cell in _near(pages[0], place))


def name_at_learned_place(template: Any, pages: list[Page]) -> str | None:
    """The text of the first page's cell that starts where the debtor's name stood on the
    invoice learned from, the nearest line within the slack."""
    place = learned_place(template)
    if not pages or place is None:
        return None
    near = [
        (abs(pages[0].lines[row].y - place[1]), cell.text.strip())
        for row, cell in _near(pages[0], place)
        if len(_LETTERS.findall(cell.text)) >= 2
    ]
    return clean(min(near)[1], 200) if near else None


def starts_at_learned_place(template: Any, pages: list[Page], name: str | None) -> bool | None:
    """Whether the debtor `name` starts where a person confirmed it on the invoice learned
    from: printed alone in a cell there, or wrapped from there over the next lines at its left
    edge (a long name in a narrow window). None when nothing with letters stands there (the
    window empty, the place unknown, the layout moved): nothing to tell; False when something
    else does (another block taken for the debtor's)."""
    place = learned_place(template)
    if not name or not pages or place is None:
        return None
    lines = pages[0].lines
    near = [(row, cell) for row, cell in _near(pages[0], place) if _LETTERS.search(cell.text)]
    if not near:
        return None
    return any(_wraps_into(lines, row, cell, name) for row, cell in near)


def _wraps_into(lines: tuple[Line, ...], row: int, first: Cell, name: str) -> bool:
    """Whether `first` and the cells under it at its left edge, one a line, read `name`."""
    wanted = _plain(name)
    text = _plain(first.text)
    for below, _width in cells_under(lines, row, first)[: _WRAPPED_LINES - 1]:
        if text == wanted or not wanted.startswith(text + " "):
            break
        text = f"{text} {_plain(below)}"
    return text == wanted


def cells_under(lines: tuple[Line, ...], row: int, first: Cell) -> list[tuple[str, float]]:
    """The texts and widths of the cells under `first` at its left edge, one a line, while
    they follow one another as a window's lines do; lines of another column printed between
    them (a header beside the window, its own line pitch) are passed over."""
    found: list[tuple[str, float]] = []
    y = lines[row].y
    for line in lines[row + 1 :]:
        if line.y - y > _PITCH * max(first.size, 1.0):
            break
        below = [c for c in line.cells if abs(c.x0 - first.x0) <= 2]
        if not below:
            if any(c.x0 <= first.x0 <= c.x1 for c in line.cells):
                break  # something else runs across the window's edge
            continue
        found.append((below[0].text.strip(), below[0].x1 - below[0].x0))
        y = line.y
    return found


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def _same(a: str, b: str) -> bool:
    return _plain(a) == _plain(b)
