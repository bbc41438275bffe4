"""Long-lived parser processes: a PDF costs a message over a pipe, not a new process.

`parse_pdf_isolated` forks one child per file (about 60 ms here, against 3 ms for the parse
itself), too slow for a daemon's backlog. Each worker here runs `parse_pdf` in a loop; a worker that
overruns its time is killed and replaced, one that dies is replaced, and the file is refused
with the parser's own typed error (`Timeout`, `ExtractorCrashed`), so isolation is kept.

Workers come from the fork server (a clean process that has the parsing chain imported). A short
command (`relance parse`) would pay more for that server's start than for its files: it asks
for `prefork`, and its first workers are forked from the command itself, the chain imported
there once, before it starts any thread (forking a threaded process is what the server avoids).
Workers replaced later still come from the fork server.
"""

from __future__ import annotations

import gc
import multiprocessing
import queue
import threading
import time
from collections.abc import Sequence
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext

from parsing.errors import ExtractorCrashed, Timeout
from parsing.isolate import guarded_parse, limit_memory, unwrap
from parsing.record import ParsedInvoice, ParseOptions

_SERVED = multiprocessing.get_context("forkserver")
_FORKED = multiprocessing.get_context("fork")


def _serve(channel: Connection, inherited: Sequence[Connection] = ()) -> None:
    for parent_end in inherited:  # a forked worker's copies: it must see EOF when they close
        parent_end.close()
    limit_memory()

    def more_time(seconds: float) -> None:
        channel.send(("more", seconds))

    while True:
        try:
            data, filename, options = channel.recv()
        except (EOFError, OSError):
            return
        channel.send(guarded_parse(data, filename, options, more_time))


class _Worker:
    def __init__(self, context: BaseContext, others: Sequence[Connection] = ()) -> None:
        self.channel, child_end = context.Pipe(duplex=True)
        # A forked worker holds copies of this process's ends of every pipe; a served one has none.
        inherited = (*others, self.channel) if context is _FORKED else ()
        self.process = context.Process(target=_serve, args=(child_end, inherited), daemon=True)
        self.process.start()
        child_end.close()

    def parse(self, data: bytes, filename: str, options: ParseOptions | None, timeout: float):
        """The worker's answer; it may ask for more time first (OCR), which is granted."""
        self.channel.send((data, filename, options))
        allowed = timeout
        deadline = time.monotonic() + timeout
        while True:
            if not self.channel.poll(max(deadline - time.monotonic(), 0.0)):
                raise Timeout(allowed)
            kind, payload = self.channel.recv()
            if kind != "more":
                return kind, payload
            allowed += payload
            deadline += payload

    def close(self) -> None:
        self.channel.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)


def _load_once_for_all() -> None:
    """What every worker needs, loaded here once, before the forks share it: the chain, and the
    shipped templates (with invoice2data) that its first file would load.

    Its objects are then frozen out of the garbage collector's reach (as the gc documentation
    advises before forking): no collection walks them again, neither in the workers (whose
    pages they share) nor at this process's exit, which otherwise spends about 30 ms collecting
    them; nor does one run while they are being made."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        import parsing.chain  # noqa: F401
        from parsing.templates import templates

        templates(ParseOptions())
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


class ParserPool:
    """`size` parser processes shared by the ingest threads; `parse` blocks for a free one.

    `prefork`: start them now, forked from this process, which must have no other thread yet
    (with one, they start from the fork server when first needed, as without `prefork`)."""

    def __init__(self, size: int = 2, timeout: float = 30.0, *, prefork: bool = False) -> None:
        self.timeout = timeout
        self._idle: queue.Queue[_Worker | None] = queue.Queue()
        self._lock = threading.Lock()
        self._workers: list[_Worker] = []
        if prefork and threading.active_count() == 1:
            _load_once_for_all()
            for _ in range(size):
                worker = _Worker(_FORKED, [other.channel for other in self._workers])
                self._workers.append(worker)
                self._idle.put(worker)
        else:
            for _ in range(size):
                self._idle.put(None)

    def parse(
        self, data: bytes, filename: str = "", options: ParseOptions | None = None
    ) -> list[ParsedInvoice]:
        worker = self._idle.get() or self._spawn()
        healthy = False
        try:
            kind, payload = worker.parse(data, filename, options, self.timeout)
            healthy = True
        except (EOFError, OSError):
            raise ExtractorCrashed(f"exit code {worker.process.exitcode}") from None
        finally:
            if healthy:
                self._idle.put(worker)
            else:
                self._retire(worker)
                self._idle.put(None)
        return unwrap(kind, payload)

    def _spawn(self) -> _Worker:
        worker = _Worker(_SERVED)
        with self._lock:
            self._workers.append(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        worker.close()
        with self._lock:
            if worker in self._workers:
                self._workers.remove(worker)

    def close(self) -> None:
        with self._lock:
            workers, self._workers = self._workers, []
        for worker in workers:
            worker.close()
