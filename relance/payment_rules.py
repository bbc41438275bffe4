"""The payments part of rules.yaml as the file says now, for every import.

A CSV format added to rules.yaml is used by the very next import, from the command line, the
drop folder or the mailbox, without `relance init` or a daemon reload. The file is read again
only when it changed. When it is invalid, the last valid version stays in force (the error is
kept for the caller to show); with no valid version at all, the importer falls back to what
the ledger holds from the last load.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from ledger.models import Creditor
from ledger.payment_mapping import PaymentRules, parse_payments_formats
from scheduler.errors import InvalidRules
from scheduler.rules import Rules, load_rules

log = logging.getLogger(__name__)


class CurrentPaymentRules:
    """Callable: a creditor → its PaymentRules from the current rules.yaml, or None."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.error = ""
        self._rules: Rules | None = None
        self._signature: tuple[int, int] | None = None
        self._lock = threading.Lock()

    def __call__(self, creditor: Creditor) -> PaymentRules | None:
        rules = self._current()
        if rules is None or creditor.slug not in rules.creditors:
            return None
        declared = rules.creditors[creditor.slug]
        return PaymentRules(
            formats=parse_payments_formats(declared.payments_csv, creditor.slug),
            write_off_below=rules.write_off_below(creditor.slug),
        )

    def _current(self) -> Rules | None:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return self._rules
        except OSError as error:
            self.error = f"{self.path}: {error.strerror or error}"
            return self._rules
        signature = (stat.st_mtime_ns, stat.st_size)
        with self._lock:
            if signature != self._signature:
                self._signature = signature
                try:
                    self._rules = load_rules(self.path)
                    self.error = ""
                except InvalidRules as error:
                    self.error = str(error)
                    log.warning("rules.yaml refused, payments use the last valid rules:\n%s", error)
            return self._rules
