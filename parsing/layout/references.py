"""The customer reference: the creditor's code for the debtor, told apart from its neighbours.

Header grids print it among numbers that are not it: order, quote, delivery-note, contract and
PO numbers (the debtor's own references), VAT and SIRET numbers, bank account numbers. A plain
label ("N° client", "Code client", "Compte tiers", "Kundennummer", "Customer ID") takes its
first token; a bare word ("Client", "Débiteur", "Account") only a value that fills its cell,
so a name or a postcode under a "Client :" heading is never read as one. A label in a bank
block ("IBAN", "RIB", "Sort code") is a bank account, in an insurer's ("Mutuelle", "Sécurité
sociale") the insurer's number for the debtor, not the creditor's. Two different values under
such labels are ranked by how specifically they name the customer (reference_ranks.py): the
best rank printed is read, and two different values under labels of that rank are named as a
problem rather than one picked, and so is such a label printed on any page of the invoice when
nothing was read.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from parsing.layout import labels as L
from parsing.layout.dates import find_dates
from parsing.layout.reference_columns import own_column
from parsing.layout.reference_headings import under_customer_heading
from parsing.layout.reference_ranks import best
from parsing.pdf import Cell, Page
from parsing.record import clean

_I = re.IGNORECASE
_BARE = re.compile(
    r"(?:cliente?|customer|d[ée]biteur|debitor|debtor|mandant|account|kunde|klant|adh[ée]rent"
    r"|member|patient|guest|gast|abonn[ée])(?=\s*:?\s*$|\s*:)",
    _I,
)
_ANYWHERE = re.compile(r"(?<![\w'’-])" + L.CUSTOMER_REF.pattern, _I)
# A word every label of _ANYWHERE holds, in lower case: the lines worth searching.
_KEY_WORD = re.compile(
    r"client|compt|account|acct|cust|kunde|kd|klant|relatie|biteur|debitor|adh|member|matricule"
    r"|patient|guest|gast|tiers|debtor|mandant|cavalier|propri|billing|cio|membre|lid"
)
_SECOND_LABEL = re.compile(r"/\s*(?:" + L.CUSTOMER_REF.pattern + ")", _I)
_PREFIX = re.compile(
    r"^(?:[:#.]\s*|n[°ºo˚]\s*\.?\s*|num[ée]ro\s*|-\s+"
    r"|\(?(?:[àa]\s+(?:rappeler|indiquer|mentionner|pr[ée]ciser|reporter)(?:\s+(?:lors\s+de|sur|dans)"
    r"\s+(?:tout|toute|votre|vos)\s+\w+)?|please\s+quote|to\s+be\s+quoted|bitte\s+angeben)\)?\s*)+",
    _I,
)
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9/_.\-]{0,39}")
# Digits in groups ("67 179", "411 35762", "C 123 456"): one value, as printed.
_GROUPED = re.compile(r"(?:[A-Z]{1,4} ?)?\d{1,4}(?: \d{3,6}){1,3}")
_CUSTOMER_ID = re.compile(r"cus_[A-Za-z0-9]{6,40}")
# A code in capitals alone in its cell ("CDUPONT"), as many books name their customers.
_CODE = re.compile(r"[A-Z][A-Z0-9]{3,15}")
# An IBAN or a European VAT number ("FR12812345678", "BE 0712.345.678", "DE123456789").
_LEGAL_ID = re.compile(
    r"(?:AT|BE|CH|DE|ES|FR|GB|IE|IT|LU|NL|PT)[\s.]?(?:U?\d[\d\s.]{7,}|\d{2}[A-Z0-9]{10,})|CHE-\d",
)
# Someone else's numbers for the debtor: its bank's ("Sort code", a RIB), its health insurer's
# or social security's (an "N° adhérent" under "Mutuelle").
_ELSEWHERE = re.compile(
    r"\b(?:iban|bic|swift|sort\s*code|rib|banque|bancaires?|bank\w*|guichet|domiciliation"
    r"|titulaire|payee|account\s+name|routing|blz|konto\w*|mutuelle|assur(?:ance|eur)|s[ée]curit[ée]"
    r"\s+sociale|cpam|caisse|compl[ée]mentaire\s+sant[ée]|amc|amo|tiers\s+payant|insurer|insurance)\b",
    _I,
)
# Labels a bank or an insurer prints too ("Account number", "N° adhérent", "Matricule").
_SHARED_LABEL = re.compile(
    r"account|acct|compt|konto|adh|member|matricule|abonn|soci[ée]taire|affili", _I
)
# The debtor's order or PO number under an ambiguous label ("Customer Ref: PO-4471").
_ORDER = re.compile(r"(?:P\.?O|BC|CMD|ORD(?:ER)?|SO)[\s\-./#:]*\d", _I)
_NOT_REFERENCES = re.compile(r"^(?:du|of|date|vom|from|le|page|client)$", _I)
# Fields of a one-line header between dashes or bars ("Client 41100234 — Facture F-12 — 12/03").
_FIELD_SEPARATOR = re.compile(r"\s+[—–|]\s+")
_BARE_FIELD = re.compile(r"(?:client|cliente|customer|kunde|klant)\s+(?P<value>\S+)", _I)
# A bare word and its value among other "Label: value" fields of one line ("Rechnung: RE3517
# Debitor: 18832 Datum: 03.11.2026"): the value ends the line or another label follows it.
_COLON_FIELD = re.compile(
    r"(?<![\w'’-])(?:cliente?|customer|kunde|klant|d[ée]biteur|debitor|debtor|mandant|member"
    r"|patient|guest|gast|abonn[ée])"
    r"\s*:\s*(?P<value>\S+)(?=\s*$|\s+[^\s:]+\s*:)",
    _I,
)
# Labels that read as someone's number at the creditor, wider than the ones read: when one is
# printed beside a value and no reference was read, a person looks rather than none be kept.
_LOOKS_LIKE_REF = re.compile(
    r"(?:(?:n[°ºo]\.?|nr\.?|no\.?|n[úu]m[ée]ro|number|code|c[óo]digo|id|identifiant"
    r"|r[ée]f(?:[ée]rence)?\.?)\s*(?:de\s+|du\s+|d['’]\s*|of\s+)?"
    r"(?:client|cliente|customer|patient|guest|member|kunden?|klant|abonn[ée]|adh[ée]rent|account"
    r"|compte|r[ée]sident|tenant|subscriber|student|[ée]l[èe]ve|cavalier|propri[ée]taire|mandant"
    r"|s[óo]cio|membre)"
    r"|(?:client|cliente|customer|cust|patient|guest|gast|member|kunden?|klant(?:en)?|relatie"
    r"|abonn[ée]|account|acct|compte|debitor|debiteur|d[ée]biteur|debtor|r[ée]sident|tenant"
    r"|subscriber|loyalty|student|mandant(?:en)?|cavalier|propri[ée]taire|billing|lid|s[óo]cio"
    r"|membre)"
    r"[\s.-]*(?:n[°ºo]\.?|nr\.?|no\.?|num[ée]ro|number|nummer|id|code|#|r[ée]f\.?|konto"
    r"|account))(?=\W|$)",
    _I,
)
_ANY_LOOKS = re.compile(r"(?<![\w'’-])" + _LOOKS_LIKE_REF.pattern, _I)


@dataclass(frozen=True)
class Reference:
    value: str | None
    doubts: tuple[str, ...] = ()


def read_reference(text: str, whole: bool = False, lettered: bool = False) -> str | None:
    """The reference at the start of `text` (the rest of a label's cell, or the cells after
    it joined by two spaces); with `whole`, only when it is all of its cell; with `lettered`,
    also a code in capitals without digits that is all of its cell."""
    text = text.strip()
    second = _SECOND_LABEL.match(text)  # "N° client / Customer No. : C00123"
    text = text[second.end() :] if second else text
    phrase = re.split(r"\s{2,}", _PREFIX.sub("", text), maxsplit=1)[0].strip(" ,;")
    if _CUSTOMER_ID.fullmatch(phrase):
        return phrase
    if _LEGAL_ID.match(phrase) or _ORDER.match(phrase):
        return None
    if _GROUPED.fullmatch(phrase):
        return phrase
    if lettered and _CODE.fullmatch(phrase) and not L.is_label(phrase):
        # after a "N°" of its own, a word in capitals is another label ("N° COMMANDE")
        bare = re.split(r"\s{2,}", text.strip().lstrip(":#. "), maxsplit=1)[0].strip(" ,;")
        return phrase if bare == phrase and not _NOT_REFERENCES.match(phrase) else None
    tokens = phrase.split()
    if not tokens or (whole and len(tokens) > 1):
        return None
    if len(tokens) > 1 and tokens[1][:1].isdigit():
        return None  # "123 4567 89": where the reference ends is unclear
    match = _TOKEN.match(tokens[0])
    if not match or match.end() < len(tokens[0].rstrip(".,;:)")):
        return None
    token = match.group(0).rstrip(".-/")
    if not any(ch.isdigit() for ch in token) or _NOT_REFERENCES.match(token):
        return None
    if re.fullmatch(r"\d{1,2}", token) or find_dates(token):
        return None
    return clean(token, 60)


def find_reference(pages: list[Page], invoice_number: str | None) -> Reference:
    """The customer reference printed on the first page, else on a later one (a payment slip
    or remittance stub of its own), with the doubts met choosing it."""
    page = pages[0]
    found = [hit for hit in _hits(page) if not _elsewhere(page, hit)]
    if not found:
        short = [hit for hit in L.values([page], L.CUSTOMER_REF, _short_number)
                 if hit.place != "below" and not _elsewhere(page, hit)]  # fmt: skip
        if short:
            return Reference(short[0].value)
        found = next(
            (hits for later in pages[1:] if (hits := [h for h in _hits(later)
                                                      if not _elsewhere(later, h)])),
            [],
        )  # fmt: skip
    if not found:
        label = next(filter(None, map(_unread_label, pages)), None)
        if label is None:
            return Reference(None)
        return Reference(None, (f"debtor.customer_ref: '{label}' printed but not read",))
    ranked = best(found)
    chosen = ranked[0].value
    doubts = []
    others = sorted({hit.value for hit in ranked if _key(hit.value) != _key(chosen)})
    if others:
        doubts.append(
            f"debtor.customer_ref: {chosen} or {', '.join(others)} (two labels name the "
            "customer reference)"
        )
    if invoice_number and _key(chosen) == _key(invoice_number):
        doubts.append(f"debtor.customer_ref: {chosen} is also the invoice number")
    return Reference(chosen, tuple(doubts))


def _hits(page: Page) -> Iterator[L.Hit[str]]:
    """Labelled values in order of trust: a plain label at the start of a cell (a value with
    digits, then a code in capitals), a bare word over or beside a value alone in its cell
    with at least three digits, a plain label later in a cell's text."""
    lettered = lambda text: read_reference(text, lettered=True)  # noqa: E731
    whole = lambda text: read_reference(text, whole=True)  # noqa: E731
    dropped = False
    for hit in _in_columns(page, L.CUSTOMER_REF, lettered):
        if hit.place == "right" and _no_digit(hit.value) and _in_header_row(page, hit.cell):
            dropped = True  # a word right of a label in a row of labels: the next column's label
        else:
            yield hit
    if dropped:  # read again without such words, for the value under the label
        yield from _in_columns(page, L.CUSTOMER_REF, read_reference)
    for hit in _in_columns(page, _BARE, whole):
        digits = sum(ch.isdigit() for ch in hit.value)
        if (digits >= 3 or hit.value.startswith("cus_")) and (
            hit.place != "below" or _in_header_row(page, hit.cell)
        ):
            yield hit
    yield from under_customer_heading(page, whole)
    yield from _inside_text(page)
    yield from _header_fields(page)
    yield from _colon_fields(page)
    for label, cell, value in _broken_labels(page):
        if value is not None:
            yield L.Hit(value, cell, label, "right", 0.0, value)


