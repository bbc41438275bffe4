"""What the admin needs from an install's settings (relance.settings.Settings fits it)."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from ledger.storage import BlobStore


class AdminSettings(Protocol):
    database_url: str
    rules: Path
    admin_base_url: str
    admin_listen: tuple[str, int]
    admin_threads: int
    # Only read to say on the dashboard which channels cannot send.
    outgoing_smtp_url: str | None
    sms_url: str | None
    review_threshold: float

    def session_secret(self) -> str: ...

    def blob_store(self) -> BlobStore: ...


def is_loopback_http(base_url: str) -> bool:
    """Plain http on this machine only: the one case a Secure cookie is not required."""
    parts = urlsplit(base_url)
    if parts.scheme != "http":
        return False
    host = parts.hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
