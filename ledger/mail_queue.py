"""Mails waiting to be parsed, shared by every node: a watcher queues them (its raw bytes in the
blob store, an InboundMail row left `pending`), any node claims a few and commits their outcome.

On PostgreSQL the claim reads the rows `FOR UPDATE SKIP LOCKED`: nodes claiming at once never
wait on each other and never take the same mail. A claim whose node died is taken back once it
has been silent a while; committing the outcome is idempotent anyway (the InboundMail key).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import peewee

from ledger.clock import now
from ledger.models import DocumentOutcome, InboundMail, db
from ledger.reminders import write_atomic

# A claim older than this is taken back whoever holds it (a parse never takes this long).
STALE_CLAIM = dt.timedelta(minutes=10)


def queue_mail(key: str, source: str, raw_key: str, sender: str, subject: str) -> None:
    """The mail `key` waits to be parsed (once: queuing it again changes nothing)."""
    InboundMail.insert(
        key=key,
        source=source,
        sender=sender[:254],
        subject=subject[:300],
        spool_path=raw_key,
        outcome=DocumentOutcome.PENDING,
    ).on_conflict_ignore().execute()


def claim_queued(token: str, limit: int = 8) -> list[InboundMail]:
    """Claim up to `limit` queued mails, oldest first."""
    waiting = (
        (InboundMail.outcome == DocumentOutcome.PENDING)
        & (InboundMail.spool_path != "")
        & (InboundMail.claimed_by == "")
    )
    candidates = InboundMail.select().where(waiting).order_by(InboundMail.id).limit(limit)
    claimed = []
    with write_atomic():
        if isinstance(db.obj, peewee.PostgresqlDatabase):
            candidates = candidates.for_update("FOR UPDATE SKIP LOCKED")
        for mail in list(candidates):
            taken = (
                InboundMail.update(
                    claimed_by=token, claimed_at=now(), attempts=InboundMail.attempts + 1
                )
                .where((InboundMail.id == mail.id) & waiting)
                .execute()
            )
            if taken:
                mail.attempts += 1
                claimed.append(mail)
    return claimed


def release_claims(is_gone: Callable[[str], bool]) -> int:
    """Queued mails claimed by a node now gone (or long ago) go back to the queue."""
    released = 0
    claimed = InboundMail.select(InboundMail.id, InboundMail.claimed_by, InboundMail.claimed_at)
    claimed = claimed.where(
        (InboundMail.outcome == DocumentOutcome.PENDING) & (InboundMail.claimed_by != "")
    )
    for mail in list(claimed):
        stale = mail.claimed_at is not None and mail.claimed_at < now() - STALE_CLAIM
        if stale or is_gone(mail.claimed_by):
            released += (
                InboundMail.update(claimed_by="")
                .where((InboundMail.id == mail.id) & (InboundMail.claimed_by == mail.claimed_by))
                .execute()
            )
    return released


def let_go(key: str, token: str) -> None:
    """This node could not finish the mail now: back to the queue for another try."""
    InboundMail.update(claimed_by="").where(
        (InboundMail.key == key)
        & (InboundMail.claimed_by == token)
        & (InboundMail.outcome == DocumentOutcome.PENDING)
    ).execute()


def let_go_all(token: str) -> None:
    """The claims `token` still holds go back to the queue, their try not counted (the
    database or the disk failed, not the mails)."""
    InboundMail.update(claimed_by="", attempts=InboundMail.attempts - 1).where(
        (InboundMail.claimed_by == token) & (InboundMail.outcome == DocumentOutcome.PENDING)
    ).execute()


def give_up(key: str, reason: str) -> None:
    """A queued mail that keeps failing is quarantined with the reason (its raw bytes kept)."""
    InboundMail.update(
        outcome=DocumentOutcome.QUARANTINED, reason=reason[:2000], processed_at=now()
    ).where((InboundMail.key == key) & (InboundMail.outcome == DocumentOutcome.PENDING)).execute()


def settle_as_seen(key: str, recorded_as: str, outcome: str) -> None:
    """A queued mail found already recorded under another key: this row says so, and where."""
    InboundMail.update(
        outcome=outcome,
        reason=f"already recorded as mail {recorded_as}"[:2000],
        processed_at=now(),
    ).where((InboundMail.key == key) & (InboundMail.outcome == DocumentOutcome.PENDING)).execute()


def outcomes(keys: list[str]) -> dict[str, str]:
    """The committed outcome of each of `keys` that has one."""
    found: dict[str, str] = {}
    for start in range(0, len(keys), 500):
        rows = InboundMail.select(InboundMail.key, InboundMail.outcome).where(
            InboundMail.key.in_(keys[start : start + 500])
            & (InboundMail.outcome != DocumentOutcome.PENDING)
        )
        found.update((key, outcome) for key, outcome in rows.tuples())
    return found
