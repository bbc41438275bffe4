"""The dashboard's to-do: what waits for a person, each a count (one aggregate query) and the
list it opens, filtered to exactly those rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from flask import url_for
from flask_babel import lazy_gettext as _l

from admin.filters import filter_url
from admin.ladders import current_rules
from admin.phone import PHONE_CHANNEL
from admin.stats import Dashboard, without_due_date
from admin.unfollowed import unfollowed_invoices
from ledger.letters import letters_to_post
from ledger.models import (
    Document,
    DocumentOutcome,
    Invoice,
    Payment,
    Reminder,
    ReminderStatus,
)
from ledger.replies import replies_to_handle


@dataclass(frozen=True)
class InboxItem:
    key: str
    label: str
    count: int | None  # None: cannot be counted now (rules refused)
    url: str
    urgent: bool = False


def _count(query) -> int:  # type: ignore[no-untyped-def]
    return query.count()


def inbox(today: dt.date, figures: Dashboard) -> list[InboxItem]:
    """Every kind of work waiting, in the order staff should take it (the dashboard's
    `figures` hold the counts it computed already)."""
    rules = current_rules()
    unfollowed = (
        _count(Invoice.select().where(unfollowed_invoices(rules, today)))
        if rules is not None
        else None
    )
    return [
        InboxItem(
            "failed",
            _l("Failed sends"),
            _count(Reminder.select().where(Reminder.status == ReminderStatus.FAILED)),
            filter_url("reminder", ReminderStatus.FAILED, column=Reminder.status),
            urgent=True,
        ),
        InboxItem(
            "to_complete",
            _l("Debtors to complete"),
            figures.debtors_to_complete,
            url_for("worklist.index"),
            urgent=True,
        ),
        InboxItem(
            "replies",
            _l("Replies to handle"),
            _count(replies_to_handle()),
            url_for("replies.index"),
            urgent=True,
        ),
        InboxItem(
            "approvals",
            _l("To approve"),
            figures.awaiting_approval,
            url_for("approvals.index"),
            urgent=True,
        ),
        InboxItem(
            "to_review",
            _l("Invoices to review"),
            figures.invoices_to_review,
            filter_url("invoice", "1", column=Invoice.needs_review),
        ),
        InboxItem(
            "quarantined",
            _l("Quarantined documents"),
            _count(Document.select().where(Document.outcome == DocumentOutcome.QUARANTINED)),
            filter_url("document", DocumentOutcome.QUARANTINED, column=Document.outcome),
        ),
        InboxItem(
            "unmatched",
            _l("Unmatched payments"),
            _count(Payment.select().where(Payment.unallocated > 0)),
            filter_url("payment", "1", column=Payment.unallocated),
        ),
        InboxItem(
            "letters",
            _l("Letters to post"),
            letters_to_post(),
            url_for("letters.index"),
        ),
        InboxItem(
            "calls",
            _l("Calls to make"),
            _count(
                Reminder.select().where(
                    (Reminder.channel == PHONE_CHANNEL)
                    & (Reminder.status == ReminderStatus.PENDING)
                    & Reminder.done_at.is_null()
                )
            ),
            url_for("phone.index"),
        ),
        InboxItem(
            "no_due_date",
            _l("Invoices without a due date"),
            _count(Invoice.select().where(without_due_date())),
            filter_url("invoice", "1", key="no_due_date"),
        ),
        InboxItem(
            "unfollowed",
            _l("Overdue invoices no ladder follows"),
            unfollowed,
            filter_url("invoice", "1", key="unfollowed"),
        ),
    ]