def _in_columns(
    page: Page, pattern: re.Pattern[str], read: Callable[[str], str | None]
) -> Iterator[L.Hit[str]]:
    """The values at labels matching `pattern`, each taken from its own column of a grid."""
    for hit in L.values([page], pattern, read):
        if (kept := own_column(page, hit, read)) is not None:
            yield kept


def _colon_fields(page: Page) -> Iterator[L.Hit[str]]:
    """A bare word and its value among other "Label: value" fields of one line, a code with at
    least three digits."""
    for line in page.lines:
        for cell in line.cells:
            if cell.text.count(":") < 2:
                continue
            for match in _COLON_FIELD.finditer(cell.text):
                value = read_reference(match["value"], whole=True)
                if value is not None and sum(ch.isdigit() for ch in value) >= 3:
                    label = match.group(0).split(":")[0].strip()
                    yield L.Hit(value, cell, label, "inline", 0.0, cell.text)


def _broken_labels(page: Page) -> Iterator[tuple[str, Cell, str | None]]:
    """A label broken over two lines of one column ("N° de" over "patient", "Patient" over
    "ID"): the joined label, its first cell, and the value printed after it or right of
    either line (None when there is none to read)."""
    lines = page.lines
    for row in _key_rows(page, before=2):
        line = lines[row]
        for cell in line.cells:
            if len(cell.text) > 20 or L.label_at(cell.text, L.CUSTOMER_REF):
                continue
            for step, below in enumerate(lines[row + 1 : row + 3], start=1):
                if below.y - line.y > 1.8 * cell.size:
                    break
                for other in below.cells:
                    if (
                        abs(other.x0 - cell.x0) > 2
                        or len(other.text) > 24
                        or L.is_label(other.text)
                    ):
                        continue
                    joined = f"{cell.text} {other.text}"
                    match = L.label_at(joined, L.CUSTOMER_REF) or _LOOKS_LIKE_REF.match(joined)
                    if match is None or match.end() <= len(cell.text):
                        continue
                    rest = _PREFIX.sub("", joined[match.end() :].strip())
                    if rest:
                        yield match.group(0), cell, read_reference(rest)
                        continue
                    edge = max(cell.x1, other.x1)
                    right = [c for ln in lines[row : row + step + 1] for c in ln.cells
                             if edge < c.x0 < edge + 120 and not L.is_label(c.text)]  # fmt: skip
                    nearest = min(right, key=lambda c: c.x0, default=None)
                    yield match.group(0), cell, read_reference(nearest.text) if nearest else None


