"""The first page's cells as the debtor's contacts need them: a phone or an e-mail printed at the
end of an address line ("63000 Clermont-Ferrand - Tél. 04 73 …") in a cell of its own, so that
the line reads as a locality and the number as a contact; an e-mail broken over two lines
("jeanne.martin-durand@" over "etablissements-du-rhone.fr") joined again. Both are how
designers fit contacts in a narrow column; neither changes what any other line says."""

from __future__ import annotations

import re
from dataclasses import replace

from parsing.contact import EMAIL
from parsing.layout.address import holds_locality
from parsing.layout.debtor_contacts import FAX_LABEL, PHONE_LABEL, is_phone_line
from parsing.pdf import Cell, Line, Page

# What may part an address from a contact printed after it on its line (a space alone when the
# contact starts with its label: "69003 Lyon Tél. 04 …").
_TAIL = re.compile(r"\s+[-–—·•|/]\s+|\s*[,;]\s+|\s+")
_EMAIL_LABEL = re.compile(r"(?:e-?mail|courriel|mail|m[ée]l)\b\.?\s*:?\s*\S+@", re.IGNORECASE)
# An e-mail cut at the end of a line after its "@" or in its domain, and the rest of its domain
# starting the next line (a cut before the "@" is not told from a sentence's end, unless the
# next line starts with the "@": "E-mail : jeanne.martin" over "@orange.fr").
_CUT_HEAD = re.compile(r"(?:^|\s)([\w.%+'-]{1,64}@(?:[\w-]+\.)*[\w-]*)$")
_CUT_TAIL = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}\b")
_BEFORE_AT = re.compile(r"(?:^|\s)([\w%+'-]+(?:\.[\w%+'-]+)*)$")
_AT_TAIL = re.compile(r"^@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}\b")
# A line that is nothing but the head of a local part cut at a dot, a dash or an underscore
# ("jeanne.martin-" over "dupont@orange.fr"): read alone, the next line is a stranger's address.
# pdfium reads a dash ending a line as a soft hyphen, which the text drops ("jeanne.martin").
_CUT_LOCAL = re.compile(r"(?!www\.)[a-z0-9][a-z0-9%+'_-]*(?:\.[a-z0-9%+'_-]+)*[-._]?")
_DOMAIN_LIKE = re.compile(r"\.(?:fr|com|net|org|eu|be|ch|de|lu|uk|io|info)$")


# A word that may start a contact after an address on its line (a phone's label, an e-mail).
_HINT = re.compile(
    r"\s[\w.]*@|\s(?:t[ée]l|tel|t\b|ph|mob|port|gsm|cell|fax|e-?mail|courriel|mail|m[ée]l)"
    r"|\s[\u260e\u260f\u2706\u2709]",
    re.I,
)
# A person's name after a title ("Mme Jeanne Martin", "M. Paul Roux-Durand").
_TITLED = re.compile(
    r"(?i:m|mme|mlle|mr|mrs|ms|dr|madame|monsieur|mademoiselle)\.?\s+"
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3}"
)
_MARKS = re.compile(r"\s+[-–—·•|/]\s+|\s*[,;]\s+")
# A telephone's or an envelope's pictogram, which labels the contact after it as a word does.
_ICON = re.compile(r"^[\u260e\u260f\u2706\u2709]\s*")
_last: list[tuple[Page, Page]] = []  # the page last mended: the debtor and two checks ask


def mend(page: Page) -> Page:
    """The page with contacts split from the address lines they end, and e-mails broken over two
    lines joined."""
    last = _last[-1] if _last else None  # one read: another thread may replace it
    if last is not None and last[0] is page:
        return last[1]
    lines = [_split_tails(line) for line in page.lines]
    mended = replace(page, lines=tuple(_join_cut_emails(lines)))
    _last[:] = [(page, mended)]
    return mended


def _split_tails(line: Line) -> Line:
    cells: list[Cell] = []
    for cell in line.cells:
        cells += split_tail(cell)
    return line if len(cells) == len(line.cells) else replace(line, cells=tuple(cells))


