"""Reading an invoice with a template learned from a person's correction, checked by the layout.

A learned template (parsing.learn; it carries a `relance:` entry) reads first. The layout
heuristics read the same page, and the two are compared field by field:

- a field the person corrected when the template was learned is the template's: where the
  layout reads it otherwise by the same mistake it made on the invoice learned from
  (parsing.mistakes), nothing is held against the template; any other reading of the layout is
  a disagreement and goes to review, with the template's value shown; if the template finds
  nothing there, the record goes to review;
- any other field is one the layout read right on this layout: where both read a value and they
  differ, the layout's value is kept and the record goes to review, the disagreement named;
- a field the person corrected, that the layout read wrong on the page learned from and the
  template could not learn (no label to anchor it; `relance: unread`), sends the record to
  review: nothing reads it better;
- a template learned from a credit note reads credit notes: the amount is negative whatever
  sign the page prints, unless the page is titled as an invoice (the layout's invoices print
  the same labels);
- where the layout doubted its own reading of a field and named the template's value among its
  candidates ("LS1 or CN-0433"), the template's is taken and the doubt answered;
- where they differ on a date the two read from the same printed digits, day and month
  swapped, the record shows the template's reading (its order was confirmed by a person on
  this layout) and still goes to review;
- the layout's doubt about which of several address blocks is the debtor's is answered when
  the debtor it chose starts where a person confirmed the debtor on the invoice learned from
  (an envelope's window is in the same place on every invoice of a layout); when the template
  reads no name and something else with letters stands at that place (the layout took another
  block, a site's address beside the billing one; or part of a name wrapped from there), the
  layout's debtor is kept and the record goes to review, what stands there named
  (parsing.learned_place);
- a due date the layout computes from payment terms is computed again from the template's
  issue date (the layout may have found no issue date, or another one);
- a template learned where the currency is printed beside the amount due leaves the currency
  to the layout, which reads it on each page (an issuer billing in several currencies).

The layout's problems about fields the template read are dropped, the date and amount checks
are made again on the merged record, and the rest of the layout's doubts are kept.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from parsing.layout.amounts import parse_amount
from parsing.layout.dates import date_order, due_from_terms, first_date
from parsing.layout.titles import title
from parsing.learned_place import (
    at_learned_place,
    name_at_learned_place,
    starts_at_learned_place,
)
from parsing.learned_wrap import wrapped_at_learned_place
from parsing.mistakes import same_mistake
from parsing.pdf import Page
from parsing.record import ParsedInvoice, clean
from parsing.sanity import (
    DUE_ABOVE_TOTAL,
    DUE_BEFORE_ISSUE,
    DUE_TOO_LATE,
    NEGATIVE_DUE,
    NEGATIVE_INVOICE,
    record_problems,
)

# Record field → invoice2data field. invoice2data types `date*` fields as dates and `amount*`
# fields as numbers; the others stay text.
TEMPLATE_FIELDS = {
    "invoice_number": "invoice_number",
    "issue_date": "date",
    "due_date": "date_due",
    "total_due": "amount_due",
    "debtor.name": "debtor_name",
    "debtor.customer_ref": "customer_ref",
}

# A record whose learned template and layout disagree stays below any review threshold; one
# they agree on, with nothing doubtful left, is as sure as a person-checked layout makes it.
DISAGREEMENT_CONFIDENCE = 0.4
AGREED_CONFIDENCE = 0.9
# The layout naming the values it hesitated between: "due_date: X or Y (two dates named as due)".
_HESITATION = re.compile(r"^[\w.]+: (?P<candidates>.+? or .+?) \((?:two|several) [^()]*\)$")
_RECHECKED = (DUE_BEFORE_ISSUE, DUE_TOO_LATE, DUE_ABOVE_TOTAL, NEGATIVE_INVOICE, NEGATIVE_DUE)
# The layout's doubts about the amounts: a record whose amount due they concern.
_AMOUNT_DOUBT = re.compile(r"^(?:total|amount|deduct|vat|tva)", re.IGNORECASE)
_BLOCK_CHOSEN = re.compile(r"^debtor block chosen among \d+ unlabelled address blocks$")
_ABOUT_FIELD = re.compile(
    r"^(?P<field>invoice_number|issue_date|due_date|total_due|total|currency|debtor\.\w+)\b"
)


# The document's kind in a label: a layout prints "Invoice Date" on its invoices and "Credit
# Note Date" on its credit notes, "Facture n°" and "Avoir n°".
KINDS = {"invoice": "credit note", "facture": "avoir", "rechnung": "gutschrift"}
KIND = re.compile(
    r"(?<!\w)(?:invoice|credit\s+note|facture|avoir|rechnung|gutschrift)(?!\w)", re.IGNORECASE
)


_CREDIT_KIND = re.compile(r"(?<!\w)(?:avoir|credit\s+note|gutschrift)(?!\w)", re.IGNORECASE)
_INVOICE = re.compile(r"(?<!\w)(?:facture|invoice|rechnung)(?!\w)", re.IGNORECASE)


def is_learned(template: Any) -> bool:
    return isinstance(template.get("relance"), dict)


def matches_other_kind(template: Any, text: str) -> bool:
    """Whether `text` holds the learned template's keywords with the document's kind swapped
    (learned from an invoice, this is a credit note of the layout; or the other way round)."""
    keywords = [str(keyword) for keyword in template["keywords"]]
    swapped = [other_kind(keyword) for keyword in keywords]
    return any(s != k for s, k in zip(swapped, keywords, strict=True)) and all(
        keyword in text for keyword in swapped
    )


def other_kind(text: str) -> str:
    """`text` with each document kind swapped ("Invoice Date" → "Credit Note Date")."""
    return KIND.sub(lambda match: _swap(match.group(0)), text)


def _swap(word: str) -> str:
    plain = " ".join(word.lower().split())
    other = KINDS.get(plain) or next(a for a, b in KINDS.items() if b == plain)
    if word.isupper():
        return other.upper()
    return other.title() if word[0].isupper() else other


def read_learned(
    template: Any,
    fields: dict[str, Any],
    layout: ParsedInvoice,
    pages: list[Page],
    swapped: bool = False,
) -> ParsedInvoice:
    """The record read by `template` (its extracted `fields`), cross-checked by `layout`;
    `swapped`: the page is of the other kind than the one learned from (an invoice for a
    template learned from a credit note, or the other way round)."""
    name = Path(str(template.get("template_name", "learned"))).stem
    corrected = set(template["relance"].get("corrected") or ())
    order = date_order("\n".join(page.text for page in pages))
    values: dict[str, Any] = {}
    agreed: set[str] = set()
    problems: list[str] = []
    doubts = [(about["field"], p) for p in layout.problems if (about := _ABOUT_FIELD.match(p))]
    learned_from_credit = bool(template["relance"].get("credit_note"))
    credit_note = layout.is_credit_note or (
        learned_from_credit and not swapped and not _titled_invoice(pages)
    )
    total = layout.total
    if credit_note and total is not None:
        total = -abs(total)
    misread = template["relance"].get("misread")
    misread = misread if isinstance(misread, dict) else {}
    readings = {
        field: _typed(field, fields.get(template_field), order)
        for field, template_field in TEMPLATE_FIELDS.items()
    }
    wanted = dict(TEMPLATE_FIELDS)
    if not template["relance"].get("currency_printed"):
        wanted["currency"] = "currency"
    for field, template_field in wanted.items():
        if template_field not in template["fields"] and field != "currency":
            continue
        if field == "due_date" and credit_note:
            continue  # a credit note is never reminded: it carries no due date
        raw = fields.get(template_field)
        read = _typed(field, raw, order)
        if field == "total_due" and read is not None and credit_note and read > 0:
            read = -read
        seen = _value(layout, field)
        if field == "total_due" and credit_note and seen is not None:
            seen = -abs(seen)  # the layout's reading, with the sign the template knows
        if isinstance(raw, list):
            # Two of the template's regexes read different values: the layout's stands only
            # if it is one of them.
            several = [_with_sign(_typed(field, one, order), credit_note) for one in raw]
            if seen is None or not any(_same(one, seen) for one in several):
                shown = ", ".join(str(one) for one in several)
                problems.append(f"{field}: learned template {name} reads several values ({shown})")
            elif field in corrected:
                values[field] = seen
        elif read is None:
            mistake = misread.get(field)
            stands = _layout_stands(field, seen, layout, total, mistake, credit_note)
            if field in corrected and not stands:
                problems.append(f"{field}: learned template {name} found no single value")
        elif field == "total_due" and seen is not None and seen != read == total:
            # The template's label is the total's (it was the amount due on the invoice it
            # learned from); the layout found what is deducted from it on this one. A person
            # corrected the layout's amount once: it decides nothing alone.
            if field in corrected:
                problems.append(
                    f"total_due: learned template {name} reads the total {read}, "
                    f"layout reads {seen} still due"
                )
        elif seen is None or _same(read, seen):
            values[field] = read
            if seen is not None:
                agreed.add(field)
        elif field == "debtor.name" and _wrapped_from(template, pages, read, seen):
            # The template's regex reads the name's first line; the layout, the same name
            # wrapped from it over the next lines where a person confirmed it.
            values[field] = seen
            agreed.add(field)
        elif field in corrected and same_mistake(misread.get(field), seen, readings, total):
            values[field] = read
        elif any(f == field and _names(problem, read) for f, problem in doubts):
            # The layout hesitated between values ("LS1 or CN-0433"), the template's among them.
            values[field] = read
        else:
            if field in corrected or _swapped(read, seen):
                values[field] = read
            problems.append(f"{field}: learned template {name} reads {read}, layout reads {seen}")
    if "issue_date" in values and "due_date" not in values and layout.due_rule and not credit_note:
        by_terms = due_from_terms(layout.due_rule, values["issue_date"])
        if by_terms is not None and by_terms[0] is not None:
            values["due_date"] = by_terms[0]
    unread = set(template["relance"].get("unread") or ())
    placed = name_at_learned_place(template, pages) if "debtor.name" in unread else None
    if placed and not starts_at_learned_place(template, pages, layout.debtor.name):
        # No label to anchor the name on, but a person showed where it stands: the name printed
        # there is offered instead of the layout's, which was wrong here before (still held).
        values["debtor.name"] = placed
    if (
        TEMPLATE_FIELDS["debtor.name"] not in template["fields"]
        and "debtor.name" not in unread
        and starts_at_learned_place(template, pages, layout.debtor.name) is False
    ):
        # Where a person confirmed the debtor's name, the layout's debtor does not start (it
        # took another block, or a wrapped name in part): the layout's reading is kept, doubted.
        there = name_at_learned_place(template, pages)
        problems.append(
            f"debtor.name: learned template {name} reads {there}, layout reads {layout.debtor.name}"
        )
    problems += [
        f"{field}: read wrong here before, learned template {name} cannot read it"
        for field in sorted(unread)
        if not (field == "due_date" and credit_note)
    ]
    merged = replace(layout, is_credit_note=credit_note, total=total)
    if credit_note:
        merged = replace(merged, due_date=None, due_rule=None)
    merged = _with(merged, values, f"template:{name}")
    wrap = wrapped_at_learned_place(template, pages, merged.debtor)
    if wrap is not None:
        # A line under the name where a person confirmed it may be the name's end, or a
        # contact's or a building's line: a person looks (parsing.learned_wrap).
        problems.append(wrap.doubt)
    if merged.due_date != layout.due_date:
        merged = replace(merged, due_reading=None)
    if at_learned_place(template, pages, layout.debtor.name):
        agreed.add("debtor.name")
    kept = [*_still_true(layout.problems, set(values), agreed), *record_problems(merged)]
    if not kept and not problems:
        return replace(merged, problems=(), confidence=max(layout.confidence, AGREED_CONFIDENCE))
    confidence = min(layout.confidence, DISAGREEMENT_CONFIDENCE) if problems else layout.confidence
    return replace(merged, problems=(*kept, *problems), confidence=confidence)


def _layout_stands(
    field: str,
    seen: Any,
    layout: ParsedInvoice,
    total: Decimal | None,
    mistake: Any,
    credit_note: bool,
) -> bool:
    """Whether the layout's reading of a corrected field the template's regex found nothing
    for stands: the line its label anchored on is one some invoices of the layout leave out.
    A due date the layout counted from the terms printed instead of a date (`Paiement à 30
    jours`), or an amount due under the total at another still-due label than the one learned
    (`Reste à charge` after an `APA` row some months only) or a credit note's whole amount
    (`Montant de l'avoir`), with no doubt of the layout's own about the amounts; never the
    mistake the person corrected, made again."""
    if seen is None or same_mistake(mistake, seen, {}, total):
        return False
    if field == "due_date":
        return layout.due_rule is not None
    if field == "total_due":
        doubts = [p for p in layout.problems if _AMOUNT_DOUBT.match(p)]
        if total is None or doubts:
            return False
        return abs(seen) < abs(total) or (credit_note and abs(seen) == abs(total))
    return False


def _wrapped_from(template: Any, pages: list[Page], read: Any, seen: Any) -> bool:
    """Whether the layout's name `seen` goes on from the template's `read` (its first line)
    and wraps from where a person confirmed the debtor's name."""
    if not isinstance(read, str) or not isinstance(seen, str):
        return False
    first, whole = " ".join(read.split()).casefold(), " ".join(seen.split()).casefold()
    return whole.startswith(f"{first} ") and bool(starts_at_learned_place(template, pages, seen))


