"""The thread every intake worker runs: drain what is waiting, rest when there was nothing."""

from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod

from ingest.retries import environment_down
from ledger.database import reset_connection

log = logging.getLogger(__name__)


class DrainLoop(ABC):
    """A named daemon thread calling `drain()` until `stop()`.

    A failed pass is logged (a database or disk that is down only as a warning: it comes back)
    and retried; after a pass that did nothing the loop waits `idle_s`, or less when `wake` is
    set by whoever brought new work."""

    name = "drain loop"
    idle_s = 1.0

    def __init__(self) -> None:
        self.wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    @abstractmethod
    def drain(self) -> int:
        """Do the work waiting; returns how much was done."""

    def start(self) -> None:
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self.wake.set()
        if self._thread is not None:
            self._thread.join(60)

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                done = self.drain()
            except Exception as error:
                if environment_down(error):
                    log.warning("%s paused, will retry: %s", self.name, error)
                else:
                    log.exception("%s pass failed", self.name)
                reset_connection()
                done = 0
            if not done:
                self.wake.wait(self.idle_s)
                self.wake.clear()
