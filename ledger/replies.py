"""Mail answering a reminder, recorded on the debtor: replies to handle, auto-replies noted,
bounces that make the address unusable (the reminder failed, an e-mail contact flag opened)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee

from ledger import followup
from ledger.clock import now
from ledger.flags import open_contact_flag
from ledger.models import (
    ContactKind,
    Debtor,
    DebtorNote,
    DebtorReply,
    EmailProblem,
    Invoice,
    InvoiceStatus,
    Reminder,
    ReminderInvoice,
    ReminderStatus,
    ReplyKind,
    db,
)
from ledger.money import Totals, totals
from ledger.normalise import email_key
from ledger.reminders import MAX_ATTEMPTS


@dataclass(frozen=True)
class AnswerFacts:
    """What ingest read of one mail answering the reminder `reminder_id`."""

    reminder_id: int
    kind: str
    mail_key: str
    sender: str = ""
    subject: str = ""
    excerpt: str = ""
    address: str = ""
    diagnostic: str = ""
    storage_path: str = ""


def reminder_for_tokens(tokens: tuple[str, ...]) -> Reminder | None:
    """The reminder one of `tokens` names (the first found), else None."""
    wanted = [t.lower() for t in tokens if t]
    if not wanted:
        return None
    return Reminder.select().where(Reminder.reply_token.in_(wanted)).order_by(Reminder.id).first()


def token_is_known(token: str) -> bool:
    return Reminder.select().where(Reminder.reply_token == token.lower()).exists()


def record_answer(facts: AnswerFacts) -> DebtorReply:
    """Store the answer on the reminder's debtor, inside the caller's transaction.

    A reply waits for staff; an auto-reply or a delay notice is only noted; a bounce for the
    debtor's current address marks it unusable, fails the reminder for good and opens the
    e-mail contact flag the worklist shows.
    """
    if facts.kind not in ReplyKind.ALL:
        raise ValueError(f"unknown reply kind {facts.kind!r}")
    reminder = Reminder.get_by_id(facts.reminder_id)
    debtor = Debtor.get_by_id(reminder.debtor_id)
    handled = None if facts.kind == ReplyKind.REPLY else now()
    reply = DebtorReply.create(
        debtor=debtor,
        reminder=reminder,
        mail_key=facts.mail_key[:200],
        kind=facts.kind,
        sender=facts.sender[:254],
        subject=facts.subject[:300],
        excerpt=facts.excerpt[:4000],
        address=facts.address[:254],
        diagnostic=facts.diagnostic[:2000],
        storage_path=facts.storage_path[:500],
        handled_at=handled,
        handled_by="relance" if handled else "",
    )
    if facts.kind == ReplyKind.BOUNCE:
        _bounced(reminder, debtor, facts)
    return reply


def _bounced(reminder: Reminder, debtor: Debtor, facts: AnswerFacts) -> None:
    why = f"bounced: {facts.address or reminder.recipient}: {facts.diagnostic or 'no reason given'}"
    # Final: the same address would bounce again, so the outbox must not retry it.
    Reminder.update(
        status=ReminderStatus.FAILED,
        last_error=why[:2000],
        attempts=MAX_ATTEMPTS,
        claimed_by="",
        updated_at=now(),
    ).where(Reminder.id == reminder.id).execute()
    failed = email_key(facts.address or reminder.recipient)
    if failed is None or failed != email_key(debtor.email):
        return  # the debtor's address changed since: nothing to flag
    mark_email_unusable(debtor, EmailProblem.BOUNCE, reminder)


def mark_email_unusable(debtor: Debtor, problem: str, reminder: Reminder | None = None) -> None:
    """The debtor's current e-mail address must not be used again until it changes."""
    with db.atomic():
        debtor.email_unusable = email_key(debtor.email)
        debtor.email_problem = problem
        debtor.save()
        open_contact_flag(
            debtor,
            ContactKind.EMAIL,
            step_id=reminder.step_id if reminder else "",
            totals_at_stake=reminder.totals if reminder else open_amounts(debtor),
            reminder=reminder,
        )


def open_amounts(debtor: Debtor) -> Totals:
    """What the debtor still owes, per currency (credit notes are not owed)."""
    unpaid = Invoice.select(Invoice.amount_due, Invoice.currency).where(
        (Invoice.debtor == debtor)
        & Invoice.status.in_(InvoiceStatus.UNPAID)
        & (Invoice.is_credit_note == False)  # noqa: E712
    )
    return totals((i.amount_due, i.currency) for i in unpaid)


class ReplyAction:
    """The quick actions on a reply to handle."""

    PROMISE = "promise"
    DISPUTE = "dispute"
    PAID = "paid"
    WRONG_CONTACT = "wrong_contact"
    DONE = "done"
    ALL = (PROMISE, DISPUTE, PAID, WRONG_CONTACT, DONE)


def replies_to_handle() -> peewee.ModelSelect:
    return (
        DebtorReply.select(DebtorReply, Debtor)
        .join(Debtor)
        .where((DebtorReply.kind == ReplyKind.REPLY) & DebtorReply.handled_at.is_null())
        .order_by(DebtorReply.received_at)
    )


def invoices_answered(reply: DebtorReply) -> list[int]:
    """The unpaid invoices the answered reminder was about (the action's default scope)."""
    if reply.reminder_id is None:
        return []
    return [
        invoice_id
        for (invoice_id,) in ReminderInvoice.select(ReminderInvoice.invoice)
        .join(Invoice)
        .where(
            (ReminderInvoice.reminder == reply.reminder_id)
            & Invoice.status.in_(followup.ADJUSTABLE)
        )
        .tuples()
    ]


def handle_reply(reply: DebtorReply, action: str, *, by: str, until: dt.date | None = None) -> None:
    """Carry out staff's decision on a reply and close the task; FollowUpError when the
    decision cannot apply (a promise without a future date, nothing unpaid left)."""
    if action not in ReplyAction.ALL:
        raise followup.FollowUpError("action", f"unknown action {action!r}")
    debtor = Debtor.get_by_id(reply.debtor_id)
    with db.atomic():
        invoices = invoices_answered(reply) or None
        if action == ReplyAction.PROMISE:
            if until is None:
                raise followup.FollowUpError("until", "a promise needs a date")
            followup.promise(debtor, invoices, until, by=by)
        elif action == ReplyAction.DISPUTE:
            followup.dispute(debtor, invoices, by=by, reason="reply")
        elif action == ReplyAction.PAID:
            DebtorNote.create(
                debtor=debtor,
                author=by,
                kind="action",
                text="says paid already: look for the payment",
            )
        elif action == ReplyAction.WRONG_CONTACT:
            mark_email_unusable(debtor, EmailProblem.WRONG_CONTACT, reply.reminder)
        DebtorReply.update(handled_at=now(), handled_by=by[:100], resolution=action).where(
            DebtorReply.id == reply.id
        ).execute()
