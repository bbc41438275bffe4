"""The admin served by waitress in a thread: the Service `relance run` hosts, or alone."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from flask import Flask
from waitress import wasyncore
from waitress.server import create_server

from admin.app import create_app
from admin.config import AdminSettings
from ledger.models import db

log = logging.getLogger(__name__)


class AdminService:
    """`app` is a Flask app, or a function building it when the service starts."""

    name = "admin"

    def __init__(
        self, app: Flask | Callable[[], Flask], host: str, port: int, threads: int = 8
    ) -> None:
        self._app = app
        self.host = host
        self.port = port
        self.threads = threads
        self._server = None
        self._sockets: dict[int, wasyncore.dispatcher] = {}
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def app(self) -> Flask:
        if not isinstance(self._app, Flask):
            self._app = self._app()
        return self._app

    def start(self) -> None:
        self._sockets = {}
        self._server = create_server(
            self.app,
            map=self._sockets,
            host=self.host,
            port=self.port,
            threads=self.threads,
            ident="relance",
        )
        self.port = self._server.effective_port
        self._thread = threading.Thread(target=self._server.run, name="relance-admin", daemon=True)
        self._thread.start()
        log.info("admin listening on %s", self.url)

    def stop(self) -> None:
        """Stops in an order where no descriptor is closed while another thread may still use
        it: the request threads first (each pulls the trigger as it ends), then the loop, told
        to leave by emptying its map from its own thread, then the sockets and the trigger's
        pipe, closed here once the loop is gone. The loop must not close them itself: a request
        thread's pull can wake it between pull_trigger queueing our call and writing its byte,
        and that write would then meet a closed (or reused) descriptor."""
        server, thread = self._server, self._thread
        self._server = None
        self._thread = None
        if server is None:
            return
        server.task_dispatcher.shutdown()
        sockets = self._sockets
        if thread is not None and thread.is_alive():
            leaving: dict[int, wasyncore.dispatcher] = {}

            def leave_the_loop() -> None:
                leaving.update(sockets)
                sockets.clear()

            server.trigger.pull_trigger(leave_the_loop)
            thread.join(timeout=10)
            sockets = leaving
        wasyncore.close_all(sockets)


def admin_service(settings: AdminSettings) -> AdminService:
    """The admin for `relance run`, built at start on the ledger the daemon has bound."""
    host, port = settings.admin_listen
    return AdminService(
        lambda: create_app(settings, database=db.obj), host, port, settings.admin_threads
    )
