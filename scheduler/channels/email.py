"""Email through the configured SMTP relay, with a handoff recorded before the final dot.

smtplib's sendmail() sends the body and its terminating dot in one go. We send the body
first, then call `on_handoff` (which commits the Message-ID), then the dot: a crash before
the dot leaves no mail at the relay (an unfinished DATA is discarded) and the reminder is
retried; a crash after the handoff is settled as sent-unconfirmed and never sent twice.
"""

from __future__ import annotations

import re
import smtplib
import socket
from collections.abc import Callable, Sequence
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr, formatdate, make_msgid, parseaddr

from ledger.relay import open_relay, relay_name
from scheduler.errors import ChannelError

_LEADING_DOT = re.compile(rb"(?m)^\.")


def build_message(
    *,
    sender_name: str,
    sender_address: str,
    reply_to: str | None,
    to: str,
    subject: str,
    text: str,
    html: str,
    message_id: str | None = None,
    images: Sequence[tuple[str, bytes]] = (),
    attachments: Sequence[tuple[str, bytes]] = (),
) -> EmailMessage:
    """A text + HTML mail; `images` are (Content-ID, PNG) shown by the HTML as cid:…,
    `attachments` are (filename, PDF)."""
    message = EmailMessage()
    message["From"] = formataddr((_one_line(sender_name)[:100], sender_address))
    message["To"] = to
    if reply_to:
        message["Reply-To"] = reply_to
    message["Subject"] = _one_line(subject)[:250]
    message["Date"] = formatdate(localtime=False, usegmt=True)
    message["Message-ID"] = message_id or make_msgid(
        domain=sender_address.rpartition("@")[2] or "localhost"
    )
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    if images:
        html_part = message.get_body(("html",))
        assert html_part is not None
        for cid, png in images:
            html_part.add_related(png, "image", "png", cid=f"<{cid}>", filename=f"{cid}.png")
    for filename, data in attachments:
        message.add_attachment(data, "application", "pdf", filename=filename)
    return message


def _one_line(value: str) -> str:
    return " ".join(value.split())


def send(
    smtp_url: str | None,
    message: EmailMessage,
    on_handoff: Callable[[], None],
    timeout: float = 30.0,
    envelope_sender: str | None = None,
) -> None:
    """Deliver `message` to the relay; ChannelError when the relay refuses or is unreachable.
    Bounces go to `envelope_sender` (the From address when None)."""
    if not smtp_url:
        raise ChannelError("no outgoing SMTP relay configured (RELANCE_OUTGOING_SMTP_URL)")
    sender = envelope_sender or parseaddr(message["From"])[1]
    recipients = [message["To"]]
    try:
        with open_relay(smtp_url, timeout) as smtp:
            # The body and the final dot go as two writes: without this, Nagle's algorithm
            # and the relay's delayed ACK hold the dot back ~40 ms per message.
            smtp.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            _transaction(smtp, sender, recipients, message.as_bytes(policy=SMTP), on_handoff)
    except (OSError, smtplib.SMTPException) as error:
        raise ChannelError(f"SMTP relay {relay_name(smtp_url)}: {error}") from error


def _transaction(
    smtp: smtplib.SMTP,
    sender: str,
    recipients: list[str],
    body: bytes,
    on_handoff: Callable[[], None],
) -> None:
    code, reply = smtp.mail(sender)
    if code != 250:
        raise ChannelError(f"sender refused: {code} {reply!r}")
    for recipient in recipients:
        code, reply = smtp.rcpt(recipient)
        if code not in (250, 251):
            raise ChannelError(f"recipient {recipient} refused: {code} {reply!r}")
    smtp.putcmd("data")
    code, reply = smtp.getreply()
    if code != 354:
        raise ChannelError(f"DATA refused: {code} {reply!r}")
    quoted = _LEADING_DOT.sub(b"..", body)
    if not quoted.endswith(b"\r\n"):
        quoted += b"\r\n"
    smtp.send(quoted)
    on_handoff()
    smtp.send(b".\r\n")
    code, reply = smtp.getreply()
    if code != 250:
        raise ChannelError(f"message refused: {code} {reply!r}")
