"""The SMTP receiver: a thin aiosmtpd handler that checks, spools durably, then says 250.

Anything failing on our side answers 451 so the sending server retries; 550 and 553 are kept
for what retrying cannot fix (a wrong recipient, a sender no creditor allows, an address that
is not one). The session's limits and the spooling of DATA live in `smtp_server`.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from ingest.answers import plus_token
from ingest.mime import envelope_address
from ingest.smtp_server import LimitedSMTP, Occupancy, ReceiverLimits, Refusal
from ingest.spool import Spool, SpoolWriter
from ledger.creditors import creditor_for_sender
from ledger.models import db
from ledger.replies import token_is_known

log = logging.getLogger(__name__)
# aiosmtpd logs every SMTP command at INFO; our own log says what matters.
logging.getLogger("mail.log").setLevel(logging.WARNING)


def sender_allowed(address: str) -> bool:
    """Whether some creditor accepts mail from `address` (its own DB connection)."""
    if not address or "@" not in address:
        return False
    with db.connection_context():
        return creditor_for_sender(address) is not None


def reminder_token_known(token: str) -> bool:
    """Whether `token` names a reminder we sent (its own DB connection)."""
    with db.connection_context():
        return token_is_known(token)


class RecentAnswers:
    """`sender_allowed` remembered for a few seconds: a busy sender costs no query per mail,
    and a change to the allowed senders is seen within `ttl` seconds."""

    def __init__(self, check: Callable[[str], bool] = sender_allowed, ttl: float = 5.0) -> None:
        self.check = check
        self.ttl = ttl
        self._answers: dict[str, tuple[bool, float]] = {}

    def __call__(self, address: str) -> bool:
        now = time.monotonic()
        known = self._answers.get(address)
        if known is not None and known[1] > now:
            return known[0]
        allowed = self.check(address)
        if len(self._answers) > 10_000:
            self._answers.clear()
        self._answers[address] = (allowed, now + self.ttl)
        return allowed


@dataclass
class ReceiverHandler:
    inbox: tuple[str, ...]
    spool: Spool
    on_spooled: Callable[[], None] = lambda: None
    is_allowed: Callable[[str], bool] = field(default_factory=RecentAnswers)
    is_reminder_token: Callable[[str], bool] = reminder_token_known

    async def handle_MAIL(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        mail_options: list[str],
    ) -> str:
        unusable = _unusable_address(address, mail_options)
        if unusable:
            return unusable
        sender = envelope_address(address)
        try:
            allowed = await asyncio.get_running_loop().run_in_executor(
                None, self.is_allowed, sender
            )
        except Exception:
            log.exception("could not check sender %r", sender)
            return "451 4.3.0 Temporary failure checking the sender, try again later"
        # An unknown sender (a debtor, a bounce's null sender) may still answer a reminder:
        # the recipient decides, at RCPT.
        envelope.relance_sender_allowed = allowed
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        recipient = envelope_address(address)
        token = plus_token(recipient, self.inbox)
        if recipient not in self.inbox and token is None:
            return f"550 5.1.1 <{_shown(address)}>: no such mailbox here"
        if not getattr(envelope, "relance_sender_allowed", False):
            try:
                answering = token is not None and await asyncio.get_running_loop().run_in_executor(
                    None, self.is_reminder_token, token
                )
            except Exception:
                log.exception("could not check the reminder token of %r", recipient)
                return "451 4.3.0 Temporary failure checking the recipient, try again later"
            if not answering:
                sender = envelope_address(envelope.mail_from or "")
                return (
                    f"550 5.7.1 Sender <{_shown(sender)}> is not allowed to send invoices here: "
                    "ask the Relance administrator to add it to the creditor's allowed senders"
                )
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        """The mail is already in a spool file (LimitedSMTP wrote it as it came): make it
        durable and visible, then promise it."""
        writer: SpoolWriter = envelope.relance_spooled  # type: ignore[attr-defined]
        try:
            path = await asyncio.get_running_loop().run_in_executor(None, writer.commit)
        except Exception:
            writer.abort()
            log.exception("could not spool a mail from %r", envelope.mail_from)
            return "451 4.3.0 Temporary local failure storing the message, try again later"
        self.on_spooled()
        return f"250 2.0.0 Queued as {path.stem}"


def _unusable_address(address: str, mail_options: list[str]) -> str:
    """The 553 for an address no retry will mend: bytes that are not UTF-8 (aiosmtpd keeps them
    as surrogates), or non-ASCII without SMTPUTF8 (RFC 6531 § 3.5)."""
    try:
        address.encode("utf-8")
    except UnicodeEncodeError:
        return "553 5.1.7 The sender address is not valid UTF-8"
    if not address.isascii() and "SMTPUTF8" not in (o.upper() for o in mail_options):
        return "553 5.6.7 A non-ASCII address needs the SMTPUTF8 extension"
    return ""


def _shown(address: str) -> str:
    """An address fit to echo in an answer (bounded, no undecodable bytes)."""
    return address.encode("utf-8", "replace").decode("utf-8")[:100]


@dataclass(frozen=True)
class SmtpOptions:
    host: str
    port: int
    max_size: int
    tls_cert: str = ""
    tls_key: str = ""
    auth_user: str = ""
    auth_password: str = ""
    limits: ReceiverLimits = field(default_factory=ReceiverLimits)


class _Authenticator:
    def __init__(self, user: str, password: str) -> None:
        self.user = user.encode()
        self.password = password.encode()

    def __call__(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: object
    ) -> AuthResult:
        ok = (
            isinstance(data, LoginPassword)
            and data.login == self.user
            and data.password == self.password
        )
        return AuthResult(success=ok, handled=False)


class LimitedController(Controller):
    """aiosmtpd's controller serving LimitedSMTP sessions that share one Occupancy."""

    def __init__(
        self,
        handler: ReceiverHandler,
        limits: ReceiverLimits,
        on_refused: Callable[[Refusal], None],
        **kwargs: object,
    ) -> None:
        super().__init__(handler, **kwargs)  # type: ignore[arg-type]
        self.occupancy = Occupancy(limits)
        self.on_refused = on_refused

    def factory(self) -> SMTP:
        return LimitedSMTP(
            self.handler,
            spool=self.handler.spool,
            occupancy=self.occupancy,
            on_refused=self.on_refused,
            **self.SMTP_kwargs,
        )


def build_controller(
    handler: ReceiverHandler,
    options: SmtpOptions,
    on_refused: Callable[[Refusal], None] = lambda _refusal: None,
) -> Controller:
    """An aiosmtpd controller for `handler`: limits, SIZE, and STARTTLS/AUTH when configured."""
    extra: dict[str, object] = {}
    if options.tls_cert and options.tls_key:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(options.tls_cert, options.tls_key)
        extra["tls_context"] = context
    if options.auth_user:
        extra["authenticator"] = _Authenticator(options.auth_user, options.auth_password)
        extra["auth_required"] = True
        extra["auth_require_tls"] = "tls_context" in extra
    return LimitedController(
        handler,
        options.limits,
        on_refused,
        hostname=options.host,
        port=options.port,
        data_size_limit=options.max_size,
        decode_data=False,
        enable_SMTPUTF8=True,
        ident="Relance",
        **extra,
    )
