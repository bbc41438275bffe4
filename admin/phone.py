"""Phone tasks: reminders the ladder hands to a person, and the outcome they record."""

from __future__ import annotations

from peewee import ModelSelect

from ledger.clock import now
from ledger.models import Creditor, Debtor, DebtorNote, Reminder, ReminderStatus, db

PHONE_CHANNEL = "phone_task"


class EmptyOutcome(ValueError):
    pass


def waiting_tasks() -> ModelSelect:
    """Phone tasks nobody has recorded an outcome for, oldest due first."""
    return (
        Reminder.select(Reminder, Debtor, Creditor)
        .join(Debtor)
        .switch(Reminder)
        .join(Creditor)
        .where(
            (Reminder.channel == PHONE_CHANNEL)
            & (Reminder.status == ReminderStatus.PENDING)
            & Reminder.done_at.is_null()
        )
        .order_by(Reminder.due_on, Reminder.id)
    )


def record_outcome(task: Reminder, outcome: str, *, by: str) -> None:
    """The call is done: the outcome goes on the task and on the debtor's timeline."""
    outcome = outcome.strip()[:2000]
    if not outcome:
        raise EmptyOutcome("say what the call gave")
    with db.atomic():
        task.outcome = outcome
        task.done_at = now()
        task.status = ReminderStatus.SENT
        task.sent_at = task.sent_at or task.done_at
        task.claimed_by = by[:100]
        task.save()
        DebtorNote.create(debtor=task.debtor_id, author=by, kind="call", text=outcome)
