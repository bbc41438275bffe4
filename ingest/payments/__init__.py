"""Payments imports: business-software CSV exports and CAMT.053 bank statements.

The ingestion pipeline, the CLI and the drop folder all call `import_payment_file`.
"""

from __future__ import annotations

from ingest.payments.importer import import_payment_file, is_payment_file
from ingest.payments.report import (
    ImportReport,
    PaymentImportError,
    RowError,
    UnreadablePaymentFile,
    UnusableMapping,
)

__all__ = [
    "ImportReport",
    "PaymentImportError",
    "RowError",
    "UnreadablePaymentFile",
    "UnusableMapping",
    "import_payment_file",
    "is_payment_file",
]
