"""What the ledger refuses, with the data a caller needs to explain it."""

from __future__ import annotations


class LedgerError(Exception):
    """Base of the ledger's own errors."""


class DatabaseUrlError(LedgerError):
    def __init__(self, url: str, message: str) -> None:
        super().__init__(f"bad database URL {url!r}: {message}")
        self.url = url


class SchemaTooNewError(LedgerError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            f"the database is at schema version {found}, this Relance knows up to {known}: "
            "upgrade Relance before using this database"
        )
        self.found = found
        self.known = known


class UnknownMonthEndReading(LedgerError):
    def __init__(self, reading: str) -> None:
        super().__init__(f"unknown reading of month-end terms {reading!r}")
        self.reading = reading


class InvalidInvoiceError(LedgerError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
