"""Invoices, payments, documents, mails and users: lists with filters, few edits."""
# ruff: noqa: RUF012 - Flask-Admin views are configured through class attributes

from __future__ import annotations

from flask import abort, current_app, flash, redirect, request, url_for
from flask_admin import expose
from flask_admin.contrib.peewee.filters import BasePeeweeFilter, FilterEqual
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from wtforms import PasswordField, SelectField
from wtforms.fields.choices import SelectChoice

from admin.base import StaffModelView, link, truncate
from admin.csv_export import CsvColumn
from admin.files import send_stored
from admin.formats import euros, file_size
from admin.intake_text import intake_reason
from admin.labels import (
    OUTCOMES,
    choices,
    mail_source_label,
    outcome_label,
    role_label,
)
from admin.labels import ROLES as ROLE_LABELS
from admin.matching import REASONS as MATCH_REASONS
from admin.matching import MatchError, match_manually, refusal_text, suggestions
from admin.reprocess import ReprocessRefused
from admin.reprocess import reprocess as reprocess_document
from ledger.models import (
    Document,
    DocumentOutcome,
    InboundMail,
    Payment,
)
from ledger.users import ROLES, create_user, password_hash

YES_NO = (("1", _l("yes")), ("0", _l("no")))


class UnmatchedFilter(BasePeeweeFilter):
    def apply(self, query, value):  # type: ignore[no-untyped-def]
        return query.where(Payment.unallocated > 0 if value == "1" else Payment.unallocated <= 0)

    def operation(self):  # type: ignore[no-untyped-def]
        return _l("is")


class PaymentView(StaffModelView):
    related_fields = (Payment.creditor,)
    can_create = can_edit = False
    column_list = (
        "received_on",
        "creditor",
        "amount",
        "unallocated",
        "payer_name",
        "reference",
        "customer_ref",
        "method",
        "import_batch",
    )
    column_searchable_list = ("reference", "payer_name", "customer_ref")
    column_sortable_list = ("received_on", "amount", "unallocated")
    column_default_sort = ("received_on", True)
    column_filters = (
        UnmatchedFilter(Payment.unallocated, _l("Unmatched"), options=YES_NO),
        "received_on",
        "import_batch",
    )
    column_formatters = {
        "creditor": lambda v, c, m, n: truncate(m.creditor.name, 30),
        "reference": lambda v, c, m, n: truncate(m.reference, 40),
        "payer_name": lambda v, c, m, n: truncate(m.payer_name, 40),
        "unallocated": lambda v, c, m, n: (
            link(
                url_for(".match", payment_id=m.id),
                euros(m.unallocated, m.currency),
                **{"class": "match-link"},
            )
            if m.unallocated > 0
            else euros(m.unallocated, m.currency)
        ),
    }
    column_labels = {
        "received_on": _l("Received"),
        "creditor": _l("Creditor"),
        "amount": _l("Amount"),
        "unallocated": _l("Unallocated"),
        "payer_name": _l("Payer"),
        "reference": _l("Reference"),
        "customer_ref": _l("Customer ref"),
        "method": _l("Method"),
        "import_batch": _l("Import file"),
    }
    csv_name = "paiements"
    csv_columns = (
        CsvColumn(_l("Received"), lambda p: p.received_on),
        CsvColumn(_l("Creditor"), lambda p: p.creditor.name),
        CsvColumn(_l("Amount"), lambda p: p.amount),
        CsvColumn(_l("Unallocated"), lambda p: p.unallocated),
        CsvColumn(_l("Currency"), lambda p: p.currency),
        CsvColumn(_l("Payer"), lambda p: p.payer_name),
        CsvColumn(_l("Reference"), lambda p: p.reference),
        CsvColumn(_l("Customer ref"), lambda p: p.customer_ref),
        CsvColumn(_l("Method"), lambda p: p.method),
        CsvColumn(_l("Import file"), lambda p: p.import_batch),
    )

    @expose("/match/<int:payment_id>", methods=["GET", "POST"])
    def match(self, payment_id: int):  # type: ignore[no-untyped-def]
        payment = Payment.get_or_none(Payment.id == payment_id) or abort(404)
        form = request.form if request.method == "POST" else {}
        refused = None
        if request.method == "POST":
            try:
                match_manually(
                    payment,
                    form.get("invoice", ""),
                    form.get("amount", ""),
                    by=current_user.username,
                    write_off=form.get("write_off") == "1",
                    reason=form.get("reason", ""),
                )
            except MatchError as error:
                refused = error
            else:
                flash(_("Payment matched."), "success")
                return redirect(url_for(".index_view", flt0_0="1"))
        search = request.args.get("q", "").strip()
        page = self.render(
            "relance/match.html",
            payment=payment,
            suggestions=suggestions(payment, search, keep=form.get("invoice", "")),
            reasons=MATCH_REASONS,
            search=search,
            form=form,
            refused=refused,
            refusal=refusal_text(refused) if refused else "",
        )
        return (page, 400) if refused else page


