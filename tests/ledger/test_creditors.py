from __future__ import annotations

import datetime as dt

import peewee
import pytest
from playhouse.migrate import SchemaMigrator
from playhouse.migrate import migrate as run_migrations

from ledger.creditors import (
    CreditorFacts,
    creditor_for_sender,
    set_month_end_reading,
    upsert_creditors,
)
from ledger.errors import UnknownMonthEndReading
from ledger.migrations import LATEST, SchemaVersion, migrate
from ledger.models import Creditor, Invoice, InvoiceStatus, MonthEndReading
from tests.factories import make_creditor, make_debtor, make_invoice


def test_declared_creditors_are_created_then_updated_in_place(ledger_db: peewee.Database) -> None:
    upsert_creditors([CreditorFacts(slug="soins", name="Soins à domicile")])
    upsert_creditors([CreditorFacts(slug="soins", name="Soins SARL", default_ladder="standard")])
    creditor = Creditor.get(Creditor.slug == "soins")
    assert (creditor.name, creditor.default_ladder) == ("Soins SARL", "standard")
    assert Creditor.select().count() == 1


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        ("compta@soins.fr", "soins"),
        ("COMPTA@Soins.FR", "soins"),
        ("boss@tutorat.fr", "tutorat"),
        ("anyone@tutorat.fr", "tutorat-domain"),
        ("compta@soins.fr.evil.com", None),
        ("eve@example.org", None),
    ],
)
def test_only_allowed_senders_find_a_creditor(
    ledger_db: peewee.Database, sender: str, expected: str | None
) -> None:
    upsert_creditors(
        [
            CreditorFacts(slug="soins", name="Soins", allowed_senders=("compta@soins.fr",)),
            CreditorFacts(slug="tutorat-domain", name="Tutorat", allowed_senders=("@tutorat.fr",)),
            CreditorFacts(
                slug="tutorat", name="Tutorat (patron)", allowed_senders=("boss@tutorat.fr",)
            ),
        ]
    )
    found = creditor_for_sender(sender)
    assert (found.slug if found else None) == expected


def test_a_reload_of_the_rules_keeps_the_reading_staff_chose(ledger_db: peewee.Database) -> None:
    upsert_creditors([CreditorFacts(slug="soins", name="Soins")])
    Creditor.update(month_end_reading=MonthEndReading.MONTH_END_THEN_DAYS).execute()
    upsert_creditors([CreditorFacts(slug="soins", name="Soins SARL")])
    creditor = Creditor.get(Creditor.slug == "soins")
    assert creditor.month_end_reading == MonthEndReading.MONTH_END_THEN_DAYS


def test_a_version_14_ledger_gains_the_reading_with_the_documented_default(
    ledger_db: peewee.Database,
) -> None:
    upsert_creditors([CreditorFacts(slug="soins", name="Soins")])
    run_migrations(
        SchemaMigrator.from_database(ledger_db).drop_column("creditor", "month_end_reading")
    )
    SchemaVersion.delete().where(SchemaVersion.version > 14).execute()
    assert migrate() == LATEST
    creditor = Creditor.get(Creditor.slug == "soins")
    assert creditor.month_end_reading == MonthEndReading.DAYS_THEN_MONTH_END


def test_setting_the_reading_counts_the_open_invoices_that_keep_their_date(
    ledger_db: peewee.Database,
) -> None:
    creditor = make_creditor()
    debtor = make_debtor(creditor)
    make_invoice(debtor, due_date=dt.date(2026, 12, 31))
    make_invoice(debtor, status=InvoiceStatus.PAID)
    assert set_month_end_reading(creditor, MonthEndReading.MONTH_END_THEN_DAYS) == 1
    assert Creditor.get_by_id(creditor.id).month_end_reading == MonthEndReading.MONTH_END_THEN_DAYS
    assert Invoice.get(Invoice.status == InvoiceStatus.OPEN).due_date == dt.date(2026, 12, 31)


def test_an_unknown_reading_is_refused_by_name(ledger_db: peewee.Database) -> None:
    creditor = make_creditor()
    with pytest.raises(UnknownMonthEndReading, match="'fin de mois'"):
        set_month_end_reading(creditor, "fin de mois")
    assert Creditor.get_by_id(creditor.id).month_end_reading == MonthEndReading.DAYS_THEN_MONTH_END
