"""A real SMTP server on loopback that keeps every message it receives (aiosmtpd)."""

from __future__ import annotations

import email
import email.policy
import ssl
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from functools import cached_property

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope, Session

from tests.servers.ports import free_port, wait_until


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes

    @cached_property
    def message(self) -> EmailMessage:
        """Parsed when a test first looks: a year of reminders is mostly never read back."""
        return email.message_from_bytes(self.raw, policy=email.policy.default)  # type: ignore[return-value]


@dataclass
class SmtpSink:
    port: int = field(default_factory=free_port)
    received: list[Received] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _controller: Controller | None = None

    # STARTTLS offered with this context (a test's own certificate); None = plain SMTP only.
    tls_context: ssl.SSLContext | None = None

    @property
    def url(self) -> str:
        """Plain SMTP on loopback is what Relance accepts only when told: smtp+insecure."""
        if self.tls_context is not None:
            return f"smtp://127.0.0.1:{self.port}"
        return f"smtp+insecure://127.0.0.1:{self.port}"

    async def handle_DATA(self, server: object, session: Session, envelope: Envelope) -> str:
        raw = bytes(envelope.original_content or envelope.content)
        with self._lock:
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), raw))
        return "250 OK"

    def start(self) -> None:
        extra = {"tls_context": self.tls_context} if self.tls_context else {}
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port, **extra)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()

    def messages(self) -> list[EmailMessage]:
        with self._lock:
            return [r.message for r in self.received]

    def wait_for(self, count: int, timeout: float = 10.0) -> list[EmailMessage]:
        wait_until(lambda: len(self.received) >= count, timeout, what=f"{count} message(s)")
        return self.messages()
