"""What makes `relance run` one node among several: its heartbeat, and the singletons it runs
only while it holds their lock (the IMAP watcher of a mailbox, the payments drop folder)."""

from __future__ import annotations

import datetime as dt
import logging
import threading

from ingest.imap import ImapWatcher
from ingest.spool import Spool
from ledger.locks import Locks, locks_for
from ledger.models import db
from ledger.nodes import Node, beat, leave, let_go, this_node, took
from relance.daemon import Service
from relance.settings import Settings

log = logging.getLogger(__name__)


def this_nodes_locks(settings: Settings) -> tuple[Node, Locks]:
    node = this_node(settings.node_name)
    return node, locks_for(settings.database_url, settings.takeover_s, f"relance {node.name}")


def with_singletons(
    services: list[Service], node: Node, locks: Locks, takeover_s: int
) -> list[Service]:
    """The services, each IMAP watcher running only while this node holds its mailbox."""
    return [
        Singleton(s, f"imap:{s.account.key}/{s.account.folder}", node, locks, takeover_s)
        if isinstance(s, ImapWatcher)
        else s
        for s in services
    ]


class NodeService:
    """Beats every third of RELANCE_TAKEOVER_S, checking on the way that the locks are ours."""

    name = "node heartbeat"

    def __init__(self, node: Node, locks: Locks, spool: Spool, takeover_s: int) -> None:
        self.node = node
        self.locks = locks
        self.spool = spool
        self.interval = max(1.0, takeover_s / 3)
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self.beat()
        self._thread = threading.Thread(target=self._run, name="heartbeat", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(10)
        with db.connection_context():
            leave(self.node)
        self.locks.close()

    def beat(self) -> None:
        self.locks.check()
        pending = self.spool.pending(limit=100_000)
        oldest = None
        if pending:
            try:
                oldest = dt.datetime.fromtimestamp(pending[0].stat().st_mtime, dt.UTC)
            except FileNotFoundError:
                oldest = None
        with db.connection_context():
            beat(self.node, len(pending), oldest)

    def _run(self) -> None:
        while not self._stopping.wait(self.interval):
            try:
                self.beat()
            except Exception:
                log.exception("heartbeat failed")


class Singleton:
    """Runs `inner` only while this node holds the lock `lock_name`; tries to take it every
    fifth of RELANCE_TAKEOVER_S, and stops `inner` at once when the lock is lost."""

    def __init__(
        self, inner: Service, lock_name: str, node: Node, locks: Locks, takeover_s: int
    ) -> None:
        self.inner = inner
        self.name = inner.name
        self.lock_name = lock_name
        self.node = node
        self.locks = locks
        self.interval = max(0.5, takeover_s / 5)
        self.running = False
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self.tick()
        self._thread = threading.Thread(
            target=self._run, name=f"singleton {self.name}", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(60)
        if self.running:
            self._step_down()

    def tick(self) -> None:
        if not self.running:
            if self.locks.try_hold(self.lock_name):
                with db.connection_context():
                    took(self.lock_name, self.node)
                log.info("%s: this node (%s) takes it over", self.name, self.node.name)
                self.running = True
                try:
                    self.inner.start()
                except Exception:
                    self._step_down()
                    raise
        elif not self.locks.holds(self.lock_name):
            log.error("%s: lock lost, stopping it here", self.name)
            self.running = False
            self.inner.stop()

    def _step_down(self) -> None:
        self.running = False
        try:
            self.inner.stop()
        finally:
            self.locks.release(self.lock_name)
            with db.connection_context():
                let_go(self.lock_name, self.node)

    def _run(self) -> None:
        while not self._stopping.wait(self.interval):
            try:
                self.tick()
            except Exception:
                log.exception("%s: could not take or check its lock", self.name)
