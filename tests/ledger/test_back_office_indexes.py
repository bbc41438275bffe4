from __future__ import annotations

import peewee
import pytest

from ledger.migrations import (
    DEBTOR_BALANCES,
    LATEST,
    PASS_CANDIDATES,
    SALES_PER_CURRENCY,
    SchemaVersion,
    migrate,
)

INDEXED = [
    ("invoice", ["status", "due_date", "amount_due", "debtor_id"]),
    ("invoice", ["status", "currency", "due_date", "amount_due"]),
    ("invoice", ["debtor_id", "currency", "status", "is_credit_note", "due_date", "amount_due"]),
    ("contact_flag", ["resolved_at", "debtor_id", "amount_at_stake"]),
    ("reminder", ["status", "sent_at", "channel"]),
]


def indexed_columns(database: peewee.Database, table: str) -> list[list[str]]:
    return [index.columns for index in database.get_indexes(table)]


def test_a_fresh_ledger_has_the_back_office_indexes(ledger_db: peewee.Database) -> None:
    for table, columns in INDEXED:
        assert columns in indexed_columns(ledger_db, table)


def test_a_version_1_ledger_gains_them_by_migration(ledger_db: peewee.Database) -> None:
    for table, columns in INDEXED:
        for index in ledger_db.get_indexes(table):
            if index.columns == columns:
                ledger_db.execute_sql(f'DROP INDEX "{index.name}"')
    SchemaVersion.delete().where(SchemaVersion.version > 1).execute()
    assert migrate() == LATEST
    for table, columns in INDEXED:
        assert columns in indexed_columns(ledger_db, table)


@pytest.mark.parametrize("columns", [DEBTOR_BALANCES, SALES_PER_CURRENCY, PASS_CANDIDATES])
def test_a_version_9_ledger_gains_the_debtors_list_dso_and_pass_indexes_by_migration(
    ledger_db: peewee.Database, columns: tuple[str, ...]
) -> None:
    for index in ledger_db.get_indexes("invoice"):
        if index.columns == list(columns):
            ledger_db.execute_sql(f'DROP INDEX "{index.name}"')
    SchemaVersion.delete().where(SchemaVersion.version > 9).execute()
    assert migrate() == LATEST
    assert list(columns) in indexed_columns(ledger_db, "invoice")
