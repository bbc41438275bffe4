"""Debtors: search, filters, the bulk ladder assignment, and each debtor's file with actions."""
# ruff: noqa: RUF012 - Flask-Admin views are configured through class attributes

from __future__ import annotations

import datetime as dt
from pathlib import Path

from flask import abort, flash, redirect, request, url_for
from flask_admin import expose
from flask_admin.actions import action
from flask_admin.contrib.peewee.filters import BasePeeweeFilter
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_login import current_user

from admin.base import StaffModelView, link, truncate
from admin.formats import phone
from admin.labels import field_label
from admin.ladders import known_ladders, ladder_names
from admin.timeline import timeline
from admin.worklist import InvalidContact, clean_contact
from ledger import followup
from ledger.clock import today
from ledger.flags import open_flags, resolve_contact_flags
from ledger.models import ContactFlag, Creditor, Debtor, Invoice, InvoiceStatus

_STATUS_ACTIONS = {
    "dispute": followup.dispute,
    "plan": followup.payment_plan,
    "handover": followup.hand_over,
    "resume": followup.resume,
}


class OpenFlagFilter(BasePeeweeFilter):
    def apply(self, query, value):  # type: ignore[no-untyped-def]
        flagged = ContactFlag.select(ContactFlag.debtor).where(ContactFlag.resolved_at.is_null())
        if value == "1":
            return query.where(Debtor.id.in_(flagged))
        return query.where(Debtor.id.not_in(flagged))

    def operation(self):  # type: ignore[no-untyped-def]
        return _l("is")


class OverdueFilter(BasePeeweeFilter):
    def apply(self, query, value):  # type: ignore[no-untyped-def]
        late = Invoice.select(Invoice.debtor).where(
            Invoice.status.in_(InvoiceStatus.UNPAID) & (Invoice.due_date < today())
        )
        if value == "1":
            return query.where(Debtor.id.in_(late))
        return query.where(Debtor.id.not_in(late))

    def operation(self):  # type: ignore[no-untyped-def]
        return _l("is")


class LadderFilter(BasePeeweeFilter):
    def apply(self, query, value):  # type: ignore[no-untyped-def]
        if value == "-":
            return query.where(Debtor.ladder.is_null())
        return query.where(Debtor.ladder == value)

    def operation(self):  # type: ignore[no-untyped-def]
        return _l("equals")


YES_NO = (("1", _l("yes")), ("0", _l("no")))
DEBTOR_LABELS = {
    "name": _l("Name"),
    "creditor": _l("Creditor"),
    "customer_ref": _l("Customer ref"),
    "email": _l("Email"),
    "phone": _l("Phone"),
    "city": _l("City"),
    "ladder": _l("Ladder"),
    "dispute": _l("Dispute"),
    "do_not_contact": _l("Do not contact"),
    "street": _l("Street"),
    "postcode": _l("Postcode"),
    "country": _l("Country"),
    "preferred_channel": _l("Preferred channel (as in rules.yaml)"),
    "payment_method": _l("Payment method (as in rules.yaml)"),
    "language": _l("Language of reminders (fr, en)"),
    "kind": _l("Business or consumer"),
    "notes": _l("Notes"),
}


