"""Reminders to send are claimed `FOR UPDATE SKIP LOCKED` on PostgreSQL: a node never waits on
the rows another node is claiming, and no reminder is claimed by two nodes."""

from __future__ import annotations

import datetime as dt
import threading

import peewee
import pytest

from ledger.models import Reminder
from ledger.reminders import claim_due
from tests.factories import make_creditor, make_debtor

DAY = dt.date(2026, 12, 7)


def due_reminders(count: int) -> list[int]:
    creditor = make_creditor()
    debtor = make_debtor(creditor)
    return [
        Reminder.create(
            creditor=creditor,
            debtor=debtor,
            key=f"{debtor.id}:standard:r1:{n}",
            ladder="standard",
            step_id="r1",
            channel="email",
            due_on=DAY,
        ).id
        for n in range(count)
    ]


@pytest.mark.postgres
def test_a_node_skips_the_reminders_another_node_is_claiming_instead_of_waiting(
    ledger_db: peewee.Database,
) -> None:
    if not isinstance(ledger_db, peewee.PostgresqlDatabase):
        pytest.skip("on SQLite there is one node")
    ids = due_reminders(6)
    locked, done = threading.Event(), threading.Event()

    def other_node_mid_claim() -> None:
        with ledger_db.connection_context(), ledger_db.atomic():
            rows = Reminder.select().where(Reminder.id.in_(ids[:3])).for_update()
            assert len(list(rows)) == 3
            locked.set()
            done.wait(30)

    other = threading.Thread(target=other_node_mid_claim)
    other.start()
    try:
        assert locked.wait(30)
        claimed = claim_due("node-b:1:x/1", DAY)
    finally:
        done.set()
        other.join(30)
    assert claimed == ids[3:]
    assert claim_due("node-b:1:x/2", DAY) == ids[:3]


def test_nodes_claiming_at_once_never_claim_the_same_reminder(
    ledger_db: peewee.Database,
) -> None:
    ids = due_reminders(60)
    claimed: dict[str, list[int]] = {}

    def node(name: str) -> None:
        mine = claimed.setdefault(name, [])
        with ledger_db.connection_context():
            while batch := claim_due(f"{name}:1:x/1", DAY, limit=4):
                mine.extend(batch)

    threads = [threading.Thread(target=node, args=(f"node{n}",)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    every = [reminder for batch in claimed.values() for reminder in batch]
    assert sorted(every) == ids
