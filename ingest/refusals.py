"""Every refused SMTP transaction leaves a trace staff can read, without letting a flood of
refusals flood the ledger: a few rows per address and minute, then one line counting the rest.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from ingest.smtp_server import Refusal
from ledger.inbound import record_refusal
from ledger.models import db

log = logging.getLogger(__name__)


class RefusalLog:
    """Called from the event loop: decides at once, writes from a thread of its own."""

    def __init__(
        self,
        per_address: int = 5,
        overall: int = 60,
        window: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_address = per_address
        self.overall = overall
        self.window = window
        self.clock = clock
        self._started = clock()
        self._recorded: Counter[str] = Counter()
        self._skipped: Counter[str] = Counter()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="smtp-refusals")

    def __call__(self, refusal: Refusal) -> None:
        self._roll_over()
        address = refusal.address
        if (
            self._recorded[address] >= self.per_address
            or sum(self._recorded.values()) >= self.overall
        ):
            self._skipped[address] += 1
            return
        self._recorded[address] += 1
        log.warning(
            "SMTP refused %s (from %s, to %s): %s",
            address,
            refusal.mail_from or "-",
            ", ".join(refusal.rcpt_tos) or "-",
            refusal.answer,
        )
        self._writer.submit(self._write, refusal)

    def close(self) -> None:
        self._roll_over(force=True)
        self._writer.shutdown(wait=True)

    def _roll_over(self, force: bool = False) -> None:
        if not force and self.clock() - self._started < self.window:
            return
        for address, count in self._skipped.items():
            log.warning("SMTP refused %d more transaction(s) from %s", count, address)
            self._writer.submit(
                self._write,
                Refusal(
                    address,
                    "",
                    (),
                    f"{count} more refusal(s) from this address within "
                    f"{int(self.window)} s, not recorded one by one",
                ),
            )
        self._started = self.clock()
        self._recorded.clear()
        self._skipped.clear()

    @staticmethod
    def _write(refusal: Refusal) -> None:
        try:
            with db.connection_context():
                record_refusal(refusal.address, refusal.mail_from, refusal.rcpt_tos, refusal.answer)
        except Exception:
            log.exception("could not record an SMTP refusal from %s", refusal.address)
