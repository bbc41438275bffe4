"""aiosmtpd's SMTP session with the limits a mailbox open to the network needs.

- connections: at most `max_connections` at once and `max_per_address` from one address
  (`421 4.7.0`, then the connection is closed); an idle session is closed after `idle_timeout`;
- recipients: at most `max_recipients` RCPT commands per mail (`452 4.5.3`);
- DATA: at most `max_receiving` mails arriving at once (`452 4.3.1`, the sender retries), each
  written to a spool file line by line as it arrives, so a mail is never held whole in memory;
- every 4xx/5xx answer is handed to `on_refused` (envelope and reason, never the body).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope

from ingest.spool import Spool, SpoolWriter

log = logging.getLogger(__name__)
_BRACKETED = re.compile(r"<([^>]*)>")


@dataclass(frozen=True)
class ReceiverLimits:
    max_connections: int = 100
    max_per_address: int = 10
    max_recipients: int = 20
    max_receiving: int = 16
    idle_timeout: float = 60.0


@dataclass(frozen=True)
class Refusal:
    """An SMTP answer that refused something: who asked, for whom, and what we said."""

    address: str
    mail_from: str
    rcpt_tos: tuple[str, ...]
    answer: str


@dataclass
class Occupancy:
    """Connections and DATA transfers in progress; touched only from the event loop."""

    limits: ReceiverLimits
    connections: Counter[str] = field(default_factory=Counter)
    receiving: int = 0

    def admit(self, address: str) -> str:
        """'' when a new connection from `address` fits, else the 421 answer."""
        if sum(self.connections.values()) >= self.limits.max_connections:
            return "421 4.7.0 Too many connections, try again later"
        if self.connections[address] >= self.limits.max_per_address:
            return "421 4.7.0 Too many connections from your address, try again later"
        self.connections[address] += 1
        return ""

    def leave(self, address: str) -> None:
        self.connections[address] -= 1
        if self.connections[address] <= 0:
            del self.connections[address]


class LimitedSMTP(SMTP):
    """One SMTP session: the handler's hooks, within the limits of `occupancy`."""

    def __init__(
        self,
        handler: Any,
        *,
        spool: Spool,
        occupancy: Occupancy,
        on_refused: Callable[[Refusal], None],
        **kwargs: Any,
    ) -> None:
        super().__init__(handler, timeout=occupancy.limits.idle_timeout, **kwargs)
        self.spool = spool
        self.occupancy = occupancy
        self.on_refused = on_refused
        self._address = ""
        self._admitted = False
        self._turned_away = ""
        # The address a MAIL or RCPT being answered named (refused ones never reach the envelope).
        self._asked_from = ""
        self._asked_to = ""

    # -- connections -----------------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        first = self.transport is None
        super().connection_made(transport)
        if not first:
            return  # the same session after STARTTLS: already counted
        peer = transport.get_extra_info("peername")
        self._address = str(peer[0]) if peer else "unknown"
        self._turned_away = self.occupancy.admit(self._address)
        self._admitted = not self._turned_away

    def connection_lost(self, error: Exception | None) -> None:
        if self._admitted:
            self._admitted = False
            self.occupancy.leave(self._address)
        super().connection_lost(error)

    async def _handle_client(self) -> None:
        if self._turned_away:
            await self.push(self._turned_away)
            if self.transport is not None:
                self.transport.close()
            return
        await super()._handle_client()

    def _timeout_cb(self) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(b"421 4.4.2 Idle for too long, closing the connection\r\n")
        super()._timeout_cb()

    # -- answers ---------------------------------------------------------------------------
    async def push(self, status: str | bytes) -> None:
        text = status.decode("utf-8", "replace") if isinstance(status, bytes) else status
        if text[:1] in ("4", "5"):
            envelope = self.envelope or Envelope()
            rcpt_tos = [_text(r) for r in envelope.rcpt_tos]
            if self._asked_to and self._asked_to not in rcpt_tos:
                rcpt_tos.append(self._asked_to)
            self.on_refused(
                Refusal(
                    address=self._address,
                    mail_from=_text(envelope.mail_from) or self._asked_from,
                    rcpt_tos=tuple(rcpt_tos),
                    answer=text[:300],
                )
            )
        await super().push(status)

    async def smtp_MAIL(self, arg: str) -> None:
        self._asked_from, self._asked_to = _bracketed(arg), ""
        await super().smtp_MAIL(arg)
        self._asked_from = ""

    async def smtp_RCPT(self, arg: str) -> None:
        if self.envelope is not None and self._rcpt_count() >= self.occupancy.limits.max_recipients:
            await self.push("452 4.5.3 Too many recipients for one mail")
            return
        self._count_rcpt()
        self._asked_to = _bracketed(arg)
        await super().smtp_RCPT(arg)
        self._asked_to = ""

    def _rcpt_count(self) -> int:
        return getattr(self.envelope, "relance_rcpt_count", 0)

    def _count_rcpt(self) -> None:
        if self.envelope is not None:
            self.envelope.relance_rcpt_count = self._rcpt_count() + 1  # type: ignore[attr-defined]

    # -- DATA, spooled as it arrives -------------------------------------------------------
    async def smtp_DATA(self, arg: str) -> None:
        if await self.check_helo_needed() or await self.check_auth_needed("DATA"):
            return
        assert self.envelope is not None
        if not self.envelope.rcpt_tos:
            await self.push("503 Error: need RCPT command")
            return
        if arg:
            await self.push("501 Syntax: DATA")
            return
        if self.occupancy.receiving >= self.occupancy.limits.max_receiving:
            await self.push("452 4.3.1 Too many mails arriving at once, try again later")
            return
        self.occupancy.receiving += 1
        try:
            await self._receive()
        finally:
            self.occupancy.receiving -= 1

    async def _receive(self) -> None:
        assert self.envelope is not None
        try:
            writer = self.spool.begin(_text(self.envelope.mail_from))
        except OSError:
            log.exception("could not open a spool file")
            await self.push("451 4.3.0 Temporary local failure storing the message")
            return
        try:
            problem = await self._read_data(writer)
        except BaseException:
            writer.abort()
            raise
        if problem:
            writer.abort()
            await self.push(problem)
            self._set_post_data_state()
            return
        self.envelope.relance_spooled = writer  # type: ignore[attr-defined]
        status = await self._call_handler_hook("DATA")
        self._set_post_data_state()
        await self.push(status)

    async def _read_data(self, writer: SpoolWriter) -> str:
        """Read the data up to the lone dot into `writer`; the refusal to answer, or ''."""
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        limit = self.data_size_limit
        problem = ""
        while self.transport is not None:
            try:
                line = await self._reader.readuntil(b"\r\n")
            except asyncio.LimitOverrunError as overrun:
                # A line past the stream limit (a mail written with bare LF ends, say): read
                # on to the end of the data before answering, as RFC 5321 § 4.2.5 implies.
                await self._reader.read(overrun.consumed)
                problem = problem or "500 5.5.2 Line too long (see RFC 5321 4.5.3.1.6)"
                continue
            if line == b".\r\n":
                break
            if problem:
                continue
            if line.startswith(b"."):
                line = line[1:]
            if limit and writer.size + len(line) > limit:
                problem = "552 5.3.4 Too much mail data"
                continue
            try:
                writer.write(line)
            except OSError:
                log.exception("could not write a spool file")
                problem = "451 4.3.0 Temporary local failure storing the message"
        return problem


def _bracketed(arg: str | None) -> str:
    found = _BRACKETED.search(arg or "")
    return _text(found.group(1) if found else "")[:254]


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    # aiosmtpd keeps undecodable bytes as surrogates: never let them reach a log or the ledger.
    return str(value or "").encode("utf-8", "replace").decode("utf-8")