def _titled_invoice(pages: list[Page]) -> bool:
    """Whether the document's title names an invoice ("FACTURE", "Invoice"), not a credit note:
    a layout whose template was learned from a credit note prints its invoices under the same
    labels, and the title alone tells them apart."""
    kind = title(pages)
    return (
        kind is not None and bool(_INVOICE.search(kind.text)) and not _CREDIT_KIND.search(kind.text)
    )


def _names(problem: str, value: Any) -> bool:
    """Whether `problem` is the layout hesitating between values ("invoice_number: LS1 or
    CN-0433 (two labels name the invoice number)") with `value` among them."""
    hesitation = _HESITATION.match(problem)
    if hesitation is None:
        return False
    text = (
        value.isoformat()
        if isinstance(value, date)
        else str(abs(value) if isinstance(value, Decimal) else value)
    )
    candidates = re.split(r" or |, ", hesitation["candidates"])
    return any(_same(text, candidate) for candidate in candidates)


def _swapped(read: Any, seen: Any) -> bool:
    """Whether two dates are one printed date read day first and month first."""
    return (
        isinstance(read, date)
        and isinstance(seen, date)
        and read != seen
        and (read.year, read.month, read.day) == (seen.year, seen.day, seen.month)
    )


def _with_sign(value: Any, credit_note: bool) -> Any:
    """An amount with a credit note's sign; any other value as it is."""
    return -abs(value) if credit_note and isinstance(value, Decimal) else value


