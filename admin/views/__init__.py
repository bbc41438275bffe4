"""Every page of the back office, registered on one Flask-Admin instance."""

from __future__ import annotations

from flask import Flask
from flask_admin import Admin
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l

from admin import formats, menu
from admin.intake_text import intake_reason
from admin.labels import (
    answer_label,
    channel_label,
    debtor_kind_label,
    field_label,
    invoice_status_label,
    kind_label,
    matched_by_label,
    outcome_label,
    parse_source_label,
    reminder_status_label,
    role_label,
    write_off_reason,
)
from admin.ledger_text import (
    blocked_reason,
    decision_text,
    flag_reason,
    kind_reason,
    reminder_outcome,
    warning_text,
)
from admin.letters import stale_reason
from admin.links import invoice_url
from admin.steps import step_label
from admin.views.approvals import ApprovalsView
from admin.views.creditors import CreditorsView
from admin.views.debtors import DebtorView
from admin.views.handover import HandoverView
from admin.views.invoices import InvoiceView
from admin.views.learned import LearnedTemplateView
from admin.views.lists import (
    AdminUserView,
    DocumentView,
    MailView,
    PaymentView,
)
from admin.views.pages import LettersView, PhoneTasksView, RulesView
from admin.views.reminders import ReminderView
from admin.views.replies import RepliesView
from admin.views.upcoming import UpcomingView
from admin.views.worklist import WorklistView
from ledger.models import (
    AdminUser,
    Document,
    InboundMail,
    Invoice,
    LearnedTemplate,
    Payment,
    Reminder,
)


def template_helpers() -> dict[str, object]:
    return {
        "kind_label": kind_label,
        "answer_label": answer_label,
        "channel_label": channel_label,
        "debtor_kind_label": debtor_kind_label,
        "field_label": field_label,
        "invoice_status_label": invoice_status_label,
        "reminder_status_label": reminder_status_label,
        "outcome_label": outcome_label,
        "matched_by_label": matched_by_label,
        "role_label": role_label,
        "write_off_reason": write_off_reason,
        "decision_text": decision_text,
        "flag_reason": flag_reason,
        "blocked_reason": blocked_reason,
        "reminder_outcome": reminder_outcome,
        "intake_reason": intake_reason,
        "parse_source_label": parse_source_label,
        "euros": formats.euros,
        "amounts": formats.amounts,
        "warning_text": warning_text,
        "kind_reason": kind_reason,
        "step_label": step_label,
        "invoice_url": invoice_url,
        "stale_reason": stale_reason,
        "get_locale": get_locale,
    }


def register_views(admin: Admin, app: Flask) -> None:
    app.context_processor(template_helpers)
    app.add_template_filter(formats.day, "day")
    app.add_template_filter(formats.moment, "moment")
    app.add_template_filter(formats.seconds, "seconds")
    app.add_template_filter(formats.phone, "phone")
    admin.add_view(
        WorklistView(name=_l("Contacts to complete"), endpoint="worklist", url="/admin/worklist")
    )
    admin.add_view(DebtorView(app.config["RELANCE_RULES"], name=_l("Debtors"), endpoint="debtor"))
    admin.add_view(InvoiceView(Invoice, name=_l("Invoices"), endpoint="invoice"))
    admin.add_view(PaymentView(Payment, name=_l("Payments"), endpoint="payment"))
    admin.add_view(
        UpcomingView(
            name=_l("Upcoming reminders"),
            endpoint="upcoming",
            url="/admin/upcoming",
            category=menu.REMINDERS,
        )
    )
    admin.add_view(
        ApprovalsView(
            name=_l("To approve"),
            endpoint="approvals",
            url="/admin/approvals",
            category=menu.REMINDERS,
        )
    )
    admin.add_view(
        ReminderView(
            Reminder, name=_l("Reminder history"), endpoint="reminder", category=menu.REMINDERS
        )
    )
    admin.add_view(
        RepliesView(
            name=_l("Replies to handle"),
            endpoint="replies",
            url="/admin/replies",
            category=menu.REMINDERS,
        )
    )
    admin.add_view(
        LettersView(
            name=_l("Letters to print"),
            endpoint="letters",
            url="/admin/letters",
            category=menu.REMINDERS,
        )
    )
    admin.add_view(
        PhoneTasksView(
            name=_l("Phone tasks"), endpoint="phone", url="/admin/phone", category=menu.REMINDERS
        )
    )
    admin.add_view(
        HandoverView(
            name=_l("Collection agency"),
            endpoint="handover",
            url="/admin/handover",
            category=menu.REMINDERS,
        )
    )
    admin.add_view(
        DocumentView(Document, name=_l("Documents"), endpoint="document", category=menu.INTAKE)
    )
    admin.add_view(
        LearnedTemplateView(
            LearnedTemplate, name=_l("Learned templates"), endpoint="learned", category=menu.INTAKE
        )
    )
    admin.add_view(
        MailView(InboundMail, name=_l("Mails received"), endpoint="mail", category=menu.INTAKE)
    )
    admin.add_view(
        RulesView(name=_l("Rules"), endpoint="rules", url="/admin/rules", category=menu.SETTINGS)
    )
    admin.add_view(
        AdminUserView(AdminUser, name=_l("Users"), endpoint="adminuser", category=menu.SETTINGS)
    )
    admin.add_view(
        CreditorsView(
            name=_l("Creditors"),
            endpoint="creditors",
            url="/admin/creditors",
            category=menu.SETTINGS,
        )
    )
