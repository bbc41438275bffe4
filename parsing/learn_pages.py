"""The pages a template is learned from (parsing.learn): where the pages a person's invoice
was given hold several invoices (a batch file), the invoice's own first. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterator

from parsing.layout.invoice import best_number, labelled_numbers
from parsing.layout.titles import title
from parsing.learned import KIND
from parsing.pdf import Page


def own_pages(pages: list[Page], number: str) -> Iterator[list[Page]]:
    """The pages to learn from: where those given hold several invoices (a batch file a person
    typed one invoice of), the invoice's own first: each of the batch's groups printing its
    number (first those whose labelled number it is: a statement lists it too), from its page
    titled as an invoice or a credit note when pages titled otherwise come before it (a
    statement intake kept with the first invoice); then all the pages given; then each page
    printing the number alone (pages intake could not tell apart). On pages holding other
    invoices too, a label reads several values and anchors nothing, or anchors on a
    statement's column."""
    if len(pages) == 1:
        yield pages
        return
    from parsing.batch import split

    printed = re.compile(rf"(?<![A-Za-z0-9]){re.escape(number)}(?![A-Za-z0-9])")
    holding = [page for page in pages if printed.search(page.text)]
    groups = [g for g in split(pages) if any(page in holding for page in g)]
    groups.sort(key=lambda group: not _numbered(group, number))
    lone = sorted(([page] for page in holding), key=lambda one: not _numbered(one, number))
    tried: list[list[Page]] = []
    for own in (*(g for group in groups for g in _from_title(group)), pages, *lone):
        if own not in tried:
            tried.append(own)
            yield own


def _from_title(group: list[Page]) -> Iterator[list[Page]]:
    """The group from its first page titled as an invoice or a credit note, when pages titled
    otherwise come before it; then the group."""
    titled = [index for index, page in enumerate(group) if _titled(page)]
    if titled and titled[0] > 0:
        yield group[titled[0] :]
    yield group


def _titled(page: Page) -> bool:
    kind = title([page])
    return kind is not None and bool(KIND.search(kind.text))


def _numbered(pages: list[Page], number: str) -> bool:
    """Whether `number` is the one the layout reads at an invoice number's label there."""
    hit = best_number(labelled_numbers(pages, title(pages)))
    return hit is not None and hit.value == number