def _still_true(problems: tuple[str, ...], replaced: set[str], agreed: set[str]) -> list[str]:
    """The layout's problems the template did not answer: not those about a field it read,
    nor the checks made again on the merged record, nor the choice among unlabelled blocks
    when the template, anchored on a label, names the same debtor as the block chosen."""
    kept = []
    for problem in problems:
        about = _ABOUT_FIELD.match(problem)
        if (about and about["field"] in replaced) or problem in _RECHECKED:
            continue
        if _BLOCK_CHOSEN.match(problem) and "debtor.name" in agreed:
            continue
        kept.append(problem)
    return kept


def _typed(field: str, raw: Any, order: str) -> Any:
    """The template's text or value as the record holds it; None when absent or ambiguous (a
    list: two of the template's regexes read different values)."""
    if raw is None or raw == "" or isinstance(raw, list):
        return None
    if field.endswith("_date"):
        if isinstance(raw, datetime):
            return raw.date()
        if isinstance(raw, date):
            return raw
        return first_date(str(raw), order)
    if field == "total_due":
        if isinstance(raw, float | int):
            return Decimal(str(round(raw, 2))).quantize(Decimal("0.01"))
        parsed = parse_amount(str(raw))
        return parsed[0] if parsed else None
    if field == "currency":
        return clean(raw, 3)
    return clean(raw, 200 if field == "debtor.name" else 60)


def _value(invoice: ParsedInvoice, field: str) -> Any:
    if field.startswith("debtor."):
        return getattr(invoice.debtor, field.removeprefix("debtor."))
    return getattr(invoice, field)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
    return a == b


def _with(invoice: ParsedInvoice, values: dict[str, Any], source: str) -> ParsedInvoice:
    debtor = replace(
        invoice.debtor,
        **{f.removeprefix("debtor."): v for f, v in values.items() if f.startswith("debtor.")},
    )
    own = {f: v for f, v in values.items() if not f.startswith("debtor.")}
    merged = replace(invoice, **own, debtor=debtor, source=source)
    if merged.total is None and merged.total_due is not None:
        merged = replace(merged, total=merged.total_due)
    return merged