def split_tail(cell: Cell) -> list[Cell]:
    """A cell holding an address line, or a titled person's name and a mark ("Mme Jeanne Martin
    – Tél. 06 …"), and a contact after it, as two cells (the contact placed where its share of
    the text falls); any other cell as it is."""
    text = cell.text
    if not _HINT.search(text) or is_phone_line(text) or EMAIL.match(text):
        return [cell]
    for cut in _TAIL.finditer(text):
        head, tail = text[: cut.start()], text[cut.end() :]
        if not head.strip() or not _contact(tail):
            continue
        if not (holds_locality(head) or (cut[0].strip() and _TITLED.fullmatch(head))):
            continue
        share = cut.end() / len(text)
        x = cell.x0 + share * (cell.x1 - cell.x0)
        head_x1 = cell.x0 + cut.start() / len(text) * (cell.x1 - cell.x0)
        return [replace(cell, text=head, x1=head_x1), replace(cell, text=tail, x0=x)]
    return [cell]


def _contact(text: str) -> bool:
    """Whether a text is a contact: a phone's or a fax's label (a word or a pictogram) and a
    number, or an e-mail."""
    if icon := _ICON.match(text):
        first = _MARKS.split(text[icon.end() :], maxsplit=1)[0].strip()
        if EMAIL.fullmatch(first) or is_phone_line(first):
            return True
    if EMAIL.fullmatch(text.strip()) or _EMAIL_LABEL.match(text):
        return True
    label = PHONE_LABEL.match(text) or FAX_LABEL.match(text)
    return bool(label and label.end() and is_phone_line(text))


def _join_cut_emails(lines: list[Line]) -> list[Line]:
    """An e-mail whose end starts the next line in the same column, joined on its first line."""
    out = list(lines)
    at_starts = any(_AT_TAIL.match(cell.text) for line in lines for cell in line.cells)
    for row in range(len(out) - 1):
        for index, cell in enumerate(out[row].cells):
            if "@" in cell.text:
                head = _CUT_HEAD.search(cell.text)
            elif at_starts and (head := _BEFORE_AT.search(cell.text)):
                pass
            elif cell.text.islower() and " " not in cell.text:
                head = _local_head(cell.text)
            else:
                continue
            if not head or EMAIL.fullmatch(head.group(head.lastindex or 0)):
                continue
            found = _under(out, row, cell)
            if found is None:
                continue
            below, under = found
            tail = {_CUT_HEAD: _CUT_TAIL, _BEFORE_AT: _AT_TAIL}.get(head.re, EMAIL)
            rest = tail.match(under.text)
            if rest is None and head.re is _BEFORE_AT and cell.text.islower():
                head = _local_head(cell.text)
                rest = EMAIL.match(under.text) if head else None
            if rest is None or head is None:
                continue
            start = head.start(head.lastindex or 0)
            joined = head.group(head.lastindex or 0) + rest.group(0)
            if head.re is _CUT_LOCAL and joined[len(head.group(0)) - 1] not in "-._":
                joined = f"{head.group(0)}-{rest.group(0)}"
            if "@" not in joined or not EMAIL.fullmatch(joined):
                continue
            cells = list(out[row].cells)
            cells[index] = replace(cell, text=cell.text[:start] + joined)
            out[row] = replace(out[row], cells=tuple(cells))
            left = under.text[rest.end() :].strip()
            kept = [c if c is not under else replace(c, text=left) for c in out[below].cells]
            out[below] = replace(out[below], cells=tuple(c for c in kept if c.text))
    return [line for line in out if line.cells]


def _local_head(text: str) -> re.Match[str] | None:
    """A line that is only the head of an e-mail's local part ("jeanne.martin", "j_roux-"): in
    lower case, with letters and a dot, a dash or an underscore; not a web address, nor a
    number ("03.21.87.21.68" over an e-mail)."""
    found = _CUT_LOCAL.fullmatch(text)
    letters = sum(ch.isalpha() for ch in text)
    if not found or letters < 3 or not re.search(r"[-._]", text) or _DOMAIN_LIKE.search(text):
        return None
    return found


def _under(lines: list[Line], row: int, cell: Cell) -> tuple[int, Cell] | None:
    """The next line's cell in a cell's column (another column's lines may come between)."""
    for below in range(row + 1, len(lines)):
        if lines[below].y - lines[row].y > 1.8 * cell.size:
            return None
        for other in lines[below].cells:
            if abs(other.x0 - cell.x0) < 1.5 * cell.size:
                return below, other
    return None
