"""What every back-office page shares: a session required, roles, CSRF-protected forms."""

from __future__ import annotations

import datetime as dt
import logging
import re
from decimal import Decimal
from typing import Any

import peewee
from flask import Response, abort, flash, redirect, request, stream_with_context, url_for
from flask_admin import BaseView, expose
from flask_admin.actions import action
from flask_admin.contrib.peewee import ModelView
from flask_admin.contrib.peewee.tools import parse_like_term
from flask_admin.model import typefmt
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from markupsafe import Markup, escape
from werkzeug.routing import IntegerConverter

from admin import formats
from admin.admin_text import admin_gettext, admin_ngettext
from admin.csv_export import CsvColumn, csv_chunks
from admin.forms import SecureForm
from ledger.clock import today

log = logging.getLogger(__name__)
LIST_TEXT_LIMIT = 60
# What a database id or a page number can be; beyond, a hand-made URL is answered 404.
MAX_ID = 2**63 - 1
MAX_PAGE = 10**9
_PHONE_LIKE = re.compile(r"\+?[\d .()-]{6,}")


def truncate(value: Any, limit: int = LIST_TEXT_LIMIT) -> str:
    """Untrusted text cut to a list cell's width (escaping happens in the template)."""
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def link(href: str, text: Any, **attrs: str) -> Markup:
    """An <a> whose text and attributes are escaped: safe for names read from PDFs."""
    extra = "".join(f' {escape(k)}="{escape(v)}"' for k, v in attrs.items())
    return Markup(f'<a href="{escape(href)}"{extra}>{escape(text)}</a>')  # noqa: S704 - escaped


def debtor_link(view, context, model, name):  # type: ignore[no-untyped-def]
    """A list cell linking to the row's debtor file."""
    return link(
        url_for("debtor.debtor_file", debtor_id=model.debtor_id), truncate(model.debtor.name)
    )


class Protected:
    """Logged-in staff only; `required_role = "admin"` narrows to administrators."""

    required_role = "staff"

    def is_accessible(self) -> bool:
        if not current_user.is_authenticated:
            return False
        return self.required_role != "admin" or current_user.is_admin

    def inaccessible_callback(self, name: str, **kwargs: Any):  # type: ignore[no-untyped-def]
        if not current_user.is_authenticated:
            return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
        abort(403)

    def render(self, template: str, **kwargs: Any) -> str:
        # Flask-Admin's templates read its words through these (see admin.admin_text).
        self._template_args.update(_gettext=admin_gettext, _ngettext=admin_ngettext)  # type: ignore[attr-defined]
        return super().render(template, **kwargs)  # type: ignore[misc]


class StaffView(Protected, BaseView):
    pass


def attach_related(rows: list[Any], fields: tuple[peewee.ForeignKeyField, ...]) -> None:
    """Load each foreign key of a page of rows in one query, not one query per row."""
    for fk in fields:
        ids = {getattr(row, fk.object_id_name) for row in rows} - {None}
        if not ids:
            continue
        target = fk.rel_model
        found = {
            obj.get_id(): obj for obj in target.select().where(target._meta.primary_key.in_(ids))
        }
        for row in rows:
            related = found.get(getattr(row, fk.object_id_name))
            if related is not None:
                setattr(row, fk.name, related)


# Lists and details show dates, instants and amounts as staff read them, in the page's language.
TYPE_FORMATTERS = {
    **typefmt.BASE_FORMATTERS,
    dt.date: lambda view, value, name: formats.day(value),
    dt.datetime: lambda view, value, name: formats.moment(value),
    Decimal: lambda view, value, name: formats.euros(value),
}
DETAIL_TYPE_FORMATTERS = {**typefmt.DETAIL_FORMATTERS, **TYPE_FORMATTERS}


def valid_id(value: object) -> int | None:
    """An id as a database can hold one (a 64-bit integer), else None: never an overflow."""
    try:
        number = int(str(value))
    except ValueError:
        return None
    return number if 0 < number <= MAX_ID else None


def search_terms(search: str) -> list[str]:
    """The words searched, each alone; a phone number typed with spaces is one term."""
    search = search.strip()[:200]
    if _PHONE_LIKE.fullmatch(search):
        return [search]
    return [word for word in search.split() if word][:8]


