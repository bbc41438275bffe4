"""Réponses à traiter: what debtors answered to reminders, with the usual decisions at hand."""

from __future__ import annotations

import datetime as dt

from flask import abort, flash, redirect, request, url_for
from flask_admin import expose
from flask_babel import gettext as _
from flask_login import current_user

from admin.base import StaffView
from admin.files import send_stored
from admin.labels import form_field_label, refusal
from ledger import followup
from ledger.clock import today
from ledger.models import DebtorReply
from ledger.replies import ReplyAction, handle_reply, replies_to_handle

SHOWN = 200


class RepliesView(StaffView):
    def is_visible(self) -> bool:
        # Reached from the dashboard's count and the debtors' timelines: the menu is full.
        return False

    @expose("/")
    def index(self):  # type: ignore[no-untyped-def]
        return self.render(
            "relance/replies.html",
            replies=list(replies_to_handle().limit(SHOWN)),
            tomorrow=today() + dt.timedelta(days=1),
        )

    @expose("/<int:reply_id>", methods=["POST"])
    def handle(self, reply_id: int):  # type: ignore[no-untyped-def]
        reply = DebtorReply.get_or_none(DebtorReply.id == reply_id) or abort(404)
        if reply.handled_at is not None:
            flash(_("This reply was already handled."), "warning")
            return redirect(url_for(".index"))
        action = request.form.get("action", "")
        if action not in ReplyAction.ALL:
            abort(400)
        try:
            until = _date(request.form.get("until", "")) if action == ReplyAction.PROMISE else None
            handle_reply(reply, action, by=current_user.username, until=until)
        except followup.FollowUpError as error:
            flash(refusal(form_field_label(error.field), error.message), "error")
            return redirect(url_for(".index"))
        flash(_("Reply handled."), "success")
        if action == ReplyAction.PAID:
            # The first filter of the payments list: the payments not matched yet.
            return redirect(url_for("payment.index_view", flt0_0="1"))
        return redirect(url_for(".index"))

    @expose("/<int:reply_id>/mail")
    def mail(self, reply_id: int):  # type: ignore[no-untyped-def]
        """The answer as received, with its attachments (a proof of payment, say): downloaded,
        never shown in the page, since its HTML is the sender's."""
        reply = DebtorReply.get_or_none(DebtorReply.id == reply_id) or abort(404)
        return send_stored(reply.storage_path, f"reponse-{reply.id}.eml", as_attachment=True)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise followup.FollowUpError("until", "a date such as 2026-12-31") from None
