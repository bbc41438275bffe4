"""Run stored documents through the parser again (after a template fix, say)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ingest.filing import REVIEW_THRESHOLD, file_invoices
from ingest.learning import templates_root
from ingest.pipeline import Intake
from ledger.clock import PARIS, now
from ledger.creditors import creditor_for_sender
from ledger.models import Creditor, Document, DocumentOutcome, db
from ledger.storage import StorageError, blobs
from parsing import ParsedInvoice, ParseError, ParserPool


class DocumentNotFound(LookupError):
    def __init__(self, document_id: int) -> None:
        super().__init__(f"no document #{document_id}")
        self.document_id = document_id


class NotAPdfDocument(ValueError):
    def __init__(self, document_id: int) -> None:
        super().__init__(f"document #{document_id} is not a PDF (payments files are imported)")
        self.document_id = document_id


@dataclass(frozen=True)
class Reprocessed:
    document_id: int
    outcome: str
    reason: str


@contextmanager
def reprocessing_intake(
    data_dir: Path, review_threshold: float = REVIEW_THRESHOLD, workers: int = 1
) -> Iterator[Intake]:
    """An intake on the stored documents (and this node's copy of the learned templates) with
    parser processes of its own, closed on exit."""
    pool = ParserPool(workers)
    try:
        yield Intake(
            blobs,
            pool.parse,
            templates=templates_root(data_dir),
            review_threshold=review_threshold,
        )
    finally:
        pool.close()


@dataclass(frozen=True)
class _Reread:
    """A stored document parsed again, not yet recorded."""

    document_id: int
    creditor: Creditor | None
    parsed: list[ParsedInvoice]
    error: str


def reprocess_document(document_id: int, intake: Intake) -> Reprocessed:
    """Parse document #id again and record what it now gives; its row says the new outcome."""
    return _record(_reread(document_id, intake), intake.review_threshold)


def reprocess_documents(
    document_ids: Iterable[int], intake: Intake, workers: int
) -> Iterator[Reprocessed]:
    """`reprocess_document` for each id, `workers` files parsed at a time (the parsing is the
    slow part) and recorded one after the other, in the order given."""
    with ThreadPoolExecutor(workers) as threads:
        for reread in threads.map(lambda one: _reread(one, intake), document_ids):
            yield _record(reread, intake.review_threshold)


def _reread(document_id: int, intake: Intake) -> _Reread:
    with db.connection_context():
        document = Document.get_or_none(Document.id == document_id)
        if document is None:
            raise DocumentNotFound(document_id)
        creditor = document.creditor or creditor_for_sender(document.sender or "")
    parsed, error = [], ""
    if not document.storage_path.endswith(".pdf"):
        raise NotAPdfDocument(document_id)
    try:
        data = intake.store.get(document.storage_path)
    except StorageError as failure:
        error = f"stored file unreadable: {failure}"
    except OSError as failure:
        error = f"stored file unreadable: {failure.strerror or failure}"
    else:
        if creditor is not None:
            try:
                options = intake.options_for(
                    creditor, document.received_at.astimezone(PARIS).date()
                )
                parsed = intake.parse(data, document.original_filename, options)
            except ParseError as failure:
                error = failure.reason
    return _Reread(document_id, creditor, parsed, error)


def _record(reread: _Reread, review_threshold: float) -> Reprocessed:
    creditor = reread.creditor
    with db.connection_context(), db.atomic():
        document = Document.get_by_id(reread.document_id)
        if creditor is None:
            document.outcome = DocumentOutcome.QUARANTINED
            document.reason = f"sender {document.sender or '(none)'} is not allowed"
        elif reread.error:
            document.outcome = DocumentOutcome.QUARANTINED
            document.reason = reread.error
        else:
            document.creditor = creditor
            file_invoices(document, creditor, reread.parsed, review_threshold)
        document.processed_at = now()
        document.save()
    return Reprocessed(document.id, document.outcome, document.reason)


def quarantined_documents() -> list[int]:
    with db.connection_context():
        query = Document.select(Document.id).where(Document.outcome == DocumentOutcome.QUARANTINED)
        return [d.id for d in query.order_by(Document.id)]
