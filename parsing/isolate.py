"""Running the extraction in a child process that is killed when it overruns its time.

A forkserver child is used: forking a long-lived threaded daemon directly is unsafe, and the
server keeps the parsing modules imported so each file costs a fork, not an interpreter start.
Every child is joined (and killed first if needed), so repeated calls leak no processes.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import resource
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import TypeVar

from parsing.errors import ExtractorCrashed, ParseError, Timeout
from parsing.record import ParsedInvoice, ParseOptions

T = TypeVar("T")
_MEMORY_LIMIT = 2 * 1024 * 1024 * 1024
_context = multiprocessing.get_context("forkserver")
_context.set_forkserver_preload(["parsing.chain", "parsing.facturx"])


def parse_pdf_isolated(
    data: bytes, filename: str = "", options: ParseOptions | None = None, timeout: float = 30.0
) -> list[ParsedInvoice]:
    """`parse_pdf` in a child process; raises Timeout when it takes longer than `timeout` s."""
    return unwrap(*_in_child(_run, (data, filename, options), timeout))


def _run(sender: Connection, data: bytes, filename: str, options: ParseOptions | None) -> None:
    limit_memory()
    sender.send(guarded_parse(data, filename, options))
    sender.close()


def limit_memory() -> None:
    """Cap the child's address space so a hostile PDF cannot exhaust the machine."""
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (_MEMORY_LIMIT, _MEMORY_LIMIT))


def guarded_parse(
    data: bytes,
    filename: str,
    options: ParseOptions | None,
    more_time: Callable[[float], None] | None = None,
) -> tuple[str, object]:
    """("ok", invoices) or ("error", a ParseError): what a child sends back to its parent."""
    from parsing.chain import parse_pdf

    try:
        return ("ok", parse_pdf(data, filename, options, more_time))
    except ParseError as error:
        return ("error", error)
    except MemoryError:
        return ("error", ExtractorCrashed("out of memory"))
    except Exception as error:
        return ("error", ExtractorCrashed(f"{type(error).__name__}: {error}"[:300]))


def unwrap(kind: str, payload: object) -> list[ParsedInvoice]:
    if kind == "error":
        raise payload  # type: ignore[misc]
    return payload  # type: ignore[return-value]


def run_isolated(function: Callable[..., T], *args: object, timeout: float = 30.0) -> T:
    """`function(*args)` in a child process, memory-capped and killed after `timeout` s, for
    other work on untrusted PDFs (drawing a page, learning a template). A ParseError it raises
    is raised here; any other failure becomes ExtractorCrashed."""
    return unwrap(*_in_child(_call, (function, args), timeout))  # type: ignore[return-value]


def _in_child(
    target: Callable[..., None], args: tuple[object, ...], timeout: float
) -> tuple[str, object]:
    """(kind, payload) that `target(sender, *args)` sends from a forkserver child; the child is
    always joined, killed first when it overruns `timeout` s."""
    receiver, sender = _context.Pipe(duplex=False)
    child = _context.Process(target=target, args=(sender, *args), daemon=True)
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
    return kind, payload


def _call(sender: Connection, function: Callable[..., object], args: tuple[object, ...]) -> None:
    limit_memory()
    try:
        result: tuple[str, object] = ("ok", function(*args))
    except ParseError as error:
        result = ("error", error)
    except MemoryError:
        result = ("error", ExtractorCrashed("out of memory"))
    except Exception as error:
        result = ("error", ExtractorCrashed(f"{type(error).__name__}: {error}"[:300]))
    sender.send(result)
    sender.close()
