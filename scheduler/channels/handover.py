"""The handover dossier for a collection agency: invoices CSV, their PDFs, the history, zipped."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
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
    # The invoice's own pages (a PDF), or why they are missing.
    document: bytes = b""
    missing: str = ""


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
    summary: str, invoices: Iterable[DossierInvoice], history: Iterable[DossierEvent]
) -> bytes:
    """The zip a collection agency receives: summary, invoices and history as CSV, the PDFs."""
    out = io.BytesIO()
    invoices = list(invoices)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("dossier.txt", summary)
        archive.writestr("invoices.csv", _csv(invoices, DossierInvoice))
        archive.writestr("history.csv", _csv(list(history), DossierEvent))
        missing = []
        for invoice in invoices:
            if invoice.document:
                archive.writestr(f"documents/{safe_name(invoice.number)}.pdf", invoice.document)
            else:
                missing.append(f"{invoice.number}: {invoice.missing or 'no document'}")
        if missing:
            archive.writestr("documents/manquants.txt", "\n".join(missing) + "\n")
    return out.getvalue()


def _csv(rows: list, kind: type) -> str:
    names = [n for n in kind.__dataclass_fields__ if n != "document"]
    return csv_text(names, ([getattr(row, n) for n in names] for row in rows))
