"""Invoices: the list with its filters ("À vérifier" among them), and THE invoice page, one per
invoice: the document's page drawn beside the fields, the problems highlighted, and the review
decisions (validate, correct and validate, reject); the same page types an invoice by hand from
a document intake could not read."""
# ruff: noqa: RUF012 - Flask-Admin views are configured through class attributes

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import abort, current_app, flash, redirect, request, url_for
from flask_admin import expose
from flask_admin.contrib.peewee.filters import BasePeeweeFilter, FilterEqual
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from markupsafe import Markup, escape
from werkzeug.wrappers import Response

from admin import review
from admin.base import StaffModelView, attach_related, debtor_link, link, truncate, valid_id
from admin.csv_export import CsvColumn
from admin.filters import CreditorFilter, NoDueDateFilter, UnfollowedFilter
from admin.formats import euros
from admin.invoice_form import (
    COMMON_CURRENCIES,
    INPUT_OF,
    INPUTS,
    FormError,
    form_values,
    parse_form,
)
from admin.labels import (
    INVOICE_STATUSES,
    choices,
    form_field_label,
    invoice_status_label,
    record_field_label,
    refusal,
)
from admin.messages import N_
from admin.review_problems import Problem, problems
from admin.search import invoice_matches
from ingest.pictures import CannotDraw, stored_page_count, stored_page_png
from ledger.clock import today
from ledger.models import (
    Creditor,
    Document,
    DocumentOutcome,
    Invoice,
    InvoiceStatus,
    LearnedTemplate,
)
from ledger.review import DebtorEdit, InvoiceEdit, ReviewError, edit_of

YES_NO = (("1", _l("yes")), ("0", _l("no")))
PICTURE_WIDTH = 900


class OverdueInvoiceFilter(BasePeeweeFilter):
    def apply(self, query, value):  # type: ignore[no-untyped-def]
        late = Invoice.status.in_(InvoiceStatus.UNPAID) & (Invoice.due_date < today())
        return query.where(late if value == "1" else ~late)

    def operation(self):  # type: ignore[no-untyped-def]
        return _l("is")


class ToReviewFilter(BasePeeweeFilter):
    def apply(self, query, value):  # type: ignore[no-untyped-def]
        return query.where(Invoice.needs_review == (value == "1"))

    def operation(self):  # type: ignore[no-untyped-def]
        return _l("is")


# The list's "À vérifier" link: ToReviewFilter is the third filter below.
TO_REVIEW_ARGS = {"flt0_2": "1"}


def _data_dir() -> Path:
    return current_app.config["RELANCE_DATA_DIR"]


def _days_overdue(invoice: Invoice) -> int | None:
    late = invoice.status in InvoiceStatus.UNPAID and invoice.due_date is not None
    days = (today() - invoice.due_date).days if late else 0
    return days if days > 0 else None


def _invoice_status(invoice: Invoice) -> Markup:
    text = escape(invoice_status_label(invoice.status))
    if invoice.needs_review:
        text += Markup(' <span class="badge badge-warning">%s</span>') % _("to review")
    return Markup(text)  # noqa: S704 - escaped above


