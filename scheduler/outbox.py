"""Planning into the outbox: each due action becomes Reminder rows (one per channel) and items.

A Reminder is written, with the invoices it covers, before anything is sent. The database
refuses a second Reminder with the same key (debtor, ladder, step, channel, day) and a second
item for the same (invoice, ladder, step), so two processes planning at once cannot both win.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace

import peewee

from ledger.clock import now
from ledger.contacts import missing_contact, normalise_phone
from ledger.flags import open_contact_flag, resolve_contact_flags
from ledger.models import ContactFlag, Debtor, Reminder, ReminderInvoice, ReminderStatus
from ledger.reminders import write_atomic
from scheduler.channels import CONTACT_NEEDED
from scheduler.channels.phone_task import task_text
from scheduler.engine import DueAction
from scheduler.snapshots import CHANNEL_SEPARATOR

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Planned:
    reminder_id: int
    debtor_id: int
    step_id: str
    channel: str
    status: str
    reason: str = ""


def item_step_id(step_id: str, channel_index: int, channel: str) -> str:
    """The first channel of a step owns the step id; extra channels get '<step>+<channel>'."""
    return step_id if channel_index == 0 else f"{step_id}{CHANNEL_SEPARATOR}{channel}"


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
    planned = []
    for action in actions:
        debtor = Debtor.get_or_none(Debtor.id == action.debtor_id)
        if debtor is None:
            continue
        for index, channel in enumerate(action.step.channel):
            result = _plan_one(action, debtor, index, channel, day)
            if result is not None:
                planned.append(result)
    return planned


def _plan_one(
    action: DueAction, debtor: Debtor, index: int, channel: str, day: dt.date
) -> Planned | None:
    item_step = item_step_id(action.step.id, index, channel)
    problem = contact_problem(debtor, channel)
    if problem and action.step.kind == "thanks":
        return None  # a thanks is not worth asking staff for a contact
    try:
        with write_atomic():
            taken = set(
                ReminderInvoice.select(ReminderInvoice.invoice)
                .where(
                    ReminderInvoice.invoice.in_([i.id for i in action.invoices])
                    & (ReminderInvoice.ladder == action.ladder)
                    & (ReminderInvoice.step_id == item_step)
                )
                .tuples()
            )
            invoices = [i for i in action.invoices if (i.id,) not in taken]
            if not invoices:
                return None
            total = sum(i.amount_due for i in invoices)
            status = ReminderStatus.BLOCKED_MISSING_CONTACT if problem else ReminderStatus.PENDING
            recipient = recipient_of(debtor, channel)[:300]
            task = ""
            if channel == "phone_task" and not problem:
                task = task_text(debtor, replace(action, invoices=tuple(invoices)), recipient)
            reminder = Reminder.create(
                creditor=debtor.creditor_id,
                debtor=debtor,
                key=reminder_key(debtor.id, action.ladder, action.step.id, channel, day),
                ladder=action.ladder,
                step_id=action.step.id,
                channel=channel,
                due_on=day,
                status=status,
                total=total,
                recipient=recipient,
                subject=f"Appel : {debtor.name}"[:300] if task else "",
                body_text=task,
                outcome=f"blocked: {problem[1]}" if problem else "",
            )
            ReminderInvoice.insert_many(
                [
                    {
                        "reminder": reminder.id,
                        "invoice": i.id,
                        "ladder": action.ladder,
                        "step_id": item_step,
                        "amount_due": i.amount_due,
                    }
                    for i in invoices
                ]
            ).execute()
            if problem:
                open_contact_flag(
                    debtor,
                    problem[0],
                    step_id=action.step.id,
                    amount_at_stake=total,
                    reminder=reminder,
                )
    except peewee.IntegrityError:
        log.info("%s for debtor %s planned by another process", action.step.id, debtor.id)
        return None
    return Planned(
        reminder.id, debtor.id, action.step.id, channel, status, problem[1] if problem else ""
    )


def unblock() -> list[int]:
    """Blocked reminders whose debtor now has the contact go back to pending (flags resolved).

    When a debtor piled up several blocked steps on one channel, only the latest goes out;
    the earlier ones are marked skipped as superseded.
    """
    blocked = list(
        Reminder.select()
        .where(Reminder.status == ReminderStatus.BLOCKED_MISSING_CONTACT)
        .order_by(Reminder.id)
    )
    latest: dict[tuple[int, str, str], Reminder] = {}
    for reminder in blocked:
        latest[(reminder.debtor_id, reminder.ladder, reminder.channel)] = reminder
    released = []
    for reminder in blocked:
        debtor = Debtor.get_by_id(reminder.debtor_id)
        if contact_problem(debtor, reminder.channel) is not None:
            continue
        with write_atomic():
            newest = latest[(reminder.debtor_id, reminder.ladder, reminder.channel)]
            if newest.id != reminder.id:
                reminder.status = ReminderStatus.SKIPPED
                reminder.outcome = f"superseded by the later step {newest.step_id}"
            else:
                reminder.status = ReminderStatus.PENDING
                reminder.outcome = "contact completed; released"
                reminder.recipient = recipient_of(debtor, reminder.channel)[:300]
                released.append(reminder.id)
            reminder.save()
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
    ContactFlag.update(resolved_at=now(), resolved_by="relance").where(
        (ContactFlag.debtor == debtor_id)
        & ContactFlag.resolved_at.is_null()
        & ContactFlag.kind.not_in(list(blocked_kinds - {None}) or [""])
    ).execute()
