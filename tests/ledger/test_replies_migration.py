"""Schema 3 brings reply tokens, unusable e-mail addresses and debtor replies to an older
ledger without touching what it holds."""

from __future__ import annotations

import peewee
from playhouse.migrate import SchemaMigrator
from playhouse.migrate import migrate as run_migrations

from ledger.migrations import LATEST, SchemaVersion, migrate
from ledger.models import Debtor, DebtorReply, Reminder
from tests.factories import make_creditor, make_debtor


def columns(database: peewee.Database, table: str) -> set[str]:
    return {c.name for c in database.get_columns(table)}


def test_a_version_2_ledger_gains_the_reply_columns_and_table(ledger_db: peewee.Database) -> None:
    debtor = make_debtor(make_creditor(), name="Ancien client", email="ancien@client.test")
    migrator = SchemaMigrator.from_database(ledger_db)
    ledger_db.drop_tables([DebtorReply])
    for index in ledger_db.get_indexes("reminder"):
        if index.columns == ["reply_token"]:
            ledger_db.execute_sql(f'DROP INDEX "{index.name}"')
    run_migrations(
        migrator.drop_column("reminder", "reply_token"),
        migrator.drop_column("debtor", "email_unusable"),
        migrator.drop_column("debtor", "email_problem"),
    )
    SchemaVersion.delete().where(SchemaVersion.version > 2).execute()
    assert "reply_token" not in columns(ledger_db, "reminder")

    assert migrate() == LATEST
    assert "reply_token" in columns(ledger_db, "reminder")
    assert {"email_unusable", "email_problem"} <= columns(ledger_db, "debtor")
    assert DebtorReply.table_exists()
    kept = Debtor.get_by_id(debtor.id)
    assert (kept.email, kept.email_unusable, kept.email_problem) == ("ancien@client.test", None, "")
    assert Reminder.select().count() == 0
