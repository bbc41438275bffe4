"""A debtor's file: what they owe and what comes next at the top, the timeline, and the
decisions staff take (each noted with its author; the irreversible ones ask for a reason and
a confirmation)."""

from __future__ import annotations

import datetime as dt

from flask import abort, flash, redirect, request, url_for
from flask_admin import expose
from flask_babel import gettext as _
from flask_login import current_user

from admin.calls import OUTCOMES, CallError, record_call
from admin.debtor_facts import debtor_facts
from admin.labels import form_field_label, refusal
from admin.ladders import current_rules
from admin.timeline import timeline
from ledger import followup
from ledger.clock import today
from ledger.flags import open_flags
from ledger.models import Creditor, Debtor, Invoice

_STATUS_ACTIONS = {
    "dispute": followup.dispute,
    "plan": followup.payment_plan,
    "resume": followup.resume,
}
# Decisions that cannot simply be taken back: a reason and a ticked confirmation first.
CONFIRMED = ("handover", "do_not_contact")


class DebtorFile:
    """Mixed into the debtors' view: /file/<id> and its actions."""

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
        day = today()
        return self.render(  # type: ignore[attr-defined]
            "relance/debtor_file.html",
            debtor=debtor,
            facts=debtor_facts(debtor, current_rules(), day),
            events=timeline(debtor),
            unpaid=unpaid,
            flags=open_flags(debtor),
            today=day,
            tomorrow=day + dt.timedelta(days=1),
            call_outcomes=OUTCOMES,
            page_heading=debtor.name,
        )

    @expose("/file/<int:debtor_id>/act", methods=["POST"])
    def act(self, debtor_id: int):  # type: ignore[no-untyped-def]
        debtor = Debtor.get_or_none(Debtor.id == debtor_id) or abort(404)
        what = request.form.get("action", "")
        ids = [int(i) for i in request.form.getlist("invoice") if i.isdigit() and len(i) < 19]
        reason = request.form.get("reason", "").strip()
        by = current_user.username
        try:
            if what in CONFIRMED:
                _confirmed(what, reason)
            if what in _STATUS_ACTIONS:
                _STATUS_ACTIONS[what](debtor, ids, by=by)
            elif what == "handover":
                followup.hand_over(debtor, ids, by=by, reason=reason)
            elif what == "promise":
                until = _parse_date(request.form.get("until", ""))
                followup.promise(debtor, ids, until, by=by)
            elif what in ("do_not_contact", "may_contact"):
                followup.set_do_not_contact(debtor, what == "do_not_contact", by=by, reason=reason)
            elif what == "note":
                followup.add_note(debtor, request.form.get("text", ""), by=by, kind=what)
            elif what == "call":
                record_call(
                    debtor,
                    request.form.get("outcome", ""),
                    request.form.get("text", ""),
                    request.form.get("until", ""),
                    by=by,
                )
            else:
                abort(400)
        except (followup.FollowUpError, CallError) as error:
            flash(refusal(form_field_label(error.field), error.message), "error")
        else:
            flash(_("Done."), "success")
        return redirect(url_for(".debtor_file", debtor_id=debtor.id))


def _confirmed(what: str, reason: str) -> None:
    if not reason:
        raise followup.FollowUpError("reason", "say why")
    if request.form.get("confirm") != "1":
        raise followup.FollowUpError("confirm", "tick to confirm")


def _parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise followup.FollowUpError("until", "a date such as 2026-12-31") from None
