"""Schema versions: a fresh database gets today's tables; an older one runs what it missed.

Each entry of MIGRATIONS moves a database from version N-1 to N and is never edited once
released. A fresh database is created from the current models and stamped with the latest
version, so migrations only ever run on databases that already hold data.
"""

from __future__ import annotations

from collections.abc import Callable

import peewee
from playhouse.migrate import SchemaMigrator
from playhouse.migrate import migrate as run_migrations

from ledger.clock import now
from ledger.errors import SchemaTooNewError
from ledger.fields import UTCDateTimeField
from ledger.models import MODELS, AdminUser, BaseModel, LoginThrottle, db


class SchemaVersion(BaseModel):
    version = peewee.IntegerField(primary_key=True)
    description = peewee.CharField(max_length=200)
    applied_at = UTCDateTimeField(default=now)


Migration = Callable[[peewee.Database], None]


# (version, description, forward step). Version 1 is the initial schema.
def _back_office_indexes(database: peewee.Database) -> None:
    migrator = SchemaMigrator.from_database(database)
    run_migrations(
        migrator.add_index("invoice", ("status", "due_date", "amount_due", "debtor_id"), False),
        migrator.add_index("contact_flag", ("resolved_at", "debtor_id", "amount_at_stake"), False),
        migrator.add_index("reminder", ("status", "sent_at", "channel"), False),
    )


def _login_safety(database: peewee.Database) -> None:
    if "session_version" not in {c.name for c in database.get_columns("admin_user")}:
        migrator = SchemaMigrator.from_database(database)
        run_migrations(
            migrator.add_column("admin_user", "session_version", AdminUser.session_version),
        )
    database.create_tables([LoginThrottle], safe=True)


MIGRATIONS: list[tuple[int, str, Migration | None]] = [
    (1, "initial schema", None),
    (
        2,
        "indexes for the back office's dashboard, overdue filters, worklist and phone tasks",
        _back_office_indexes,
    ),
    (3, "admin sessions ended server-side; login throttle shared by every node", _login_safety),
]

LATEST = MIGRATIONS[-1][0]


def current_version() -> int:
    if not SchemaVersion.table_exists():
        return 0
    return SchemaVersion.select(peewee.fn.MAX(SchemaVersion.version)).scalar() or 0


def migrate() -> int:
    """Bring the bound database to the latest schema; return the version it is at."""
    with db.atomic():
        found = current_version()
        if found > LATEST:
            raise SchemaTooNewError(found, LATEST)
        if found == 0:
            db.create_tables([SchemaVersion, *MODELS])
            SchemaVersion.insert_many(
                [{"version": v, "description": d} for v, d, _ in MIGRATIONS]
            ).execute()
            return LATEST
        for version, description, step in MIGRATIONS:
            if version <= found:
                continue
            if step is not None:
                step(db.obj)
            SchemaVersion.create(version=version, description=description)
    return LATEST
