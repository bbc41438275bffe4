"""The outgoing relay named by RELANCE_OUTGOING_SMTP_URL, opened with one TLS policy for both
senders (reminders, acknowledgements): a password never crosses the network in clear.

- `smtps://host:465` — TLS from the first byte;
- `smtp://host:587` — STARTTLS is required, and the relay's certificate is verified;
- `smtp+insecure://host:25` — no TLS at all: only for a relay on this machine or in a test.
"""

from __future__ import annotations

import functools
import os
import smtplib
import ssl
from urllib.parse import unquote, urlsplit

SCHEMES = ("smtp", "smtps", "smtp+insecure")


class RelayRefused(smtplib.SMTPException):
    """The relay cannot be used safely; the message names it by host and port only."""


def relay_name(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port or _default_port(parts.scheme)}"


def open_relay(url: str, timeout: float = 30.0) -> smtplib.SMTP:
    """A client connected to the relay, over TLS unless the URL says insecure, logged in when
    the URL holds a user; the caller closes it (it is a context manager)."""
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES:
        raise RelayRefused(f"relay {relay_name(url)}: use smtps://, smtp:// or smtp+insecure://")
    host, port = parts.hostname or "localhost", parts.port or _default_port(parts.scheme)
    if parts.scheme == "smtps":
        client: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout, context=_context())
    else:
        client = smtplib.SMTP(host, port, timeout=timeout)
    try:
        client.ehlo()
        if parts.scheme == "smtp":
            if not client.has_extn("starttls"):
                raise RelayRefused(
                    f"relay {host}:{port} offers no STARTTLS, so nothing was sent (the password "
                    "would have gone in clear): use smtps://, or smtp+insecure:// for a relay on "
                    "this machine"
                )
            client.starttls(context=_context())
            client.ehlo()
        if parts.username:
            client.login(unquote(parts.username), unquote(parts.password or ""))
    except BaseException:
        client.close()
        raise
    return client


def _context() -> ssl.SSLContext:
    # Loading the system's certificates costs tens of milliseconds: once per trust store.
    return _context_for(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@functools.cache
def _context_for(cafile: str | None, capath: str | None) -> ssl.SSLContext:
    return ssl.create_default_context()


def _default_port(scheme: str) -> int:
    return 465 if scheme == "smtps" else 25