def _header_fields(page: Page) -> Iterator[L.Hit[str]]:
    """A bare "Client" before its code in a line of fields between dashes or bars ("Client
    41100234 — Facture F-2026-0012 — 12/03/2026"), a code with at least three digits."""
    for line in page.lines:
        for cell in line.cells:
            fields = _FIELD_SEPARATOR.split(cell.text)
            if len(fields) < 2:
                continue
            for text in fields:
                match = _BARE_FIELD.fullmatch(text.strip())
                value = read_reference(match["value"], whole=True) if match else None
                if value is not None and sum(ch.isdigit() for ch in value) >= 3:
                    yield L.Hit(value, cell, text.split()[0], "inline", 0.0, cell.text)


def _key_rows(page: Page, before: int = 0) -> list[int]:
    """The lines holding one of the labels' key words (and the `before` lines above each)."""
    text = page.text.lower()
    starts = [m.start() for m in re.finditer("\n", text)]
    rows = {bisect_right(starts, m.start()) for m in _KEY_WORD.finditer(text)}
    return sorted({max(row - step, 0) for row in rows for step in range(before + 1)})


def _unread_label(page: Page) -> str | None:
    """A label reading as the debtor's number at the creditor, in no bank's or insurer's
    block: at the start of a cell or broken over two lines, or inside a cell's text before a
    code with digits or ending the cell. The reference is there and was not read."""
    for hit in L.values([page], _LOOKS_LIKE_REF, _any_code):
        if not _elsewhere(page, hit) and not _LEGAL_ID.match(hit.value):
            return hit.label
    for line in page.lines:
        for cell in line.cells:
            match = L.label_at(cell.text, _LOOKS_LIKE_REF) or L.label_at(cell.text, L.CUSTOMER_REF)
            if match and not _elsewhere(page, L.Hit("", cell, match.group(0), "inline")):
                return match.group(0)
    for label, cell, _value in _broken_labels(page):
        if not _elsewhere(page, L.Hit("", cell, label, "inline")):
            return label
    for row in _key_rows(page):
        for cell in page.lines[row].cells:
            for match in _ANY_LOOKS.finditer(cell.text):
                rest = _PREFIX.sub("", cell.text[match.end() :].strip(" :#=|–—"))
                code = _any_code(rest)
                hit = L.Hit("", cell, match.group(0), "inline")
                # a code after it, or nothing: its value is printed in another cell
                readable = bool(code and not _LEGAL_ID.match(code)) or not rest
                if readable and not _elsewhere(page, hit):
                    return match.group(0)
    return None


