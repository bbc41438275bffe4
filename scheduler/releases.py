"""Blocked reminders whose debtor now has the contact: released, merged or superseded.

Worked out from the ledger without writing (the dry run shows it), then applied by the pass:

- an invoice of a blocked reminder that already has a later step of its ladder on record is
  let go from it: a step never goes out after a later one;
- a reminder left with no invoice is superseded (skipped);
- several releasable reminders of one debtor and channel become one message, the most
  advanced: the others' invoices move into it and they are skipped as merged;
- a release waits for another day while the debtor's channel already carries a message today
  or its weekly limit is reached, like a newly planned step;
- a released step that needs approval goes to the approval queue, the others are pending.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from ledger.clock import now
from ledger.flags import resolve_contact_flags
from ledger.models import (
    ContactFlag,
    Debtor,
    Invoice,
    Reminder,
    ReminderInvoice,
    ReminderStatus,
    db,
)
from ledger.reminders import write_atomic
from scheduler.channels import CONTACT_NEEDED
from scheduler.engine import recent_messages, step_of_item
from scheduler.ladders import MESSAGE_CHANNELS
from scheduler.outbox import contact_problem, recipient_of
from scheduler.rules import Rules
from scheduler.snapshot_types import DebtorSnapshot


class ContactFacts(NamedTuple):
    """What the contact checks read of a debtor, without building a whole model row."""

    id: int
    name: str
    email: str | None
    phone: str | None
    street: str | None
    postcode: str | None
    city: str | None
    country: str | None
    email_unusable: str | None
    email_problem: str


class Waiting(NamedTuple):
    id: int
    ladder: str
    step_id: str
    channel: str
    debtor: ContactFacts


RELEASE = "release"
MERGE = "merge"
SUPERSEDE = "supersede"


@dataclass
class Release:
    reminder_id: int
    debtor_id: int
    debtor: str
    ladder: str
    step_id: str
    channel: str
    what: str  # release, merge or supersede
    into: int | None = None
    # Items let go: their invoice is past this step already.
    dropped: list[int] = field(default_factory=list)
    # Invoice numbers the released message will cover (merged ones included).
    invoices: list[str] = field(default_factory=list)
    awaiting_approval: bool = False


def plan_releases(
    rules: Rules,
    day: dt.date,
    recent: dict[int, DebtorSnapshot] | None = None,
    creditor_id: int | None = None,
) -> list[Release]:
    """What the pass will do with the blocked reminders (of one creditor, or of all) today;
    writes nothing.

    `recent` gives, per debtor, the messages delivered lately and the channels busy today
    (from the snapshots); without it nothing waits for the limits."""
    blocked_now = Reminder.status == ReminderStatus.BLOCKED_MISSING_CONTACT
    if creditor_id is not None:
        blocked_now &= Reminder.creditor == creditor_id
    blocked = (
        Reminder.select(
            Reminder.id,
            Reminder.ladder,
            Reminder.step_id,
            Reminder.channel,
            *(getattr(Debtor, f) for f in ContactFacts._fields),
        )
        .join(Debtor)
        .where(blocked_now)
        .order_by(Reminder.id)
        .tuples()
    )
    reachable = []
    for reminder_id, ladder, step_id, channel, *contact in blocked:
        debtor = ContactFacts(*contact)
        if contact_problem(debtor, channel) is None:  # type: ignore[arg-type]
            reachable.append(Waiting(reminder_id, ladder, step_id, channel, debtor))
    if not reachable:
        return []
    items = _items([r.id for r in reachable])
    later = _later_steps(rules, [i for rows in items.values() for i in rows])
    releases: list[Release] = []
    groups: dict[tuple[int, str], list[Release]] = defaultdict(list)
    for reminder in reachable:
        release = Release(
            reminder.id,
            reminder.debtor.id,
            reminder.debtor.name,
            reminder.ladder,
            reminder.step_id,
            reminder.channel,
            RELEASE,
        )
        order = _index(rules, reminder.ladder, reminder.step_id)
        for item_id, invoice_id, number, ladder, _step in items.get(reminder.id, []):
            if later.get((invoice_id, ladder), -1) > order:
                release.dropped.append(item_id)
            else:
                release.invoices.append(number)
        if not release.invoices:
            release.what = SUPERSEDE
            releases.append(release)
        else:
            groups[(reminder.debtor.id, reminder.channel)].append(release)
    for (debtor_id, channel), group in groups.items():
        if not _fits(recent.get(debtor_id) if recent else None, channel, rules, group[0], day):
            continue
        group.sort(key=lambda r: (_index(rules, r.ladder, r.step_id), r.reminder_id))
        target = group[-1]
        for other in group[:-1]:
            other.what, other.into = MERGE, target.reminder_id
            target.invoices += other.invoices
        target.awaiting_approval = _needs_approval(rules, target.ladder, target.step_id)
        releases += group
    return sorted(releases, key=lambda r: r.reminder_id)


def _items(reminder_ids: list[int]) -> dict[int, list[tuple[int, int, str, str, str]]]:
    found: dict[int, list[tuple[int, int, str, str, str]]] = defaultdict(list)
    rows = (
        ReminderInvoice.select(
            ReminderInvoice.reminder,
            ReminderInvoice.id,
            ReminderInvoice.invoice,
            Invoice.number,
            ReminderInvoice.ladder,
            ReminderInvoice.step_id,
        )
        .join(Invoice)
        .where(ReminderInvoice.reminder.in_(reminder_ids))
        .order_by(Invoice.due_date, Invoice.number)
        .tuples()
    )
    for reminder_id, item_id, invoice_id, number, ladder, step in rows:
        found[reminder_id].append((item_id, invoice_id, number, ladder, step))
    return found


def _later_steps(
    rules: Rules, items: list[tuple[int, int, str, str, str]]
) -> dict[tuple[int, str], int]:
    """Per (invoice, ladder): the most advanced step index it has any record of."""
    found: dict[tuple[int, str], int] = {}
    rows = (
        ReminderInvoice.select(
            ReminderInvoice.invoice, ReminderInvoice.ladder, ReminderInvoice.step_id
        )
        .where(ReminderInvoice.invoice.in_(sorted({i[1] for i in items})))
        .tuples()
    )
    for invoice_id, ladder, step in rows:
        index = _index(rules, ladder, step_of_item(step))
        found[(invoice_id, ladder)] = max(found.get((invoice_id, ladder), -1), index)
    return found


def _index(rules: Rules, ladder: str, step_id: str) -> int:
    found = rules.ladder(ladder)
    index = found.index_of(step_of_item(step_id)) if found else None
    return -1 if index is None else index


def _needs_approval(rules: Rules, ladder: str, step_id: str) -> bool:
    found = rules.ladder(ladder)
    index = found.index_of(step_id) if found else None
    return found is not None and index is not None and found.ordered[index].needs_approval


def _fits(
    recent: DebtorSnapshot | None, channel: str, rules: Rules, release: Release, day: dt.date
) -> bool:
    """Not a second message on the channel today, nor one past the weekly limit."""
    if recent is None:
        return True
    if channel in recent.busy:
        return False
    if channel not in MESSAGE_CHANNELS:
        return True
    ladder = rules.ladder(release.ladder)
    limit = ladder.max_messages_per_week if ladder else 2
    count = recent_messages(recent, day)
    return count == 0 or count < limit


def busy_after(releases: list[Release]) -> list[tuple[int, str]]:
    """(debtor, channel) pairs the releases put a message on today."""
    return [
        (r.debtor_id, r.channel) for r in releases if r.what == RELEASE and not r.awaiting_approval
    ]


def apply_releases(releases: list[Release]) -> int:
    """Carry out what `plan_releases` found; returns how many reminders were released."""
    released = 0
    for release in releases:
        with write_atomic():
            reminder = Reminder.get_or_none(
                (Reminder.id == release.reminder_id)
                & (Reminder.status == ReminderStatus.BLOCKED_MISSING_CONTACT)
            )
            if reminder is None:
                continue
            if release.dropped:
                ReminderInvoice.delete().where(ReminderInvoice.id.in_(release.dropped)).execute()
            if release.what == RELEASE:
                debtor = Debtor.get_by_id(reminder.debtor_id)
                reminder.status = (
                    ReminderStatus.AWAITING_APPROVAL
                    if release.awaiting_approval
                    else ReminderStatus.PENDING
                )
                reminder.outcome = "contact completed; released"
                reminder.recipient = recipient_of(debtor, reminder.channel)[:300]
                released += 1
            else:
                if release.what == MERGE:
                    ReminderInvoice.update(reminder=release.into).where(
                        ReminderInvoice.reminder == reminder.id
                    ).execute()
                    reminder.outcome = f"merged into reminder #{release.into}"
                else:
                    reminder.outcome = "superseded: its invoices are past this step"
                reminder.status = ReminderStatus.SKIPPED
                reminder.done_at = now()
            reminder.save()
            debtor = Debtor.get_by_id(reminder.debtor_id)
            resolve_contact_flags(debtor, by="relance")
            _close_settled_flags(debtor.id)
    return released


def _close_settled_flags(debtor_id: int) -> None:
    """Flags no blocked reminder needs any more (e.g. a phone task released on a landline,
    which the ledger's mobile check alone would keep open)."""
    blocked_kinds = {
        CONTACT_NEEDED.get(channel)
        for (channel,) in Reminder.select(Reminder.channel)
        .where(
            (Reminder.debtor == debtor_id)
            & (Reminder.status == ReminderStatus.BLOCKED_MISSING_CONTACT)
        )
        .tuples()
    }
    with db.atomic():
        ContactFlag.update(resolved_at=now(), resolved_by="relance").where(
            (ContactFlag.debtor == debtor_id)
            & ContactFlag.resolved_at.is_null()
            & ContactFlag.kind.not_in(list(blocked_kinds - {None}) or [""])
        ).execute()
