"""A stored document's pages drawn as PNG for a person, in a child process (untrusted bytes)."""

from __future__ import annotations

from pathlib import Path

from ingest.store import DocumentStore
from parsing import ParseError
from parsing.isolate import run_isolated
from parsing.picture import page_count, page_png

DRAW_TIMEOUT = 20.0


class CannotDraw(LookupError):
    """The stored file is gone, is no PDF, or pdfium cannot draw it (`reason` says which)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def stored_page_png(storage_path: str, page: int, width: int, data_dir: Path) -> bytes:
    return _drawn(storage_path, data_dir, page_png, page, width)


def stored_page_count(storage_path: str, data_dir: Path) -> int:
    return _drawn(storage_path, data_dir, page_count)


def _drawn(storage_path: str, data_dir: Path, function, *args: object):  # type: ignore[no-untyped-def]
    if not storage_path.endswith(".pdf"):
        raise CannotDraw("not a PDF")
    try:
        data = DocumentStore.under(data_dir).get(storage_path)
        return run_isolated(function, data, *args, timeout=DRAW_TIMEOUT)
    except OSError as error:
        raise CannotDraw(f"stored file unreadable: {error.strerror or error}") from None
    except ParseError as error:
        raise CannotDraw(error.reason) from None
