"""Reprocess one stored document through ingest (the only use the admin makes of ingest)."""

from __future__ import annotations

from pathlib import Path

from ingest.parser_pool import ParserPool
from ingest.pipeline import Intake
from ingest.reprocess import DocumentNotFound, NotAPdfDocument, Reprocessed, reprocess_document
from ingest.store import DocumentStore


class ReprocessRefused(ValueError):
    pass


def reprocess(document_id: int, data_dir: Path) -> Reprocessed:
    """Parse the stored file again in a parser process of its own; the row records the outcome."""
    pool = ParserPool(1)
    try:
        intake = Intake(DocumentStore.under(data_dir), pool.parse)
        return reprocess_document(document_id, intake)
    except (DocumentNotFound, NotAPdfDocument) as refused:
        raise ReprocessRefused(str(refused)) from None
    finally:
        pool.close()