class DebtorView(StaffModelView):
    related_fields = (Debtor.creditor,)
    can_create = False
    can_edit = True
    column_list = (
        "name",
        "creditor",
        "customer_ref",
        "email",
        "phone",
        "city",
        "ladder",
        "dispute",
        "do_not_contact",
    )
    column_searchable_list = ("name", "customer_ref", "email", "city")
    column_default_sort = ("id", True)
    column_sortable_list = ("name", "customer_ref", "city", "ladder")
    form_columns = (
        "name",
        "customer_ref",
        "email",
        "phone",
        "street",
        "postcode",
        "city",
        "country",
        "preferred_channel",
        "payment_method",
        "kind",
        "language",
        "notes",
    )
    column_labels = DEBTOR_LABELS
    form_choices = {
        "kind": [("business", _l("Business")), ("consumer", _l("Consumer"))],
        "language": [("fr", _l("French")), ("en", _l("English"))],
    }
    # The edit form is labelled like the list (Flask-Admin's default is the field's name).
    form_args = {name: {"label": label} for name, label in DEBTOR_LABELS.items()}

    def __init__(self, rules_path: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.rules_path = rules_path
        self.column_filters = (
            LadderFilter(Debtor.ladder, _l("Ladder"), options=self._ladder_options),
            OpenFlagFilter(Debtor.id, _l("Contact to complete"), options=YES_NO),
            OverdueFilter(Debtor.id, _l("Overdue"), options=YES_NO),
            "dispute",
            "do_not_contact",
        )
        super().__init__(Debtor, *args, **kwargs)

    def _ladder_options(self):  # type: ignore[no-untyped-def]
        return [("-", _l("(rules decide)")), *[(n, n) for n in ladder_names(self.rules_path)]]

    column_formatters = {
        "name": lambda v, c, m, n: link(url_for(".debtor_file", debtor_id=m.id), truncate(m.name)),
        "creditor": lambda v, c, m, n: truncate(m.creditor.name, 40),
        "email": lambda v, c, m, n: truncate(m.email, 40),
        "city": lambda v, c, m, n: truncate(m.city, 30),
        "customer_ref": lambda v, c, m, n: truncate(m.customer_ref, 20),
        "phone": lambda v, c, m, n: phone(m.phone) if m.phone else "",
        "ladder": lambda v, c, m, n: m.ladder or _("(rules decide)"),
    }

    def on_model_change(self, form, model, is_created):  # type: ignore[no-untyped-def]
        try:
            cleaned = clean_contact(
                {k: getattr(model, k) or "" for k in ("email", "phone", "country")},
                model.country or "FR",
            )
        except InvalidContact as invalid:
            raise ValueError(f"{field_label(invalid.field)}: {_(invalid.message)}") from None
        for name, value in cleaned.items():
            setattr(model, name, value)
        if form.kind.data != form.kind.object_data:
            model.kind_reason = f"set by {current_user.username}"[:200]

    def after_model_change(self, form, model, is_created):  # type: ignore[no-untyped-def]
        resolve_contact_flags(model, by=current_user.username)

    @action("assign_ladder", _l("Assign ladder"))
    def assign_ladder_action(self, ids):  # type: ignore[no-untyped-def]
        return redirect(url_for(".assign_ladder", ids=",".join(ids)))

    @expose("/assign-ladder", methods=["GET", "POST"])
    def assign_ladder(self):  # type: ignore[no-untyped-def]
        ids = [i for i in request.values.get("ids", "").split(",") if i.isdigit()]
        if not ids:
            abort(400)
        ladders = known_ladders()
        if request.method == "POST":
            ladder = request.form.get("ladder", "").strip()
            if ladder and ladder not in ladders:
                flash(_("Unknown ladder %(name)s", name=ladder), "error")
            else:
                count = followup.assign_ladder(ids, ladder or None, by=current_user.username)
                flash(
                    ngettext(
                        "Ladder assigned to %(num)d debtor.",
                        "Ladder assigned to %(num)d debtors.",
                        count,
                    ),
                    "success",
                )
                return redirect(url_for(".index_view"))
        return self.render(
            "relance/assign_ladder.html",
            ids=",".join(ids),
            count=len(ids),
            ladders=ladders,
        )

    @expose("/file/<int:debtor_id>")
    def debtor_file(self, debtor_id: int):  # type: ignore[no-untyped-def]
        debtor = (
            Debtor.select(Debtor, Creditor).join(Creditor).where(Debtor.id == debtor_id).first()
        ) or abort(404)
        unpaid = list(
            Invoice.select()
            .where((Invoice.debtor == debtor) & Invoice.status.in_(followup.ADJUSTABLE))
            .order_by(Invoice.due_date)
        )
        return self.render(
            "relance/debtor_file.html",
            debtor=debtor,
            events=timeline(debtor),
            unpaid=unpaid,
            flags=open_flags(debtor),
            tomorrow=today() + dt.timedelta(days=1),
        )

    @expose("/file/<int:debtor_id>/act", methods=["POST"])
    def act(self, debtor_id: int):  # type: ignore[no-untyped-def]
        debtor = Debtor.get_or_none(Debtor.id == debtor_id) or abort(404)
        what = request.form.get("action", "")
        ids = [int(i) for i in request.form.getlist("invoice") if i.isdigit()]
        by = current_user.username
        try:
            if what in _STATUS_ACTIONS:
                _STATUS_ACTIONS[what](debtor, ids, by=by)
            elif what == "promise":
                until = _parse_date(request.form.get("until", ""))
                followup.promise(debtor, ids, until, by=by)
            elif what in ("do_not_contact", "may_contact"):
                followup.set_do_not_contact(debtor, what == "do_not_contact", by=by)
            elif what in ("note", "call"):
                followup.add_note(debtor, request.form.get("text", ""), by=by, kind=what)
            else:
                abort(400)
        except followup.FollowUpError as error:
            flash(f"{error.field}: {_(error.message)}", "error")
        else:
            flash(_("Done."), "success")
        return redirect(url_for(".debtor_file", debtor_id=debtor.id))


def _parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise followup.FollowUpError("until", "a date such as 2026-12-31") from None
