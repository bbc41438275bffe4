"""Singletons across nodes: PostgreSQL advisory locks, held on a connection of their own.

A session-level advisory lock lives exactly as long as the connection that took it. When a node
dies its connection ends and PostgreSQL frees its locks: another node takes them on its next
try. The connection's TCP keepalives (both ends) are set from RELANCE_TAKEOVER_S, so even a
node whose machine vanished without closing its sockets loses its locks within that time, and
the node itself learns it lost them (its ping fails) before anyone else can take them over.

On SQLite there is one node: every singleton is granted, and a file lock beside the database
keeps a second `relance run` from starting.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import threading
from pathlib import Path
from typing import IO, Protocol
from urllib.parse import unquote, urlsplit

import peewee

from ledger.models import db

log = logging.getLogger(__name__)


class AlreadyRunning(Exception):
    def __init__(self, database: str, holder: str) -> None:
        super().__init__(
            f"another relance run ({holder}) already uses {database}: stop it first, "
            "or move to PostgreSQL to run several nodes"
        )
        self.database = database
        self.holder = holder


class Locks(Protocol):
    def try_hold(self, name: str) -> bool:
        """Take the singleton `name` if free (True), or say another node has it (False)."""

    def release(self, name: str) -> None: ...

    def holds(self, name: str) -> bool:
        """Whether this node still holds `name` (False once its lock connection is lost)."""

    def check(self) -> None:
        """Make sure the locks are still ours (a ping); called every few seconds."""

    def close(self) -> None: ...


def lock_key(name: str) -> int:
    """A signed 64-bit advisory lock key for a singleton's name."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


class PostgresLocks:
    def __init__(self, url: str, takeover_s: int, application_name: str = "relance") -> None:
        self.url = url
        self.takeover_s = takeover_s
        self.application_name = application_name[:60]
        self._held: set[str] = set()
        self._mutex = threading.Lock()
        self._connection = None

    def try_hold(self, name: str) -> bool:
        with self._mutex:
            if name in self._held:
                return True
            try:
                with self._cursor() as cursor:
                    cursor.execute("SELECT pg_try_advisory_lock(%s)", (lock_key(name),))
                    taken = bool(cursor.fetchone()[0])
            except Exception as error:
                self._lost(error)
                return False
            if taken:
                self._held.add(name)
            return taken

    def release(self, name: str) -> None:
        with self._mutex:
            if name not in self._held:
                return
            self._held.discard(name)
            try:
                with self._cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", (lock_key(name),))
            except Exception as error:
                self._lost(error)

    def holds(self, name: str) -> bool:
        with self._mutex:
            return name in self._held

    def check(self) -> None:
        with self._mutex:
            if self._connection is None:
                return
            try:
                with self._cursor() as cursor:
                    cursor.execute("SELECT 1")
            except Exception as error:
                self._lost(error)

    def close(self) -> None:
        with self._mutex:
            self._held.clear()
            if self._connection is not None:
                with contextlib.suppress(Exception):
                    self._connection.close()
            self._connection = None

    def _cursor(self):  # type: ignore[no-untyped-def]
        if self._connection is None or self._connection.closed:
            self._connection = self._connect()
        return self._connection.cursor()

    def _connect(self):  # type: ignore[no-untyped-def]
        import psycopg2

        parts = urlsplit(self.url)
        # Our end notices a dead server (or a cut cable) within about a third of the takeover
        # time, the server notices a dead node within about two thirds: the node has stopped
        # its singletons before another node can take them.
        idle = max(1, self.takeover_s // 3)
        interval = max(1, self.takeover_s // 6)
        connection = psycopg2.connect(
            dbname=unquote(parts.path.lstrip("/")),
            user=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            host=parts.hostname or "localhost",
            port=parts.port or 5432,
            application_name=self.application_name,
            connect_timeout=max(2, self.takeover_s // 3),
            keepalives=1,
            keepalives_idle=idle,
            keepalives_interval=interval,
            keepalives_count=2,
            tcp_user_timeout=(idle + 2 * interval) * 1000,
        )
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(
                "SET tcp_keepalives_idle = %s; SET tcp_keepalives_interval = %s; "
                "SET tcp_keepalives_count = 2; SET tcp_user_timeout = %s",
                (idle, interval, (idle + 2 * interval) * 1000),
            )
        return connection

    def _lost(self, error: Exception) -> None:
        if self._held:
            log.error("lock connection lost (%s): giving up %s", error, ", ".join(self._held))
        else:
            log.warning("lock connection unavailable: %s", error)
        self._held.clear()
        if self._connection is not None:
            with contextlib.suppress(Exception):
                self._connection.close()
        self._connection = None


class LocalLocks:
    """One node on SQLite: every singleton is ours once the run lock is held."""

    def __init__(self) -> None:
        self._held: set[str] = set()

    def try_hold(self, name: str) -> bool:
        self._held.add(name)
        return True

    def release(self, name: str) -> None:
        self._held.discard(name)

    def holds(self, name: str) -> bool:
        return name in self._held

    def check(self) -> None:
        pass

    def close(self) -> None:
        self._held.clear()


class RunLock:
    """An exclusive lock on `<database>.run.lock`, held for the life of the process; the file
    says who holds it. The kernel frees it when the process dies, however it dies."""

    def __init__(self, database: Path, holder: str) -> None:
        self.database = database
        self.path = database.with_name(database.name + ".run.lock")
        self.holder = holder
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+", encoding="utf-8")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown process"
            handle.close()
            raise AlreadyRunning(str(self.database), holder) from None
        handle.seek(0)
        handle.truncate()
        handle.write(self.holder)
        handle.flush()
        os.fsync(handle.fileno())
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
            self._file.close()
            self._file = None


def hold_for_transaction(name: str) -> None:
    """Inside a transaction: wait for the singleton `name`, held until the commit. On SQLite a
    writing transaction is alone anyway."""
    if isinstance(db.obj, peewee.PostgresqlDatabase):
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (lock_key(name),))


def locks_for(url: str, takeover_s: int, application_name: str) -> Locks:
    if urlsplit(url).scheme in ("postgresql", "postgres"):
        return PostgresLocks(url, takeover_s, application_name)
    return LocalLocks()
