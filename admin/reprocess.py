"""Reprocess one stored document through ingest (the only use the admin makes of ingest)."""

from __future__ import annotations

from pathlib import Path

from ingest.reprocess import (
    DocumentNotFound,
    NotAPdfDocument,
    Reprocessed,
    reprocess_document,
    reprocessing_intake,
)


class ReprocessRefused(ValueError):
    pass


def reprocess(document_id: int, data_dir: Path, review_threshold: float) -> Reprocessed:
    """Parse the stored file again in a parser process of its own; the row records the outcome."""
    try:
        with reprocessing_intake(data_dir, review_threshold) as intake:
            return reprocess_document(document_id, intake)
    except (DocumentNotFound, NotAPdfDocument) as refused:
        raise ReprocessRefused(str(refused)) from None
