"""The IMAP watcher: drain the inbox, then IDLE (or poll), reconnecting with backoff forever.

A message leaves the inbox for `Relance/Processed` or `Relance/Quarantine` only after its
outcome is committed. A crash between the commit and the move leaves it in the inbox: the next
pass recognises it by its InboundMail key and moves it, never recording it twice.

With `queue` (several nodes), the watcher parses nothing itself: it queues each new message
(ingest/queue.py), every node's worker parses, and the watcher moves the message once its
outcome is committed.
"""

from __future__ import annotations

import imaplib
import logging
import random
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from imapclient.imapclient import SocketTimeout

from ingest.ahead import prepared_fairly
from ingest.mime import headline
from ingest.pipeline import (
    Intake,
    MailResult,
    PreparedMail,
    commit_message,
    prepare_message,
)
from ingest.queue import queue_raw
from ingest.retries import MAX_ATTEMPTS, environment_down, gave_up, quarantine_unprocessable
from ledger.database import reset_connection
from ledger.inbound import advance_cursor, cursor
from ledger.mail_queue import outcomes
from ledger.models import DocumentOutcome, db

log = logging.getLogger(__name__)

PROCESSED = "Relance/Processed"
QUARANTINE = "Relance/Quarantine"
FETCH_BATCH = 50
FETCH_BYTES = 64 * 1024 * 1024
IDLE_RENEW = 9 * 60  # below the 10 min we promise and RFC 2177's 29 min
DROPPED = (OSError, IMAPClientError, imaplib.IMAP4.abort, socket.timeout, ssl.SSLError, EOFError)


@dataclass(frozen=True)
class ImapAccount:
    host: str
    port: int
    tls: bool
    user: str
    password: str
    folder: str

    @classmethod
    def from_url(cls, url: str) -> ImapAccount:
        parts = urlsplit(url)
        tls = parts.scheme == "imaps"
        return cls(
            host=parts.hostname or "localhost",
            port=parts.port or (993 if tls else 143),
            tls=tls,
            user=unquote(parts.username or ""),
            password=unquote(parts.password or ""),
            folder=unquote(parts.path.lstrip("/")) or "INBOX",
        )

    @property
    def key(self) -> str:
        return f"{self.user}@{self.host}:{self.port}"


@dataclass
class WatchTimings:
    idle_renew: float = IDLE_RENEW
    poll_interval: float = 60.0
    socket_timeout: float = 60.0
    backoff_max: float = 60.0