def _short_number(text: str) -> str | None:
    """One or two digits alone after a plain label on its line ("Kundennummer: 2"): a small
    creditor's first customers."""
    phrase = re.split(r"\s{2,}", _PREFIX.sub("", text.strip()), maxsplit=1)[0].strip(" ,;")
    return phrase if re.fullmatch(r"\d{1,2}", phrase) else None


def _any_code(text: str) -> str | None:
    """The first word after a label, when it holds a digit."""
    words = text.split()
    return words[0] if words and any(ch.isdigit() for ch in words[0]) else None


def _inside_text(page: Page) -> Iterator[L.Hit[str]]:
    """A label after other words of its cell ("Facture n° 8347/B  Code client : C77830",
    "Objet : Facture 2026-118 - votre compte client 4471"), read from the rest of that cell.
    Only the lines holding one of the labels' key words are searched (the search is slow)."""
    for row in _key_rows(page):
        for cell in page.lines[row].cells:
            for match in _ANYWHERE.finditer(cell.text):
                if match.start() == 0:
                    continue  # at the start of its cell: read by L.values
                value = read_reference(cell.text[match.end() :].lstrip(" :#=|–—"))
                if value is not None:
                    yield L.Hit(value, cell, match.group(0), "inline", 0.0, cell.text)


