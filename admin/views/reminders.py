"""The outbox as staff read it: every reminder, its status, totals per currency, its letter."""
# ruff: noqa: RUF012 - Flask-Admin views are configured through class attributes

from __future__ import annotations

from flask import abort, url_for
from flask_admin import expose
from flask_admin.contrib.peewee.filters import FilterEqual
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from admin.base import StaffModelView, debtor_link, link, truncate
from admin.csv_export import CsvColumn, amount_cell
from admin.files import send_stored
from admin.formats import amounts
from admin.labels import CHANNELS as CHANNEL_LABELS
from admin.labels import REMINDER_STATUSES, channel_label, choices, reminder_status_label
from admin.ledger_text import reminder_outcome
from admin.search import matching_debtors
from admin.steps import step_label
from ledger.models import Reminder


class ReminderView(StaffModelView):
    related_fields = (Reminder.debtor,)
    can_create = can_edit = False
    can_view_details = True
    column_list = (
        "due_on",
        "debtor",
        "step_id",
        "channel",
        "status",
        "totals",
        "recipient",
        "sent_at",
        "last_error",
    )
    column_details_list = (
        "due_on",
        "debtor",
        "ladder",
        "step_id",
        "channel",
        "status",
        "totals",
        "recipient",
        "subject",
        "body_text",
        "file_path",
        "provider_id",
        "attempts",
        "last_error",
        "sent_at",
        "done_at",
        "outcome",
    )
    column_sortable_list = ("due_on", "channel", "status", "sent_at")
    column_default_sort = ("id", True)
    column_filters = (
        FilterEqual(Reminder.channel, _l("Channel"), options=choices(CHANNEL_LABELS)),
        FilterEqual(Reminder.status, _l("Status"), options=choices(REMINDER_STATUSES)),
        "step_id",
        "due_on",
    )
    column_formatters = {
        "debtor": debtor_link,
        "recipient": lambda v, c, m, n: truncate(m.recipient, 40),
        "last_error": lambda v, c, m, n: truncate(m.last_error, 60),
        "channel": lambda v, c, m, n: channel_label(m.channel),
        "status": lambda v, c, m, n: reminder_status_label(m.status),
        "totals": lambda v, c, m, n: amounts(m.totals),
        "step_id": lambda v, c, m, n: step_label(m.step_id, m.ladder),
    }
    column_formatters_detail = {
        "step_id": lambda v, c, m, n: step_label(m.step_id, m.ladder),
        "totals": lambda v, c, m, n: amounts(m.totals),
        "outcome": lambda v, c, m, n: reminder_outcome(m.outcome),
        "debtor": debtor_link,
        "channel": lambda v, c, m, n: channel_label(m.channel),
        "status": lambda v, c, m, n: reminder_status_label(m.status),
        "file_path": lambda v, c, m, n: (
            link(url_for("reminder.letter", reminder_id=m.id), _("letter PDF"))
            if m.file_path
            else ""
        ),
    }
    column_labels = {
        "due_on": _l("Due on"),
        "debtor": _l("Debtor"),
        "step_id": _l("Step"),
        "channel": _l("Channel"),
        "status": _l("Status"),
        "totals": _l("Total"),
        "recipient": _l("Recipient"),
        "sent_at": _l("Sent at"),
        "last_error": _l("Error"),
        "ladder": _l("Ladder"),
        "subject": _l("Subject"),
        "body_text": _l("Text"),
        "file_path": _l("Letter"),
        "provider_id": _l("Provider id"),
        "attempts": _l("Attempts"),
        "done_at": _l("Done at"),
        "outcome": _l("Outcome"),
    }
    column_searchable_list = ("recipient",)
    csv_name = "relances"
    csv_columns = (
        CsvColumn(_l("Due on"), lambda r: r.due_on),
        CsvColumn(_l("Debtor"), lambda r: r.debtor.name),
        CsvColumn(_l("Ladder"), lambda r: r.ladder),
        CsvColumn(_l("Step"), lambda r: step_label(r.step_id, r.ladder)),
        CsvColumn(_l("Channel"), lambda r: channel_label(r.channel)),
        CsvColumn(_l("Status"), lambda r: reminder_status_label(r.status)),
        CsvColumn(_l("Currency"), lambda r: ", ".join(r.totals)),
        CsvColumn(_l("Total"), lambda r: amount_cell(r.totals)),
        CsvColumn(_l("Recipient"), lambda r: r.recipient),
        CsvColumn(_l("Sent at"), lambda r: r.sent_at),
        CsvColumn(_l("Error"), lambda r: r.last_error),
    )

    def search_condition(self, term: str):  # type: ignore[no-untyped-def]
        return Reminder.debtor.in_(matching_debtors(term)) | (Reminder.recipient ** f"%{term}%")

    def search_placeholder(self) -> str:
        return _("Search: debtor, email, phone, customer ref")

    @expose("/letter/<int:reminder_id>")
    def letter(self, reminder_id: int):  # type: ignore[no-untyped-def]
        reminder = Reminder.get_or_none(Reminder.id == reminder_id) or abort(404)
        return send_stored(reminder.file_path, f"reminder-{reminder.id}{reminder.file_path[67:]}")
