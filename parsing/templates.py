"""invoice2data templates (shipped in parsing/templates/, plus a creditor's own folders)."""

from __future__ import annotations

from parsing.pdf import Page
from parsing.record import ParsedInvoice, ParseOptions


def match_template(pages: list[Page], file: str, options: ParseOptions) -> ParsedInvoice | None:
    return None
