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
from typing import TypeVar

from ingest.payments.camt import is_camt, read_camt
from ingest.payments.csv_reader import read_csv
from ingest.payments.matching import InvoiceIndex, match_payment
from ingest.payments.report import (
    DEBIT,
    DuplicateLine,
    ImportReport,
    PaymentOutcome,
    ReadLine,
    ReadResult,
    ReadReturn,
    ReturnOutcome,
    SkippedRow,
    UnreadablePaymentFile,
    UnusableMapping,
)
from ingest.payments.values import clean_text
from ledger.clock import now
from ledger.models import Creditor, db
from ledger.payment_mapping import PaymentMappingError, PaymentRules, parse_payments_formats
from ledger.payment_returns import (
    PlannedReturn,
    apply_returns,
    existing_return_keys,
    plan_returns,
)
from ledger.payments import (
    PaymentFacts,
    creditor_lock,
    existing_keys,
    payable_invoices,
    record_payments,
    settled_invoice_numbers,
)

_Line = TypeVar("_Line", ReadLine, ReadReturn)
MAX_BYTES = 64 * 1024 * 1024
_NOT_TEXT = {
    b"%PDF": "a PDF, not a payments export",
    b"PK\x03\x04": "a spreadsheet or archive: export the payments as CSV",
    b"\xd0\xcf\x11\xe0": "an old Excel file: export the payments as CSV",
}


def import_payment_file(
    creditor: Creditor,
    data: bytes,
    filename: str,
    *,
    dry_run: bool = False,
    format_name: str | None = None,
    rules: PaymentRules | None = None,
) -> ImportReport:
    """Import a payments CSV or CAMT.053/054 for `creditor`; the ingestion pipeline's entry.

    `rules` are the creditor's payments rules as rules.yaml says now (callers read the file
    again for each import); None falls back to what the ledger holds from the last load.
    `format_name` picks one of its CSV formats instead of matching the header. Raises
    PaymentImportError (UnreadablePaymentFile, UnusableMapping) when the file as a whole
    cannot be read; nothing is recorded then. With `dry_run`, everything is read and matched
    and nothing is written.
    """
    name = clean_text(PurePath(filename.replace("\\", "/")).name, 255) or "payments"
    rules = rules or stored_rules(creditor, name)
    read = read_payment_file(data, name, rules, format_name)
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
        fresh = _fresh(
            report, read.lines, existing_keys(creditor, (x.facts.key for x in read.lines))
        )
        planned = []
        if fresh:
            index = InvoiceIndex(
                payable_invoices(creditor), settled_invoice_numbers(creditor), rules.write_off_below
            )
            planned = [match_payment(line.facts, index) for line in fresh]
        if planned and not dry_run:
            record_payments(creditor, planned, batch)
        held = existing_return_keys(creditor, (r.facts.key for r in read.returns))
        returns = _fresh(report, read.returns, held)
        planned_returns = plan_returns(creditor, [r.facts for r in returns])
        if not dry_run:
            apply_returns(creditor, planned_returns, batch)
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
            currency=plan.facts.currency,
            suggestions=tuple(plan.suggestions),
            write_offs=tuple(plan.write_offs),
        )
        for line, plan in zip(fresh, planned, strict=True)
    ]
    _report_returns(report, returns, planned_returns)
    return report


def _fresh(report: ImportReport, lines: list[_Line], known: set[str]) -> list[_Line]:
    """The lines whose key the ledger (or an earlier line of the file) does not hold yet."""
    fresh = []
    for line in lines:
        if line.facts.key in known:
            facts = line.facts
            day = facts.received_on if isinstance(facts, PaymentFacts) else facts.returned_on
            report.duplicates.append(DuplicateLine(line.line, facts.key, facts.amount, day))
        else:
            known.add(line.facts.key)
            fresh.append(line)
    return fresh


def _report_returns(
    report: ImportReport, returns: list[ReadReturn], planned: list[PlannedReturn]
) -> None:
    for line, plan in zip(returns, planned, strict=True):
        facts = plan.facts
        if not plan.recorded:
            report.skipped.append(SkippedRow(line.line, "debit, not a payment received", DEBIT))
            continue
        report.returns.append(
            ReturnOutcome(
                line=line.line,
                amount=facts.amount,
                currency=facts.currency,
                returned_on=facts.returned_on,
                reason=" ".join(p for p in (facts.reason_code, facts.reason) if p),
                payment_key=plan.payment_key,
                reopened=tuple(plan.reopened),
                note=plan.note,
            )
        )
    report.skipped.sort(key=lambda s: s.line or 0)


def stored_rules(creditor: Creditor, filename: str) -> PaymentRules:
    """The creditor's payments rules as the ledger holds them from the last rules load."""
    try:
        formats = parse_payments_formats(creditor.payments_csv, creditor.slug)
    except PaymentMappingError as error:
        raise UnusableMapping(filename, str(error)) from None
    return PaymentRules(formats=formats, write_off_below=creditor.write_off_below)


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
    """Whether an attachment should go to the payments importer: a CSV, or a CAMT.053/054."""
    suffix = PurePath(filename.replace("\\", "/")).suffix.lower()
    return suffix == ".csv" or (suffix in (".xml", ".053", ".054", "") and is_camt(data))


def read_payment_file(
    data: bytes, filename: str, rules: PaymentRules, format_name: str | None = None
) -> ReadResult:
    """The file's payment lines, returns, row errors and skipped lines; touches no ledger."""
    if len(data) > MAX_BYTES:
        raise UnreadablePaymentFile(filename, f"{len(data)} bytes, more than {MAX_BYTES}")
    if not data.strip():
        raise UnreadablePaymentFile(filename, "the file is empty")
    for magic, reason in _NOT_TEXT.items():
        if data.startswith(magic):
            raise UnreadablePaymentFile(filename, reason)
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        if not is_camt(data):
            raise UnreadablePaymentFile(
                filename, "XML but not a CAMT.053 statement or CAMT.054 notification"
            )
        if format_name:
            raise UnusableMapping(filename, "--format names a CSV format: this is a CAMT file")
        return read_camt(data, filename)
    return read_csv(data, filename, rules.formats, format_name)
