"""The parsing chain: embedded XML, then creditor/shipped templates, then layout heuristics."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace

from parsing import batch, ocr
from parsing.errors import CorruptPdf, NoTextLayer, ParseError
from parsing.layout.invoice import extract
from parsing.layout.titles import not_a_bill
from parsing.pdf import Page, open_pdf, read_page, render
from parsing.record import ParsedInvoice, ParseOptions
from parsing.sanity import record_problems
from parsing.templates import match_template, split_learned

logging.getLogger("pypdf").setLevel(logging.ERROR)
_PDFIUM = threading.Lock()


def parse_pdf(
    data: bytes,
    filename: str = "",
    options: ParseOptions | None = None,
    more_time: Callable[[float], None] | None = None,
) -> list[ParsedInvoice]:
    """Every invoice in the PDF `data`; raises a ParseError subclass when it cannot be read.
    `more_time(seconds)` is told before slow work (OCR) how much longer it may take."""
    options = options or ParseOptions()
    unreadable: ParseError | None = None
    try:
        pages, attached = read_document(data, options)
    except ParseError as error:
        if not (options.use_xml and _plausible(data, options) and b"/EmbeddedFile" in data):
            raise
        pages, attached, unreadable = [], True, error
    xml = None
    if options.use_xml and attached:
        from parsing import facturx  # lxml loads only for a PDF that carries files

        xml = facturx.embedded_xml(data)
    if xml is not None:
        invoice = facturx.parse_xml(xml, filename, tuple(p.number for p in pages) or (1,))
        if invoice is not None:
            checked = _checked_against_pages(invoice, pages, options)
            return [
                checked.doubted(
                    record_problems(checked, options.received), options.review_threshold
                )
            ]
    if unreadable is not None:
        raise unreadable
    pages = _read_scans(data, pages, options, more_time)
    invoices = []
    for group in split_learned(batch.split(pages), options):
        invoice = match_template(group, filename, options) or extract(group, filename, options)
        doubts = [*invoice.problems, *record_problems(invoice, options.received)]
        if any(page.ocr for page in group):
            invoice = replace(invoice, source="ocr")
            doubts.append("read by OCR from a scan: every field to be checked")
        invoices.append(invoice.doubted(doubts, options.review_threshold))
    return invoices


def _read_scans(
    data: bytes,
    pages: list[Page],
    options: ParseOptions,
    more_time: Callable[[float], None] | None,
) -> list[Page]:
    """The pages, those without text read by OCR (when it is installed and allowed); raises
    NoTextLayer when no page has text after that."""
    blank = [page for page in pages if not page.lines and not page.broken]
    detail = "no OCR"
    if blank and options.ocr and ocr.available():
        if len(blank) > options.ocr_max_pages:
            detail = f"over {options.ocr_max_pages} pages to OCR"
        else:
            ocr.limit_threads()
            if more_time is not None:
                more_time(len(blank) * ocr.SECONDS_PER_PAGE)
            read = {page.number: _read_scan(data, page, options) for page in blank}
            pages = [read.get(page.number, page) for page in pages]
            detail = "OCR found no text"
    if not any(page.lines for page in pages):
        raise NoTextLayer(len(pages), detail)
    return pages


def _read_scan(data: bytes, page: Page, options: ParseOptions) -> Page:
    with _PDFIUM, open_pdf(data, options) as document:
        picture = render(document, page.number - 1, ocr.DPI)
    return ocr.read_image(picture, page.number, page.width, page.height)


def _plausible(data: bytes, options: ParseOptions) -> bool:
    return bool(data) and len(data) <= options.max_bytes and b"%PDF-" in data[:1024]


def read_document(data: bytes, options: ParseOptions) -> tuple[list[Page], bool]:
    """Every page's words, and whether the PDF has attached files (where Factur-X keeps its XML):
    pdfium's count sees name trees inside object streams, the byte search sees a damaged tree.
    pdfium is not thread-safe, so one document is read at a time."""
    with _PDFIUM, open_pdf(data, options) as document:
        pages = [read_page(document, index) for index in range(len(document))]
        attached = document.count_attachments() > 0 or b"/EmbeddedFile" in data
    if all(page.broken for page in pages):
        raise CorruptPdf("no page could be read")
    return pages, attached


def _checked_against_pages(
    invoice: ParsedInvoice, pages: list[Page], options: ParseOptions
) -> ParsedInvoice:
    """The XML wins; where the printed page says otherwise (its number, date, amount due, or its
    title about being a credit note), the disagreement is named. A due date the XML leaves out is
    taken from the page (reminders need one), and said so."""
    problems = list(invoice.problems)
    if not pages or not any(page.lines for page in pages):
        problems.append("page has no readable text: XML not cross-checked")
    else:
        page = extract(pages, invoice.file, options)
        for field in ("invoice_number", "issue_date", "total_due", "is_credit_note"):
            xml_value, page_value = getattr(invoice, field), getattr(page, field)
            if xml_value is not None and page_value is not None and xml_value != page_value:
                problems.append(f"{field}: XML says {xml_value}, page says {page_value}")
        if kind := not_a_bill(pages):  # a pro-forma's XML may well say 380, an invoice
            problems.append(kind)
        if invoice.due_date is None and page.due_date is not None:
            invoice = replace(
                invoice,
                due_date=page.due_date,
                due_rule=page.due_rule,
                due_reading=page.due_reading,
            )
            problems.append("due_date not in XML: read from the page")
    for field in ("invoice_number", "issue_date", "total_due", "currency"):
        if getattr(invoice, field) is None:
            problems.append(f"{field} not in XML")
    if invoice.due_date is None and not invoice.is_credit_note:
        problems.append("due_date not in XML nor on the page")
    if invoice.debtor.name is None:
        problems.append("debtor.name not in XML")
    confidence = 0.99 - 0.05 * len(problems)
    return replace(invoice, problems=tuple(problems), confidence=max(0.5, confidence))
