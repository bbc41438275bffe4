"""What every back-office page shares: a session required, roles, CSRF-protected forms."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import peewee
from flask import abort, redirect, request, url_for
from flask_admin import BaseView
from flask_admin.contrib.peewee import ModelView
from flask_admin.model import typefmt
from flask_babel import gettext as _
from flask_login import current_user
from markupsafe import Markup, escape
from werkzeug.routing import IntegerConverter

from admin import formats
from admin.forms import SecureForm

LIST_TEXT_LIMIT = 60
# What a database id or a page number can be; beyond, a hand-made URL is answered 404.
MAX_ID = 2**63 - 1
MAX_PAGE = 10**9


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


class StaffModelView(Protected, ModelView):
    form_base_class = SecureForm
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

    def get_list(self, page, sort_column, *args: Any, **kwargs: Any):  # type: ignore[no-untyped-def]
        if sort_column is not None and sort_column not in self._sortable_columns:
            sort_column = None  # a hand-made ?sort= on a column that cannot sort: ignore it
        if page is not None and not 0 <= page <= MAX_PAGE:
            page = 0  # a hand-made ?page= no database offset can hold: the first page
        count, rows = super().get_list(page, sort_column, *args, **kwargs)
        if isinstance(rows, list):
            attach_related(rows, self.related_fields)
        return count, rows

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
