"""An install's settings, loaded for a command, and the ledger they name at the latest schema."""

from __future__ import annotations

import logging

import click
import peewee

from ledger.database import bind, describe
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


def configure_logging(settings: Settings) -> None:
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
