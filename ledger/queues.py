"""What is waiting, and since when: the queue depths `relance status` shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee

from ledger.models import (
    DocumentOutcome,
    InboundMail,
    Invoice,
    NodeHeartbeat,
    Reminder,
    ReminderStatus,
)
from ledger.nodes import SEEN_RECENTLY, database_now


@dataclass(frozen=True)
class Queue:
    name: str
    depth: int
    oldest: dt.datetime | None


def _queue(name: str, query: peewee.ModelSelect, since: peewee.Field) -> Queue:
    depth, oldest = query.select(peewee.fn.COUNT(1), peewee.fn.MIN(since)).tuples().get()
    return Queue(name, depth or 0, since.python_value(oldest) if oldest else None)


def queue_depths() -> list[Queue]:
    spools = NodeHeartbeat.select().where(NodeHeartbeat.last_seen >= database_now() - SEEN_RECENTLY)
    spooled = _queue("mails in the nodes' SMTP spools", spools, NodeHeartbeat.spool_oldest)
    return [
        Queue(
            spooled.name,
            sum(n.spool_depth for n in spools),
            spooled.oldest,
        ),
        _queue(
            "mails waiting to be parsed",
            InboundMail.select().where(InboundMail.outcome == DocumentOutcome.PENDING),
            InboundMail.received_at,
        ),
        _queue(
            "reminders to send",
            Reminder.select().where(
                Reminder.status.in_((ReminderStatus.PENDING, ReminderStatus.FAILED))
                & (Reminder.channel != "phone_task")
            ),
            Reminder.created_at,
        ),
        _queue(
            "reminders held for a missing contact",
            Reminder.select().where(Reminder.status == ReminderStatus.BLOCKED_MISSING_CONTACT),
            Reminder.created_at,
        ),
        _queue(
            "invoices to review",
            Invoice.select().where(Invoice.needs_review == True),  # noqa: E712
            Invoice.created_at,
        ),
    ]