class MailView(StaffModelView):
    """Every received mail with its outcome: a refused sender or an unreadable mail shows here."""

    related_fields = (InboundMail.creditor,)
    can_create = can_edit = False
    column_list = ("received_at", "source", "sender", "subject", "creditor", "outcome", "reason")
    column_searchable_list = ("sender", "subject", "message_id")
    column_sortable_list = ("received_at", "outcome")
    column_default_sort = ("received_at", True)
    column_filters = (
        FilterEqual(InboundMail.outcome, _l("Outcome"), options=choices(OUTCOMES)),
        "sender",
    )
    column_formatters = {
        "sender": lambda v, c, m, n: truncate(m.sender, 40),
        "subject": lambda v, c, m, n: truncate(m.subject, 60),
        "reason": lambda v, c, m, n: truncate(intake_reason(m.reason), 80),
        "creditor": lambda v, c, m, n: truncate(m.creditor.name if m.creditor else "", 30),
        "source": lambda v, c, m, n: mail_source_label(m.source),
        "outcome": lambda v, c, m, n: outcome_label(m.outcome),
    }
    column_labels = {
        "message_id": _l("Message-ID"),
        "received_at": _l("Received"),
        "source": _l("Via"),
        "sender": _l("Sender"),
        "subject": _l("Subject"),
        "creditor": _l("Creditor"),
        "outcome": _l("Outcome"),
        "reason": _l("Reason"),
    }


class DocumentView(StaffModelView):
    related_fields = (Document.creditor,)
    can_create = can_edit = False
    column_list = (
        "received_at",
        "original_filename",
        "sender",
        "creditor",
        "outcome",
        "reason",
        "size",
    )
    column_searchable_list = ("original_filename", "sender", "sha256")
    column_sortable_list = ("received_at", "outcome", "size")
    column_default_sort = ("received_at", True)
    column_filters = (
        FilterEqual(Document.outcome, _l("Outcome"), options=choices(OUTCOMES)),
        "sender",
    )
    column_formatters = {
        "original_filename": lambda v, c, m, n: link(
            url_for("document.pdf", document_id=m.id),
            truncate(m.original_filename or f"document {m.id}", 50),
            target="_blank",
            rel="noopener",
        ),
        "sender": lambda v, c, m, n: truncate(m.sender, 40),
        "reason": lambda v, c, m, n: truncate(intake_reason(m.reason), 80),
        "creditor": lambda v, c, m, n: truncate(m.creditor.name if m.creditor else "", 30),
        "outcome": lambda v, c, m, n: outcome_label(m.outcome),
        "size": lambda v, c, m, n: file_size(m.size),
    }
    column_labels = {
        "sha256": _l("SHA-256"),
        "received_at": _l("Received"),
        "original_filename": _l("File"),
        "sender": _l("Sender"),
        "creditor": _l("Creditor"),
        "outcome": _l("Outcome"),
        "reason": _l("Reason"),
        "size": _l("Size"),
    }
    list_template = "relance/document_list.html"

    @expose("/pdf/<int:document_id>")
    def pdf(self, document_id: int):  # type: ignore[no-untyped-def]
        document = Document.get_or_none(Document.id == document_id) or abort(404)
        return send_stored(document.storage_path, document.original_filename)

    @expose("/reprocess/<int:document_id>", methods=["POST"])
    def reprocess(self, document_id: int):  # type: ignore[no-untyped-def]
        document = Document.get_or_none(Document.id == document_id) or abort(404)
        try:
            result = reprocess_document(
                document.id,
                current_app.config["RELANCE_DATA_DIR"],
                current_app.config["RELANCE_REVIEW_THRESHOLD"],
            )
        except ReprocessRefused as refused:
            flash(str(refused), "error")
        else:
            flash(
                _(
                    "Document %(name)s: %(outcome)s (%(reason)s)",
                    name=truncate(document.original_filename, 60),
                    outcome=outcome_label(result.outcome),
                    reason=truncate(intake_reason(result.reason), 200),
                ),
                "success" if result.outcome == DocumentOutcome.INGESTED else "warning",
            )
        return redirect(
            request.referrer if _same_site(request.referrer) else url_for(".index_view")
        )


def _same_site(url: str | None) -> bool:
    return bool(url) and url.startswith(request.host_url)


class AdminUserView(StaffModelView):
    required_role = "admin"
    can_create = True
    can_edit = True
    column_list = ("username", "role", "active", "failed_logins", "last_login_at")
    form_columns = ("username", "role", "active")
    form_extra_fields = {"new_password": PasswordField(_l("New password"))}
    form_overrides = {"role": SelectField}
    form_args = {
        "username": {"label": _l("Username")},
        "active": {"label": _l("Active")},
        "role": {
            "label": _l("Role"),
            "choices": [SelectChoice(v, label) for v, label in choices(ROLE_LABELS) if v in ROLES],
        },
    }
    column_formatters = {"role": lambda v, c, m, n: role_label(m.role)}
    column_labels = {
        "username": _l("Username"),
        "role": _l("Role"),
        "active": _l("Active"),
        "failed_logins": _l("Failed logins"),
        "last_login_at": _l("Last login"),
    }

    def create_model(self, form):  # type: ignore[no-untyped-def]
        try:
            user = create_user(form.username.data, form.new_password.data or "", form.role.data)
        except ValueError as error:
            flash(_(str(error)), "error")
            return False
        self.after_model_change(form, user, True)
        return user

    def on_model_change(self, form, model, is_created):  # type: ignore[no-untyped-def]
        if form.new_password.data:
            try:
                model.password_hash = password_hash(form.new_password.data, username=model.username)
            except ValueError as error:
                raise ValueError(_(str(error))) from None
            model.failed_logins = 0
            # A new password ends the account's open sessions, a copied cookie included.
            model.session_version += 1
