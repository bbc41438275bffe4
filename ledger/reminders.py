"""The reminder outbox's state changes, each one atomic so two processes never send twice."""

from __future__ import annotations

import datetime as dt
import os
import socket
import uuid
from collections.abc import Callable, Collection
from typing import NamedTuple

import peewee

from ledger.clock import now
from ledger.models import Reminder, ReminderStatus, db
from ledger.nodes import node_of, silent_since, this_node

MAX_ATTEMPTS = 5
STALE_CLAIM = dt.timedelta(minutes=30)
# A node silent this long is dead: its claims are taken back (RELANCE_TAKEOVER_S and a margin).
SILENT_NODE = dt.timedelta(seconds=60)
# Written on the Reminder just before the last, irrevocable bytes go to the relay/provider.
HANDOFF = "handoff"
SENDABLE = (ReminderStatus.PENDING, ReminderStatus.FAILED)


def claim_token() -> str:
    """Who holds a claim: this node (name, process, start) and a random part per pass."""
    return f"{this_node().id}/{uuid.uuid4().hex[:8]}"


def claim(reminder_id: int, token: str) -> bool:
    """Take the reminder for sending; False when another process has it or it is done."""
    taken = (
        Reminder.update(
            claimed_by=token,
            claimed_at=now(),
            attempts=Reminder.attempts + 1,
            updated_at=now(),
        )
        .where(
            (Reminder.id == reminder_id)
            & Reminder.status.in_(SENDABLE)
            & (Reminder.claimed_by == "")
            & (Reminder.attempts < MAX_ATTEMPTS)
        )
        .execute()
    )
    return taken == 1


def due_for_sending(
    day: dt.date, creditor_id: int | None = None, freeing: Collection[int] = ()
) -> peewee.Expression:
    """Reminders (of one creditor, or of all) a pass on `day` sends: pending or failed and
    tried fewer than MAX_ATTEMPTS times, unclaimed (or among the stale claims `freeing`), due
    by `day`; phone tasks are staff's."""
    unclaimed = Reminder.claimed_by == ""
    if freeing:
        unclaimed |= Reminder.id.in_(sorted(freeing))
    due = (
        Reminder.status.in_(SENDABLE)
        & unclaimed
        & (Reminder.attempts < MAX_ATTEMPTS)
        & (Reminder.channel != "phone_task")
        & (Reminder.due_on <= day)
    )
    if creditor_id is not None:
        due &= Reminder.creditor == creditor_id
    return due


def claim_due(
    token: str, day: dt.date, creditor_id: int | None = None, after: int = 0, limit: int = 20
) -> list[int]:
    """Claim up to `limit` reminders due by `day` (of one creditor, or of all) for sending, in
    the order of their ids from `after` on: a pass walks the outbox once, and a reminder that
    fails is tried again by the next pass, not at once.

    On PostgreSQL the candidates are read `FOR UPDATE SKIP LOCKED`: a node never waits on rows
    another node is claiming, and no row is claimed twice. On SQLite (one node) each row is
    claimed by its own conditional UPDATE.
    """
    due = due_for_sending(day, creditor_id) & (Reminder.id > after)
    candidates = Reminder.select(Reminder.id).where(due).order_by(Reminder.id).limit(limit)
    if not isinstance(db.obj, peewee.PostgresqlDatabase):
        # Read first, then write: an open read cursor would hold SQLite's lock against us.
        ids = [reminder_id for (reminder_id,) in candidates.tuples()]
        return [reminder_id for reminder_id in ids if claim(reminder_id, token)]
    with db.atomic():
        ids = [r for (r,) in candidates.for_update("FOR UPDATE SKIP LOCKED").tuples()]
        if ids:
            Reminder.update(
                claimed_by=token,
                claimed_at=now(),
                attempts=Reminder.attempts + 1,
                updated_at=now(),
            ).where(Reminder.id.in_(ids)).execute()
    return ids


def record_handoff(reminder_id: int, token: str, provider_id: str) -> None:
    """From here on a crash leaves the reminder in doubt: it is never sent again."""
    with db.atomic():
        Reminder.update(outcome=HANDOFF, provider_id=provider_id, updated_at=now()).where(
            (Reminder.id == reminder_id) & (Reminder.claimed_by == token)
        ).execute()


def mark_sent(reminder_id: int, token: str, *, provider_id: str = "", outcome: str = "") -> None:
    values = {
        "status": ReminderStatus.SENT,
        "sent_at": now(),
        "done_at": now(),
        "outcome": outcome,
        "last_error": "",
        "updated_at": now(),
    }
    if provider_id:
        values["provider_id"] = provider_id
    Reminder.update(**values).where(
        (Reminder.id == reminder_id) & (Reminder.claimed_by == token)
    ).execute()


