"""Doubts about the issue date a page gives (read in parsing.layout.invoice by the label it stands
at). A person says which date is the invoice's when two labels naming it disagree; when no label
names it and the page dates the document otherwise at another plain label ("Date", "Datum",
"du …"), a table's column of dates aside; or when the date taken opens a period ("du 01/02/2026
au 28/02/2026", "1 March to 31 March 2026"), which is when a service began, not when it was
billed."""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from parsing.layout import labels as L
from parsing.layout.dates import find_dates, first_date
from parsing.layout.due import dated_column
from parsing.pdf import Page

# What joins a period's first date to its last: "du 01/02 au 28/02", "1 March to 31 March".
_TO = re.compile(
    r"\s(?:au|jusqu['’]\s*au|to|until|till|through|bis|al|hasta)\s+(?:le\s+)?$|\s[-–—]\s*$", re.I
)

# A label's own words going on after "Date" ("Date de prélèvement", "Date d'intervention").
_QUALIFIED = re.compile(r"\s*(?:[^\W\d_]|['’])")


def issue_doubts(
    pages: list[Page], order: str, issued: date | None, own_label: re.Pattern[str] | None = None
) -> tuple[str, ...]:
    """What a person must settle about `issued`, the issue date read; `own_label` is the label
    of a bill's own date when its title names it ("Date de l'avis")."""
    if issued is None:
        return ()
    read = lambda value: first_date(value, order)  # noqa: E731
    hits = [hit for hit in L.values(pages, L.ISSUE_DATE, read) if not _in_table(pages, hit, order)]
    specific = [hit.value for hit in hits if L.SPECIFIC_ISSUE_DATE.match(hit.label)]
    if own_label is not None:
        specific += [hit.value for hit in L.values(pages, own_label, read)]
    doubts = []
    if specific:
        if rivals := sorted(set(specific) - {issued}):
            doubts.append(
                f"issue_date: {issued.isoformat()} or {_shown(rivals)} (two labels name the "
                "invoice's date)"
            )
        return tuple(doubts)
    plain = [hit for hit in hits if _plain(hit)]
    if rivals := sorted({hit.value for hit in plain} - {issued}):
        doubts.append(
            f"issue_date: {issued.isoformat()} or {_shown(rivals)} (no label names the "
            "invoice's date)"
        )
    # A period may well start on the invoice's date when a label ("Date :") says it is that.
    said = {hit.value for hit in plain if hit.label.strip().casefold() != "du"}
    if issued not in said and (end := _period_from(pages, issued, order)):
        doubts.append(
            f"issue_date: {issued.isoformat()} opens a period (to {end.isoformat()}), no label "
            "names the invoice's date"
        )
    return tuple(doubts)


def _plain(hit: L.Hit[date]) -> bool:
    """A label dating the document: not "le …" (a birth date's tail: "Né(e) le …"), nor "du …"
    inside another phrase ("Commande n° 12 du 26/04/2026"), nor a date of something else named
    after it ("Date de prélèvement", "Date d'intervention")."""
    word = hit.label.strip().casefold()
    if word == "le" or (word == "du" and not L.label_at(hit.cell.text, L.ISSUE_DATE)):
        return False
    after = hit.cell.text.split(hit.label, 1)[-1]
    return not _QUALIFIED.match(after)


def _shown(days: list[date]) -> str:
    return ", ".join(day.isoformat() for day in days[:3])


def _in_table(pages: list[Page], hit: L.Hit[date], order: str) -> bool:
    """Whether the hit was read under a table's column header whose rows each print a date (the
    item lines' dates, other documents' dates)."""
    if hit.place != "below":
        return False
    for page in pages:
        for row, line in enumerate(page.lines):
            if hit.cell in line.cells:
                return dated_column(page.lines[row + 1 :], hit.cell, order)
    return False


def _period_from(pages: list[Page], issued: date, order: str) -> date | None:
    """The end of a period `issued` opens on the page, if it opens one."""
    for page in pages:
        for line in page.lines:
            text = line.text
            found = find_dates(text, order)
            for (start, day), (end, later) in pairwise(found):
                if day == issued and later > day and _TO.search(text[start:end]):
                    return later
    return None
