"""Open the database named by a URL and bind the models to it."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import unquote, urlsplit

import peewee

from ledger.errors import DatabaseUrlError
from ledger.models import db

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 30_000,
    "synchronous": "normal",
    "cache_size": -64_000,
}


def open_database(url: str) -> peewee.Database:
    """Build a peewee database for `sqlite:///path` or `postgresql://user:pass@host:port/name`."""
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        path = unquote(parts.path[1:] if parts.path.startswith("/") else parts.path)
        if not path:
            raise DatabaseUrlError(url, "a SQLite URL needs a file path: sqlite:///var/relance.db")
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        return peewee.SqliteDatabase(path, pragmas=SQLITE_PRAGMAS, check_same_thread=False)
    if parts.scheme in ("postgresql", "postgres"):
        name = parts.path.lstrip("/")
        if not name:
            raise DatabaseUrlError(url, "a PostgreSQL URL needs a database name")
        return peewee.PostgresqlDatabase(
            unquote(name),
            user=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            host=parts.hostname or "localhost",
            port=parts.port or 5432,
        )
    raise DatabaseUrlError(url, "use sqlite:///path or postgresql://user:pass@host:port/name")


def sqlite_path(url: str) -> Path | None:
    """The file of a `sqlite:///path` URL; None for another database."""
    parts = urlsplit(url)
    if parts.scheme != "sqlite":
        return None
    return Path(unquote(parts.path[1:] if parts.path.startswith("/") else parts.path))


def bind(url: str) -> peewee.Database:
    """Open the database at `url` and make every model use it."""
    database = open_database(url)
    db.initialize(database)
    return database


def reset_connection() -> None:
    """Forget this thread's connection whatever state an error left it in (a failed write on
    a full disk, say): the next unit of work opens a fresh one instead of reusing it."""
    database = db.obj
    if database is None:
        return
    state = database._state
    conn = state.conn
    state.reset()
    if conn is not None:
        with contextlib.suppress(Exception):
            conn.close()


def describe(url: str) -> str:
    """The URL with any password masked, for logs and `relance config`."""
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return parts._replace(netloc=netloc).geturl()
    return url


def id_list(ids: Sequence[int]) -> peewee.SQL:
    """`ids` as one node for `field.in_(...)` (`ids` not empty). Given a Python list, peewee
    builds a node per value, which costs more than the query itself at thousands of ids."""
    return peewee.SQL("(" + ", ".join([db.param] * len(ids)) + ")", list(ids))
