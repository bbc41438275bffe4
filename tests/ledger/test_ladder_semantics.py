"""Issue 11 in the ledger: approvals, lapsed promises, and the migration to schema 3."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import peewee
import pytest

from ledger.approvals import ApprovalError, approve, reject
from ledger.followup import lapse_promises
from ledger.migrations import LATEST, SchemaVersion, migrate
from ledger.models import Debtor, DebtorNote, Invoice, Reminder, ReminderStatus
from tests.factories import make_creditor, make_debtor, make_invoice


def waiting(debtor: Debtor) -> Reminder:
    return Reminder.create(
        creditor=debtor.creditor,
        debtor=debtor,
        key=f"{debtor.id}:notice",
        ladder="standard",
        step_id="notice",
        channel="registered_letter",
        due_on=dt.date(2026, 12, 7),
        status=ReminderStatus.AWAITING_APPROVAL,
    )


def test_an_approved_step_becomes_pending_and_the_timeline_says_who(ledger_db) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor())
    reminder = approve(waiting(debtor).id, by="claire")
    assert (reminder.status, reminder.decided_by) == (ReminderStatus.PENDING, "claire")
    assert DebtorNote.get().text == "approved: notice (registered_letter)"
    with pytest.raises(ApprovalError, match="not waiting for approval"):
        approve(reminder.id, by="claire")


def test_a_rejection_needs_a_reason_and_keeps_it(ledger_db) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor())
    reminder = waiting(debtor)
    with pytest.raises(ApprovalError, match="needs a reason"):
        reject(reminder.id, by="claire", reason="  ")
    rejected = reject(reminder.id, by="claire", reason="client called, paying Friday")
    assert rejected.status == ReminderStatus.REJECTED
    assert rejected.outcome == "rejected: client called, paying Friday"
    assert DebtorNote.get().text == (
        "rejected: notice (registered_letter): client called, paying Friday"
    )


def test_a_promise_lapses_the_day_after_its_date(ledger_db) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor())
    kept = make_invoice(debtor, number="F-1", status="promised", pause_until=dt.date(2026, 12, 7))
    broken = make_invoice(
        debtor,
        number="F-2",
        status="promised",
        pause_until=dt.date(2026, 12, 6),
        total="100",
        amount_due=Decimal("40"),
    )
    assert [i.number for i in lapse_promises(dt.date(2026, 12, 7))] == ["F-2"]
    assert Invoice.get_by_id(kept.id).status == "promised"
    again = Invoice.get_by_id(broken.id)
    assert (again.status, again.pause_until) == ("partially_paid", None)
    assert DebtorNote.get().text == "promise not kept (by 2026-12-06): F-2"


def test_a_schema_2_ledger_gets_kinds_and_amounts_per_currency(ledger_db: peewee.Database) -> None:
    creditor = make_creditor(is_b2b=True)
    consumer = make_debtor(creditor, name="Mme Agnès Moreau")
    set_by_staff = make_debtor(creditor, name="Jean Dupont")
    invoice = make_invoice(consumer, total="12.50", currency="GBP")
    reminder = Reminder.create(
        creditor=creditor,
        debtor=consumer,
        key="k",
        ladder="standard",
        step_id="r1",
        channel="email",
        due_on=dt.date(2026, 12, 7),
    )
    reminder.items.model.create(
        reminder=reminder, invoice=invoice, ladder="standard", step_id="r1", amount_due=12.5
    )
    for sql in (
        "ALTER TABLE debtor DROP COLUMN kind",
        "ALTER TABLE debtor DROP COLUMN kind_reason",
        "ALTER TABLE debtor ADD COLUMN is_b2b BOOLEAN",
        "ALTER TABLE reminder DROP COLUMN totals",
        "ALTER TABLE reminder ADD COLUMN total DECIMAL(14, 2) DEFAULT 0",
        "DROP TABLE credit_offset",
    ):
        ledger_db.execute_sql(sql)
    debtors = peewee.Table("debtor", ("id", "is_b2b")).bind(ledger_db)
    debtors.update({debtors.is_b2b: False}).where(debtors.id == set_by_staff.id).execute()
    SchemaVersion.delete().where(SchemaVersion.version > 7).execute()
    assert migrate() == LATEST
    kinds = {d.name: (d.kind, d.kind_reason) for d in Debtor.select()}
    assert kinds == {
        "Mme Agnès Moreau": ("consumer", "civility mme"),
        "Jean Dupont": ("consumer", "set before classification"),
    }
    assert Reminder.get().totals == {"GBP": Decimal("12.50")}
