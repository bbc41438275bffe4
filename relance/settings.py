"""How this install runs: typed settings from RELANCE_* environment variables and `.env`.

What the business decides (creditors, ladders) lives in rules.yaml instead.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from dotenv import dotenv_values

from ledger.relay import SCHEMES as RELAY_SCHEMES
from ledger.storage import BlobStore, S3Options, open_store
from ledger.storage.files import FileStore

MIN_SECRET_KEY = 32


class SettingsError(Exception):
    """A setting refused; the value shown has its secrets masked (it may be a URL with a
    password, or the secret itself)."""

    def __init__(self, name: str, value: str, message: str, *, secret: bool = False) -> None:
        shown = "***" if secret and "://" not in value else mask_url(value)
        super().__init__(f"{name}={shown!r}: {message}")
        self.name = name


def _listen(name: str, value: str) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    if value.lower() == "off" and name == "RELANCE_SMTP_LISTEN":
        return ("", 0)
    if not sep or not host:
        raise SettingsError(name, value, "expected HOST:PORT, e.g. 127.0.0.1:2525")
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise SettingsError(name, value, f"port {port!r} is not a number between 1 and 65535")
    return host.strip("[]"), int(port)


def _url(*schemes: str) -> Callable[[str, str], str | None]:
    def parse(name: str, value: str) -> str | None:
        if not value:
            return None
        parts = urlsplit(value)
        if parts.scheme not in schemes:
            raise SettingsError(name, value, f"the scheme must be one of {', '.join(schemes)}")
        if parts.scheme != "sqlite" and not parts.hostname:
            raise SettingsError(name, value, "the URL names no host")
        try:
            parts.port  # noqa: B018 - raises ValueError on a bad port
        except ValueError:
            raise SettingsError(name, value, "the port is not a number") from None
        return value

    return parse


def _storage_url(name: str, value: str) -> str:
    parts = urlsplit(value)
    if not value:
        return ""
    if parts.scheme == "s3" and parts.netloc:
        return value
    if parts.scheme == "file" and (parts.netloc or parts.path):
        return value
    raise SettingsError(name, value, "expected file:///path/to/folder or s3://bucket/prefix")


def _positive_int(name: str, value: str) -> int:
    if not value.isdigit() or int(value) <= 0:
        raise SettingsError(name, value, "expected a positive whole number")
    return int(value)


def _fraction(name: str, value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise SettingsError(name, value, "expected a number between 0 and 1, e.g. 0.6")
    return number


def _bool(name: str, value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off", ""):
        return False
    raise SettingsError(name, value, "expected true or false")


def _addresses(name: str, value: str) -> tuple[str, ...]:
    found = tuple(a.strip().lower() for a in value.split(",") if a.strip())
    if not found or any("@" not in a for a in found):
        raise SettingsError(name, value, "expected one or more addresses separated by commas")
    return found


def _names(name: str, value: str) -> tuple[str, ...]:
    found = tuple(n.strip().lower() for n in value.split(",") if n.strip())
    if any(not re.fullmatch(r"[a-z0-9.-]+", n) for n in found):
        raise SettingsError(name, value, "expected host names separated by commas")
    return found


def _hhmm(name: str, value: str) -> str:
    hours, sep, minutes = value.partition(":")
    ok = sep and hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60
    if not ok:
        raise SettingsError(name, value, "expected a time of day as HH:MM")
    return f"{int(hours):02d}:{int(minutes):02d}"


def _text(name: str, value: str) -> str:
    return value


def _secret_key(name: str, value: str) -> str:
    if value and (len(value) < MIN_SECRET_KEY or len(set(value)) < 8):
        raise SettingsError(
            name,
            value,
            f"too weak to sign sessions: use {MIN_SECRET_KEY} random characters or more "
            "(python -c 'import secrets; print(secrets.token_urlsafe(48))'), or leave it empty",
            secret=True,
        )
    return value


@dataclass(frozen=True)
class Spec:
    name: str
    default: str
    help: str
    parse: Callable[[str, str], Any] = _text
    secret: bool = False


SPECS: tuple[Spec, ...] = (
    Spec(
        "database_url",
        "sqlite:///var/relance.db",
        "SQLite file or PostgreSQL server",
        _url("sqlite", "postgresql", "postgres"),
        secret=True,
    ),
    Spec("data_dir", "var", "spool, stored documents, letters and dossiers", lambda n, v: Path(v)),
    Spec(
        "storage_url",
        "",
        "where documents, letters and dossiers are kept: file:///folder or s3://bucket/prefix; "
        "empty = DATA_DIR/documents",
        _storage_url,
    ),
    Spec("s3_endpoint_url", "", "the S3 server; empty = AWS", _url("http", "https")),
    Spec("s3_region", "", "the bucket's region; empty = boto3's default"),
    Spec("s3_access_key_id", "", "S3 access key; empty = boto3's usual sources (AWS_*)"),
    Spec("s3_secret_access_key", "", "S3 secret key", secret=True),
    Spec("rules", "rules.yaml", "the business rules file", lambda n, v: Path(v)),
    Spec(
        "inbox_address", "factures@relance.localhost", "addresses invoices are sent to", _addresses
    ),
    Spec(
        "smtp_listen",
        "127.0.0.1:2525",
        "where the SMTP receiver listens; off = no receiver",
        _listen,
    ),
    Spec("smtp_max_size", "26214400", "largest inbound mail in bytes", _positive_int),
    Spec("smtp_tls_cert", "", "certificate file for STARTTLS on the receiver; empty = no TLS"),
    Spec("smtp_tls_key", "", "private key file for STARTTLS on the receiver"),
    Spec("smtp_auth_user", "", "login senders must give (AUTH); empty = no AUTH"),
    Spec("smtp_auth_password", "", "password for RELANCE_SMTP_AUTH_USER", secret=True),
    Spec(
        "trusted_authserv_id",
        "",
        "the mailbox server's authserv-id(s): senders must pass its SPF/DKIM/DMARC checks",
        _names,
    ),
    Spec(
        "imap_url",
        "",
        "imaps://user:pass@host/INBOX; empty = no IMAP watcher",
        _url("imap", "imaps"),
        secret=True,
    ),
    Spec(
        "outgoing_smtp_url",
        "",
        "relay for outgoing mail: smtps:// or smtp:// (STARTTLS required), "
        "smtp+insecure:// only on this machine",
        _url(*RELAY_SCHEMES),
        secret=True,
    ),
    Spec("admin_listen", "127.0.0.1:8080", "where the admin web UI listens", _listen),
    Spec(
        "admin_base_url",
        "http://127.0.0.1:8080",
        "the admin's address, for links in mails",
        _url("http", "https"),
    ),
    Spec(
        "admin_threads",
        "8",
        "web threads of the admin (static files are cached, so a few serve many people)",
        _positive_int,
    ),
    Spec(
        "secret_key",
        "",
        f"signs admin sessions ({MIN_SECRET_KEY}+ characters); empty = generated into DATA_DIR "
        "(SQLite only: on PostgreSQL every node needs the same key)",
        _secret_key,
        secret=True,
    ),
    Spec(
        "attachments_max_size",
        "10485760",
        "largest total of PDFs (invoices, statement) attached to one reminder e-mail, in bytes",
        _positive_int,
    ),
    Spec("sms_url", "", "the SMS provider's HTTP endpoint", _url("http", "https")),
    Spec("sms_token", "", "the SMS provider's API token", secret=True),
    Spec("remind_at", "08:30", "time of the daily reminder pass (calendar timezone)", _hhmm),
    Spec("acknowledge", "true", "reply to creditors with what their mail gave", _bool),
    Spec(
        "review_threshold",
        "0.6",
        "below this parse confidence an invoice waits for a person (0 to 1)",
        _fraction,
    ),
    Spec("log_level", "INFO", "DEBUG, INFO, WARNING or ERROR"),
    Spec("node_name", "", "this node's name in `relance status`; empty = the host name"),
    Spec(
        "takeover_s",
        "15",
        "seconds within which another node takes over what a dead node held",
        _positive_int,
    ),
    Spec(
        "payments_dir",
        "var/payments-in",
        "payments drop folder: one subfolder per creditor slug",
        lambda n, v: Path(v),
    ),
)


@dataclass(frozen=True)
class Settings:
    database_url: str
    data_dir: Path
    storage_url: str
    s3_endpoint_url: str | None
    s3_region: str
    s3_access_key_id: str
    s3_secret_access_key: str
    rules: Path
    inbox_address: tuple[str, ...]
    smtp_listen: tuple[str, int]
    smtp_max_size: int
    smtp_tls_cert: str
    smtp_tls_key: str
    smtp_auth_user: str
    smtp_auth_password: str
    trusted_authserv_id: tuple[str, ...]
    imap_url: str | None
    outgoing_smtp_url: str | None
    admin_listen: tuple[str, int]
    admin_base_url: str
    admin_threads: int
    secret_key: str
    attachments_max_size: int
    sms_url: str | None
    sms_token: str
    remind_at: str
    acknowledge: bool
    review_threshold: float
    log_level: str
    node_name: str
    takeover_s: int
    payments_dir: Path

    @classmethod
    def load(
        cls, environ: Mapping[str, str] | None = None, env_file: Path | None = None
    ) -> Settings:
        """Environment first, then `.env`, then defaults; a bad value raises SettingsError."""
        environ = os.environ if environ is None else environ
        env_file = Path(".env") if env_file is None else env_file
        from_file = (
            {k: v for k, v in dotenv_values(env_file).items() if v is not None}
            if env_file.is_file()
            else {}
        )
        values = {}
        for spec in SPECS:
            var = f"RELANCE_{spec.name.upper()}"
            raw = environ.get(var, from_file.get(var, spec.default))
            values[spec.name] = spec.parse(var, raw.strip())
        if values["log_level"].upper() not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise SettingsError("RELANCE_LOG_LEVEL", values["log_level"], "unknown level")
        if values["trusted_authserv_id"] and values["smtp_listen"][1]:
            raise SettingsError(
                "RELANCE_TRUSTED_AUTHSERV_ID",
                ",".join(values["trusted_authserv_id"]),
                "sender verification works on mail read from IMAP only: over SMTP the client "
                "writes the Authentication-Results itself. Set RELANCE_SMTP_LISTEN=off, or "
                "leave RELANCE_TRUSTED_AUTHSERV_ID empty (see docs/ingest.md)",
            )
        return cls(**values)

    def session_secret(self) -> str:
        """RELANCE_SECRET_KEY, or a random key generated once and kept in DATA_DIR."""
        if self.secret_key:
            return self.secret_key
        path = self.data_dir / "secret_key"
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as out:
                out.write(secrets.token_urlsafe(48))
        return path.read_text().strip()

    def blob_store(self, url: str | None = None) -> BlobStore:
        """The store RELANCE_STORAGE_URL names (or `url`): DATA_DIR/documents by default."""
        url = self.storage_url if url is None else url
        if not url:
            return FileStore(self.data_dir / "documents")
        options = S3Options(
            endpoint_url=self.s3_endpoint_url or "",
            region=self.s3_region,
            access_key_id=self.s3_access_key_id,
            secret_access_key=self.s3_secret_access_key,
        )
        return open_store(url, options)

    def describe(self) -> list[tuple[str, str, str]]:
        """(variable, effective value with secrets masked, help) for `relance config`."""
        rows = []
        for spec, f in zip(SPECS, fields(self), strict=True):
            value = getattr(self, f.name)
            shown = _show(value)
            if spec.secret and shown:
                shown = _mask(shown)
            elif "://" in shown:
                shown = mask_url(shown)  # a token may ride in any URL's user or query
            rows.append((f"RELANCE_{spec.name.upper()}", shown, spec.help))
        return rows


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], int):
        return f"{value[0]}:{value[1]}"
    if isinstance(value, tuple):
        return ",".join(value)
    return str(value)


def _mask(value: str) -> str:
    return mask_url(value) if "://" in value else "***"


def mask_url(value: str) -> str:
    """A URL fit to print: its password, a username standing alone (a token), and every
    query value replaced by ***; anything else is returned as it is."""
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - a malformed port raises here too
    except ValueError:
        return value.split("://", 1)[0] + "://***" if "://" in value else value
    if not parts.scheme or not parts.netloc:
        return value
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, host = netloc.rpartition("@")
        user, has_password, _password = userinfo.partition(":")
        netloc = f"{user}:***@{host}" if has_password else f"***@{host}"
    query = parts.query
    if query:
        query = urlencode([(k, "***") for k, _v in parse_qsl(query, keep_blank_values=True)])
        query = query.replace("%2A%2A%2A", "***") or "***"
    return parts._replace(netloc=netloc, query=query).geturl()