def mark_failed(reminder_id: int, token: str, error: str) -> None:
    """Record the failure and free the claim: the next pass retries, up to MAX_ATTEMPTS."""
    Reminder.update(
        status=ReminderStatus.FAILED,
        last_error=error[:2000],
        outcome="",
        claimed_by="",
        updated_at=now(),
    ).where((Reminder.id == reminder_id) & (Reminder.claimed_by == token)).execute()


def mark_skipped(reminder_id: int, token: str, reason: str) -> None:
    Reminder.update(
        status=ReminderStatus.SKIPPED, outcome=reason, done_at=now(), updated_at=now()
    ).where((Reminder.id == reminder_id) & (Reminder.claimed_by == token)).execute()


def owner_is_gone(token: str) -> bool:
    """A claim whose node stopped beating a while ago, or whose process on this host (when the
    node is named after it) has died; other claims are freed only by age."""
    node = node_of(token)
    if silent_since(node, SILENT_NODE):
        return True
    host, _, rest = node.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


class StaleClaim(NamedTuple):
    """A claim left by a process that stopped; `handed_off`: it stopped after the handoff;
    `exhausted`: the stopped attempt was the last one allowed."""

    id: int
    claimed_by: str
    handed_off: bool
    exhausted: bool = False


def stale_claims(
    creditor_id: int | None = None, is_gone: Callable[[str], bool] = owner_is_gone
) -> list[StaleClaim]:
    """Claims (of one creditor, or of all) left by a crashed process, its owner gone or the
    claim older than STALE_CLAIM: the next pass frees or settles them. Reads only, so the dry
    run lists them too."""
    cutoff = now() - STALE_CLAIM
    stale = Reminder.select(
        Reminder.id, Reminder.claimed_by, Reminder.claimed_at, Reminder.outcome, Reminder.attempts
    )
    stale = stale.where(Reminder.status.in_(SENDABLE) & (Reminder.claimed_by != ""))
    if creditor_id is not None:
        stale = stale.where(Reminder.creditor == creditor_id)
    return [
        StaleClaim(row.id, row.claimed_by, row.outcome == HANDOFF, row.attempts >= MAX_ATTEMPTS)
        for row in list(stale)
        if is_gone(row.claimed_by) or (row.claimed_at and row.claimed_at < cutoff)
    ]


class Recovered(NamedTuple):
    freed: list[int]
    settled: list[int]


def recover_stale_claims(
    creditor_id: int | None = None, is_gone: Callable[[str], bool] = owner_is_gone
) -> Recovered:
    """Claims (of one creditor, or of all) left by a crashed process: freed for a retry, or,
    when the crash came after the handoff, settled as sent without sending again; one whose
    last allowed attempt stopped so ends failed, in staff's sight. Returns the reminders freed
    and settled."""
    recovered = Recovered([], [])
    for row in stale_claims(creditor_id, is_gone):
        if row.handed_off:
            done = (
                Reminder.update(
                    status=ReminderStatus.SENT,
                    sent_at=now(),
                    done_at=now(),
                    outcome=(
                        "sent, unconfirmed: the process stopped after handing the message over; "
                        "not sent again to avoid a duplicate (see provider id)"
                    ),
                    updated_at=now(),
                )
                .where((Reminder.id == row.id) & (Reminder.claimed_by == row.claimed_by))
                .execute()
            )
            if done:
                recovered.settled.append(row.id)
        elif row.exhausted:
            Reminder.update(
                status=ReminderStatus.FAILED,
                last_error=(
                    f"gave up after {MAX_ATTEMPTS} attempts: the process sending it stopped "
                    "during the last one, before handing the message over"
                ),
                claimed_by="",
                updated_at=now(),
            ).where((Reminder.id == row.id) & (Reminder.claimed_by == row.claimed_by)).execute()
        elif (
            Reminder.update(claimed_by="", updated_at=now())
            .where((Reminder.id == row.id) & (Reminder.claimed_by == row.claimed_by))
            .execute()
        ):
            recovered.freed.append(row.id)
    return recovered


def write_atomic() -> peewee._atomic:
    """A transaction that reads then writes. On SQLite it takes the write lock at BEGIN
    (IMMEDIATE), so a concurrent writer makes it wait rather than fail with "locked"."""
    if isinstance(db.obj, peewee.SqliteDatabase):
        return db.atomic("IMMEDIATE")
    return db.atomic()
