"""Open the ledger an install's settings name, at the latest schema."""

from __future__ import annotations

import logging

import peewee

from ledger.database import bind, describe
from ledger.migrations import migrate
from relance.settings import Settings

log = logging.getLogger(__name__)


def open_ledger(settings: Settings) -> peewee.Database:
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
