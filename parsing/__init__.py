"""PDF bytes → invoice records. Pure: no database, no network, nothing else of Relance."""

from __future__ import annotations

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
from parsing.pool import ParserPool
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
    "ParserPool",
    "Timeout",
    "TooLarge",
    "TruncatedPdf",
    "parse_pdf",
    "parse_pdf_isolated",
]


def __getattr__(name: str) -> object:
    # The extraction chain (pdfium, lxml, the label patterns) loads on first use: the daemon
    # parses in child processes, and its other parts only need the records and errors.
    if name == "parse_pdf":
        from parsing.chain import parse_pdf

        return parse_pdf
    raise AttributeError(f"module 'parsing' has no attribute {name!r}")
