"""PDF bytes → invoice records. Pure: no database, no network, nothing else of Relance."""

from __future__ import annotations

from parsing.chain import parse_pdf
from parsing.errors import (
    CorruptPdf,
    EmptyFile,
    EncryptedPdf,
    ExtractorCrashed,
    NotAPdf,
    NoTextLayer,
    ParseError,
    Timeout,
    TooLarge,
    TruncatedPdf,
)
from parsing.isolate import parse_pdf_isolated
from parsing.record import ParsedDebtor, ParsedInvoice, ParseOptions

__all__ = [
    "CorruptPdf",
    "EmptyFile",
    "EncryptedPdf",
    "ExtractorCrashed",
    "NoTextLayer",
    "NotAPdf",
    "ParseError",
    "ParseOptions",
    "ParsedDebtor",
    "ParsedInvoice",
    "Timeout",
    "TooLarge",
    "TruncatedPdf",
    "parse_pdf",
    "parse_pdf_isolated",
]
