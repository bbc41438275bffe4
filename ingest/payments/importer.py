"""One payments file → payments recorded once, matched, in one transaction: the entry point.

Malformed rows are reported (file, line, column, reason) and left out; every valid row of the
file is recorded in the same transaction, or none is (a database failure rolls the file back).
"""

from __future__ import annotations

import gc
import hashlib
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import PurePath

from ingest.payments.camt import is_camt053, read_camt053
from ingest.payments.csv_reader import read_csv
from ingest.payments.matching import InvoiceIndex, match_payment
from ingest.payments.report import (
    DuplicateLine,
    ImportReport,
    PaymentOutcome,
    ReadLine,
    ReadResult,
    UnreadablePaymentFile,
    UnusableMapping,
)
from ingest.payments.values import clean_text
from ledger.clock import now
from ledger.models import Creditor, db
from ledger.payment_mapping import PaymentMappingError, parse_payments_mapping
from ledger.payments import (
    creditor_lock,
    existing_keys,
    payable_invoices,
    record_payments,
    settled_invoice_numbers,
)

MAX_BYTES = 64 * 1024 * 1024
_NOT_TEXT = {
    b"%PDF": "a PDF, not a payments export",
    b"PK\x03\x04": "a spreadsheet or archive: export the payments as CSV",
    b"\xd0\xcf\x11\xe0": "an old Excel file: export the payments as CSV",
}


def import_payment_file(
    creditor: Creditor, data: bytes, filename: str, *, dry_run: bool = False
) -> ImportReport:
    """Import a payments CSV or CAMT.053 for `creditor`; the ingestion pipeline's entry point.

    Raises PaymentImportError (UnreadablePaymentFile, UnusableMapping) when the file as a whole
    cannot be read; nothing is recorded then. With `dry_run`, everything is read and matched
    and nothing is written.
    """
    name = clean_text(PurePath(filename.replace("\\", "/")).name, 255) or "payments"
    read = read_payment_file(creditor, data, name)
    batch = f"{now():%Y%m%dT%H%M%S}-{hashlib.sha256(data).hexdigest()[:12]}-{secrets.token_hex(3)}"
    report = ImportReport(
        filename=name,
        creditor=creditor.slug,
        format=read.format,
        dry_run=dry_run,
        batch=batch,
        errors=read.errors,
        skipped=read.skipped,
    )
    # A dry run writes nothing, so it reads in a plain transaction and blocks no import.
    guard = db.atomic() if dry_run else creditor_lock(creditor)
    with guard, _collector_paused():
        known = existing_keys(creditor, (line.facts.key for line in read.lines))
        fresh: list[ReadLine] = []
        for line in read.lines:
            if line.facts.key in known:
                report.duplicates.append(
                    DuplicateLine(
                        line.line, line.facts.key, line.facts.amount, line.facts.received_on
                    )
                )
            else:
                known.add(line.facts.key)
                fresh.append(line)
        planned = []
        if fresh:
            index = InvoiceIndex(payable_invoices(creditor), settled_invoice_numbers(creditor))
            planned = [match_payment(line.facts, index) for line in fresh]
        if planned and not dry_run:
            record_payments(creditor, planned, batch)
    report.imported = [
        PaymentOutcome(
            line=line.line,
            key=plan.facts.key,
            amount=plan.facts.amount,
            received_on=plan.facts.received_on,
            payer_name=plan.facts.payer_name,
            reference=plan.facts.reference or plan.facts.invoice_numbers,
            allocations=tuple(plan.allocations),
            unallocated=plan.unallocated,
            note=plan.note,
        )
        for line, plan in zip(fresh, planned, strict=True)
    ]
    return report


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Matching a big file creates a few hundred thousand small objects and frees them all at
    the end; the cycle collector scanning them meanwhile cost a third of the import's CPU.
    Reference counting still frees memory; collection resumes (if it was on) right after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def is_payment_file(filename: str, data: bytes) -> bool:
    """Whether an attachment should go to the payments importer: a CSV, or a CAMT.053."""
    suffix = PurePath(filename.replace("\\", "/")).suffix.lower()
    return suffix == ".csv" or (suffix in (".xml", ".053", "") and is_camt053(data))


def read_payment_file(creditor: Creditor, data: bytes, filename: str) -> ReadResult:
    """The file's payment lines, row errors and skipped lines, without touching the ledger."""
    if len(data) > MAX_BYTES:
        raise UnreadablePaymentFile(filename, f"{len(data)} bytes, more than {MAX_BYTES}")
    if not data.strip():
        raise UnreadablePaymentFile(filename, "the file is empty")
    for magic, reason in _NOT_TEXT.items():
        if data.startswith(magic):
            raise UnreadablePaymentFile(filename, reason)
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        if not is_camt053(data):
            raise UnreadablePaymentFile(
                filename, "XML but not a CAMT.053 statement (BkToCstmrStmt)"
            )
        return read_camt053(data, filename)
    try:
        mapping = parse_payments_mapping(creditor.payments_csv, creditor.slug)
    except PaymentMappingError as error:
        raise UnusableMapping(filename, str(error)) from None
    return read_csv(data, filename, mapping)
