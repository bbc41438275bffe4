"""Reprocess one stored document through ingest (the only use the admin makes of ingest)."""

from __future__ import annotations

from typing import Any

from ledger.models import Document


class ReprocessUnavailable(RuntimeError):
    pass


def reprocess(document: Document, settings: Any) -> tuple[str, str]:
    """(outcome, reason) of running the document through parsing and the ledger again."""
    try:
        from ingest import reprocess as ingest_reprocess  # type: ignore[attr-defined]
    except ImportError:
        raise ReprocessUnavailable("reprocessing needs the ingest package") from None
    result = ingest_reprocess.reprocess_for_admin(document.id, settings)
    return result.outcome, result.reason
