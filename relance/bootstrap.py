"""An install's settings, loaded for a command, and the ledger they name at the latest schema."""

from __future__ import annotations

import logging
import os
import socket

import click
import peewee

from ledger.clock import now
from ledger.database import bind, describe, sqlite_path
from ledger.locks import AlreadyRunning, RunLock
from ledger.migrations import migrate
from ledger.storage import bind_store
from relance.settings import Settings, SettingsError

log = logging.getLogger(__name__)


def load_settings() -> Settings:
    """The settings, or one line naming the bad one for the user."""
    try:
        return Settings.load()
    except SettingsError as error:
        raise click.ClickException(f"bad setting {error}") from None


def open_ledger(settings: Settings) -> peewee.Database:
    """The database at the latest schema, and the blob store beside it, both bound."""
    bind_store(settings.blob_store())
    database = bind(settings.database_url)
    with database.connection_context():
        version = migrate()
    log.debug("ledger %s at schema version %d", describe(settings.database_url), version)
    return database


def hold_single_node(settings: Settings) -> RunLock | None:
    """On SQLite, the lock that keeps a second `relance run` off the same database file."""
    path = sqlite_path(settings.database_url)
    if path is None:
        return None
    since = f"{now():%Y-%m-%d %H:%M} UTC"
    lock = RunLock(path, f"pid {os.getpid()} on {socket.gethostname()}, since {since}")
    try:
        lock.acquire()
    except AlreadyRunning as error:
        raise click.ClickException(str(error)) from None
    return lock


def configure_logging(settings: Settings) -> None:
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