class StaffModelView(Protected, ModelView):
    form_base_class = SecureForm
    list_template = "relance/list.html"
    edit_template = "relance/edit.html"
    create_template = "relance/edit.html"
    column_type_formatters = TYPE_FORMATTERS
    column_type_formatters_detail = DETAIL_TYPE_FORMATTERS
    can_delete = False
    page_size = 50
    can_set_page_size = False
    # Foreign keys shown in the list, loaded per page (joins would slow the count down).
    related_fields: tuple[peewee.ForeignKeyField, ...] = ()

    def search_placeholder(self) -> str | None:
        """ "Search: name, customer ref…": the searched columns, by their labels."""
        if not self.column_searchable_list:
            return None
        names = [str(self.column_labels.get(c, c)) for c in self.column_searchable_list]
        return _("Search: %(columns)s", columns=", ".join(names))

    def handle_view_exception(self, exc: Exception) -> bool:
        """A value refused by our checks is the user's typo, not a fault: said on the page,
        logged at INFO without a traceback."""
        if isinstance(exc, ValueError):
            log.info("%s: input refused: %s", self.endpoint, exc)
            flash(str(exc), "error")
            return True
        return super().handle_view_exception(exc)

    def search_condition(self, term: str) -> peewee.Expression | None:
        """How one searched word finds rows; None lets Flask-Admin search its columns."""
        return None

    def sort_expression(self, query: peewee.ModelSelect, column: str):  # type: ignore[no-untyped-def]
        """(query, expression, inverted) to sort by a computed column, or None."""
        return None

    def after_page(self, rows: list[Any]) -> None:
        """Load what the page's rows show beyond their own fields (per-page aggregates)."""
        attach_related(rows, self.related_fields)

    def get_list(  # type: ignore[override]
        self,
        page: int | None,
        sort_column: str | None,
        sort_desc: bool | None,
        search: str | None,
        filters: Any,
        execute: bool = True,
        page_size: int | None = None,
    ):  # type: ignore[no-untyped-def]
        if sort_column is not None and sort_column not in self._sortable_columns:
            sort_column = None  # a hand-made ?sort= on a column that cannot sort: ignore it
        if page is not None and not 0 <= page <= MAX_PAGE:
            page = 0  # a hand-made ?page= no database offset can hold: the first page
        query, joins = self.get_query(), set()
        if search and self.search_condition("") is not None:
            for term in search_terms(search):
                query = query.where(self.search_condition(term))
            search = None
        if search or filters:
            query = self._filtered(query, joins, search, filters)
        count = query.count()
        computed = self.sort_expression(query, sort_column) if sort_column else None
        if computed is not None:
            query, expression, inverted = computed
            descending = bool(sort_desc) != inverted
            query = query.order_by(
                expression.desc(nulls="LAST") if descending else expression.asc(nulls="LAST"),
                self.model._meta.primary_key.desc(),
            )
        else:
            order = (
                [(self._sortable_columns[sort_column], sort_desc)]
                if sort_column
                else self._get_default_order()
            )
            if order:
                query, joins = self._order_by(query, joins, order)
        page_size = self.page_size if page_size is None else page_size
        if page_size:
            query = query.limit(page_size)
        if page and page_size:
            query = query.offset(page * page_size)
        if not execute:
            return count, query
        rows = list(query)
        self.after_page(rows)
        return count, rows

    def _filtered(self, query, joins, search, filters):  # type: ignore[no-untyped-def]
        """Flask-Admin's own search over column_searchable_list, then the filters."""
        if search:
            for value in search.split(" "):
                if not value:
                    continue
                term, condition = parse_like_term(value), None
                for field in self._search_fields:
                    query = self._handle_join(query, field, joins)
                    condition = field**term if condition is None else condition | (field**term)
                query = query.where(condition)
        for index, _name, value in filters or ():
            found = self._filters[index]
            query = self._handle_join(query, found.column, joins)
            query = found.apply(query, found.clean(value))
        return query

    # CSV export: the list as it is searched, filtered and sorted, or the rows ticked.
    csv_columns: tuple[CsvColumn, ...] = ()
    csv_name = "export"

    @property
    def csv_export(self) -> bool:
        return bool(self.csv_columns)

    @expose("/export.csv")
    def csv_export_view(self):  # type: ignore[no-untyped-def]
        if not self.csv_columns:
            abort(404)
        args = self._get_list_extra_args()
        sort_column = self._get_column_by_idx(args.sort)[0] if args.sort is not None else None
        _count, query = self.get_list(
            None, sort_column, args.sort_desc, args.search, args.filters, False, 0
        )
        ids = [valid_id(i) for i in request.args.get("ids", "").split(",") if i]
        if any(ids):
            query = query.where(self.model._meta.primary_key.in_([i for i in ids if i]))
        return self._csv_response(query)

    def _csv_response(self, query):  # type: ignore[no-untyped-def]
        def rows():  # type: ignore[no-untyped-def]
            for start in range(0, 10**9, 2_000):
                chunk = list(query.clone().limit(2_000).offset(start))
                if not chunk:
                    return
                self.after_page(chunk)
                yield from chunk

        name = f"{self.csv_name}-{today().isoformat()}.csv"
        return Response(
            stream_with_context(csv_chunks(self.csv_columns, rows())),
            mimetype="text/csv",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    @action("export_csv", _l("Export the selection (CSV)"))
    def export_selection(self, ids: list[str]):  # type: ignore[no-untyped-def]
        return redirect(url_for(".csv_export_view", ids=",".join(i for i in ids if i.isdigit())))

    def get_one(self, id):  # type: ignore[no-untyped-def]
        """None (Flask-Admin says "record does not exist") for an id no row can have."""
        number = valid_id(id)
        return None if number is None else super().get_one(number)


class BoundedIntConverter(IntegerConverter):
    """`<int:…>` in every route, matching only what a database id can be: a path holding a
    20-digit number is a plain 404, never an OverflowError (a 500) in the query."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", MAX_ID)
        super().__init__(*args, **kwargs)
