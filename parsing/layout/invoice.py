"""Layout heuristics: the words of an invoice's pages → one ParsedInvoice with confidence."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import TypeVar

from parsing.layout import labels as L
from parsing.layout.checks import Evidence, assess
from parsing.layout.dates import date_order, find_dates, first_date, order_doubts
from parsing.layout.debtor import find_debtor
from parsing.layout.due import read_due
from parsing.layout.issued import issue_doubts
from parsing.layout.money import read_money
from parsing.layout.number_labels import (
    broken_labels,
    captioned_otherwise,
    captions,
    continued_otherwise,
    listed_other_invoice,
)
from parsing.layout.number_text import is_bare, read_number
from parsing.layout.reference_headings import under_a_customer_heading
from parsing.layout.references import find_reference
from parsing.layout.titles import Title, date_label, not_a_bill, number_label, title
from parsing.pdf import Line, Page
from parsing.record import DAYS_THEN_MONTH_END, ParsedInvoice, ParseOptions

T = TypeVar("T")

_MARKED = re.compile(r"n\.?[°º˚]|no|num|#|nr|id\b|r[ée]f", re.I)
# "Prélevé le 14/01", "Payable le …", "Livré le …": the date of a payment or an event, not
# "Lyon, le 3 novembre" (where and when the invoice was made); nor a participle ("Expédié le"),
# a label ("… le :") or a noun before "am" without its comma ("SEPA-Lastschrift am").
_NOT_A_PLACE = (
    r"(?i:pr[ée]lev[ée]e?s?|payable|pay[ée]e?|r[ée]gl[ée]e?|[ée]ch[ée]ance|[ée]chue?|exigible"
    r"|vers[ée]e?|encaiss[ée]e?|d[ée]bit[ée]e?|livr[ée]e?s?|command[ée]e?|valable|effectu[ée]e?"
    r"|re[çc]ue?|exp[ée]di[ée]e?|intervention|sign[ée]e?|pr[ée]l[èe]vement|virement|paiement"
    r"|r[èe]glement|livraison|commande)\b"
)
_PLACE_DATE = re.compile(
    rf"^(?:[Ff]ait\s+[àa]\s+)?(?!{_NOT_A_PLACE})[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)*"
    r"(?<!é)(?<!ée)(?<!és)(?<!ées)(?:,?\s+(?:le|den)|,\s+am)\b(?!\s*:)"
)
_CREDIT_NOTE = re.compile(
    r"avoir|credit\s+(?:note|memo)|gutschrift|note\s+de\s+cr[ée]dit|creditnota|memo\s*(?:#|no)"
    r"|credit\s*(?:#|no\.|number)|nota\s+d[ie]\s+cr[ée]dito",
    re.I,
)


# A credit note taken off this bill, not this document.
_APPLIED = re.compile(
    r"\b(?:applied|deducted|d[ée]duite?|imput[ée]e?|verrekend|in\s+mindering|detratta|dedotta)\b",
    re.I,
)
# Other documents' numbers printed beside the invoice's.
_RIVAL_LABEL = re.compile(
    r"(?:(?:n[°ºo˚]\.?|num[ée]ro|r[ée]f\.?)\s*(?:de\s+|du\s+)?)?(?:(?:votre\s+|your\s+|ihre?\s+)?"
    r"(?:commande|bon\s+de\s+(?:commande|livraison)|livraison|contrat|dossier|devis|order"
    r"|p\.?\s?o\.?|delivery\s+note|contract|booking|reservation|r[ée]servation|bestell\w*"
    r"|lieferschein\w*|auftrag\w*|angebot\w*|vertrag\w*|encomenda|requisi[çc][ãa]o|order\w*"
    r"|pakbon|offerte|quote|quotation|job|matter))(?:\s*-?\s*(?:n[°ºo˚]\.?|no\.?|nr\.?|#"
    r"|number|nummer|ref\.?))?(?=\W|$)(?![-/.]?\d)",  # not a value itself: "PO-38005"
    re.I,
)
_GOES_ON = re.compile(r"\s*[/\-–]\s*\d+")
# A number whose end is on the next line: its text stops at a dash or a slash.
_CUT_AT_END = re.compile(r"\s*[-/]\s*(?:$|\s{2})")


def extract(pages: list[Page], file: str, options: ParseOptions | None = None) -> ParsedInvoice:
    """Read every field of one invoice from its pages, then judge how far to trust it."""
    options = options or ParseOptions()
    invoice, evidence = read(pages, file, options.month_end_reading)
    return assess(invoice, pages, evidence, options.review_threshold)


def read(
    pages: list[Page], file: str, month_end_reading: str = DAYS_THEN_MONTH_END
) -> tuple[ParsedInvoice, Evidence]:
    """Every field of one invoice, and what the checks need besides ("N jours fin de mois"
    counted by the creditor's `month_end_reading`)."""
    text = "\n".join(page.text for page in pages)
    order = date_order(text)
    money = read_money(pages, text)
    titled = title(pages)
    labelled = labelled_numbers(pages, titled)
    number_hit = (
        best_number(labelled, money.credit_title)
        or best_number(_in_text(pages, L.NUMBER_IN_SUBJECT))
        or best_number(_in_text(pages, L.NUMBER_IN_TITLE))
        or _only_reference(pages)
    )
    issued = _issue_date(pages, number_hit, order, titled)
    due = read_due(pages, issued, order, month_end_reading)
    number = number_hit.value if number_hit else None
    reference = find_reference(pages, number)
    found = find_debtor(pages, reference.value, money.currency)
    invoice = ParsedInvoice(
        file=file,
        pages=tuple(page.number for page in pages),
        invoice_number=number,
        issue_date=issued,
        # A credit note is never reminded: a date printed at a due label is a refund date.
        due_date=None if money.credit_title else due.date,
        due_rule=None if money.credit_title else due.rule,
        due_reading=None if money.credit_title else due.reading,
        total=money.total,
        total_due=money.total_due,
        currency=money.currency,
        is_credit_note=money.credit_title,
        debtor=found.debtor,
        source="layout",
    )
    rivals = [hit for hit in labelled if not _heads_a_column(pages, hit)]
    doubts = number_doubts(rivals, number_hit, money.credit_title) + _cut_short(number_hit)
    doubts += _rival_number(pages, number_hit, money.credit_title)
    doubts += reference.doubts
    if kind := not_a_bill(pages):
        doubts += (kind,)
    own_date = date_label(titled.head) if titled is not None and titled.head else None
    doubts += issue_doubts(pages, order, issued, own_date)
    doubts += order_doubts(
        text, order, {"issue_date": invoice.issue_date, "due_date": invoice.due_date}
    )
    evidence = Evidence(money, due, found.seller, found.ids, found.doubts, doubts, found.block)
    return invoice, evidence


def labelled_numbers(pages: list[Page], titled: Title | None) -> list[L.Hit[str]]:
    """Every number at a label naming the document's number: the invoice's labels, and on a
    bill titled otherwise its own word's ("Avis n°" under "AVIS D'ÉCHÉANCE")."""
    labelled = list(L.values(pages, L.NUMBER, read_number))
    if titled is not None and titled.head is not None:
        labelled += L.values(pages, number_label(titled.head), read_number)
    labelled = [
        hit
        for hit in labelled
        if not continued_otherwise(pages, hit)
        and not captioned_otherwise(pages, hit, bool(_MARKED.search(hit.label)))
    ]
    labelled += broken_labels(pages) + captions(pages, labelled)
    # a bare "N°" under a "Client" heading is the customer's number (reference_headings.py)
    return [
        hit
        for hit in labelled
        if not _under_another_heading(pages, hit)
        and not listed_other_invoice(pages, hit)
        and not under_a_customer_heading(pages, hit.cell)
    ]


def _in_text(pages: list[Page], pattern: re.Pattern[str]) -> list[L.Hit[str]]:
    """Numbers after a subject's or a title's words on the first page, but not those of
    earlier invoices listed under their heading."""
    found = L.values_in_text(pages[:1], pattern, read_number)
    return [hit for hit in found if not listed_other_invoice(pages, hit)]


def _label_row(pages: list[Page], hit: L.Hit[str]) -> tuple[tuple[Line, ...], int] | None:
    """For a value found under its label, the lines of the label's page and the label's row."""
    if hit.place != "below":
        return None
    for page in pages:
        row = next((i for i, line in enumerate(page.lines) if hit.cell in line.cells), None)
        if row is not None:
            return page.lines, row
    return None


def _under_another_heading(pages: list[Page], hit: L.Hit[str]) -> bool:
    """A value found under a label with a heading of its own in between ("Fatura" over a grid
    whose "ATCUD" cell heads "JFK3L9-2466"): the value is that heading's, not the label's."""
    found = _label_row(pages, hit)
    if found is None:
        return False
    lines, row = found
    for lower in range(row + 1, min(row + 4, len(lines))):
        value = next((c for c in lines[lower].cells if c.text and hit.text.startswith(c.text)),
                     None)  # fmt: skip
        if value is not None:
            return any(
                cell.x0 < value.x1 and cell.x1 > value.x0 and cell.text.strip()
                for line in lines[row + 1 : lower]
                for cell in line.cells
            )
    return False


def _only_reference(pages: list[Page]) -> L.Hit[str] | None:
    """The issuer's own reference ("Notre réf.", "Our ref") when nothing else numbers the
    document: the one identifier a payer can quote. Two different ones say nothing."""
    hits = list(L.values(pages, L.OWN_REFERENCE, read_number))
    if len({_plain_number(hit.value) for hit in hits}) != 1:
        return None
    return hits[0]


def _plain_number(value: str) -> str:
    return value.replace(" ", "")


def _first(found: Iterable[L.Hit[T]]) -> T | None:
    for hit in found:
        return hit.value
    return None


def best_number(hits: Iterable[L.Hit[str]], credit_note: bool = False) -> L.Hit[str] | None:
    """A label naming a number ("N° de facture", "Invoice #") beats a bare title ("FACTURE"),
    whose value must be in the same cell, under it, or beside it (far off only as a lone token:
    a big "FACTURE" title shares its line with anything)."""
    best, best_score = None, -1.0
    for hit in hits:
        score = _score(hit, credit_note)
        if score is not None and score > best_score:
            best, best_score = hit, score
    return best


def _score(hit: L.Hit[str], credit_note: bool = False) -> float | None:
    """How plainly the hit names the number; None for a deduction line ("Avoir n° 7 déduit")."""
    if L.label_at(hit.cell.text, L.DEPOSIT):
        return None
    if _CREDIT_NOTE.search(hit.label) and _APPLIED.search(hit.cell.text):
        return None  # "Credit Memo #CM-12 applied", "Creditnota nr. 7 verrekend"
    marked = bool(_MARKED.search(hit.label))
    far = hit.gap > 4 * hit.cell.size and " " in hit.text.strip()
    if not marked and hit.place == "right" and far:
        return None
    if not marked and hit.place == "below" and _words_after(hit):
        return None  # "FACTURE D'AVOIR N° A-7" over "N° commande  CMD-1": the title holds its own
    weight = 0.4 if is_bare(hit.label) else 2.0 if marked else 0.0
    weight += 0.3 * (credit_note and bool(_CREDIT_NOTE.search(hit.label)))
    return weight + {"inline": 1.0, "right": 0.8, "below": 0.5, "above": 0.5}[hit.place]


def _words_after(hit: L.Hit[str]) -> bool:
    """Whether the label's cell goes on with words of its own after the label."""
    rest = hit.cell.text.split(hit.label, 1)[-1]
    return bool(re.search(r"[^\W\d_]{2}", rest))


def number_doubts(
    hits: list[L.Hit[str]], chosen: L.Hit[str] | None, credit_note: bool
) -> tuple[str, ...]:
    """When another label naming the invoice's number ("N° de facture", "Invoice No.") shows a
    different number, wherever it sits, or a title prints one in its own cell, a person
    chooses; among titles and bare "N°" labels only, when one is as plain as the chosen one.
    Beside a credit note's own number ("Avoir n°"), an invoice's is the invoice it refers to."""
    if chosen is None or chosen not in hits:
        return ()
    best = _score(chosen, credit_note) or 0.0
    credit = credit_note and bool(_CREDIT_NOTE.search(chosen.label))
    rivals = {
        hit.value
        for hit in hits
        if not _same_number(hit.value, chosen.value)
        and not (credit and not _CREDIT_NOTE.search(hit.label))
        and (score := _score(hit, credit_note)) is not None
        and (_plain_rival(hit, score) if best >= 2.0 else score >= best - 0.3)
    }
    if not rivals:
        return ()
    others = ", ".join(sorted(rivals))
    if best < 2.0:  # only titles and bare "N°" labels, none naming the invoice's number
        return (f"invoice_number: {chosen.value} or {others} (no label names the invoice number)",)
    return (f"invoice_number: {chosen.value} or {others} (two labels name the invoice number)",)


def _heads_a_column(pages: list[Page], hit: L.Hit[str]) -> bool:
    """A label over a column of several numbers heads a table of documents (an account
    summary listing invoices), not this document's number."""
    found = _label_row(pages, hit)
    if found is None:
        return False
    lines, row = found
    left, right = hit.cell.x0 - 2, hit.cell.x1 + 2 * hit.cell.size
    numbers = sum(
        any(c.x1 >= left and c.x0 <= right and read_number(c.text) for c in line.cells)
        for line in lines[row + 1 : row + 5]
    )
    return numbers >= 2


def _plain_rival(hit: L.Hit[str], score: float) -> bool:
    """Beside a number a label names, another number is a rival when a label names it too,
    wherever it sits, or when a title prints it in its own cell ("FACTURE F-2026-0001")."""
    return score >= 2.0 or (hit.place == "inline" and not is_bare(hit.label))


def _rival_number(pages: list[Page], hit: L.Hit[str] | None, credit_note: bool) -> tuple[str, ...]:
    """A number no label names as the invoice's (under a title, a bare "N°", a subject line)
    that another label names as an order's, a delivery note's, a booking's, or a title's number
    whose label names another document ("Invoice for Order #10234", "Rechnung zu Auftrag Nr."):
    whose it is, a person says."""
    if hit is None:
        return ()
    if _RIVAL_LABEL.search(hit.label):
        return (f"invoice_number: {hit.value} follows '{hit.label}' (another document's label)",)
    if (_score(hit, credit_note) or 0.0) >= 2.0:
        return ()
    for rival in L.values(pages[:1], _RIVAL_LABEL, read_number):
        if rival.cell is not hit.cell and _same_number(rival.value, hit.value):
            return (f"invoice_number: {hit.value} is printed as '{rival.label}' too",)
    return ()


def _cut_short(hit: L.Hit[str] | None) -> tuple[str, ...]:
    """A number followed by a slash or a dash and more digits ("2026 / 0012"): where it ends is
    unclear, and the part read may be only its start."""
    if hit is None or hit.value not in hit.text:
        return ()
    rest = hit.text.split(hit.value, 1)[1]
    if _CUT_AT_END.match(rest):
        # "FAC/2026/" at a line's end, the rest of the number not found under it
        return (f"invoice_number: {hit.value} is followed by '{rest.strip()[0]}' (where the "
                "number ends is unclear)",)  # fmt: skip
    more = _GOES_ON.match(rest)
    if more is None or find_dates(rest.lstrip(" /-–").split()[0]):
        return ()  # "F-12 - 03/11/2026": a date after a dash is another field
    return (f"invoice_number: {hit.value} is followed by '{more.group(0).strip()}' (where the "
            "number ends is unclear)",)  # fmt: skip


def _same_number(one: str, other: str) -> bool:
    return _plain_number(one) == _plain_number(other)


def _issue_date(
    pages: list[Page], number_hit: L.Hit[str] | None, order: str, titled: Title | None
) -> date | None:
    """A specific label ("Date de facture", "Invoice date", on a bill titled otherwise its own
    word's: "Statement date") beats a date printed in the title beside the number, which beats
    "Paris, le …", which beats a bare "Date" label or a cell starting "du …" (under "FACTURE N°
    X"), which beat a cell starting "le …" (also a birth date's tail: "Né(e) le 04/05/2015")."""
    read_date = lambda value: first_date(value, order)  # noqa: E731
    generic = bare = None
    for hit in L.values(pages, L.ISSUE_DATE, read_date):
        if L.SPECIFIC_ISSUE_DATE.match(hit.label):
            return hit.value
        if hit.label.strip().casefold() == "le":
            bare = bare or hit.value
        else:
            generic = generic or hit.value
    generic = generic or bare
    if titled is not None and titled.head is not None:
        own = _first(L.values(pages, date_label(titled.head), read_date))
        if own is not None:
            return own
    if number_hit is not None:
        line = next(
            (ln for page in pages for ln in page.lines if number_hit.cell in ln.cells), None
        )
        text = line.text if line else number_hit.cell.text
        rest = _before_another_label(text.split(number_hit.value, 1)[-1])
        beside = first_date(rest, order)
        if beside:
            return beside
    placed = _first(L.values_in_text(pages[:1], _PLACE_DATE, read_date))
    return placed or generic


def _before_another_label(text: str) -> str:
    """The text after the number up to a cell starting with a label of another field's
    ("Facture n° FA-12   Échéance : 03/12/2026": the due date is not the title's date)."""
    kept = []
    for part in text.split("  "):
        if any(L.label_at(part.strip(), p) for p in L.ALL_LABELS if p is not L.ISSUE_DATE):
            break
        kept.append(part)
    return "  ".join(kept)
