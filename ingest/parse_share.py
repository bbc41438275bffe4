"""Each creditor's fair share of the parser processes: one creditor's slow PDFs (each may hold
a process for the whole parse timeout) never take every process, so another creditor's
invoice is parsed meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class ParserShare:
    """At most `processes - 1` parses at once per creditor (one when there is one process)."""

    def __init__(self, processes: int) -> None:
        self.per_creditor = max(1, processes - 1)
        self._lanes: dict[object, threading.BoundedSemaphore] = {}
        self._lock = threading.Lock()

    @contextmanager
    def slot(self, creditor: object) -> Iterator[None]:
        with self._lock:
            lane = self._lanes.setdefault(creditor, threading.BoundedSemaphore(self.per_creditor))
        with lane:
            yield
