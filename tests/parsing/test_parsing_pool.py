from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from parsing import NotAPdf, ParserPool, Timeout
from tests.ingest.pdfs import invoice_pdf


@pytest.mark.parametrize("prefork", [False, True])
def test_the_pool_parses_and_passes_the_parsers_typed_errors_through(prefork: bool) -> None:
    pool = ParserPool(1, prefork=prefork)
    try:
        assert pool.parse(invoice_pdf("F-701"), "f.pdf")[0].invoice_number == "F-701"
        with pytest.raises(NotAPdf):
            pool.parse(b"GIF89a", "logo.pdf")
    finally:
        pool.close()


@pytest.mark.parametrize("prefork", [False, True])
def test_a_worker_that_overruns_is_killed_and_replaced(prefork: bool) -> None:
    pool = ParserPool(1, timeout=0.0001, prefork=prefork)
    try:
        with pytest.raises(Timeout):
            pool.parse(invoice_pdf("F-702"))
        pool.timeout = 30
        assert pool.parse(invoice_pdf("F-703"))[0].invoice_number == "F-703"
    finally:
        pool.close()
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("collecting", [True, False])
def test_a_preforked_pool_leaves_the_garbage_collector_as_it_found_it(collecting: bool) -> None:
    was = gc.isenabled()
    (gc.enable if collecting else gc.disable)()
    try:
        ParserPool(1, prefork=True).close()
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()


_CRASHING_COMMAND = """
import multiprocessing, os, sys
from parsing import ParserPool
from tests.ingest.pdfs import invoice_pdf

pool = ParserPool(2, prefork=True)
workers = multiprocessing.active_children()
assert len(workers) == 2, workers  # started at once, before any file
assert pool.parse(invoice_pdf("F-704"), "f.pdf")[0].invoice_number == "F-704"
print(" ".join(str(worker.pid) for worker in workers), flush=True)
os._exit(0)  # dies without closing its pool
"""


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


def test_preforked_workers_start_with_the_pool_and_end_when_their_command_dies(
    tmp_path: Path,
) -> None:
    printed = tmp_path / "pids"
    with printed.open("w") as out:  # a file, not a pipe: a worker left over cannot hold it open
        subprocess.run(
            [sys.executable, "-c", _CRASHING_COMMAND], stdout=out, check=True, timeout=120
        )
    pids = [int(pid) for pid in printed.read_text().split()]
    assert len(pids) == 2
    deadline = time.monotonic() + 20
    try:
        while any(_running(pid) for pid in pids) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_running(pid) for pid in pids)
    finally:
        for pid in filter(_running, pids):
            os.kill(pid, signal.SIGKILL)
