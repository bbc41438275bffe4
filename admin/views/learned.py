"""Templates learned from invoices staff validated or corrected: which layout, from which
invoice, by whom, and the YAML itself (plain invoice2data, kept in the blob store)."""
# ruff: noqa: RUF012 - Flask-Admin views are configured through class attributes

from __future__ import annotations

from flask import abort, current_app, url_for
from flask_admin import expose
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from admin.base import StaffModelView, link, truncate
from admin.labels import record_field_label
from ingest.learning import template_text
from ledger.models import LearnedTemplate

YAML_LIMIT = 200_000


def _invoice_link(view, context, model, name):  # type: ignore[no-untyped-def]
    if model.invoice_id is None:
        return "—"
    return link(url_for("invoice.page", invoice_id=model.invoice_id), model.invoice.number)


class LearnedTemplateView(StaffModelView):
    """Reached from the documents and invoices lists (the menu bar has no room left)."""

    related_fields = (LearnedTemplate.creditor, LearnedTemplate.invoice)
    can_create = can_edit = False
    column_list = ("name", "creditor", "invoice", "fields", "learned_by", "updated_at")
    column_searchable_list = ("name", "keywords")
    column_sortable_list = ("name", "updated_at")
    column_default_sort = ("updated_at", True)
    column_formatters = {
        "name": lambda v, c, m, n: link(url_for(".show", template_id=m.id), m.name),
        "creditor": lambda v, c, m, n: truncate(m.creditor.name, 30),
        "invoice": _invoice_link,
        "fields": lambda v, c, m, n: ", ".join(
            record_field_label(f) for f in m.fields.split(",") if f
        ),
    }
    column_labels = {
        "name": _l("Template"),
        "creditor": _l("Creditor"),
        "invoice": _l("Learned from invoice"),
        "fields": _l("Fields it reads"),
        "learned_by": _l("Checked by"),
        "updated_at": _l("Learned at"),
        "keywords": _l("Keywords"),
    }

    def is_visible(self) -> bool:
        return False

    @expose("/yaml/<int:template_id>/")
    def show(self, template_id: int):  # type: ignore[no-untyped-def]
        template = LearnedTemplate.get_or_none(LearnedTemplate.id == template_id) or abort(404)
        text = template_text(template, current_app.config["RELANCE_DATA_DIR"])
        return self.render(
            "relance/learned_template.html",
            learned=template,
            text=(text or "")[:YAML_LIMIT],
            missing=_("The file %(path)s is gone.", path=template.path) if text is None else "",
        )