class ImapWatcher:
    name = "IMAP watcher"

    def __init__(
        self,
        url: str,
        intake: Intake,
        notify: Callable[[MailResult], None] | None = None,
        timings: WatchTimings | None = None,
        max_size: int | None = None,
        queue: bool = False,
    ) -> None:
        self.account = ImapAccount.from_url(url)
        self.max_size = max_size
        self.intake = intake
        self.notify = notify or (lambda _result: None)
        self.timings = timings or WatchTimings()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._failures: dict[tuple[int, int], int] = {}
        self.connections = 0
        self.queue = queue
        # Queued messages of the selected folder, (UIDVALIDITY, UID) → InboundMail key.
        self._queued: dict[tuple[int, int], str] = {}

    # -- Service ---------------------------------------------------------------------------
    def start(self) -> None:
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(30)

    def drain(self) -> int:
        """One pass for `relance ingest --once`: process the whole inbox, then log out."""
        with self._session() as client:
            return self._drain(client)

    # -- the loop --------------------------------------------------------------------------
    def _run(self) -> None:
        failures = 0
        while not self._stopping.is_set():
            try:
                with self._session() as client:
                    failures = 0
                    while not self._stopping.is_set():
                        self._drain(client)
                        self._wait_for_mail(client)
            except DROPPED as error:
                log.warning("IMAP %s: connection lost (%s)", self.account.key, error)
            except Exception as error:
                if environment_down(error):
                    log.warning("IMAP %s: paused, will retry: %s", self.account.key, error)
                else:
                    log.exception("IMAP %s: pass failed", self.account.key)
                reset_connection()
            failures += 1
            delay = min(self.timings.backoff_max, 2 ** min(failures - 1, 10))
            self._stopping.wait(delay * random.uniform(0.8, 1.2))

    def _connect(self) -> IMAPClient:
        timeout = SocketTimeout(connect=15.0, read=self.timings.socket_timeout)
        context = ssl.create_default_context() if self.account.tls else None
        client = IMAPClient(
            self.account.host,
            port=self.account.port,
            ssl=self.account.tls,
            ssl_context=context,
            timeout=timeout,
        )
        client.login(self.account.user, self.account.password)
        self.connections += 1
        return client

    def _session(self) -> _Session:
        return _Session(self)

    def _wait_for_mail(self, client: IMAPClient) -> None:
        deadline = time.monotonic() + (
            self.timings.idle_renew if client.has_capability("IDLE") else self.timings.poll_interval
        )
        if not client.has_capability("IDLE"):
            while not self._stopping.is_set() and time.monotonic() < deadline:
                self._stopping.wait(min(1.0, self.timings.poll_interval))
            client.noop()
            return
        client.idle()
        while not self._stopping.is_set() and time.monotonic() < deadline:
            responses = client.idle_check(timeout=1)
            if any(r and r[0] == b"BYE" for r in responses):
                # The server is going away; imapclient itself would notice only at idle_done().
                raise ConnectionError(f"the server said BYE: {responses!r}"[:300])
            if any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                break
        client.idle_done()

    # -- one pass over the inbox -----------------------------------------------------------
    def _drain(self, client: IMAPClient) -> int:
        selected = client.select_folder(self.account.folder)
        uidvalidity = int(selected[b"UIDVALIDITY"])
        with db.connection_context():
            cursor(self.account.key, self.account.folder, uidvalidity)
        targets = self._ensure_folders(client)
        with db.connection_context():
            return self._drain_selected(client, uidvalidity, targets)

    def _drain_selected(
        self, client: IMAPClient, uidvalidity: int, targets: dict[bool, str]
    ) -> int:
        done = 0
        while not self._stopping.is_set():
            uids = sorted(client.search(["NOT", "DELETED"]))
            uids = [u for u in uids if self._failures.get((uidvalidity, u), 0) <= MAX_ATTEMPTS]
            present = {(uidvalidity, u) for u in uids}
            self._queued = {k: v for k, v in self._queued.items() if k in present}
            if not uids:
                return done
            moved = 0
            for batch in _batches(uids, FETCH_BATCH):
                process = self._queue_batch if self.queue else self._process_batch
                moved += process(client, uidvalidity, batch, targets)
                if self._stopping.is_set():
                    break
            done += moved
            if self.queue and not moved:
                # Queued, not parsed yet: the nodes' workers are on it.
                self._stopping.wait(0.3)
        return done

    def _queue_batch(
        self, client: IMAPClient, uidvalidity: int, uids: list[int], targets: dict[bool, str]
    ) -> int:
        """Queue the new messages; move those whose outcome some node has committed."""
        new = [u for u in uids if (uidvalidity, u) not in self._queued]
        sizes = self._sizes(client, new)
        moves: dict[bool, list[int]] = {True: [], False: []}
        moves[False] += self._quarantine_too_large(client, new, sizes)
        wanted = [u for u in new if u not in moves[False]]
        for chunk in _by_size(wanted, sizes, FETCH_BYTES):
            fetched = client.fetch(chunk, ["BODY.PEEK[]"])
            for uid in chunk:
                raw = fetched.get(uid, {}).get(b"BODY[]")
                if raw is not None and self._queue_one(uidvalidity, uid, raw):
                    moves[False].append(uid)
        keys = {self._queued[(uidvalidity, u)]: u for u in uids if (uidvalidity, u) in self._queued}
        with db.connection_context():
            committed = outcomes(list(keys))
        for key, outcome in committed.items():
            moves[outcome != DocumentOutcome.QUARANTINED].append(keys[key])
        for processed, moved in moves.items():
            if moved:
                self._move(client, moved, targets[processed])
        for uid in moves[True] + moves[False]:
            self._queued.pop((uidvalidity, uid), None)
        if moves[True] or moves[False]:
            with db.connection_context():
                advance_cursor(
                    self.account.key,
                    self.account.folder,
                    uidvalidity,
                    max(moves[True] + moves[False]),
                )
        return len(moves[True]) + len(moves[False])

    def _queue_one(self, uidvalidity: int, uid: int, raw: bytes) -> bool:
        """Queue one message; True when it keeps failing and was quarantined instead."""
        try:
            self._queued[(uidvalidity, uid)] = queue_raw(raw, "imap", self.intake)
        except Exception as error:
            if isinstance(error, DROPPED) or environment_down(error):
                raise
            return gave_up(self._failures, (uidvalidity, uid), raw, "imap", self.intake, error)
        return False

    def _process_batch(
        self, client: IMAPClient, uidvalidity: int, uids: list[int], targets: dict[bool, str]
    ) -> int:
        moves: dict[bool, list[int]] = {True: [], False: []}
        sizes = self._sizes(client, uids)
        too_large = self._quarantine_too_large(client, uids, sizes)
        moves[False] += too_large
        wanted = [u for u in uids if u not in too_large]
        # Bodies are fetched a few megabytes at a time: fifty 24 MB mails are never all in memory.
        for chunk in _by_size(wanted, sizes, FETCH_BYTES):
            fetched = client.fetch(chunk, ["BODY.PEEK[]"])
            present = [
                (uid, fetched[uid][b"BODY[]"]) for uid in chunk if b"BODY[]" in fetched.get(uid, {})
            ]
            for (uid, raw), ready in prepared_fairly(
                present, self._prepare, _sending_domain, lambda item: len(item[1])
            ):
                processed = self._commit(uidvalidity, uid, raw, ready)
                if processed is not None:
                    moves[processed].append(uid)
        for processed, moved in moves.items():
            if moved:
                self._move(client, moved, targets[processed])
        if moves[True] or moves[False]:
            with db.connection_context():
                advance_cursor(
                    self.account.key,
                    self.account.folder,
                    uidvalidity,
                    max(moves[True] + moves[False]),
                )
        return len(moves[True]) + len(moves[False])

    @staticmethod
    def _sizes(client: IMAPClient, uids: list[int]) -> dict[int, int]:
        if not uids:
            return {}
        fetched = client.fetch(uids, ["RFC822.SIZE"])
        return {uid: int(found.get(b"RFC822.SIZE", 0)) for uid, found in fetched.items()}

    def _quarantine_too_large(
        self, client: IMAPClient, uids: list[int], sizes: dict[int, int]
    ) -> list[int]:
        """Mails over the size limit, quarantined from their headers alone, never downloaded."""
        if self.max_size is None:
            return []
        too_large = {uid: size for uid in uids if (size := sizes.get(uid, 0)) > self.max_size}
        if not too_large:
            return []
        headers = client.fetch(list(too_large), ["BODY.PEEK[HEADER]"])
        for uid, size in too_large.items():
            reason = (
                f"mail of {size:,} bytes is over the {self.max_size:,}-byte limit "
                "(RELANCE_SMTP_MAX_SIZE); only its headers were read"
            )
            head = headers.get(uid, {}).get(b"BODY[HEADER]", b"")
            quarantine_unprocessable(head, "imap", self.intake, reason)
        return list(too_large)

    def _prepare(self, item: tuple[int, bytes]) -> PreparedMail | MailResult:
        return prepare_message(item[1], self.intake)

    def _commit(
        self, uidvalidity: int, uid: int, raw: bytes, ready: Future[PreparedMail | MailResult]
    ) -> bool | None:
        """True: to Processed, False: to Quarantine, None: leave it for another try."""
        try:
            result = commit_message(ready.result(), "imap")
        except Exception as error:
            if isinstance(error, DROPPED) or environment_down(error):
                raise
            if gave_up(self._failures, (uidvalidity, uid), raw, "imap", self.intake, error):
                return False
            return None
        self.notify(result)
        return result.processed

    def _ensure_folders(self, client: IMAPClient) -> dict[bool, str]:
        listed = client.list_folders(directory="", pattern=self.account.folder)
        delimiter = listed[0][1].decode() if listed and listed[0][1] else "/"
        targets = {}
        for processed, name in ((True, PROCESSED), (False, QUARANTINE)):
            folder = name.replace("/", delimiter)
            if not client.folder_exists(folder):
                try:
                    client.create_folder(folder)
                except IMAPClientError:
                    if not client.folder_exists(folder):
                        raise
            targets[processed] = folder
        return targets

    def _move(self, client: IMAPClient, uids: list[int], folder: str) -> None:
        if client.has_capability("MOVE"):
            client.move(uids, folder)
            return
        client.copy(uids, folder)
        client.add_flags(uids, [b"\\Deleted"], silent=True)
        if client.has_capability("UIDPLUS"):
            client.uid_expunge(uids)
        else:
            client.expunge()


class _Session:
    def __init__(self, watcher: ImapWatcher) -> None:
        self.watcher = watcher
        self.client: IMAPClient | None = None

    def __enter__(self) -> IMAPClient:
        self.client = self.watcher._connect()
        return self.client

    def __exit__(self, *exc: object) -> None:
        if self.client is None:
            return
        try:
            self.client.logout()
        except Exception:
            try:
                self.client.shutdown()
            except Exception:
                log.debug("IMAP socket already closed")


def _by_size(uids: list[int], sizes: dict[int, int], budget: int) -> Iterator[list[int]]:
    """`uids` in runs of at most `budget` bytes (a larger mail alone)."""
    run: list[int] = []
    total = 0
    for uid in uids:
        if run and total + sizes.get(uid, 0) > budget:
            yield run
            run, total = [], 0
        run.append(uid)
        total += sizes.get(uid, 0)
    if run:
        yield run


def _batches(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _sending_domain(item: tuple[int, bytes]) -> str:
    return headline(item[1])[0].rpartition("@")[2]
