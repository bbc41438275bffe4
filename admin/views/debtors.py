"""Debtors: search, filters, the bulk ladder assignment, and each debtor's file with actions."""
# ruff: noqa: RUF012 - Flask-Admin views are configured through class attributes

from __future__ import annotations

from pathlib import Path

from flask import abort, flash, redirect, request, url_for
from flask_admin import expose
from flask_admin.actions import action
from flask_admin.contrib.peewee.filters import BasePeeweeFilter
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_login import current_user
from markupsafe import Markup, escape

from admin.balances import SORTABLE, balances, sort_by_balance
from admin.base import StaffModelView, link, truncate
from admin.csv_export import CsvColumn, amount_cell
from admin.debtor_form import AUDITED, FORM_ARGS, FORM_OVERRIDES, FORM_WIDGETS, changes
from admin.filters import CreditorFilter
from admin.formats import amounts, day, phone
from admin.ladders import known_ladders, ladder_names
from admin.search import debtor_or_invoice_matches
from admin.views.debtor_bulk import BulkActions
from admin.views.debtor_file import DebtorFile
from admin.worklist import clean_contact
from ledger import followup
from ledger.clock import today
from ledger.flags import resolve_contact_flags
from ledger.models import ContactFlag, Debtor, Invoice, InvoiceStatus


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
    "preferred_channel": _l("Preferred channel"),
    "payment_method": _l("Payment method"),
    "language": _l("Language of reminders"),
    "kind": _l("Business or consumer"),
    "notes": _l("Notes"),
    "balance": _l("Balance"),
    "overdue": _l("Overdue"),
    "oldest_due": _l("Oldest due date"),
    "days_overdue": _l("Days overdue"),
    "flags": _l("Flags"),
}


def _amounts(found: dict) -> str:  # type: ignore[type-arg]
    """Each currency apart (admin.formats.amounts); nothing owed: an empty cell."""
    return amounts(found) if found else ""


def _flags(model: Debtor) -> Markup:
    badges = []
    if model.dispute:
        badges.append(f'<span class="badge badge-danger">{escape(_("Dispute"))}</span>')
    if model.do_not_contact:
        badges.append(f'<span class="badge badge-dark">{escape(_("Do not contact"))}</span>')
    return Markup(" ".join(badges))  # noqa: S704 - labels escaped above


class DebtorView(DebtorFile, BulkActions, StaffModelView):
    related_fields = (Debtor.creditor,)
    can_create = False
    can_edit = True
    column_list = (
        "name",
        "customer_ref",
        "email",
        "phone",
        "city",
        "balance",
        "overdue",
        "oldest_due",
        "days_overdue",
        "ladder",
        "flags",
    )
    column_searchable_list = ("name", "customer_ref", "email", "phone", "city")
    column_default_sort = ("id", True)
    column_sortable_list = (
        "name",
        "customer_ref",
        "city",
        "ladder",
        *((name, Debtor.id) for name in (*SORTABLE, "days_overdue")),
    )
    csv_name = "debiteurs"
    csv_columns = (
        CsvColumn(_l("Name"), lambda d: d.name),
        CsvColumn(_l("Creditor"), lambda d: d.creditor.name),
        CsvColumn(_l("Customer ref"), lambda d: d.customer_ref),
        CsvColumn(_l("Email"), lambda d: d.email),
        CsvColumn(_l("Phone"), lambda d: d.phone),
        CsvColumn(_l("Street"), lambda d: d.street),
        CsvColumn(_l("Postcode"), lambda d: d.postcode),
        CsvColumn(_l("City"), lambda d: d.city),
        CsvColumn(_l("Country"), lambda d: d.country),
        CsvColumn(_l("Currency"), lambda d: ", ".join(d.balance.due)),
        CsvColumn(_l("Balance"), lambda d: amount_cell(d.balance.due)),
        CsvColumn(_l("Overdue"), lambda d: amount_cell(d.balance.overdue)),
        CsvColumn(_l("Oldest due date"), lambda d: d.balance.oldest_due),
        CsvColumn(_l("Ladder"), lambda d: d.ladder),
        CsvColumn(_l("Dispute"), lambda d: d.dispute),
        CsvColumn(_l("Do not contact"), lambda d: d.do_not_contact),
    )

    def search_condition(self, term: str):  # type: ignore[no-untyped-def]
        return debtor_or_invoice_matches(term)

    def sort_expression(self, query, column):  # type: ignore[no-untyped-def]
        if column == "days_overdue":
            column = "oldest_due"
        return sort_by_balance(query, column, today()) if column in SORTABLE else None

    def after_page(self, rows):  # type: ignore[no-untyped-def]
        super().after_page(rows)
        found = balances([row.id for row in rows], today())
        for row in rows:
            row.balance = found[row.id]

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
        "language",
        "kind",
        "notes",
    )
    column_labels = DEBTOR_LABELS
    # The edit form is labelled like the list (Flask-Admin's default is the field's name).
    form_args = {
        name: {"label": label, **FORM_ARGS.get(name, {})} for name, label in DEBTOR_LABELS.items()
    }
    form_overrides = FORM_OVERRIDES
    form_widget_args = FORM_WIDGETS

    def __init__(self, rules_path: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.rules_path = rules_path
        self.column_filters = (
            LadderFilter(Debtor.ladder, _l("Ladder"), options=self._ladder_options),
            OpenFlagFilter(Debtor.id, _l("Contact to complete"), options=YES_NO),
            OverdueFilter(Debtor.id, _l("Overdue"), options=YES_NO),
            "dispute",
            "do_not_contact",
            CreditorFilter(Debtor.creditor, _l("Creditor")),
        )
        super().__init__(Debtor, *args, **kwargs)

    def _ladder_options(self):  # type: ignore[no-untyped-def]
        return [("-", _l("(rules decide)")), *[(n, n) for n in ladder_names(self.rules_path)]]

    column_formatters = {
        "name": lambda v, c, m, n: link(url_for(".debtor_file", debtor_id=m.id), truncate(m.name)),
        "balance": lambda v, c, m, n: _amounts(m.balance.due),
        "overdue": lambda v, c, m, n: _amounts(m.balance.overdue),
        "oldest_due": lambda v, c, m, n: day(m.balance.oldest_due) if m.balance.oldest_due else "",
        "days_overdue": lambda v, c, m, n: m.balance.days_overdue(today()) or "",
        "flags": lambda v, c, m, n: _flags(m),
        "email": lambda v, c, m, n: truncate(m.email, 40),
        "city": lambda v, c, m, n: truncate(m.city, 30),
        "customer_ref": lambda v, c, m, n: truncate(m.customer_ref, 20),
        "phone": lambda v, c, m, n: phone(m.phone) if m.phone else "",
        "ladder": lambda v, c, m, n: m.ladder or _("(rules decide)"),
    }

    def update_model(self, form, model):  # type: ignore[no-untyped-def]
        before = {name: getattr(model, name) for name in AUDITED}
        saved = super().update_model(form, model)
        changed = changes(before, model) if saved else []
        if changed:
            followup.note_edit(model, changed, by=current_user.username)
        return saved

    def on_model_change(self, form, model, is_created):  # type: ignore[no-untyped-def]
        # The form's validators already refused a bad email or phone; here they are stored
        # normalised (phone in E.164, country in capitals).
        cleaned = clean_contact(
            {k: getattr(model, k) or "" for k in ("email", "phone", "country")},
            model.country or "FR",
        )
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
