"""Contacts to complete: the worklist staff empty every morning."""

from __future__ import annotations

from flask import abort, flash, redirect, request, url_for
from flask_admin import expose
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user

from admin.base import MAX_PAGE, StaffView
from admin.labels import kind_label
from admin.worklist import CONTACT_FIELDS, InvalidContact, save_contact, worklist
from ledger.flags import open_flags
from ledger.models import Debtor

PER_PAGE = 50


class WorklistView(StaffView):
    @expose("/")
    def index(self):  # type: ignore[no-untyped-def]
        page = request.args.get("page", 0, type=int)
        page = page if 0 <= page <= MAX_PAGE else 0
        total, rows = worklist(page, PER_PAGE)
        pages = (total + PER_PAGE - 1) // PER_PAGE
        return self.render("relance/worklist.html", rows=rows, total=total, page=page, pages=pages)

    @expose("/<int:debtor_id>/", methods=["GET", "POST"])
    def complete(self, debtor_id: int):  # type: ignore[no-untyped-def]
        debtor = Debtor.get_or_none(Debtor.id == debtor_id) or abort(404)
        error = None
        values = {name: getattr(debtor, name) or "" for name in CONTACT_FIELDS}
        if request.method == "POST":
            values = {name: request.form[name] for name in CONTACT_FIELDS if name in request.form}
            try:
                resolved = save_contact(debtor, values, by=current_user.username)
            except InvalidContact as invalid:
                error = invalid
            else:
                still_open = open_flags(debtor)
                if still_open:
                    flash(
                        _(
                            "Saved. Still missing: %(kinds)s",
                            kinds=", ".join(kind_label(flag.kind) for flag in still_open),
                        ),
                        "warning",
                    )
                else:
                    flash(
                        ngettext(
                            "Saved: %(num)d flag resolved.",
                            "Saved: %(num)d flags resolved.",
                            len(resolved),
                        ),
                        "success",
                    )
                return redirect(url_for(".index"))
        return self.render(
            "relance/contact_form.html",
            debtor=debtor,
            flags=open_flags(debtor),
            values=values,
            error=error,
        ), (422 if error else 200)
