"""Phone tasks: reminders the ladder hands to a person, and the outcome they record."""

from __future__ import annotations

from peewee import ModelSelect

from ledger.models import Creditor, Debtor, Reminder, ReminderStatus

PHONE_CHANNEL = "phone_task"


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
