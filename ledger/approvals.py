"""Steps that need a person (formal notices, handovers): approved or rejected with a reason.

A step marked `confirm` in rules.yaml is planned as `awaiting_approval`; nothing goes out
until someone approves it (it becomes `pending` and the next pass sends it). A rejection is
final for that step and those invoices: the reason is kept on the reminder and the timeline.
"""

from __future__ import annotations

from ledger.clock import now
from ledger.errors import LedgerError
from ledger.models import DebtorNote, Reminder, ReminderStatus, db


class ApprovalError(LedgerError):
    def __init__(self, reminder_id: int, message: str) -> None:
        super().__init__(f"reminder {reminder_id}: {message}")
        self.reminder_id = reminder_id
        self.message = message


def _decide(reminder_id: int, status: str, by: str, outcome: str, note: str) -> Reminder:
    with db.atomic():
        changed = (
            Reminder.update(
                status=status,
                decided_by=by[:100],
                decided_at=now(),
                outcome=outcome[:2000],
                updated_at=now(),
                **({"done_at": now()} if status == ReminderStatus.REJECTED else {}),
            )
            .where(
                (Reminder.id == reminder_id) & (Reminder.status == ReminderStatus.AWAITING_APPROVAL)
            )
            .execute()
        )
        if not changed:
            raise ApprovalError(reminder_id, "not waiting for approval (decided already?)")
        reminder = Reminder.get_by_id(reminder_id)
        DebtorNote.create(debtor=reminder.debtor_id, author=by, kind="action", text=note)
    return reminder


def approve(reminder_id: int, *, by: str) -> Reminder:
    reminder = Reminder.get_or_none(Reminder.id == reminder_id)
    step = f"{reminder.step_id} ({reminder.channel})" if reminder else str(reminder_id)
    return _decide(reminder_id, ReminderStatus.PENDING, by, "approved", f"approved: {step}")


def reject(reminder_id: int, *, by: str, reason: str) -> Reminder:
    reason = " ".join(reason.split())
    if not reason:
        raise ApprovalError(reminder_id, "a rejection needs a reason")
    reminder = Reminder.get_or_none(Reminder.id == reminder_id)
    step = f"{reminder.step_id} ({reminder.channel})" if reminder else str(reminder_id)
    return _decide(
        reminder_id,
        ReminderStatus.REJECTED,
        by,
        f"rejected: {reason}",
        f"rejected: {step}: {reason}"[:5000],
    )
