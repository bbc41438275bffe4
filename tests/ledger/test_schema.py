from __future__ import annotations

import datetime as dt
from decimal import Decimal

import peewee
import pytest

from ledger.clock import now
from ledger.errors import SchemaTooNewError
from ledger.migrations import LATEST, SchemaVersion, current_version, migrate
from ledger.models import Creditor, Invoice
from tests.factories import make_creditor, make_debtor, make_invoice


def test_a_fresh_database_is_at_the_latest_schema_version(ledger_db: peewee.Database) -> None:
    assert current_version() == LATEST
    assert set(ledger_db.get_tables()) >= {"creditor", "debtor", "invoice", "reminder"}


def test_migrating_twice_changes_nothing(ledger_db: peewee.Database) -> None:
    make_creditor(slug="keep-me")
    assert migrate() == LATEST
    assert Creditor.get(Creditor.slug == "keep-me")
    assert SchemaVersion.select().count() == LATEST


def test_it_refuses_a_database_from_a_newer_relance(ledger_db: peewee.Database) -> None:
    SchemaVersion.create(version=LATEST + 1, description="from the future")
    with pytest.raises(SchemaTooNewError, match="upgrade Relance"):
        migrate()


def test_money_comes_back_as_exact_decimals(ledger_db: peewee.Database) -> None:
    invoice = make_invoice(make_debtor(make_creditor()), total="1234.56")
    invoice.amount_due = Decimal("0.1") + Decimal("0.2")
    invoice.save()
    again = Invoice.get_by_id(invoice.id)
    assert again.total == Decimal("1234.56")
    assert again.amount_due == Decimal("0.30")
    assert isinstance(again.issue_date, dt.date)


def test_timestamps_are_timezone_aware_utc(ledger_db: peewee.Database) -> None:
    creditor = make_creditor()
    again = Creditor.get_by_id(creditor.id)
    assert again.created_at.tzinfo is not None
    assert again.created_at.utcoffset() == dt.timedelta(0)
    assert abs(again.created_at - now()) < dt.timedelta(minutes=1)


def test_a_naive_datetime_is_refused(ledger_db: peewee.Database) -> None:
    with pytest.raises(ValueError, match="naive datetime"):
        make_creditor(created_at=dt.datetime(2026, 1, 1))


def test_an_invoice_number_is_unique_per_creditor(ledger_db: peewee.Database) -> None:
    first, second = make_creditor(), make_creditor()
    make_invoice(make_debtor(first), number="F-1")
    make_invoice(make_debtor(second), number="F-1")
    with pytest.raises(peewee.IntegrityError), ledger_db.atomic():
        make_invoice(make_debtor(first), number="F-1")
