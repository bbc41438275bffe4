"""`relance storage migrate`: copy every blob of one store into another and verify each one."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from ledger.models import Document, InboundMail, LetterBatch, Reminder
from ledger.storage.base import BlobStore, StorageError, is_blob_key


@dataclass
class MigrationReport:
    copied: int = 0
    already_there: int = 0
    verified: int = 0
    # Keys the ledger names that are in neither store: already lost before the migration.
    missing: list[str] = field(default_factory=list)


def referenced_keys() -> Iterator[str]:
    """Every blob key the ledger names (documents, raw mails, letters, dossiers, batches)."""
    for column in (
        Document.storage_path,
        InboundMail.spool_path,
        Reminder.file_path,
        LetterBatch.storage_key,
    ):
        query = column.model.select(column).where(column != "").distinct().tuples()
        for (key,) in query.iterator():
            yield key


def migrate_store(
    source: BlobStore,
    target: BlobStore,
    referenced: Iterable[str] = (),
    progress: Callable[[int], None] = lambda _done: None,
) -> MigrationReport:
    """Copy what `target` lacks, then read every key back from `target` and check its sha256
    (BlobCorrupt or BlobMissing stop the migration, naming the key)."""
    report = MigrationReport()
    keys = sorted(source.keys())
    for done, key in enumerate(keys, 1):
        if target.has(key):
            report.already_there += 1
        else:
            data = source.get(key)
            if target.put(data, key[67:]) != key:
                raise StorageError(f"stored object {key} came back under another key")
            report.copied += 1
        target.get(key)
        report.verified += 1
        progress(done)
    known = set(keys)
    for key in sorted({k for k in referenced if is_blob_key(k)} - known):
        if target.has(key):
            target.get(key)
            report.verified += 1
        else:
            report.missing.append(key)
    return report
