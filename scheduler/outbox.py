"""Planning into the outbox: each due action becomes a Reminder row with its items; each
jumped step a skipped Reminder with the reason.

A Reminder is written, with the invoices it covers, before anything is sent. The database
refuses a second Reminder with the same key (debtor, ladder, step, channel, day) and a second
item for the same (invoice, ladder, step), so two processes planning at once cannot both win.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass

import peewee

from ledger.clock import now
from ledger.contacts import missing_contact, normalise_phone
from ledger.flags import open_contact_flag
from ledger.models import Debtor, Reminder, ReminderInvoice, ReminderStatus
from ledger.money import largest, totals
from ledger.reminders import write_atomic
from scheduler.channels import CONTACT_NEEDED
from scheduler.channels.phone_task import task_text
from scheduler.engine import Covered, DueAction, SkipAction

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Planned:
    reminder_id: int
    debtor_id: int
    step_id: str
    channel: str
    status: str
    reason: str = ""


def reminder_key(debtor_id: int, ladder: str, step_id: str, channel: str, day: dt.date) -> str:
    return f"{debtor_id}:{ladder}:{step_id}:{channel}:{day.isoformat()}"


def contact_problem(debtor: Debtor, channel: str) -> tuple[str, str] | None:
    """(contact kind, why) when `debtor` cannot be reached on `channel`; None when it can."""
    kind = CONTACT_NEEDED.get(channel)
    if kind is None:
        return None
    if channel == "phone_task":
        # Staff can call a landline: any valid number will do.
        if normalise_phone(debtor.phone, debtor.country) is None:
            return kind, "no valid phone number" if debtor.phone else "no phone number"
        return None
    reason = missing_contact(debtor, kind)
    return (kind, reason) if reason else None


def recipient_of(debtor: Debtor, channel: str) -> str:
    if channel == "email":
        return debtor.email or ""
    if channel in ("sms", "phone_task"):
        return normalise_phone(debtor.phone, debtor.country) or debtor.phone or ""
    if channel in ("letter", "registered_letter"):
        return ", ".join(p for p in (debtor.street, debtor.postcode, debtor.city) if p)
    return ""


def plan(actions: list[DueAction], day: dt.date) -> list[Planned]:
    debtors = {
        d.id: d
        for d in Debtor.select().where(Debtor.id.in_(sorted({a.debtor_id for a in actions})))
    }
    planned = []
    for action in actions:
        debtor = debtors.get(action.debtor_id)
        if debtor is not None:
            result = _plan_one(action, debtor, day)
            if result is not None:
                planned.append(result)
    return planned


def _plan_one(action: DueAction, debtor: Debtor, day: dt.date) -> Planned | None:
    channel = action.channel
    problem = contact_problem(debtor, channel)
    if problem and action.step.kind == "thanks":
        return None  # a thanks is not worth asking staff for a contact
    try:
        with write_atomic():
            covered = _not_taken(action.ladder, action.covered)
            if not covered:
                return None
            found = totals((c.invoice.amount_due, c.invoice.currency) for c in covered)
            if problem:
                status = ReminderStatus.BLOCKED_MISSING_CONTACT
            elif action.step.needs_approval:
                status = ReminderStatus.AWAITING_APPROVAL
            else:
                status = ReminderStatus.PENDING
            recipient = recipient_of(debtor, channel)[:300]
            task = ""
            if channel == "phone_task" and not problem:
                task = task_text(debtor, action.ladder, action.step.id, covered, recipient)
            reminder = Reminder.create(
                creditor=debtor.creditor_id,
                debtor=debtor,
                key=reminder_key(debtor.id, action.ladder, action.step.id, channel, day),
                ladder=action.ladder,
                step_id=action.step.id,
                channel=channel,
                due_on=day,
                status=status,
                totals=found,
                recipient=recipient,
                subject=f"Appel : {debtor.name}"[:300] if task else "",
                body_text=task,
                outcome=f"blocked: {problem[1]}" if problem else "",
            )
            _items(reminder, action.ladder, covered)
            if problem:
                open_contact_flag(
                    debtor,
                    problem[0],
                    step_id=action.step.id,
                    amount_at_stake=largest(found),
                    totals_at_stake=found,
                    reminder=reminder,
                )
    except peewee.IntegrityError:
        log.info("%s for debtor %s planned by another process", action.step.id, debtor.id)
        return None
    return Planned(
        reminder.id, debtor.id, action.step.id, channel, status, problem[1] if problem else ""
    )


def _not_taken(ladder: str, covered: tuple[Covered, ...]) -> list[Covered]:
    """The covered invoices no other process recorded at their step in the meantime."""
    taken = set(
        ReminderInvoice.select(ReminderInvoice.invoice, ReminderInvoice.step_id)
        .where(
            ReminderInvoice.invoice.in_([c.invoice.id for c in covered])
            & (ReminderInvoice.ladder == ladder)
        )
        .tuples()
    )
    return [c for c in covered if (c.invoice.id, c.step_id) not in taken]


def _items(reminder: Reminder, ladder: str, covered: list[Covered]) -> None:
    ReminderInvoice.insert_many(
        [
            {
                "reminder": reminder.id,
                "invoice": c.invoice.id,
                "ladder": ladder,
                "step_id": c.step_id,
                "amount_due": c.invoice.amount_due,
            }
            for c in covered
        ]
    ).execute()


def record_skips(skips: list[SkipAction], day: dt.date) -> int:
    """Each jumped step as a skipped Reminder naming why, with the invoices it was jumped for."""
    recorded = 0
    for skip in skips:
        digest = hashlib.sha1(skip.reason.encode(), usedforsecurity=False).hexdigest()[:8]
        covered = tuple(Covered(i, skip.step.id) for i in skip.invoices)
        try:
            with write_atomic():
                kept = _not_taken(skip.ladder, covered)
                if not kept:
                    continue
                reminder = Reminder.create(
                    creditor=Debtor.get_by_id(skip.debtor_id).creditor_id,
                    debtor=skip.debtor_id,
                    key=f"{skip.debtor_id}:{skip.ladder}:{skip.step.id}:skipped:{day}:{digest}",
                    ladder=skip.ladder,
                    step_id=skip.step.id,
                    channel=skip.step.channel[0],
                    due_on=day,
                    status=ReminderStatus.SKIPPED,
                    totals=totals((c.invoice.amount_due, c.invoice.currency) for c in kept),
                    outcome=f"skipped: {skip.reason}"[:2000],
                    done_at=now(),
                )
                _items(reminder, skip.ladder, kept)
                recorded += 1
        except peewee.IntegrityError:
            log.info(
                "skip of %s for debtor %s recorded by another process", skip.step.id, skip.debtor_id
            )
    return recorded