class InvoiceView(StaffModelView):
    related_fields = (Invoice.debtor,)
    can_create = can_edit = False
    list_template = "relance/invoice_list.html"
    column_list = (
        "number",
        "debtor",
        "issue_date",
        "due_date",
        "days_overdue",
        "total",
        "amount_due",
        "status",
    )
    column_searchable_list = ("number",)
    column_sortable_list = (
        "number",
        "issue_date",
        "due_date",
        ("days_overdue", Invoice.due_date),
        "total",
        "amount_due",
        "status",
    )
    column_default_sort = ("due_date", True)
    # The first three keep their places: TO_REVIEW_ARGS and bookmarks name them by position.
    column_filters = (
        OverdueInvoiceFilter(Invoice.due_date, _l("Overdue"), options=YES_NO),
        FilterEqual(Invoice.status, _l("Status"), options=choices(INVOICE_STATUSES)),
        ToReviewFilter(Invoice.needs_review, _l("To review"), options=YES_NO),
        "due_date",
        NoDueDateFilter(Invoice.due_date, _l("Without a due date")),
        UnfollowedFilter(Invoice.debtor, _l("Followed by no ladder")),
        CreditorFilter(Invoice.creditor, _l("Creditor")),
    )
    column_formatters = {
        "debtor": debtor_link,
        "number": lambda v, c, m, n: link(
            url_for(".page", invoice_id=m.id), truncate(m.number, 30), **{"class": "invoice-link"}
        ),
        "days_overdue": lambda v, c, m, n: _days_overdue(m) or "",
        "total": lambda v, c, m, n: euros(m.total, m.currency),
        "amount_due": lambda v, c, m, n: euros(m.amount_due, m.currency),
        "status": lambda v, c, m, n: _invoice_status(m),
    }
    column_labels = {
        "number": _l("Number"),
        "debtor": _l("Debtor"),
        "creditor": _l("Creditor"),
        "issue_date": _l("Issued"),
        "due_date": _l("Due"),
        "days_overdue": _l("Days overdue"),
        "total": _l("Total"),
        "amount_due": _l("Amount due"),
        "status": _l("Status"),
        "parse_source": _l("Read by"),
        "needs_review": _l("To review"),
    }
    csv_name = "factures"
    csv_columns = (
        CsvColumn(_l("Number"), lambda i: i.number),
        CsvColumn(_l("Debtor"), lambda i: i.debtor.name),
        CsvColumn(_l("Customer ref"), lambda i: i.debtor.customer_ref),
        CsvColumn(_l("Creditor"), lambda i: i.creditor.name),
        CsvColumn(_l("Issued"), lambda i: i.issue_date),
        CsvColumn(_l("Due"), lambda i: i.due_date),
        CsvColumn(_l("Days overdue"), _days_overdue),
        CsvColumn(_l("Currency"), lambda i: i.currency),
        CsvColumn(_l("Total"), lambda i: i.total),
        CsvColumn(_l("Amount due"), lambda i: i.amount_due),
        CsvColumn(_l("Status"), lambda i: invoice_status_label(i.status)),
        CsvColumn(_l("To review"), lambda i: i.needs_review),
    )

    def search_condition(self, term: str):  # type: ignore[no-untyped-def]
        return invoice_matches(term)

    def search_placeholder(self) -> str:
        return _("Search: number, debtor, email, phone, customer ref")

    def sort_expression(self, query, column):  # type: ignore[no-untyped-def]
        if column == "days_overdue":
            return query, Invoice.due_date, True
        return None

    def after_page(self, rows):  # type: ignore[no-untyped-def]
        attach_related(rows, (Invoice.debtor, Invoice.creditor))

    @expose("/<int:invoice_id>/", methods=["GET", "POST"])
    def page(self, invoice_id: int):  # type: ignore[no-untyped-def]
        invoice = Invoice.get_or_none(Invoice.id == invoice_id) or abort(404)
        if request.method == "GET":
            return self._page(invoice, form_values(edit_of(invoice)))
        action = request.form.get("action", "")
        by = current_user.username
        try:
            if action == "validate":
                if review.would_change(invoice, parse_form(request.form)):
                    raise FormError("", N_("fields were changed: use Correct and validate"))
                learned = review.validate_invoice(invoice, by=by, data_dir=_data_dir())
                flash(_("Invoice %(number)s validated.", number=invoice.number), "success")
            elif action == "correct":
                edit = parse_form(request.form)
                _changed, learned = review.correct_invoice(
                    invoice, edit, by=by, data_dir=_data_dir()
                )
                flash(_("Invoice %(number)s corrected and validated.", number=invoice.number))
            elif action == "reject":
                review.reject_invoice(invoice, by=by)
                learned = None
                flash(_("%(number)s rejected: not an invoice.", number=invoice.number), "success")
            elif action == "cancel":
                _confirmed(request.form)
                review.cancel_invoice(invoice, by=by, reason=request.form.get("reason", ""))
                flash(_("Invoice %(number)s cancelled.", number=invoice.number), "success")
                return redirect(url_for(".page", invoice_id=invoice.id))
            else:
                abort(400)
        except (FormError, ReviewError) as error:
            # The cancel form sends only its reason: the fields stay as recorded.
            values = dict(request.form)
            if action == "cancel":
                values = {**form_values(edit_of(invoice)), "reason": values.get("reason", "")}
            return self._page(invoice, values, error=_error(error), status=400)
        _say_learned(learned)
        return redirect(_next_to_review(invoice.id))

    # Flask-Admin's own addresses for a row (bookmarks, hand-typed URLs) open THE invoice page.
    @expose("/details/")
    def details_view(self):  # type: ignore[no-untyped-def]
        return self._to_page()

    @expose("/edit/", methods=["GET", "POST"])
    def edit_view(self):  # type: ignore[no-untyped-def]
        return self._to_page()

    def _to_page(self) -> Response:
        invoice_id = valid_id(request.args.get("id", ""))
        if invoice_id is None:
            abort(404)
        return redirect(url_for(".page", invoice_id=invoice_id))

    @expose("/enter/<int:document_id>/", methods=["GET", "POST"])
    def enter(self, document_id: int):  # type: ignore[no-untyped-def]
        """Type an invoice by hand beside the page of a document intake could not read."""
        document = Document.get_or_none(Document.id == document_id) or abort(404)
        if document.outcome != DocumentOutcome.QUARANTINED:
            abort(404)
        if request.method == "GET":
            blank = InvoiceEdit(number="", total=0, amount_due=0, debtor=DebtorEdit(name=""))
            values = {**form_values(blank), "total": "", "amount_due": ""}
            return self._entry(document, values)
        try:
            creditor = _creditor_for(document)
            edit = parse_form(request.form)
            invoice, learned = review.enter_invoice(
                document, creditor, edit, by=current_user.username, data_dir=_data_dir()
            )
        except (FormError, ReviewError) as error:
            return self._entry(document, dict(request.form), error=_error(error), status=400)
        flash(_("Invoice %(number)s recorded.", number=invoice.number), "success")
        _say_learned(learned)
        return redirect(url_for(".page", invoice_id=invoice.id))

    @expose("/document/<int:document_id>/page-<int:number>.png")
    def picture(self, document_id: int, number: int) -> Response:
        document = Document.get_or_none(Document.id == document_id) or abort(404)
        width = request.args.get("w", PICTURE_WIDTH, type=int)
        try:
            png = stored_page_png(document.storage_path, number, width)
        except CannotDraw:
            abort(404)
        response = current_app.response_class(png, mimetype="image/png")
        response.headers["Cache-Control"] = "private, max-age=600"
        response.headers["Content-Security-Policy"] = "default-src 'none'"
        return response

    def _page(
        self, invoice: Invoice, values: dict[str, Any], error: dict[str, str] | None = None,
        status: int = 200,
    ) -> tuple[str, int]:  # fmt: skip
        found = problems(invoice.review_reason) if invoice.needs_review else []
        pages = [int(p) for p in invoice.pages.split(",") if p.strip().isdigit()] or [1]
        html = self._render(
            values, error, found,
            invoice=invoice, document=invoice.document, pages=pages, learned=_learned(invoice),
            action=url_for(".page", invoice_id=invoice.id), days_overdue=_days_overdue(invoice),
            cancellable=invoice.status in InvoiceStatus.UNPAID and not invoice.needs_review,
        )  # fmt: skip
        return html, status

    def _entry(
        self, document: Document, values: dict[str, Any], error: dict[str, str] | None = None,
        status: int = 200,
    ) -> tuple[str, int]:  # fmt: skip
        try:
            count = stored_page_count(document.storage_path)
        except CannotDraw:
            count = 0
        html = self._render(
            values, error, [],
            invoice=None, document=document, pages=list(range(1, min(count, 20) + 1)),
            creditors=_creditors(document), action=url_for(".enter", document_id=document.id),
        )  # fmt: skip
        return html, status

    def _render(
        self, values: dict[str, Any], error: dict[str, str] | None, found: list[Problem],
        **context: Any,
    ) -> str:  # fmt: skip
        return self.render(
            "relance/invoice.html",
            values=values,
            error=error,
            problems=found,
            flagged=_flagged(found, error),
            currencies=_currencies(values.get("currency", "")),
            **context,
        )


