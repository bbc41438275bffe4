"""List filters the dashboard's counts link to, and the URL of a list filtered by one of them.

Flask-Admin names a filter in the URL by its position (`flt0_3=1`): positions move when a
page gains a filter, so links are built from the filter's column (or its `key`), never typed.
"""

from __future__ import annotations

from typing import Any

import peewee
from flask import current_app, url_for
from flask_admin.contrib.peewee.filters import BasePeeweeFilter
from flask_babel import lazy_gettext as _l

from admin.ladders import current_rules
from admin.stats import without_due_date
from admin.unfollowed import unfollowed_invoices
from ledger.clock import today
from ledger.models import Creditor

YES_NO = (("1", _l("yes")), ("0", _l("no")))


class KeyedFilter(BasePeeweeFilter):
    """A yes/no filter found by its `key` (see filter_url)."""

    key = ""

    def __init__(self, column: Any, name: Any, options: Any = YES_NO, **kwargs: Any) -> None:
        super().__init__(column, name, options=options, **kwargs)

    def operation(self):  # type: ignore[no-untyped-def]
        return _l("is")


class NoDueDateFilter(KeyedFilter):
    """Invoices owed without a due date: no ladder can place them (admin.stats)."""

    key = "no_due_date"

    def apply(self, query, value):  # type: ignore[no-untyped-def]
        missing = without_due_date()
        return query.where(missing if value == "1" else ~missing)


class UnfollowedFilter(KeyedFilter):
    """Overdue invoices no ladder will remind (see admin.unfollowed)."""

    key = "unfollowed"

    def apply(self, query, value):  # type: ignore[no-untyped-def]
        rules = current_rules()
        if rules is None:
            return query.where(peewee.Value(1) == 0) if value == "1" else query
        condition = unfollowed_invoices(rules, today())
        return query.where(condition if value == "1" else ~condition)


def filter_url(endpoint: str, value: str, *, key: str = "", column: Any = None) -> str:
    """The list of `endpoint` filtered by its filter called `key` (or the first on `column`)."""
    for admin in current_app.extensions.get("admin", []):
        for view in admin._views:
            if view.endpoint != endpoint:
                continue
            for index, found in enumerate(getattr(view, "_filters", None) or ()):
                if (key and getattr(found, "key", "") == key) or (
                    column is not None and not key and found.column is column
                ):
                    return url_for(f"{endpoint}.index_view", **{f"flt0_{index}": value})
    return url_for(f"{endpoint}.index_view")


class CreditorFilter(BasePeeweeFilter):
    """Rows of one creditor (the creditor is no column: it is the same on most rows)."""

    def __init__(self, column: Any, name: Any, **kwargs: Any) -> None:
        super().__init__(column, name, options=_creditor_options, **kwargs)

    def apply(self, query, value):  # type: ignore[no-untyped-def]
        return query.where(self.column == int(value)) if str(value).isdigit() else query

    def operation(self):  # type: ignore[no-untyped-def]
        return _l("is")


def _creditor_options() -> list[tuple[str, str]]:
    return [(str(c.id), c.name) for c in Creditor.select(Creditor.id, Creditor.name).limit(200)]
