"""A stored document's pages drawn as PNG for a person, in a child process (untrusted bytes)."""

from __future__ import annotations

from ledger.storage import StorageError, blobs
from parsing import ParseError
from parsing.isolate import run_isolated
from parsing.picture import page_count, page_png

DRAW_TIMEOUT = 20.0


class CannotDraw(LookupError):
    """The stored file is gone, is no PDF, or pdfium cannot draw it (`reason` says which)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def stored_page_png(storage_path: str, page: int, width: int) -> bytes:
    return _drawn(storage_path, page_png, page, width)


def stored_page_count(storage_path: str) -> int:
    return _drawn(storage_path, page_count)


def _drawn(storage_path: str, function, *args: object):  # type: ignore[no-untyped-def]
    if not storage_path.endswith(".pdf"):
        raise CannotDraw("not a PDF")
    try:
        data = blobs.get(storage_path)
        return run_isolated(function, data, *args, timeout=DRAW_TIMEOUT)
    except StorageError as error:
        raise CannotDraw(f"stored file unreadable: {error}") from None
    except OSError as error:
        raise CannotDraw(f"stored file unreadable: {error.strerror or error}") from None
    except ParseError as error:
        raise CannotDraw(error.reason) from None
