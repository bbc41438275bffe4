"""À valider: formal notices and handovers wait here until a person approves or rejects them."""

from __future__ import annotations

from flask import flash, redirect, request, url_for
from flask_admin import expose
from flask_babel import gettext as _
from flask_login import current_user

from admin.approvals import waiting_steps
from admin.base import StaffView
from ledger.approvals import ApprovalError, approve, reject


class ApprovalsView(StaffView):
    @expose("/")
    def index(self):  # type: ignore[no-untyped-def]
        return self.render("relance/approvals.html", steps=waiting_steps())

    @expose("/<int:reminder_id>", methods=["POST"])
    def decide(self, reminder_id: int):  # type: ignore[no-untyped-def]
        by = current_user.username
        try:
            if request.form.get("decision") == "approve":
                approve(reminder_id, by=by)
                flash(_("Approved: it goes out at the next pass."), "success")
            else:
                reject(reminder_id, by=by, reason=request.form.get("reason", "")[:1000])
                flash(_("Rejected."), "success")
        except ApprovalError as error:
            message = (
                _("Say why it is rejected.")
                if "reason" in error.message
                else _("This step is no longer waiting for approval.")
            )
            flash(message, "error")
        return redirect(url_for(".index"))
