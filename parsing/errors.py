"""The typed failures of parsing: each carries a reason a person can read."""

from __future__ import annotations


class ParseError(Exception):
    """The file cannot be read at all; `reason` says why in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class NotAPdf(ParseError):
    def __init__(self, head: bytes = b"") -> None:
        shown = head[:8].decode("latin-1").encode("unicode_escape").decode("ascii")
        super().__init__(f"not a PDF (file starts with {shown!r}, expected '%PDF-')")
        self.head = head[:8]


class EmptyFile(ParseError):
    def __init__(self) -> None:
        super().__init__("empty file (0 bytes)")


class EncryptedPdf(ParseError):
    def __init__(self) -> None:
        super().__init__("encrypted PDF (password protected)")


class CorruptPdf(ParseError):
    def __init__(self, detail: str) -> None:
        super().__init__(f"corrupt PDF ({detail})")
        self.detail = detail


class TruncatedPdf(CorruptPdf):
    def __init__(self) -> None:
        ParseError.__init__(self, "truncated PDF (no end-of-file marker, the file was cut short)")
        self.detail = "truncated"


class NoTextLayer(ParseError):
    """No page has text; `detail` says how OCR fared ("no OCR", "OCR found no text")."""

    def __init__(self, pages: int, detail: str = "no OCR") -> None:
        super().__init__(f"no text layer (image-only PDF, {pages} page(s) without text; {detail})")
        self.pages = pages
        self.detail = detail


class TooLarge(ParseError):
    def __init__(self, what: str, size: int, limit: int) -> None:
        super().__init__(f"too large ({size} {what}, limit {limit})")
        self.what = what
        self.size = size
        self.limit = limit


class Timeout(ParseError):
    def __init__(self, seconds: float) -> None:
        super().__init__(f"timeout (extraction took longer than {seconds:g} s and was stopped)")
        self.seconds = seconds


class ExtractorCrashed(ParseError):
    def __init__(self, detail: str) -> None:
        super().__init__(f"extractor crashed ({detail})")
        self.detail = detail


def _restore(cls: type[ParseError], reason: str, state: dict[str, object]) -> ParseError:
    error = cls.__new__(cls)
    Exception.__init__(error, reason)
    error.__dict__.update(state)
    return error


def _reduce(self: ParseError) -> tuple[object, tuple[object, ...]]:
    return _restore, (type(self), self.reason, dict(self.__dict__))


ParseError.__reduce__ = _reduce  # type: ignore[method-assign,assignment]
