"""A local stand-in for an SMS provider's HTTP/JSON API, served from a thread."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.servers.ports import free_port


class FakeSmsProvider:
    def __init__(self, token: str = "secret-token", status: int = 200) -> None:  # noqa: S107
        self.token = token
        self.status = status
        self.received: list[dict] = []
        self.port = free_port()
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length))
                if self.headers.get("Authorization") != f"Bearer {provider.token}":
                    self.send_response(401)
                    self.end_headers()
                    return
                if provider.status != 200:
                    self.send_response(provider.status)
                    self.end_headers()
                    return
                provider.received.append(body)
                answer = json.dumps({"id": f"sms-{len(provider.received)}"}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sms"

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
