"""invoice2data templates: shipped in parsing/templates/, plus a creditor's own folders.

Templates see the page text as our pdfium reader lays it out (one line per printed line, columns
apart by two spaces or more), not pdfplumber's, which reads columns in the wrong order. A template
names what it knows; the layout heuristics fill the fields it leaves out (often the debtor).
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from parsing.contact import country_code, normalise_email, normalise_phone
from parsing.layout.amounts import parse_amount
from parsing.layout.invoice import extract
from parsing.learned import is_learned, matches_other_kind, read_learned
from parsing.pdf import Page
from parsing.record import ParsedDebtor, ParsedInvoice, ParseOptions, clean, read_decimal

SHIPPED = Path(__file__).parent / "templates"
# A learned number anchored on its shape alone (parsing.anchors): an item's reference on a
# continuation page may share it, so it cuts no batch.
_SHAPE_ONLY = re.compile(r"\(\?<!\\S\)\((?!\?)")
logging.getLogger("invoice2data").setLevel(logging.CRITICAL)
_log = logging.getLogger(__name__)


def layout_text(pages: list[Page]) -> str:
    return "\n".join(page.text for page in pages)


@lru_cache(maxsize=32)
def _load(folder: str, _fingerprint: tuple[tuple[str, float], ...]) -> tuple[Any, ...]:
    from invoice2data.extract.loader import read_templates

    return tuple(read_templates(folder))


def templates(options: ParseOptions) -> list[Any]:
    found: list[Any] = []
    # A creditor's own (and learned) templates first: they know its layouts best.
    for folder in (*options.template_dirs, SHIPPED):
        if folder.is_dir():
            found.extend(_load(str(folder.resolve()), _fingerprint(folder)))
    return found


def _fingerprint(folder: Path | str) -> tuple[tuple[str, float], ...]:
    """Each template file with its modification time: a template added, edited or removed
    changes it, and the folder is loaded again."""
    found: list[tuple[str, float]] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir():
                found.extend(_fingerprint(entry.path))
            elif entry.name.endswith((".yml", ".yaml")):
                found.append((entry.path, entry.stat().st_mtime))
    return tuple(sorted(found))


def split_learned(groups: list[list[Page]], options: ParseOptions) -> list[list[Page]]:
    """The page groups, each group of several pages that a learned template reads several
    invoice numbers on cut into one group per number: a batch whose invoices the layout could
    not tell apart (a number's label it does not know, no "page 1/2"), read by the template that
    knows where this layout prints its number. A page where it reads no number continues the
    invoice before it (a continuation page, a statement before the first invoice)."""
    if not options.use_templates:
        return groups
    return [part for group in groups for part in _split_group(group, options)]


def _split_group(group: list[Page], options: ParseOptions) -> list[list[Page]]:
    if len(group) == 1:
        return [group]
    text = layout_text(group)
    for template in templates(options):
        if not is_learned(template):
            continue
        try:
            if not template.matches_input(template.prepare_input(text)):
                continue
            numbers = [_number_on(template, page) for page in group]
        except Exception as error:
            _log.debug("template %s failed: %s", template.get("template_name"), error)
            continue
        if len({number for number in numbers if number}) < 2:
            return [group]
        parts: list[list[Page]] = []
        current: str | None = None
        for page, number in zip(group, numbers, strict=True):
            if parts and (number is None or current in (None, number)):
                parts[-1].append(page)
            else:
                parts.append([page])
            current = number or current
        return parts
    return [group]


def _number_on(template: Any, page: Page) -> str | None:
    """The one invoice number the template's regexes read on `page`, else None."""
    field = template["fields"].get("invoice_number")
    regex = field.get("regex") if isinstance(field, dict) else field
    regexes = regex if isinstance(regex, list) else [regex]
    prepared = template.prepare_input(page.text)
    found = {
        " ".join(str(value).split())
        for one in regexes
        if isinstance(one, str) and not _SHAPE_ONLY.match(one)
        for value in re.findall(one, prepared)
    }
    return found.pop() if len(found) == 1 else None


def match_template(pages: list[Page], file: str, options: ParseOptions) -> ParsedInvoice | None:
    """The invoice read by the first template whose keywords the text holds, else None."""
    if not options.use_templates:
        return None
    text = layout_text(pages)
    for template in templates(options):
        swapped = False
        try:
            prepared = template.prepare_input(text)
            if not template.matches_input(prepared):
                # A learned layout's credit notes print its labels with the kind swapped.
                swapped = is_learned(template) and matches_other_kind(template, prepared)
                if not swapped:
                    continue
        except Exception as error:
            _log.debug("template %s failed: %s", template.get("template_name"), error)
            continue
        try:
            fields = template.extract(prepared, file, None)
        except Exception as error:
            _log.debug("template %s failed: %s", template.get("template_name"), error)
            if not is_learned(template):
                continue
            # The page is of the learned layout but lacks a required field: the layout reads
            # alone and the fields the template owned go to review.
            fields = {}
        if is_learned(template):
            return read_learned(template, fields, extract(pages, file, options), pages, swapped)
        if fields:
            name = Path(str(template.get("template_name", "template"))).stem
            return _merge(extract(pages, file, options), fields, name)
    return None


def _merge(base: ParsedInvoice, fields: dict[str, Any], name: str) -> ParsedInvoice:
    total = _decimal(fields.get("amount"))
    due = _decimal(fields.get("amount_due"))
    debtor = base.debtor
    country = country_code(fields.get("debtor_country")) or debtor.country
    debtor = ParsedDebtor(
        name=clean(fields.get("debtor_name")) or debtor.name,
        email=normalise_email(fields.get("debtor_email")) or debtor.email,
        phone=normalise_phone(fields.get("debtor_phone"), country) or debtor.phone,
        street=clean(fields.get("debtor_street"), 300) or debtor.street,
        postcode=clean(fields.get("debtor_postcode"), 20) or debtor.postcode,
        city=clean(fields.get("debtor_city")) or debtor.city,
        country=country,
        customer_ref=clean(fields.get("customer_ref"), 60) or debtor.customer_ref,
    )
    merged = replace(
        base,
        invoice_number=clean(fields.get("invoice_number"), 60) or base.invoice_number,
        issue_date=_date(fields.get("date")) or base.issue_date,
        due_date=_date(fields.get("date_due")) or base.due_date,
        total=total if total is not None else base.total,
        total_due=due if due is not None else total if total is not None else base.total_due,
        currency=clean(fields.get("currency"), 3) or base.currency,
        debtor=debtor,
        source=f"template:{name}",
    )
    missing = tuple(p for p in base.problems if not _answered(p, merged))
    return replace(
        merged, problems=missing, confidence=max(base.confidence, 0.9 - 0.1 * len(missing))
    )


def _answered(problem: str, invoice: ParsedInvoice) -> bool:
    field = problem.split(" ", 1)[0]
    if not problem.endswith("not found") or field.startswith("debtor"):
        return field.startswith("debtor.name") and invoice.debtor.name is not None
    return getattr(invoice, field, None) is not None


def _decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, float | int):
        return read_decimal(str(round(value, 2)))
    parsed = parse_amount(str(value))
    if parsed:
        return parsed[0]
    return read_decimal(str(value))


def _date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return None
