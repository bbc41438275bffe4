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
        """Closes the sockets from the server's own thread: closed from another one while its
        loop waits in select(), they would fail there with EBADF. The loop ends once no socket
        is left, then the request threads stop."""
        if self._server is not None and self._thread is not None and self._thread.is_alive():
            sockets = self._sockets
            self._server.trigger.pull_trigger(lambda: wasyncore.close_all(sockets))
            self._thread.join(timeout=10)
        elif self._server is not None:
            wasyncore.close_all(self._sockets)
        if self._server is not None:
            self._server.task_dispatcher.shutdown()
        self._server = None
        self._thread = None


def admin_service(settings: AdminSettings) -> AdminService:
    """The admin for `relance run`, built at start on the ledger the daemon has bound."""
    host, port = settings.admin_listen
    return AdminService(
        lambda: create_app(settings, database=db.obj), host, port, settings.admin_threads
    )
