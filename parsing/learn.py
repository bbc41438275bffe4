"""An invoice2data template learned from one invoice a person validated or corrected.

Each value staff confirmed is looked for on the page as the layout reader lays it out (one line
per printed line, cells apart by two spaces or more). Where it sits beside a label ("Échéance :
03/12/2026", "Net à payer   1 234,56 €") or under one (a row of labels over a row of values),
the field becomes a regex anchored on that label, with a value pattern general enough for the
next invoices of the layout (any number, any date in the same spelling, any amount in the same
notation). A regex is kept only when, run on this very page, it gives exactly the confirmed
value; the labels it anchors on become the template's keywords. Pure: no database, no files.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

import yaml

from parsing.anchors import (
    NAME,
    Candidate,
    Spot,
    ranked_candidates,
    still_due_family,
    under_anchored,
)
from parsing.label_words import PLACE_LE, names_field
from parsing.layout.amounts import AMOUNT, parse_amount, to_decimal
from parsing.layout.dates import date_order, first_date
from parsing.layout.invoice import extract
from parsing.learn_pages import own_pages
from parsing.learned import TEMPLATE_FIELDS
from parsing.learned_place import place_of_name
from parsing.learned_wrap import wrapped_at_learned_place
from parsing.mistakes import misread_fields, mistakes
from parsing.pdf import Cell, Line, Page
from parsing.record import DAYS_THEN_MONTH_END, ParsedDebtor, ParseOptions
from parsing.shapes import amount_pattern, numeric_pattern, shape, tight_shape

_IDENTIFIER = r"(?=[\w/.-]*\d)[A-Za-z0-9][\w/.-]*[A-Za-z0-9]"
_NUMERIC_DATE = re.compile(
    r"(?<![\d/-])(?<!\d\.)(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})(?![\d/]|[.-]\d)"
)
_SPELLED_DATE = re.compile(
    r"(?<!\d)\d{1,2}(?:er|st|nd|rd|th)?\.?\s+[A-Za-zÀ-ÿ]{3,10}\.?,?\s+\d{4}(?!\d)"
    r"|(?<![\w])[A-Za-zÀ-ÿ]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?!\d)"
)
_SPELLED_PATTERN = (
    r"\d{1,2}(?:er|st|nd|rd|th)?\.?\s+[A-Za-zÀ-ÿ]{3,10}\.?,?\s+\d{4}"
    r"|[A-Za-zÀ-ÿ]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
)
# The labels of the fields every invoice of a layout prints in the same words are the
# template's keywords: a due date may give way to terms, the amount due's label changes with
# what is deducted ("Total à payer", "Reste à payer").
_KEYWORD_FIELDS = ("invoice_number", "issue_date")
_NUMBER_SIGN = re.compile(
    r"(?<![^\W\d_])(?:n[°º˚o]|no\.?|nr\.?|#|num[ée]ro|number)\s*:?$", re.IGNORECASE
)
_FALLBACK_KEYWORD_FIELDS = (("due_date", "debtor.customer_ref", "debtor.name"), ("total_due",))


@dataclass(frozen=True)
class Validated:
    """What a person confirmed for one invoice, and which of those fields they changed."""

    invoice_number: str
    total_due: Decimal
    currency: str = "EUR"
    issue_date: date | None = None
    due_date: date | None = None
    debtor_name: str | None = None
    customer_ref: str | None = None
    corrected: frozenset[str] = frozenset()
    credit_note: bool = False
    # The creditor's reading of "N jours fin de mois": the layout it is compared with reads by it.
    month_end_reading: str = DAYS_THEN_MONTH_END

    def value(self, name: str) -> object:
        return {
            "invoice_number": self.invoice_number,
            "issue_date": self.issue_date,
            "due_date": self.due_date,
            "total_due": self.total_due,
            "debtor.name": self.debtor_name,
            "debtor.customer_ref": self.customer_ref,
        }[name]


def derive_template(pages: list[Page], truth: Validated, issuer: str) -> dict[str, Any] | None:
    """The invoice2data template (as a mapping) that reads `truth` off `pages`, or None when
    the invoice number could not be anchored on a label (a scan, a page of bare values)."""
    text = "\n".join(page.text for page in pages)
    order = date_order(text)
    fields: dict[str, Any] = {}
    labels: dict[str, str] = {}
    date_formats: list[str] = []
    decimal = ""
    assigned = _assigned(pages, truth, text, order)
    for name, best in assigned.items():
        template_field = TEMPLATE_FIELDS[name]
        regex: Any = best.regexes[0] if len(best.regexes) == 1 else list(best.regexes)
        if name.endswith("_date") and not best.spot.date_format:
            # A date spelled out ("3 sept. 2026"): invoice2data's parsers do not read French
            # month names, so the text is kept and Relance reads it.
            regex = {"parser": "regex", "regex": regex}
        fields[template_field] = regex
        if best.literal:
            labels[name] = best.label
        if best.spot.date_format and best.spot.date_format not in date_formats:
            date_formats.append(best.spot.date_format)
        decimal = decimal or best.spot.decimal
    keywords = _keywords(labels)
    if "invoice_number" not in fields or not keywords:
        return None
    layout = extract(pages, "", ParseOptions(month_end_reading=truth.month_end_reading))
    wanted = {name: truth.value(name) for name in TEMPLATE_FIELDS}
    misread = mistakes(layout, wanted, truth.corrected)
    debtor_at = place_of_name(pages[0], truth.debtor_name) if pages else None
    # A name wrapped where a person confirmed it, the window's width proving it, the layout
    # reading its first line only: no field the layout reads wrong for want of a label; the
    # next invoices whose name may wrap there are held (parsing.learned_wrap).
    by_place = debtor_at and _wraps_at(debtor_at, pages, layout.debtor, truth.debtor_name)
    unread = [
        n
        for n in misread_fields(layout, wanted, truth.corrected)
        if TEMPLATE_FIELDS[n] not in fields and not (n == "debtor.name" and by_place)
    ]
    options: dict[str, Any] = {"currency": truth.currency}
    due = assigned.get("total_due")
    currency_printed = (
        due is not None and layout.currency == truth.currency and _currency_beside(due.spot)
    )
    if date_formats:
        options["date_formats"] = date_formats
    if decimal:
        options["decimal_separator"] = decimal
    return {
        "issuer": issuer,
        "keywords": keywords,
        "fields": fields,
        "options": options,
        # Only the number, whose label is a keyword: a page where it is not found is of another
        # layout, and nothing the template reads there is kept. The amount due's label changes
        # with what is deducted; when it is missing the other fields still count.
        "required_fields": ["invoice_number"],
        "relance": {
            "learned_from": truth.invoice_number,
            "corrected": sorted(n for n in truth.corrected if n in TEMPLATE_FIELDS),
            # Corrected, read wrong by the layout heuristics here, and not learned (no label
            # near it): the next invoices go to review rather than take the layout's reading.
            **({"unread": unread} if unread else {}),
            # What the layout read instead of a corrected field: the same mistake on a next
            # invoice holds nothing against the template; another reading goes to review.
            **({"misread": misread} if misread else {}),
            # Printed beside the amount due and read right by the layout: the layout reads it
            # on each invoice (an issuer may bill in several currencies).
            **({"currency_printed": True} if currency_printed else {}),
            # Where the debtor's name starts on the first page: the layout's choice among
            # unlabelled address blocks is confirmed when its debtor starts there.
            **({"debtor_at": debtor_at} if debtor_at else {}),
            # A person said the document is a credit note: this layout's are, whatever sign
            # they print their amounts with.
            **({"credit_note": True} if truth.credit_note else {}),
        },
    }


def _keywords(labels: dict[str, str]) -> list[str]:
    """The labels every invoice of the layout prints in the same words: the number's and the
    issue date's; when those are too short to tell a layout ("N°") or not printed, the other
    fields' labels, the amount due's last (it changes with what is deducted). Labels that name
    their field come first: a value anchored on a neighbour's words (an issue date after
    `Accounts Payable` on a payment advice some invoices lack) is no sign of the layout."""
    for named in (True, False):
        for fields in (_KEYWORD_FIELDS, *_FALLBACK_KEYWORD_FIELDS):
            found = [
                labels[name]
                for name in fields
                if name in labels and (not named or _names(name, labels[name]))
            ]
            keywords = [x for x in found if len(x) >= 4 and not PLACE_LE.match(x)]
            if keywords:
                return list(dict.fromkeys(keywords))
    return []


def _names(name: str, label: str) -> bool:
    """Whether `label` names the field: for the number, a label ending with a number sign
    names it too ("Note d'honoraires n°", "Bon de livraison-facture N°"): the value beside it
    is the number a person confirmed."""
    return names_field(name, label) or (
        name == "invoice_number" and bool(_NUMBER_SIGN.search(label))
    )


def _wraps_at(
    place: dict[str, int], pages: list[Page], debtor: ParsedDebtor, name: str | None
) -> bool:
    """Whether the layout's debtor, its name's wrapped lines joined from `place`, is `name`."""
    wrapped = wrapped_at_learned_place({"relance": {"debtor_at": place}}, pages, debtor)
    found = wrapped.debtor.name if wrapped and wrapped.proven else None
    return (
        bool(found and name)
        and " ".join(found.split()).casefold() == " ".join(name.split()).casefold()
    )


def _currency_beside(spot: Spot) -> bool:
    """Whether a currency sign or code is printed with the amount at `spot` ("€", "USD")."""
    parsed = parse_amount(spot.cell.text[max(0, spot.start - 4) :])  # "US$ 12.00", "12,00 €"
    return parsed is not None and parsed[1] is not None


@dataclass(frozen=True)
class Learned:
    """A learned template as invoice2data YAML, with the record fields it reads."""

    yaml_text: str
    fields: tuple[str, ...]
    keywords: tuple[str, ...]


def learn_from_pdf(
    data: bytes, pages: tuple[int, ...], truth: Validated, issuer: str, note: str
) -> Learned | None:
    """The template learned from the invoice on `pages` (all pages when empty) of the PDF
    `data`, or None when nothing on them could be anchored (a scan, a page of bare values)."""
    from parsing.chain import read_document

    read, _attached = read_document(data, ParseOptions())
    chosen = [page for page in read if not pages or page.number in pages] or read
    template = None
    for own in own_pages(chosen, truth.invoice_number):
        template = derive_template(own, truth, issuer)
        if template is not None:
            break
    if template is None:
        return None
    by_template_field = {t: r for r, t in TEMPLATE_FIELDS.items()}
    return Learned(
        template_yaml(template, note),
        tuple(by_template_field[f] for f in template["fields"]),
        tuple(template["keywords"]),
    )


def template_yaml(template: dict[str, Any], note: str) -> str:
    """The template as invoice2data YAML, `note` as a comment on top; regexes on one line."""
    head = "".join(f"# {line}\n" if line else "#\n" for line in note.splitlines())
    body = yaml.safe_dump(template, allow_unicode=True, sort_keys=False, width=100_000)
    return head + body


def _assigned(pages: list[Page], truth: Validated, text: str, order: str) -> dict[str, Candidate]:
    """Each field's best candidate, a printed value serving one field only: when two fields
    share a value (a due date equal to the issue date), the spot goes to the field its label
    names best, the other field taking its next spot or none."""
    # The debtor's name printed above the number is no label: the next debtor has another.
    not_labels = frozenset({(truth.debtor_name or "").casefold()}) - {""}
    ranked: dict[str, list[Candidate]] = {}
    found: dict[str, tuple[list[Spot], Callable[[str], bool]]] = {}
    for name in TEMPLATE_FIELDS:
        wanted = truth.value(name)
        if wanted is not None and wanted != "":
            spots, means_wanted = found[name] = _spots_for(pages, name, wanted, order)
            ranked[name] = ranked_candidates(name, spots, text, means_wanted, not_labels)
    order_of = {name: index for index, name in enumerate(TEMPLATE_FIELDS)}
    contenders = sorted(
        ((c.score, name) for name, found in ranked.items() for c in found[:1]),
        key=lambda pair: (-pair[0], order_of[pair[1]]),
    )
    chosen: dict[str, Candidate] = {}
    taken: set[tuple[int, int, int, int]] = set()
    for _score, name in contenders:
        for candidate in ranked[name]:
            if candidate.spot.place not in taken:
                chosen[name] = candidate
                taken.add(candidate.spot.place)
                break
    number = chosen.get("invoice_number")
    for name in ("issue_date", "due_date"):
        if name in found and name not in chosen and number is not None:
            # A date printed alone under the number (a box in a corner): the number anchors it.
            spots, means_wanted = found[name]
            under = under_anchored(spots, number, text, means_wanted)
            if under is not None and under.spot.place not in taken:
                chosen[name] = under
                taken.add(under.spot.place)
    for name, best in chosen.items():
        # The amount due's other labels are the total's: the still-due family stands for them.
        if name != "total_due":
            chosen[name] = _with_second(name, best, ranked[name], taken)
    if "total_due" in chosen:
        chosen["total_due"] = _with_family(chosen["total_due"], truth, text)
    return {name: chosen[name] for name in TEMPLATE_FIELDS if name in chosen}


def _with_second(name: str, best: Candidate, ranked: list[Candidate], taken: set[Any]) -> Candidate:
    """The best candidate with the regexes of the next one anchored on another label that
    names the field too, or on the same label printed elsewhere (`Invoice Number` in the
    header and on a payment advice): a part of the page that some invoices of the layout
    lack (a payment advice, a slip) leaves the other anchor. Both read the confirmed value
    here; where they read two values on a next invoice, the record goes to review."""
    for other in ranked:
        if other.spot.place in taken or set(other.regexes) <= set(best.regexes):
            continue
        if not other.literal:
            continue
        if not names_field(name, other.label):
            continue
        return replace(best, regexes=(*best.regexes, *other.regexes))
    return best


def _with_family(best: Candidate, truth: Validated, text: str) -> Candidate:
    """The amount due's candidate with the still-due labels' family, when on this page it
    still reads the confirmed amount and nothing else (the family's own regex may read nothing
    here: nothing was deducted)."""
    family = still_due_family(best)
    if family is best:
        return best
    found = [{got.strip() for got in re.findall(regex, text)} for regex in family.regexes]
    if not all(_same_amount(got, truth.total_due) for values in found for got in values):
        return best
    if not any(found[:-1]):
        return best
    return family


# Where each value is printed ------------------------------------------------------------


def _spots_for(
    pages: list[Page], name: str, wanted: object, order: str
) -> tuple[list[Spot], Callable[[str], bool]]:
    """The places `wanted` is printed, and a test that a captured text means `wanted`."""
    if name in ("invoice_number", "debtor.customer_ref"):
        value = str(wanted)
        pattern = _IDENTIFIER if re.fullmatch(_IDENTIFIER, value) else shape(value)
        return _literal_spots(pages, value, pattern), lambda got: got == value
    if name == "debtor.name":
        value = str(wanted).strip()
        return _name_spots(pages, value), lambda got: got.strip().casefold() == value.casefold()
    if isinstance(wanted, date):
        return _date_spots(pages, wanted, order), lambda got: first_date(got, order) == wanted
    assert isinstance(wanted, Decimal)
    return _amount_spots(pages, abs(wanted)), lambda got: _same_amount(got, wanted)


def _same_amount(text: str, wanted: Decimal) -> bool:
    return to_decimal(text.lstrip("-").strip()) == abs(wanted)


def _cells(pages: list[Page]) -> Iterator[tuple[tuple[Line, ...], int, int, Cell, int]]:
    for rank, page in enumerate(pages):
        for row, line in enumerate(page.lines):
            for column, cell in enumerate(line.cells):
                yield page.lines, row, column, cell, rank


def _literal_spots(pages: list[Page], value: str, pattern: str) -> list[Spot]:
    exact = re.compile(rf"(?<![A-Za-z0-9]){re.escape(value)}(?![A-Za-z0-9])")
    tight = tight_shape(value)
    return [
        Spot(lines, row, column, match.start(), pattern, page=rank, tight=tight)
        for lines, row, column, cell, rank in _cells(pages)
        for match in exact.finditer(cell.text)
    ]


def _name_spots(pages: list[Page], name: str) -> list[Spot]:
    """Cells ending with the name (after a label like "Client :", or alone)."""
    spots = []
    for lines, row, column, cell, rank in _cells(pages):
        text = cell.text.rstrip()
        if text.casefold().endswith(name.casefold()):
            start = len(text) - len(name)
            if start == 0 or not text[start - 1].isalnum():
                spots.append(Spot(lines, row, column, start, NAME, page=rank))
    return spots


def _date_spots(pages: list[Page], wanted: date, order: str) -> list[Spot]:
    spots = []
    for lines, row, column, cell, rank in _cells(pages):
        for match in _NUMERIC_DATE.finditer(cell.text):
            if first_date(match.group(0), order) == wanted:
                pattern, date_format = numeric_pattern(match, order)
                spot = Spot(lines, row, column, match.start(), pattern, date_format, page=rank)
                spots.append(spot)
        for match in _SPELLED_DATE.finditer(cell.text):
            if first_date(match.group(0), order) == wanted:
                spots.append(Spot(lines, row, column, match.start(), _SPELLED_PATTERN, page=rank))
    return spots


def _amount_spots(pages: list[Page], wanted: Decimal) -> list[Spot]:
    spots = []
    for lines, row, column, cell, rank in _cells(pages):
        for match in AMOUNT.finditer(cell.text):
            raw = match.group("num")
            if to_decimal(raw) != wanted:
                continue
            start = match.start("num")
            if cell.text[max(0, start - 1) : start] == "-":
                start -= 1
            decimal, pattern = amount_pattern(raw)
            spots.append(Spot(lines, row, column, start, pattern, decimal=decimal, page=rank))
    return spots
