"""Every blob Relance keeps (invoice PDFs, raw mails, letters and their batches, handover
dossiers, learned templates) goes through one store, on disk or in an S3 bucket.

Keys are content addresses, `ab/ab12…ef.pdf` (the sha256 of the bytes and a suffix), so a
key names its bytes for good: a write of the same bytes is a no-op, a read checks the digest.
The store in use is bound at start-up like the database (`bind_store`), and read through
`blobs`.
"""

from __future__ import annotations

from ledger.storage.base import (
    BlobCorrupt,
    BlobMissing,
    BlobStore,
    StorageError,
    StorageUnavailable,
    StorageUrlError,
    blob_key,
    is_blob_key,
)
from ledger.storage.proxy import bind_store, blobs, open_store
from ledger.storage.s3 import S3Options

__all__ = [
    "BlobCorrupt",
    "BlobMissing",
    "BlobStore",
    "S3Options",
    "StorageError",
    "StorageUnavailable",
    "StorageUrlError",
    "bind_store",
    "blob_key",
    "blobs",
    "is_blob_key",
    "open_store",
]