def _learned(invoice: Invoice) -> LearnedTemplate | None:
    """The learned template that read the invoice, when one did."""
    if not invoice.parse_source.startswith("template:"):
        return None
    return LearnedTemplate.get_or_none(
        (LearnedTemplate.creditor == invoice.creditor)
        & (LearnedTemplate.name == invoice.parse_source.removeprefix("template:"))
    )


def _creditor_for(document: Document) -> Creditor:
    if document.creditor is not None:
        return document.creditor
    chosen = request.form.get("creditor", "")
    creditor = Creditor.get_or_none(Creditor.id == int(chosen)) if chosen.isdigit() else None
    if creditor is None:
        raise ReviewError("creditor", "choose the creditor this invoice is for")
    return creditor


def _confirmed(form: dict[str, str]) -> None:
    if form.get("confirm") != "1":
        raise ReviewError("confirm", "tick to confirm")


def _error(error: FormError | ReviewError) -> dict[str, str]:
    """The input to mark and the message, in the page's language."""
    contract = INPUTS.get(error.field, error.field)
    if contract == "creditor":
        message = refusal(_("Creditor"), error.message)
    elif contract in ("reason", "confirm"):
        message = refusal(form_field_label(contract), error.message)
    elif contract and contract != "invoice":
        message = refusal(record_field_label(contract), error.message)
    else:
        message = _(error.message)
    return {"input": INPUT_OF.get(contract, error.field), "message": message}


def _flagged(found: list[Problem], error: dict[str, str] | None) -> set[str]:
    """The inputs to highlight: those the problems name, and the one an error is about."""
    marked = {name for problem in found for name in problem.inputs}
    return marked | ({error["input"]} if error else set())


def _creditors(document: Document) -> list[Creditor] | None:
    """The creditors to choose from when intake did not know whose document it was."""
    if document.creditor is not None:
        return None
    return list(Creditor.select().order_by(Creditor.name))


def _currencies(current: str) -> list[str]:
    extra = [current] if current and current not in COMMON_CURRENCIES else []
    return [*COMMON_CURRENCIES, *extra]


def _say_learned(learned: LearnedTemplate | None) -> None:
    if learned is not None:
        flash(_("Template %(name)s learned for this layout's next invoices.", name=learned.name))


def _next_to_review(after: int) -> str:
    """The next invoice waiting for review (the oldest first), else the list of those left."""
    waiting = Invoice.select(Invoice.id).where(Invoice.needs_review & (Invoice.id != after))
    following = waiting.order_by(Invoice.id).first()
    if following is None:
        return url_for(".index_view", **TO_REVIEW_ARGS)
    return url_for(".page", invoice_id=following.id)
