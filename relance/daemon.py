"""`relance run`: every part in one process, each a Service started and stopped in order."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from typing import Protocol

import click

log = logging.getLogger(__name__)


class Service(Protocol):
    name: str

    def start(self) -> None: ...

    def stop(self) -> None: ...


class StartError(click.ClickException):
    """A part could not start (a port in use, say): one line for the user, after the parts
    already started are stopped."""


def run_forever(services: list[Service], started: Callable[[], None] | None = None) -> None:
    """Start the services, call `started`, wait for SIGINT/SIGTERM, stop them in reverse."""
    stopping = threading.Event()

    def ask_to_stop(signum: int, _frame: object) -> None:
        log.info("received %s, stopping", signal.Signals(signum).name)
        stopping.set()

    # Set whatever was inherited: a job started in the background by a script (`cmd &`, nohup)
    # gets SIGINT ignored, and Python then installs no KeyboardInterrupt, so Ctrl-C did nothing.
    signal.signal(signal.SIGINT, ask_to_stop)
    signal.signal(signal.SIGTERM, ask_to_stop)
    running: list[Service] = []
    try:
        for service in services:
            try:
                service.start()
            except OSError as error:
                raise StartError(f"{service.name} could not start: {error}") from None
            running.append(service)
            log.info("%s started", service.name)
        log.info("Relance is running (%s); Ctrl-C to stop", ", ".join(s.name for s in running))
        if started is not None:
            started()
        stopping.wait()
    finally:
        for service in reversed(running):
            try:
                service.stop()
            except Exception:
                log.exception("%s did not stop cleanly", service.name)
