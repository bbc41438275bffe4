"""What a phone call gave, as a choice rather than free text, and what it sets off: a promise
with its date becomes the promise (no reminder before it), a dispute the dispute, a wrong
number a contact flag for the worklist. The call is noted on the timeline with its author."""

from __future__ import annotations

import datetime as dt

from admin.messages import N_
from ledger import followup
from ledger.clock import now
from ledger.flags import open_contact_flag
from ledger.models import ContactKind, Debtor, DebtorNote, Reminder, ReminderStatus, db

OUTCOMES = {
    "promise": N_("Promise to pay by a date"),
    "dispute": N_("Disputes the debt"),
    "wrong_number": N_("Wrong number"),
    "no_answer": N_("No answer"),
    "reached": N_("Reached, other outcome"),
}
TEXT_LIMIT = 2000


class CallError(followup.FollowUpError):
    pass


def record_call(
    debtor: Debtor,
    outcome: str,
    text: str,
    until: str,
    *,
    by: str,
    task: Reminder | None = None,
) -> DebtorNote:
    """Note the call and do what its outcome means; CallError names the field to fix."""
    text = text.strip()[:TEXT_LIMIT]
    if outcome not in OUTCOMES:
        raise CallError("outcome", "choose what the call gave")
    day = None
    if outcome == "promise":
        try:
            day = dt.date.fromisoformat(until)
        except ValueError:
            raise CallError("until", "a date such as 2026-12-31") from None
    with db.atomic():
        if outcome == "promise":
            assert day is not None
            followup.promise(debtor, None, day, by=by)
        elif outcome == "dispute":
            followup.dispute(debtor, None, by=by, reason=text[:300])
        elif outcome == "wrong_number":
            # The number is kept on the timeline, cleared from the file and asked for again.
            text = f"{debtor.phone or '-'}" + (f" ({text})" if text else "")
            Debtor.update(phone=None).where(Debtor.id == debtor.id).execute()
            debtor.phone = None
            open_contact_flag(debtor, ContactKind.PHONE)
        written = f"call: {outcome}" + (f": {text}" if text else "")
        note = DebtorNote.create(debtor=debtor, author=by, kind="call", text=written)
        if task is not None:
            task.outcome = written
            task.done_at = now()
            task.status = ReminderStatus.SENT
            task.sent_at = task.sent_at or task.done_at
            task.claimed_by = by[:100]
            task.save()
    return note
