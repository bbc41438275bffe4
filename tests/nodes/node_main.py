"""`relance <command>` on a simulated calendar shared by several node processes (tests, bench).

Relance reads the time through one function, `ledger.clock.now`. Here it answers the real time
plus an offset in seconds read from the file RELANCE_TEST_CLOCK, followed as the file changes:
all nodes live the same simulated week in a few minutes, while everything outside Relance
(S3 request signatures, TLS, sleeps) keeps the real time.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import threading
import time
from pathlib import Path

import ledger.clock

_offset = [dt.timedelta(0)]
_real_now = ledger.clock.now


def simulated_now() -> dt.datetime:
    return _real_now() + _offset[0]


def read_offset(clock: Path) -> None:
    try:
        text = clock.read_text().strip()
    except OSError:
        return
    if text:
        _offset[0] = dt.timedelta(seconds=float(text))


def follow(clock: Path) -> None:
    while True:
        time.sleep(0.05)
        read_offset(clock)


def main() -> None:
    clock = Path(os.environ["RELANCE_TEST_CLOCK"])
    read_offset(clock)
    # Before any other module of ours binds `now` by importing it.
    ledger.clock.now = simulated_now
    threading.Thread(target=follow, args=(clock,), daemon=True).start()
    from relance.cli import main as relance

    sys.argv = ["relance", *sys.argv[1:]]
    relance()


if __name__ == "__main__":
    main()
