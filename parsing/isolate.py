"""Running the extraction in a child process that is killed when it overruns its time.

A forkserver child is used: forking a long-lived threaded daemon directly is unsafe, and the
server keeps the parsing modules imported so each file costs a fork, not an interpreter start.
Every child is joined (and killed first if needed), so repeated calls leak no processes.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import resource
from multiprocessing.connection import Connection

from parsing.errors import ExtractorCrashed, ParseError, Timeout
from parsing.record import ParsedInvoice, ParseOptions

_MEMORY_LIMIT = 2 * 1024 * 1024 * 1024
_context = multiprocessing.get_context("forkserver")
_context.set_forkserver_preload(["parsing.chain"])


def parse_pdf_isolated(
    data: bytes, filename: str = "", options: ParseOptions | None = None, timeout: float = 30.0
) -> list[ParsedInvoice]:
    """`parse_pdf` in a child process; raises Timeout when it takes longer than `timeout` s."""
    receiver, sender = _context.Pipe(duplex=False)
    child = _context.Process(target=_run, args=(sender, data, filename, options), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise Timeout(timeout)
        try:
            kind, payload = receiver.recv()
        except EOFError:
            child.join(1)
            raise ExtractorCrashed(f"exit code {child.exitcode}") from None
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
        child.close()
    if kind == "error":
        raise payload
    return payload


def _run(sender: Connection, data: bytes, filename: str, options: ParseOptions | None) -> None:
    from parsing.chain import parse_pdf

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (_MEMORY_LIMIT, _MEMORY_LIMIT))
    try:
        result: tuple[str, object] = ("ok", parse_pdf(data, filename, options))
    except ParseError as error:
        result = ("error", error)
    except MemoryError:
        result = ("error", ExtractorCrashed("out of memory"))
    except Exception as error:
        result = ("error", ExtractorCrashed(f"{type(error).__name__}: {error}"[:300]))
    sender.send(result)
    sender.close()
