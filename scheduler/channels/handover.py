"""The handover dossier for a collection agency: invoices CSV, their PDFs, the history, zipped."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ledger.export import csv_text


@dataclass(frozen=True)
class DossierInvoice:
    number: str
    issue_date: str
    due_date: str
    total: str
    amount_due: str
    currency: str
    status: str
    # The invoice's PDF: a key in the blob store (`ab/ab12…ef.pdf`).
    document_key: str = ""


@dataclass(frozen=True)
class DossierEvent:
    day: str
    step_id: str
    channel: str
    status: str
    subject: str
    provider_id: str


def safe_name(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", value).strip("._")[:80] or "x"


def dossier_zip(
    summary: str,
    invoices: Iterable[DossierInvoice],
    history: Iterable[DossierEvent],
    read_document: Callable[[str], bytes],
) -> bytes:
    """The zip a collection agency receives: summary, invoices and history as CSV, the PDFs."""
    out = io.BytesIO()
    invoices = list(invoices)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("dossier.txt", summary)
        archive.writestr("invoices.csv", _csv(invoices, DossierInvoice))
        archive.writestr("history.csv", _csv(list(history), DossierEvent))
        for invoice in invoices:
            if invoice.document_key:
                suffix = invoice.document_key[67:]
                name = f"documents/{safe_name(invoice.number)}{suffix}"
                archive.writestr(name, read_document(invoice.document_key))
    return out.getvalue()


def _csv(rows: list, kind: type) -> str:
    names = list(kind.__dataclass_fields__)
    return csv_text(names, ([getattr(row, n) for n in names] for row in rows))