def _in_header_row(page: Page, cell: Cell) -> bool:
    """The cell is one of several labels side by side (a grid's header row)."""
    line = next((ln for ln in page.lines if cell in ln.cells), None)
    if line is None:
        return False
    return sum(L.is_label(c.text) or bool(_BARE.match(c.text)) for c in line.cells) >= 2


def _elsewhere(page: Page, hit: L.Hit[str]) -> bool:
    """The label's line, or for a label a bank or an insurer also prints (an account, a
    member) a line just above or below it in the same column, speaks of a bank or an insurer
    (an "Account number" beside "Sort code", a "N° de compte" in a RIB, an "N° adhérent" under
    "Mutuelle"); a "Patient n°" beside a "Mutuelle" row stays the creditor's."""
    cell = hit.cell
    shared = bool(_SHARED_LABEL.search(hit.label))
    for line in page.lines:
        if abs(line.y - cell.y) > 2.5 * cell.size:
            continue
        if cell in line.cells:
            if _ELSEWHERE.search(line.text):
                return True
        elif shared and any(
            abs(c.x0 - cell.x0) < 20 and _ELSEWHERE.search(c.text) for c in line.cells
        ):
            return True
    return False


def _no_digit(value: str) -> bool:
    return not any(ch.isdigit() for ch in value)


def _key(value: str) -> str:
    return value.replace(" ", "").upper()
